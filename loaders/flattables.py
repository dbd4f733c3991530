"""Tables flattened by a PDF converter that joins a line's cells with single spaces: the header on one
line ('TT Tên nhiệm vụ Cơ quan chủ trì Kinh phí' / '(triệu đồng)' / 'Tình trạng'), each row opening
with its number and first words ('1 Nghiên cứu ứng dụng ...'), wrapped cells on lines of their own, and
the amount somewhere inside a line ('Viện Chăn nuôi 2.760 Đang thực' / 'hiện').

No cell border survives, so only what the header makes sure is read: a table with exactly one money
column and no other column of numbers gives, for each row, the last number standing as a cell of its
own (at a line's start or end, or before a capital that opens the next cell)."""

from __future__ import annotations

import re

from vnst.loaders.tables import MONEY_COLUMN, MONEY_LABEL, TableNumber
from vnst.loaders.vietnamese import UPPER

_HEADER = re.compile(r"^[ \t]*S?TT\.?[ \t]+(?P<labels>[" + UPPER + r"][^\n|\t]{8,120})$", re.M)
# another column of numbers would make the amount's place in a row unsure
_OTHER_NUMBERS = re.compile(r"(?i:thời\s+gian|số\s+lượng|tỷ\s+lệ|tỉ\s+lệ|năm|tháng|%|kế\s+hoạch|thực\s+hiện\s+\()")
_ROW = re.compile(r"^[ \t]*(?P<n>\d{1,3})\.?[ \t]+(?=[" + UPPER + r"\"“])", re.M)
_AMOUNT = re.compile(r"(?:^|(?<=[ \t]))(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?=[ \t]+[" + UPPER
                     + r"]|[ \t]*$)", re.M)
_MAX_HEADER_LINES = 4
_MAX_ROW_LINES = 12


def flattened_table_numbers(text: str) -> tuple[list[TableNumber], list[tuple[int, int]]]:
    """The amounts of such tables, in the header's money unit, and the spans of the cells read."""
    found: list[TableNumber] = []
    used: list[tuple[int, int]] = []
    for header in _HEADER.finditer(text):
        read = _money_header(text, header)
        if read is None:
            _read_counted_columns(text, header, found, used)
            continue
        multiplier, first_row = read
        for number_start, line_start, line_end in _rows(text, first_row):
            amount = _last_amount(text, line_start, line_end, skip=number_start)
            if amount is not None:
                found.append(TableNumber(amount.start("num"), amount.end("num"), amount.group("num"), "đồng",
                                         multiplier))
                used.append((amount.start("num"), amount.end("num")))
            used.append(number_start)
    return found, used


def _header_lines(text: str, header: re.Match[str], *, most: int) -> tuple[str, int] | None:
    """The header's labels joined and where its first row ('1 ...') begins, the labels wrapped over at
    most ``most`` lines after the header's own."""
    pos, lines = header.end() + 1, [header.group("labels")]
    while pos < len(text) and len(lines) <= most:
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        line = text[pos:line_end]
        row = _ROW.match(line)
        if row is not None and row.group("n") == "1":
            return " ".join(lines), pos
        if not line.strip() or len(line) > 80:
            return None
        lines.append(line)
        pos = line_end + 1
    return None


# what a column of numbers counts, from its label: 'Số nhiệm vụ', 'Đã nghiệm thu (nhiệm vụ)', 'Kinh phí (triệu đồng)'
_COLUMN_CUE = re.compile(r"(?<![\wÀ-ỹ])Số[ \t\n]+(?P<noun>[a-zà-ỹ]+(?:[ \t\n]+[a-zà-ỹ]+)?)(?![\wÀ-ỹ])(?:[ \t\n]*\((?P<also>[^()\n]{1,20})\))?"
                         r"|\((?P<unit>[^()\n]{1,20})\)")
_TOTAL = re.compile(r"[ \t]*(?i:tổng[ \t]+cộng|tổng[ \t]+số|cộng)[ \t]*:?[ \t]+(?=\d)")
_NUMBER = r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"


def _column_units(labels: str) -> list[tuple[str, str | None]]:
    units: list[tuple[str, str | None]] = []
    for cue in _COLUMN_CUE.finditer(labels):
        written = " ".join((cue.group("also") or cue.group("unit") or cue.group("noun")).split()).lower()
        money = MONEY_COLUMN.fullmatch(f"({written})")
        units.append(("đồng", money.group("mult")) if money else ("%", None) if written == "%" else (written, None))
    return units


def _read_counted_columns(text: str, header: re.Match[str], found: list[TableNumber], used: list[tuple[int, int]]) -> None:
    """A table with two or more columns of numbers, each label saying what its column counts ('1 Đề tài cấp tỉnh
    34 21 28.650' under 'Số nhiệm vụ', 'Đã nghiệm thu (nhiệm vụ)', 'Kinh phí được duyệt (triệu đồng)'): each
    row's last numbers, as many as the columns, one per column; the total after the rows too."""
    read = _header_lines(text, header, most=_MAX_HEADER_LINES * 2)
    if read is None:
        return
    labels, first_row = read
    units = _column_units(labels)
    if len(units) < 2:
        return
    trailing = re.compile(r"".join(r"[ \t\n]+(?P<n%d>%s)" % (i, _NUMBER) for i in range(len(units))) + r"[ \t]*$")
    rows = _rows(text, first_row)
    if rows:
        after = rows[-1][2] + 1
        total = _TOTAL.match(text, after) if after < len(text) else None
        line_end = text.find("\n", after) if total else -1
        rows += [((total.start(), total.start()), total.start(), len(text) if line_end < 0 else line_end)] if total else []
    for (number_start, _), start, end in rows:
        m = trailing.search(text, max(start, number_start), end)
        if m is None:
            continue
        used.append((number_start, number_start + 1))
        for i, unit in enumerate(units):
            found.append(TableNumber(m.start(f"n{i}"), m.end(f"n{i}"), m.group(f"n{i}"), *unit))
            used.append((m.start(f"n{i}"), m.end(f"n{i}")))


def _money_header(text: str, header: re.Match[str]) -> tuple[str | None, int] | None:
    """(the money unit's multiplier, where the first row begins) when the header, on its line and the
    few after it before the first row, names one money column in a stated unit and no other numbers."""
    read = _header_lines(text, header, most=_MAX_HEADER_LINES)
    if read is None:
        return None
    labels, pos = read
    unit = MONEY_COLUMN.search(labels)
    if unit is None or len(MONEY_LABEL.findall(labels)) != 1 or _OTHER_NUMBERS.search(MONEY_COLUMN.sub(" ", labels)):
        return None
    return unit.group("mult"), pos


def _rows(text: str, pos: int) -> list[tuple[tuple[int, int], int, int]]:
    """Each row's number span and the span of its lines, rows numbered 1, 2, 3, ... up to a blank line."""
    rows: list[list] = []
    while pos < len(text):
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        row = _ROW.match(text, pos, line_end)
        if row is not None and int(row.group("n")) == len(rows) + 1:
            rows.append([(row.start("n"), row.end("n")), pos, line_end])
        elif not rows or not text[pos:line_end].strip() or text.count("\n", rows[-1][1], pos) >= _MAX_ROW_LINES \
                or _TOTAL.match(text, pos, line_end):   # (a total's line ends the rows)
            break
        else:
            rows[-1][2] = line_end
        pos = line_end + 1
    return [(number, start, end) for number, start, end in rows]


def _last_amount(text: str, start: int, end: int, *, skip: tuple[int, int]) -> re.Match[str] | None:
    last = None
    pos = start
    while pos < end:
        line_end = text.find("\n", pos, end)
        line_end = end if line_end < 0 else line_end
        for m in _AMOUNT.finditer(text, pos, line_end):
            if m.start("num") != skip[0] and not re.fullmatch(r"(?:19|20)\d{2}", m.group("num")):
                last = m
        pos = line_end + 1
    return last


__all__ = ["flattened_table_numbers"]
