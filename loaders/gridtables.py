"""Tables a text export laid out as a grid of spaces ('pdftotext -layout'): the columns stand at fixed
character positions and each cell wraps onto the lines below, in its own column.

    TT  Tên nhiệm vụ              Tổ chức chủ trì      Thời gian   Kinh phí
                                                       (tháng)     từ NSNN
    1   Nghiên cứu quy trình      Trường Đại học       24          1.450
        nuôi tôm thẻ chân trắng   Bạc Liêu

Read line by line, such a row mixes the columns ('tôm thẻ chân trắng   Bạc Liêu'). Here every piece of
text is put in the column whose start is at or left of it, a line whose index column holds the next
row number opens a row, and the pieces of one column are joined down the row. The header's labels
are read the same way. ``views`` gives one text per column with all else blanked (offsets kept), so a
name wrapped inside a cell reads whole; ``amounts`` gives the money column's numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from vnst.loaders.tables import INDEX_HEADER, MONEY_COLUMN, MONEY_LABEL, RULING, UNIT_LINE, TableNumber

# a piece of a line: words at most one space apart; two spaces or more, or a tab, part two columns
_PIECE = re.compile(r"[^ \t\u00a0\n]+(?: [^ \t\u00a0\n]+)*")
_ROW_NUMBER = re.compile(r"(?P<n>\d{1,3})\.?")
_GROUP_NUMBER = re.compile(r"(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\.?|[A-D]\.?")   # a group of rows' heading
_TOTAL = re.compile(r"(?i:tổng\s+cộng|tổng\s+số|cộng)\b")
_AMOUNT = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
_PAGE_LINE = re.compile(r"|\d{1,3}|-*\s*(?i:trang)\s*\d{1,3}\s*-*")   # blank, a page number, '-- Trang 2 --'
# a column's unit in brackets at its label's end: a measure or a counted noun of one or two words
_COUNTED_LABEL = re.compile(r"\((?P<unit>ha|m2|km|km2|tấn|kg|hộ|người|lượt|doanh\s+nghiệp|nhiệm\s+vụ|sản\s+phẩm|mô\s+hình)\)\s*$",
                            re.I)
_PIPE_ROW = re.compile(r"[ \t]*\|.*\|[ \t]*$")
_SLACK = 2              # a piece may start this far left of its column (a right-aligned number, a ragged cut)
_MAX_HEADER_LINES = 5


@dataclass
class GridTable:
    starts: list[int]                              # each column's first character position in a line
    labels: list[str]
    span: tuple[int, int]                          # from the header's first line to the last row's end
    rows: list[list[list[tuple[int, str]]]] = field(default_factory=list)   # row -> column -> pieces (offset, text)
    numbers: list[tuple[int, str]] = field(default_factory=list)   # each row's number (offset, text)
    unit_line: str | None = None                   # 'Đơn vị tính: triệu đồng' above the header
    total: list[list[tuple[int, str]]] = field(default_factory=list)   # the total line's pieces, by column

    @property
    def wrapped(self) -> bool:
        """Some cell runs onto a second line: reading the table line by line would mix its columns."""
        return any(len(pieces) > 1 for row in self.rows for pieces in row)

    def cell(self, row: int, column: int) -> str:
        return " ".join(text for _, text in self.rows[row][column])


@lru_cache(maxsize=4)   # orgs, places and figures each read the same text's grids
def grid_tables(text: str) -> tuple[GridTable, ...]:
    lines = _lines(text)
    tables: list[GridTable] = []
    n = 0
    while n < len(lines):
        reader = _pipe_table_at if _PIPE_ROW.match(lines[n][1]) else _table_at
        table, n = reader(text, lines, n)
        if table is not None:
            tables.append(table)
    return tuple(tables)


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append((pos, raw))
        pos += len(raw) + 1
    return out


def _pieces(line: str) -> list[re.Match[str]]:
    return list(_PIECE.finditer(line))


def _table_at(text: str, lines: list[tuple[int, str]], n: int) -> tuple[GridTable | None, int]:
    """The table whose header opens at line ``n``, and the line after it (``n + 1`` when none does)."""
    pos, line = lines[n]
    head = _pieces(line)
    if len(head) < 3 or not INDEX_HEADER.fullmatch(head[0].group(0)) or head[0].start() > 4:
        return None, n + 1
    starts = [p.start() for p in head]
    labels = [[p.group(0)] for p in head]
    k = n + 1
    while k < len(lines) and k - n <= _MAX_HEADER_LINES:
        pieces = _pieces(lines[k][1])
        if not pieces or _ROW_NUMBER.fullmatch(pieces[0].group(0)) and pieces[0].start() < starts[1] - _SLACK:
            break
        for p in pieces:
            labels[_column(starts, p.start())].append(p.group(0))
        k += 1
    if k >= len(lines) or not _pieces(lines[k][1]) or not _ROW_NUMBER.fullmatch(_pieces(lines[k][1])[0].group(0)):
        return None, n + 1
    above = " ".join(raw for _, raw in lines[max(0, n - 2):n])
    unit = UNIT_LINE.search(above)
    table = GridTable(starts, [" ".join(words) for words in labels], (pos, pos), unit_line=unit.group(0) if unit else None)
    while k < len(lines):
        line_pos, raw = lines[k]
        pieces = _pieces(raw)
        if pieces and any(_TOTAL.match(p.group(0)) for p in pieces):
            # ('Tổng cộng   7.762,5', 'Cộng   1.805   1.505   3.970,5'): the totals under their columns end the table
            table.total = [[] for _ in starts]
            for p in pieces:
                table.total[_column(starts, p.start())].append((line_pos + p.start(), p.group(0)))
            table.span = (pos, line_pos + len(raw))
            break
        if not pieces:
            break
        first = pieces[0]
        opens = first.start() < starts[1] - _SLACK
        number = _ROW_NUMBER.fullmatch(first.group(0)) if opens else None
        if opens and (number is None or int(number.group("n")) != len(table.rows) + 1):
            break   # prose at the margin: the table has ended
        if number is not None:
            table.rows.append([[] for _ in starts])
            table.numbers.append((line_pos + first.start(), first.group(0)))
            pieces = pieces[1:]
        for p in pieces:
            table.rows[-1][_column(starts, p.start())].append((line_pos + p.start(), p.group(0)))
        table.span = (pos, line_pos + len(raw))
        k += 1
    return table, k


def _pipe_cells(line: str) -> list[tuple[int, str]]:
    """The cells of a pipe row ('| 1 | Xây dựng ... | Sở KH&CN |'), each (offset of its text, text), an
    empty cell as (offset, '')."""
    bars = [m.start() for m in re.finditer(r"\|", line)]
    cells = []
    for left, right in zip(bars, bars[1:]):
        raw = line[left + 1:right]
        cells.append((left + 1 + len(raw) - len(raw.lstrip()), raw.strip()))
    return cells


def _pipe_table_at(text: str, lines: list[tuple[int, str]], n: int) -> tuple[GridTable | None, int]:
    """A table a word processor exported with pipes ('| TT | Nội dung | Đơn vị chủ trì | ... |'): its columns
    are the cells between the pipes, and a row whose number cell is empty goes on with the row above
    ('|   | dược liệu tỉnh Khánh Hòa |  | Trang |'), a cell wrapped onto the next table line."""
    pos, line = lines[n]
    head = _pipe_cells(line)
    if len(head) < 3 or not INDEX_HEADER.fullmatch(head[0][1]):
        return None, n + 1
    table = GridTable([start for start, _ in head], [label for _, label in head], (pos, pos))
    above = " ".join(raw for _, raw in lines[max(0, n - 2):n])
    unit = UNIT_LINE.search(above)
    table.unit_line = unit.group(0) if unit else None
    k = n + 1
    while k < len(lines):
        if not _PIPE_ROW.match(lines[k][1]):
            k = _past_page_break(lines, k, len(table.rows) + 1)
            if k >= len(lines) or not _PIPE_ROW.match(lines[k][1]):
                break
        line_pos, raw = lines[k]
        cells = _pipe_cells(raw)
        k += 1
        if not cells or all(RULING.fullmatch(cell) or not cell for _, cell in cells):
            continue   # the ruling under the header
        if _GROUP_NUMBER.fullmatch(cells[0][1]):
            continue   # a group's heading between numbered rows ('| II | LĨNH VỰC Y TẾ | | |'): the rows go on under it
        number = _ROW_NUMBER.fullmatch(cells[0][1])
        if any(_TOTAL.match(cell) for _, cell in cells):
            break   # '|   | Tổng cộng | ... |': the totals under the numbered rows
        if number is None and not cells[0][1] and not table.rows:
            # the header's labels wrapped onto a line of their own ('| Kinh phí hỗ trợ |' / '| (triệu đồng) |')
            table.labels = [f"{label} {cell}".strip() for label, (_, cell) in zip(table.labels, cells)] + table.labels[len(cells):]
            continue
        if number is not None and int(number.group("n")) == len(table.rows) + 1:
            table.rows.append([[] for _ in head])
            table.numbers.append((line_pos + cells[0][0], cells[0][1]))
        elif cells[0][1] or not table.rows:
            break   # a group's heading ('| I | ...'), a row of totals: the numbered rows are over
        for column, (start, cell) in enumerate(cells[1:len(head)], start=1):
            if cell:
                table.rows[-1][column].append((line_pos + start, cell))
        table.span = (pos, line_pos + len(raw))
    return (table if table.rows else None), k


def _past_page_break(lines: list[tuple[int, str]], k: int, next_row: int) -> int:
    """The line after a page break inside a table ('' / '3' / '' or '-- Trang 2 --') when the table goes
    on there with its next row; ``k`` itself when it does not."""
    j = k
    while j < len(lines) and j - k < 5 and _PAGE_LINE.fullmatch(lines[j][1].strip()):
        j += 1
    # (the next page may repeat the header and its ruling, and open with a group's heading)
    while j < len(lines) and _PIPE_ROW.match(lines[j][1]) and _opens_a_page(_pipe_cells(lines[j][1])):
        j += 1
    cells = _pipe_cells(lines[j][1]) if j < len(lines) and _PIPE_ROW.match(lines[j][1]) else []
    return j if cells and cells[0][1] == str(next_row) else k


def _opens_a_page(cells: list[tuple[int, str]]) -> bool:
    """The header repeated on a table's next page, its ruling, or a group's heading."""
    first = cells[0][1] if cells else ""
    return bool(first) and bool(INDEX_HEADER.fullmatch(first) or RULING.fullmatch(first) or _GROUP_NUMBER.fullmatch(first))


def _column(starts: list[int], at: int) -> int:
    return max((c for c, s in enumerate(starts) if s <= at + _SLACK), default=0)


@lru_cache(maxsize=4)   # orgs, places and figures each read the same text's views
def views(text: str) -> tuple[str, ...]:
    """One view per column of each wrapped grid table: the column's pieces kept, and the row numbers, which
    part one row's cell from the next row's; everything else blank."""
    out = []
    for table in grid_tables(text):
        if not table.wrapped:
            continue
        for column in range(1, len(table.starts)):
            chars = [ch if ch == "\n" else " " for ch in text]
            for start, piece in table.numbers + [p for row in table.rows for p in row[column]]:
                chars[start:start + len(piece)] = piece
            out.append("".join(chars))
    return tuple(out)


def wrapped_spans(text: str) -> list[tuple[int, int]]:
    """Where the wrapped grid tables stand: read line by line, their rows mix the columns' words."""
    return [table.span for table in grid_tables(text) if table.wrapped]


def row_numbers(text: str) -> list[tuple[int, int]]:
    """The spans of the row numbers the views keep: they count nothing."""
    return [(start, start + len(number)) for table in grid_tables(text) if table.wrapped
            for start, number in table.numbers]


def amounts(text: str) -> tuple[list[TableNumber], list[tuple[int, int]]]:
    """The amounts in each money column (in a stated unit) of each wrapped grid table, and the spans of
    those tables (read here, so not read again line by line). A table whose rows each stand on one line
    is left to the readers of such lines."""
    found: list[TableNumber] = []
    used: list[tuple[int, int]] = []
    for table in grid_tables(text):
        if not table.wrapped:
            continue
        used.append(table.span)
        for column, label in enumerate(table.labels):
            # a column in money: its label states the unit, or names money under the table's stated unit
            unit = MONEY_COLUMN.search(label) or (UNIT_LINE.search(table.unit_line) if table.unit_line
                                                 and MONEY_LABEL.search(label) else None)
            # (or a column of counts or measures its label names in brackets: 'Diện tích ứng dụng (ha)', '... (hộ)')
            counted = _COUNTED_LABEL.search(label) if unit is None else None
            if unit is None and counted is None:
                continue
            for row in table.rows + ([table.total] if table.total else []):
                pieces = row[column]
                if len(pieces) == 1 and _AMOUNT.fullmatch(pieces[0][1]):
                    start, written = pieces[0]
                    found.append(TableNumber(start, start + len(written), written, "đồng",
                                             unit.group("mult") and unit.group("mult").lower()) if unit else
                                 TableNumber(start, start + len(written), written, counted.group("unit").lower(), None))
    return found, used


__all__ = ["GridTable", "amounts", "grid_tables", "row_numbers", "views", "wrapped_spans"]
