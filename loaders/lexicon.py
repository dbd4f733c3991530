"""Vietnamese words of several syllables, from Ho Ngoc Duc's dictionary (74K entries, as shipped
by underthesea, Apache-2.0; the list is a data file inside the wheel, so it works offline).

Vietnamese writes a word of two or three syllables as separate tokens ('kỹ sư', 'giao dịch',
'phó giáo sư'), so where a word ends cannot be read off the spaces: ``compound_at`` looks it up.
Only entries written in lower case are kept (common words, not names of people or places).

Two spellings place the tone mark differently on 'oa', 'oe', 'uy' ('hóa'/'hoá', 'thủy'/'thuỷ'):
the dictionary uses one, official texts mostly the other. Words are compared by a key that
moves every tone mark to the end of its syllable, so both spellings meet.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

# The five tone marks as combining characters (grave, acute, tilde, hook above, dot below).
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


def syllable_key(syllable: str) -> str:
    """Lower case, NFC, tone mark moved to the end: 'Hóa' and 'hoá' give the same key."""
    decomposed = unicodedata.normalize("NFD", syllable.lower())
    tones = "".join(ch for ch in decomposed if ch in _TONES)
    bare = "".join(ch for ch in decomposed if ch not in _TONES)
    return unicodedata.normalize("NFC", bare) + tones


def phrase_key(words: Iterable[str]) -> str:
    return " ".join(syllable_key(w) for w in words)


@lru_cache(maxsize=1)
def words() -> frozenset[str]:
    """Keys of the dictionary's lower-case entries of two or more syllables (loaded on first use)."""
    from underthesea.corpus import viet_dict_74K   # imported here: about 0.3 s, paid only when needed

    return frozenset(phrase_key(entry.split()) for entry in viet_dict_74K.words
                     if " " in entry and entry == entry.lower() and "-" not in entry)


def compound_at(words_: Sequence[str], max_syllables: int = 3, *, extra: Iterable[str] = ()) -> int:
    """How many of ``words_`` (from the first) form one word: the longest dictionary entry of at
    most ``max_syllables`` syllables, or the longest phrase of ``extra`` (any length). 1 when the
    first word stands alone; 0 for no words."""
    if not words_:
        return 0
    lexicon = words()
    extras, longest_extra = _extra_keys(frozenset(extra))
    for n in range(min(len(words_), max(max_syllables, longest_extra)), 1, -1):
        key = phrase_key(words_[:n])
        if key in extras or (n <= max_syllables and key in lexicon):
            return n
    return 1


@lru_cache(maxsize=16)
def _extra_keys(extra: frozenset[str]) -> tuple[frozenset[str], int]:
    keys = frozenset(phrase_key(p.split()) for p in extra)
    return keys, max((k.count(" ") + 1 for k in keys), default=0)


__all__ = ["compound_at", "phrase_key", "syllable_key", "words"]
