"""A council's members listed in a table, one cell per line: their posts, in their bodies and in the council."""

from __future__ import annotations

import pytest

from vnst.loaders.extract import gather
from vnst.loaders.members import member_rows

DECISION = """ỦY BAN NHÂN DÂN
TỈNH GIA LAI

Số: 412/QĐ-UBND

Gia Lai, ngày 5 tháng 6 năm 2022

QUYẾT ĐỊNH
Về việc thành lập Hội đồng nghiệm thu nhiệm vụ khoa học và công nghệ cấp tỉnh

Điều 1. Thành lập Hội đồng nghiệm thu nhiệm vụ khoa học và công nghệ cấp tỉnh (sau đây gọi là Hội đồng), gồm các thành viên sau:

STT
Họ và tên
Chức vụ, đơn vị công tác
Nhiệm vụ
trong Hội đồng
1
PGS.TS. Trần Văn Bình
Phó Hiệu trưởng Trường Đại học Tây
Nguyên
Chủ tịch
Hội đồng
2
Bà Lê Thị Hoa
Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh
Ủy viên
3
TS. Nguyễn Minh Đức
Viện Khoa học Kỹ thuật Nông Lâm nghiệp Tây Nguyên
Ủy viên phản
biện 1
4
ThS. Phạm Thu Hà
Chuyên viên Phòng Quản lý khoa học,
Sở KH&CN
Thư ký hành
chính

Điều 2. Hội đồng tự giải thể sau khi hoàn thành nhiệm vụ.
"""

COUNCIL = "Hội đồng nghiệm thu nhiệm vụ khoa học và công nghệ cấp tỉnh Gia Lai"


def test_the_rows_of_a_table_of_members() -> None:
    rows = member_rows(DECISION)
    assert [(r.name.text, " ".join(c.text for c in r.role)) for r in rows] == [
        ("PGS.TS. Trần Văn Bình", "Chủ tịch Hội đồng"), ("Bà Lê Thị Hoa", "Ủy viên"),
        ("TS. Nguyễn Minh Đức", "Ủy viên phản biện 1"), ("ThS. Phạm Thu Hà", "Thư ký hành chính")]


def test_each_member_holds_a_post_in_the_council_and_one_in_their_body() -> None:
    posts = {(p.name, p.title, p.org.name) for p in gather(DECISION).people if p.org is not None}
    assert {(n, t) for n, t, o in posts if o == COUNCIL} == {
        ("Trần Văn Bình", "chu-tich"), ("Lê Thị Hoa", "uy-vien"), ("Nguyễn Minh Đức", "uy-vien-phan-bien"),
        ("Phạm Thu Hà", "thu-ky-hanh-chinh")}
    assert ("Trần Văn Bình", "pho-hieu-truong", "Trường Đại học Tây Nguyên") in posts
    assert ("Lê Thị Hoa", "pho-chu-tich", "Hội Liên hiệp Phụ nữ tỉnh Gia Lai") in posts
    # a member named with their body alone holds no post in it
    assert {t for n, t, o in posts if n in ("Nguyễn Minh Đức", "Phạm Thu Hà")} == {"uy-vien-phan-bien",
                                                                                    "thu-ky-hanh-chinh"}


def test_a_body_in_a_post_cell_ends_before_the_role_cell() -> None:
    names = {o.name for o in gather(DECISION).orgs}
    assert {"Trường Đại học Tây Nguyên", "Hội Liên hiệp Phụ nữ tỉnh Gia Lai",
            "Viện Khoa học Kỹ thuật Nông Lâm nghiệp Tây Nguyên"} <= names
    assert not any("Ủy viên" in n or "Chủ tịch" in n for n in names)


def test_a_table_without_a_role_column_lists_no_members() -> None:
    table = DECISION.replace("Nhiệm vụ\ntrong Hội đồng", "Ghi chú")
    assert member_rows(table) == []


LISTED = """ỦY BAN NHÂN DÂN
TỈNH NINH THUẬN

Số: 1234/QĐ-UBND

Ninh Thuận, ngày 12 tháng 9 năm 2023

QUYẾT ĐỊNH
Về việc thành lập Hội đồng khoa học và công nghệ đánh giá nghiệm thu nhiệm vụ khoa học và công nghệ cấp tỉnh

Điều 1. Thành lập Hội đồng đánh giá nghiệm thu nhiệm vụ "Nghiên cứu sản xuất giống nho" (sau đây gọi là Hội đồng), gồm các thành viên sau:
1. PGS.TS. Trần Văn Hùng, Phó Hiệu trưởng Trường Đại học Nông Lâm TP. Hồ Chí Minh, Chủ tịch Hội đồng;
2. ThS. Nguyễn Văn Bình, Trưởng phòng Quản lý khoa học, Sở Khoa học và Công nghệ, Ủy viên thư ký;
3. TS. Phạm Minh Đức, Giảng viên Trường Đại học Nha Trang, Ủy viên phản
biện;
4. KS. Đặng Thị Hoa, Trung tâm Khuyến nông tỉnh, thành viên.
Điều 2. Hội đồng tự giải thể sau khi hoàn thành nhiệm vụ.
"""


def test_members_listed_in_prose_hold_their_role_in_the_council_the_title_names() -> None:
    council = "Hội đồng khoa học và công nghệ đánh giá nghiệm thu nhiệm vụ khoa học và công nghệ cấp tỉnh Ninh Thuận"
    posts = {(p.name, p.title, p.org.name if p.org else None) for p in gather(LISTED).people}
    assert {("Trần Văn Hùng", "chu-tich", council), ("Nguyễn Văn Bình", "uy-vien-thu-ky", council),
            ("Phạm Minh Đức", "uy-vien-phan-bien", council)} <= posts
    # (the third member's role wraps onto the next line)
    # a field whose first syllable is a family name ('Nông Lâm') is no person after a post
    assert ("Trần Văn Hùng", "pho-hieu-truong", "Trường Đại học Nông Lâm thành phố Hồ Chí Minh") in posts
    # being a member ('thành viên') is no post
    assert not [p for p in posts if p[0] == "Đặng Thị Hoa" and p[2] == council]


@pytest.mark.parametrize("role, slug", [
    # a board's standing deputy written with the word capitalised, as decisions do
    ("Phó Trưởng ban Thường trực", "pho-truong-ban-thuong-truc"),
    ("Phó Trưởng ban thường trực", "pho-truong-ban-thuong-truc"),
    ("Ủy viên Thường trực", "uy-vien-thuong-truc"),
])
def test_a_listed_member_s_role_after_the_dash_whatever_its_case(role: str, slug: str) -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n\nSố: 512/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề việc thành lập Ban Chỉ đạo chuyển đổi số "
            "tỉnh Ninh Bình\n\nĐiều 1. Thành lập Ban Chỉ đạo chuyển đổi số tỉnh Ninh Bình (sau đây gọi tắt là Ban Chỉ đạo), "
            "gồm:\n1. Ông Phạm Quang Ngọc, Chủ tịch UBND tỉnh - Trưởng ban;\n2. Ông Trần\n   Song Tùng, Phó Chủ tịch UBND "
            f"tỉnh - {role};\n3. Ông Bùi Văn Mạnh, Giám đốc Sở Tài chính - Ủy viên.\n")
    posts = {(p.name, p.title, p.org.name if p.org else None) for p in gather(text).people}
    assert ("Trần Song Tùng", slug, "Ban Chỉ đạo chuyển đổi số tỉnh Ninh Bình") in posts


PIPED_ANNEX = """ỦY BAN NHÂN DÂN
TỈNH PHÚ THỌ

Số: 902/QĐ-UBND

Phú Thọ, ngày 3 tháng 4 năm 2023

QUYẾT ĐỊNH
Về việc thành lập Hội đồng tư vấn đánh giá, nghiệm thu nhiệm vụ khoa học và công nghệ cấp tỉnh

Điều 1. Thành lập Hội đồng tư vấn đánh giá, nghiệm thu nhiệm vụ khoa học và công nghệ cấp tỉnh, gồm 03 thành viên có tên tại Phụ lục kèm theo Quyết định này.

Điều 2. Hội đồng tự giải thể sau khi hoàn thành nhiệm vụ.

PHỤ LỤC
DANH SÁCH THÀNH VIÊN HỘI ĐỒNG TƯ VẤN ĐÁNH GIÁ, NGHIỆM THU
(Kèm theo Quyết định số 902/QĐ-UBND ngày 3/4/2023)

| TT | Họ và tên | Chức vụ, đơn vị công tác | Chức danh Hội đồng |
|----|-----------|--------------------------|--------------------|
| 1 | GS.TS. Hoàng Minh Châu | Phó Viện trưởng Viện Nghiên cứu Rau quả, | Chủ tịch Hội đồng |
|   |   | Bộ Nông nghiệp và Phát triển nông thôn |   |
| 2 | TS. Đinh Thị Lan | Phó Hiệu trưởng Trường Đại học Hùng | Ủy viên phản biện |
|   |   | Vương |   |
| 3 | ThS. Cao Văn Tú | Trưởng phòng Quản lý khoa học, Sở Khoa học và Công nghệ | Ủy viên thư ký |
"""


def test_a_piped_table_s_wrapped_cells_go_on_in_their_own_column() -> None:
    rows = member_rows(PIPED_ANNEX)
    assert [([c.text for c in r.post], [c.text for c in r.role]) for r in rows] == [
        (["Phó Viện trưởng Viện Nghiên cứu Rau quả,", "Bộ Nông nghiệp và Phát triển nông thôn"], ["Chủ tịch Hội đồng"]),
        (["Phó Hiệu trưởng Trường Đại học Hùng", "Vương"], ["Ủy viên phản biện"]),
        (["Trưởng phòng Quản lý khoa học, Sở Khoa học và Công nghệ"], ["Ủy viên thư ký"])]


def test_members_under_an_annex_heading_hold_their_role_in_the_council_the_decision_establishes() -> None:
    council = "Hội đồng tư vấn đánh giá, nghiệm thu nhiệm vụ khoa học và công nghệ cấp tỉnh Phú Thọ"
    found = gather(PIPED_ANNEX)
    posts = {(p.name, p.title, p.org.name) for p in found.people if p.org is not None}
    assert {("Hoàng Minh Châu", "chu-tich", council), ("Đinh Thị Lan", "uy-vien-phan-bien", council),
            ("Cao Văn Tú", "uy-vien-thu-ky", council)} <= posts
    assert ("Đinh Thị Lan", "pho-hieu-truong", "Trường Đại học Hùng Vương") in posts
    names = {o.name for o in found.orgs}
    assert {"Bộ Nông nghiệp và Phát triển nông thôn", "Trường Đại học Hùng Vương"} <= names
    # the heading's name, cut at its comma, is the council's
    assert not any(n.lower().startswith("hội đồng tư vấn đánh giá") and n != council for n in names)


AWARDS = """ỦY BAN NHÂN DÂN
TỈNH TÂY NINH

Số: 2210/QĐ-UBND

Tây Ninh, ngày 5 tháng 12 năm 2024

QUYẾT ĐỊNH
Về việc tặng Giải thưởng Khoa học và Công nghệ tỉnh Tây Ninh năm 2024

DANH SÁCH CÁC CÔNG TRÌNH ĐƯỢC TẶNG GIẢI THƯỞNG

| STT | Tên công trình | Tác giả, nhóm tác giả | Chức vụ, đơn vị công tác | Giải |
|-----|----------------|-----------------------|--------------------------|------|
| 1 | Ứng dụng kỹ thuật nội soi | TS.BS. Lê Văn Hòa | Phó Giám đốc Bệnh viện Đa | Nhất |
|   | trong điều trị | và cộng sự | khoa tỉnh Tây Ninh | |
| 2 | Sản xuất lúa hữu cơ tại | TS. Phan Thị Ngọc; | Viện Lúa Đồng bằng sông Cửu Long; | Nhì |
|   | huyện Châu Thành | ông Võ Văn Tám | Giám đốc Hợp tác xã Nông | |
|   | | | nghiệp Thạnh Đông | |
| 3 | Quy trình ủ phân | ThS. Trần Thị Lệ | Trung tâm Khuyến nông | Ba |
"""


def test_people_a_piped_table_lists_with_their_posts_beside_them() -> None:
    posts = {(p.name, p.title, p.org.name) for p in gather(AWARDS).people if p.org is not None and p.title}
    assert ("Lê Văn Hòa", "pho-giam-doc", "Bệnh viện Đa khoa tỉnh Tây Ninh") in posts
    assert ("Võ Văn Tám", "giam-doc", "Hợp tác xã Nông nghiệp Thạnh Đông") in posts
    # a name with a body and no post holds none
    assert not {p for p in posts if p[0] in ("Phan Thị Ngọc", "Trần Thị Lệ")}


MINUTES = """UBND TỈNH THÁI BÌNH
SỞ KHOA HỌC VÀ CÔNG NGHỆ

Thái Bình, ngày 9 tháng 6 năm 2022

BIÊN BẢN HỌP HỘI ĐỒNG
Đánh giá, nghiệm thu nhiệm vụ khoa học và công nghệ cấp tỉnh

1. Quyết định số 210/QĐ-SKHCN ngày 01/6/2022 của Giám đốc Sở KH&CN về việc thành lập Hội đồng tư vấn đánh giá,
nghiệm thu nhiệm vụ khoa học và công nghệ cấp tỉnh.

2. Số thành viên Hội đồng có mặt: 03/04 thành viên.
a) Thành viên có mặt:
1. PGS.TS. Lê Văn Tâm, Phó Giám đốc Sở Y tế - Chủ tịch Hội đồng;
2. BSCKII. Trần Văn Hòa, Phó Giám đốc Bệnh viện Đa khoa tỉnh Thái Bình - Ủy viên phản biện;
3. Bà Đỗ Thị Mai, Phó Chủ tịch Hội Nông dân tỉnh - Ủy viên.
b) Thành viên vắng mặt:
1. ThS. Vũ Văn Nam, Trưởng phòng Quản lý khoa học, Sở KH&CN - Ủy viên thư ký (đi công tác).

THƯ KÝ HỘI ĐỒNG                                   CHỦ TỊCH HỘI ĐỒNG
"""


def test_minutes_list_the_members_present_and_absent_with_their_roles_after_a_dash() -> None:
    council = "Hội đồng tư vấn đánh giá, nghiệm thu nhiệm vụ khoa học và công nghệ cấp tỉnh Thái Bình"
    found = gather(MINUTES)
    posts = {(p.name, p.title, p.org.name) for p in found.people if p.org is not None and p.title}
    assert {("Lê Văn Tâm", "chu-tich", council), ("Trần Văn Hòa", "uy-vien-phan-bien", council),
            ("Đỗ Thị Mai", "uy-vien", council), ("Vũ Văn Nam", "uy-vien-thu-ky", council)} <= posts
    # a body's name ends before the dash and the role, 'tỉnh' before it the document's province
    assert {("Trần Văn Hòa", "pho-giam-doc", "Bệnh viện Đa khoa tỉnh Thái Bình"),
            ("Đỗ Thị Mai", "pho-chu-tich", "Hội Nông dân tỉnh Thái Bình")} <= posts
    # the signature blocks' headings side by side name no council
    assert not [o for o in found.orgs if "Chủ Tịch" in o.name or "chủ tịch" in o.name.lower()]


STEERING = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NINH

Số: 1450 /QĐ-UBND

Quảng Ninh, ngày 10 tháng 9 năm 2025

QUYẾT ĐỊNH
Về việc kiện toàn Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo,
chuyển đổi số và Đề án 06 tỉnh Quảng Ninh

Điều 1. Kiện toàn Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 tỉnh Quảng Ninh (sau đây gọi tắt là Ban Chỉ đạo), gồm các thành viên sau:

1. Trưởng ban: Ông Cao Tường Huy, Chủ tịch UBND tỉnh.
2. Phó Trưởng ban Thường trực: Ông Nghiêm Xuân Cường, Phó Chủ tịch UBND tỉnh.
3. Các Phó Trưởng ban:
- Ông Đặng Huy Hậu, Giám đốc Sở Khoa học và Công nghệ;
- Đại tá Vũ Văn Diện, Giám đốc Công an tỉnh.
4. Các thành viên:
- Bà Nguyễn Thị Hạnh, Giám đốc Sở Tài chính.

Điều 2. Ban Chỉ đạo làm việc theo chế độ kiêm nhiệm.
"""


def test_members_under_the_role_that_heads_them_hold_it_in_the_committee() -> None:
    committee = "Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 tỉnh Quảng Ninh"
    found = gather(STEERING)
    roles = sorted((p.name, p.title) for p in found.people if p.org is not None and p.org.name == committee)
    assert roles == [("Cao Tường Huy", "truong-ban"), ("Nghiêm Xuân Cường", "pho-truong-ban-thuong-truc"),
                     ("Vũ Văn Diện", "pho-truong-ban"), ("Đặng Huy Hậu", "pho-truong-ban")]
    # their posts in their own bodies are read as well; a plain member has no role of their own in it
    assert ("Nguyễn Thị Hạnh", "giam-doc", "Sở Tài chính tỉnh Quảng Ninh") in [
        (p.name, p.title, p.org.name) for p in found.people if p.org is not None]


def test_a_piped_table_of_members_with_the_body_in_a_column_of_its_own() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\n\nSố: 901/QĐ-UBND\n\nQUYẾT ĐỊNH\n\nĐiều 1. Thành lập Ban Chỉ đạo chuyển đổi số tỉnh "
            "Tuyên Quang (sau đây gọi tắt là Ban Chỉ đạo), gồm:\n\n"
            "| TT | Họ và tên | Chức vụ | Cơ quan, đơn vị | Chức danh trong Ban Chỉ đạo |\n|----|----|----|----|----|\n"
            "| 1 | Ông Lê Văn Hà | Phó Chủ tịch | UBND tỉnh | Trưởng ban |\n"
            "| 2 | Bà Ma Thị Hoa | Phó Giám đốc | Sở Tài chính | Ủy viên |\n")
    posts = {(p.name, p.title, p.org.name if p.org else None) for p in gather(text).people}
    assert {("Lê Văn Hà", "pho-chu-tich", "Ủy ban nhân dân tỉnh Tuyên Quang"),
            ("Ma Thị Hoa", "pho-giam-doc", "Sở Tài chính tỉnh Tuyên Quang")} <= posts
    assert {p.title for p in gather(text).people if p.org and p.org.name.startswith("Ban Chỉ đạo")} == {"truong-ban", "uy-vien"}


def test_a_branch_campus_wrapped_onto_a_continuation_row_of_a_piped_table_of_members() -> None:
    text = ("Điều 1. Thành lập Hội đồng tư vấn, gồm các thành viên có tên sau:\n\n"
            "| TT | Họ và tên | Chức vụ | Cơ quan, đơn vị | Chức danh trong Hội đồng |\n"
            "|----|-----------|---------|-----------------|--------------------------|\n"
            "| 1 | Ông Lê Văn Bình | Phó Giám đốc | Sở Khoa học và Công nghệ | Chủ tịch Hội đồng |\n"
            "| 2 | Bà Hà Thị Thu | Phó Giám đốc | Phân hiệu Đại học Thái Nguyên | Ủy viên |\n"
            "|   |               |              | tại tỉnh Lào Cai              |         |\n"
            "| 3 | Ông Vũ Đức Tâm | Trưởng phòng | Sở Tài chính | Ủy viên |\n")
    posts = {(p.name, p.title, p.org.name if p.org else None) for p in gather(text).people}
    assert ("Hà Thị Thu", "pho-giam-doc", "Phân hiệu Đại học Thái Nguyên tại tỉnh Lào Cai") in posts


def test_a_tabbed_table_s_members_by_rarer_family_names_and_no_post_for_being_a_member() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH THÁI BÌNH\n\nSố: 88/QĐ-UBND\n\nQUYẾT ĐỊNH\n\nĐiều 1. Thành lập Ban Chỉ đạo chuyển đổi số "
            "tỉnh Thái Bình (sau đây gọi tắt là Ban Chỉ đạo), gồm các thành viên có tên sau:\n\n"
            "STT\tHọ và tên\tChức vụ, đơn vị công tác\tChức danh trong Ban Chỉ đạo\n"
            "1\tÔng Phí Văn Hòa\tChủ tịch UBND tỉnh\tTrưởng ban\n"
            "2\tBà Ngọ Thị Lan\tPhó Giám đốc Sở Tài chính\tThành viên\n"
            # (a Thái family name after 'Ông', itself a family name: the honorific, not 'Ông Xa Văn Lả')
            "3\tÔng Xa Văn Lả\tPhó Giám đốc Sở Nội vụ\tThành viên\n\nĐiều 2. Ban Chỉ đạo tự giải thể.\n")
    posts = {(p.name, p.title, p.org.name) for p in gather(text).people if p.org is not None}
    assert posts == {("Phí Văn Hòa", "chu-tich", "Ủy ban nhân dân tỉnh Thái Bình"),
                     ("Phí Văn Hòa", "truong-ban", "Ban Chỉ đạo chuyển đổi số tỉnh Thái Bình"),
                     ("Ngọ Thị Lan", "pho-giam-doc", "Sở Tài chính tỉnh Thái Bình"),
                     ("Xa Văn Lả", "pho-giam-doc", "Sở Nội vụ tỉnh Thái Bình")}


NATIONAL_MINUTES = """UBND TỈNH THANH HÓA
SỞ KHOA HỌC VÀ CÔNG NGHỆ
HỘI ĐỒNG TƯ VẤN ĐÁNH GIÁ,
NGHIỆM THU NHIỆM VỤ CẤP QUỐC GIA

Thanh Hóa, ngày 3 tháng 4 năm 2023

BIÊN BẢN
HỌP HỘI ĐỒNG TƯ VẤN ĐÁNH GIÁ, NGHIỆM THU

1. Căn cứ Quyết định số 118/QĐ-BKHCN ngày 2/3/2023 của Bộ trưởng Bộ Khoa học và Công nghệ về việc thành lập Hội đồng tư vấn đánh giá, nghiệm thu nhiệm vụ khoa học và công nghệ cấp quốc gia (sau đây gọi là Hội đồng).

2. Thành viên Hội đồng: có mặt 3/3 thành viên, gồm:
1. GS.TS. Phạm Văn Khôi - Hiệu trưởng Trường Đại học Hồng Đức - Chủ tịch Hội đồng;
2. TS. Lò Thị Nhung - Viện Dược liệu - Ủy viên phản biện 1;
3. ThS. Cầm Bá Tú - Trưởng phòng Quản lý khoa học, Sở KH&CN - Ủy viên thư ký.

3. Hội đồng bỏ phiếu kín.
"""


def test_a_national_council_s_minutes_list_members_by_dashes_under_a_heading_cut_at_its_comma() -> None:
    council = "Hội đồng tư vấn đánh giá, nghiệm thu nhiệm vụ khoa học và công nghệ cấp quốc gia"
    found = gather(NATIONAL_MINUTES)
    roles = sorted((p.name, p.title) for p in found.people if p.org is not None and p.org.name == council)
    assert roles == [("Cầm Bá Tú", "uy-vien-thu-ky"), ("Lò Thị Nhung", "uy-vien-phan-bien"), ("Phạm Văn Khôi", "chu-tich")]
    assert ("Phạm Văn Khôi", "hieu-truong", "Trường Đại học Hồng Đức") in {
        (p.name, p.title, p.org.name) for p in found.people if p.org is not None}
    # the headings' names, cut at the comma, are the council the prose names in full: no province's, no shorter one
    assert {o.name for o in found.orgs if o.name.lower().startswith("hội đồng")} == {council}


def test_members_under_a_sentence_a_pdf_s_text_wraps_hold_their_roles_in_the_council_it_names() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n\nSố: 412/QĐ-UBND\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Thành lập Hội đồng Khoa học và Công "
            "nghệ tỉnh Hà Nam giai\nđoạn 2021 - 2025 (sau đây gọi tắt là Hội đồng), gồm 03 thành viên có tên\nsau:\n\n"
            "1. Ông Trương Quốc Huy, Phó Chủ tịch UBND tỉnh - Chủ tịch Hội đồng;\n"
            "2. Ông Lại Văn Hưng, Giám đốc Sở Khoa học và Công nghệ - Phó Chủ tịch\n   Hội đồng;\n"
            "3. Bà Trần Thị Thu, Phó Giám đốc Sở Tài chính - Ủy viên.\n\nĐiều 2. Hội đồng làm việc theo quy chế.\n")
    council = "Hội đồng Khoa học và Công nghệ tỉnh Hà Nam"
    posts = {(p.name, p.title, p.org.name) for p in gather(text).people if p.org is not None}
    assert {("Trương Quốc Huy", "chu-tich", council), ("Lại Văn Hưng", "pho-chu-tich", council),
            ("Trần Thị Thu", "uy-vien", council)} <= posts


def test_a_piped_table_of_members_with_the_role_before_the_post_over_a_wrapped_header() -> None:
    text = ("Căn cứ Quyết định thành lập Hội đồng tư vấn tuyển chọn nhiệm vụ khoa học và công nghệ cấp tỉnh.\n\n"
            "1. Thành viên Hội đồng: có mặt 02 thành viên.\n\n"
            "| TT | Họ và tên          | Chức danh trong   | Chức vụ, đơn vị công tác        |\n"
            "|    |                    | Hội đồng          |                                 |\n"
            "|----|--------------------|-------------------|---------------------------------|\n"
            "| 1  | TS. Lê Quang Vinh  | Chủ tịch Hội đồng | Phó Giám đốc Sở Tài chính       |\n"
            "| 2  | ThS. Phan Thị Ngân | Phó Chủ tịch      | Trưởng phòng Quản lý khoa học   |\n"
            "|    |                    | Hội đồng          |                                 |\n")
    rows = member_rows(text)
    assert [(r.name.text, " ".join(c.text for c in r.role), " ".join(c.text for c in r.post)) for r in rows] == [
        ("TS. Lê Quang Vinh", "Chủ tịch Hội đồng", "Phó Giám đốc Sở Tài chính"),
        ("ThS. Phan Thị Ngân", "Phó Chủ tịch Hội đồng", "Trưởng phòng Quản lý khoa học")]


def test_minutes_table_of_members_with_their_scores_after_the_role_and_a_name_wrapped() -> None:
    text = ("UBND TỈNH PHÚ YÊN\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\n\nBIÊN BẢN\nHọp Hội đồng nghiệm thu nhiệm vụ cấp tỉnh\n\n"
            "1. Hội đồng tư vấn đánh giá, nghiệm thu nhiệm vụ khoa học và công nghệ cấp tỉnh được thành lập theo Quyết "
            "định số 77/QĐ-SKHCN ngày 02/10/2020 của Giám đốc Sở Khoa học và Công nghệ.\n\n"
            "2. Thành viên Hội đồng: có mặt 03 thành viên.\n\n"
            "| TT | Họ và tên | Đơn vị công tác | Chức danh trong Hội đồng | Điểm |\n"
            "|----|-----------|-----------------|--------------------------|------|\n"
            "| 1 | TS. Lê Văn Nam | Phó Giám đốc Sở Tài chính | Chủ tịch Hội đồng | 80 |\n"
            "| 2 | ThS. Trần Thị Thu | Trường Đại học Phú Yên | Ủy viên phản biện | 76 |\n"
            "|   | Hà |  |  |  |\n"
            "| 3 | Ông Đỗ Minh Khoa | Sở Khoa học và Công nghệ | Ủy viên thư ký | 75 |\n")
    council = "Hội đồng tư vấn đánh giá, nghiệm thu nhiệm vụ khoa học và công nghệ cấp tỉnh Phú Yên"
    posts = {(p.name, p.title, p.org.name if p.org else None) for p in gather(text).people}
    assert {("Lê Văn Nam", "chu-tich", council), ("Trần Thị Thu Hà", "uy-vien-phan-bien", council),
            ("Đỗ Minh Khoa", "uy-vien-thu-ky", council), ("Lê Văn Nam", "pho-giam-doc", "Sở Tài chính tỉnh Phú Yên")} <= posts
