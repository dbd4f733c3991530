"""The comparable form of Vietnamese text for search: folded, abbreviations expanded.

People type "so khcn" for "Sở Khoa học và Công nghệ" and "tp can tho" for
"thành phố Cần Thơ", and the documents themselves mix "KH&CN", "KH - CN" and
the full words. Both the query and the indexed text are brought to one
canonical form: ``vnst.textnorm.fold`` (which maps đ to d), the common
administrative abbreviations written out, punctuation turned to single spaces.
``canonical_with_offsets`` also keeps, for every character of that form, the
position it came from, so a match in a long source text can be quoted back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vnst.textnorm import fold, nfc

# Folded abbreviation -> folded expansion. Written the way the documents and
# people write them; the pattern allows spaces around '&' and '-' ("KH - CN").
ABBREVIATIONS: dict[str, str] = {
    r"kh\s*(?:&|-|va)\s*cn": "khoa hoc va cong nghe",
    r"khcn": "khoa hoc va cong nghe",
    r"kh\s*,\s*cn\s*&\s*dmst": "khoa hoc cong nghe va doi moi sang tao",
    r"dmst": "doi moi sang tao",
    r"ubnd": "uy ban nhan dan",
    r"hdnd": "hoi dong nhan dan",
    r"tp\.?": "thanh pho",
    r"dbscl": "dong bang song cuu long",
    r"nd\s*-\s*cp": "nghi dinh chinh phu",
    r"nq": "nghi quyet",
    r"qd": "quyet dinh",
    r"nd": "nghi dinh",
    r"gs\.?\s*ts\.?": "giao su tien si",
    r"pgs\.?\s*ts\.?": "pho giao su tien si",
    r"ths\.?": "thac si",
}
_ABBREVIATION = re.compile(
    r"(?<![a-z0-9])(?:" + "|".join(f"({pattern})" for pattern in ABBREVIATIONS) + r")(?![a-z0-9])")
_EXPANSIONS = list(ABBREVIATIONS.values())
_NOT_WORD = re.compile(r"[^a-z0-9]+")


def _expand(match: re.Match[str]) -> str:
    for index, expansion in enumerate(_EXPANSIONS, start=1):
        if match.group(index) is not None:
            return f" {expansion} "
    return match.group(0)  # pragma: no cover - one group always matches


def canonical(text: str) -> str:
    """Folded, abbreviations written out, words separated by one space."""
    expanded = _ABBREVIATION.sub(_expand, fold(nfc(text)))
    return _NOT_WORD.sub(" ", expanded).strip()


@dataclass(frozen=True)
class MappedText:
    """A canonical form with, for each of its characters, the index in the NFC original."""

    text: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The NFC-original span of canonical ``text[start:end]``."""
        return self.origin[start], self.origin[end - 1] + 1


def canonical_with_offsets(text: str) -> MappedText:
    original = nfc(text)
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(original):
        for part in fold(char):
            folded.append(part)
            origin.append(index)
    flat = "".join(folded)
    out: list[str] = []
    out_origin: list[int] = []

    def emit(chunk: str, source: int) -> None:
        for char in chunk:
            if not ("a" <= char <= "z" or "0" <= char <= "9"):
                char = " "
            if char == " " and (not out or out[-1] == " "):
                continue
            out.append(char)
            out_origin.append(source)

    position = 0
    for match in _ABBREVIATION.finditer(flat):
        for offset in range(position, match.start()):
            emit(flat[offset], origin[offset])
        expansion = _expand(match)
        # Characters of an expansion all point at the abbreviation's first and
        # last characters, so a quoted span covers the abbreviation as written.
        last = origin[match.end() - 1] if match.end() > match.start() else origin[match.start()]
        for offset, char in enumerate(expansion):
            emit(char, origin[match.start()] if offset < len(expansion) // 2 else last)
        position = match.end()
    for offset in range(position, len(flat)):
        emit(flat[offset], origin[offset])
    while out and out[-1] == " ":
        out.pop()
        out_origin.pop()
    return MappedText("".join(out), tuple(out_origin))


def find_phrase(haystack: str, needle: str) -> int:
    """Index of ``needle`` in ``haystack`` starting at a word boundary, or -1."""
    if not needle:
        return -1
    at = haystack.find(needle)
    while at != -1:
        if at == 0 or haystack[at - 1] == " ":
            return at
        at = haystack.find(needle, at + 1)
    return -1


def has_all_words(haystack: str, words: list[str]) -> bool:
    """Every word of the query starts a word of the text (any order)."""
    padded = " " + haystack
    return all(f" {word}" in padded for word in words)


__all__ = ["ABBREVIATIONS", "MappedText", "canonical", "canonical_with_offsets", "find_phrase",
           "has_all_words"]
