"""The cells of a table's line as a text export leaves them (tablecells.py)."""

from __future__ import annotations

import pytest

from vnst.loaders.tablecells import aligned, spaced_cells


@pytest.mark.parametrize("line, cells", [
    ("1    Đề tài cấp tỉnh    14    15", ["1", "Đề tài cấp tỉnh", "14", "15"]),
    # the row-number column two spaces from the next
    ("TT  Chỉ tiêu      Đơn vị tính", ["TT", "Chỉ tiêu", "Đơn vị tính"]),
    ("Nông nghiệp\t8\t9.640", ["Nông nghiệp", "8", "9.640"]),
])
def test_spaced_cells(line: str, cells: list[str]) -> None:
    assert [c.text for c in spaced_cells(line, 0)] == cells


def test_a_row_run_together_is_cut_near_the_header_s_columns() -> None:
    header = "TT  Chỉ tiêu                          Đơn vị tính     Kế hoạch"
    starts = [c.start for c in spaced_cells(header, 0)]
    row = "3   Hợp tác xã được hỗ trợ đổi mới  hợp tác xã     12"
    assert [c.text for c in aligned(spaced_cells(row, 0), row, 0, starts)] == ["3", "Hợp tác xã được hỗ trợ đổi mới",
                                                                              "hợp tác xã", "12"]
