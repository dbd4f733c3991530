"""Tables a PDF converter flattened, cells joined by single spaces (flattables.py): the amounts of the one
money column, in the header's unit; nothing from a table whose header leaves the amount's place unsure."""

from __future__ import annotations

from decimal import Decimal

import pytest

from vnst.loaders.figures import find_figures
from vnst.loaders.flattables import flattened_table_numbers

TABLE = """Bảng 2. Nhiệm vụ cấp tỉnh nghiệm thu năm 2022

STT Tên đề tài Đơn vị chủ trì Kinh phí
(triệu đồng)
Kết quả
1 Nghiên cứu sản xuất giống cá
chiên tại huyện Na Hang
Trung tâm Khuyến nông
tỉnh Tuyên Quang
865 Đạt
2 Ứng dụng công nghệ IoT giám sát
môi trường nuôi cá lồng
Trường Đại học Tân Trào 1.240,5 Khá
3 Xây dựng bản đồ số 3 huyện
vùng cao
Viện Địa lý 2.015
Đạt

Năm 2022, Sở đã tổ chức 12 hội đồng.
"""


def test_the_amount_of_each_row_in_the_header_s_unit() -> None:
    found, used = flattened_table_numbers(TABLE)
    assert [(n.written, n.unit, n.multiplier) for n in found] == [
        ("865", "đồng", "triệu"), ("1.240,5", "đồng", "triệu"), ("2.015", "đồng", "triệu")]
    # the row numbers are spent too, and no figure of the text's own is taken for a cell
    assert all(TABLE[s:e].strip() for s, e in used)
    values = {(f.value, f.unit) for f in find_figures(TABLE, masked=[])}
    assert {(Decimal(865_000_000), "đồng"), (Decimal(1_240_500_000), "đồng"), (Decimal(2_015_000_000), "đồng")} <= values
    assert not any(f.unit == "đồng" and f.value < 1000 for f in find_figures(TABLE, masked=[]))


@pytest.mark.parametrize("header", [
    # two columns of numbers: which number is the amount is unsure
    "STT Tên đề tài Thời gian (tháng) Kinh phí\n(triệu đồng)",
    # no unit for the money
    "STT Tên đề tài Đơn vị chủ trì Kinh phí",
    # two money columns
    "STT Tên đề tài Tổng kinh phí Kinh phí năm 2022\n(triệu đồng)",
])
def test_a_header_that_leaves_the_amount_unsure_gives_nothing(header: str) -> None:
    text = TABLE.replace("STT Tên đề tài Đơn vị chủ trì Kinh phí\n(triệu đồng)", header)
    assert flattened_table_numbers(text)[0] == []


# several columns of numbers, each label saying what it counts (a count's noun after 'Số', a unit in brackets); a
# row wrapped with its numbers on a line of their own; the total after the rows
_COUNTED_COLUMNS = """Bảng 2. Kết quả hỗ trợ doanh nghiệp giai đoạn 2022 - 2024
TT Nội dung hỗ trợ Số doanh
nghiệp
Đã hoàn
thành
(hồ sơ)
Kinh phí
hỗ trợ
(triệu đồng)
1 Đổi mới công nghệ 12 9 3.450
2 Bảo hộ sở hữu trí tuệ và xây dựng
nhãn hiệu
27 25 1.120
Tổng cộng 39 34 4.570

Các doanh nghiệp được hỗ trợ chủ yếu ở huyện Văn Yên.
"""


def test_a_flattened_table_s_columns_each_counting_what_its_label_says() -> None:
    read = [(n.written, n.unit, n.multiplier) for n in flattened_table_numbers(_COUNTED_COLUMNS)[0]]
    assert read == [("12", "doanh nghiệp", None), ("9", "hồ sơ", None), ("3.450", "đồng", "triệu"),
                    ("27", "doanh nghiệp", None), ("25", "hồ sơ", None), ("1.120", "đồng", "triệu"),
                    ("39", "doanh nghiệp", None), ("34", "hồ sơ", None), ("4.570", "đồng", "triệu")]
