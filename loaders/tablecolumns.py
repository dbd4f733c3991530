"""One column of a numbered table, read whole: the cells of the column a label names ('Tên dự án'), one per
row, where a cell may wrap over lines of its own."""

from __future__ import annotations

import re

from vnst.loaders.tables import Cell, wrapped_cells_joined, numbered_rows


def column_cells(text: str, label: re.Pattern[str]) -> list[tuple[int, int, str]]:
    """The cells, one per row, of the column whose label ``label`` matches in full ('Tên dự án'), as
    (start, end, text); only rows with one cell per column, where the column is sure."""
    out = []
    for columns, rows in numbered_rows(text):
        index = next((n for n, c in enumerate(columns) if label.fullmatch(c)), None)
        if index is None:
            continue
        rows = [wrapped_cells_joined(r, len(columns)) for r in rows]
        for r in rows:
            cell = (r[index].start, r[index].end, r[index].text) if len(r) == len(columns) else _before_a_body(r, columns, index)
            if cell is not None:
                out.append(cell)
    return out


# the words a body's name opens with, which start the cell of the body in charge after a title wrapped over lines
_BODY_HEAD = re.compile(r"(?:Công ty|Hợp tác xã|HTX|Trường|Trung tâm|Viện|Sở|Ban|UBND|Ủy ban|Tập đoàn|Chi cục|Phòng|Hội|Đại học"
                        r"|Học viện|Bệnh viện)(?![\wÀ-ỹ])")
_BODY_COLUMN = re.compile(r"(?i:tổ\s+chức|cơ\s+quan|đơn\s+vị)\s+(?i:chủ\s+trì|thực\s+hiện)")


def _before_a_body(row: list[Cell], columns: list[str], index: int) -> tuple[int, int, str] | None:
    """A title wrapped over several lines before the body in charge's column ('Ứng dụng ... xây' / 'dựng mô hình
    ...' / 'Khôi tía ... tại huyện Minh Hóa' / 'Công ty TNHH Dược liệu' / ...): its lines up to the one a body's
    name opens."""
    if index + 1 >= len(columns) or not _BODY_COLUMN.search(columns[index + 1]) or index >= len(row):
        return None
    body = next((j for j in range(index + 1, len(row)) if _BODY_HEAD.match(row[j].text)), None)
    if body is None:
        return None
    lines = row[index:body]
    return lines[0].start, lines[-1].end, " ".join(c.text for c in lines)


__all__ = ["column_cells"]
