"""A council named by its task in capitals, in a header or a title; its members in the minutes' table; a research
group and its members' roles in it."""

from __future__ import annotations

import pytest

from vnst.loaders.caps import title_case_caps
from vnst.loaders.capscouncils import caps_councils
from vnst.loaders.extract import gather


@pytest.mark.parametrize("line, expected", [
    ("HỌP HỘI ĐỒNG TƯ VẤN TUYỂN CHỌN, GIAO TRỰC TIẾP CẤP QUỐC GIA\n", ["Hội đồng tư vấn tuyển chọn, giao trực tiếp cấp quốc gia"]),
    ("HỘI ĐỒNG KHOA HỌC CẤP CƠ SỞ\n", ["Hội đồng khoa học cấp cơ sở"]),
    # an abbreviation kept in capitals, written out, and 'VÀ' as title-casing writes it
    ("HỘI ĐỒNG ĐÁNH GIÁ, NGHIỆM THU NHIỆM VỤ KH&CN VÀ ĐỔI MỚI CẤP BỘ\n",
     ["Hội đồng đánh giá, nghiệm thu nhiệm vụ khoa học và công nghệ và đổi mới cấp bộ"]),
    # a province's council: the name readers give it its province
    ("HỌP HỘI ĐỒNG TƯ VẤN TUYỂN CHỌN CẤP TỈNH\n", []),
    # a level inside the line, not at its end: the task goes on, so the name's end is not known
    ("HỘI ĐỒNG CẤP TỈNH XÉT DUYỆT ĐỀ TÀI\n", []),
    # no level at all: the name patterns read it as any other
    ("HỘI ĐỒNG KHOA HỌC VÀ CÔNG NGHỆ TỈNH LẠNG SƠN\n", []),
    # running text writes the task in lower case: the name patterns read it
    ("Hội đồng tư vấn tuyển chọn cấp tỉnh\n", []),
])
def test_a_council_in_capitals_named_by_its_task_up_to_its_level(line: str, expected: list[str]) -> None:
    assert [o.name for o in caps_councils(title_case_caps(line))] == expected


MINUTES = """BỘ CÔNG THƯƠNG                                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI ĐỒNG TƯ VẤN ĐÁNH GIÁ, NGHIỆM THU             Độc lập - Tự do - Hạnh phúc
CẤP BỘ
                                        Hà Nội, ngày 9 tháng 3 năm 2022

BIÊN BẢN HỌP HỘI ĐỒNG

1. Tên đề tài: "Nghiên cứu công nghệ sấy thanh long".
2. Số thành viên có mặt: 04 trên tổng số 05 thành viên.

Thành viên Hội đồng:

| TT | Họ và tên | Cơ quan công tác | Chức danh trong Hội đồng |
|----|-----------|------------------|--------------------------|
| 1 | PGS.TS. Hoàng Văn Tâm | Viện Cơ khí năng lượng và mỏ | Chủ tịch Hội đồng |
| 2 | TS. Đinh Thị Yến | Trường Đại học Công nghiệp Hà Nội | Ủy viên phản biện |
| 3 | ThS. Mai Quốc Bảo | Vụ Khoa học và Công nghệ | Ủy viên (vắng) |

Hội đồng thống nhất đánh giá đề tài ở mức "Đạt".
"""


def test_the_members_of_the_council_a_header_in_capitals_names_hold_their_roles_in_it() -> None:
    council = "Hội đồng tư vấn đánh giá, nghiệm thu cấp bộ"
    found = gather(MINUTES)
    assert {o.name for o in found.orgs if o.name.startswith("Hội đồng")} == {council}
    roles = {(p.name, p.title) for p in found.people if p.org is not None and p.org.name == council}
    # (a note after the role, '(vắng)', is no part of it)
    assert roles == {("Hoàng Văn Tâm", "chu-tich"), ("Đinh Thị Yến", "uy-vien-phan-bien"), ("Mai Quốc Bảo", "uy-vien")}
    assert (4, "thành viên") in {(int(f.value), f.unit) for f in found.figures}


GROUP = """ĐẠI HỌC HUẾ
TRƯỜNG ĐẠI HỌC NÔNG LÂM

Số: 512/QĐ-ĐHNL

QUYẾT ĐỊNH

Điều 1. Thành lập Nhóm nghiên cứu mạnh Công nghệ sinh học Thực vật (sau đây gọi là Nhóm nghiên cứu) trực thuộc Trường.

Điều 2. Nhóm nghiên cứu gồm 04 thành viên, cụ thể như sau:
1. PGS.TS. Hồ Thị Quỳnh, Khoa Nông học - Trưởng nhóm;
2. TS. Trương Văn Lực, Khoa Lâm nghiệp - Phó Trưởng nhóm;
3. ThS. Lê Văn Sang, Khoa Nông học - Thư ký;
4. TS. Phạm Thị Vân, Khoa Cơ khí - thành viên.
"""


def test_a_research_group_s_members_hold_its_posts_and_their_faculties_end_before_the_dash() -> None:
    group = "Nhóm nghiên cứu mạnh Công nghệ sinh học Thực vật"
    found = gather(GROUP)
    names = {o.name for o in found.orgs}
    assert {group, "Khoa Nông học", "Khoa Lâm nghiệp", "Khoa Cơ khí"} <= names
    assert not [n for n in names if "Trưởng" in n or "Thư ký" in n]
    roles = {(p.name, p.title) for p in found.people if p.org is not None and p.org.name == group}
    # (being a member, 'thành viên', is no post)
    assert roles == {("Hồ Thị Quỳnh", "truong-nhom"), ("Trương Văn Lực", "pho-truong-nhom"), ("Lê Văn Sang", "thu-ky")}


def test_a_header_shortening_the_council_the_prose_names_in_full_is_that_council() -> None:
    text = ("BỘ Y TẾ\nHỘI ĐỒNG KHOA HỌC, CÔNG NGHỆ CẤP BỘ\n\nBIÊN BẢN\n\nCăn cứ Quyết định thành lập Hội đồng khoa học, "
            "công nghệ chuyên ngành dược cấp bộ (sau đây gọi là Hội đồng).\n")
    assert [o.name for o in caps_councils(title_case_caps(text))] == ["Hội đồng khoa học, công nghệ chuyên ngành dược cấp bộ"]


def test_members_counted_present_before_the_table_of_a_council_its_two_line_header_names() -> None:
    text = ("BỘ GIÁO DỤC VÀ ĐÀO TẠO                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "HỘI ĐỒNG ĐÁNH GIÁ, NGHIỆM THU             Độc lập - Tự do - Hạnh phúc\nNHIỆM VỤ KH&CN CẤP BỘ\n\n"
            "BIÊN BẢN HỌP HỘI ĐỒNG\n\n6. Thành viên Hội đồng\nHội đồng có mặt đủ 2 thành viên:\n\n"
            "| TT | Họ và tên | Đơn vị công tác | Chức danh trong Hội đồng |\n|----|----|----|----|\n"
            "| 1 | PGS.TS. Hà Văn Tú | Trường Đại học Vinh | Chủ tịch Hội đồng |\n"
            "| 2 | ThS. Cù Thị Lan | Vụ Khoa học, Công nghệ và Môi trường | Ủy viên thư ký |\n")
    council = "hội đồng đánh giá, nghiệm thu nhiệm vụ khoa học và công nghệ cấp bộ"
    found = gather(text)
    # (the next line opening with the head again, 'Hội đồng có mặt', is no part of 'Thành viên Hội đồng'; a name read
    # from capitals is compared without case)
    assert {o.name.lower() for o in found.orgs if o.name.startswith("Hội đồng")} == {council}
    assert {(p.name, p.title) for p in found.people if p.org is not None and p.org.name.lower() == council} == {
        ("Hà Văn Tú", "chu-tich"), ("Cù Thị Lan", "uy-vien-thu-ky")}
