"""Vietnamese numbers, dates and abbreviations (tables of cases)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from vnst.loaders.vietnamese import day_without_year, expand_abbreviations, find_dates, parse_amount, parse_date, parse_number


@pytest.mark.parametrize("written, value", [
    ("3.176", Decimal(3176)), ("20,03", Decimal("20.03")), ("1.975,6", Decimal("1975.6")),
    ("01", Decimal(1)), ("229.000", Decimal(229000)), ("90,7", Decimal("90.7")), ("7518", Decimal(7518)),
    ("1.2.3", None), ("abc", None), ("", None), ("-8,3", Decimal("-8.3")), ("-", None),
])
def test_numbers(written: str, value: Decimal | None) -> None:
    assert parse_number(written) == value


@pytest.mark.parametrize("number, multiplier, value", [
    ("141,6", "tỷ", Decimal("141600000000")), ("2,1", "triệu", Decimal(2100000)), ("38,9", "tỷ", Decimal(38900000000)),
    ("5", None, Decimal(5)),
])
def test_amounts(number: str, multiplier: str | None, value: Decimal) -> None:
    assert parse_amount(number, multiplier) == value


@pytest.mark.parametrize("written, value", [
    ("ngày 31 tháng 8 năm 2021", date(2021, 8, 31)),
    ("Cần Thơ, ngày 05 tháng 8 năm 2020", date(2020, 8, 5)),
    ("21/6/2022", date(2022, 6, 21)),
    ("01/8/2016", date(2016, 8, 1)),
    ("Thứ Bảy, 22/10/2022, 22:58", date(2022, 10, 22)),
    ("Thứ năm,\u00a023/06/2022 12:46\u00a0GMT+7", date(2022, 6, 23)),
    ("ngày\u00a014 tháng\n3 năm 2019", date(2019, 3, 14)),
    ("31/2/2021", None),
    ("ngày tháng năm 2021", None),
])
def test_dates(written: str, value: date | None) -> None:
    assert parse_date(written) == value


@pytest.mark.parametrize("written, year, month, quarter", [
    ("từ tháng 11/2015", 2015, 11, None),
    ("từ quý IV/2017", 2017, None, 4),
    ("trong quý IV năm 2021", 2021, None, 4),
])
def test_partial_dates(written: str, year: int, month: int | None, quarter: int | None) -> None:
    [mention] = find_dates(written)
    assert (mention.value, mention.year, mention.month, mention.quarter) == (None, year, month, quarter)
    assert written[mention.start:mention.end].lower().startswith(("tháng", "quý"))


@pytest.mark.parametrize("written, full", [
    ("Bộ KH&CN", "Bộ Khoa học và Công nghệ"),
    ("Sở KH&CN TP. Cần Thơ", "Sở Khoa học và Công nghệ thành phố Cần Thơ"),
    ("ngành KH - CN", "ngành Khoa học và Công nghệ"),
    ("UBND TP Cần Thơ", "Ủy ban nhân dân thành phố Cần Thơ"),
    ("vùng ĐBSCL", "vùng Đồng bằng sông Cửu Long"),
    ("Bộ NN&PTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("Sở NN và PTNT", "Sở NN và Phát triển nông thôn"),
    ("ĐH Cần Thơ", "Đại học Cần Thơ"),
    ("ĐHQG Hà Nội", "Đại học Quốc gia Hà Nội"),
    ("HĐND tỉnh", "Hội đồng nhân dân tỉnh"),
    ("TPHCM", "Thành phố Hồ Chí Minh"),
    ("ĐHQG TP.HCM", "Đại học Quốc gia Thành phố Hồ Chí Minh"),
    ("Trường ĐH Nông Lâm TP. HCM", "Trường Đại học Nông Lâm Thành phố Hồ Chí Minh"),
    # 'VN' ends a national body's name; a site's name keeps it
    ("Liên hiệp các Hội KH&KT VN", "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam"),
    ("sàn TECHMART.VN", "sàn TECHMART.VN"),
    ("(TTH.VN) - Chiều 13/6", "(TTH.VN) - Chiều 13/6"),
    ("Ban QL Khu kinh tế tỉnh", "Ban Quản lý Khu kinh tế tỉnh"),
    ("Hiệp hội DN tỉnh", "Hiệp hội doanh nghiệp tỉnh"),
    ("dọc QL1A và QL 9", "dọc QL1A và QL 9"),
])
def test_abbreviations(written: str, full: str) -> None:
    assert expand_abbreviations(written) == full


@pytest.mark.parametrize("day, month, written, expected", [
    (15, 8, date(2025, 8, 25), date(2025, 8, 15)),
    (28, 12, date(2026, 1, 12), date(2025, 12, 28)),   # a later day and month: the year before
    (29, 2, date(2025, 1, 10), None),                  # no 29 February in the year before
    (31, 4, date(2025, 5, 2), None),
])
def test_a_day_and_month_without_the_year(day: int, month: int, written: date, expected: date | None) -> None:
    assert day_without_year(day, month, written) == expected
