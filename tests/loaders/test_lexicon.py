from __future__ import annotations

import pytest

from vnst.loaders.lexicon import compound_at, syllable_key


@pytest.mark.parametrize(("phrase", "expected"), [
    ("kỹ sư phần mềm", 2),            # a dictionary word of two syllables, then another word
    ("giao dịch điện tử", 2),
    ("phó giáo sư đầu ngành", 3),     # three syllables beat two ('phó giáo' is not the noun)
    ("xã đạt chuẩn", 1),              # a single syllable followed by a verb
    ("tấn lúa", 1),
    ("văn hóa dân gian", 2),          # tone on 'o' in the text, on 'a' in the dictionary
    ("văn hoá dân gian", 2),
    ("Cơ Quan", 2),                   # case does not matter
    ("", 0),
])
def test_compound_at(phrase: str, expected: int) -> None:
    assert compound_at(phrase.split()) == expected


@pytest.mark.parametrize(("phrase", "extra", "max_syllables", "expected"), [
    ("khu chế xuất mới", {"khu chế xuất"}, 3, 3),      # a phrase the dictionary lacks, given as extra
    ("mã số vùng trồng cam", {"mã số vùng trồng"}, 3, 4),   # an extra may be longer than max_syllables
    ("phó giáo sư trẻ", set(), 2, 1),                  # the dictionary is cut at max_syllables
])
def test_compound_at_extra(phrase: str, extra: set[str], max_syllables: int, expected: int) -> None:
    assert compound_at(phrase.split(), max_syllables, extra=frozenset(extra)) == expected


@pytest.mark.parametrize(("a", "b", "same"), [
    ("hóa", "hoá", True),
    ("thủy", "thuỷ", True),
    ("Khỏe", "khoẻ", True),
    ("hòa", "hóa", False),       # different tones stay different
    ("ha", "hà", False),
])
def test_syllable_key_folds_tone_placement_only(a: str, b: str, same: bool) -> None:
    assert (syllable_key(a) == syllable_key(b)) is same
