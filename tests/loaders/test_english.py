"""english_lines(): a bilingual text's English lines, whose figures repeat the Vietnamese ones."""

from __future__ import annotations

import pytest

from vnst.loaders.english import english_lines
from vnst.loaders.extract import gather


@pytest.mark.parametrize("line, english", [
    ("The Parties agree to cooperate in the following five (05) areas:", True),
    ("   (Training for 25 officials of the Department in patent analytics.)", True),
    ("   (Exchange of experts.)", True),   # a short gloss in brackets
    ("Exchange of experts", False),
    ("Đào tạo, bồi dưỡng cho 25 cán bộ của Sở về phân tích sáng chế.", False),
    # a name or a code without diacritics holds no function word
    ("QUANG NINH DEPARTMENT OF SCIENCE AND TECHNOLOGY", False),
    ("ISO 9001:2015 TCVN 7217-1", False),
    # a Vietnamese line with one English word
    ("Ứng dụng trí tuệ nhân tạo (AI) in the cloud cho 12 doanh nghiệp", False),
])
def test_an_english_line_has_no_vietnamese_letter_and_a_function_word(line: str, english: bool) -> None:
    assert bool(english_lines(line)) is english


def test_a_memorandum_s_glosses_repeat_its_figures_which_are_read_once_in_vietnamese() -> None:
    text = ("Các Bên thống nhất hợp tác trong năm (05) nội dung sau:\n"
            "The Parties agree to cooperate in the following five (05) areas:\n\n"
            "1. Đào tạo cho 25 cán bộ của Sở về phân tích sáng chế.\n"
            "   (Training for 25 officials of the Department in patent analytics.)\n\n"
            "2. Tài trợ tối đa 80.000 USD cho nội dung 1.\n"
            "   (Funding of up to USD 80,000 for area 1 and 2.)\n")
    assert {(f.written, f.unit) for f in gather(text).figures} == {("05", "nội dung"), ("25", "cán bộ"),
                                                                   ("80.000", "USD")}
