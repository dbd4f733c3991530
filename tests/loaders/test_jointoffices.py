"""The joint office of a locality's council and committee is one body of that locality."""

from __future__ import annotations

import pytest

from loader_helpers import org_names as names

WARD = "ỦY BAN NHÂN DÂN\nPHƯỜNG VINH PHÚ\n\nSố: 08/KH-UBND\n\n{body}"
PROVINCE = "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n\nSố: 118/KH-UBND\n\n{body}"


@pytest.mark.parametrize("header, body, expected", [
    # the level word alone in the locality's own document: that locality's office
    (WARD, "- Văn phòng HĐND và UBND phường: tổng hợp báo cáo.",
     "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường Vinh Phú"),
    # named with its locality in a province's document, in full or abbreviated
    (PROVINCE, "Giao Văn phòng HĐND và UBND huyện Quỳ Hợp tổng hợp.",
     "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Quỳ Hợp"),
    (PROVINCE, "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thị xã Hoàng Mai báo cáo.",
     "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thị xã Hoàng Mai"),
])
def test_a_joint_office_is_one_body_of_its_locality(header: str, body: str, expected: str) -> None:
    found = names(header.format(body=body))
    assert expected in found
    # not the province's council's office beside it
    assert not any(n.startswith("Văn phòng Hội đồng nhân dân tỉnh") for n in found)


def test_the_level_word_alone_in_a_province_s_text_names_no_one_office() -> None:
    found = names(PROVINCE.format(body="Đề nghị Văn phòng HĐND và UBND huyện tổng hợp, báo cáo."))
    assert not any(n.startswith("Văn phòng") for n in found)
