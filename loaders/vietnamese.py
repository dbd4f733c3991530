"""Vietnamese text conventions: white space, numbers, dates, abbreviations.

Numbers use '.' for thousands and ',' for decimals (``3.176`` is 3176,
``20,03`` is 20.03); dates come as ``ngày 31 tháng 8 năm 2021``, ``21/6/2022``,
``tháng 11/2015`` or ``quý IV/2017``. U+00A0 occurs inside phrases, so every
pattern uses ``WS`` (which matches it) and offsets always index the NFC text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources

import yaml

WS = r"[\s\u00a0\u202f]"
WS1 = WS + "+"
# Capital letters of Vietnamese, as a character class body (À-Ỹ as a range would take lower case too).
UPPER = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x1EFA) if chr(c).isupper() and chr(c).isalpha())
LOWER = "a-z" + "".join(chr(c) for c in range(0xC0, 0x1EFA) if chr(c).islower() and chr(c).isalpha())
CAP_WORD = "[" + UPPER + "][" + LOWER + UPPER + "]*"
# one or two spaces, or one line break, inside a name; a wider gap is a column gap of a two-column
# layout flattened by PDF extraction ('Ông Y Thái Mlô          Chức vụ: ...')
NAME_GAP = r"(?:[ \u00a0]{1,2}|[ \t\u00a0]*\n[ \t\u00a0]*)"   # a tab parts the cells of a table: never inside a name
_CAPS = re.compile("[" + UPPER + "]")

# Vietnamese family names (the common ones; a name is a family name and one to three given syllables).
SURNAMES = ("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Chu Đinh Trương "
            "Lâm Mai Tô Hà Đào Lương Cao Tạ Châu Thái Lưu Quách Đoàn Trịnh Kiều Vương Triệu Từ Khúc La "
            "Diệp Âu Tăng Lã Hứa Giang Mạc Nghiêm Thân Tôn Phùng Doãn Kim Lại Văn Quan Hàn Ninh Bạch "
            "Đàm Lục Mạnh Viên Đường Khổng Ông Trang Thạch Sơn Ung Lò Y "
            # family names of the northern uplands, the Central Highlands and Khmer communities, and
            # rarer Kinh ones (not words that also start place names: Hoa, Yên, Quang, Đồng ...)
            "Sầm Nông Bế Vi Cầm Quàng Giàng Thào Vàng Sùng Mùa Lăng Mông Chảo Bàn Tẩn Hầu Lường Đèo "
            "Danh Ksor Siu Rmah Điểu Khúc Lữ Chế Tống Ôn Mẫn Nhâm Cấn Dư Giáp Kha Khương Trình Uông Vòng Tiêu Xa "
            "Phí Ngọ Cù Đới Nhữ Tiết Khuất Ngụy Nguỵ Đậu Hán Bành Chử Đổng Nhan Thiều "
            # a Thái family name of Sơn La ('Bạc Văn X')
            "Bạc "
            # Chăm family names of Ninh Thuận and Bình Thuận ('Quảng', as common, opens place names: left out)
            "Đàng Trượng "
            # the Ba Na and Xơ Đăng men's name opens with 'A' as the women's with 'Y' ('A Minh', 'Y Hương')
            "A "
            # a K'Ho man's name opens with K' ('K' Brơi', Lâm Đồng), written with either apostrophe
            "K' K’ "
            "Ma Mã Lầu Ly Tòng Phàn Lù Hờ Chẩu Sình Dền Lìu Nình Hạng Mùng Lềnh Nay Kpă "
            # Jarai family names of Gia Lai written in two words open with 'Rơ' ('Rơ Mah', 'Rơ Châm'); 'Puih'
            "Rơ Puih").split()
MULTIPLIERS = {"nghìn": Decimal(10) ** 3, "ngàn": Decimal(10) ** 3, "triệu": Decimal(10) ** 6,
               "tỷ": Decimal(10) ** 9, "tỉ": Decimal(10) ** 9}
APPROXIMATE_WORDS = ("trên", "hơn", "gần", "khoảng", "xấp xỉ", "ước", "dưới", "gần như")


def is_capitalised(word: str) -> bool:
    return bool(word) and bool(_CAPS.match(word[0]))


def parse_number(written: str) -> Decimal | None:
    """'3.176' -> 3176, '20,03' -> 20.03, '1.975,6' -> 1975.6, '01' -> 1, '4.0' stays None-free; a
    table's change may be negative ('-8,3')."""
    s = written.strip()
    negative = s[:1] in "-−–" and len(s) > 1
    s = s[1:] if negative else s
    if not re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", s):
        return None
    s = s.replace(".", "").replace(",", ".")
    try:
        return -Decimal(s) if negative else Decimal(s)
    except InvalidOperation:
        return None


def parse_amount(number: str, multiplier: str | None) -> Decimal | None:
    value = parse_number(number)
    if value is None:
        return None
    if multiplier:
        value = value * MULTIPLIERS[multiplier.lower()]
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


# counts written as words ('tám nội dung hợp tác'); not 'một' (also the article 'a') nor 'năm' (also 'year')
NUMBER_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
NUMBER_WORD = r"(?:" + "|".join(NUMBER_WORDS) + r")"
# ... but 'năm' before what an agreement declares a number of ('năm lĩnh vực', 'năm nội dung') can only be five
CONTENTS_NUMBER_WORD = (r"(?:" + NUMBER_WORD + r"|năm(?=" + WS1 + r"(?:lĩnh" + WS1 + r"vực|nội" + WS1 + r"dung)(?![\wÀ-ỹ])))")


def count_value(written: str) -> int:
    """'8' or 'tám' -> 8."""
    return int(written) if written.isdigit() else {**NUMBER_WORDS, "năm": 5}[written.lower()]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: date | None      # a full date when the text gives one
    year: int | None
    month: int | None = None
    quarter: int | None = None


_DAY_NAMES = r"(?:Thứ" + WS1 + r"(?:Hai|Ba|Tư|Năm|Sáu|Bảy|bảy|hai|ba|tư|năm|sáu|\d)|Chủ" + WS1 + r"[Nn]hật)"
DATE_PATTERNS = [
    ("ngay", re.compile(r"ngày" + WS1 + r"(\d{1,2})" + WS1 + r"tháng" + WS1 + r"(\d{1,2})" + WS1
                        + r"năm" + WS1 + r"(\d{4})", re.I)),
    ("dmy", re.compile(r"(?<![\d/])(\d{1,2})" + WS + r"?[/.-]" + WS + r"?(\d{1,2})" + WS
                       + r"?[/.-]" + WS + r"?(\d{4})(?!\d)")),
    ("month", re.compile(r"tháng" + WS1 + r"(\d{1,2})" + WS + r"?/" + WS + r"?(\d{4})(?!\d)", re.I)),
    ("quarter", re.compile(r"quý" + WS1 + r"(I{1,3}|IV|[1-4])" + WS + r"?(?:/|" + WS1 + r"năm" + WS1
                           + r")(\d{4})(?!\d)", re.I)),
]
DATELINE = re.compile(_DAY_NAMES + WS + r"*,?" + WS + r"*(\d{1,2})/(\d{1,2})/(\d{4})"
                      + r"(?:" + WS + r"*,?" + WS + r"*\d{1,2}:\d{2})?(?:" + WS + r"*GMT[+-]\d+)?")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


def find_dates(text: str) -> list[DateMention]:
    """Every date mention, earliest first; overlapping weaker forms are dropped."""
    from vnst.loaders.spans import Spans
    from vnst.loaders.worddates import WORD_DATE, word_date   # (which reads its words with this module's patterns)

    found: list[DateMention] = []
    taken = Spans()
    for kind, pattern in [*DATE_PATTERNS, ("words", WORD_DATE)]:
        for m in pattern.finditer(text):
            if taken.overlaps(m.start(), m.end()):
                continue
            mention = _mention(kind, m) if kind != "words" else (
                DateMention(m.start(), m.end(), when, when.year, when.month) if (when := word_date(m)) else None)
            if mention:
                found.append(mention)
                taken.add(m.start(), m.end())
    return sorted(found, key=lambda d: d.start)


def _mention(kind: str, m: re.Match[str]) -> DateMention | None:
    if kind in ("ngay", "dmy"):
        day, month, year = (int(g) for g in m.groups())
        try:
            return DateMention(m.start(), m.end(), date(year, month, day), year, month)
        except ValueError:
            return None
    if kind == "month":
        month, year = int(m.group(1)), int(m.group(2))
        return DateMention(m.start(), m.end(), None, year, month) if 1 <= month <= 12 else None
    q = m.group(1).upper()
    quarter = _ROMAN.get(q) or int(q)
    return DateMention(m.start(), m.end(), None, int(m.group(2)), quarter=quarter)


def day_without_year(day: int, month: int, written: date) -> date | None:
    """A day and month told without the year ('Sáng 13/4', 'Ngày 15/8 vừa qua') in a text written on ``written``:
    of that year, or of the year before when it falls after the text's own date."""
    try:
        when = date(written.year, month, day)
        return when if when <= written else date(written.year - 1, month, day)
    except ValueError:
        return None


def parse_date(written: str) -> date | None:
    """A single written date ('ngày 31 tháng 8 năm 2021', '21/6/2022', dateline forms) -> date."""
    m = DATELINE.search(written)
    if m:
        try:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            return None
    mentions = find_dates(written)
    return mentions[0].value if mentions else None


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, str]:
    """Abbreviations officials write -> full words (curated data file)."""
    raw = resources.files("vnst.loaders").joinpath("data/abbreviations.yaml").read_text("utf-8")
    return {str(k): str(v) for k, v in yaml.safe_load(raw)["abbreviations"].items()}


def _tone_placements() -> dict[str, str]:
    """'oà' and 'òa', 'uỷ' and 'ủy': the old and the new placement of the tone mark in an open
    'oa', 'oe', 'uy' syllable, both in use ('Hoà Bình', 'Hòa Bình'); each spelling to a regex of both."""
    table = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y"), ("O", "A"), ("O", "E"), ("U", "Y")):
        for tone in "\u0300\u0301\u0309\u0303\u0323":
            new = unicodedata.normalize("NFC", first + second + tone)
            old = unicodedata.normalize("NFC", first + tone + second)
            table[new] = table[old] = f"(?:{new}|{old})"
    return table


TONE_PLACEMENTS = _tone_placements()
_TONE_PAIR = re.compile("|".join(sorted(TONE_PLACEMENTS, key=len, reverse=True)))


def tone_flex(escaped: str) -> str:
    """A regex (already escaped) that also matches the other placement of each tone mark."""
    return _TONE_PAIR.sub(lambda m: TONE_PLACEMENTS[m.group(0)], escaped)


def flex(phrase: str) -> str:
    """A regex for a phrase as officials type it: any white space between words, optional
    spaces around '&' and '-' ('KH - CN', 'KH&CN')."""
    out = []
    for ch in phrase:
        if ch == " ":
            out.append(WS1)
        elif ch in "&-–":
            out.append(WS + "*[&]" + WS + "*" if ch == "&" else WS + "*[-–]" + WS + "*")
        else:
            out.append(re.escape(ch))
    return tone_flex("".join(re.sub(re.escape(WS1) + "(?=" + re.escape(WS) + ")", "", "".join(out)) for _ in [0]))


@lru_cache(maxsize=1)
def _abbreviation_pattern() -> re.Pattern[str]:
    keys = sorted(abbreviations(), key=len, reverse=True)
    alts = []
    for key in keys:
        body = flex(key)
        tail = r"(?![\wÀ-ỹ])" if key[-1].isalnum() else ""
        # (not after a word and a dot: 'TTH.VN' is a site's name)
        alts.append(r"(?<![\wÀ-ỹ])(?<![\wÀ-ỹ]\.)" + body + tail)
    return re.compile("|".join(alts))


def _abbr_key(written: str) -> str:
    return re.sub(WS + "*([&-])" + WS + "*", r"\1", re.sub(WS1, " ", written)).replace("–", "-")


@lru_cache(maxsize=1)
def _abbreviation_table() -> dict[str, str]:
    return {_abbr_key(k): v for k, v in abbreviations().items()}


# names are expanded again and again (every mention of a body, every candidate): built once per name
@lru_cache(maxsize=1 << 14)
def expand_abbreviations(text: str) -> str:
    """'Sở KH&CN TP. Cần Thơ' -> 'Sở Khoa học và Công nghệ thành phố Cần Thơ'."""
    table = _abbreviation_table()
    out = _abbreviation_pattern().sub(lambda m: table.get(_abbr_key(m.group(0)), m.group(0)), text)
    return re.sub(WS1, " ", out).strip()


# countries as texts name them, the formal names first ('Chính phủ Đại Hàn Dân Quốc')
FOREIGN = ("Đại Hàn Dân Quốc", "Hợp chủng quốc Hoa Kỳ", "Cộng hòa Liên bang Đức", "Cộng hòa Pháp", "Cộng hòa Singapore", "Liên bang Đức", "Liên bang Nga", "Vương quốc Anh",
           "Vương quốc Thái Lan", "Cộng hòa Dân chủ Nhân dân Lào", "Vương quốc Campuchia", "Hàn Quốc", "Nhật Bản",
           "Hoa Kỳ", "Pháp", "Đức", "Úc", "Australia", "Singapore", "Thái Lan",
           "Lào", "Campuchia", "Trung Quốc", "Canada", "Israel", "Hà Lan", "Bỉ", "Ấn Độ", "Anh", "Nga",
           "Đan Mạch", "Thụy Điển", "Phần Lan", "Na Uy", "Thụy Sĩ", "Ý", "Tây Ban Nha", "New Zealand", "Malaysia",
           "Indonesia", "Philippines", "Myanmar", "Mông Cổ", "Ba Lan", "Séc", "Hungary", "Áo",
           # names transliterated into Vietnamese spelling
           "Niu Di-lân", "Ô-xtrây-li-a", "Xinh-ga-po", "Ca-na-đa", "I-xra-en")


def sentence_start(text: str, at: int) -> int:
    """Where the sentence or line holding ``at`` begins."""
    return max(text.rfind("\n", 0, at), text.rfind(". ", 0, at)) + 1


__all__ = ["APPROXIMATE_WORDS", "CAP_WORD", "SURNAMES", "LOWER", "NAME_GAP", "DATELINE", "DateMention", "FOREIGN", "MULTIPLIERS",
           "CONTENTS_NUMBER_WORD", "NUMBER_WORD", "NUMBER_WORDS", "UPPER", "WS", "WS1", "abbreviations", "count_value", "expand_abbreviations", "find_dates", "flex", "is_capitalised", "parse_amount",
           "day_without_year", "parse_date", "parse_number", "sentence_start", "tone_flex"]
