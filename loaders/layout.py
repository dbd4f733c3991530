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
    """The multi-column lines with only their left-hand cells, and with only their right-hand
    cells, each followed by the next line; all else blank; [] when no line has two columns."""
    lines = text.split("\n")
    cells = [list(_CELL.finditer(line)) for line in lines]
    if not any(len(row) > 1 for row in cells):
        return []
    views = []
    for keep_first in (True, False):
        out = []
        for index, (line, row) in enumerate(zip(lines, cells)):
            if len(row) < 2:
                # the line under a two-column line may end a name begun there; prose further away
                # is blanked too, since only names broken inside a column are read from a view
                near = index > 0 and len(cells[index - 1]) > 1
                out.append(line if near else " " * len(line))
                continue
            kept = row[:1] if keep_first else row[1:]
            chars = [" " if not ch.isspace() else ch for ch in line]
            for cell in kept:
                chars[cell.start():cell.end()] = line[cell.start():cell.end()]
            out.append("".join(chars))
        views.append("\n".join(out))
    return views


def view_regions(view: str) -> list[tuple[int, int]]:
    """The stretches of a view that are not blank: where names may be read from it."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^ \n]+(?:[ \n]+[^ \n]+)*", view)]


def cells_between(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each cell of ``view`` inside [start, end): a column's own text."""
    return [(cell.start(), cell.end()) for cell in _CELL.finditer(view, start, end)]


__all__ = ["cells_between", "column_views", "view_regions"]
