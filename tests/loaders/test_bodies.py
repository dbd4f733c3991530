"""Units every province has, from the curated data (loaders/data/national_bodies.yaml), named with the province."""

from __future__ import annotations

import pytest
from loader_helpers import org_names as names


@pytest.mark.parametrize("text, expected", [
    ("Phối hợp với Chi cục Quản lý thị trường tỉnh Quảng Ninh kiểm tra.", ["Chi cục Quản lý thị trường tỉnh Quảng Ninh"]),
    # the inspectorate only with its province: alone, 'thanh tra' is the act of inspecting
    ("Cơ quan phối hợp: Thanh tra tỉnh, Sở Tư pháp.", ["Thanh tra tỉnh Quảng Ninh", "Sở Tư pháp tỉnh Quảng Ninh"]),
    ("Thanh tra các cơ sở sản xuất; Sở Tư pháp phối hợp.", ["Sở Tư pháp tỉnh Quảng Ninh"]),
])
def test_units_every_province_has(text: str, expected: list[str]) -> None:
    assert names(text, home="Quảng Ninh") == expected
