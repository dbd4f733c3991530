"""Page breaks inside a sentence, seen through: a name cut by a page number and a running header."""

from __future__ import annotations

import pytest

from vnst.loaders.extract import gather
from vnst.loaders.pagebreaks import joined

HEADER = "Biên bản ghi nhớ hợp tác giữa UBND tỉnh Yên Bái và Trường Đại học Thái Nguyên"
CUT = ("2. Nghiên cứu: phát triển chè Shan tuyết tại các huyện Văn Chấn, Trạm\n\n3\n" + HEADER
       + "\n\nTấu, Mù Cang Chải; nuôi cá nước lạnh.\n\n3. Đào tạo: 50 kỹ sư.\n")


def test_a_break_inside_a_sentence_is_one_line_break_of_the_same_length() -> None:
    view = joined(CUT)
    assert len(view) == len(CUT)
    assert "Trạm\n" in view and HEADER not in view and "\n3\n" not in view
    assert view.index("Tấu") == CUT.index("Tấu")


@pytest.mark.parametrize("text", [
    # a sentence that ended before the break; a heading after it
    "1. Đào tạo cán bộ.\n\n2\n" + HEADER + "\n\nHai bên phối hợp.\n",
    "II. NỘI DUNG HỢP TÁC\n\n2\n\nĐào tạo cán bộ.\n",
])
def test_a_break_between_sentences_is_left_as_it_is(text: str) -> None:
    assert joined(text) == text


def test_a_district_cut_by_a_page_break_is_read_whole() -> None:
    text = "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\n\nYên Bái, ngày 5 tháng 3 năm 2023\n\n" + CUT
    places = {(p.level, p.name) for p in gather(text).places}
    assert {("district", "Văn Chấn"), ("district", "Trạm Tấu"), ("district", "Mù Cang Chải")} <= places
    assert ("district", "Trạm") not in places


def test_a_body_cut_by_a_page_break_is_read_whole() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\n\nBắc Giang, ngày 5 tháng 3 năm 2023\n\n"
            "2. Đào tạo: phối hợp với Trường Đại học Nông Lâm Bắc\n\n3\n" + HEADER + "\n\nGiang đào tạo 50 kỹ sư.\n")
    names = {o.name for o in gather(text).orgs}
    assert "Trường Đại học Nông Lâm Bắc Giang" in names
    assert "Trường Đại học Nông Lâm Bắc" not in names


PDF_LETTER = ("Ủy ban nhân dân tỉnh kính đề nghị:\n"
              "vbdh.laocai.gov.vn - Văn bản đi số 812/UBND-KT\n2\n"
              "hỗ trợ 04 dự án thuộc Chương trình.\n"
              "vbdh.laocai.gov.vn - Văn bản đi số 812/UBND-KT\n3\n"
              "Trân trọng.\n")


def test_a_running_footer_and_its_page_number_are_blanked() -> None:
    from vnst.loaders.pagebreaks import without_running_lines
    view = without_running_lines(PDF_LETTER)
    assert len(view) == len(PDF_LETTER) and "vbdh" not in view and "\n2\n" not in view
    assert view.index("hỗ trợ") == PDF_LETTER.index("hỗ trợ")


def test_a_table_cell_repeated_beside_row_numbers_is_no_running_footer() -> None:
    from vnst.loaders.pagebreaks import without_running_lines
    table = "TT\nĐơn vị chủ trì\n1\nSở Khoa học và Công nghệ\n2\nSở Khoa học và Công nghệ\n3\n"
    assert without_running_lines(table) == table
