"""Tables flattened from a PDF with every cell on its own line.

A report's annex table ('TT / Chỉ tiêu / Đơn vị tính / Kế hoạch / Thực hiện / Tỷ lệ (%) / Ghi chú')
loses its grid when the PDF is turned into text: each cell becomes one line, or several when the
cell wrapped ('Doanh' / 'nghiệp'), and a page break repeats the header. The numbers of such a row
stand alone on their lines, with nothing after them saying what they count; what they count is
in the header (a column 'Tỷ lệ (%)', 'Kinh phí (triệu đồng)') or in the row's unit cell
('Nhiệm vụ', 'Triệu đồng'). This module finds the header, aligns each row's run of number cells
with the header's columns, and returns each number with the unit its column or row gives.

It reads only the layout; turning a unit cell into a counted noun is figures.py's work."""

from __future__ import annotations

import re
from dataclasses import dataclass

from vnst.loaders.vietnamese import MULTIPLIERS, UPPER
from vnst.loaders.tablecells import COUNT_COLUMN, SPACED_GAP, Cell, aligned, of_which_counts, spaced_cells

# the row-number column that opens a table header: 'TT', 'STT', 'Số TT'
INDEX_HEADER = re.compile(r"(?:S[ốo]\s*)?S?TT\.?", re.I)
_ROW_NUMBER = re.compile(r"\d{1,3}\.?")
# a cell that holds only a number ('9.500', '116,7', '85%'), a period or year ('2022-2024', '2023'),
# or an empty mark ('-', 'x')
_NUMBER_CELL = re.compile(r"(?P<num>[-−]?(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?))\s*(?P<pct>%)?")   # ('-8,3': a fall)
_PERIOD_CELL = re.compile(r"(?:\d{1,2}/)?(?:19|20)\d{2}(?:\s*[-–]\s*(?:\d{1,2}/)?(?:19|20)\d{2})?")
_EMPTY_CELL = re.compile(r"[-–x]", re.I)
# column labels
_UNIT_COLUMN = re.compile(r"đơn\s+vị\s+tính|đvt|đơn\s+vị\s+đo", re.I)
_PERCENT_COLUMN = re.compile(r"%|t[ỷỉ]\s+lệ", re.I)
_MONEY = r"(?P<mult>" + "|".join(MULTIPLIERS) + r")?\s*(?:đồng|VNĐ|VND)"   # the multipliers parse_amount knows
MONEY_COLUMN = re.compile(r"\(\s*" + _MONEY + r"\s*\)", re.I)
# a column label that names money ("Kinh phí", "Tổng vốn", "Số tiền"), its unit stated in it or over the table
MONEY_LABEL = re.compile(r"(?i:kinh\s+phí|dự\s+toán|tổng\s+vốn|vốn|giá\s+trị|số\s+tiền)")
# the line over a table that states its money's unit ('Đơn vị tính: triệu đồng')
UNIT_LINE = re.compile(r"(?i:đơn\s+vị\s+tính|đvt)\s*:\s*" + _MONEY, re.I)
_MONEY_CELL = re.compile(_MONEY, re.I)
# a column of periods or years ('Thời gian thực hiện', 'Năm'); 'Năm 2023' heads that year's values
_TIME_COLUMN = re.compile(r"(?:thời\s+gian|thời\s+hạn|giai\s+đoạn)\b|năm$", re.I)
# measures a column label may give in brackets ('Diện tích (ha)') or a unit cell may hold in lower case
MEASURES = ("ha", "m2", "km", "km2", "tấn", "kg", "%", "kw", "mw", "kwh", "mwh")
_MEASURE_COLUMN = re.compile(r"\(\s*(?P<unit>" + "|".join(MEASURES) + r")\s*\)", re.I)
# labels of columns that hold numbers: where a row's numbers start when no unit or time column anchors them
_NUMBER_COLUMN = re.compile(r"kế\s+hoạch|thực\s+hiện|số\s+lượng|kết\s+quả|giá\s+trị|tổng|ước|chỉ\s+tiêu\s+giao"
                            r"|lũy\s+kế|tăng|giảm|kinh\s+phí|dự\s+toán|vốn", re.I)
# the row of totals under the numbered rows: its numbers sit in the columns of the rows above
_YEAR = re.compile(r"(?:19|20)\d{2}")
_TOTAL_ROW = re.compile(r"(?:tổng\s+cộng|tổng\s+số|tổng|cộng)\s*:?", re.I)
_CAPITAL = re.compile("[" + UPPER + r"\"“(]")
# a group's row numbered in Roman numerals ('I | Cấp tỉnh | 18.950') or by a capital letter ('A | NHIỆM VỤ CHUYỂN
# TIẾP | | | 5.250,5'), its items numbered again from 1 under it, or going on from the group before
_GROUP_ROW = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|X|[A-H])\.?")
_MAX_HEADER_LINES = 20
_PIPE_CELL = re.compile(r"[^|]+")
_TABLE_UNIT = re.compile(r"\(?\s*(?:đơn\s+vị\s+tính|đvt)\s*:\s*(?P<unit>[^\n()]{1,30}?)\.?\s*\)?", re.I)   # in brackets too
RULING = re.compile(r":?-{3,}:?")
_MAX_UNIT_WORDS = 4
# a column of indicators whose label says what its row counts
_LABEL_COLUMN = re.compile(r"chỉ\s+tiêu|nội\s+dung|tiêu\s+chí", re.I)
_PERCENT_LABEL = re.compile(r"\(\s*%\s*\)\s*$|^t[ỷỉ]\s+lệ\b", re.I)
# a column of identifiers ('Mã số doanh nghiệp', 'Số Giấy chứng nhận'): its numbers count nothing
_IDENTIFIER_COLUMN = re.compile(r"mã|số\s+(?:hiệu|giấy|điện\s+thoại|quyết\s+định|văn\s+bằng)|điện\s+thoại", re.I)
_COUNT_OF = re.compile(r"^(?:số\s+lượng|số)\s+")
# a row named by what was done ('Tài trợ nhiệm vụ KH&CN', 'Cho vay đổi mới công nghệ'): its count's noun is
# not the label's first word, and the text states it where it matters
_ACTIVITY_LABEL = re.compile(r"(?:tài\s+trợ|cho\s+vay|hỗ\s+trợ|đăng\s+ký|xây\s+dựng|tổ\s+chức|đào\s+tạo|tập\s+huấn"
                             r"|kiểm\s+tra|thẩm\s+định|cấp|ứng\s+dụng|chuyển\s+giao)\b")
_AMOUNT_LABEL = re.compile(r"tổng|kinh\s+phí|giá\s+trị|vốn|doanh\s+thu|ngân\s+sách|thu\s+nhập|năng\s+suất|sản\s+lượng")


@dataclass(frozen=True)
class TableNumber:
    """A number cell with what its column or row says it counts."""
    start: int
    end: int
    written: str            # '4.850'
    unit: str               # the row's unit cell ('nhiệm vụ', lower case), '%', 'đồng' or a measure
    multiplier: str | None  # 'triệu' for money given in millions
    by_column: bool = False  # the unit is the column's label ('Tổ chức KH&CN đã cập nhật'), which may count nothing
    stated: bool = False     # the unit a pipe table's column states in brackets ('Kinh phí (triệu đồng)'): sure


def table_numbers(text: str) -> tuple[list[TableNumber], list[tuple[int, int]]]:
    """Numbers read from one-cell-a-line tables, and the spans of every row-number and number
    cell the reading used (so the running-text reader does not read them again)."""
    lines = _lines(text)
    found: list[TableNumber] = []
    used: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        header = _header(lines, i)
        if header is None:
            i += 1
            continue
        columns, first_row = header
        i = _read_rows(lines, first_row, of_which_counts(columns), found, used, default=_table_unit(lines, i))
    _spaced_tables(text, found, used)
    return found, used


def _spaced_tables(text: str, found: list[TableNumber], used: list[tuple[int, int]]) -> None:
    """A small table with no row-number column, its columns kept apart by runs of spaces ('Loại
    phương tiện đo    Số lượng    Tỷ lệ đạt (%)' / 'Cột đo xăng dầu    1.214    97,6'): each row's
    label, or its unit cell, names what its numbers count. It ends at the first line that is not
    such a row; a row of totals counts nothing it names."""
    raws, starts, pos = text.split("\n"), [], 0
    for raw in raws:
        starts.append(pos)
        pos += len(raw) + 1
    n = 0
    while n < len(raws):
        labels = [c.text for c in spaced_cells(raws[n], starts[n])]
        n += 1
        if not _is_spaced_header(labels):
            continue
        unit_at = _unit_column(labels)
        numbers_from = 1 if unit_at is None else unit_at + 1
        # ('Năm    Số dự án    Kinh phí (tỷ đồng)' / '2019    14    28,4'): a row per year, the year its label
        yearly = re.fullmatch(r"(?i:năm)", labels[0]) is not None
        while n < len(raws):
            cells = spaced_cells(raws[n], starts[n])
            if (len(cells) != len(labels) or _is_number_cell(cells[0].text) and not (yearly and _YEAR.fullmatch(cells[0].text))
                    or not all(_is_number_cell(c.text) for c in cells[numbers_from:])):
                break
            n += 1
            used.append((cells[0].start, cells[0].end))   # a label's numbers name a kind ('Công tơ 1 pha')
            # (a row of totals names nothing it counts: its columns say what)
            total = _TOTAL_ROW.fullmatch(cells[0].text) is not None
            row_unit = None if total else _label_unit(cells[0].text) if unit_at is None else _row_unit(
                [c.text for c in cells[:numbers_from]])
            for column, cell in zip(labels[numbers_from:], cells[numbers_from:]):
                used.append((cell.start, cell.end))
                number = _NUMBER_CELL.fullmatch(cell.text)
                unit = None if number is None or _TIME_COLUMN.match(column) else _cell_unit(
                    column, row_unit, bool(number.group("pct")))
                if number is not None and unit is not None:
                    found.append(TableNumber(cell.start, cell.start + len(number.group("num")), number.group("num"), *unit))


def _is_spaced_header(labels: list[str]) -> bool:
    """Three or more column labels, none a number, the first no row-number column, and one after it
    a column of numbers ('Số lượng', 'Kết quả', 'Tỷ lệ (%)')."""
    return (len(labels) >= 3 and not INDEX_HEADER.fullmatch(labels[0]) and len(labels[0]) <= 60
            and not any(_is_number_cell(label) for label in labels)
            and any(_NUMBER_COLUMN.match(label) or _PERCENT_COLUMN.search(label) or MONEY_COLUMN.search(label)
                    for label in labels[1:]))


def numbered_rows(text: str) -> list[tuple[list[str], list[list[Cell]]]]:
    """Each table with a row-number column: its column labels, and its rows as the lines between one
    row number and the next (a wrapped cell gives a row more lines than columns)."""
    lines = _lines(text)
    out = []
    for i in range(len(lines)):
        header = _header(lines, i)
        if header is None:
            continue
        columns, k = header
        rows, row = [], [lines[k]]
        number = int(lines[k].text.rstrip(".")) if _ROW_NUMBER.fullmatch(lines[k].text) else 0
        for line in lines[k + 1:]:
            if not line.text or _TOTAL_ROW.fullmatch(line.text):
                break
            if line.text.rstrip(".") == str(number + 1) and len(row) >= len(columns):
                rows.append(row)
                row, number = [line], number + 1
            else:
                row.append(line)
        rows.append(row)
        out.append((columns, rows))
    return out


def wrapped_cells_joined(row: list[Cell], columns: int) -> list[Cell]:
    """A row one cell too long, a cell of it opening in lower case: the cell wrapped onto the next line
    ('Xây dựng mô hình ... theo hướng hữu' / 'cơ tại huyện Tu Mơ Rông'), joined to the one before."""
    wrapped = [n for n, c in enumerate(row) if n > 1 and c.text[:1].islower()]
    if len(row) != columns + 1 or len(wrapped) != 1:
        return row
    n = wrapped[0]
    joined = Cell(row[n - 1].start, f"{row[n - 1].text} {row[n].text}")
    return [*row[:n - 1], joined, *row[n + 1:]]


def _lines(text: str) -> list[Cell]:
    """One line per cell: a table whose cells a converter joined with pipes ('TT | Chỉ tiêu | ...',
    '| 1 | ... |') is read as if each cell stood on its own line; its ruling ('|---|---|') is skipped."""
    out, pos = [], 0
    raws = text.split("\n")
    header: list[int] = []   # where the columns of the last space-aligned header begin on its line
    second_header = -1       # the line of a pipe table's header's second row, read with its first
    for n, raw in enumerate(raws):
        # a row's cell wrapped over two lines of a pipe table leaves one pipe or none on each part
        # ('4 | Nghiên cứu ... quy chuẩn' / 'khí thải | Viện X | ...'): a line with one pipe beside
        # such a table's lines is one of its rows too
        beside = any(other.count("|") >= 2 for other in raws[max(0, n - 1):n + 2])
        merged = _two_row_header(raw, raws[n + 1], pos) if n + 1 < len(raws) else None
        if merged is not None:
            out += merged
            second_header = n + 1
        elif n == second_header:
            pass
        elif raw.count("|") >= 2 or (raw.count("|") == 1 and beside):
            cells = [c for c in _PIPE_CELL.finditer(raw) if not RULING.fullmatch(c.group(0).strip())]
            out += [Cell(pos + c.start() + len(c.group(0)) - len(c.group(0).lstrip()),
                          c.group(0).replace("\u00a0", " ").strip(), opens_row=n == 0)
                    for n, c in enumerate(c for c in cells if c.group(0).strip())]
        elif len(SPACED_GAP.findall(raw.strip())) >= 2 or "\t" in raw.strip():   # a tab always parts two cells
            cells = spaced_cells(raw, pos)
            if INDEX_HEADER.fullmatch(cells[0].text):
                header = [c.start - pos for c in cells]
            elif header and "\t" not in raw and len(cells) < len(header):
                cells = aligned(cells, raw, pos, header)
            out += cells
        else:
            stripped = raw.replace("\u00a0", " ").strip()
            out.append(Cell(pos + (len(raw) - len(raw.lstrip())), stripped))
        pos += len(raw) + 1
    return out


def _two_row_header(raw: str, below: str, pos: int) -> list[Cell] | None:
    """A pipe table's header over two rows, a label spanning the columns of the row under it ('| STT | Nội dung |
    Kết quả | | Tỷ lệ (%) |' / '| | | Năm 2022 | Năm 2023 | |'): one row of labels, each cell's words from both."""
    upper, lower = list(_PIPE_CELL.finditer(raw)), list(_PIPE_CELL.finditer(below))
    if raw.count("|") < 2 or len(upper) != len(lower) or not upper or not INDEX_HEADER.fullmatch(upper[0].group(0).strip()) \
            or lower[0].group(0).strip() or not any(c.group(0).strip() for c in lower) \
            or any(_NUMBER_CELL.fullmatch(c.group(0).strip()) for c in lower if c.group(0).strip()):
        return None
    cells = []
    for a, b in zip(upper, lower):
        words = " ".join(w for w in (a.group(0).strip(), b.group(0).strip()) if w).replace("\u00a0", " ")
        if words:
            at = pos + a.start() + len(a.group(0)) - len(a.group(0).lstrip()) if a.group(0).strip() else \
                pos + len(raw) + 1 + b.start() + len(b.group(0)) - len(b.group(0).lstrip())
            cells.append(Cell(at, words, opens_row=not cells))
    return cells


def _header(lines: list[Cell], i: int) -> tuple[list[str], int] | None:
    """The header's column labels when a table opens at line ``i``, and the index of its first row."""
    if not INDEX_HEADER.fullmatch(lines[i].text):
        return None
    labels: list[str] = []
    columns = [lines[i].column]
    for j in range(i + 1, min(len(lines), i + 1 + _MAX_HEADER_LINES)):
        line = lines[j].text
        if not line or len(line) > 60:
            return None
        if line == "(1)":
            return (["TT", *_cells(labels)], _past_column_numbers(lines, j)) if len(labels) >= 2 else None
        if _ROW_NUMBER.fullmatch(line):
            return (["TT", *_cells(labels)], _past_column_numbers(lines, j)) if len(labels) >= 2 else None
        if lines[j].opens_row and len(labels) >= 2 and (_GROUP_ROW.fullmatch(line) or _TOTAL_ROW.fullmatch(line)):
            return ["TT", *_cells(labels)], j   # the rows open with a total or a group's row
        column = lines[j].column
        if column > 0 and line[0].islower() and column in columns[1:]:
            # a label wrapped onto the header's next line of tabs ('\t\tđã cập nhật\t...'): joined to its column's label
            labels[len(columns) - 2 - columns[::-1].index(column)] += " " + line
            continue
        labels.append(line)
        columns.append(column)
    return None


def _past_column_numbers(lines: list[Cell], j: int) -> int:
    """Forms number their columns under the header ('1', '2', '3', ... or '(1)', '(2)', ...): such a
    line of consecutive numbers is not the first row; the row after it is."""
    count = 0
    while j + count < len(lines) and lines[j + count].text.strip("()") == str(count + 1):
        count += 1
    return j + count if count >= 3 and j + count < len(lines) and _ROW_NUMBER.fullmatch(lines[j + count].text) else j


def _cells(lines: list[str]) -> list[str]:
    """Wrapped labels joined: a cell opens with a capital, its continuation lines do not
    ('Kế hoạch' / 'năm 2023', 'Tỷ lệ' / '(%)')."""
    cells: list[str] = []
    for line in lines:
        # (a year heads a column of its own: 'Đơn vị tính' / '2021' / '2022' / '2024 (*)'; not the year of
        # 'Năm' / '2024', 'Ước năm' / '2025')
        year = re.match(r"(?:19|20)\d{2}(?!\d)", line) and not cells[-1].lower().endswith(("năm", "đoạn")) if cells else False
        if cells and not (line[0] in "\"“" or line[0].isupper() or year):
            cells[-1] += " " + line
        else:
            cells.append(line)
    return cells


def _table_unit(lines: list[Cell], i: int) -> tuple[str, str | None] | None:
    """The unit a line above the header gives the whole table ('Đơn vị tính: triệu đồng')."""
    above = [line.text for line in lines[max(0, i - 4):i] if line.text]
    stated = _TABLE_UNIT.fullmatch(above[-1]) if above else None
    if stated is None:
        return None
    money = _MONEY_CELL.fullmatch(stated.group("unit"))
    if money:
        return "đồng", money.group("mult") and money.group("mult").lower()
    return (stated.group("unit").lower(), None) if stated.group("unit").lower() in MEASURES else None


def _read_rows(lines: list[Cell], k: int, columns: list[str], found: list[TableNumber],
               used: list[tuple[int, int]], *, default: tuple[str, str | None] | None = None) -> int:
    """Reads rows from line ``k`` (a row number) to the blank line that ends the table; a row of
    totals ('Tổng cộng') after them is read in the columns of the row above it."""
    number = int(lines[k].text.rstrip(".")) if _ROW_NUMBER.fullmatch(lines[k].text) else 0
    after_group = number == 0
    row: list[Cell] = [lines[k]]
    longest_run, last_column = 0, None
    k += 1
    while k <= len(lines):
        line = lines[k] if k < len(lines) else None
        group = (line is not None and line.opens_row and _GROUP_ROW.fullmatch(line.text) is not None and k + 1 < len(lines)
                 and _CAPITAL.match(lines[k + 1].text) is not None)
        # (the items under a group go on from the last number, or start again from 1)
        next_numbers = (str(number + 1), "1") if after_group else (str(number + 1),)
        starts_row = group or (line is not None and line.text.rstrip(".") in next_numbers and k + 1 < len(lines)
                               and (line.opens_row or _CAPITAL.match(lines[k + 1].text) is not None)
                               and (after_group or len(_run(row[1:])[1]) >= longest_run))
        total = line is not None and _TOTAL_ROW.fullmatch(line.text) is not None and len(row) > 1
        if line is None or not line.text or starts_row or total:
            is_total = _TOTAL_ROW.fullmatch(row[0].text) is not None
            run, row_last = _read_row(row, columns, found, used, default, last_column=last_column if is_total else None)
            longest_run, last_column = max(longest_run, run), row_last if row_last is not None else last_column
            if not (starts_row or total):
                return k
            if starts_row and not group:
                number = int(line.text.rstrip("."))
            after_group = group
            row = [line]
        else:
            row.append(line)
        k += 1
    return k


def _run(cells: list[Cell]) -> tuple[int, list[Cell]]:
    """Index of the first number cell and the run of number cells that starts there."""
    first = next((n for n, c in enumerate(cells) if _is_number_cell(c.text)), len(cells))
    end = first
    while end < len(cells) and _is_number_cell(cells[end].text):
        end += 1
    return first, cells[first:end]


def _is_number_cell(text: str) -> bool:
    return bool(_NUMBER_CELL.fullmatch(text) or _PERIOD_CELL.fullmatch(text) or _EMPTY_CELL.fullmatch(text))


def _read_row(row: list[Cell], columns: list[str], found: list[TableNumber], used: list[tuple[int, int]],
              default: tuple[str, str | None] | None = None, *, last_column: int | None = None
              ) -> tuple[int, int | None]:
    """Reads one row's numbers; returns the length of its run of number cells and the column the
    run ends in. ``last_column`` (for a row of totals) lines the run's end up with the row above."""
    if not _TOTAL_ROW.fullmatch(row[0].text):
        used.append((row[0].start, row[0].end))
    first, run = _run(row[1:])
    if not run or first == 0 and last_column is None:
        return len(run), None
    after = row[1 + first + len(run):]
    if len(row) > len(columns) and after and after[0].opens_row and not _run(after)[1]:
        row = row[:1 + first + len(run)]   # (a label cell wrapped onto a line of the row's own: no column of its own)
    rest = row[1 + first + len(run):]
    sub_first, sub_run = _run(rest)
    sub_row = None
    if len(run) >= 2 and len(sub_run) == len(run) and sub_first >= 1 and last_column is None:
        # '| 2 | Nhân lực R&D | Người | 612 | ... |' over '|   | Trong đó: tiến sĩ | Người | 48 | ... |': a
        # sub-row without a number of its own, in the same columns (read after its row)
        sub_row, row = [Cell(rest[0].start, "")] + rest, row[:1 + first + len(run)]
    if last_column is not None:
        column: int | None = max(1, last_column - len(run) + 1)
    else:
        column = _first_column(columns, run, cells=len(row), first=first)
    if column is None:
        return len(run), None
    if _unit_column(columns) is not None:
        row_unit = _row_unit([c.text for c in row[1:1 + first]])
    else:   # 'TT | Chỉ tiêu | Mục tiêu | Kết quả': the indicator names what its row counts
        row_unit = _label_unit(row[1].text) if _LABEL_COLUMN.fullmatch(columns[1]) and len(row) == len(columns) else None
    for offset, cell in enumerate(run):
        used.append((cell.start, cell.end))
        index = column + offset
        number = _NUMBER_CELL.fullmatch(cell.text)
        if number is None or index >= len(columns) or _TIME_COLUMN.match(columns[index]):
            continue
        # (a unit stated over the table, 'Đơn vị tính: triệu đồng', is every amount's: the row's label says what it is for)
        unit = _cell_unit(columns[index], row_unit if default is None else None, bool(number.group("pct"))) or default
        if unit is not None:
            found.append(TableNumber(cell.start, cell.start + len(number.group("num")), number.group("num"), *unit))
        elif row_unit is None and not _LABEL_COLUMN.fullmatch(columns[1]) and not _NUMBER_COLUMN.match(columns[index]) \
                and not _IDENTIFIER_COLUMN.match(columns[index]):
            # 'TT | Tỉnh | Tổ chức KH&CN đã cập nhật | Báo cáo ... còn thiếu': rows of places or bodies, the
            # columns naming what they count
            found.append(TableNumber(cell.start, cell.start + len(number.group("num")), number.group("num"),
                                     _COUNT_OF.sub("", columns[index].lower()), None, by_column=True))
    if sub_row is None and last_column is None and len(row) == len(columns) and column == 1 + first:
        # a row with one cell per column: a number after text cells is read by its own column's unit ('... | Công nghệ
        # xử lý nước thải | 41,2 |' under 'Tỷ lệ doanh thu (%)'), where the column gives one
        for index in range(column + len(run), len(row)):
            number = _NUMBER_CELL.fullmatch(row[index].text)
            unit = _cell_unit(columns[index], None, bool(number.group("pct"))) if number else None
            if unit is not None:
                used.append((row[index].start, row[index].end))
                found.append(TableNumber(row[index].start, row[index].start + len(number.group("num")), number.group("num"), *unit))
    if sub_row is not None:
        _read_row(sub_row, columns, found, used, default)
    return len(run), column + len(run) - 1


def _label_unit(label: str) -> tuple[str, str | None] | None:
    """What a row's indicator counts, from its opening words ('Sáng kiến, giải pháp được công nhận',
    'Tỷ lệ sản phẩm ... (%)'): the counted noun itself is figures.py's to find; an amount whose unit the
    label does not give ('Tổng kinh phí') counts nothing said."""
    if _PERCENT_LABEL.search(label):
        return "%", None
    words = _COUNT_OF.sub("", label.lower()).replace(",", " ").split()
    if not words or _AMOUNT_LABEL.match(" ".join(words)) or _ACTIVITY_LABEL.match(" ".join(words)):
        return None
    return " ".join(words), None


def _unit_column(columns: list[str]) -> int | None:
    return next((n for n, c in enumerate(columns) if _UNIT_COLUMN.fullmatch(c)), None)


def _first_column(columns: list[str], run: list[Cell], *, cells: int, first: int) -> int | None:
    """The header column of a row's first number cell: the one after the unit column; else, in a
    row with one cell per column, its own; else the time column lined up with the row's period
    cell; else the first column that holds numbers."""
    unit = _unit_column(columns)
    if unit is not None:
        return unit + 1
    if cells == len(columns):
        return 1 + first
    time = next((n for n, c in enumerate(columns) if _TIME_COLUMN.match(c)), None)
    period = next((n for n, c in enumerate(run) if _PERIOD_CELL.fullmatch(c.text)), None)
    if time is not None and period is not None and time >= period:
        return time - period
    return next((n for n, c in enumerate(columns) if n > 0 and (_NUMBER_COLUMN.match(c) or MONEY_COLUMN.search(c)
                                                               or _PERCENT_COLUMN.search(c))), None)


def _row_unit(before: list[str]) -> tuple[str, str | None] | None:
    """The unit cell: the last cell before the numbers, wrapped over up to three lines; at least
    one line before it is the row's label."""
    if len(before) < 2:
        return None
    for size in (3, 2, 1):
        if size < len(before):
            money = _MONEY_CELL.fullmatch(" ".join(before[-size:]))
            if money:
                return "đồng", money.group("mult") and money.group("mult").lower()
    if before[-1].lower() in MEASURES:
        return before[-1].lower(), None
    for size in (1, 2, 3):
        if size < len(before) and _CAPITAL.match(before[-size]):
            words = " ".join(before[-size:]).split()
            return _multiplied(" ".join(words)) if len(words) <= _MAX_UNIT_WORDS else None
    return _multiplied(before[-1]) if len(before[-1].split()) <= _MAX_UNIT_WORDS else None


def _multiplied(unit: str) -> tuple[str, str | None]:
    """A unit cell that counts in millions ('triệu con', 'nghìn lượt'): the noun, and the multiplier."""
    words = unit.lower().split()
    return (" ".join(words[1:]), words[0]) if len(words) >= 2 and words[0] in MULTIPLIERS else (" ".join(words), None)


def _cell_unit(column: str, row_unit: tuple[str, str | None] | None, percent: bool) -> tuple[str, str | None] | None:
    if percent or _PERCENT_COLUMN.search(column):
        return "%", None
    money = MONEY_COLUMN.search(column)
    if money:
        return "đồng", money.group("mult") and money.group("mult").lower()
    measure = _MEASURE_COLUMN.search(column)
    if measure:
        return measure.group("unit").lower(), None
    counted = COUNT_COLUMN.fullmatch(column)
    if counted:   # 'Số nhiệm vụ': the column counts its noun, whatever field the row's label names
        return counted.group("noun").lower(), None
    return row_unit



__all__ = ["Cell", "INDEX_HEADER", "MEASURES", "MONEY_COLUMN", "MONEY_LABEL", "RULING", "TableNumber", "UNIT_LINE",
           "numbered_rows", "table_numbers", "wrapped_cells_joined"]
