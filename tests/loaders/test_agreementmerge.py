"""One agreement spoken of twice: a news headline naming the province where the story names its department."""

from __future__ import annotations

import pytest

from vnst.loaders.extract import gather

STORY = """Tin tức - Sự kiện

Thứ Năm, 14/03/2024 - 16:42

{headline} và Trường Đại học Oulu (Phần Lan) ký biên bản ghi nhớ hợp tác

Chiều ngày 13/3/2024, Sở Khoa học và Công nghệ tỉnh Đồng Nai và Trường Đại học Oulu đã ký kết biên bản ghi nhớ hợp tác về khởi nghiệp giai đoạn 2024 - 2027.

Theo biên bản ghi nhớ, hai bên thống nhất 3 nội dung hợp tác.
"""


@pytest.mark.parametrize("headline, expected", [
    # the province stands for its department that signed: one agreement
    ("Đồng Nai", [(["Sở Khoa học và Công nghệ tỉnh Đồng Nai", "Trường Đại học Oulu"], 2024)]),
    # another body of another province signs something else
    ("Tỉnh Bình Dương", [(["Sở Khoa học và Công nghệ tỉnh Đồng Nai", "Trường Đại học Oulu"], 2024),
                         (["Trường Đại học Oulu", "Ủy ban nhân dân tỉnh Bình Dương"], None)]),
])
def test_a_headline_s_province_and_the_story_s_department_sign_one_agreement(headline: str, expected: list) -> None:
    found = [(sorted(p.name for p in a.parties), a.start_year) for _, a in gather(STORY.format(headline=headline)).agreements]
    assert sorted(found, key=str) == sorted(expected, key=str)


def test_the_body_where_the_signing_took_place_is_no_party() -> None:
    # (a PDF's lines wrap the names: the venue after 'tại' is read as a body, and stays no party)
    text = ("Tin tức\n\nChiều ngày 13/3/2024, tại Trung tâm Khởi nghiệp đổi mới sáng tạo\nThành phố Hồ Chí Minh (SIHUB), "
            "số 273 Điện Biên Phủ, phường Võ Thị Sáu, Sở Khoa\nhọc và Công nghệ TP. Hồ Chí Minh và Trường Đại học Aalto "
            "(Aalto University, Cộng\nhòa Phần Lan) đã ký kết biên bản ghi nhớ hợp tác về phát triển hệ sinh thái khởi\n"
            "nghiệp đổi mới sáng tạo giai đoạn 2024 - 2027.\n")
    found = [sorted(p.name for p in a.parties) for _, a in gather(text).agreements]
    assert found == [["Sở Khoa học và Công nghệ thành phố Hồ Chí Minh", "Trường Đại học Aalto"]]


def test_a_title_at_the_signing_ceremony_keeps_the_parties_named_after_it() -> None:
    text = ("BÀI PHÁT BIỂU\nCỦA ĐỒNG CHÍ NGUYỄN VĂN ÚT, CHỦ TỊCH UBND TỈNH TÂY NINH\nTẠI LỄ KÝ KẾT CHƯƠNG TRÌNH HỢP TÁC "
            "GIỮA ỦY BAN NHÂN DÂN TỈNH TÂY NINH\nVÀ ĐẠI HỌC QUỐC GIA TP. HỒ CHÍ MINH GIAI ĐOẠN 2024 - 2030\n\n"
            "Kính thưa quý vị đại biểu!\n\nChương trình hợp tác mà hai bên vừa ký kết gồm tám nội dung.\n")
    found = [(sorted(p.name.lower() for p in a.parties), a.start_year) for _, a in gather(text).agreements]
    assert found == [(["đại học quốc gia thành phố hồ chí minh", "ủy ban nhân dân tỉnh tây ninh"], 2024)]
