"""Districts and communes named without their level word, read against the units table."""

from __future__ import annotations

import pytest

from vnst.loaders.bareunits import home_communes, home_districts, school_cities
from vnst.loaders.extract import gather
from vnst.loaders.places import find_places, province_named


@pytest.mark.parametrize("text, expected", [
    # a district of the home province named after a product, without its level word
    ("sản phẩm cam Cao Phong, bưởi đỏ Tân Lạc được bảo hộ.", ["Cao Phong", "Tân Lạc"]),
    # not the end of a longer proper name, nor a district of another province
    ("nhãn hiệu Thới An - Cao Phong", []),
    ("nhãn hiệu gạo Ô Môn", []),
])
def test_home_districts_named_without_their_level(text: str, expected: list[str]) -> None:
    home = province_named("Hòa Bình")
    assert [p.name for p in home_districts(text, home, find_places(text))] == expected


@pytest.mark.parametrize("text, expected", [
    # the other party's province, named twice, has its districts read too
    ("Sở KH&CN tỉnh Trà Vinh và UBND tỉnh Trà Vinh hỗ trợ đặc sản dừa sáp Cầu Kè.", ["Cầu Kè"]),
    # a province named once is not the text's subject
    ("hợp tác với tỉnh Trà Vinh; dừa sáp Cầu Kè.", []),
])
def test_districts_of_a_province_named_twice(text: str, expected: list[str]) -> None:
    home = province_named("Sóc Trăng")
    assert [p.name for p in home_districts(text, home, find_places(text))] == expected


def test_home_districts_listed_after_a_comma() -> None:
    text = "tại các huyện miền núi phía Tây như Kỳ Sơn, Tương Dương, Quế Phong; nguồn nhân lực"
    assert [p.name for p in home_districts(text, province_named("Nghệ An"), find_places(text))] == \
        ["Kỳ Sơn", "Tương Dương", "Quế Phong"]


@pytest.mark.parametrize("text, expected", [
    # a co-operative, a company or a park named after its commune
    ("Hỗ trợ Hợp tác xã Vải thiều Phúc Hòa xây dựng nhà sơ chế.", ["Phúc Hòa"]),
    ("thu hút đầu tư vào Khu công nghiệp Quang Châu", ["Quang Châu"]),
    # a product in lower case named after it
    ("các đặc sản như vải sớm Phúc Hòa được bảo hộ.", ["Phúc Hòa"]),
    # a trademark's place is part of the mark; the end of a longer name, a school
    # or a natural feature names no commune
    ("nhãn hiệu tập thể Vải thiều Phúc Hòa", []),
    ("vùng vải Phúc Hòa - Tân Yên", []),
    ("Hội thảo tại Trường Tiểu học Hồng Thái.", []),
    ("khai thác du lịch hồ Cấm Sơn.", []),
    # a cooperative's name wrapped in its table cell: its commune opens the next line; a product's does not
    ("| Hợp tác xã Dịch vụ nông nghiệp\nQuang Châu | 2024 |", ["Quang Châu"]),
    # a cooperative named by its trades, capitalised and joined by a dash, then its commune
    ("Hợp tác xã Vải - Cam Phúc Hòa là đơn vị tiếp nhận.", ["Phúc Hòa"]),
    # a product after 'và', the place named before it in another phrase of the list
    ("các sản phẩm như vải ở huyện Lục Ngạn và gạo Phúc Hòa.", ["Phúc Hòa"]),
    ("phát triển vải sớm\nPhúc Hòa và các sản phẩm khác.", []),
])
def test_communes_named_without_their_level(text: str, expected: list[str]) -> None:
    home = province_named("Bắc Giang")
    assert [p.name for p in home_communes(text, home, find_places(text))] == expected


@pytest.mark.parametrize("where, expected", [
    # grown in a commune of another district: named after something else, wherever the text names it
    ("xã Cẩm Thịnh, huyện Cẩm Xuyên", []),
    # grown in the next commune of the same district: named after its commune
    ("xã Hương Trạch, huyện Hương Khê", ["Phúc Trạch", "Phúc Trạch"]),
])
def test_a_product_placed_in_a_commune_of_another_district_names_no_commune(where: str, expected: list[str]) -> None:
    text = (f'Dự án "Phát triển vùng trồng bưởi Phúc Trạch" tại {where}. Năm 2023, sản lượng bưởi Phúc Trạch '
            "đạt 12.000 tấn.")
    home = province_named("Hà Tĩnh")
    assert [p.name for p in home_communes(text, home, find_places(text))] == expected


def test_the_next_commune_of_a_list_whose_first_was_read_after_a_common_noun() -> None:
    text = "triển khai mạng 5G tại các khu công nghiệp Quang Châu, Vân Trung (huyện Việt Yên) và vùng vải thiều"
    assert [p.name for p in home_communes(text, province_named("Bắc Giang"), find_places(text))] == ["Quang Châu", "Vân Trung"]


def test_a_commune_already_named_with_its_level_is_not_read_again() -> None:
    text = "tại xã Phúc Hòa, huyện Tân Yên; Hợp tác xã Vải thiều Phúc Hòa"
    assert home_communes(text, province_named("Bắc Giang"), find_places(text)) == []


def test_communes_of_the_era_the_text_was_written_in() -> None:
    text = "Hỗ trợ Hợp tác xã Nông nghiệp sạch Hùng An phát triển sản phẩm."
    home = province_named("Tuyên Quang")
    assert [p.name for p in home_communes(text, home, [], era="2025")] == ["Hùng An"]


@pytest.mark.parametrize("text, levels", [
    # capitalised at the head of a table cell, or abbreviated
    ("| 5 | Công ty TNHH Mây tre Thái Bình | Thị xã Phú Thọ | 220 |", [("district", "Phú Thọ")]),
    ("Mô hình tại TX. Sa Pa đạt kết quả tốt.", [("district", "Sa Pa")]),
    ("| 2 | Thị trấn Sông Thao | 180 |", [("commune", "Sông Thao")]),
])
def test_units_written_capitalised_in_a_table(text: str, levels: list[tuple[str, str]]) -> None:
    assert [(p.level, p.name) for p in find_places(text) if p.level != "province"] == levels


def test_a_city_that_is_a_province_written_with_a_slipped_case() -> None:
    assert [(p.level, p.name) for p in gather("Thành phố Hải phòng kiến nghị Bộ hỗ trợ.").places
            if p.level == "district"] == []


@pytest.mark.parametrize("text, expected", [
    ("Trường Đại học Hạ Long phối hợp thực hiện.", [("district", "Hạ Long")]),
    ("Đại học Buôn Ma Thuột chủ trì.", [("district", "Buôn Ma Thuột")]),
    ("Trường Cao đẳng Phan Thiết tham gia.", [("district", "Phan Thiết")]),
    # after the school's field in lower case, the line wrapped before the city
    ("TS. Phan Đức Nghĩa, Hiệu trưởng Trường Đại học Công nghiệp\nViệt Trì - Ủy viên;", [("district", "Việt Trì")]),
    # a province's name is read as the province elsewhere; a school named after a person names no place
    ("Trường Đại học Cần Thơ chủ trì.", []),
    ("Trường Đại học Hùng Vương chủ trì.", []),
    ("Trường Đại học Sư phạm Kỹ thuật Vinh chủ trì.", []),
])
def test_a_city_named_in_a_school_s_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.level, p.name) for p in school_cities(text, [])] == expected


def test_a_school_s_city_is_read_only_before_the_district_level_was_abolished() -> None:
    before = gather("Báo cáo\n\nNghệ An, ngày 5 tháng 3 năm 2024\n\nTrường Đại học Vinh chủ trì.\n")
    after = gather("Báo cáo\n\nNghệ An, ngày 5 tháng 9 năm 2025\n\nTrường Đại học Vinh chủ trì.\n")
    assert ("district", "Vinh") in {(p.level, p.name) for p in before.places}
    assert ("district", "Vinh") not in {(p.level, p.name) for p in after.places}


@pytest.mark.parametrize("text, expected", [
    # a product named after a mountain, grown in a district the sentence names, of which no commune of the
    # name is part: not the commune's ('Ngọc Linh' is a commune of Đắk Glei)
    ("trồng sâm Ngọc Linh dưới tán rừng tại huyện Tu Mơ Rông, tỉnh Kon Tum", []),
    # the commune's own district, or no district: the commune
    ("trồng sâm Ngọc Linh dưới tán rừng tại huyện Đắk Glei, tỉnh Kon Tum", ["Ngọc Linh"]),
    ("phát triển sâm Ngọc Linh và các dược liệu khác", ["Ngọc Linh"]),
])
def test_a_product_placed_in_another_district_is_not_named_after_the_commune(text: str, expected: list[str]) -> None:
    assert [p.name for p in home_communes(text, province_named("Kon Tum"), find_places(text))] == expected



@pytest.mark.parametrize("text, expected", [
    # a company named by its trade, capitalised, and its commune, its group's brand after a dash
    ("tại Công ty cổ phần Than Hà Lầm - Vinacomin và Công ty Than Dương Huy - TKV", ["Hà Lầm", "Dương Huy"]),
    # a compound name with a dash is still not the commune's
    ("sản phẩm Hà Lầm - Cẩm Phả", []),
])
def test_a_company_named_after_its_commune(text: str, expected: list[str]) -> None:
    assert [p.name for p in home_communes(text, province_named("Quảng Ninh"), find_places(text))] == expected


@pytest.mark.parametrize("text, expected", [
    # since the 2025 reform, a school named after a former city gives the home province's ward of that name
    ("phối hợp với Trường Đại học Đà Lạt, Trường Đại học Yersin Đà Lạt và Trường Đại học Phan Thiết đào tạo kỹ sư.",
     ["Phan Thiết"]),
    # a school named after anything else gives no ward, though a commune bears the name ('Tân Trào')
    ("phối hợp với Trường Đại học Tân Trào đào tạo kỹ sư.", []),
])
def test_a_school_named_after_a_former_city_gives_its_ward_after_the_reform(text: str, expected: list[str]) -> None:
    home = province_named("Lâm Đồng") if "Phan" in text else province_named("Tuyên Quang")
    found = school_cities(text, find_places(text), home=home, era="2025")
    assert [(p.level, p.name) for p in found] == [("commune", name) for name in expected]


@pytest.mark.parametrize("header, expected", [
    # a ward's, a commune's or a district's own document: its header names the place its prose calls 'phường'
    ("ỦY BAN NHÂN DÂN\nPHƯỜNG VINH PHÚ", ("commune", "Vinh Phú", "VINH PHÚ")),
    ("ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ CHÂU KHÊ", ("commune", "Châu Khê", "CHÂU KHÊ")),
    ("ỦY BAN NHÂN DÂN\nHUYỆN QUỲ HỢP", ("district", "Quỳ Hợp", "QUỲ HỢP")),
    # a province's header names the province, read as the province
    ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN", None),
])
def test_the_issuing_locality_is_a_place(header: str, expected: tuple[str, str, str] | None) -> None:
    text = f"{header}\n\nSố: 15/KH-UBND\n\nKẾ HOẠCH\nChuyển đổi số trên địa bàn năm 2026\n\nCăn cứ Kế hoạch của UBND tỉnh Nghệ An.\n"
    found = [(p.level, p.name, text[p.start:p.end]) for p in gather(text).places if p.level != "province"]
    assert found == ([expected] if expected else [])
