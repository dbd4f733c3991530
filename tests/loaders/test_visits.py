"""A working visit's two sides, which the report calls 'Hai bên' when they agree on an agreement still to come."""

from __future__ import annotations

import pytest

from vnst.loaders.extract import gather

VISIT = """Ngày 12/6/2024, đoàn công tác của {guest} do PGS.TS. Lê Văn An, Hiệu trưởng dẫn đầu đã có buổi làm việc với \
{host} tại thành phố Bạc Liêu.

Tiếp đoàn có ông Trần Văn Hòa, Phó Chủ tịch UBND tỉnh Bạc Liêu.

Hai bên {verb} Sở KH&CN tỉnh Bạc Liêu và Phòng Khoa học Công nghệ của Trường xây dựng dự thảo Thỏa thuận hợp tác giai \
đoạn 2024 - 2029, dự kiến ký kết vào tháng 9/2024.
"""


@pytest.mark.parametrize("verb", ["giao", "thống nhất giao", "đã thống nhất giao"])
def test_the_sides_of_a_visit_are_the_parties_of_the_agreement_they_will_draw_up(verb: str) -> None:
    text = VISIT.format(guest="Trường Đại học Cần Thơ", host="Ủy ban nhân dân tỉnh Bạc Liêu", verb=verb)
    [(_, agreement)] = gather(text).agreements
    assert sorted(p.name for p in agreement.parties) == ["Trường Đại học Cần Thơ", "Ủy ban nhân dân tỉnh Bạc Liêu"]
    assert (agreement.start_year, agreement.end_year, agreement.signed, agreement.draft) == (2024, 2029, False, False)


def test_a_province_s_delegation_is_its_people_s_committee() -> None:
    text = ("Sáng 16/3/2019, Đoàn công tác tỉnh Sóc Trăng do ông Lê Văn Bình, Chủ tịch UBND tỉnh Sóc Trăng dẫn đầu đã đến "
            "thăm và làm việc tại Trường Đại học Nông Lâm Thành phố Hồ Chí Minh.\n\n"
            "Hai bên thống nhất giao Sở Khoa học và Công nghệ tỉnh Sóc Trăng xây dựng dự thảo Chương trình hợp tác giai "
            "đoạn 2019 - 2024, dự kiến ký kết trong tháng 5/2019.\n")
    [(_, agreement)] = gather(text).agreements
    assert sorted(p.name for p in agreement.parties) == ["Trường Đại học Nông Lâm Thành phố Hồ Chí Minh",
                                                          "Ủy ban nhân dân tỉnh Sóc Trăng"]
    assert not agreement.signed
