"""Places: levels, names with apostrophes and numbers, cities promoted on a date."""

from __future__ import annotations

from datetime import date

import pytest

from vnst.loaders.places import as_of, find_places


@pytest.mark.parametrize("text, level, name", [
    ("mô hình tại huyện Cư M'gar, tỉnh Đắk Lắk", "district", "Cư M'gar"),
    ("cải tạo vườn tại xã Sơn Kim 1, huyện Hương Sơn", "commune", "Sơn Kim 1"),
    ("trụ sở tại Phường 2, thành phố Sóc Trăng", "commune", "2"),
    ("trồng thử tại huyện Ea H'leo", "district", "Ea H'leo"),
])
def test_local_names(text: str, level: str, name: str) -> None:
    assert (level, name) in {(p.level, p.name) for p in find_places(text)}


@pytest.mark.parametrize("text", [
    "ưu tiên con em đồng bào tại các huyện\n\n            2\nChương trình hợp tác",
    "tổng cộng 3 huyện 12 xã",
    # a sum of a ward's budget
    "ngân sách tỉnh 850 triệu đồng, ngân sách phường 435 triệu đồng",
    "ngân sách phường 43 triệu đồng",
])
def test_a_page_number_or_a_count_is_not_a_place(text: str) -> None:
    assert all(not p.name.isdigit() for p in find_places(text))


@pytest.mark.parametrize("text, expected", [
    # an official named after 'UBND thành phố' is no city
    ("Phó Chủ tịch UBND thành phố Nguyễn Hữu Thạnh đánh giá cao", []),
    # cities and districts named after people are places
    ("tại huyện Trần Văn Thời", [("district", "Trần Văn Thời")]),
    ("tại thành phố Hồ Chí Minh", [("province", "Hồ Chí Minh")]),
])
def test_a_person_after_the_city_word(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.level, p.name) for p in find_places(text)] == expected


@pytest.mark.parametrize("written, level", [
    (date(2019, 10, 1), "district"),     # then the provincial city of Thừa Thiên Huế
    (date(2025, 3, 1), "province"),      # a centrally-governed city since 2025-01-01
    (None, "province"),
])
def test_a_city_promoted_on_a_date(written: date | None, level: str) -> None:
    places = as_of(find_places("hội thảo tại thành phố Huế"), written)
    assert [(p.level, p.name) for p in places] == [(level, "Huế")]


@pytest.mark.parametrize("text, expected", [
    ("các khu công nghiệp thuộc huyện Đức Hòa, Bến Lức.", {("district", "Đức Hòa"), ("district", "Bến Lức")}),
    ("chủ yếu thuộc các huyện Sông Hinh, Sơn Hòa và Đồng Xuân; nguồn nhân lực",
     {("district", "Sông Hinh"), ("district", "Sơn Hòa"), ("district", "Đồng Xuân")}),
    ("tại các huyện Gò Dầu, Dương Minh Châu chưa quan tâm", {("district", "Gò Dầu"), ("district", "Dương Minh Châu")}),
    ("vận hành tại TP Tuy Hòa và thị xã Đông Hòa", {("district", "Tuy Hòa"), ("district", "Đông Hòa")}),
    ("hỗ trợ ngư dân đặc khu Cát Hải", {("commune", "Cát Hải")}),
    ("làm việc tại huyện Đức Hòa, Sở KH&CN tỉnh Long An cho biết", {("district", "Đức Hòa"), ("province", "Long An")}),
    ("tại huyện Châu Thành, Ông Nguyễn Văn A phát biểu", {("district", "Châu Thành")}),
    # the last of a list may be followed by its district in brackets
    # the official after the city's body is no district
    ("Phó Chủ tịch UBND thành phố Lê Trung Kiên chứng kiến.", set()),
    # a river or a bridge named after a province is not the province
    ("khu vực ven sông Thái Bình và cầu Cần Thơ", set()),
    ("tại các xã Quang Hán, Quang Vinh (huyện Trùng Khánh)",
     {("commune", "Quang Hán"), ("commune", "Quang Vinh"), ("district", "Trùng Khánh")}),
    # a ward named in a letter after its name; 'A' opening the next name is that name's
    ("tại các phường Tân Phú, Tăng Nhơn Phú B thuộc thành phố Thủ Đức",
     {("commune", "Tân Phú"), ("commune", "Tăng Nhơn Phú B"), ("district", "Thủ Đức")}),
    ("các huyện Phong Điền và A Lưới", {("district", "Phong Điền"), ("district", "A Lưới")}),
    # communes each followed by its district: one after a district is a commune again, not a district
    ("tại các xã Quang Hán, huyện Trùng Khánh và Đức Long, huyện Thạch An;",
     {("commune", "Quang Hán"), ("district", "Trùng Khánh"), ("commune", "Đức Long"), ("district", "Thạch An")}),
])
def test_places_listed_after_a_place(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(p.level, p.name) for p in find_places(text)} == expected


@pytest.mark.parametrize("text, expected", [
    ("các huyện Hải Lăng, Triệu Phong và thị xã Quảng Trị; xây dựng", ("district", "Quảng Trị")),
    ("tổ chức tại phường Nam Định.", ("commune", "Nam Định")),
    ("phát triển kinh tế biển, trong đó có huyện đảo Cồn Cỏ; xây dựng", ("district", "Cồn Cỏ")),
    ("trồng sâm tại huyện Ia H'Drai", ("district", "Ia H'Drai")),
    ("các tỉnh trong vùng trung du và miền núi phía Bắc.", ("region", "Trung du và miền núi phía Bắc")),
])
def test_units_named_like_their_province_islands_and_regions(text: str, expected: tuple[str, str]) -> None:
    assert expected in {(p.level, p.name) for p in find_places(text)}


@pytest.mark.parametrize("text, expected", [
    # the tone mark of an open 'oa', 'uy' syllable in either place: 'Hòa'/'Hoà', 'Thủy'/'Thuỷ'
    ("sáp nhập tỉnh Hòa Bình và tỉnh Vĩnh Phúc", [("province", "Hoà Bình"), ("province", "Vĩnh Phúc")]),
    ("tỉnh Khánh Hoà, tỉnh Thanh Hoá", [("province", "Khánh Hòa"), ("province", "Thanh Hóa")]),
])
def test_either_tone_placement(text: str, expected: list) -> None:
    from vnst.loaders.places import find_places
    assert [(p.level, p.name) for p in find_places(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # after a plural level, a listed name that is also a province's is the district
    ("tại các huyện Lệ Thủy, Quảng Ninh; xây dựng", [("district", "Lệ Thủy"), ("district", "Quảng Ninh")]),
    # after a singular level it is an address's province
    ("tại huyện Đức Hòa, Long An.", [("district", "Đức Hòa"), ("province", "Long An")]),
    # a numbered ward named after its province (2025), a hyphenated city read whole
    ("tại phường Minh Xuân và phường Hà Giang 1 để", [("commune", "Minh Xuân"), ("commune", "Hà Giang 1")]),
    ("đặt tại thành phố Phan Rang - Tháp Chàm; chia sẻ", [("district", "Phan Rang - Tháp Chàm")]),
    ("Sở KH&CN thành phố Hồ Chí Minh - Trường Đại học Bách khoa", [("province", "Hồ Chí Minh")]),
    # a cooperative ('hợp tác xã') is no commune; a facility after 'và' ends a list
    ("hỗ trợ các hợp tác xã\n\nUBND tỉnh", []),
    ("tại phường Mỹ Hào và Khu kinh tế Thái Bình", [("commune", "Mỹ Hào"), ("province", "Thái Bình")]),
])
def test_lists_numbers_dashes_and_cooperatives(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.level, p.name) for p in find_places(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a ward merged in 2025 joins two names with a dash; a dash before a body ends the name
    ("tại phường Lâm Viên - Đà Lạt: khởi công tháng 8/2025", [("commune", "Lâm Viên - Đà Lạt")]),
    ("xã Tân Hòa - Trường Đại học Nông Lâm", [("commune", "Tân Hòa")]),
    # a line broken after the dash (PDF extraction)
    ("đặt tại phường Cam Ly -\nĐà Lạt; hai cơ sở", [("commune", "Cam Ly - Đà Lạt")]),
    ("các xã Tân Hòa -\nXây dựng nông thôn mới", [("commune", "Tân Hòa")]),
])
def test_merged_wards_with_a_dash(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.level, p.name) for p in find_places(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the city's initials, also inside a body's abbreviation
    ("hội thảo tại TP.HCM ngày 5/6", [("province", "Hồ Chí Minh")]),
    ("tại TP. HCM", [("province", "Hồ Chí Minh")]),
    ("Trường Đại học Bách khoa - ĐHQG-HCM", [("province", "Hồ Chí Minh")]),
])
def test_the_initials_of_ho_chi_minh_city(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.level, p.name) for p in find_places(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a name ends with its line when the next line is another cell ('thành phố Pleiku' / 'Bộ tiêu chí')
    ("xây dựng tại thành phố Pleiku\nBộ tiêu chí đánh giá", [("district", "Pleiku")]),
    # a province's name in lower case inside a word is no province ('Viện Hải dương học': oceanography)
    ("Viện Hải dương học phối hợp khảo sát", []),
    ("UBND TỈNH BÀ RỊA - VŨNG TÀU", [("province", "Bà Rịa - Vũng Tàu")]),
    # a tab parts the cells of a table row: the next cell is no part of the name
    ("mắc ca tại huyện Kon Plông\tViện Khoa học kỹ thuật\t5.980", [("district", "Kon Plông")]),
])
def test_names_end_at_a_table_cell_and_provinces_are_capitalised(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.level, p.name) for p in find_places(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a list of districts ends at a one-syllable word that names no unit ('Chủ tịch', 'Đoàn công tác')
    ("Chủ tịch UBND huyện Mường La, Chủ tịch UBND huyện Quỳnh Nhai chịu trách nhiệm",
     [("district", "Mường La"), ("district", "Quỳnh Nhai")]),
    ("Ngày 20/9, tại thành phố Sơn La, Đoàn công tác của Bộ đến thăm", [("district", "Sơn La")]),
    # one syllable that names a unit stays in the list
    ("các huyện Nghi Lộc, Vinh và Cửa Lò", [("district", "Nghi Lộc"), ("district", "Vinh"), ("district", "Cửa Lò")]),
])
def test_a_list_of_places_ends_at_a_word_that_names_none(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.level, p.name) for p in find_places(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("có trụ sở tại thành phố Busan, Hàn Quốc", []),
    ("Đại học Tohoku (thành phố Sendai, Nhật Bản)", []),
    ("đoàn công tác tại thành phố Hải Phòng, Việt Nam", [("province", "Hải Phòng")]),
    ("tại thành phố Vinh, Nghệ An", [("district", "Vinh"), ("province", "Nghệ An")]),
    # a neighbour's units in Vietnamese letters: not in the list of Vietnam's units
    ("huyện Kỳ Sơn (Nghệ An) và huyện Mường-mộc (Lào)", [("district", "Kỳ Sơn"), ("province", "Nghệ An")]),
    ("ký tại thành phố Phôn Xa Văn, tỉnh Xiêng Khoảng của Lào", []),
])
def test_a_city_abroad_is_no_place_of_vietnam(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.level, p.name) for p in find_places(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a table's next cell, a body, on the next line ends a district's name
    ("tại huyện Tuy Phong và huyện Bắc\nBình\nViện Chăn nuôi 2.760", [("district", "Tuy Phong"), ("district", "Bắc Bình")]),
    ("Xây dựng mô hình tại huyện\nPhú Quý\nViện Nghiên cứu", [("district", "Phú Quý")]),
    # a unit's name spelled with 'i' or 'y' after a consonant is one name ('Phú Quý' / 'Huyện Phú Quí')
    ("huyện Phú Quý, tỉnh Bình Thuận", [("district", "Phú Quý"), ("province", "Bình Thuận")]),
])
def test_a_place_in_a_table_cell(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.level, p.name) for p in find_places(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a unit named beyond the province's name it begins with
    ("ký kết tại thành phố Điện Biên Phủ, nhân dịp", [("district", "Điện Biên Phủ")]),
    ("các huyện Điện Biên Đông và Mường Nhé", [("district", "Điện Biên Đông")]),
    ("tại thành phố Lai Châu, tỉnh Lai Châu", [("district", "Lai Châu"), ("province", "Lai Châu")]),
    # a region under the name a resolution gives it is the one region
    ("phát triển vùng trung du và miền núi Bắc Bộ đến năm 2030", [("region", "Trung du và miền núi phía Bắc")]),
    # subregions under their own names
    ("trung tâm khoa học của vùng Duyên hải Nam Trung Bộ.", [("region", "Duyên hải Nam Trung Bộ")]),
    ("Trung tâm Khoa học Lâm nghiệp Đông Bắc Bộ", [("region", "Đông Bắc Bộ")]),
])
def test_units_named_beyond_a_province_s_name_and_a_region_s_other_name(text: str, expected: list) -> None:
    assert [(p.level, p.name) for p in find_places(text)] == expected


def test_a_district_named_as_a_province_is_after_a_list_s_colon() -> None:
    assert [(p.level, p.name) for p in find_places("UBND các huyện: Hòa Bình, Đông Hải;")][:1] == [("district", "Hoà Bình")]


@pytest.mark.parametrize("text, expected", [
    # a name whose apostrophe the text left out is spelled as the units table spells it
    ("hỗ trợ hợp tác xã tại huyện Krông A Na và huyện Ea Hleo", [("district", "Krông A Na"), ("district", "Ea H'leo")]),
    ("tại huyện Cư M'gar", [("district", "Cư M'gar")]),
])
def test_an_apostrophe_left_out(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.level, p.name) for p in find_places(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the person the city is named after, not the city
    ("Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước về khoa học và công nghệ", []),
    ("học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", []),
    ("hợp tác với Hồ Chí Minh và Hà Nội", [("province", "Hồ Chí Minh"), ("province", "Hà Nội")]),
    ("Chủ tịch UBND TP. Hồ Chí Minh", [("province", "Hồ Chí Minh")]),
])
def test_ho_chi_minh_the_person(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.level, p.name) for p in find_places(text)] == expected


def test_the_youth_union_named_after_ho_chi_minh_names_no_city() -> None:
    assert find_places("Trung ương Đoàn TNCS Hồ Chí Minh và Đoàn Thanh niên Cộng sản Hồ Chí Minh") == []


def test_a_cooperative_broken_after_hop_tac_names_no_commune() -> None:
    assert [(p.level, p.name) for p in find_places("do Hợp tác\nxã Nông nghiệp Mường Phăng thực hiện")] == []


def test_the_north_central_and_central_coast_region_under_its_full_name() -> None:
    assert [(p.level, p.name) for p in find_places("vùng Bắc Trung Bộ và duyên hải miền Trung và Tây Nguyên")] == [
        ("region", "Bắc Trung Bộ và duyên hải miền Trung"), ("region", "Tây Nguyên")]


@pytest.mark.parametrize("text, expected", [
    # the kind of district between the plural level word and the list: the list's names are districts, one that is
    # also a province's among them
    ("ứng phó xâm nhập mặn tại các huyện ven biển Lệ Thủy, Quảng Ninh (tỉnh Quảng Bình)",
     [("district", "Lệ Thủy"), ("district", "Quảng Ninh"), ("province", "Quảng Bình")]),
    ("hỗ trợ các xã biên giới Tà Lùng, Hạnh Phúc", [("commune", "Tà Lùng"), ("commune", "Hạnh Phúc")]),
    ("trồng sâm tại huyện miền núi Mường Lát", [("district", "Mường Lát")]),
    # (the words alone name no unit)
    ("ưu tiên các xã đặc biệt khó khăn và các huyện nghèo", []),
])
def test_a_unit_s_kind_between_its_level_word_and_its_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.level, p.name) for p in find_places(text)] == expected


def test_a_district_in_a_tab_table_s_cell_ends_at_the_tab() -> None:
    # the amount in the next cell is no part of its name
    assert [(p.level, p.name) for p in find_places("1\tHuyện Bát Xát\t300\t\n2\tThị xã Sa Pa\t250\t\n")] == [
        ("district", "Bát Xát"), ("district", "Sa Pa")]


def test_a_district_s_name_hyphenated_at_a_pdf_s_line_end() -> None:
    # 'Đakrông' broken 'Đa-' / 'krông': the district Đa Krông, written as one word
    assert [(p.level, p.name) for p in find_places("tại các huyện Đa-\nkrông và Hướng Hóa")] == [
        ("district", "Đakrông"), ("district", "Hướng Hóa")]


def test_wards_merged_in_2025_listed_with_their_dashed_names() -> None:
    text = "tập trung tại các phường Lang Biang - Đà Lạt, Xuân Hương - Đà Lạt và xã Lạc Dương."
    assert [(p.level, p.name) for p in find_places(text)] == [
        ("commune", "Lang Biang - Đà Lạt"), ("commune", "Xuân Hương - Đà Lạt"), ("commune", "Lạc Dương")]


@pytest.mark.parametrize("text, expected", [
    # communes listed on past their district in brackets
    ("tại các xã Bản Lang, Nậm Xe (huyện Phong Thổ), Bản Giang, Nùng Nàng (huyện Tam Đường) và huyện Sìn Hồ.",
     [("commune", "Bản Lang"), ("commune", "Nậm Xe"), ("district", "Phong Thổ"), ("commune", "Bản Giang"),
      ("commune", "Nùng Nàng"), ("district", "Tam Đường"), ("district", "Sìn Hồ")]),
    # a district named beyond its province's name, listed without its level word
    ("tại các huyện Tủa Chùa, Mường Chà và Điện Biên Đông.",
     [("district", "Tủa Chùa"), ("district", "Mường Chà"), ("district", "Điện Biên Đông")]),
    # wards listed up to a colon, one named after a person
    ("3. Đối với các phường Chánh Lộ, Nghĩa Lộ, Trương Quang Trọng: cung cấp số liệu.",
     [("commune", "Chánh Lộ"), ("commune", "Nghĩa Lộ"), ("commune", "Trương Quang Trọng")]),
    # a street named after a province or a city, by its house number or its word, names neither
    ("Trụ sở tại số 15 Điện Biên Phủ, phường Võ Thị Sáu; chi nhánh trên đường Lạng Sơn.", [("commune", "Võ Thị Sáu")]),
])
def test_lists_past_brackets_districts_beyond_a_province_s_name_and_streets(text: str,
                                                                            expected: list[tuple[str, str]]) -> None:
    assert [(p.level, p.name) for p in find_places(text)] == expected


def test_a_table_s_rows_of_units_each_read_though_a_name_at_a_line_s_end_reads_on() -> None:
    text = ("  Địa danh trước 01/7/2025                        Địa danh sau sắp xếp\n"
            "  Thị trấn Thanh Sơn, xã Thục Luyện               Xã Thanh Sơn\n"
            "  Xã Sơn Hùng, xã Giáp Lai (huyện Thanh Sơn)      Xã Võ Miếu\n")
    names = {(p.level, p.name) for p in find_places(text)}
    assert {("commune", "Thục Luyện"), ("commune", "Thanh Sơn"), ("commune", "Sơn Hùng"), ("commune", "Giáp Lai"),
            ("commune", "Võ Miếu"), ("district", "Thanh Sơn")} <= names


@pytest.mark.parametrize("text, name", [
    # a state farm's township, its name in lower case after 'Nông'
    ("Thị trấn Nông trường Liên Sơn, xã Sơn Thịnh", "Nông trường Liên Sơn"),
    ("thị trấn Nông Trường Việt Lâm", "Nông Trường Việt Lâm"),
])
def test_a_state_farm_s_township(text: str, name: str) -> None:
    assert ("commune", name) in {(p.level, p.name) for p in find_places(text)}
