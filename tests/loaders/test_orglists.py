"""Bodies named in lists: district committees after 'các huyện:', wards named with a number."""

from __future__ import annotations

import pytest
from loader_helpers import org_names as names


def test_district_committees_listed_after_a_colon_one_named_as_a_province_is() -> None:
    assert names("Đại diện UBND các huyện: Hòa Bình, Đông Hải, Phước Long;", home="Bạc Liêu") == [
        "Ủy ban nhân dân huyện Hòa Bình", "Ủy ban nhân dân huyện Đông Hải", "Ủy ban nhân dân huyện Phước Long"]


def test_a_ward_named_with_a_number() -> None:
    assert names("mời ông A, Chủ tịch UBND phường Hà Giang 1 dự.", home="Tuyên Quang") == ["Ủy ban nhân dân phường Hà Giang 1"]


def test_a_district_s_committee_is_spelled_as_the_units_table_spells_the_district() -> None:
    assert names("ông A, Chủ tịch UBND huyện Ea Hleo và UBND huyện Cư M'gar", home="Đắk Lắk") == [
        "Ủy ban nhân dân huyện Ea H'leo", "Ủy ban nhân dân huyện Cư M'gar"]



def test_a_district_of_a_province_merged_into_the_home_one_in_2025() -> None:
    assert names("cơ quan chủ trì là UBND thị xã An Nhơn (cũ), đơn vị tư vấn", home="Gia Lai") == [
        "Ủy ban nhân dân thị xã An Nhơn"]


def test_a_district_s_name_the_line_wraps_in_a_list() -> None:
    assert names("Chủ tịch UBND các huyện: Bảo Lâm, Bảo\nLạc, Hà Quảng và Thủ trưởng các cơ quan", home="Cao Bằng") == [
        "Ủy ban nhân dân huyện Bảo Lâm", "Ủy ban nhân dân huyện Bảo Lạc", "Ủy ban nhân dân huyện Hà Quảng"]


COMMITTEE_PLAN = """ỦY BAN NHÂN DÂN
{level} {place}

Số: 77 /KH-UBND

Nơi nhận:
- Sở Khoa học và Công nghệ;
- LĐVP;
- Lưu: VT.
"""


def test_the_leaders_of_a_provincial_committee_s_office_in_its_distribution_list() -> None:
    found = names(COMMITTEE_PLAN.format(level="TỈNH", place="CAO BẰNG"), home="Cao Bằng")
    assert "Văn phòng Ủy ban nhân dân tỉnh Cao Bằng" in found


def test_a_commune_s_office_leaders_are_not_the_province_s() -> None:
    found = names(COMMITTEE_PLAN.format(level="XÃ", place="HÒA AN"), home="Cao Bằng")
    assert not any(name.startswith("Văn phòng") for name in found)


def test_committees_named_after_a_plural_level_that_names_none() -> None:
    assert names("Chủ tịch UBND các huyện, thị xã Kiến Tường, thành phố Tân An và Thủ trưởng các đơn vị", home="Long An") == [
        "Ủy ban nhân dân thị xã Kiến Tường", "Ủy ban nhân dân thành phố Tân An"]
    assert names("Chủ tịch UBND các huyện, thị xã, thành phố và Thủ trưởng các đơn vị", home="Long An") == []


MINISTRY_LETTER = """BỘ KHOA HỌC VÀ CÔNG NGHỆ

Số: 1502/BKHCN-KHTC
V/v rà soát kinh phí của Sở Khoa học và Công nghệ

Kính gửi: {addressees}

Bộ Khoa học và Công nghệ đề nghị quan tâm chỉ đạo Sở Khoa học và Công nghệ tổng hợp số liệu trước ngày 15/9.
"""


def test_a_department_named_bare_in_a_letter_to_several_provinces_is_each_one_s() -> None:
    to_several = MINISTRY_LETTER.format(addressees="Ủy ban nhân dân các tỉnh: Lâm Đồng, Đắk Nông,\nBình Thuận.")
    assert names(to_several, home="Lâm Đồng") == ["Bộ Khoa học và Công nghệ", "Ủy ban nhân dân tỉnh Lâm Đồng",
                                                   "Ủy ban nhân dân tỉnh Đắk Nông", "Ủy ban nhân dân tỉnh Bình Thuận",
                                                   "Bộ Khoa học và Công nghệ"]
    to_one = MINISTRY_LETTER.format(addressees="Ủy ban nhân dân tỉnh Lâm Đồng.")
    assert "Sở Khoa học và Công nghệ tỉnh Lâm Đồng" in names(to_one, home="Lâm Đồng")
    to_districts = MINISTRY_LETTER.format(addressees="Ủy ban nhân dân các huyện, thành phố.")
    assert "Sở Khoa học và Công nghệ tỉnh Lâm Đồng" in names(to_districts, home="Lâm Đồng")


def test_the_issuer_code_inside_a_document_s_number_names_no_body() -> None:
    text = ("Thực hiện Kế hoạch số 35/KH-UBND ngày 22/02/2024 của Ủy ban nhân dân huyện và Công văn số 3645/UBND-KGVX, "
            "Ủy ban nhân dân huyện Tiểu Cần báo cáo như sau:")
    assert names(text, home="Trà Vinh") == ["Ủy ban nhân dân huyện Tiểu Cần"]


@pytest.mark.parametrize("text, home, expected", [
    # 2025's units: a special zone, a ward named after two places joined by a dash; a role after a dash is no part
    ("Chủ tịch UBND đặc khu Côn Đảo chịu trách nhiệm thi hành.", "Hồ Chí Minh", ["Ủy ban nhân dân đặc khu Côn Đảo"]),
    ("Ủy ban nhân dân các xã Lạc Dương, Đơn Dương và phường Xuân Hương - Đà Lạt.", "Lâm Đồng",
     ["Ủy ban nhân dân xã Lạc Dương", "Ủy ban nhân dân xã Đơn Dương", "Ủy ban nhân dân phường Xuân Hương - Đà Lạt"]),
    ("5. Ông Lương Văn Đức, Phó Chủ tịch UBND huyện Trùng Khánh - Ủy viên;", "Cao Bằng", ["Ủy ban nhân dân huyện Trùng Khánh"]),
])
def test_committees_of_the_units_of_2025(text: str, home: str, expected: list[str]) -> None:
    assert names(text, home=home) == expected


@pytest.mark.parametrize("text, expected", [
    # a department's head shared by two provinces, each named with its level word
    ("Kế thừa kết quả của Sở Khoa học và Công nghệ tỉnh Quảng Ngãi và tỉnh Kon Tum (cũ);",
     ["Sở Khoa học và Công nghệ tỉnh Quảng Ngãi", "Sở Khoa học và Công nghệ tỉnh Kon Tum"]),
    ("đại diện UBND tỉnh Hà Giang, tỉnh Tuyên Quang và tỉnh Yên Bái dự họp",
     ["Ủy ban nhân dân tỉnh Hà Giang", "Ủy ban nhân dân tỉnh Tuyên Quang", "Ủy ban nhân dân tỉnh Yên Bái"]),
    # one province: the body's own name, once
    ("Sở Khoa học và Công nghệ tỉnh Quảng Ngãi và Trường Đại học Phạm Văn Đồng",
     ["Sở Khoa học và Công nghệ tỉnh Quảng Ngãi", "Trường Đại học Phạm Văn Đồng"]),
])
def test_a_head_shared_by_provinces_each_with_its_level_word(text: str, expected: list[str]) -> None:
    assert sorted(set(names(text, home="Quảng Ngãi"))) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a ministry's departments after 'các Vụ:', the list ending at the next post
    ("Chánh Văn phòng Bộ, Vụ trưởng các Vụ: Công nghệ cao, Kế hoạch - Tổng hợp, Pháp chế, Chánh Thanh tra Bộ chịu trách "
     "nhiệm thi hành Quyết định này.", ["Vụ Công nghệ cao", "Vụ Kế hoạch - Tổng hợp", "Vụ Pháp chế"]),
    ("Thủ trưởng các Vụ: Tổ chức cán bộ, Hợp tác quốc tế và Thủ trưởng các đơn vị liên quan.",
     ["Vụ Tổ chức cán bộ", "Vụ Hợp tác quốc tế"]),
])
def test_a_ministry_s_departments_listed_after_their_head_word(text: str, expected: list[str]) -> None:
    assert [n for n in names(text) if n.startswith("Vụ ")] == expected


@pytest.mark.parametrize("text, expected", [
    # a name's last words again in lower case are its verb ('tổng hợp': to compile)
    ("d) Vụ Kế hoạch - Tổng hợp tổng hợp đề xuất nhiệm vụ của tỉnh.", ["Vụ Kế hoạch - Tổng hợp"]),
    # a ministry's units shortened by their codes
    ("- Vụ KHTH, Vụ PTĐP, VP Chương trình NTMN;", ["Vụ Kế hoạch - Tổng hợp", "Vụ Phát triển khoa học và công nghệ địa phương",
                                                 "Văn phòng Chương trình nông thôn miền núi"]),
])
def test_a_ministry_s_units_written_short_or_run_on(text: str, expected: list[str]) -> None:
    assert names(text) == expected
