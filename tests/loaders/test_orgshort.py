"""A body's name written short: a short name defined in brackets, written inside another body's name; a name an
upper-case header wrapped (orgshort.py)."""

from __future__ import annotations

import pytest
from loader_helpers import org_names as names

from vnst.loaders.extract import gather
from vnst.loaders.orgs import find_orgs
from vnst.loaders.places import province_named


def test_a_short_name_inside_a_later_name_is_written_out() -> None:
    text = ("Phát huy tiềm lực của Đại học Đà Nẵng (ĐHĐN) và Phân hiệu Đại học Đà Nẵng tại Kon Tum. Giao Phân hiệu ĐHĐN tại "
            "Kon Tum chủ trì.")
    assert names(text, "Kon Tum")[-1] == "Phân hiệu Đại học Đà Nẵng tại Kon Tum"


def test_a_name_that_ends_in_the_short_name_is_left_to_the_unit_reading() -> None:
    text = "Quỹ Phát triển khoa học và công nghệ tỉnh Kon Tum (QPTKHCN) họp. Hội đồng quản lý QPTKHCN thông qua."
    assert "Hội đồng quản lý Quỹ Phát triển khoa học và công nghệ tỉnh Kon Tum" in names(text, "Kon Tum")


def test_a_bank_s_branch_with_its_acronym_then_named_by_the_acronym() -> None:
    text = ("ký kết với Ngân hàng Thương mại cổ phần Công Thương Việt Nam (VietinBank) - Chi nhánh Nam Định. Bà Trần Thị B, "
            "Giám đốc VietinBank Chi nhánh Nam Định phát biểu.")
    from vnst.loaders.extract import gather
    found = gather("Tin tức\n\n" + text)
    branch = "Ngân hàng Thương mại cổ phần Công Thương Việt Nam - Chi nhánh Nam Định"
    assert [o.name for o in found.orgs] == [branch, branch]
    assert ("Trần Thị B", "giam-doc", branch) in {(p.name, p.title, p.org.name if p.org else None) for p in found.people}


def test_a_name_an_upper_case_header_wrapped_is_read_whole_when_the_text_writes_it_whole() -> None:
    text = ("UBND TỈNH SÓC TRĂNG\nBAN QUẢN LÝ KHU NÔNG NGHIỆP\nỨNG DỤNG CÔNG NGHỆ CAO\nSố: 12/BC-BQL\n\nBÁO CÁO\n\n"
            "Ban Quản lý Khu nông nghiệp ứng dụng công nghệ cao tỉnh Sóc Trăng có 20 người.\n\nTRƯỞNG BAN\n\nLâm Văn Tư\n")
    found = {(p.name, p.title, p.org.name) for p in gather(text).people}
    assert found == {("Lâm Văn Tư", "truong-ban", "Ban Quản lý Khu nông nghiệp ứng dụng công nghệ cao tỉnh Sóc Trăng")}


def test_a_group_s_brand_before_a_province_names_its_provincial_unit_not_the_group() -> None:
    text = ("UBND tỉnh Quảng Bình và Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT) ký kết thỏa thuận hợp tác. Cũng dịp này, "
            "Viễn thông Quảng Bình (VNPT Quảng Bình) và Trường Đại học Quảng Bình ký biên bản ghi nhớ; ông Lê Văn Hòa, "
            "Giám đốc VNPT Quảng Bình phát biểu.")
    found = {(p.name, p.title, p.org.name if p.org else None) for p in gather(text).people}
    assert found == {("Lê Văn Hòa", "giam-doc", "Viễn thông Quảng Bình")}


def test_a_name_a_table_cell_cut_after_its_dash_is_the_one_written_whole_else_the_words_before() -> None:
    from vnst.loaders.orgnames import OrgMention
    from vnst.loaders.orgshort import with_cells_cut_at_a_dash
    cut = OrgMention(0, 26, "Trường Đại học Bách khoa -", "University")
    whole = OrgMention(40, 80, "Trường Đại học Bách khoa - Đại học Đà Nẵng", "University")
    alone = OrgMention(90, 115, "Trường Đại học Kinh tế -", "University")
    assert [o.name for o in with_cells_cut_at_a_dash([cut, whole, alone], " " * 120)] == [
        "Trường Đại học Bách khoa - Đại học Đà Nẵng", "Trường Đại học Bách khoa - Đại học Đà Nẵng", "Trường Đại học Kinh tế"]


TABLE = """Sở thông báo kết luận của Hội đồng như sau:

TT  Tên nhiệm vụ                                   Đơn vị đề xuất                 Kinh phí     Phương thức
1   Ứng dụng trí tuệ nhân tạo dự báo lũ quét       Trường Đại học Nông Lâm -      1.850        Tuyển chọn
    tại các xã miền núi                            Đại học Thái Nguyên
2   Đánh giá chất lượng đất trồng chè              Trường Đại học Sư phạm -       720          Tuyển chọn
    vùng Tân Cương                                 {below}
"""


@pytest.mark.parametrize("below, expected", [
    # the university printed under the cell, in its column: the member school named with it
    ("Đại học Thái Nguyên", {"Trường Đại học Nông Lâm - Đại học Thái Nguyên", "Trường Đại học Sư phạm - Đại học Thái Nguyên"}),
    # nothing under the second cell: its words before the dash
    ("", {"Trường Đại học Nông Lâm - Đại học Thái Nguyên"}),
])
def test_a_member_school_a_space_aligned_table_wraps_after_its_dash(below: str, expected: set[str]) -> None:
    found = {o.name for o in find_orgs(TABLE.format(below=below), home=province_named("Thái Nguyên"))}
    assert expected <= found
    assert "Đại học Thái Nguyên" not in found and "Trường Đại học Nông Lâm" not in found


def test_a_name_written_whole_in_prose_is_not_run_on_to_a_cut_cell_s_dash() -> None:
    text = ("Phiên họp có PGS.TS. Lê Văn A, Phó Hiệu trưởng Trường Đại học Sư phạm - Đại học Thái Nguyên, Phó Chủ tịch "
            "Hội đồng.\n\n" + TABLE.format(below="Đại học Thái Nguyên"))
    found = [o for o in find_orgs(text, home=province_named("Thái Nguyên")) if o.start < text.index("\n")]
    assert [o.name for o in found] == ["Trường Đại học Sư phạm - Đại học Thái Nguyên"]


def test_a_joint_header_s_two_parties_over_one_another_stay_two_bodies() -> None:
    text = ("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU -           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "ĐẠI HỌC QUỐC GIA HÀ NỘI                         Độc lập - Tự do - Hạnh phúc\n\n"
            "CHƯƠNG TRÌNH HỢP TÁC\n")
    found = {o.name for o in find_orgs(text, home=province_named("Lai Châu"))}
    assert {"Ủy ban nhân dân tỉnh Lai Châu", "Đại học Quốc gia Hà Nội"} <= found
