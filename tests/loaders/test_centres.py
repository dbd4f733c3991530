"""Start-up and innovation centres that are bodies as well as facilities (centres.py)."""

from __future__ import annotations

import pytest

from vnst.loaders.extract import gather


def _posts(text: str) -> set[tuple[str, str, str | None]]:
    return {(p.name, p.title, p.org.name if p.org else None) for p in gather(text).people if p.title}


def _agreements(text: str) -> set[tuple[tuple[str, ...], int | None]]:
    return {(tuple(sorted(p.name for p in a.parties)), a.start_year) for _, a in gather(text).agreements}


_SIHUB = "Trung tâm Khởi nghiệp sáng tạo thành phố Hồ Chí Minh"


def test_a_director_of_the_centres_short_name_heads_the_centre() -> None:
    text = ("Chiều 13/11, Trung tâm Khởi nghiệp sáng tạo TP. Hồ Chí Minh (SIHUB) tổ chức hội thảo. Tham dự có bà Lưu "
            "Ngọc Thảo, Giám đốc SIHUB.")
    assert ("Lưu Ngọc Thảo", "giam-doc", _SIHUB) in _posts(text)


@pytest.mark.parametrize("text, expected", [
    # the centre a director heads signs as a body; the city where it signs is no party
    ("Chiều 13/11/2019, tại TP. Hồ Chí Minh, Trung tâm Khởi nghiệp sáng tạo TP. Hồ Chí Minh (SIHUB) và Business "
     "Finland - cơ quan xúc tiến của Phần Lan - đã ký biên bản ghi nhớ hợp tác giai đoạn 2019 - 2021.\n\n"
     "Tham dự có bà Lưu Ngọc Thảo, Giám đốc SIHUB.",
     {(("Business Finland", _SIHUB), 2019)}),
])
def test_a_centre_that_is_a_body_signs(text: str, expected: set) -> None:
    assert _agreements(text) == expected


_RENAMED = ("UBND TỈNH NGHỆ AN\n\nQUYẾT ĐỊNH\n\nĐiều 1. Tổ chức lại Trung tâm Thông tin khoa học và công nghệ trên cơ sở tiếp "
            "nhận Trung tâm Công nghệ thông tin và Truyền thông thuộc Sở Thông tin và Truyền thông tỉnh Nghệ An, đổi tên "
            "thành Trung tâm Đổi mới sáng tạo tỉnh Nghệ An (sau đây gọi tắt là Trung tâm).\n\nGiao ông Lê Văn Hòa, Phó "
            "Giám đốc Sở Khoa học và Công nghệ, kiêm nhiệm Giám đốc Trung tâm Đổi mới sáng tạo tỉnh Nghệ An.\n\n"
            "Trung tâm có con dấu riêng.\n")


def test_a_centre_renamed_and_defined_as_the_short_name_beside_the_centres_it_takes_in() -> None:
    # the short name is the renamed centre's; the centres named with that head before it, and the department one of
    # them belongs to ('thuộc'), are bodies of their own
    assert {o.name for o in gather(_RENAMED).orgs} == {
        "Ủy ban nhân dân tỉnh Nghệ An", "Trung tâm Thông tin khoa học và công nghệ",
        "Trung tâm Công nghệ thông tin và Truyền thông", "Sở Thông tin và Truyền thông tỉnh Nghệ An",
        "Trung tâm Đổi mới sáng tạo tỉnh Nghệ An", "Sở Khoa học và Công nghệ tỉnh Nghệ An"}
    assert ("Lê Văn Hòa", "giam-doc", "Trung tâm Đổi mới sáng tạo tỉnh Nghệ An") in _posts(_RENAMED)
