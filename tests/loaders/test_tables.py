from __future__ import annotations

import re

import pytest

from vnst.loaders.extract import gather
from vnst.loaders.tables import table_numbers


def _read(text: str) -> list[tuple[str, str, str | None]]:
    return [(n.written, n.unit, n.multiplier) for n in table_numbers(text)[0]]


# a unit column; cells wrapped onto several lines; money as a row's unit
_UNIT_COLUMN = """BIỂU TỔNG HỢP
TT
Chỉ tiêu
Đơn vị
tính
Kế hoạch
Thực
hiện
Tỷ lệ
(%)
Ghi chú
1
Sáng kiến được
công nhận
Sáng
kiến
40
52
130
2
Vốn đầu tư cho
đổi mới công nghệ
Tỷ
đồng
3,5
2,8
80,0
Chưa đạt

Phần II
"""

# no unit column: a period column anchors the numbers, money in the header; a page break
# repeats the header and the rows go on numbered
_PERIOD_COLUMN = """STT
Tên đề tài
Đơn vị chủ trì
Thời gian
Kinh phí
(nghìn đồng)
1
Nghiên cứu giống
Viện Cây trồng
2024-2026
750.000
2
Xây dựng phần mềm
Trung tâm Tin học
2025
120.500

Trang 2

STT
Tên đề tài
Đơn vị chủ trì
Thời gian
Kinh phí
(nghìn đồng)
3
Bảo tồn nguồn gen
Trạm Thực nghiệm
2024-2025
98.000
"""


@pytest.mark.parametrize(("text", "expected"), [
    (_UNIT_COLUMN, [("40", "sáng kiến", None), ("52", "sáng kiến", None), ("130", "%", None),
                    ("3,5", "đồng", "tỷ"), ("2,8", "đồng", "tỷ"), ("80,0", "%", None)]),
    (_PERIOD_COLUMN, [("750.000", "đồng", "nghìn"), ("120.500", "đồng", "nghìn"), ("98.000", "đồng", "nghìn")]),
    # a lower-case measure alone in the unit cell; a cell equal to the next row number is a cell
    ("TT\nHạng mục\nĐVT\nKế hoạch\nThực hiện\n1\nDiện tích trồng mới\nha\n2\n3\n2\nSản lượng\ntấn\n40\n45\n",
     [("2", "ha", None), ("3", "ha", None), ("40", "tấn", None), ("45", "tấn", None)]),
    # a list numbered '1', '2' with no header is not a table
    ("Kết quả:\n1\nHoàn thành 12 nhiệm vụ\n2\n45\n", []),
    # a header without rows under it is not a table
    ("TT\nNội dung\nGhi chú\n\nĐoạn văn tiếp theo 15 dự án.\n", []),
    # cells joined with pipes by a converter, with or without outer pipes and a ruling line
    ("TT | Chỉ tiêu | Đơn vị tính | Kế hoạch | Thực hiện | Tỷ lệ (%)\n"
     "1 | Mô hình ứng dụng | mô hình | 12 | 9 | 75,0\n2 | Hội thảo | hội thảo | 4 | 5 | 125\n",
     [("12", "mô hình", None), ("9", "mô hình", None), ("75,0", "%", None),
      ("4", "hội thảo", None), ("5", "hội thảo", None), ("125", "%", None)]),
    ("| STT | Nội dung | ĐVT | Thực hiện |\n|---|---|---|---|\n| 1 | Diện tích | ha | 20,5 |\n",
     [("20,5", "ha", None)]),
    # a unit stated above the table for all its number columns
    ("Đơn vị tính: triệu đồng\n\nTT | Tên dự án | Tổng kinh phí | Đối ứng\n1 | Dừa hữu cơ | 6.200 | 2.500\n",
     [("6.200", "đồng", "triệu"), ("2.500", "đồng", "triệu")]),
    # one cell a line with a row of totals under the numbered rows; a month-year period cell
    ("Đơn vị tính: triệu đồng\nTT\nTên dự án\nĐơn vị chủ trì\nThời gian\nTổng kinh phí\nNSTW\n"
     "1\nNhân giống chè Shan\nTrung tâm Giống cây trồng\n03/2022 - 12/2024\n4.200\n1.900\n"
     "2\nSấy cà phê\nCông ty TNHH Cà phê Ea Pốk\n01/2023 - 12/2025\n3.100\n1.500\nTổng cộng\n7.300\n3.400\n",
     [("4.200", "đồng", "triệu"), ("1.900", "đồng", "triệu"), ("3.100", "đồng", "triệu"),
      ("1.500", "đồng", "triệu"), ("7.300", "đồng", "triệu"), ("3.400", "đồng", "triệu")]),
    # a row with one cell per column: its money column is named only 'Kinh phí dự kiến'
    ("Đơn vị tính: triệu đồng\nSTT\nTên nhiệm vụ\nSản phẩm\nĐơn vị đặt hàng\nKinh phí dự kiến\n"
     "1\nNghiên cứu sâu keo mùa thu\nQuy trình phòng trừ\nSở Nông nghiệp và PTNT\n850\n"
     "2\nBản đồ số thổ nhưỡng\nBộ bản đồ\nSở Tài nguyên và Môi trường\n1.120\n",
     [("850", "đồng", "triệu"), ("1.120", "đồng", "triệu")]),
    # columns kept apart by runs of spaces; a row may open with a number ('12 ha ...')
    ("TT   Quy mô              Số hộ      Tiến độ   Kinh phí đã cấp (triệu đồng)\n"
     "1    15 ha chè           30 hộ      60%       1.250\n"
     "2    8 ha quế            22 hộ      45%       730\n",
     [("60", "%", None), ("1.250", "đồng", "triệu"), ("45", "%", None), ("730", "đồng", "triệu")]),
    # cells parted by tabs, one tab enough; a wrapped title; a row of totals behind an empty first cell
    ("TT\tTên dự án\tTổ chức chủ trì\tKinh phí (triệu đồng)\tTình trạng\n"
     "1\tTrồng dược liệu dưới tán rừng theo hướng hữu\ncơ tại huyện Mường Tè\tCông ty TNHH Dược liệu Lai Châu\t4.300\tĐang thực hiện\n"
     "2\tNuôi cá nước lạnh tại huyện Tam Đường\tTrung tâm Thủy sản\t2.150\tĐã nghiệm thu\n"
     "\tTổng cộng\t\t6.450\t\n",
     [("4.300", "đồng", "triệu"), ("2.150", "đồng", "triệu"), ("6.450", "đồng", "triệu")]),
    # rows of provinces, the columns naming what they count, their labels wrapped onto a second line of tabs
    ("TT\tTỉnh\tTổ chức KH&CN\tNhiệm vụ đã nghiệm thu\tKế hoạch\n\t\tđã cập nhật\tchưa đăng ký\n"
     "1\tSơn La\t58\t9\t12\n2\tĐiện Biên\t41\t6\t7\n",
     [("58", "tổ chức kh&cn đã cập nhật", None), ("9", "nhiệm vụ đã nghiệm thu chưa đăng ký", None),
      ("41", "tổ chức kh&cn đã cập nhật", None), ("6", "nhiệm vụ đã nghiệm thu chưa đăng ký", None)]),
    # year columns, a unit column, a sub-row without a number of its own, a fall
    ("| TT | Chỉ tiêu | Đơn vị tính | 2023 | 2024 (*) | Tăng/giảm (%) |\n|----|----|----|----|----|----|\n"
     "| 1 | Nhân lực R&D | Người | 612 | 638 | 4,2 |\n|   | Trong đó: tiến sĩ | Người | 48 | 52 | 8,3 |\n"
     "| 2 | Nhiệm vụ được nghiệm thu | Nhiệm vụ | 12 | 11 | -8,3 |\n",
     [("612", "người", None), ("638", "người", None), ("4,2", "%", None), ("48", "người", None), ("52", "người", None),
      ("8,3", "%", None), ("12", "nhiệm vụ", None), ("11", "nhiệm vụ", None), ("-8,3", "%", None)]),
    # the table's unit stated in brackets above it
    ("Bảng 1. Giải ngân vốn đầu tư công\n        (Đơn vị tính: triệu đồng)\nSTT\tDự án\tKế hoạch vốn\tGiải ngân\n"
     "1\tHạ tầng khu trung tâm\t45.000\t21.870\n", [("45.000", "đồng", "triệu"), ("21.870", "đồng", "triệu")]),
    # a site menu with pipes is not a table
    ("Trang chủ | Tin tức | Liên hệ\nCó 15 dự án.\n", []),
])
def test_table_numbers(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", ["TT\nChỉ tiêu\nĐVT\nKế hoạch\nThực hiện\n1\nMô hình\nMô hình\n5\n6\n",
                                  "TT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện\n1 | Mô hình | Mô hình | 5 | 6\n"])
def test_used_spans_cover_row_numbers_and_cells(text: str) -> None:
    _, used = table_numbers(text)
    assert [text[s:e] for s, e in used] == ["1", "5", "6"]


@pytest.mark.parametrize("numbering", ["1\n2\n3\n4\n5\n6\n", "(1)\n(2)\n(3)\n(4)\n(5)\n(6)\n"])
def test_column_numbers_under_the_header_are_not_a_row(numbering: str) -> None:
    text = ("STT\nChỉ tiêu\nĐơn vị tính\nKế hoạch\nThực hiện\nTỷ lệ %\n" + numbering
            + "1\nHội thảo khoa học\nHội thảo\n8\n9\n112,5\n")
    assert _read(text) == [("8", "hội thảo", None), ("9", "hội thảo", None), ("112,5", "%", None)]


def test_a_pipe_row_whose_title_wrapped_onto_the_next_line() -> None:
    text = ("TT | Tên nhiệm vụ | Tổ chức chủ trì | Kinh phí (triệu đồng)\n"
            "1 | Chọn tạo giống lúa chịu mặn | Viện Lúa | 1.200\n"
            "2 | Nghiên cứu chế biến sâu sản phẩm quả vải\n"
            "thiều | Trường Đại học Nông Lâm Bắc Giang | 840\n"
            "3 | Ứng dụng IoT trong nhà màng | Công ty TNHH An Phú | 650\n")
    assert _read(text) == [("1.200", "đồng", "triệu"), ("840", "đồng", "triệu"), ("650", "đồng", "triệu")]


def test_an_indicator_names_what_its_row_counts() -> None:
    text = ("TT | Chỉ tiêu | Mục tiêu 2025 | Kết quả 2023 | Tỷ lệ (%)\n"
            "1 | Sáng chế, giải pháp hữu ích được bảo hộ | 12 | 9 | 75,0\n"
            "2 | Tỷ lệ doanh nghiệp ứng dụng công nghệ số | 50 | 38 | 76,0\n"
            "3 | Tổng kinh phí xã hội hóa | 90 | 60 | 66,7\n")
    assert _read(text) == [("12", "sáng chế giải pháp hữu ích được bảo hộ", None),
                           ("9", "sáng chế giải pháp hữu ích được bảo hộ", None), ("75,0", "%", None),
                           ("50", "%", None), ("38", "%", None), ("76,0", "%", None), ("66,7", "%", None)]


@pytest.mark.parametrize(("text", "expected"), [
    # no row-number column: each row's label names what it counts; the row of totals names nothing
    ("Bảng 2. Phương tiện đo được kiểm định năm 2022\n"
     "Loại phương tiện             Số lượng     Tỷ lệ đạt (%)\n"
     "Đồng hồ nước lạnh            2.305        98,2\n"
     "Huyết áp kế                  417          96,4\n"
     "Tổng cộng                    2.722\n",
     [("2.305", "đồng hồ nước lạnh", None), ("98,2", "%", None),
      ("417", "huyết áp kế", None), ("96,4", "%", None)]),
    # a unit column gives the row's unit; money in a column named with its multiplier
    ("Nội dung                Đơn vị tính    Kế hoạch    Thực hiện\n"
     "Nhiệm vụ cấp tỉnh       Nhiệm vụ       14          16\n"
     "Kinh phí sự nghiệp      Triệu đồng     9.800       9.120\n",
     [("14", "nhiệm vụ", None), ("16", "nhiệm vụ", None), ("9.800", "đồng", "triệu"), ("9.120", "đồng", "triệu")]),
    # signature blocks side by side have no column of numbers: no table
    ("TM. ỦY BAN NHÂN DÂN        TM. ĐẢNG ỦY        KT. GIÁM ĐỐC\n"
     "CHỦ TỊCH                   BÍ THƯ             PHÓ GIÁM ĐỐC\n", []),
    # the table ends at the first line that is no row of it
    ("Chỉ tiêu           Kết quả      Tỷ lệ (%)\n"
     "Sáng kiến          25           104\n"
     "Năm 2024   tỉnh    có   12 dự án\n", [("25", "sáng kiến", None), ("104", "%", None)]),
])
def test_a_spaced_table_without_row_numbers(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _read(text) == expected


def test_a_title_wrapped_over_lines_of_a_cell_per_line_table_ends_where_the_body_s_name_opens() -> None:
    from vnst.loaders.tablecolumns import column_cells
    text = ("Bảng 1. Danh mục dự án\nĐơn vị tính: triệu đồng\nTT\nTên dự án\nTổ chức chủ trì\nTổng kinh\nphí\n"
            "1\nỨng dụng công nghệ nuôi cấy mô\nsản xuất giống chuối tại huyện\nVăn Bàn\nTrung tâm Khuyến nông\nLào Cai\n"
            "4.200\n2\nXây dựng mô hình trồng quế\nhữu cơ tại huyện Văn Yên\nHợp tác xã Quế Đại Sơn\n3.100\n")
    titles = [c[2] for c in column_cells(text, re.compile(r"(?i:tên\s+dự\s+án)"))]
    assert titles == ["Ứng dụng công nghệ nuôi cấy mô sản xuất giống chuối tại huyện Văn Bàn",
                      "Xây dựng mô hình trồng quế hữu cơ tại huyện Văn Yên"]


# a tab-separated annex: its rows open with the total and a group in Roman numerals, whose items are numbered from 1
# again under each group; the unit stated over the table is every amount's, whatever the row's label
_GROUPED_TABS = ("\t\t\tĐơn vị tính: triệu đồng\nSTT\tNội dung\tKinh phí năm 2025\tGhi chú\n\tTỔNG CỘNG\t9.800\t\n"
                 "I\tCấp tỉnh\t7.400\t\n1\tNhiệm vụ KH&CN chuyển tiếp\t4.100\t11 nhiệm vụ\n2\tNhiệm vụ KH&CN mở mới\t3.300\t\n"
                 "II\tCấp huyện\t2.400\t\n1\tHuyện Mường Khương\t1.200\t\n2\tHuyện Bát Xát\t1.150\t\n")


def test_a_tab_table_s_group_rows_and_items_numbered_again_under_each_group() -> None:
    read = _read(_GROUPED_TABS)
    assert {(w, u, m) for w, u, m in read} >= {("7.400", "đồng", "triệu"), ("4.100", "đồng", "triệu"), ("3.300", "đồng", "triệu"),
                                              ("2.400", "đồng", "triệu"), ("1.200", "đồng", "triệu"), ("1.150", "đồng", "triệu")}
    assert all(u == "đồng" for _, u, _ in read)


def test_a_pipe_table_s_rows_grouped_under_capital_letters_the_first_group_too() -> None:
    text = ("Đơn vị tính: triệu đồng\n\n| STT | Tên nhiệm vụ | Tổ chức chủ trì | Tổng kinh phí | Kinh phí năm 2023 |\n"
            "|---|---|---|---|---|\n| A | NHIỆM VỤ CHUYỂN TIẾP | | 3.120,5 | 1.410,0 |\n"
            "| 1 | Nghiên cứu chọn tạo giống lúa chịu mặn | Viện Lúa đồng bằng sông Cửu Long | 3.120,5 | 1.410,0 |\n"
            "| B | NHIỆM VỤ MỞ MỚI | | 860,0 | 860,0 |\n| 2 | Ứng dụng IoT trong nuôi tôm | Trường Đại học Trà Vinh | 860,0 | 860,0 |\n")
    assert {(w, u, m) for w, u, m in _read(text)} == {("3.120,5", "đồng", "triệu"), ("1.410,0", "đồng", "triệu"),
                                                      ("860,0", "đồng", "triệu")}
    first_group = text.index("3.120,5")
    assert any(n.start == first_group for n in table_numbers(text)[0])


def test_a_unit_cell_that_counts_in_millions() -> None:
    text = ("| TT | Chỉ tiêu | Đơn vị tính | Kế hoạch | Thực hiện |\n|----|----|----|----|----|\n"
            "| 1 | Tôm giống sản xuất | triệu con | 7.500 | 8.020 |\n| 2 | Diện tích nuôi | ha | 1.200 | 1.310 |\n")
    assert _read(text) == [("7.500", "con", "triệu"), ("8.020", "con", "triệu"), ("1.200", "ha", None), ("1.310", "ha", None)]


# a space-aligned table whose row-number column stands two spaces from the next, one row's label running into its
# unit cell where the unit column is narrow
_TIGHT_SPACES = """TT  Chỉ tiêu                                Đơn vị tính     Kế hoạch   Thực hiện
1   Đề tài cấp tỉnh được nghiệm thu         đề tài                14          15
2   Hợp tác xã được hỗ trợ đổi mới công nghệ  hợp tác xã          12          13
3   Kinh phí sự nghiệp KH&CN                triệu đồng        31.500      30.120
"""


def test_a_space_aligned_table_with_a_tight_row_number_column_and_a_row_run_into_its_unit() -> None:
    assert _read(_TIGHT_SPACES) == [("14", "đề tài", None), ("15", "đề tài", None), ("12", "hợp tác xã", None),
                                    ("13", "hợp tác xã", None), ("31.500", "đồng", "triệu"), ("30.120", "đồng", "triệu")]


# a tab table of fields: the column that counts ('Số nhiệm vụ') says what, not the row's field; its total read too
_FIELDS = "Lĩnh vực\tSố nhiệm vụ\tKinh phí (triệu đồng)\nNông nghiệp\t6\t7.300\nY dược\t3\t4.150\nTổng cộng\t9\t11.450\n"


def test_a_count_column_names_what_a_field_s_row_counts_and_the_total_is_read() -> None:
    assert _read(_FIELDS) == [("6", "nhiệm vụ", None), ("7.300", "đồng", "triệu"), ("3", "nhiệm vụ", None),
                              ("4.150", "đồng", "triệu"), ("9", "nhiệm vụ", None), ("11.450", "đồng", "triệu")]


def test_a_pipe_row_s_number_after_its_text_cells_by_its_column_and_codes_count_nothing() -> None:
    text = ("| STT | Tên doanh nghiệp | Mã số doanh nghiệp | Số Giấy chứng nhận | Kết quả được chuyển giao | Tỷ lệ doanh thu (%) |\n"
            "|---|---|---|---|---|---|\n"
            "| 1 | Công ty Cổ phần Cao su Đồng Phú | 3800100120 | 31/DNKHCN | Quy trình sản xuất cao su | 41,2 |\n"
            "| 2 | Công ty TNHH Mía đường Tây Ninh | 3900244567 | 32/DNKHCN | Giống mía chịu hạn | 37,5 |\n")
    found, _ = table_numbers(text)
    assert [(n.written, n.unit) for n in found] == [("41,2", "%"), ("37,5", "%")]


def test_a_count_column_of_four_words_counts_its_noun() -> None:
    text = ("TT   Lĩnh vực        Số hồ sơ tiếp nhận   Số hồ sơ trực tuyến   Tỷ lệ trực tuyến (%)\n"
            "1    Hộ tịch                      1.204                 1.117                   92,8\n"
            "2    Đất đai                        318                   277                   87,1\n")
    figures = {(f.written, f.unit) for f in gather(text).figures}
    assert figures == {("1.204", "hồ sơ"), ("1.117", "hồ sơ"), ("92,8", "%"), ("318", "hồ sơ"), ("277", "hồ sơ"),
                       ("87,1", "%")}


# a pipe table of levels: its header over two lines, a column of the part of the count before it ('Trong đó:'), and a
# row whose label wraps onto a line of its own
_LEVELS = ("| TT | Cấp đề tài               | Số đề tài   | Trong đó:  | Kinh phí năm 2024 |\n"
           "|    |                         | thực hiện   | nghiệm thu | (triệu đồng)      |\n"
           "|----|-------------------------|-------------|------------|-------------------|\n"
           "| 1  | Cấp bộ (giao trực tiếp  | 4           | 2          | 3.600             |\n"
           "|    | cho tỉnh quản lý)       |             |            |                   |\n"
           "| 2  | Cấp tỉnh                | 19          | 7          | 12.045,5          |\n")


def test_a_column_of_part_of_a_count_and_a_row_whose_label_wraps() -> None:
    assert _read(_LEVELS) == [("4", "đề tài thực hiện", None), ("2", "đề tài thực hiện", None), ("3.600", "đồng", "triệu"),
                              ("19", "đề tài thực hiện", None), ("7", "đề tài thực hiện", None),
                              ("12.045,5", "đồng", "triệu")]
    # (the count's noun, as the figures have it)
    assert {(f.written, f.unit) for f in gather(_LEVELS).figures} >= {("4", "đề tài"), ("2", "đề tài"), ("7", "đề tài")}


def test_a_pipe_header_over_two_rows_its_label_spanning_the_columns_under_it() -> None:
    text = ("Bảng 2. Kết quả hoạt động của Quỹ\n"
            "| STT | Nội dung | Đơn vị tính | Kết quả | | Tỷ lệ 2024/2023 (%) |\n"
            "| | | | Năm 2023 | Năm 2024 | |\n"
            "| 1 | Nhiệm vụ được tài trợ | nhiệm vụ | 6 | 9 | 150,0 |\n"
            "| 2 | Kinh phí tài trợ | triệu đồng | 1.800 | 2.430 | 135,0 |\n")
    assert {(f.written, f.unit) for f in gather(text).figures} == {
        ("6", "nhiệm vụ"), ("9", "nhiệm vụ"), ("150,0", "%"), ("1.800", "đồng"), ("2.430", "đồng"), ("135,0", "%")}


# a space-aligned table with a row per year: the year is the row's label, no number it counts
_YEARLY = """Bảng 1. Kết quả theo năm

Năm        Số dự án     Kinh phí từ Quỹ (tỷ đồng)
2021          19              36,2
2022          22              43,5
Cộng          41              79,7
"""


def test_a_space_aligned_table_of_a_row_per_year() -> None:
    assert _read(_YEARLY) == [("19", "dự án", None), ("36,2", "đồng", "tỷ"), ("22", "dự án", None),
                              ("43,5", "đồng", "tỷ"), ("41", "dự án", None), ("79,7", "đồng", "tỷ")]
