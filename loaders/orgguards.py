"""Where a head word ('Viện', 'Ban', 'Hội', 'Vụ' ...) does not begin a body's name: inside a place
name or a word ('huyện Vụ Bản', 'nhiệm vụ', 'Hội nghị'), before a title or a person ('Viện trưởng',
'Chủ tịch Viện Lưu Văn X'), or naming a facility still to be built ('Dự án Trung tâm X')."""

from __future__ import annotations

import re

from vnst.loaders.adminunits import find_places as find_units
from vnst.loaders.lexicon import compound_at
from vnst.loaders.places import province_named
from vnst.loaders.vietnamese import CAP_WORD, LOWER, SURNAMES, UPPER, WS, WS1
from vnst.textnorm import fold

_END_WORD = r"(?![\wÀ-ỹ])"
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
# 'Hội' followed by these is an event, not an association ('Hội nghị', 'Hội thảo' in a title line)
_HOI_EVENT = {"nghị", "thảo", "chợ", "thi", "diễn", "giảng", "trại", "họp", "viên", "nhập", "đàm", "ý", "đồng"}
# a smart-city operations centre is a facility (a project), not a body
_OPERATIONS_CENTRE = re.compile(r"Trung" + WS1 + r"tâm" + WS1 + r"(?:[Gg]iám" + WS1 + r"sát,?" + WS1 + r"(?:và"
                                + WS1 + r")?)?[Đđ]iều" + WS1 + r"hành" + WS1 + r"(?:đô" + WS1 + r"thị" + WS1
                                + r")?thông" + WS1 + r"minh")
# 'xây dựng Trung tâm X', 'Dự án Trung tâm X' just before a head: a project names the body to be
PROJECT_BEFORE = re.compile(r"(?i:xây" + WS1 + r"dựng|dự" + WS1 + r"án)" + WS1 + "$")
LEADERSHIP = re.compile(r"(?:Giám" + WS1 + r"(?:đốc|hiệu)|Lãnh" + WS1 + r"đạo)(?![\wÀ-ỹ])", re.I)
# 'Ban Tổ chức', 'Ban Giám khảo' of a contest or festival; the party's 'Ban Tổ chức Tỉnh ủy' is a body
EVENT_TEAM = re.compile(r"(?:Tổ" + WS1 + r"chức|Giám" + WS1 + r"khảo|Thư" + WS1 + r"ký|Biên" + WS1 + r"tập)"
                        + r"(?![\wÀ-ỹ])(?!" + WS1 + r"(?:Tỉnh|Thành|Huyện|Quận|Thị|Trung" + WS1 + r"ương|TU|TW|Đảng)"
                        + r"(?![\wÀ-ỹ]))")
TITLE_BEFORE = re.compile(r"(?i:thủ\s+tướng|bộ\s+trưởng|thứ\s+trưởng|chủ\s+tịch|giám\s+đốc|hiệu\s+trưởng|"
                          r"viện\s+trưởng|vụ\s+trưởng|cục\s+trưởng|trưởng\s+ban|bí\s+thư)[ \t\u00a0]+$")   # same line only
PERSON_AHEAD = re.compile(r"(?P<name>(?:" + "|".join(SURNAMES) + r")(?:[ \u00a0]+[" + UPPER + r"][\w]*){2,3})"
                          r"(?=[ \u00a0]*(?:[,.;:)]|$|[ \u00a0]+[" + LOWER + r"]))")


# 'Phòng Kinh tế các huyện, thành phố': one kind of body in each of several places, not one body
OF_EACH = re.compile(WS1 + r"các" + WS1 + r"(?:huyện|quận|thị" + WS1 + r"xã|thành" + WS1 + r"phố|xã|phường|tỉnh"
                     + r"|địa" + WS1 + r"phương|đơn" + WS1 + r"vị|sở|trường)" + _END_WORD)
# a definition of a short name right after a name ('... miền núi (sau đây gọi là Văn phòng Chương
# trình)'): the full name runs up to the bracket
DEFINED_AFTER = re.compile(r"[ \t\u00a0]*\([ \t\u00a0]*(?i:sau" + WS1 + r"đây" + WS1 + r"(?:được" + WS1 + r")?gọi"
                           + WS1 + r"(?:tắt" + WS1 + r")?là|gọi" + WS1 + r"tắt" + WS1 + r"là)" + WS1)


A_KIND_BEFORE = re.compile(r"(?:^|[^\wÀ-ỹ])(?:các|một|mỗi)" + WS1 + r"(?:hệ" + WS1 + r"thống" + WS1 + r")?$")


def not_a_body_here(m: re.Match[str], text: str, head: str) -> bool:
    """Whether the head word matched by ``m`` (its group 'head', collapsed to ``head``) begins no body."""
    if _BLANK_LINE.search(m.group(0)):
        return True   # the head word ends its paragraph ('... Phó Giám đốc Học viện' / '' / 'Sau khi ...')
    if A_KIND_BEFORE.search(text[max(0, m.start() - 20):m.start()]):
        return True   # 'các Trung tâm ... của 20 tỉnh', 'mỗi tỉnh giữ một Trung tâm ...': a kind of body, not one body
    if fold(head) == "vu" and re.search(r"(?i:nhiệm)" + WS1 + "$", text[max(0, m.start() - 10):m.start()]):
        return True   # 'nhiệm vụ' (a task), not a 'Vụ'
    if fold(head) == "vuon quoc gia" and re.search(r"(?<![\wÀ-ỹ])(?i:tại|ở|trong)" + WS1 + "$", text[max(0, m.start() - 8):m.start()]):
        return True   # 'thực tập tại Vườn quốc gia U Minh Hạ': the park as a site, not its management as a body
    if PROJECT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return True   # 'xây dựng Trung tâm X', 'Dự án Trung tâm X': a facility to be built (a project), not a body yet
    if _OPERATIONS_CENTRE.match(text, m.start()):
        return True
    person = PERSON_AHEAD.match(text, m.end()) if TITLE_BEFORE.search(text[max(0, m.start() - 30):m.start()]) else None
    if person and province_named(person.group("name")) is None and compound_at(person.group("name").lower().split()) < 2:
        # 'Chủ tịch Viện Lưu Văn X': the head word stands for a body named before; a person follows (not a
        # field whose first syllable is also a family name: 'Hiệu trưởng Trường Đại học Nông Lâm Huế')
        return True
    if fold(head).split()[-1] in ("vien", "cuc", "vu") and re.match(r"(?i:trưởng)" + _END_WORD, text[m.end():m.end() + 8]):
        return True   # 'Viện trưởng', 'VIỆN TRƯỞNG' (also under 'VIỆN HÓA HỌC', not 'HỌC VIỆN'): a title, not a body
    if re.search(r"(?:huyện|quận|xã|phường|thị" + WS1 + r"(?:xã|trấn))" + WS1 + r"(?:" + CAP_WORD + r"[ \u00a0]+){0,2}$",
                 text[max(0, m.start() - 30):m.start()]):
        # 'huyện Vụ Bản', 'xã Tân Hội Đông': a place name with a head word in it (a tab parts two table
        # cells: 'huyện Kon Plông<tab>Viện ...' is a place, then a body)
        return True
    if re.match(WS1 + r"(?i:năm)" + WS1 + r"(?:19|20)\d{2}(?!\d)", text[m.end("head"):m.end("head") + 12]):
        return True   # 'SỬ DỤNG QUỸ NĂM 2023' title-cased from a heading: the head word and a year, no name
    if fold(head) == "bao" and re.match(r"(?i:cáo)" + _END_WORD, text[m.end():m.end() + 4]):
        return True   # 'BÁO CÁO' title-cased from a header: a report, not a newspaper
    if fold(head) == "hoi" and _not_an_association(text, m):
        return True
    before = re.search(r"(\S+)" + WS1 + "$", text[max(0, m.start() - 20):m.start()])
    if before and province_named(f"{before.group(1)} {head.split()[0]}") is not None:
        return True   # 'Hải Phòng': the end of a place name, not the head word 'Phòng'
    return False


def _not_an_association(text: str, m: re.Match[str]) -> bool:
    """'Đại hội', 'Hội nghị' (events), 'Xã hội' (society), 'Hội An' (a place) are not 'Hội X'."""
    if re.search(r"(?i:đại|xã)" + WS1 + "$", text[max(0, m.start() - 6):m.start()]):
        return True
    after = text[m.end():m.end() + 40].split()
    if not after or after[0].lower().strip(",.;:") in _HOI_EVENT:
        return True
    return any(find_units(" ".join(["Hội", *after[:n]]).strip(",.;:")) for n in (1, 2))


# the provinces a ministry writes to, all of them, earlier in the clause
_OF_EACH_PROVINCE = re.compile(r"(?<![\wÀ-ỹ])(?:(?i:ủy|uỷ)" + WS1 + r"ban" + WS1 + r"nhân" + WS1 + r"dân|UBND)" + WS1 + r"các"
                               + WS1 + r"tỉnh(?![\wÀ-ỹ])[^.;:\n]*$")
_CLAUSE_END = re.compile(r"[.;:\n]")
_EACH_PROVINCE = re.compile(r"(?<![\wÀ-ỹ])các" + WS1 + r"(?:tỉnh|địa" + WS1 + r"phương)(?![\wÀ-ỹ])")
_MORE_DEPARTMENTS = re.compile(r"(?:[ \t\u00a0]*,[ \t\u00a0]*Sở[ \t\u00a0][^,]*)*[ \t\u00a0]*")   # (each item ends at a comma)


def _each_province_after(text: str, end: int) -> bool:
    """'Sở Dân tộc và Tôn giáo, Sở KH&CN các tỉnh có tên trên': departments listed, then whose they are (not
    '..., Sở Nội vụ và các địa phương', where the localities are one more item)."""
    clause_end = _CLAUSE_END.search(text, end, end + 200)
    each = _EACH_PROVINCE.search(text, end, clause_end.start() if clause_end else end + 200)
    if each is None:
        return False
    between = text[end:each.start()]
    return not between.strip() or (_MORE_DEPARTMENTS.fullmatch(between) is not None
                                   and not re.search(r"(?<![\wÀ-ỹ])và" + WS + r"*$", between))


# a letter addressed to the committees or departments of several provinces ('Kính gửi: Ủy ban nhân dân các
# tỉnh: A, B, C'): a department or committee it names without a province is each addressee's, not one's
_TO_EACH_PROVINCE = re.compile(r"^[ \t*]*Kính" + WS1 + r"gửi" + WS + r"*:(?:(?!\n[ \t\u00a0]*\n)[\s\S]){0,80}?"
                               r"(?:(?i:ủy|uỷ)" + WS1 + r"ban" + WS1 + r"nhân" + WS1 + r"dân|UBND|Sở[^\n,;:]{0,40}?)"
                               + WS1 + r"các" + WS1 + r"tỉnh" + _END_WORD, re.M)


def each_provinces(text: str, start: int, end: int) -> bool:
    """Whether the department or committee named at ``start:end`` without a province is each of several
    provinces' ('Ủy ban nhân dân các tỉnh chỉ đạo Sở Dân tộc và Tôn giáo', 'Sở X, Sở Y các tỉnh', a letter
    to the committees of several provinces) rather than the home province's."""
    return (_OF_EACH_PROVINCE.search(text, max(0, start - 200), start) is not None or _each_province_after(text, end)
            or _TO_EACH_PROVINCE.search(text) is not None)


__all__ = ["A_KIND_BEFORE", "DEFINED_AFTER", "EVENT_TEAM", "LEADERSHIP", "OF_EACH", "PERSON_AHEAD", "PROJECT_BEFORE", "TITLE_BEFORE",
           "each_provinces", "not_a_body_here"]
