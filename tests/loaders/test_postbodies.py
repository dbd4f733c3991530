"""Which body holds a post written without one (postbodies.py): the school or institute the text is about, the
group named before, a standing delegation; and a military rank before a name."""

from __future__ import annotations

import pytest

from vnst.loaders.extract import gather


def _posts(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.title, p.org.name if p.org else None) for p in gather(text).people if p.title]


_VISIT = ("Tin tức\n\nSáng 5/3, Chủ tịch UBND tỉnh làm việc với Trường Đại học Hồng Đức. Trường Đại học Hồng Đức có 12.000 "
          "sinh viên.\n\n")


@pytest.mark.parametrize("rest, post", [
    # in a paragraph naming no school: the school the text is about, not a partner named in the paragraph before
    ("Trường Đại học Hồng Đức đang hợp tác với Trường Đại học Kyungpook (Hàn Quốc) về đào tạo.\n\n"
     "Phát biểu tại buổi làm việc, TS. Lê Thị Hoa - Phó Hiệu trưởng kiến nghị tỉnh hỗ trợ.\n",
     ("Lê Thị Hoa", "pho-hieu-truong", "Trường Đại học Hồng Đức")),
    # in the paragraph naming a school: that school
    ("Đoàn của Trường Đại học Kyungpook (Hàn Quốc) có GS. Park Min, Phó Hiệu trưởng.\n",
     ("Park Min", "pho-hieu-truong", "Trường Đại học Kyungpook")),
])
def test_a_rector_written_without_a_school(rest: str, post: tuple[str, str, str]) -> None:
    assert post in _posts(_VISIT + rest)


def test_a_deputy_director_of_the_institute_the_report_is_about() -> None:
    text = ("VIỆN NGHIÊN CỨU HẢI SẢN\n\nSố: 12/BC-VNCHS\n\nBÁO CÁO\n\nViện Nghiên cứu Hải sản phối hợp với các tỉnh ven biển."
            "\n\nTiếp tục hợp tác với Trường Đại học Tasmania (Úc); Viện cử TS. Đỗ Văn Nam, Phó Viện trưởng, làm điều phối.\n")
    assert ("Đỗ Văn Nam", "pho-vien-truong", "Viện Nghiên cứu Hải sản") in _posts(text)


def test_an_officer_introduced_by_rank_as_deputy_head_of_the_group_named_before() -> None:
    text = ("Tin tức\n\nUBND tỉnh Lạng Sơn và Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel) ký kết thỏa thuận. "
            "Về phía Viettel có Thiếu tướng Nguyễn Văn An, Phó Tổng Giám đốc Tập đoàn.\n")
    assert ("Nguyễn Văn An", "pho-tong-giam-doc", "Tập đoàn Công nghiệp - Viễn thông Quân đội") in _posts(text)


def test_the_head_of_a_standing_delegation_not_of_a_visit() -> None:
    text = ("Tin tức\n\nĐồng chí Hoàng Văn Minh - Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh Lạng Sơn - làm việc với Sở. "
            "Ông Lê Văn Hòa, Cục trưởng, Trưởng đoàn công tác phát biểu.\n")
    posts = _posts(text)
    assert ("Hoàng Văn Minh", "truong-doan", "Đoàn đại biểu Quốc hội tỉnh Lạng Sơn") in posts
    assert not any(title == "truong-doan" and name == "Lê Văn Hòa" for name, title, _ in posts)


def test_a_bare_cooperative_after_a_post_is_the_one_named_before() -> None:
    text = ("Tin tức\n\nHợp tác xã Nông nghiệp Thuận Tiến là đơn vị tiếp nhận. Ông Lê Văn Sáu, Giám đốc Hợp tác xã cho "
            "biết sản phẩm đã được bao tiêu.\n")
    assert _posts(text) == [("Lê Văn Sáu", "giam-doc", "Hợp tác xã Nông nghiệp Thuận Tiến")]


def test_a_post_labelled_in_brackets_after_its_body() -> None:
    text = ("Tin tức\n\nMô hình do Hợp tác xã Nông nghiệp Đại Thắng (Giám đốc: ông Phạm Văn Lộc) chủ trì, Trung tâm Khuyến nông "
            "hướng dẫn kỹ thuật.\n")
    assert ("Phạm Văn Lộc", "giam-doc", "Hợp tác xã Nông nghiệp Đại Thắng") in _posts(text)


def test_a_deputy_head_of_an_agency_written_alone_after_the_head_of_it() -> None:
    text = "Tin tức\n\nDự lễ có ông Lê Văn An, Cục trưởng Cục Đổi mới sáng tạo; bà Trần Thu Hà, Phó Cục trưởng; lãnh đạo Sở.\n"
    assert ("Trần Thu Hà", "pho-cuc-truong", "Cục Đổi mới sáng tạo") in _posts(text)


@pytest.mark.parametrize("text, post", [
    # the post, then who holds it; its body the report's numbered item opens with
    ("(2). Công ty TNHH Nông nghiệp Xanh Mekong: lắp đặt 80 trạm quan trắc; Giám đốc là bà Trần Thị Nga, cựu sinh viên.",
     ("Trần Thị Nga", "giam-doc", "Công ty TNHH Nông nghiệp Xanh Mekong")),
    ("Giám đốc Sở KH&CN tỉnh Nam Định là ông Trần Văn Hùng.", ("Trần Văn Hùng", "giam-doc", "Sở Khoa học và Công nghệ tỉnh Nam Định")),
])
def test_a_post_then_who_holds_it(text: str, post: tuple) -> None:
    assert _posts(text) == [post]


@pytest.mark.parametrize("text, posts", [
    # the secretary of a body's party committee and the head of the body, in one breath
    ("Về phía Trường có đồng chí Trần Văn Lâm, Bí thư Đảng ủy, Hiệu trưởng Trường Đại học Hồng Đức phát biểu.",
     [("Trần Văn Lâm", "bi-thu", "Đảng ủy Trường Đại học Hồng Đức"), ("Trần Văn Lâm", "hieu-truong", "Trường Đại học Hồng Đức")]),
])
def test_a_party_committee_written_bare_before_the_body_s_own_post(text: str, posts: list[tuple]) -> None:
    assert _posts(text) == posts


def test_the_chief_of_office_signing_for_a_standing_board_heads_the_committee_s_office() -> None:
    text = ("TỈNH ỦY NAM ĐỊNH\nSố 12-TB/TU\n\nTHÔNG BÁO\n\nThường trực Tỉnh ủy thông báo.\n\n"
            "Nơi nhận:                                   T/L BAN THƯỜNG VỤ\n- Như trên,                                CHÁNH VĂN PHÒNG\n"
            "- Lưu Văn phòng Tỉnh ủy.\n\n                                            Vũ Thị Hạnh\n")
    assert ("Vũ Thị Hạnh", "chanh-van-phong", "Văn phòng Tỉnh ủy Nam Định") in _posts(text)


@pytest.mark.parametrize("text, post", [
    # the side's sentence runs past the academic titles' full stops ('GS.TS.', 'PGS.TS.')
    ("Dự lễ có lãnh đạo các sở. Về phía Đại học Huế có GS.TS. Lê Anh Phương, Giám đốc Đại học Huế; PGS.TS. Võ Thị Hà, "
     "Phó Giám đốc; lãnh đạo các trường thành viên.", ("Võ Thị Hà", "pho-giam-doc", "Đại học Huế")),
])
def test_a_side_s_people_listed_after_academic_titles(text: str, post: tuple) -> None:
    assert post in _posts(text)


def test_a_post_without_its_body_after_the_side_s_sentence_ended_stays_without_one() -> None:
    text = "Về phía Đại học Huế có ông Lê Văn A. Dự lễ còn có khách mời Việt Nam. TS. Trần Văn Hùng, Phó Giám đốc, phát biểu."
    assert ("Trần Văn Hùng", "pho-giam-doc", None) in _posts(text)


_CENTRE_HEADER = ("SỞ KHOA HỌC VÀ CÔNG NGHỆ              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                  "TRUNG TÂM KHỞI NGHIỆP                        Độc lập - Tự do - Hạnh phúc\n"
                  "ĐỔI MỚI SÁNG TẠO\n\n"
                  "Số: 41/BC-TTKN            Đồng Nai, ngày 06 tháng 10 năm 2024\n\n"
                  "BÁO CÁO\nKết quả hoạt động 9 tháng\n\n")


@pytest.mark.parametrize("text, post", [
    # a start-up centre's director: the centre by the whole name the facilities' reader gives it, not cut at
    # its first lower-case word
    ("Ông Trần Văn An, Giám đốc Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh Đồng Tháp phát biểu.",
     ("Trần Văn An", "giam-doc", "Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh Đồng Tháp")),
    # a start-up centre issuing the report (its header) and signing it: a body, by the name the body text gives it
    (_CENTRE_HEADER + "Trung tâm Khởi nghiệp đổi mới sáng tạo tỉnh Đồng Nai báo cáo kết quả như sau.\n\n"
     "Nơi nhận:                                   GIÁM ĐỐC\n- Như trên;\n- Lưu: VT.\n\n"
     "                                            Lê Minh Tâm\n",
     ("Lê Minh Tâm", "giam-doc", "Trung tâm Khởi nghiệp đổi mới sáng tạo tỉnh Đồng Nai")),
])
def test_a_start_up_centre_that_is_a_body_has_its_whole_name(text: str, post: tuple[str, str, str]) -> None:
    assert post in _posts(text)


def test_a_post_in_a_cell_of_a_table_with_borders_is_held_in_the_body_its_row_names() -> None:
    text = ("| STT | Tên công trình | Tác giả | Đơn vị |\n|---|---|---|---|\n"
            "| 6 | Hệ thống xử lý nước rỉ rác | Ông Huỳnh Tấn Lợi, Phó Tổng Giám đốc, và cộng sự | "
            "Công ty cổ phần Nước - Môi trường Bình Dương |\n")
    assert ("Huỳnh Tấn Lợi", "pho-tong-giam-doc", "Công ty cổ phần Nước - Môi trường Bình Dương") in _posts(text)


@pytest.mark.parametrize("text, post", [
    # a contact in brackets after a unit and its department: the post names the unit ('Phó Trưởng phòng')
    ("Tin tức\n\nĐề nghị liên hệ Phòng Quản lý khoa học, Sở Khoa học và Công nghệ tỉnh Bình Phước (ông Lý Văn Tài, Phó "
     "Trưởng phòng; điện thoại: 0271 3879 xxx).\n", ("Lý Văn Tài", "pho-truong-phong", "Phòng Quản lý khoa học")),
    # a deputy written alone after the head of a body, in the same sentence
    ("Tin tức\n\nChủ trì có ông Lê Văn Bình, Trưởng Ban Quản lý Khu kinh tế tỉnh Bình Phước và bà Vũ Thị Mai, Phó Trưởng Ban.\n",
     ("Vũ Thị Mai", "pho-truong-ban", "Ban Quản lý Khu kinh tế tỉnh Bình Phước")),
    # a person named alone, then the post a decision lets him keep
    ("ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\n\nSố: 12/QĐ-UBND\n\nĐiều 3. Ông Hà Văn Khải tiếp tục giữ chức vụ Giám đốc Trung tâm "
     "Ứng dụng tiến bộ khoa học và công nghệ tỉnh Đồng Nai.\n",
     ("Hà Văn Khải", "giam-doc", "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh Đồng Nai")),
    # a second post in the council the sentence names before ('..., Chủ tịch Hội đồng.')
    ("Tin tức\n\nHội đồng Khoa học và Công nghệ tỉnh Hòa Bình họp dưới sự chủ trì của đồng chí Bùi Văn Khánh, Phó Chủ tịch "
     "UBND tỉnh, Chủ tịch Hội đồng. Các thành viên dự họp.\n",
     ("Bùi Văn Khánh", "chu-tich", "Hội đồng Khoa học và Công nghệ tỉnh Hòa Bình")),
    # the field a deputy is in charge of, between the post and its body
    ("Tin tức\n\nDự lễ có PGS.TS Võ Minh Khang, Hiệu trưởng Trường Đại học Quy Nhơn; GS. Anne Morel, Phó Hiệu trưởng phụ "
     "trách quan hệ quốc tế Đại học Paris-Saclay và các đại biểu.\n", ("Anne Morel", "pho-hieu-truong", "Đại học Paris-Saclay")),
    # the head of an inspectorate, its body inside the post's words
    ("ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\n\nĐoàn thanh tra do ông Hà Văn Lâm, Phó Chánh Thanh tra tỉnh làm Trưởng đoàn.\n",
     ("Hà Văn Lâm", "pho-chanh-thanh-tra", "Thanh tra tỉnh Phú Thọ")),
    # a meeting's chair and secretary in prose: posts in the council it names before ('Chủ tịch Hội đồng chủ trì')
    ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n\nHội đồng Khoa học và Công nghệ tỉnh Ninh Bình đã họp. Phiên họp do ông Trần Văn Sơn, "
     "Phó Giám đốc Sở Khoa học và Công nghệ, Chủ tịch Hội đồng chủ trì; ông Lê Minh Tuấn, Phó Trưởng phòng Quản lý khoa "
     "học, Ủy viên thư ký.\n", ("Lê Minh Tuấn", "uy-vien-thu-ky", "Hội đồng Khoa học và Công nghệ tỉnh Ninh Bình")),
])
def test_a_post_whose_body_the_sentence_names_before_it_or_after_the_verb_of_holding(text: str, post: tuple) -> None:
    assert post in _posts(text)
