"""Diplomatic missions and their heads: an embassy named with its state's title, an ambassador named by his post
and its seat before a name in Latin letters."""

from __future__ import annotations

import pytest
from loader_helpers import org_names as names

from vnst.loaders.extract import gather


def test_an_embassy_named_with_its_state_s_title() -> None:
    assert names("cùng Đại sứ quán Vương quốc Bỉ tại Việt Nam và Đại sứ quán Nhật Bản tổ chức.") == [
        "Đại sứ quán Vương quốc Bỉ tại Việt Nam", "Đại sứ quán Nhật Bản"]


@pytest.mark.parametrize("text, expected", [
    ("Dự lễ có Đại sứ Phần Lan tại Việt Nam Keijo Norvanto; đồng chí Lê Văn A, Phó Chủ tịch UBND tỉnh.",
     ("Keijo Norvanto", "dai-su", "Đại sứ quán Phần Lan tại Việt Nam")),
    # the mission as the text names it in full elsewhere; a European name's particle
    ("Đại sứ quán Vương quốc Bỉ tại Việt Nam tài trợ. Đại sứ Bỉ tại Việt Nam Karl van den Bossche phát biểu.",
     ("Karl van den Bossche", "dai-su", "Đại sứ quán Vương quốc Bỉ tại Việt Nam")),
])
def test_an_ambassador_named_by_his_post_and_its_seat(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(p.name, p.title, p.org.name if p.org else None) for p in gather("Tin tức\n\n" + text).people}
