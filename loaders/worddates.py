"""Dates written in words, as a signed agreement or a set of minutes opens: 'Hôm nay, ngày mười lăm tháng ba
năm hai nghìn không trăm hai mươi mốt, tại ...'. Vietnamese reads a number by its places: 'hai nghìn không
trăm hai mươi mốt' is 2 thousands, 0 hundreds, 2 tens and 1."""

from __future__ import annotations

import re
from datetime import date

from vnst.loaders.vietnamese import WS1

# the digits, with the forms they take after a ten ('hai mươi mốt', 'mười lăm', 'hai mươi tư') and a month's
# names of its own ('tháng giêng', 'tháng chạp')
_DIGITS = {"không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "nhăm": 5,
           "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
_PLACES = {"mươi": 10, "trăm": 100}
_THOUSAND = ("nghìn", "ngàn")
_NAUGHT = ("linh", "lẻ")   # 'hai nghìn không trăm linh năm': no tens
_MONTH_NAMES = {"giêng": 1, "chạp": 12}
_WORD = r"(?:" + "|".join(sorted([*_DIGITS, *_PLACES, *_THOUSAND, *_NAUGHT, "mười"], key=len, reverse=True)) + r")"
_WORDS = _WORD + r"(?:" + WS1 + _WORD + r"){0,8}"
WORD_DATE = re.compile(r"(?<![\wÀ-ỹ])(?i:ngày)" + WS1 + r"(?:(?:mồng|mùng)" + WS1 + r")?(?P<d>" + _WORD + r"(?:" + WS1 + _WORD + r"){0,3}?)" + WS1
                       + r"(?i:tháng)" + WS1 + r"(?P<m>(?:giêng|chạp|" + _WORD + r")(?:" + WS1 + _WORD + r")?)" + WS1
                       + r"(?i:năm)" + WS1 + r"(?P<y>" + _WORDS + r")(?![\wÀ-ỹ])")


def number_in_words(words: str) -> int | None:
    """The value of a number read aloud ('hai mươi mốt' -> 21, 'hai nghìn không trăm hai mươi mốt' -> 2021), or
    None when the words do not make one."""
    total, group, pending = 0, 0, None
    for word in words.lower().split():
        if word in _DIGITS:
            if pending is not None:
                return None   # two digits in a row ('hai hai') make no number
            pending = _DIGITS[word]
        elif word == "mười":
            if pending is not None:
                return None
            group += 10
        elif word in _PLACES:
            if pending is None:
                return None
            group, pending = group + pending * _PLACES[word], None
        elif word in _THOUSAND:
            total, group, pending = total + (group + (pending or 0) or 1) * 1000, 0, None
        elif word not in _NAUGHT:
            return None
    return total + group + (pending or 0)


def word_date(m: re.Match[str]) -> date | None:
    """The date a ``WORD_DATE`` match spells, if it is one."""
    day, year = number_in_words(m.group("d")), number_in_words(m.group("y"))
    month = _MONTH_NAMES.get(m.group("m").lower()) or number_in_words(m.group("m"))
    if day is None or month is None or year is None or not 1900 <= year <= 2100:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


__all__ = ["WORD_DATE", "number_in_words", "word_date"]
