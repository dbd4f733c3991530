"""Syllables a scanned page's text broke at a line's end with a hyphen ('Viện Khoa học Nông nghi-' / 'ệp Việt
Nam'), joined again. A Vietnamese word is written syllable by syllable, so a hyphen inside a syllable is the
scanner's, not the writer's: the two pieces are joined where together they are one syllable, never where they
are two ('khoa học-' / 'công nghệ' keeps its dash)."""

from __future__ import annotations

import re

_VOWEL = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
# onset, vowels, coda: the shape of one syllable ('nghiệp', 'thuận', 'khuyến')
SYLLABLE = re.compile(r"(?P<onset>ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?[" + _VOWEL + r"]{1,3}"
                       r"(?:ng|nh|ch|[cmnpt])?")
_BROKEN = re.compile(r"(?<![\wÀ-ỹ])(?P<head>[\wÀ-ỹ]{1,6})-(?P<gap>[ \t]*\n[ \t]*)(?P<tail>[" + _VOWEL + r"a-zđ]{1,6})"
                     r"(?![\wÀ-ỹ])")


def rejoined_syllables(text: str) -> str:
    """``text`` with each syllable a line's end broke at a hyphen written whole, the same length: the hyphen
    and the line break move after the syllable, so every other character keeps its offset."""
    if "-\n" not in text and not re.search(r"-[ \t]+\n", text):
        return text
    out, pos = [], 0
    for m in _BROKEN.finditer(text):
        head, tail = m.group("head"), m.group("tail")
        if not SYLLABLE.fullmatch((head + tail).lower()) or head.isupper():
            continue   # two syllables or words ('học-' / 'công'), or a code in capitals ('KH-' / 'cn')
        gap = m.group("gap")
        out += [text[pos:m.start()], head, tail, " " * len(gap), "\n"]   # (the hyphen's place becomes the break)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


__all__ = ["SYLLABLE", "rejoined_syllables"]
