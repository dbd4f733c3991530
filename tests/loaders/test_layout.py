"""Two-column lines read one column at a time, at the same offsets."""

from __future__ import annotations

import pytest

from vnst.loaders.layout import column_views
from vnst.loaders.orgs import find_orgs
from vnst.loaders.places import province_named
from vnst.textnorm import fold

HEADER = ("VIỆN HÀN LÂM KHOA HỌC        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          "VÀ CÔNG NGHỆ VIỆT NAM         Độc lập - Tự do - Hạnh phúc\n"
          "Số: 12/VHL-KHTC\n")


def test_views_keep_one_column_at_the_same_offsets() -> None:
    left, right = column_views(HEADER)
    assert len(left) == len(right) == len(HEADER)
    assert left.split("\n")[0].rstrip() == "VIỆN HÀN LÂM KHOA HỌC"
    assert left.split("\n")[1].rstrip() == "VÀ CÔNG NGHỆ VIỆT NAM"
    assert right.split("\n")[0].strip() == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    # a one-cell line right under is kept in the column it is printed under, blank in the others
    assert left.split("\n")[2] == "Số: 12/VHL-KHTC"
    assert right.split("\n")[2].strip() == ""


THREE_BLOCKS = ("ĐẠI DIỆN BÊN A            ĐẠI DIỆN BÊN B              ĐẠI DIỆN BÊN C\n"
                "TM. ỦY BAN NHÂN DÂN       VIỆN KHOA HỌC               HỌC VIỆN NÔNG NGHIỆP\n"
                "TỈNH SƠN LA               THỦY LỢI VIỆT NAM           VIỆT NAM\n"
                "KT. CHỦ TỊCH              VIỆN TRƯỞNG                 GIÁM ĐỐC\n")


def test_three_blocks_side_by_side_give_three_views() -> None:
    views = column_views(THREE_BLOCKS)
    assert [v.split("\n")[2].strip() for v in views] == ["TỈNH SƠN LA", "THỦY LỢI VIỆT NAM", "VIỆT NAM"]
    assert all(len(v) == len(THREE_BLOCKS) for v in views)


def test_a_name_broken_in_the_third_column_is_one_body() -> None:
    names = {fold(o.name) for o in find_orgs(THREE_BLOCKS, home=province_named("Sơn La"))}
    # upper-case names are compared folded: the case of their syllables is a guess
    assert names == {fold("Ủy ban nhân dân tỉnh Sơn La"), fold("Viện Khoa học Thủy lợi Việt Nam"),
                     fold("Học viện Nông nghiệp Việt Nam")}


@pytest.mark.parametrize("text", [
    "Theo báo cáo của Sở, kết quả đạt 90%.\n",
    "   thụt lề  hai dấu cách trong một ô\n",
])
def test_no_views_without_two_columns(text: str) -> None:
    assert column_views(text) == []


@pytest.mark.parametrize("text, expected", [
    (HEADER, "Viện Hàn lâm Khoa học và Công nghệ Việt Nam"),
    ("SỞ KHOA HỌC                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "VÀ CÔNG NGHỆ                  Độc lập - Tự do - Hạnh phúc\n", "Sở Khoa học và Công nghệ tỉnh Sơn La"),
    # signature blocks side by side: the left body continues on its column's next line
    ("BỘ NÔNG NGHIỆP                    TM. ỦY BAN NHÂN DÂN\n"
     "VÀ PHÁT TRIỂN NÔNG THÔN            CHỦ TỊCH\n", "Bộ Nông nghiệp và Phát triển nông thôn"),
])
def test_a_header_name_broken_inside_its_column_is_one_body(text: str, expected: str) -> None:
    found = find_orgs(text, home=province_named("Sơn La"))
    assert expected in [o.name for o in found]
    first = min(found, key=lambda o: o.start)
    assert first.name == expected and first.start == 0


def test_a_tab_parts_the_columns_of_signature_blocks() -> None:
    text = ("TM. ỦY BAN NHÂN DÂN\tTRƯỜNG ĐẠI HỌC TÂY BẮC\tCÔNG TY CP CHÈ\n"
            "KT. CHỦ TỊCH\tHIỆU TRƯỞNG\tMỘC CHÂU\n")
    assert [v.split("\n")[1].strip() for v in column_views(text)] == ["KT. CHỦ TỊCH", "HIỆU TRƯỞNG", "MỘC CHÂU"]
    names = {fold(o.name) for o in find_orgs(text, home=province_named("Sơn La"))}
    assert fold("Công ty CP Chè Mộc Châu") in names


def test_a_name_in_a_column_is_not_continued_by_its_english_gloss_on_the_next_line() -> None:
    from loader_helpers import org_names
    text = ("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH KON TUM          TRƯỜNG ĐẠI HỌC QUỐC GIA KYUNGPOOK\n"
            "DEPARTMENT OF SCIENCE AND TECHNOLOGY            KYUNGPOOK NATIONAL UNIVERSITY\n\nTHỎA THUẬN HỢP TÁC\n")
    from vnst.textnorm import fold
    assert fold("Trường Đại học Quốc gia Kyungpook") in {fold(name) for name in org_names(text, "Kon Tum")}
    assert not any("University" in name for name in org_names(text, "Kon Tum"))
