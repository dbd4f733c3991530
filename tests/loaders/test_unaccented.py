"""Header lines typed without diacritics given them back (unaccented.py)."""

from __future__ import annotations

import pytest

from vnst.loaders.extract import gather
from vnst.loaders.unaccented import reaccented


@pytest.mark.parametrize("text, expected", [
    # a column's cell in capitals without diacritics, beside one with them
    ("UBND TINH BAC LIEU                  UBND TỈNH HẬU GIANG\n", "UBND TỈNH BẠC LIÊU                  UBND TỈNH HẬU GIANG\n"),
    ("SO KHOA HOC VA CONG NGHE\n", "SỞ KHOA HỌC VÀ CÔNG NGHỆ\n"),
    # an English line of a bilingual text, a number line and a title of other words are left as written
    ("DEPARTMENT OF SCIENCE AND TECHNOLOGY OF KHANH HOA PROVINCE, VIET NAM\n",
     "DEPARTMENT OF SCIENCE AND TECHNOLOGY OF KHANH HOA PROVINCE, VIET NAM\n"),
    ("SO: 125/KH-UBND\n", "SO: 125/KH-UBND\n"),
    ("II. KET QUA THUC HIEN CAC NOI DUNG HOP TAC\n", "II. KET QUA THUC HIEN CAC NOI DUNG HOP TAC\n"),
])
def test_reaccented(text: str, expected: str) -> None:
    out = reaccented(text)
    assert out == expected and len(out) == len(text)


def test_an_unaccented_header_names_its_department_and_no_faculty() -> None:
    text = ("UBND TINH BAC LIEU\nSO KHOA HOC VA CONG NGHE\n\nSố: 12/BC-SKHCN\n\nBÁO CÁO\n\nSở báo cáo như sau.\n")
    assert [o.name for o in gather(text).orgs][:2] == ["Ủy ban nhân dân tỉnh Bạc Liêu", "Sở Khoa học và Công nghệ tỉnh Bạc Liêu"]
