"""Lines written in English in a bilingual text (a press release's English half, a memorandum's glosses):
they repeat the Vietnamese, whose numbers the loaders read once, in Vietnamese ('30 cán bộ', not '30 officials').

A line is English when it holds no letter of Vietnamese's own alphabet (no tone mark, no 'đ', 'ơ', 'ư', ...),
at least four words (three in brackets), and an English function word; a Vietnamese sentence always carries diacritics, and a name
or a code written without them ('Hai Phong', 'ISO 9001') holds no function word."""

from __future__ import annotations

import re

_LINE = re.compile(r"[^\n]+")
_VIETNAMESE_LETTER = re.compile(r"[À-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ]")
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
_FUNCTION_WORDS = frozenset("the and of for to in with on by from is are was were will has have its their this that "
                            "under until as at".split())


def english_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the text's English lines."""
    found = []
    for line in _LINE.finditer(text):
        if _VIETNAMESE_LETTER.search(line.group(0)):
            continue
        words = _WORD.findall(line.group(0))
        # (a gloss in brackets under its Vietnamese may be short: '(Exchange of experts.)')
        least = 3 if line.group(0).strip().startswith("(") else 4
        if len(words) >= least and any(w in _FUNCTION_WORDS for w in words):
            found.append((line.start(), line.end()))
    return found


__all__ = ["english_lines"]
