"""What the words around a name say about it (orgclues.py), seen through the names read: a lower-case syllable that
finishes a capitalised word, a start-up centre that is a body because it issues the text."""

from __future__ import annotations

import pytest
from loader_helpers import org_names


@pytest.mark.parametrize("text, expected", [
    # 'Lâm' + 'nghiệp' is one word: the name runs through it, after two capitalised syllables
    ("Làm việc với Khoa Nông Lâm nghiệp, Trường Đại học Tây Nguyên.", ["Khoa Nông Lâm nghiệp", "Trường Đại học Tây Nguyên"]),
    ("- TS. Y Khuê Niê, Trưởng khoa Nông Lâm nghiệp.\n", ["Khoa Nông Lâm nghiệp"]),
    # a syllable that finishes no word is not the name's ('Chu Lai nghiên cứu')
    ("Ban Quản lý Khu kinh tế Chu Lai nghiên cứu, đề xuất.", ["Ban Quản lý Khu kinh tế Chu Lai"]),
])
def test_a_syllable_finishing_the_last_capitalised_word(text: str, expected: list[str]) -> None:
    assert org_names(text, home="Đắk Lắk") == expected


@pytest.mark.parametrize("header, expected", [
    # a start-up centre in the header, above the number: it issues the text, a body
    ("UBND TỈNH AN GIANG              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "TRUNG TÂM HỖ TRỢ KHỞI NGHIỆP ĐỔI MỚI SÁNG TẠO      Độc lập - Tự do - Hạnh phúc\n\nSố: 12/BC-TTKN\n",
     True),
    # named in the body only, with no director and nothing that sets it up: a facility, no body
    ("UBND TỈNH AN GIANG              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: 12/BC-UBND\n\n"
     "Tỉnh đầu tư Trung tâm Hỗ trợ Khởi nghiệp Đổi mới Sáng tạo.\n", False),
])
def test_a_start_up_centre_issuing_the_text_is_a_body(header: str, expected: bool) -> None:
    names = org_names(header, home="An Giang")
    assert any(name.lower().startswith("trung tâm hỗ trợ khởi nghiệp") for name in names) is expected, names


@pytest.mark.parametrize("text, expected", [
    # the board of the city's one high-tech zone, written without the city in its own text: the city's
    ("Nơi nhận:\n- Ban Quản lý Khu Công nghệ cao;\n- Lưu: VT.\n", ["Ban Quản lý Khu Công nghệ cao thành phố Hồ Chí Minh"]),
    # ... but one with a proper name is that zone's
    ("Nơi nhận:\n- Ban Quản lý Khu kinh tế Vân Phong;\n", ["Ban Quản lý Khu kinh tế Vân Phong"]),
    # a company named after a day ends its name with the day
    ("| 7 | Công ty cổ phần Dược phẩm 3/2 | 0302552738 |", ["Công ty cổ phần Dược phẩm 3/2"]),
    ("Công ty cổ phần Dược phẩm 3/2 phát biểu.", ["Công ty cổ phần Dược phẩm"]),
    # a Roman numeral opening the next line is a heading ('II. GIẢI NHÌ'), not the name's numbered branch
    ("2 | Quy trình nhân giống | Trung tâm Ứng dụng tiến bộ khoa học và công nghệ Bình Dương\nII. GIẢI NHÌ\n",
     ["Trung tâm Ứng dụng tiến bộ khoa học và công nghệ Bình Dương"]),
    ("Viện Nghiên cứu Nuôi trồng thủy sản II phát biểu.", ["Viện Nghiên cứu Nuôi trồng thủy sản II"]),
])
def test_where_a_name_ends_seen_in_set_uz(text: str, expected: list[str]) -> None:
    assert org_names(text, home="Hồ Chí Minh") == expected
