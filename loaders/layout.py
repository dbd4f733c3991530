"""Two-column layouts flattened by PDF extraction, read one column at a time.

A header or a pair of signature blocks printed side by side comes out as one line per
row: 'VIỆN HÀN LÂM KHOA HỌC     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' over 'VÀ CÔNG NGHỆ
VIỆT NAM -     Độc lập - Tự do - Hạnh phúc'. A name broken inside its column is then
split by the other column's text. A view keeps one column of every such line and
blanks the others with spaces, so offsets into a view are offsets into the text."""

from __future__ import annotations

import re

# a cell: text whose words are at most two spaces apart; three or more, or a tab, separate columns
_CELL = re.compile(r"[^ \t\u00a0\n]+(?:[ \u00a0]{1,2}[^ \t\u00a0\n]+)*")
_MAX_COLUMNS = 4


def column_views(text: str) -> list[str]:
    """One view per column of the multi-column lines (the k-th cell of each such line, three or
    four blocks side by side as well as two), each followed by the next line; all else blank;
    [] when no line has two columns."""
    lines = text.split("\n")
    cells = [list(_CELL.finditer(line)) for line in lines]
    columns = min(_MAX_COLUMNS, max(len(row) for row in cells))
    if columns < 2:
        return []
    views = []
    for column in range(columns):
        out = []
        for index, (line, row) in enumerate(zip(lines, cells)):
            if len(row) < 2:
                # the line under a two-column line may end a name begun there, in the column it is
                # printed under; prose further away is blanked too, since only names broken inside
                # a column are read from a view
                near = index > 0 and len(cells[index - 1]) > 1 and len(row) == 1 \
                    and min(_column_under(cells[index - 1], row[0].start()), columns - 1) == column
                out.append(line if near else " " * len(line))
                continue
            # the last view takes every cell from its column on: a line with more cells than
            # the blocks above it (a wide gap inside one cell) keeps them together
            kept = row[column:column + 1] if column < columns - 1 else row[column:]
            chars = [" " if not ch.isspace() else ch for ch in line]
            for cell in kept:
                chars[cell.start():cell.end()] = line[cell.start():cell.end()]
            out.append("".join(chars))
        views.append("\n".join(out))
    return views


def _column_under(above: list[re.Match[str]], start: int) -> int:
    """The index of the cell of the line above whose start is nearest ``start``."""
    return min(range(len(above)), key=lambda k: abs(above[k].start() - start))


def view_regions(view: str) -> list[tuple[int, int]]:
    """The stretches of a view that are not blank: where names may be read from it."""
    # a blank line (or a blanked one) ends a stretch: a name does not run on across it
    return [(m.start(), m.end()) for m in re.finditer(r"[^ \n]+(?:(?: +| *\n *)[^ \n]+)*", view)]


def cells_between(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each cell of ``view`` inside [start, end): a column's own text."""
    return [(cell.start(), cell.end()) for cell in _CELL.finditer(view, start, end)]


__all__ = ["cells_between", "column_views", "view_regions"]
