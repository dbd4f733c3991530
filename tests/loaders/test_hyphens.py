"""A syllable a scanned page broke at a line's end with a hyphen, read whole; a dash between two words kept."""

from __future__ import annotations

import pytest

from vnst.loaders.extract import gather
from vnst.loaders.hyphens import rejoined_syllables


@pytest.mark.parametrize("text, expected", [
    ("Viện Khoa học Lâm nghi-\nệp Việt Nam", "Viện Khoa học Lâm nghiệp \n Việt Nam"),
    ("dự án được chấp thu- \nận chủ trương", "dự án được chấp thuận  \n chủ trương"),
    ("Trung tâm Khuy-\nến nông", "Trung tâm Khuyến \n nông"),
    # two words, a code in capitals, a foreign given name: the dash is the writer's
    ("khoa học-\ncông nghệ", "khoa học-\ncông nghệ"),
    ("KH-\ncn", "KH-\ncn"),
    ("Bà Rịa -\nVũng Tàu", "Bà Rịa -\nVũng Tàu"),
    ("ông Choi Jae-\nwon", "ông Choi Jae-\nwon"),
])
def test_a_syllable_broken_at_a_line_s_end(text: str, expected: str) -> None:
    assert rejoined_syllables(text) == expected


def test_a_body_s_name_broken_inside_a_syllable_is_read_whole_at_its_place_as_written() -> None:
    text = "Sở đã phối hợp với Viện Khoa học Lâm nghi-\nệp Việt Nam thực hiện 08 đề tài.\n"
    [org] = gather(text).orgs
    assert org.name == "Viện Khoa học Lâm nghiệp Việt Nam"
    assert text[org.start:org.end] == "Viện Khoa học Lâm nghi-\nệp Việt Nam"
