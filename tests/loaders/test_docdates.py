"""The dates documents are given (docdates.py): a cited number's date in the next cell of its table row."""

from __future__ import annotations

from datetime import date

import pytest

from vnst.loaders.extract import gather

_TABLE = ("Sở thông báo danh sách như sau:\n\n"
          "| STT | Tên doanh nghiệp | Số Giấy chứng nhận | {label} | Lĩnh vực |\n"
          "|---|---|---|---|---|\n"
          "| 1 | Công ty cổ phần Tin học Lạc Việt | 414/DNKHCN | 02/12/2025 | Công nghệ thông tin |\n"
          "| 2 | Công ty cổ phần Dược phẩm Hậu Giang | 415/DNKHCN | 18/12/2025 | Dược phẩm |\n")


@pytest.mark.parametrize("label, expected", [
    # under a column of the day it was issued
    ("Ngày cấp", {"414/DNKHCN": date(2025, 12, 2), "415/DNKHCN": date(2025, 12, 18)}),
    ("Ngày ban hành", {"414/DNKHCN": date(2025, 12, 2), "415/DNKHCN": date(2025, 12, 18)}),
    # a date of something else (a deadline) does not date the number
    ("Hạn báo cáo", {"414/DNKHCN": None, "415/DNKHCN": None}),
])
def test_a_number_dated_by_the_next_cell_of_its_row(label: str, expected: dict[str, date | None]) -> None:
    legal = gather(_TABLE.format(label=label)).legal
    assert {l.number.written: l.issued for l in legal} == expected


@pytest.mark.parametrize("text", [
    "- Số hợp đồng: 03/2022/HĐCGCN, ký ngày 25 tháng 3 năm 2022.",
    "Hợp đồng số 03/2022/HĐCGCN ký ngày 25/3/2022.",
    "Hợp đồng số 03/2022/HĐCGCN ngày 25/3/2022.",
])
def test_a_number_dated_by_its_signing_after_a_comma(text: str) -> None:
    assert [(l.number.written, l.issued) for l in gather(text).legal] == [("03/2022/HĐCGCN", date(2022, 3, 25))]


def test_a_place_date_line_its_column_wrapped_before_the_year_dates_the_number() -> None:
    text = ("UBND TỈNH ĐIỆN BIÊN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ KHOA HỌC VÀ CÔNG NGHỆ   Độc lập - Tự do\n"
            "                            Điện Biên, ngày 14 tháng 11\nSố: 88/TB-SKHCN             năm 2021\n\n"
            "THÔNG BÁO\nKết luận của Giám đốc Sở.\n")
    assert [(d.number.written, d.issued) for d in gather(text).legal if d.header] == [("88/TB-SKHCN", date(2021, 11, 14))]
