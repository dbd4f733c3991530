"""An agreement a report says a body is drawing up with a partner, no period yet: neither signed nor a draft."""

from __future__ import annotations

import pytest

from vnst.loaders.extract import gather

HEADER = ("UBND TỈNH QUẢNG NGÃI\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\n\nSố: 210/BC-SKHCN\n\nBÁO CÁO\nKết quả hoạt động khoa học "
          "và công nghệ năm 2025\n\n")


@pytest.mark.parametrize("sentence, parties", [
    # the department as its kind alone, the school named before as 'Nhà trường'
    ("Trường Đại học Phạm Văn Đồng chuyển giao 05 quy trình kỹ thuật. Chương trình phối hợp giữa Sở Khoa học và Công "
     "nghệ tỉnh Quảng Ngãi và Trường Đại học Phạm Văn Đồng giai đoạn 2020 - 2024 đã hoàn thành; Sở đang xây dựng "
     "chương trình hợp tác mới với Nhà trường cho giai đoạn tiếp theo.",
     ["Sở Khoa học và Công nghệ tỉnh Quảng Ngãi", "Trường Đại học Phạm Văn Đồng"]),
    # 'Sở' is the department issuing the report, however often another province's is named before it
    ("Sở đã tiếp nhận hồ sơ do Sở Khoa học và Công nghệ tỉnh Kon Tum quản lý. Chương trình phối hợp giữa Sở Khoa học "
     "và Công nghệ tỉnh Kon Tum (cũ) và Trường Đại học Phạm Văn Đồng giai đoạn 2020 - 2024 đã hoàn thành; Sở đang xây "
     "dựng chương trình hợp tác mới với Nhà trường cho giai đoạn tiếp theo.",
     ["Sở Khoa học và Công nghệ tỉnh Quảng Ngãi", "Trường Đại học Phạm Văn Đồng"]),
    # both named, the partner a research institute
    ("Sở Khoa học và Công nghệ tỉnh Quảng Ngãi sẽ soạn thảo thỏa thuận hợp tác về chuyển đổi số với Viện Công nghệ "
     "thông tin.", ["Sở Khoa học và Công nghệ tỉnh Quảng Ngãi", "Viện Công nghệ thông tin"]),
])
def test_an_agreement_drawn_up_with_a_partner_is_neither_signed_nor_a_draft(sentence: str, parties: list[str]) -> None:
    found = [(sorted(p.name for p in a.parties), a.start_year, a.signed, a.draft)
             for _, a in gather(HEADER + sentence + "\n").agreements]
    assert (parties, None, False, False) in found


@pytest.mark.parametrize("sentence", [
    # a plan drawn up with the departments is no agreement with a body
    "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi đang xây dựng kế hoạch phối hợp với các sở, ngành.",
    # the same two again, with no word of a new one: the programme already found
    "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi và Trường Đại học Phạm Văn Đồng ký kết Chương trình hợp tác giai đoạn "
    "2021 - 2025; Sở đang xây dựng chương trình hợp tác với Trường Đại học Phạm Văn Đồng.",
])
def test_no_second_agreement_is_drawn_up(sentence: str) -> None:
    found = [a for _, a in gather(HEADER + sentence + "\n").agreements if a.start_year is None]
    assert found == []
