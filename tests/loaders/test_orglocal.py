"""Bodies named by their kind and a place (orglocal.py): the party's organs in a province and the State
Treasury's offices, a foreign government's ministries; a table row's amount after a body's name; and a department
written bare in an item opened by its province."""

from __future__ import annotations

import pytest
from loader_helpers import org_names as names


@pytest.mark.parametrize("text, expected", [
    # the party's organs in a province's committee and state bodies
    ("Ủy ban Kiểm tra Tỉnh ủy đưa nội dung vào chương trình kiểm tra.", ["Ủy ban Kiểm tra Tỉnh ủy Nghệ An"]),
    ("Ban cán sự đảng UBND tỉnh lãnh đạo xây dựng chương trình.", ["Ban cán sự đảng Ủy ban nhân dân tỉnh Nghệ An"]),
    ("Đảng đoàn HĐND tỉnh Hà Tĩnh lãnh đạo xem xét.", ["Đảng đoàn Hội đồng nhân dân tỉnh Hà Tĩnh"]),
    # 'Ban Chấp hành, Ban Thường vụ Tỉnh ủy': both the committee's; the executive committee is the committee
    ("kiểm tra, giám sát của Ban Chấp hành, Ban Thường vụ Tỉnh ủy.", ["Tỉnh ủy Nghệ An", "Ban Thường vụ Tỉnh ủy Nghệ An"]),
])
def test_the_party_s_organs_in_a_province(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Bệnh viện Quân y 103 tiếp nhận bệnh nhân.", ["Bệnh viện Quân y 103"]),
    # a table row's amount after the host's name is no branch number
    ("Viện Chăn nuôi 2.760 Đang thực hiện", ["Viện Chăn nuôi"]),
])
def test_a_numbered_branch_and_an_amount_after_a_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("- Tài khoản: 9523.2.1076843 tại Kho bạc Nhà nước Quảng Ngãi.", ["Kho bạc Nhà nước Quảng Ngãi"]),
    ("- Tài khoản: 3713.0.1054321 tại Kho bạc Nhà nước Cầu Giấy.", ["Kho bạc Nhà nước Cầu Giấy"]),
    ("mở tài khoản tại Kho bạc Nhà nước tỉnh Nghệ An", ["Kho bạc Nhà nước tỉnh Nghệ An"]),
])
def test_the_state_treasury_s_local_offices(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("do Bộ Ngoại giao Nhật Bản tài trợ.", ["Bộ Ngoại giao Nhật Bản"]),
    ("với sự tài trợ của Bộ Nông nghiệp Hoa Kỳ (USDA).", ["Bộ Nông nghiệp Hoa Kỳ"]),
    ("Bộ Giáo dục và Nghiên cứu Liên bang Đức hỗ trợ.", ["Bộ Giáo dục và Nghiên cứu Liên bang Đức"]),
    # a country's name that begins a place at home, and a person's name after a ministry, are not the country
    ("đoàn công tác của Bộ Khoa học và Công nghệ Lào Cai", ["Bộ Khoa học và Công nghệ"]),
    ("Bộ Công an Nga Sơn", ["Bộ Công an"]),
    ("Bộ Y tế Nguyễn Minh Đức phát biểu.", ["Bộ Y tế"]),
])
def test_a_foreign_government_s_ministry_named_with_its_country(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a foreign province's government and assembly, under its romanised name
    ("UBND tỉnh Nghệ An và Chính quyền tỉnh Gyeonggi (Hàn Quốc) ký kết.", ["Ủy ban nhân dân tỉnh Nghệ An", "Chính quyền tỉnh Gyeonggi"]),
    ("cùng đại diện Hội đồng tỉnh Okayama", ["Hội đồng tỉnh Okayama"]),
    # a neighbour's province in Vietnamese letters, and its department
    ("UBND tỉnh Nghệ An và Chính quyền tỉnh Xiêng Khoảng (Lào); ông A, Giám đốc Sở Nông nghiệp và Lâm nghiệp tỉnh"
     " Xiêng Khoảng", ["Ủy ban nhân dân tỉnh Nghệ An", "Chính quyền tỉnh Xiêng Khoảng",
                       "Sở Nông nghiệp và Lâm nghiệp tỉnh Xiêng Khoảng"]),
    # ... not a Vietnamese province's, a person's name after it
    ("Giám đốc Sở Khoa học và Công nghệ tỉnh Hà Giang Lục Thị Thu Hà cho biết", ["Sở Khoa học và Công nghệ tỉnh Hà Giang"]),
    # a Vietnamese province's council is no foreign body
    ("Hội đồng nhân dân tỉnh Nghệ An thông qua.", ["Hội đồng nhân dân tỉnh Nghệ An"]),
    # a head of mission's post with its seat names the mission; without the seat it is only the post
    ("ông Kim Jae Hoon - Tổng Lãnh sự Hàn Quốc tại Đà Nẵng", ["Tổng lãnh sự quán Hàn Quốc tại Đà Nẵng"]),
    ("ông Étienne Rousseau, Tổng Lãnh sự Pháp tại Thành phố Hồ Chí Minh;",
     ["Tổng lãnh sự quán Pháp tại thành phố Hồ Chí Minh"]),
    ("Đại sứ Nhật Bản phát biểu.", []),
])
def test_foreign_local_governments_and_missions_named_by_their_head_s_post(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bank's branch written without a dash, as written; and by the national body's abbreviation
    ("đề nghị Ngân hàng Nhà nước Chi nhánh tỉnh Long An chỉ đạo.\n\nNơi nhận:\n- NHNN Chi nhánh tỉnh Long An;\n",
     ["Ngân hàng Nhà nước Chi nhánh tỉnh Long An"] * 2),
])
def test_a_branch_written_without_a_dash_or_by_its_owner_s_abbreviation(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_representative_office_shortened_in_a_distribution_list() -> None:
    assert names("Nơi nhận:\n- VP đại diện Cục SHTT tại TP. Đà Nẵng (để b/c);\n", home="Quảng Nam") == [
        "Văn phòng đại diện Cục Sở hữu trí tuệ tại thành phố Đà Nẵng"]


@pytest.mark.parametrize("text, home, expected", [
    # a province's weather station: named with the level word the text writes, with the province when bare
    ("ThS. Lò Văn Hùng, Phó Giám đốc Đài Khí tượng Thủy văn tỉnh Sơn La", "Sơn La",
     ["Đài Khí tượng Thủy văn tỉnh Sơn La"]),
    ("phối hợp với Đài Khí tượng thủy văn tỉnh và các huyện cảnh báo lũ quét.", "Hà Giang",
     ["Đài Khí tượng Thủy văn tỉnh Hà Giang"]),
    ("Đài Khí tượng Thủy văn Quảng Ngãi phát tin cảnh báo.", "Quảng Ngãi", ["Đài Khí tượng Thủy văn Quảng Ngãi"]),
])
def test_a_province_s_weather_station(text: str, home: str, expected: list[str]) -> None:
    assert names(text, home=home) == expected


@pytest.mark.parametrize("text, expected", [
    # a list item opened by the province it speaks of: the department written bare is that province's
    ("- Tại Đắk Lắk, bà H'Liên Niê, Giám đốc Sở Khoa học và Công nghệ, thông tin mô hình tái canh.",
     "Sở Khoa học và Công nghệ tỉnh Đắk Lắk"),
    # ... elsewhere, the document's own province's
    ("- Bà H'Liên Niê, Giám đốc Sở Khoa học và Công nghệ, thông tin mô hình tái canh tại Đắk Lắk.",
     "Sở Khoa học và Công nghệ tỉnh Lào Cai"),
])
def test_a_bare_department_in_a_sentence_opened_by_its_province(text: str, expected: str) -> None:
    assert expected in names(text, home="Lào Cai")


@pytest.mark.parametrize("text, expected", [
    # a province's tax office since 2025, its place always written; 'thuế' alone is a tax
    ("Sở phối hợp với Thuế Thành phố Hồ Chí Minh và Thuế tỉnh Đồng Nai; nộp thuế tỉnh.",
     ["Thuế thành phố Hồ Chí Minh", "Thuế tỉnh Đồng Nai"]),
])
def test_a_province_s_tax_office(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a group's provincial branch by its brand, written with 'Chi nhánh' or without
    ("Phối hợp với Chi nhánh Viettel Quảng Ngãi và Viettel Kon Tum lắp đặt camera.",
     ["Chi nhánh Viettel Quảng Ngãi", "Viettel Kon Tum"]),
])
def test_a_group_s_branch_named_as_written(text: str, expected: list[str]) -> None:
    assert names(text) == expected
