"""Upper-case lines title-cased for the name patterns, same length, the changed offsets kept."""

from __future__ import annotations

import pytest

from vnst.loaders.caps import CAPS_CHANGED, speakers_cased, title_case_caps


@pytest.mark.parametrize("text, expected", [
    ("TRƯỜNG ĐẠI HỌC NÔNG LÂM\n", "Trường Đại Học Nông Lâm\n"),
    # abbreviations the officials write stay as they are, and so do short ASCII words that are no syllable,
    # which may be abbreviations too ('CNC', 'VNU', 'TW'); a short syllable is a word ('GIA', 'THU', 'CAO')
    ("SỞ KH&CN TỈNH ĐẮK LẮK\n", "Sở KH&CN Tỉnh Đắk Lắk\n"),
    ("SỞ KH&CN TỈNH GIA LAI\n", "Sở KH&CN Tỉnh Gia Lai\n"),
    ("HỘI ĐỒNG NGHIỆM THU CẤP QUỐC GIA\n", "Hội Đồng Nghiệm Thu Cấp Quốc Gia\n"),
    ("BAN QUẢN LÝ KHU CNC VÀ VNU TW\n", "Ban Quản Lý Khu CNC và VNU TW\n"),
    # (two letters are an abbreviation even when they spell a syllable: 'TU', the province's party committee)
    ("NƠI NHẬN: TT. TU, HU\n", "Nơi Nhận: TT. TU, HU\n"),
    # a bare vowel may be an acronym ('AI', 'IT'): only a syllable with its first consonant is titled
    ("TRUNG TÂM ĐỔI MỚI AI VÀ IT\n", "Trung Tâm Đổi Mới AI và IT\n"),
    # a run of upper-case words after a mixed-case label
    ("Bên B: TRƯỜNG ĐẠI HỌC THỦY LỢI\n", "Bên B: Trường Đại Học Thủy Lợi\n"),
    # mixed case is left alone
    ("Sở Khoa học và Công nghệ\n", "Sở Khoa học và Công nghệ\n"),
])
def test_title_case_caps(text: str, expected: str) -> None:
    titled = title_case_caps(text)
    assert titled == expected and len(titled) == len(text)


def test_the_changed_offsets_are_kept_for_the_current_text() -> None:
    title_case_caps("VIỆN HÀN LÂM\nViện Hàn lâm")
    assert 1 in CAPS_CHANGED and 0 not in CAPS_CHANGED and 14 not in CAPS_CHANGED
    title_case_caps("Không có chữ hoa")
    assert not CAPS_CHANGED


@pytest.mark.parametrize("line, expected", [
    # a speech's speaker in its title in capitals: the honorific and name as running text writes them
    ("CỦA ĐỒNG CHÍ TRƯƠNG MINH KHÔI, CHỦ TỊCH UBND TỈNH LONG AN\n",
     "CỦA đồng chí Trương Minh Khôi, CHỦ TỊCH UBND TỈNH LONG AN\n"),
    ("ÔNG  LÊ VĂN AN,  GIÁM ĐỐC SỞ\n", "ông  Lê Văn An,  GIÁM ĐỐC SỞ\n"),
    # a name in capitals in a line of running text is left alone
    ("ÔNG NGUYỄN VĂN A, giám đốc sở\n", "ÔNG NGUYỄN VĂN A, giám đốc sở\n"),
])
def test_a_speaker_in_capitals(line: str, expected: str) -> None:
    cased = speakers_cased(line)
    assert cased == expected and len(cased) == len(line)
