"""How mentions of one body relate: short names and abbreviations defined in the text, a body's
governing and party organs named with it."""

from __future__ import annotations

import pytest
from loader_helpers import org_names as names

from vnst.loaders.extract import gather


@pytest.mark.parametrize("text, expected", [
    # a body's governing council, named with the body (which the text names elsewhere too)
    ("Quỹ Phát triển khoa học và công nghệ tỉnh Nghệ An (sau đây gọi tắt là Quỹ) được thành lập. Hội đồng quản lý"
     " Quỹ họp.", ["Quỹ Phát triển khoa học và công nghệ tỉnh Nghệ An",
                   "Hội đồng quản lý Quỹ Phát triển khoa học và công nghệ tỉnh Nghệ An"]),
    # (the body's words are the organ's name here, no mention of the body)
    ("Hội đồng quản trị Công ty cổ phần Dược Hậu Giang thông qua.", ["Hội đồng quản trị Công ty cổ phần Dược Hậu Giang"]),
    # the party's organ in a body
    ("Đảng đoàn Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh lãnh đạo; Ban cán sự đảng Bộ Y tế chỉ đạo.",
     ["Đảng đoàn Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Nghệ An", "Ban cán sự đảng Bộ Y tế"]),
    # not a body's council: an acceptance council is named by its task
    ("Hội đồng nghiệm thu Sở Y tế họp.", ["Sở Y tế tỉnh Nghệ An"]),
])
def test_a_bodys_governing_organs(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a national academy is a curated national body, cut neither at a line break nor by a verb
    ("hợp tác với Viện Hàn lâm Khoa học xã hội\nViệt Nam về đào tạo",
     ["Viện Hàn lâm Khoa học xã hội Việt Nam"]),
    # the first words of a name already given in full, as a post's body, are that body
    ("BÊN B: VIỆN HÀN LÂM KHOA HỌC VÀ CÔNG NGHỆ VIỆT NAM\nĐại diện: Ông Lê Văn Tâm, Phó Chủ tịch Viện Hàn lâm\n",
     ["Viện Hàn lâm Khoa học và Công nghệ Việt Nam"] * 2),
    # before the full name, they are not yet a name the reader knows
    ("Viện Hàn lâm cử cán bộ. Viện Hàn lâm Khoa học và Công nghệ Việt Nam hỗ trợ.",
     ["Viện Hàn lâm", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam"]),
    # a head word that ends its paragraph does not take the next paragraph's first word
    ("Chức vụ: Phó Giám đốc Học viện\n\nSau khi trao đổi, hai bên thống nhất.", []),
    # a short name given after 'sau đây gọi tắt là' names the body wherever written, even before
    ("đề nghị Trường Đại học quan tâm. Trường Đại học Nha Trang (sau đây gọi tắt là Trường Đại học) cử cán bộ.",
     ["Trường Đại học Nha Trang"] * 3),
    # an abbreviation the text defines wins over the reference data's ('ĐHTN' is also Đại học Thái Nguyên's)
    ("phối hợp với Trường Đại học Tây Nguyên (ĐHTN) báo cáo. Phó Hiệu trưởng Trường ĐHTN dự.",
     ["Trường Đại học Tây Nguyên"] * 2),
    # a company named after a day
    ("có Công ty cổ phần Xuất nhập khẩu 2-9 Đắk Lắk.", ["Công ty cổ phần Xuất nhập khẩu 2-9 Đắk Lắk"]),
    # a short name of one word; a unit named with it is the unit of the body
    ("Quỹ Phát triển khoa học và công nghệ tỉnh Nghệ An (sau đây gọi tắt là Quỹ) được thành lập năm 2019. "
     "Quỹ đã tài trợ 6 nhiệm vụ. Ban Kiểm soát Quỹ họp.",
     ["Quỹ Phát triển khoa học và công nghệ tỉnh Nghệ An"] * 2
     + ["Ban Kiểm soát Quỹ Phát triển khoa học và công nghệ tỉnh Nghệ An"]),
])
def test_national_academies_and_short_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a university abroad named again without 'Quốc gia'
    ("Viện ký kết với Trường Đại học Quốc gia Chungbuk (Hàn Quốc). GS. Lee cho biết Đại học Chungbuk có 20.000 sinh viên.",
     ["Trường Đại học Quốc gia Chungbuk", "Trường Đại học Quốc gia Chungbuk"]),
    # at home the two are different schools
    ("Đại học Quốc gia Hà Nội và Trường Đại học Hà Nội cùng tham dự.",
     ["Đại học Quốc gia Hà Nội", "Trường Đại học Hà Nội"]),
])
def test_a_national_university_abroad_named_without_national(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_an_acronym_given_after_the_english_name_in_brackets() -> None:
    text = ("Viện ký kết với Trường Đại học Quốc gia Chungbuk (Chungbuk National University - CBNU, thành phố Cheongju, "
            "Hàn Quốc). Về phía CBNU có ông Lee Min-ho.")
    assert names(text)[-1] == "Trường Đại học Quốc gia Chungbuk"
    assert names(text).count("Trường Đại học Quốc gia Chungbuk") == 2


@pytest.mark.parametrize("text, expected", [
    # a body's head word and the initials of the rest of its name
    ("Viện Nghiên cứu Hải sản phối hợp với Sở. Năm 2024, Viện NCHS đã chuyển giao 5 quy trình.",
     ["Viện Nghiên cứu Hải sản", "Viện Nghiên cứu Hải sản"]),
    # with two bodies the initials fit, neither is chosen
    ("Viện Nghiên cứu Hải sản và Viện Nghiên cứu Hóa sinh cùng tham gia; Viện NCHS chủ trì.",
     ["Viện Nghiên cứu Hải sản", "Viện Nghiên cứu Hóa sinh", "Viện NCHS"]),
])
def test_a_body_named_by_its_head_word_and_initials(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_group_s_brand_in_brackets_names_it_and_its_company_keeps_its_name() -> None:
    text = ("Tỉnh ký kết với Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT). Về phía VNPT có đại diện Tổng công ty "
            "Dịch vụ Viễn thông. Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel) và Tổng công ty Giải pháp doanh "
            "nghiệp Viettel tham dự; Viettel cam kết hỗ trợ.")
    found = names(text)
    assert found.count("Tập đoàn Công nghiệp - Viễn thông Quân đội") == 2
    assert "Tổng công ty Giải pháp doanh nghiệp Viettel" in found


@pytest.mark.parametrize("text", [
    # the English name the line wraps before its acronym
    "Viện ký kết với Trường Đại học Quốc gia Chungbuk (Chungbuk National\nUniversity - CBNU, Hàn Quốc). Về phía CBNU có "
    "ông Lee.",
    # a short name of a head word and acronyms the line wraps
    "Viện ký kết với Trường Đại học Quốc gia Chungbuk (Trường\nĐH CBNU). Về phía Trường ĐH CBNU có ông Lee.",
])
def test_a_short_name_defined_across_a_line_break(text: str) -> None:
    found = names(text)
    assert found == names(text.replace("\n", " ")) and set(found) == {"Trường Đại học Quốc gia Chungbuk"}


@pytest.mark.parametrize("text, expected", [
    # a company's trade name in brackets names it again later
    ("Công ty cổ phần Dược Hậu Giang (Dhgpharm) ký kết. Ông Trần Văn B, Tổng Giám đốc Dhgpharm, phát biểu.",
     ["Công ty cổ phần Dược Hậu Giang", "Công ty cổ phần Dược Hậu Giang"]),
    # the trade name's first capitals an acronym
    ("Tổng công ty Bưu điện Việt Nam (VNPost) ký kết. Ông Trần Văn B, Phó Tổng Giám đốc VNPost, phát biểu.",
     ["Tổng công ty Bưu điện Việt Nam", "Tổng công ty Bưu điện Việt Nam"]),
    # not a country in brackets
    ("Công ty TNHH Netafim (Israel) ký kết. Đoàn Israel thăm.", ["Công ty TNHH Netafim"]),
])
def test_a_company_s_trade_name_in_brackets(text: str, expected: list[str]) -> None:
    assert names(text, "Hậu Giang") == expected


def test_a_short_name_defined_in_the_text_does_not_cut_a_curated_unit_s_name() -> None:
    text = ("Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh (sau đây gọi tắt là Ban Quản lý) báo cáo. Dự án do Ban Quản lý dự án "
            "đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh làm chủ đầu tư; Ban Quản lý đôn đốc.")
    assert names(text, "Hà Tĩnh") == [
        "Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh", "Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh",
        "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Hà Tĩnh",
        "Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh"]


def test_one_school_written_with_and_without_the_dash_between_its_fields_is_named_as_written_most() -> None:
    text = ("V/v hợp tác với Trường Đại học Nông\nLâm Thái Nguyên\n\nThực hiện Chương trình với Trường Đại học Nông - Lâm "
            "Thái Nguyên; Trường Đại học Nông - Lâm Thái Nguyên cử cán bộ.")
    from vnst.loaders.extract import gather
    assert {o.name for o in gather(text).orgs if o.cls == "University"} == {"Trường Đại học Nông - Lâm Thái Nguyên"}


@pytest.mark.parametrize("text, expected", [
    # an institute of a national university, named with it
    ("Tham dự có GS.TS Lê Văn A, Viện trưởng Viện Công nghệ nano, ĐHQG-HCM; Viện Công nghệ nano làm đầu mối.",
     ["Viện Công nghệ nano, Đại học Quốc gia thành phố Hồ Chí Minh",
      "Viện Công nghệ nano, Đại học Quốc gia thành phố Hồ Chí Minh"]),
    # not a list of an institute and a school that is no national or regional university
    ("phối hợp với Viện Lúa Đồng bằng sông Cửu Long, Đại học Cần Thơ thực hiện.",
     ["Viện Lúa Đồng bằng sông Cửu Long", "Đại học Cần Thơ"]),
])
def test_an_institute_of_a_national_university(text: str, expected: list[str]) -> None:
    from vnst.loaders.extract import gather
    assert [o.name for o in gather(text).orgs] == expected


def test_a_branch_s_short_name_defined_after_its_parent_is_the_branch_s() -> None:
    text = ("Buổi làm việc giữa Sở Tư pháp và VNPT Hà Tĩnh - Chi nhánh Tập đoàn Bưu chính Viễn thông Việt Nam (sau đây "
            "gọi là VNPT Hà Tĩnh). Ông Trần Văn C, Giám đốc VNPT Hà Tĩnh báo cáo.")
    found = [n for n in names(text, "Hà Tĩnh") if n.startswith(("VNPT", "Tập đoàn"))]
    assert found == ["VNPT Hà Tĩnh", "Tập đoàn Bưu chính Viễn thông Việt Nam", "VNPT Hà Tĩnh", "VNPT Hà Tĩnh"]


def test_a_school_s_branch_campus_after_a_dash_is_one_body_under_the_school() -> None:
    from vnst.loaders.extract import gather
    text = ("Giao Sở Ngoại vụ và Trường Đại học Nông Lâm TP. Hồ Chí Minh - Phân hiệu Gia Lai xây dựng kế hoạch. Trường "
            "Đại học Nông Lâm TP. Hồ Chí Minh cử chuyên gia.")
    schools = [(o.name, o.parent) for o in gather(text).orgs if o.cls == "University"]
    assert schools == [("Trường Đại học Nông Lâm thành phố Hồ Chí Minh - Phân hiệu Gia Lai",
                        "Trường Đại học Nông Lâm thành phố Hồ Chí Minh"),
                       ("Trường Đại học Nông Lâm thành phố Hồ Chí Minh", None)]


def test_a_member_school_and_its_university_a_line_wraps_after_the_comma() -> None:
    from vnst.loaders.extract import gather
    text = "Dự lễ có PGS.TS Lê Văn A, Hiệu trưởng Trường Đại học Kinh tế - Luật,\nĐHQG-HCM và lãnh đạo tỉnh."
    assert [o.name for o in gather(text).orgs if o.cls == "University"] == [
        "Trường Đại học Kinh tế - Luật, Đại học Quốc gia thành phố Hồ Chí Minh"]


def test_a_zone_s_board_named_by_its_kind_of_zone_alone_is_the_one_named_in_full() -> None:
    text = ("Kính gửi: Ban Quản lý Khu công nghệ cao Đà Nẵng.\n\nĐề nghị Ban Quản lý Khu công nghệ cao bố trí kinh phí; "
            "kính báo cáo Ban Quản lý./.")
    assert set(names(text)) == {"Ban Quản lý Khu công nghệ cao Đà Nẵng"}


def test_a_member_school_s_parent_in_brackets_is_part_of_its_name() -> None:
    text = ("Cựu sinh viên Trường Đại học Khoa học Tự nhiên, Đại học Quốc gia Thành phố Hồ Chí Minh. Phối hợp với Trường "
            "Đại học Khoa học Tự nhiên (ĐHQG-HCM) tuyển chọn dự án.")
    assert names(text, "Hồ Chí Minh") == ["Trường Đại học Khoa học Tự nhiên, Đại học Quốc gia thành phố Hồ Chí Minh"] * 2


def test_a_body_s_party_committee_is_named_with_the_body() -> None:
    text = "Thường trực Tỉnh ủy làm việc với Đảng ủy Trường Đại học Vinh về phát triển khoa học."
    assert names(text) == ["Tỉnh ủy Nghệ An", "Đảng ủy Trường Đại học Vinh"]


def test_a_council_s_name_in_a_title_of_capitals_cut_at_a_comma_is_the_one_named_in_full() -> None:
    # the title's capitals are read to the comma; the prose names the council to the province's level, to which the
    # document's province is added
    text = ("BIÊN BẢN\nHỌP HỘI ĐỒNG KHOA HỌC VÀ CÔNG NGHỆ TƯ VẤN XÉT CHỌN TỔ CHỨC, CÁ NHÂN\nCHỦ TRÌ NHIỆM VỤ CẤP TỈNH\n\n"
            "Căn cứ Quyết định thành lập Hội đồng khoa học và công nghệ tư vấn xét chọn tổ chức, cá nhân chủ trì nhiệm vụ "
            "cấp tỉnh (sau đây gọi là Hội đồng).\n")
    assert set(names(text, "Lạng Sơn")) == {
        "Hội đồng khoa học và công nghệ tư vấn xét chọn tổ chức, cá nhân chủ trì nhiệm vụ cấp tỉnh Lạng Sơn"}


def test_a_ministry_department_by_the_initials_of_its_fields_without_the_va() -> None:
    text = ("1. Vụ Khoa học, Công nghệ và Môi trường là đầu mối theo dõi việc thực hiện Kế hoạch.\n\n"
            "Nơi nhận:\n- Lưu: VT, Vụ KHCNMT.\n")
    assert set(names(text, "Hà Nội")) == {"Vụ Khoa học, Công nghệ và Môi trường"}


def test_a_steering_committee_alone_is_the_province_s_beside_the_central_one() -> None:
    text = ("Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh báo cáo kết quả. Đồng "
            "chí Nguyễn Văn An, Trưởng Ban Chỉ đạo chủ trì.\n\nNơi nhận:\n- Ban Chỉ đạo Trung ương về phát triển khoa học, "
            "công nghệ, đổi mới sáng tạo và chuyển đổi số (b/c);\n")
    assert set(names(text, "Hà Tĩnh")) == {
        "Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Hà Tĩnh",
        "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"}


@pytest.mark.parametrize("text, expected", [
    # the central committee's task ends before ', và giao': the sentence's next predicate
    ("so với yêu cầu của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, và "
     "giao: Sở Tài chính bố trí vốn.",
     {"Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", "Sở Tài chính tỉnh Hà Tĩnh"}),
    # a name ends before 'và' and a plan cited by its number
    ("về kiện toàn Ban Chỉ đạo và Kế hoạch số 312/KH-UBND của UBND tỉnh.", {"Ban Chỉ đạo", "Ủy ban nhân dân tỉnh Hà Tĩnh"}),
    # an abbreviation defined after the English name, its kind word first
    ("đại diện Trung tâm Quốc tế Khoa học và Giáo dục liên ngành (International Centre for Interdisciplinary Science and "
     "Education - ICISE). TS. Lê Thị Hoa, Giám đốc ICISE phát biểu.",
     {"Trung tâm Quốc tế Khoa học và Giáo dục liên ngành"}),
])
def test_where_names_end_and_what_an_abbreviation_stands_for(text: str, expected: set[str]) -> None:
    assert set(names(text, "Hà Tĩnh")) == expected


def test_an_enterprise_s_fund_named_by_its_fields_in_a_title_is_the_one_named_in_full_below() -> None:
    text = ("CÔNG TY CỔ PHẦN PHÂN LÂN VĂN ĐIỂN\n\nBÁO CÁO\nTình hình sử dụng\nQuỹ Phát triển khoa học và công nghệ năm 2024\n\n"
            "Căn cứ Quy chế của Quỹ Phát triển khoa học và công nghệ Văn Điển (sau đây gọi là Quỹ), Công ty báo cáo:\n\n"
            "II. TÌNH HÌNH SỬ DỤNG QUỸ NĂM 2024\n\nBảng 1. Nguồn và sử dụng Quỹ\n"
            "                                             Đơn vị tính: triệu đồng\n| STT | Chỉ tiêu | Số tiền |\n")
    funds = {o.name for o in gather(text).orgs if o.name.startswith("Quỹ")}
    # (not the heading's 'QUỸ NĂM 2024', nor the fund run on into the unit line under it)
    assert funds == {"Quỹ Phát triển khoa học và công nghệ Văn Điển"}
