"""Page breaks inside a sentence, seen through.

A PDF turned into text breaks a page wherever it falls, also inside a name: 'các huyện Tân Uyên, Tam'
/ '' / '2' / 'Biên bản ghi nhớ hợp tác giữa ... (the running header)' / '' / 'Đường, Than Uyên; ...'.
``joined`` gives the text with each such break (the blank lines, the page number and the running
header between the two halves of a sentence) turned into one line break and blanks, same length, so
that offsets still index the source and a name read across it reads whole. Only a break between a
line that does not end its sentence and a line that goes on with it is joined."""

from __future__ import annotations

import re
from functools import lru_cache

# the page's furniture between two blank lines: a page number ('2', '- 2 -', 'Trang 2', '2/5'), maybe with
# a running header just under or over it
_PAGE_NUMBER = r"[ \t]*[-–—]*[ \t]*(?:(?i:trang)[ \t]*)?\d{1,3}(?:[ \t]*/[ \t]*\d{1,3})?[ \t]*[-–—]*[ \t]*"
_HEADER = r"[ \t]*[^\n.;:]{12,160}[ \t]*"
_BREAK = re.compile(r"(?<=[^\s.;:!?])[ \t]*\n(?:[ \t]*\n)+(?:" + _PAGE_NUMBER + r"(?:\n" + _HEADER + r")?|" + _HEADER
                    + r"\n" + _PAGE_NUMBER + r"|\f)\n(?:[ \t]*\n)+[ \t]*(?=\S)")


@lru_cache(maxsize=4)   # places and organisations read the same text's breaks
def breaks(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of the page breaks inside a sentence: from the end of the page's last word to the
    next page's first."""
    found = []
    for m in _BREAK.finditer(text):
        after = text[m.end():m.end() + 1]
        if after.islower() or after.isupper() and _continues(text, m.start()):
            found.append((m.start(), m.end()))
    return tuple(found)


@lru_cache(maxsize=4)
def joined(text: str) -> str:
    """``text`` with each page break inside a sentence made one line break (same length)."""
    out, pos = [], 0
    for start, end in breaks(text):
        out += [text[pos:start], "\n" + " " * (end - start - 1)]
        pos = end
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def _continues(text: str, at: int) -> bool:
    """Whether the line that ends at ``at`` may stop inside a name: its last word is capitalised ('..., Tam')."""
    words = text[text.rfind("\n", 0, at) + 1:at].split()
    return bool(words) and words[-1][:1].isupper() and not words[-1].isupper()


# a page's running header or footer, printed on every page ('qlvb.quangbinh.gov.vn - Văn bản đi số 1245/UBND-KT'),
# with the page number on the line below or above it, and no blank line around them
_LINE = re.compile(r"^[^\n]*$", re.M)
_PAGE_NUMBER_LINE = re.compile(_PAGE_NUMBER)
# what marks a line as the page's and not the text's (a table's cell repeats too, beside its row numbers): a web
# address, the document's number in a records system's stamp, or the word for page
_FURNITURE = re.compile(r"(?i:https?://|www\.|[\w-]+\.(?:gov\.vn|edu\.vn|org\.vn|com\.vn|vn)\b|\d+/[A-ZĐ][\wĐ]*-[A-ZĐ]|trang)")


def without_running_lines(text: str) -> str:
    """``text`` with each running header or footer and its page number blanked (same length): a line
    written twice or more, of 12 to 160 characters, that a web address, a document number or 'Trang' marks as
    the page's, beside a line that holds only a page number. What
    a page break cut (a table's row, a clause's sentence) then reads on across it."""
    lines = [(m.start(), m.end(), m.group(0).strip()) for m in _LINE.finditer(text)]
    counts: dict[str, int] = {}
    for _, _, line in lines:
        if 12 <= len(line) <= 160 and _FURNITURE.search(line):
            counts[line] = counts.get(line, 0) + 1
    spans = []
    for index, (start, end, line) in enumerate(lines):
        if counts.get(line, 0) < 2:
            continue
        for other in (index - 1, index + 1):
            if 0 <= other < len(lines) and lines[other][2] and _PAGE_NUMBER_LINE.fullmatch(lines[other][2]):
                first, last = min(index, other), max(index, other)
                spans.append((lines[first][0], min(len(text), lines[last][1] + 1)))
                break
    if not spans:
        return text
    out, pos = [], 0
    for start, end in sorted(spans):
        if start < pos:
            continue
        out += [text[pos:start], " " * (end - start)]
        pos = end
    out.append(text[pos:])
    return "".join(out)


__all__ = ["breaks", "joined", "without_running_lines"]
