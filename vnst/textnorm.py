"""Text normalisation shared by loaders (IRIs) and search (matching).

A naive accent strip is not enough for Vietnamese: U+0111 'đ' has no Unicode
decomposition, so NFD + dropping combining marks leaves it in place ("Đỗ Đức"
becomes "Đo Đuc", which "do duc" never finds). ``fold`` maps it explicitly.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_SPACES = re.compile(r"[\s\u00a0\u202f\u2007]+")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def collapse_spaces(text: str) -> str:
    """One ASCII space for every run of white space, non-breaking ones included."""
    return _SPACES.sub(" ", text).strip()


# the loaders fold the same names again and again (every candidate against every other)
@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case, diacritics removed, đ -> d; NFC and NFD input fold alike; a non-breaking space is a space
    (each one character for one, so a word's place in the folded text is unchanged)."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", stripped).replace("đ", "d").translate(_NO_BREAK)


_NO_BREAK = str.maketrans({"\u00a0": " ", "\u202f": " "})


def slug(text: str) -> str:
    """Readable IRI segment: 'Ngô Anh Tín' -> 'ngo-anh-tin', '36/2016/NĐ-CP' -> '36-2016-nd-cp'."""
    return _NON_ALNUM.sub("-", fold(text)).strip("-")


__all__ = ["collapse_spaces", "fold", "nfc", "slug"]
