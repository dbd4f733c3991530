"""Dates and numbers written in words."""

from __future__ import annotations

from datetime import date

import pytest

from vnst.loaders.vietnamese import find_dates
from vnst.loaders.worddates import number_in_words


@pytest.mark.parametrize("words, value", [
    ("mười lăm", 15), ("hai mươi mốt", 21), ("ba mươi", 30), ("hai mươi tư", 24), ("mười", 10), ("chín", 9),
    ("hai nghìn không trăm hai mươi mốt", 2021), ("hai nghìn không trăm linh năm", 2005),
    ("hai ngàn hai mươi lăm", 2025), ("một nghìn chín trăm chín mươi chín", 1999),
    # words that make no number
    ("hai hai", None), ("mươi", None), ("trăm", None), ("mười hai mười", None),
])
def test_a_number_read_by_its_places(words: str, value: int | None) -> None:
    assert number_in_words(words) == value


@pytest.mark.parametrize("text, when", [
    ("Hôm nay, ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi mốt, tại thành phố Lào Cai", date(2021, 3, 15)),
    ("đến hết ngày ba mươi mốt tháng mười hai năm hai nghìn không trăm hai mươi lăm.", date(2025, 12, 31)),
    # 'năm' is both 'five' and 'year': May, then the year
    ("Ngày hai tháng năm năm hai nghìn hai mươi tư", date(2024, 5, 2)),
    ("Ngày mồng một tháng giêng năm hai nghìn", date(2000, 1, 1)),
])
def test_a_date_in_words(text: str, when: date) -> None:
    assert [d.value for d in find_dates(text)] == [when]


@pytest.mark.parametrize("text", [
    "ngày ba mươi hai tháng ba năm hai nghìn không trăm hai mươi mốt",   # no such day
    "ngày mười tháng mười ba năm hai nghìn",                              # nor month
    "ngày một tháng hai năm ba",                                          # a year no document has
])
def test_words_that_spell_no_date(text: str) -> None:
    assert find_dates(text) == []
