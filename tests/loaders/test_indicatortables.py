"""Pipe tables of indicators without a row number: each value with its column's unit, else its row's."""

from __future__ import annotations

from decimal import Decimal

from vnst.loaders.extract import gather
from vnst.loaders.indicatortables import indicator_table_numbers

TABLE = """Bảng 1. Một số chỉ tiêu chủ yếu

| Chỉ tiêu | Năm 2022 | Năm 2023 | So sánh (%) |
|---|---|---|---|
| Kim ngạch xuất khẩu (tỷ USD) | 3,45 | 3,80 | 110,1 |
| Nộp ngân sách (tỷ đồng) | 1.250 | 1.312 | 105,0 |
| Diện tích đã cho thuê (ha) | 420,5 | 431,2 | 102,5 |
| Lao động (người) | 18.200 | 19.050 | 104,7 |

Tổng số lao động tăng so với năm trước.
"""


def test_each_value_takes_its_column_s_unit_else_its_row_s() -> None:
    found, _ = indicator_table_numbers(TABLE)
    assert [(n.written, n.unit, n.multiplier) for n in found] == [
        ("3,45", "USD", "tỷ"), ("3,80", "USD", "tỷ"), ("110,1", "%", None),
        ("1.250", "đồng", "tỷ"), ("1.312", "đồng", "tỷ"), ("105,0", "%", None),
        ("420,5", "ha", None), ("431,2", "ha", None), ("102,5", "%", None),
        ("18.200", "người", None), ("19.050", "người", None), ("104,7", "%", None)]


def test_the_values_become_figures_in_their_units() -> None:
    figures = {(f.value, f.unit) for f in gather(TABLE).figures}
    assert {(Decimal("3.45e9"), "USD"), (Decimal("1312e9"), "đồng"), (Decimal("431.2"), "ha"),
            (Decimal("19050"), "người"), (Decimal("110.1"), "%")} <= figures


def test_a_table_numbered_in_its_first_column_is_left_to_the_row_readers() -> None:
    numbered = "| TT | Chỉ tiêu | Năm 2023 |\n|---|---|---|\n| 1 | Doanh nghiệp KH&CN (doanh nghiệp) | 12 |\n"
    assert indicator_table_numbers(numbered) == ([], [])


def test_a_plan_s_pipe_table_of_tasks_by_quarter_its_money_column_read_by_its_label() -> None:
    plan = ("| TT | Hoạt động | Chủ trì | Quý I | Quý II | Kinh phí (triệu đồng) |\n"
            "|----|-----------|---------|:-----:|:------:|----------------------:|\n"
            "| 1.1 | Khảo sát 300 doanh nghiệp | Sở KH&CN | x | x | 850 |\n"
            "| 1.2 | Báo cáo đánh giá trình độ công nghệ | Sở KH&CN | | x | 1.320 |\n"
            "| | **Tổng cộng** | | | | **2.170** |\n")
    found, _ = indicator_table_numbers(plan)
    assert [(n.written, n.unit, n.multiplier) for n in found] == [("850", "đồng", "triệu"), ("1.320", "đồng", "triệu")]


def test_a_column_s_stated_unit_wins_over_a_row_reading_of_the_task_table() -> None:
    # (the row-number reader takes '1.1', '1.2' for rows and the first activity for a unit)
    plan = ("KẾ HOẠCH\n\n"
            "| TT | Nhiệm vụ | Đơn vị chủ trì | Quý I | Quý II | Quý III | Kinh phí (triệu đồng) |\n"
            "|----|---------|----------------|:-----:|:------:|:-------:|----------------------:|\n"
            "| 1.1 | Điều tra nhu cầu đổi mới công nghệ | Sở KH&CN | x | x | | 640 |\n"
            "| 1.2 | Hội thảo chuyên đề | Sở Công Thương | | | x | 275 |\n"
            "| 2.1 | Hỗ trợ 25 hợp tác xã ứng dụng công nghệ | Sở KH&CN | | x | x | 3.100 |\n")
    figures = {(f.written, f.value, f.unit) for f in gather(plan).figures}
    assert {("640", Decimal("640e6"), "đồng"), ("275", Decimal("275e6"), "đồng"),
            ("3.100", Decimal("3100e6"), "đồng"), ("25", Decimal(25), "hợp tác xã")} == figures


def test_an_estimate_s_mark_in_a_column_label_is_no_unit() -> None:
    table = "| Chỉ tiêu | 2023 | 2024 (*) |\n|---|---|---|\n| Sáng chế được cấp (văn bằng) | 12 | 15 |\n"
    found, _ = indicator_table_numbers(table)
    assert [(n.written, n.unit) for n in found] == [("12", "văn bằng"), ("15", "văn bằng")]


SPACED = """BẢNG SO SÁNH MỘT SỐ CHỈ TIÊU CHỦ YẾU

Chỉ tiêu                          Năm 2022     Năm 2023     So với cùng kỳ
Tổng nguồn vốn (tỷ đồng)          60,9         68,5         tăng 12,5%
Số hồ sơ đề nghị tài trợ          21           27           tăng 28,6%

II. KHÓ KHĂN
"""


def test_a_table_aligned_with_spaces_is_read_as_its_pipe_form_is() -> None:
    found, _ = indicator_table_numbers(SPACED)
    # (the comparison column's words are read as running text: 'tăng 12,5%')
    assert [(n.written, n.unit, n.multiplier) for n in found] == [
        ("60,9", "đồng", "tỷ"), ("68,5", "đồng", "tỷ"), ("21", "hồ sơ", None), ("27", "hồ sơ", None)]


def test_a_space_aligned_table_of_no_years_is_not_read() -> None:
    table = "Chỉ tiêu          Kế hoạch     Ghi chú\nTổng nguồn vốn (tỷ đồng)     60,9     đạt\n"
    assert indicator_table_numbers(table) == ([], [])



def test_a_column_of_a_former_province_gives_no_unit_the_column_of_units_does() -> None:
    table = ("| STT | Chỉ tiêu | Đơn vị tính | Vĩnh Long (cũ) | Bến Tre (cũ) | Toàn tỉnh |\n|---|---|---|---|---|---|\n"
             "| 1 | Nhiệm vụ KH&CN cấp tỉnh đang thực hiện | Nhiệm vụ | 18 | 24 | 42 |\n")
    assert [(n.written, n.unit) for n in indicator_table_numbers(table)[0]] == [
        ("18", "nhiệm vụ"), ("24", "nhiệm vụ"), ("42", "nhiệm vụ")]
    assert {(f.value, f.unit) for f in gather(table).figures} >= {(Decimal(18), "nhiệm vụ"), (Decimal(24), "nhiệm vụ")}


def test_a_column_of_units_gives_each_row_s_and_a_column_counting_something_names_it() -> None:
    text = ("| Chỉ tiêu | Đơn vị | Năm 2023 | Năm 2024 |\n|---|---|---|---|\n"
            "| Giá trị xuất khẩu | tỷ USD | 4,1 | 4,6 |\n| Lao động | người | 12.400 | 13.050 |\n\n"
            "| TT | Sự kiện | Số gian hàng | Số lượng | Số hợp đồng ký kết |\n|---|---|---|---|---|\n"
            "| 1 | Techmart Bình Phước 2023 | 85 | 7 | 19 |\n")
    found, _ = indicator_table_numbers(text)
    # ('Số lượng' alone names nothing it counts)
    assert [(n.written, n.unit, n.multiplier) for n in found] == [
        ("4,1", "USD", "tỷ"), ("4,6", "USD", "tỷ"), ("12.400", "người", None), ("13.050", "người", None),
        ("85", "gian hàng", None), ("19", "hợp đồng", None)]


def test_a_wrapped_grid_s_count_columns_keep_their_own_units_beside_its_money_column() -> None:
    text = ("| TT | Sự kiện | Thời gian, địa điểm | Số gian hàng | Giá trị hợp đồng (tỷ đồng) |\n"
            "|----|---------|---------------------|--------------|----------------------------|\n"
            "| 1  | Techmart Tây Ninh | 18/5/2023, Khu   | 120          | 58,6                       |\n"
            "|    |         | công nghiệp Trảng Bàng |         |                            |\n"
            "|    | Tổng cộng |                   | 120          | 58,6                       |\n")
    found = {(int(f.value), f.unit) for f in gather(text).figures}
    assert (120, "gian hàng") in found and (58600000000, "đồng") in found and (120000000000, "đồng") not in found


def test_a_numbered_table_s_column_of_units_gives_each_row_s() -> None:
    text = ("| TT | Chỉ tiêu | Đơn vị tính | 6 tháng 2025 | Cùng kỳ 2024 |\n|----|----|----|----|----|\n"
            "| 1 | Hồ sơ thủ tục hành chính tiếp nhận trực tuyến | hồ sơ | 317.452 | 248.905 |\n"
            "| 2 | Kinh phí chi cho chuyển đổi số | triệu đồng | 141.600 | 96.250 |\n")
    found, _ = indicator_table_numbers(text)
    assert [(n.written, n.unit, n.multiplier) for n in found] == [
        ("317.452", "hồ sơ", None), ("248.905", "hồ sơ", None), ("141.600", "đồng", "triệu"), ("96.250", "đồng", "triệu")]


def test_a_column_of_money_takes_the_unit_a_line_over_the_table_states() -> None:
    text = ("                              Đơn vị tính: triệu đồng\n| STT | Chỉ tiêu | Số tiền |\n|---|---|---|\n"
            "| 1 | Số dư Quỹ đầu kỳ | 18.425,6 |\n| 2 | Số sử dụng trong kỳ | 9.312,4 |\n")
    found, _ = indicator_table_numbers(text)
    # ('Số tiền' counts no money: it is the amount, in the unit over the table)
    assert [(n.written, n.unit, n.multiplier) for n in found] == [("18.425,6", "đồng", "triệu"), ("9.312,4", "đồng", "triệu")]


def test_a_council_s_scores_are_points_and_an_absence_counts_nothing() -> None:
    table = ("| TT | Họ và tên | Chức danh trong Hội đồng | Điểm |\n|---|---|---|---|\n"
             "| 1 | TS. Lê Văn Nam | Chủ tịch Hội đồng | 80 |\n| 2 | Ông Đỗ Minh Khoa | Ủy viên | vắng |\n"
             "| 3 | ThS. Trần Thị Hà | Ủy viên thư ký | 76,5 |\n")
    found, _ = indicator_table_numbers(table)
    assert [(n.written, n.unit) for n in found] == [("80", "điểm"), ("76,5", "điểm")]
