"""Header lines typed without diacritics ('UBND TINH BAC LIEU' / 'SO KHOA HOC VA CONG NGHE'), as old word
processors and some scanners give them: the words of bodies and places every province has, and the provinces'
names, are given back their diacritics, letter for letter, so the name readers read them as the other headers.
Only a line (or a column's cell of one) in capitals with no Vietnamese letter, all of whose words are the phrases
known here or abbreviations ('UBND'), is touched: an English line of a bilingual text is not."""

from __future__ import annotations

import re
from functools import lru_cache

from vnst.loaders.bodies import department_sectors, national_bodies, provincial_units
from vnst.loaders.places import provinces
from vnst.loaders.vietnamese import abbreviations
from vnst.textnorm import fold

# the words of an issuing header that are no body's or province's name
_HEADER_WORDS = ("Ủy ban nhân dân", "Hội đồng nhân dân", "Tỉnh ủy", "Thành ủy", "Ban Thường vụ", "Ban Chấp hành", "Đảng bộ",
                 # ('SO' and 'XA' alone are left: 'SO:' opens a document's number line)
                 "tỉnh", "thành phố", "huyện", "thị xã", "phường", "Cộng hòa xã hội chủ nghĩa Việt Nam",
                 "Độc lập - Tự do - Hạnh phúc")
# a cell of a header line (two columns flattened onto one line stand three spaces or more apart), in capitals, with
# no Vietnamese letter
_CELL = re.compile(r"[^ \t\n]+(?:[ \t]{1,2}[^ \t\n]+)*")
_ASCII_CAPS = re.compile(r"(?=[^\n]*[A-Z]{2})[A-Z0-9 \t&.,:;/()\-]+")
_WORD = re.compile(r"[A-Z]+")


@lru_cache(maxsize=1)
def _phrases() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Folded words -> the same words in capitals with their diacritics, for every known phrase."""
    sectors = {b.sector for b in national_bodies() if b.sector} | set(department_sectors())
    names = [*_HEADER_WORDS, *(u.name for u in provincial_units()), *(b.name for b in national_bodies()),
             *(f"Sở {s}" for s in sectors), *(p.name for p in provinces().values())]
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for name in names:
        words = tuple(re.findall(r"[^\W\d_]+", name.upper()))
        if words and all(len(fold(w)) == len(w) for w in words):
            out.setdefault(tuple(fold(w) for w in words), words)
    return out


def reaccented(text: str) -> str:
    """``text`` with its unaccented capital header lines given their diacritics where a known phrase is read,
    each word the same length as written, so every offset still points into the text."""
    phrases = _phrases()
    longest = max((len(k) for k in phrases), default=0)
    out = list(text)
    keep = abbreviations()
    for line in _CELL.finditer(text):
        if not _ASCII_CAPS.fullmatch(line.group(0)):
            continue
        words = list(_WORD.finditer(line.group(0)))
        changes, i = [], 0
        while i < len(words):
            for n in range(min(longest, len(words) - i), 0, -1):
                key = tuple(w.group(0).lower() for w in words[i:i + n])
                # (the words of a phrase stand a single space apart, or a dash and spaces: one name, not two cells)
                gaps = [line.group(0)[words[k].end():words[k + 1].start()] for k in range(i, i + n - 1)]
                if key in phrases and all(re.fullmatch(r" | - ", g) for g in gaps):
                    changes += [(w, accented) for w, accented in zip(words[i:i + n], phrases[key])]
                    i += n
                    break
            else:
                if words[i].group(0) not in keep:
                    break   # (a word of no known phrase nor an abbreviation: English, or a title; the cell is left)
                i += 1
        else:
            for w, accented in changes:
                out[line.start() + w.start():line.start() + w.end()] = accented
    return "".join(out)


__all__ = ["reaccented"]
