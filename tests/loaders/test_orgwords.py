"""Where a name read in lower case goes on: a field's noun whose first syllable is also a verb's."""

from __future__ import annotations

import pytest
from loader_helpers import org_names as names


@pytest.mark.parametrize("text, expected", [
    ("Trường phối hợp với Viện Bảo vệ thực vật và Viện Di truyền Nông nghiệp thực hiện đề tài.",
     ["Viện Bảo vệ thực vật", "Viện Di truyền Nông nghiệp"]),
    ("Cục An toàn thực phẩm kiểm tra các cơ sở.", ["Cục An toàn thực phẩm"]),
    # 'thực hiện' is the verb that ends the name
    ("Viện Di truyền Nông nghiệp thực hiện đề tài.", ["Viện Di truyền Nông nghiệp"]),
])
def test_a_field_s_noun_whose_first_syllable_is_a_verb_s_goes_on(text: str, expected: list[str]) -> None:
    assert names(text, "Hà Nội") == expected


@pytest.mark.parametrize("text, expected", [
    # 'và' before a group's branch named by its brand closes the name
    ("đại diện Tổng Công ty Dịch vụ số Viettel và Viettel Lạng Sơn.", ["Tổng công ty Dịch vụ số Viettel", "Viettel Lạng Sơn"]),
    # a curated body, then 'và' and other words: two things, not one name
    ("tích hợp với hệ thống của Cục Sở hữu trí tuệ và Nền tảng số của tỉnh.", ["Cục Sở hữu trí tuệ"]),
    # ... but a body abroad may hold a curated body's name
    ("làm việc với Bộ Ngoại giao và Thương mại Ô-xtrây-li-a.", ["Bộ Ngoại giao và Thương mại Ô-xtrây-li-a"]),
    # 'công nhận' is a verb after a name
    ("giống cây được Cục Trồng trọt công nhận lưu hành.", ["Cục Trồng trọt"]),
    # ... and so are 'phục vụ' and 'quan tâm' after a short name the text gives in full before
    ("Căn cứ quy định của Viện Hàn lâm Khoa học và Công nghệ Việt Nam; đề nghị Viện Hàn lâm quan tâm hỗ trợ tỉnh.",
     ["Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam"]),
    ("Căn cứ quy định của Viện Hàn lâm Khoa học và Công nghệ Việt Nam; huy động tiềm lực của Viện Hàn lâm phục vụ phát triển.",
     ["Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam"]),
])
def test_where_a_name_ends_before_another(text: str, expected: list[str]) -> None:
    assert names(text, "Lạng Sơn") == expected


def test_a_national_steering_committee_s_task_the_line_wraps_goes_on() -> None:
    text = ("theo Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, "
            "đổi mới\nsáng tạo và chuyển đổi số; dự thảo Kế hoạch.")
    assert names(text, "Lạng Sơn") == [
        "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"]


def test_a_name_with_commas_runs_to_the_short_form_it_is_defined_by() -> None:
    text = ("Kiện toàn Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 tỉnh "
            "Lạng Sơn (sau đây gọi tắt là Ban Chỉ đạo), gồm các thành viên.")
    assert names(text, "Lạng Sơn")[0] == ("Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và "
                                          "Đề án 06 tỉnh Lạng Sơn")


def test_a_header_s_name_over_lines_of_capitals_is_the_one_the_text_writes_in_full() -> None:
    text = ("UBND TỈNH LẠNG SƠN\nBAN QUẢN LÝ KHU KINH TẾ\nCỬA KHẨU ĐỒNG ĐĂNG - LẠNG SƠN\n\nSố: 12/BC-BQL\n\n"
            "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn báo cáo như sau.")
    found = names(text, "Lạng Sơn")
    assert found.count("Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn") == 2


@pytest.mark.parametrize("text, expected", [
    # what a body supports the growth of is the rest of its name, though 'phát triển' alone is a verb
    ("Giao Trung tâm Hỗ trợ phát triển doanh nghiệp tỉnh chủ trì.", ["Trung tâm Hỗ trợ phát triển doanh nghiệp tỉnh Hà Nam"]),
    ("Quỹ Hỗ trợ phát triển hợp tác xã cho vay 12 dự án.", ["Quỹ Hỗ trợ phát triển hợp tác xã"]),
    # (the enterprises' size closes the name)
    ("Trung tâm Hỗ trợ phát triển doanh nghiệp nhỏ và vừa đã hướng dẫn.", ["Trung tâm Hỗ trợ phát triển doanh nghiệp nhỏ và vừa"]),
    # a dash between two tasks of one unit
    ("Ban Kế hoạch - Kiểm tra và Hỗ trợ phát triển hợp tác xã là đầu mối.",
     ["Ban Kế hoạch - Kiểm tra và Hỗ trợ phát triển hợp tác xã"]),
    # the advances a centre transfers close its name; 'chuẩn bị' (to prepare) ends one the line wrapped
    ("Giao Trung tâm Chuyển giao tiến bộ kỹ thuật của Viện làm đầu mối.", ["Trung tâm Chuyển giao tiến bộ kỹ thuật"]),
    ("phối hợp với Viện Di truyền Nông nghiệp\nchuẩn bị các điều kiện.", ["Viện Di truyền Nông nghiệp"]),
    # 'hướng dẫn' (to guide) ends a name, though 'phương hướng' is a word
    ("Chỉ đạo Vụ Phát triển khoa học và công nghệ địa phương hướng dẫn Sở Tư pháp hoàn thiện hồ sơ.",
     ["Vụ Phát triển khoa học và công nghệ địa phương", "Sở Tư pháp tỉnh Hà Nam"]),
    # a company's trade in lower case may run long before its proper name
    ("đơn vị cung cấp là Hợp tác xã Dịch vụ nông nghiệp công nghệ cao Đồng Văn.",
     ["Hợp tác xã Dịch vụ nông nghiệp công nghệ cao Đồng Văn"]),
    # elsewhere 'phát triển' still ends a name
    ("Viện Di truyền Nông nghiệp phát triển giống mới.", ["Viện Di truyền Nông nghiệp"]),
])
def test_a_support_body_is_named_with_what_it_supports(text: str, expected: list[str]) -> None:
    assert names(text, "Hà Nam") == expected


@pytest.mark.parametrize("text, expected", [
    # what two bodies merge into is a third body, not the end of the second's name
    ("Hợp nhất Trung tâm Thông tin khoa học và công nghệ và Trung tâm Ứng dụng tiến bộ khoa học và công nghệ thành "
     "Trung tâm Khoa học và Công nghệ Lai Châu.",
     ["Trung tâm Thông tin khoa học và công nghệ", "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ",
      "Trung tâm Khoa học và Công nghệ Lai Châu"]),
    ("Đổi tên Phòng Quản lý khoa học thành Phòng Quản lý Khoa học và Hợp tác quốc tế.",
     ["Phòng Quản lý khoa học", "Phòng Quản lý Khoa học và Hợp tác quốc tế"]),
])
def test_what_a_body_becomes_after_thanh_is_another_body(text: str, expected: list[str]) -> None:
    assert names(text, "Lai Châu") == expected


@pytest.mark.parametrize("text, expected", [
    # a board of a zone and of the province's industrial parks, the parks abbreviated
    ("Theo ông Phan Văn Sáu, Trưởng ban Ban Quản lý Khu kinh tế Vũng Áng và các KCN Hà Tĩnh, các dự án ...",
     ["Ban Quản lý Khu kinh tế Vũng Áng và các khu công nghiệp Hà Tĩnh"]),
    # 'kiến nghị' (to propose) ends a company's name
    ("Đại diện Công ty cổ phần Thép Hòa Phát Hải Dương kiến nghị Bộ sớm ban hành tiêu chuẩn.",
     ["Công ty cổ phần Thép Hòa Phát Hải Dương"]),
    # 'địa phương' (local) closes a name, as 'quốc gia' does
    ("đại diện Cục Công Thương địa phương và Sở Công Thương tỉnh Hà Tĩnh.",
     ["Cục Công Thương địa phương", "Sở Công Thương tỉnh Hà Tĩnh"]),
    ("Phòng Hỗ trợ Doanh nghiệp địa phương và Trung tâm Xúc tiến Đầu tư tham gia.",
     ["Phòng Hỗ trợ Doanh nghiệp địa phương", "Trung tâm Xúc tiến Đầu tư"]),
    # a field label opening the next line ends the post's bare body there
    ("Đại diện: GS.TS. Lê Văn Tâm – Giám đốc Học viện\nĐịa chỉ: thị trấn Trâu Quỳ, huyện Gia Lâm", []),
])
def test_where_a_name_ends_before_a_list_of_parks_a_verb_or_a_label(text: str, expected: list[str]) -> None:
    assert names(text, "Hà Tĩnh") == expected


@pytest.mark.parametrize("text, expected", [
    ("Điều 1. Kiện toàn Hội đồng Khoa học và Công nghệ tỉnh Trà Vinh nhiệm kỳ 2023 - 2028 (sau đây gọi tắt là "
     "Hội đồng), gồm 9 thành viên.", "Hội đồng Khoa học và Công nghệ tỉnh Trà Vinh"),
    ("Điều 1. Thành lập Hội đồng Khoa học và Công nghệ tỉnh Trà Vinh giai đoạn 2021 - 2025 (sau đây gọi tắt là "
     "Hội đồng), gồm 11 thành viên.", "Hội đồng Khoa học và Công nghệ tỉnh Trà Vinh"),
    # a steered programme's term is its name's, and so the committee's
    ("Điều 1. Thành lập Ban Chỉ đạo Đề án phát triển thị trường khoa học và công nghệ tỉnh Trà Vinh giai đoạn "
     "2021 - 2025 (sau đây gọi tắt là Ban Chỉ đạo), gồm 7 thành viên.",
     "Ban Chỉ đạo Đề án phát triển thị trường khoa học và công nghệ tỉnh Trà Vinh giai đoạn 2021 - 2025"),
])
def test_a_council_s_term_before_its_definition_is_no_part_of_its_name(text: str, expected: str) -> None:
    assert set(names(text, "Trà Vinh")) == {expected}


def test_a_corporation_after_va_begins_another_body() -> None:
    assert names("Trường Đại học Dầu khí Việt Nam và Tổng công ty Điện lực miền Nam ký kết thỏa thuận.", "Đồng Nai") == [
        "Trường Đại học Dầu khí Việt Nam", "Tổng công ty Điện lực miền Nam"]


@pytest.mark.parametrize("text, expected", [
    # a field that begins with a function word ('sau thu hoạch': post-harvest) is the name's, up to the clause's end
    ("Tổ chức chủ trì: Viện Nghiên cứu Rau quả và Công nghệ sau thu hoạch; chủ nhiệm: ThS. A.",
     ["Viện Nghiên cứu Rau quả và Công nghệ sau thu hoạch"]),
    ("Phối hợp với Viện Nghiên cứu Rau quả và Công nghệ sau thu hoạch thực hiện đề tài.",
     ["Viện Nghiên cứu Rau quả và Công nghệ sau thu hoạch"]),
    ("Phòng Đào tạo sau đại học của Trường tổ chức lễ khai giảng.", ["Phòng Đào tạo sau đại học"]),
    # ... but 'sau' before anything else closes the name
    ("Trung tâm Kiểm nghiệm sau khi thành lập đã hoạt động.", ["Trung tâm Kiểm nghiệm"]),
    # 'phân tích', 'đánh giá': verbs after a field in lower case
    ("(3) Viện Sinh học biển phân tích thành phần hóa học của mẫu.", ["Viện Sinh học biển"]),
    ("Viện Hải dương học đánh giá chất lượng nước ven bờ.", ["Viện Hải dương học"]),
])
def test_a_field_that_opens_with_a_function_word_and_verbs_after_a_field(text: str, expected: list[str]) -> None:
    assert names(text, "Hà Nội") == expected


@pytest.mark.parametrize("text, expected", [
    # lower-case words up to the body's English name in brackets are its name
    ("giao Trung tâm Nghiên cứu cây trồng vùng cao (Highland Crop Research Centre) làm đầu mối.",
     ["Trung tâm Nghiên cứu cây trồng vùng cao"]),
    # a curated institute of the Academy with a function word inside its name
    ("phối hợp với Viện Sinh thái và Tài nguyên sinh vật, Viện Kỹ thuật nhiệt đới thực hiện.",
     ["Viện Sinh thái và Tài nguyên sinh vật", "Viện Kỹ thuật nhiệt đới"]),
    ("| 2 | Chiết xuất dược liệu | Viện Hóa học các hợp chất thiên nhiên | Sở Y tế |", ["Viện Hóa học các Hợp chất thiên nhiên",
                                                                               "Sở Y tế tỉnh Nghệ An"]),
    # 'cấp' before a paper is the verb 'issue'; before a level, part of the name
    ("Cục Trồng trọt cấp Giấy chứng nhận lưu hành; Hội đồng Khoa học cấp Bộ họp.", ["Cục Trồng trọt", "Hội đồng Khoa học cấp Bộ"]),
    ("Trung tâm Thông tin Tín dụng cấp Mã số cho khách hàng.", ["Trung tâm Thông tin Tín dụng"]),
    # a zone's kind inside a body's name, its first syllable capitalised; not a place's last syllable before a verb
    ("Trung tâm Đào tạo Khu Công nghệ cao đã mở 12 lớp.", ["Trung tâm Đào tạo Khu Công nghệ cao"]),
    ("Trường Đại học Nha Trang phục vụ ngành thủy sản.", ["Trường Đại học Nha Trang"]),
    # a joint venture under its own name; the adjective 'liên doanh' names none
    ("Ông Lê Văn An - Phó Tổng Giám đốc Liên doanh Việt - Nga Vietsovpetro;", ["Liên doanh Việt - Nga Vietsovpetro"]),
    ("Tỉnh có 12 doanh nghiệp liên doanh với nước ngoài.", []),
    # 'sẵn sàng' (ready to) begins what the body will do
    ("Trường cho biết Khoa Chăn nuôi sẵn sàng cử cán bộ.", ["Khoa Chăn nuôi"]),
])
def test_names_running_up_to_an_english_name_or_through_a_function_word(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_party_unit_s_name_wrapped_onto_an_indented_line_goes_on() -> None:
    text = ("TỈNH ỦY LẠNG SƠN\n\n3. Giao đồng chí Hoàng Văn Pha, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận\n"
            "   Tỉnh ủy chỉ đạo công tác tuyên truyền.")
    assert "Ban Dân vận Tỉnh ủy Lạng Sơn" in names(text, "Lạng Sơn")


@pytest.mark.parametrize("text, expected", [
    ("Giao Trung tâm Phát triển khoa học, công nghệ và đổi mới sáng tạo (thuộc Sở) chủ trì.",
     "Trung tâm Phát triển khoa học, công nghệ và đổi mới sáng tạo"),
    ("Giao Quỹ Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh thẩm định.",
     "Quỹ Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Hà Tĩnh"),
])
def test_a_name_holds_the_sector_as_the_2025_law_names_it(text: str, expected: str) -> None:
    assert expected in names(text, "Hà Tĩnh")


@pytest.mark.parametrize("text", ["KẾT QUẢ DỊCH VỤ CÔNG TRỰC TUYẾN QUÝ III NĂM 2025\n",
                                  "Tỷ lệ hồ sơ Dịch Vụ Công Trực Tuyến đạt 92%.\n"])
def test_a_service_s_vụ_is_no_ministry_department(text: str) -> None:
    assert names(text, "Lào Cai") == []



@pytest.mark.parametrize("text, expected", [
    # innovation is one field, though the verb follows it
    ("Quỹ sẽ phối hợp với Cục Đổi mới sáng tạo mở thêm chương trình tài trợ.", ["Cục Đổi mới sáng tạo"]),
    ("Cục Đổi mới sáng tạo tổ chức hội thảo.", ["Cục Đổi mới sáng tạo"]),
    # an award named after a person: the name is the award's, not an official's after the body
    ("GS.TS. Lê Văn Tâm, Chủ tịch Hội đồng Giải thưởng Võ Trường Toản cùng các nhà khoa học dự lễ.",
     ["Hội đồng Giải thưởng Võ Trường Toản"]),
    # curated bodies whose names hold a comma or a function word
    ("Giao Cục Quản lý Y, Dược cổ truyền là đơn vị đầu mối.", ["Cục Quản lý Y, Dược cổ truyền"]),
    ("TS. Ngô Văn Bình, Phó Viện trưởng Viện Nghiên cứu cao cấp về Toán, báo cáo.", ["Viện Nghiên cứu cao cấp về Toán"]),
])
def test_names_that_run_through_a_field_a_namesake_or_a_comma(text: str, expected: list[str]) -> None:
    assert names(text, "Hà Nội") == expected


def test_an_official_after_a_body_is_still_no_part_of_its_name() -> None:
    assert names("Chủ tịch Viện Hàn lâm Khoa học và Công nghệ Việt Nam Châu Văn Minh phát biểu.", "Hà Nội") == [
        "Viện Hàn lâm Khoa học và Công nghệ Việt Nam"]


@pytest.mark.parametrize("text, home, expected", [
    # a province's units whose names hold a comma, or are written with 'VP' for their office
    ("bàn giao hệ thống cho Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh quản lý.", "Hà Tĩnh",
     ["Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Hà Tĩnh"]),
    ("Nơi nhận:\n- VP Đoàn ĐBQH và HĐND tỉnh;\n", "Bình Định",
     ["Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Bình Định"]),
    # an economic zone's board and the industrial parks it runs, 'Khu' capitalised
    ("phối hợp với Ban Quản lý Khu kinh tế Vân Phong và các Khu công nghiệp Khánh Hòa thống kê.", "Khánh Hòa",
     ["Ban Quản lý Khu kinh tế Vân Phong và các Khu công nghiệp Khánh Hòa"]),
    # a post after a comma ends a name, though a list closing with 'và' follows it
    ("Hiệu trưởng Trường Đại học Vinh, Chủ nhiệm nhiệm vụ và Thủ trưởng các cơ quan chịu trách nhiệm.", "Nghệ An",
     ["Trường Đại học Vinh"]),
    # the new-countryside programme's coordination office ('mới' is no verb here) and a quality sub-department
    # whose name a line wraps
    ("chia sẻ thông tin với Văn phòng Điều phối nông thôn mới tỉnh.", "Hà Nam",
     ["Văn phòng Điều phối nông thôn mới tỉnh Hà Nam"]),
    ("ông A, Phó Chi cục trưởng Chi cục Quản lý chất lượng nông lâm sản\nvà thủy sản Hà Nam - Ủy viên;", "Hà Nam",
     ["Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản Hà Nam"]),
    # a steering committee whose task is written by an abbreviation of seven letters
    ("Ông A, Trưởng Ban Chỉ đạo phát triển NNUDCNC tỉnh, báo cáo.", "Sơn La",
     ["Ban Chỉ đạo phát triển nông nghiệp ứng dụng công nghệ cao tỉnh Sơn La"]),
])
def test_a_province_s_units_by_their_curated_or_abbreviated_names(text: str, home: str, expected: list[str]) -> None:
    assert names(text, home) == expected


def test_names_a_table_cell_breaks_with_an_html_line_break() -> None:
    text = ("| 2 | Phục hồi rạn san hô | Giao trực tiếp:<br>Viện Hải dương học | Ban Quản lý vịnh<br>Nha Trang |\n"
            "| 3 | Giám sát nước | Sở KH&CN tỉnh<br>Khánh Hòa | UBND thành phố<br>Cam Ranh |\n")
    assert names(text, "Khánh Hòa") == ["Viện Hải dương học", "Ban Quản lý vịnh Nha Trang",
                                        "Sở Khoa học và Công nghệ tỉnh Khánh Hòa", "Ủy ban nhân dân thành phố Cam Ranh"]


@pytest.mark.parametrize("text, expected", [
    # a region ends a name as a place does, before a verb the reader does not know ('phục tráng': to restore)
    ("phối hợp với Viện Khoa học Thủy lợi miền Nam phục tráng giống lúa.", ["Viện Khoa học Thủy lợi miền Nam"]),
    ("Viện Cây ăn quả miền Nam tuyển chọn giống.", ["Viện Cây ăn quả miền Nam"]),
    # another document cited after a body's name and 'và' is no part of the name
    ("Kết luận số 50-KL/TW của Ban Bí thư và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX.", ["Ban Bí thư",
                                                                                      "Đảng bộ tỉnh Nam Định"]),
    ("theo Quyết định của Bộ Khoa học và Công nghệ và Thông tư số 02/2023/TT-BKHCN", ["Bộ Khoa học và Công nghệ"]),
    # a university of technical education shortened as its own site shortens it
    ("- Trường ĐH SPKT Nam Định;", ["Trường Đại học Sư phạm Kỹ thuật Nam Định"]),
])
def test_a_region_or_another_document_ends_a_name_and_an_abbreviated_school(text: str, expected: list[str]) -> None:
    assert names(text, "Nam Định") == expected


@pytest.mark.parametrize("text, expected", [
    # a national park's management is a body when it acts; the park where something happens is a site
    ("Mô hình do Vườn quốc gia Vũ Quang chủ trì thực hiện.", ["Vườn quốc gia Vũ Quang"]),
    ("7\tBảo tồn sao la\tVườn quốc gia Vũ Quang\tViện Sinh thái và Tài nguyên sinh vật\n",
     ["Vườn quốc gia Vũ Quang", "Viện Sinh thái và Tài nguyên sinh vật"]),
    ("Sinh viên thực tập tại Vườn quốc gia Vũ Quang.", []),
])
def test_a_national_park_s_management_as_a_body_not_the_park_as_a_site(text: str, expected: list[str]) -> None:
    assert names(text, "Hà Tĩnh") == expected
