"""Signings a text asks for, or lists on the programme of an event still to come: not yet signed."""

from __future__ import annotations

import pytest

from vnst.loaders.extract import gather
from vnst.loaders.tocome import still_to_come

LETTER = """ỦY BAN NHÂN DÂN
TỈNH NGHỆ AN
Số: 812/UBND-KGVX
V/v đề xuất nhiệm vụ khoa học và công nghệ

Nghệ An, ngày 04 tháng 3 năm 2026

Kính gửi: Bộ Khoa học và Công nghệ

{lead_in}
- Xem xét, đưa các đề xuất trên vào danh mục nhiệm vụ cấp quốc gia;
- Thống nhất ký kết Chương trình phối hợp giữa Bộ Khoa học và Công nghệ và Ủy ban nhân dân tỉnh Nghệ An giai đoạn 2026 - 2030.
"""


def _statuses(text: str) -> list[tuple[int | None, bool]]:
    return sorted((a.start_year, a.signed) for _, a in gather(text).agreements)


@pytest.mark.parametrize("lead_in, signed", [
    # the letter asks the ministry for the signing: still to come
    ("Ủy ban nhân dân tỉnh Nghệ An kính đề nghị Bộ Khoa học và Công nghệ:", False),
    ("Ủy ban nhân dân tỉnh kiến nghị:", False),
    # the same items under a report of what was done: a signing done
    ("Trong năm 2026, hai bên đã thực hiện:", True),
])
def test_a_signing_a_letter_asks_for_is_not_yet_signed(lead_in: str, signed: bool) -> None:
    assert _statuses(LETTER.format(lead_in=lead_in)) == [(2026, signed)]


PRESS = """UBND TỈNH HÀ TĨNH
SỞ KHOA HỌC VÀ CÔNG NGHỆ

Hà Tĩnh, ngày 02 tháng 6 năm 2026

THÔNG CÁO BÁO CHÍ
NGÀY HỘI KHỞI NGHIỆP ĐỔI MỚI SÁNG TẠO TỈNH HÀ TĨNH NĂM 2026

Ngày hội {tense} tại Trung tâm Hội nghị tỉnh.

Các hoạt động chính
- Khai mạc lúc 08 giờ 00 ngày 10/6/2026.
- Lễ ký kết 04 biên bản ghi nhớ; trong đó Sở Khoa học và Công nghệ {verb} biên bản ghi nhớ với Trường Đại học Hà Tĩnh về ươm tạo khởi nghiệp giai đoạn 2026 - 2028.
"""


@pytest.mark.parametrize("tense, verb, signed", [
    # announced ahead: the signing is on the programme, not done
    ("sẽ diễn ra từ ngày 10 đến ngày 11/6/2026", "ký", False),
    ("dự kiến được tổ chức ngày 10/6/2026", "ký", False),
    # told after the day: a signing done
    ("đã diễn ra ngày 01/6/2026", "ký", True),
    # ahead, but the item itself says it is done
    ("sẽ diễn ra từ ngày 10 đến ngày 11/6/2026", "đã ký", True),
])
def test_a_signing_on_the_programme_of_an_event_to_come_is_not_yet_signed(tense: str, verb: str, signed: bool) -> None:
    assert _statuses(PRESS.format(tense=tense, verb=verb)) == [(2026, signed)]


@pytest.mark.parametrize("text, expected", [
    ("2. Đề nghị Bộ xem xét ký kết Chương trình.", True),
    ("Đề xuất:\n- Ký kết Chương trình hợp tác.", True),
    ("Kết quả:\n- Ký kết Chương trình hợp tác.", False),
    # a line that is no item, under a request, is its own sentence
    ("Sở đề nghị:\nHai bên đã ký kết Chương trình hợp tác.", False),
])
def test_still_to_come_reads_the_item_and_its_lead_in(text: str, expected: bool) -> None:
    assert still_to_come(text, text.index("Chương trình")) is expected


@pytest.mark.parametrize("gap", [" ", "\n"])   # (the clause's line may wrap before the signing)
def test_the_signers_of_an_earlier_agreement_in_a_relative_clause_are_its_parties(gap: str) -> None:
    text = ("Tin tức\n\nThứ Hai, 06/10/2025 - 09:15\n\nSáng 05/10, Ủy ban nhân dân tỉnh Quảng Ngãi và Tổng công ty "
            "Bưu điện Việt Nam (VNPost) đã ký kết thỏa thuận hợp tác giai đoạn 2025 - 2030.\n\nThỏa thuận lần này "
            f"kế thừa kết quả của thỏa thuận hợp tác giai đoạn 2020 - 2025 mà Ủy ban nhân dân tỉnh và VNPost{gap}đã ký "
            "kết và thực hiện.\n")
    found = sorted((a.start_year, sorted(p.name for p in a.parties), a.signed) for _, a in gather(text).agreements)
    both = ["Tổng công ty Bưu điện Việt Nam", "Ủy ban nhân dân tỉnh Quảng Ngãi"]
    assert found == [(2020, both, True), (2025, both, True)]
