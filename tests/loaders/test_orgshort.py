"""A body's short name, defined in brackets, written inside another body's name (orgshort.py)."""

from __future__ import annotations

from loader_helpers import org_names as names


def test_a_short_name_inside_a_later_name_is_written_out() -> None:
    text = ("Phát huy tiềm lực của Đại học Đà Nẵng (ĐHĐN) và Phân hiệu Đại học Đà Nẵng tại Kon Tum. Giao Phân hiệu ĐHĐN tại "
            "Kon Tum chủ trì.")
    assert names(text, "Kon Tum")[-1] == "Phân hiệu Đại học Đà Nẵng tại Kon Tum"


def test_a_name_that_ends_in_the_short_name_is_left_to_the_unit_reading() -> None:
    text = "Quỹ Phát triển khoa học và công nghệ tỉnh Kon Tum (QPTKHCN) họp. Hội đồng quản lý QPTKHCN thông qua."
    assert "Hội đồng quản lý Quỹ Phát triển khoa học và công nghệ tỉnh Kon Tum" in names(text, "Kon Tum")
