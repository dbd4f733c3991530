"""Pipe tables read column by column: a value takes its column's unit where the column's label gives one
('Kinh phí (triệu đồng)', 'So sánh (%)'), else, in a table of indicators without a row number, the unit its row's
indicator gives ('| Giá trị sản xuất (tỷ USD) | 23,13 | 24,10 | 104,2 |' under '| Chỉ tiêu | Năm 2023 | Năm 2024 |
So sánh (%) |'). A unit its column states is sure; a cell the row-number readers (tables.py) read is otherwise
theirs. A table of indicators aligned with spaces ('Chỉ tiêu      Năm 2022     Năm 2023' over 'Tổng nguồn vốn (tỷ
đồng)      60,9      68,5') is read the same way, its cells parted by two spaces or more."""

from __future__ import annotations

import re

from vnst.loaders.lexicon import compound_at
from vnst.loaders.tables import MEASURES, MONEY_LABEL, UNIT_LINE, TableNumber
from vnst.loaders.vietnamese import MULTIPLIERS

_HEADER = re.compile(r"^[ \t]*\|(?P<first>[^|\n]*)\|(?P<rest>[^\n]*)\|[ \t]*$", re.M)
_INDICATOR = re.compile(r"[ \t]*(?i:chỉ\s+tiêu|nội\s+dung|tiêu\s+chí|chỉ\s+số)[ \t]*")
_RULE = re.compile(r"[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*\n")
_ROW = re.compile(r"[ \t]*\|(?P<cells>[^\n]*)\|[ \t]*(?:\n|$)")
_NUMBER = re.compile(r"[ \t]*(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)[ \t]*")
_BRACKETED = re.compile(r"\((?P<unit>[^()]{1,20})\)[ \t]*$")
_SCORE = re.compile(r"(?i:điểm(?:\s+đánh\s+giá|\s+trung\s+bình)?)")
_UNIT_COLUMN = re.compile(r"(?i:đơn\s+vị(?:\s+tính)?|đvt)")
_PERCENT = re.compile(r"%|t[ỷỉ]\s+lệ|so\s+sánh", re.I)


def indicator_table_numbers(text: str) -> tuple[list[TableNumber], list[tuple[int, int]]]:
    """Each value of such tables with its unit, and the spans of the cells read."""
    found: list[TableNumber] = []
    used: list[tuple[int, int]] = []
    for header in _HEADER.finditer(text):
        rule = _RULE.match(text, header.end() + 1)
        if rule is None:
            continue   # (a header is the line over the rule: not a row)
        columns = [c.strip() for c in header.group("rest").split("|")]
        indicators = _INDICATOR.fullmatch(header.group("first")) is not None
        # (a column of units, '| Đơn vị |' holding 'tỷ USD', 'người': each row's unit)
        unit_column = next((n for n, c in enumerate(columns) if _UNIT_COLUMN.fullmatch(c)), None)
        # (money whose unit a line over the table states: 'Đơn vị tính: triệu đồng' over '| Số tiền |')
        above = UNIT_LINE.search(text, max(0, header.start() - 200), header.start())
        money = ("đồng", above.group("mult") and above.group("mult").lower()) if above else None
        pos = rule.end()
        while (row := _ROW.match(text, pos)) is not None:
            cells = _cells(row)
            pos = row.end()
            if len(cells) != len(columns) + 1:
                break
            # (a numbered table's first cell is its row's number: only an indicator's row gives a unit)
            row_unit = _unit(cells[0][2]) if indicators else None
            if unit_column is not None:
                row_unit = _unit(f"({cells[unit_column + 1][2].strip()})") or row_unit
            _read_row(cells, columns, row_unit, found, used, money=money)
    spaced, spaced_used = _spaced_table_numbers(text)
    return found + spaced, used + spaced_used


_SPACED_HEADER = re.compile(r"^[ \t]*(?i:chỉ\s+tiêu|nội\s+dung|tiêu\s+chí|chỉ\s+số)(?P<rest>(?:[ \t]{2,}[^ \t\n][^\n]*?)+)[ \t]*$", re.M)
_SPACED_GAP = re.compile(r"[ \t]{2,}|\t")
_LINE = re.compile(r"[^\n]*")


def _spaced_cells(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    out, pos = [], start
    for gap in _SPACED_GAP.finditer(text, start, end):
        if gap.start() > pos:
            out.append((pos, gap.start(), text[pos:gap.start()]))
        pos = gap.end()
    if pos < end:
        out.append((pos, end, text[pos:end]))
    return out


def _spaced_table_numbers(text: str) -> tuple[list[TableNumber], list[tuple[int, int]]]:
    found: list[TableNumber] = []
    used: list[tuple[int, int]] = []
    for header in _SPACED_HEADER.finditer(text):
        columns = [c for _, _, c in _spaced_cells(text, header.start("rest"), header.end("rest"))]
        # (only a table of years, or of a plan and what was done: other columns may hold anything)
        if len(columns) < 2 or not any(re.fullmatch(r"(?i:năm\s+)?(?:19|20)\d{2}", c) for c in columns):
            continue
        pos = header.end() + 1
        while pos < len(text) and (line := _LINE.match(text, pos)) and line.group(0).strip():
            cells = [c for c in _spaced_cells(text, line.start(), line.end()) if c[2].strip()]
            pos = line.end() + 1
            if len(cells) != len(columns) + 1:
                break
            _read_row(cells, columns, _unit(cells[0][2]) or _counted(cells[0][2]), found, used)
    return found, used


def _read_row(cells: list[tuple[int, int, str]], columns: list[str], row_unit: tuple[str, str | None] | None,
              found: list[TableNumber], used: list[tuple[int, int]], *, money: tuple[str, str | None] | None = None) -> None:
    """A row's values after its label cell, each in its column's unit, else the row's."""
    for (start, end, cell), column in zip(cells[1:], columns):
        number = _NUMBER.fullmatch(cell)
        # (a column counting something names it after 'Số': '| Số gian hàng | Số hợp đồng ký kết |'; a column of
        # money, its unit over the table)
        stated = ("%", None) if _PERCENT.search(column) else _unit(column) or (
            money if money and MONEY_LABEL.search(column) else _counted(column)) or (
            ("điểm", None) if _SCORE.fullmatch(column) else None)   # (a council's scores: '| Điểm |')
        unit = stated or row_unit
        if number is None or unit is None:
            continue
        found.append(TableNumber(start + number.start("num"), start + number.end("num"), number.group("num"), *unit,
                                 stated=stated is not None))
        used.append((start, end))


def _counted(label: str) -> tuple[str, str | None] | None:
    """'Số hồ sơ đề nghị tài trợ': a row counting something names it after 'Số' ('hồ sơ')."""
    words = label.split()
    if len(words) < 2 or words[0] != "Số":
        return None
    if words[1].lower() == "tiền":
        return None   # ('Số tiền': an amount of money, no count)
    if words[1].lower() == "lượng":
        words = words[1:]   # ('Số lượng doanh nghiệp': 'số lượng' is 'the number of'; 'Số lượng' alone names nothing)
        if len(words) < 2:
            return None
    return " ".join(words[1:1 + compound_at(words[1:])]).lower(), None


def _cells(row: re.Match[str]) -> list[tuple[int, int, str]]:
    out, pos = [], row.start("cells")
    for part in row.group("cells").split("|"):
        out.append((pos, pos + len(part), part))
        pos += len(part) + 1
    return out


# what a bracket after a column's label may say besides a unit: a former province's ('Vĩnh Long (cũ)'), an estimate
_NOT_A_UNIT = {"cũ", "mới", "ước", "ước tính", "dự kiến", "kế hoạch", "*"}


def _unit(label: str) -> tuple[str, str | None] | None:
    """The unit a label gives in brackets at its end: '(tỷ USD)', '(triệu đồng)', '(%)', '(ha)', '(người)'."""
    bracketed = _BRACKETED.search(label.strip())
    if bracketed is None or bracketed.group("unit").strip().lower() in _NOT_A_UNIT:
        return None
    words = bracketed.group("unit").split()
    multiplier = words[0].lower() if len(words) > 1 and words[0].lower() in MULTIPLIERS else None
    unit = " ".join(words[1:] if multiplier else words)
    if unit.lower() in ("đồng", "vnđ", "vnd"):
        return "đồng", multiplier
    if unit == "%" or unit.upper() == "USD" or unit.lower() in MEASURES:
        return (unit if unit in ("%", "USD") else unit.lower()), multiplier
    # ('2024 (*)' marks an estimate: no unit)
    return (unit.lower(), multiplier) if len(words) <= 3 and re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)*", unit) else None


__all__ = ["indicator_table_numbers"]
