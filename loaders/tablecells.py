"""The cells of a table's line as a text export leaves them: joined by runs of spaces or tabs ('1    30 ha    2.400'),
the row-number column perhaps two spaces from the next, and a row's cells run together where a column is narrow,
cut again where the header's columns begin."""

from __future__ import annotations

import re
from dataclasses import dataclass

# a table laid out with runs of spaces between its columns, as a text export of a grid gives it
SPACED_GAP = re.compile(r" {3,}|\t+")
_NEAR_COLUMN = 6   # how far past its column's start a cell of a space-aligned row may begin
_INDEX_CELL = re.compile(r"[ \t]*(?:S?TT|\d{1,3}\.?)(?P<gap> {2})(?=\S)")


@dataclass(frozen=True)
class Cell:
    """One line of a flattened table: a cell, or the part of a wrapped cell on that line."""
    start: int
    text: str               # stripped
    opens_row: bool = False  # the first cell of a line that holds a whole row (cells split by pipes or spaces)
    column: int = -1         # on a line whose cells tabs part: the tabs before it, its column (else -1)

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def aligned(cells: list[Cell], raw: str, pos: int, header: list[int]) -> list[Cell]:
    """A row whose cells ran together where a column is narrow ('... đổi mới công nghệ  doanh nghiệp'): a cell cut
    at a gap of two spaces near where a column of the header above begins (a label may run a little past it)."""
    out = []
    for cell in cells:
        start = cell.start - pos
        end = start + len(cell.text)
        gaps = [g for g in range(start + 2, end) if raw[g - 2:g] == "  " and raw[g] != " "]
        cuts = sorted({min(near, key=lambda g: abs(g - o)) for o in header
                       if (near := [g for g in gaps if abs(g - o) <= _NEAR_COLUMN])})
        for a, b in zip([start, *cuts], [*cuts, start + len(cell.text)]):
            out.append(Cell(pos + a, raw[a:b].strip(), opens_row=cell.opens_row and a == start, column=cell.column))
    return out


def spaced_cells(raw: str, pos: int) -> list[Cell]:
    """The cells of a line whose columns runs of spaces keep apart ('1    30 ha    45 hộ    2.400'); the row-number
    column may stand two spaces from the next ('TT  Chỉ tiêu    Đơn vị tính ...')."""
    cells, start = [], len(raw) - len(raw.lstrip())
    index = _INDEX_CELL.match(raw)
    gaps = ([index.span("gap")] if index else []) + [g.span() for g in SPACED_GAP.finditer(raw, index.end() if index else start)]
    for gap in [*gaps, None]:
        end = gap[0] if gap else len(raw.rstrip())
        if end > start:
            cells.append(Cell(pos + start, raw[start:end].replace("\u00a0", " ").strip(), opens_row=not cells,
                              column=raw.count("\t", 0, start) if "\t" in raw else -1))
        if gap:
            start = gap[1]
    return cells


# a column that counts a noun ('Số nhiệm vụ', 'Số doanh nghiệp'), not a quantity or an amount ('Số lượng', 'Số tiền')
COUNT_COLUMN = re.compile(r"(?i:số)\s+(?!(?i:lượng|tiền|liệu|TT|thứ)\b)(?P<noun>[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+){0,3})")
_OF_WHICH = re.compile(r"(?i:trong\s+đó)\s*:?(?:\s|$)")


def of_which_counts(columns: list[str]) -> list[str]:
    """A column of part of the count before it ('Số nhiệm vụ thực hiện' | 'Trong đó: nghiệm thu') counts the same noun."""
    return [columns[n - 1] if n and _OF_WHICH.match(c) and COUNT_COLUMN.fullmatch(columns[n - 1]) else c
            for n, c in enumerate(columns)]


__all__ = ["COUNT_COLUMN", "SPACED_GAP", "Cell", "aligned", "of_which_counts", "spaced_cells"]
