"""Source titles as a person would give them."""

from __future__ import annotations

import pytest

from vnst.loaders.sources import first_title


@pytest.mark.parametrize("text, title", [
    # a news page whose first line is its dateline
    ("Thứ năm, 23/06/2022 12:46 GMT+7\n\nThứ trưởng Bộ KH&CN thăm tỉnh Sóc Trăng\n\nNgày ...",
     "Thứ trưởng Bộ KH&CN thăm tỉnh Sóc Trăng"),
    ("- Chủ nhật, 05/03/2023, 08:10 - Chia sẻ\nĐà Nẵng ký kết hợp tác với Đại học Duy Tân",
     "Đà Nẵng ký kết hợp tác với Đại học Duy Tân"),
    # a site header in capitals before the headline
    ("SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTỈNH BẾN TRE\nLễ ký kết hợp tác giữa tỉnh Bến Tre với Trường Đại học Trà Vinh",
     "Lễ ký kết hợp tác giữa tỉnh Bến Tre với Trường Đại học Trà Vinh"),
    # an official letter: its subject line
    ("**ỦY BAN NHÂN DÂN\nTỈNH AN GIANG**\n\nSố: 12/UBND-KT\n\nV/v đề nghị hỗ trợ\nxây dựng sàn giao dịch công nghệ\n\nKính gửi: Bộ KH&CN.",
     "đề nghị hỗ trợ xây dựng sàn giao dịch công nghệ"),
    ("Số: 7/SKHCN\nV/v báo cáo tình hình\nKính gửi: UBND tỉnh.", "báo cáo tình hình"),
    # a long first sentence cut at its colon
    ("Tài liệu Báo cáo kết quả thực hiện nghị quyết 05-NQ/TU của tỉnh ủy Hậu Giang: Ngày 02/3/2019, Tỉnh ủy ban hành ...",
     "Tài liệu Báo cáo kết quả thực hiện nghị quyết 05-NQ/TU của tỉnh ủy Hậu Giang"),
    # nothing but a header: keep it rather than nothing
    ("ỦY BAN NHÂN DÂN\n", "ỦY BAN NHÂN DÂN"),
    ("\n \n", None),
])
def test_title(text: str, title: str | None) -> None:
    assert first_title(text) == title


def test_long_titles_are_cut_at_a_word() -> None:
    title = first_title("Kế hoạch " + "phát triển khoa học " * 40)
    assert title is not None and len(title) <= 301 and title.endswith("…")
    assert not title[:-1].endswith(" ")
