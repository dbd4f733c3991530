"""A body's name, and its zone's, run on into the name of the head its post introduces."""

from __future__ import annotations

import pytest

from vnst.loaders.extract import gather
from vnst.textnorm import fold


@pytest.mark.parametrize("said, body", [
    ("Trưởng Ban Quản lý Khu kinh tế Vân Phong Lê Văn Tuấn cho biết", "Ban Quản lý Khu kinh tế Vân Phong"),
    ("Phó Trưởng Ban Quản lý Khu công nghệ cao Hòa Lạc Nguyễn Thị Hạnh cho biết", "Ban Quản lý Khu công nghệ cao Hòa Lạc"),
])
def test_a_body_ends_before_the_name_of_the_head_its_post_introduces(said: str, body: str) -> None:
    found = gather(f"Tin tức\n\nNgày 12/5/2025, đoàn làm việc tại tỉnh Khánh Hòa. {said}, năm 2024 tỉnh thu hút 18 dự án.\n")
    names = {fold(o.name) for o in found.orgs}
    assert fold(body) in names
    assert not any(n.startswith(fold(body) + " ") for n in names)
    # (nor the zone the board is named after)
    zone = fold(body).removeprefix("ban quan ly ")
    assert {fold(p.name) for p in found.projects if fold(p.name).startswith(zone[:8])} == {zone}


def test_a_zone_named_after_a_person_with_no_post_before_it_keeps_its_name() -> None:
    found = gather("Tin tức\n\nThành phố mở rộng Khu công nghiệp Lê Minh Xuân, quy mô 120 ha, trong năm 2025.\n")
    assert {fold(p.name) for p in found.projects} == {"khu cong nghiep le minh xuan"}


@pytest.mark.parametrize("said, body", [
    # a place whose name reads as a person's ends the body's name
    ("Giám đốc Sở Khoa học và Công nghệ TP. Hồ Chí Minh cho biết", "Sở Khoa học và Công nghệ thành phố Hồ Chí Minh"),
    # an award named after a person: his name is the award's
    ("Chủ tịch Hội đồng Giải thưởng Tạ Quang Bửu cùng đại diện các viện cho biết", "Hội đồng Giải thưởng Tạ Quang Bửu"),
])
def test_a_name_that_reads_as_a_person_s_but_is_the_body_s_stays_whole(said: str, body: str) -> None:
    found = gather(f"Tin tức\n\nNgày 12/5/2025, đoàn làm việc tại tỉnh Khánh Hòa. {said}, năm 2024 có 18 dự án.\n")
    assert fold(body) in {fold(o.name) for o in found.orgs}
