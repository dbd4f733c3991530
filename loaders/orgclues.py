"""What the words around an organisation's name say about it: whether a comma parts the fields of one
name, a sector written in lower case goes on with it, a header's next line continues it, a country's
syllable begins a local name, the name is a list's item alone on its line, or the text sets the body up.
named_org (orgnames.py) asks these as it reads a name."""

from __future__ import annotations

import re

from vnst.loaders.caps import CAPS_CHANGED
from vnst.loaders.kinds import NUMBER_LINE
from vnst.loaders.lexicon import compound_at
from vnst.loaders.orgwords import ENGLISH_NAME, FIELD_LIST, HEAD_START, HEAD_START_ANY_CASE, NAME_COUNTRIES
from vnst.loaders.places import province_named
from vnst.loaders.vietnamese import FOREIGN, SURNAMES, WS1, abbreviations
from vnst.textnorm import fold


_POST_AHEAD = re.compile(r"(?:Chủ" + WS1 + r"(?:tịch|nhiệm)|Giám" + WS1 + r"đốc|Hiệu" + WS1 + r"trưởng|Thủ" + WS1
                         + r"trưởng|Trưởng|Phó)(?![\wÀ-ỹ])")


def enumerated_field(text: str, pos: int) -> bool:
    """Whether the comma before ``pos`` separates the fields of one name rather than two bodies or a
    body and a person: the next field is capitalised, is no head word, family name or place, and
    the list closes with 'và' before a capital."""
    m = FIELD_LIST.match(text, pos)
    if m is None or HEAD_START.match(text, m.start("first")) or m.group("first") in SURNAMES \
            or _POST_AHEAD.match(text, m.start("first")):
        return False   # (nor a post: 'Hiệu trưởng Trường Đại học X, Chủ nhiệm nhiệm vụ và Thủ trưởng ...')
    return province_named(m.group("first")) is None and province_named(
        " ".join(text[m.start("first"):m.end()].split()[:2])) is None


# the sector as the 2025 law and Resolution 57 name it ('Trung tâm Phát triển khoa học, công nghệ và đổi mới sáng tạo')
_SECTORS = {"khoa học, công nghệ và đổi mới sáng tạo", "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"}


def lower_sector_at(text: str, pos: int) -> int | None:
    """End of a sector written in lower case at ``pos`` ('khoa học và công nghệ'), the full
    forms of the usual abbreviations that join two words with 'và'; the 'và' inside does not end a name."""
    # also without its 'và' ('khoa học công nghệ'), as the abbreviation 'KHCN' is read aloud
    fulls = {v.lower() for v in abbreviations().values() if " và " in v}
    for full in sorted(fulls | {f.replace(" và ", " ") for f in fulls} | _SECTORS, key=len, reverse=True):
        found = re.match(re.escape(full).replace(r"\ ", WS1) + r"(?![\wÀ-ỹ])", text[pos:pos + len(full) + 10])
        if found:
            return pos + found.end()
    return None


# what opens a signature block's or a header's next line when it is not the rest of a name
_BLOCK_LINE = re.compile(r"(?:kt|tm|tl|tuq|q|ttr)\.|(?:pho|chu|giam|tong giam|hieu|truong|bo truong|thu truong|cuc truong|vu truong"
                         r"|vien truong|bi thu|dai dien|so|ben|ngay|chuc vu|chanh)(?![a-z])")   # ('CHÁNH VĂN PHÒNG')


def continues_in_column(text: str, pos: int) -> bool:
    """The column's next line goes on with the name begun above: a few upper-case words that
    open neither another body nor a post ('VIỆT NAM', 'VÀ CÔNG NGHỆ VIỆT NAM', not 'KT. CHỦ TỊCH')."""
    line = text[pos:text.find("\n", pos) if "\n" in text[pos:] else len(text)].strip()
    return 0 < len(line.split()) <= 6 and pos + 1 in CAPS_CHANGED and not HEAD_START_ANY_CASE.match(line) \
        and not _BLOCK_LINE.match(fold(line)) and not ENGLISH_NAME.match(line)   # ('JEONBUK NATIONAL UNIVERSITY': its gloss)


def ends_in_place(written: str) -> bool:
    words = written.split()
    return any(province_named(" ".join(words[-n:])) is not None for n in (1, 2, 3) if len(words) > n)


def completes_word(written: str, words: str) -> bool:
    """The lower-case ``words`` finish the word the name was cut in ('Khu kinh' + 'tế')."""
    syllables = [written.split()[-1].lower(), *words.lower().split()]
    return compound_at(syllables) == len(syllables)


def local_name_at(text: str, start: int, following: list[re.Match[str]]) -> bool:
    """'Đức Chính', 'Mỹ Hòa': a country's one syllable begins a local name when another capitalised
    syllable follows on the line and the two are no country ('Hàn Quốc', 'Hoa Kỳ')."""
    return bool(following) and following[0].group(0)[:1].isupper() and "\n" not in text[start:following[0].start()] \
        and not two_syllable_country(text, start)


def country_at(text: str, start: int) -> str:
    found = next((m for c in NAME_COUNTRIES if (m := re.match(re.escape(c).replace(r"\ ", WS1) + r"(?![\wÀ-ỹ])", text[start:]))), None)
    return found.group(0) if found else ""


def two_syllable_country(text: str, start: int) -> bool:
    return any(" " in c and re.match(re.escape(c).replace(r"\ ", WS1) + r"(?![\wÀ-ỹ])", text[start:]) for c in FOREIGN)


_ITEM_OPENS = re.compile(r"[ \t\u00a0]*(?:[-–+•]|[a-zđ]\)|\d{1,2}[.)])[ \t\u00a0]*$")


def listed_alone(text: str, start: int, run_end: int) -> bool:
    """The name is a list's item, its line to itself: from the item's mark to the line's end."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_ITEM_OPENS.fullmatch(text, line_start, start)) and bool(
        re.match(r"[ \t\u00a0]*[;.]?[ \t\u00a0]*(?:\n|$)", text[run_end:run_end + 6]))


# what makes a start-up or innovation centre, a facility elsewhere, a body: the decision that
# establishes it ('Điều 1. Thành lập ...', 'Về việc thành lập ...'), or a director of its own
_BODY_SIGNS = r"(?:(?i:về" + WS1 + r"việc" + WS1 + r"thành" + WS1 + r"lập)|Điều" + WS1 + r"\d+\." + WS1 + r"Thành" + WS1 \
    + r"lập|Giám" + WS1 + r"đốc)" + WS1


def set_up_as_a_body(text: str, written: str, *, at: int) -> bool:
    """Whether the text establishes the centre written ``written`` or names its director, anywhere, or the
    centre issues the text (its name opens a line of the header, above the 'Số:' line)."""
    words = [re.escape(w) for w in written.split()]
    if re.search(_BODY_SIGNS + WS1.join(words) + r"(?![\wÀ-ỹ])", text) is not None:
        return True
    number = NUMBER_LINE.search(text, 0, 2000)
    return number is not None and at < number.start() and not text[text.rfind("\n", 0, at) + 1:at].strip()


__all__ = ["completes_word", "continues_in_column", "country_at", "ends_in_place", "enumerated_field", "listed_alone",
           "local_name_at", "lower_sector_at", "set_up_as_a_body", "two_syllable_country"]
