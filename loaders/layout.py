"""Two-column layouts flattened by PDF extraction, read one column at a time.

A header or a pair of signature blocks printed side by side comes out as one line per
row: 'VIỆN HÀN LÂM KHOA HỌC     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' over 'VÀ CÔNG NGHỆ
VIỆT NAM -     Độc lập - Tự do - Hạnh phúc'. A name broken inside its column is then
split by the other column's text. A view keeps one column of every such line and
blanks the others with spaces, so offsets into a view are offsets into the text."""

from __future__ import annotations

import re

# a cell: text whose words are at most two spaces apart; three or more separate columns
_CELL = re.compile(r"[^ \t\u00a0\n]+(?:[ \t\u00a0]{1,2}[^ \t\u00a0\n]+)*")


def column_views(text: str) -> list[str]:
    """The text with only the left-hand cells of multi-column lines, and with only their
    right-hand cells; [] when no line has two columns."""
    lines = text.split("\n")
    cells = [list(_CELL.finditer(line)) for line in lines]
    if not any(len(row) > 1 for row in cells):
        return []
    views = []
    for keep_first in (True, False):
        out = []
        for line, row in zip(lines, cells):
            if len(row) < 2:
                out.append(line)
                continue
            kept = row[:1] if keep_first else row[1:]
            chars = [" " if not ch.isspace() else ch for ch in line]
            for cell in kept:
                chars[cell.start():cell.end()] = line[cell.start():cell.end()]
            out.append("".join(chars))
        views.append("\n".join(out))
    return views


def cells_between(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each cell of ``view`` inside [start, end): a column's own text."""
    return [(cell.start(), cell.end()) for cell in _CELL.finditer(view, start, end)]


__all__ = ["cells_between", "column_views"]
