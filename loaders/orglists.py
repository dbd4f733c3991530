"""Bodies named in lists, one mention per item: 'các Sở: Tài chính, KH&CN' (departments of the home
province), 'Sở KH&CN các tỉnh A, B và C' (one department per province), 'UBND các huyện: A, B'
(committees of districts, checked against the administrative units); and, in a distribution list,
'VP: Tỉnh ủy, Đoàn ĐBQH và HĐND tỉnh, UBND tỉnh' (the offices of the bodies listed)."""

from __future__ import annotations

import re
from functools import lru_cache

from vnst.loaders.adminunits import find_places as find_units, merged_into, with_apostrophe
from vnst.loaders.bodies import canonical_sector, sector_pattern
from vnst.loaders.orgnames import OrgMention
from vnst.loaders.places import LOCALITY_PREFIX, Province, province_named, province_regex
from vnst.loaders.vietnamese import CAP_WORD, UPPER, WS, WS1, expand_abbreviations
from vnst.textnorm import collapse_spaces, fold

_B = r"(?<![\wÀ-ỹ])"
_E = r"(?![\wÀ-ỹ])"


# 'các Sở: Tài chính, KH&CN', 'các sở, ngành: Kế hoạch và Đầu tư, Tài chính': one department per sector
_DEPARTMENT_LIST = re.compile(_B + r"(?i:các" + WS1 + r"sở)(?:" + WS + r"*,?" + WS1 + r"(?i:ban" + WS + r"*,?" + WS1
                              + r")?(?i:ngành))?" + WS + r"*:" + WS + r"*")


def _department_lists(text: str, home: Province | None) -> list[OrgMention]:
    if home is None:
        return []
    item = re.compile(r"(?i:" + sector_pattern() + r")" + _E + r"(?=" + WS + r"*(?:[,;.]|" + WS1 + r"và" + WS1 + r"|\n|$))")
    out = []
    for m in _DEPARTMENT_LIST.finditer(text):
        pos = m.end()
        while (found := item.match(text, pos)) is not None:
            sector = canonical_sector(expand_abbreviations(found.group("sector")))
            out.append(OrgMention(found.start(), found.end(), f"Sở {sector} {home.full}", "Department",
                                  f"Ủy ban nhân dân {home.full}"))
            nxt = re.match(WS + r"*(?:,|" + WS1 + r"và)" + WS + r"*", text[found.end():found.end() + 8])
            if nxt is None:
                break
            pos = found.end() + nxt.end()
    return out


# 'Sở KH&CN các tỉnh Thái Nguyên, Bắc Kạn và Hà Giang', 'UBND các tỉnh, thành phố: A, B': one body
# per province listed
# (or counted, after the head's abbreviation: 'Sở Khoa học và Công nghệ (KH&CN) ba tỉnh A, B và C')
_PER_PROVINCE = re.compile(r"(?:" + WS + r"*\([^()\n]{1,15}\))?(?:" + WS1 + r"của)?" + WS1
                           + r"(?:các|hai|ba|bốn|năm|0?[2-9])" + WS1 + r"(?:tỉnh|thành" + WS1 + r"phố)(?:" + WS
                           + r"*,?" + WS1 + r"(?:thành" + WS1 + r"phố|tỉnh))?" + WS + r"*:?" + WS + r"*")


@lru_cache(maxsize=1)
def _per_province_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    head = re.compile(_B + r"(?:(?i:Sở)" + WS1 + r"(?i:" + sector_pattern() + r")|(?P<committee>UBND|(?i:ủy|uỷ)" + WS1
                      + r"(?i:ban" + WS1 + r"nhân" + WS1 + r"dân)))" + _E)
    item = re.compile(r"(?:" + LOCALITY_PREFIX + r")?(?P<prov>" + province_regex() + r")" + _E)
    return head, item


# the next province of a list, which may go on at the next line ('..., Lạng Sơn,' / '   Cao Bằng, ...')
_PROVINCE_NEXT = re.compile(WS + r"*(?:,|" + WS1 + r"và)(?:" + WS + r"*\n)?" + WS + r"*")


# ('Sở KH&CN tỉnh Đồng Nai và tỉnh Bình Phước (cũ)': the head shared by provinces each named with its level word)
_EACH_NAMED = re.compile(WS1 + r"(?=(?i:tỉnh|thành" + WS1 + r"phố)" + WS1 + r")")


def _per_province_lists(text: str) -> list[OrgMention]:
    head, item = _per_province_patterns()
    out = []
    for m in head.finditer(text):
        listing = _PER_PROVINCE.match(text, m.end()) or _EACH_NAMED.match(text, m.end())
        if listing is None:
            continue
        pos, start, listed = listing.end(), m.start(), []
        while (found := item.match(text, pos)) is not None:
            province = province_named(found.group("prov"))
            committee = f"Ủy ban nhân dân {province.full}"
            if m.group("committee"):
                listed.append(OrgMention(start, found.end(), committee, "PeoplesCommittee"))
            else:
                sector = canonical_sector(expand_abbreviations(m.group("sector")))
                listed.append(OrgMention(start, found.end(), f"Sở {sector} {province.full}", "Department", committee))
            nxt = _PROVINCE_NEXT.match(text, found.end())
            if nxt is None:
                break
            pos = start = nxt.end()
        # (one province named after its level word is the body's own name, which the name reader finds)
        if len(listed) >= 2 or _PER_PROVINCE.match(text, m.end()):
            out += listed
    return out


_COMMITTEE_HEAD = (r"(?P<kind>(?i:(?:ủy|uỷ)" + WS1 + r"ban" + WS1 + r"nhân" + WS1 + r"dân|hội" + WS1 + r"đồng" + WS1
                   + r"nhân" + WS1 + r"dân)|Uỷ" + WS1 + r"ban" + WS1 + r"nhân" + WS1 + r"dân|UBND|HĐND)")
# (title-cased from a header in capitals too: 'Xác Nhận Của Ủy Ban Nhân Dân Xã Ea Kiết')
_LEVEL = (r"(?P<level>(?i:quận|huyện|thị" + WS1 + r"xã)|(?i:thành)" + WS1 + r"(?i:phố)|TP\.?(?=" + WS + r")|TX\.?(?=" + WS + r")"
          + r"|(?i:xã|phường|thị" + WS1 + r"trấn|đặc" + WS1 + r"khu))")   # ('đặc khu Lý Sơn', a commune-level unit since 2025)
_COMMUNE_LEVELS = {"xã", "phường", "thị trấn", "đặc khu"}
_DISTRICT_COMMITTEE = re.compile(_B + _COMMITTEE_HEAD + r"(?:" + WS + r"*:)?" + WS1 + r"(?P<list>các" + WS1 + r")?"
                                 + _LEVEL + WS + r"*:?" + WS + r"*(?:<br\s*/?>)?")   # ('UBND thành phố<br>Cam Ranh': a cell's line break)
# 'UBND: TP A, TX B, các huyện C, D': a list item may bring its own level word
_NEXT_LEVEL = re.compile(r"(?:các" + WS1 + r")?" + _LEVEL + WS + r"*")
_LEVEL_WORDS = {"tp": "thành phố", "tp.": "thành phố", "tx": "thị xã", "tx.": "thị xã"}
_NAME_WORD = CAP_WORD + r"(?:['’][a-z]+)?"   # "Cư M'gar", "Ea H'leo"
# ('Hà Giang 1' (2025); a name the line wraps: 'Quản' / 'Bạ')
# (a ward merged in 2025 named after two places joined by a dash: 'phường Lang Biang - Đà Lạt')
_DISTRICT_NAME = re.compile(_NAME_WORD + r"(?:(?:[ \u00a0]|[ \t\u00a0]*\n[ \t\u00a0]*|[ \u00a0]?-[ \u00a0]?)" + _NAME_WORD
                            + r"){0,4}(?:[ \u00a0]\d{1,2}(?![\d/.,]\d))?")
_LIST_NEXT = re.compile(WS + r"*(?:,|" + WS1 + r"và)" + WS1)


def _district_committees(text: str, home: Province | None) -> list[OrgMention]:
    """'UBND huyện Hương Sơn', 'UBND các huyện: A, B và C', 'UBND phường Cam Ranh': the committees
    of named districts (quận, huyện, thị xã, provincial cities) and communes, checked against the
    list of administrative units."""
    out = []
    for m in _DISTRICT_COMMITTEE.finditer(text):
        council = fold(m.group("kind")).startswith(("hoi", "hđ", "hd"))
        head = "Hội đồng nhân dân" if council else "Ủy ban nhân dân"
        level = collapse_spaces(m.group("level")).lower()
        level = _LEVEL_WORDS.get(level, level)
        start, pos = m.start(), m.end()
        if m.group("list") and _district_at(text, pos, level, home) is None:
            # 'UBND các huyện, thị xã Kiến Tường, thành phố Tân An': the plural names none, the next level does
            nxt = _LIST_NEXT.match(text, pos)
            new_level = _NEXT_LEVEL.match(text, nxt.end()) if nxt else None
            if nxt and new_level:
                level = _LEVEL_WORDS.get(collapse_spaces(new_level.group("level")).lower(),
                                         collapse_spaces(new_level.group("level")).lower())
                start, pos = nxt.end(), new_level.end()
        while (name := _district_at(text, pos, level, home)) is not None:
            unit_level = "commune" if level in _COMMUNE_LEVELS else "district"
            spelled = with_apostrophe(collapse_spaces(name), level=unit_level)
            # (a short syllable a header's title-casing left in capitals: 'XÃ EA KIẾT' -> 'Ea Kiết')
            spelled = re.sub(r"\b[A-Z]{2,3}\b", lambda w: w.group(0).capitalize() if re.search("[AEIOUY]", w.group(0))
                             else w.group(0), spelled)
            out.append(OrgMention(start, pos + len(name), f"{head} {level} {spelled}",
                                  "PeoplesCouncil" if council else "PeoplesCommittee"))
            nxt = _LIST_NEXT.match(text, pos + len(name))
            if nxt is None:
                break   # 'UBND huyện A, B, C' (a list without 'các') continues while the names are districts
            start = pos = nxt.end()
            new_level = _NEXT_LEVEL.match(text, pos)
            if new_level:
                level = _LEVEL_WORDS.get(collapse_spaces(new_level.group("level")).lower(),
                                         collapse_spaces(new_level.group("level")).lower())
                pos = new_level.end()
    return out


def _district_at(text: str, pos: int, level: str, home: Province | None) -> str | None:
    """The longest run of capitalised words at ``pos`` that names a district or a commune of
    ``level`` (of the units before July 2025 or after)."""
    written = _DISTRICT_NAME.match(text, pos)
    if written is None:
        return None
    ends = [w.end() for w in re.finditer(r"\S+", written.group(0)) if w.group(0) not in ("-", "–")]
    for end in reversed(ends):
        name = collapse_spaces(written.group(0)[:end])
        if province_named(name) is not None and level == "thành phố":
            return None   # 'UBND thành phố Cần Thơ' is the province's committee ('huyện Hòa Bình' is Bạc Liêu's district)
        # a district upgraded since (huyện -> thị xã) is still written with the old level word
        upgraded = {"huyện": "thị xã", "thị xã": "huyện"}.get(level)
        unit_level = "commune" if level in _COMMUNE_LEVELS else "district"
        eras = ("pre2025", "2025") if unit_level == "commune" else ("pre2025",)
        # (a district of a province merged into the home one in 2025: 'UBND thị xã Hoài Nhơn (cũ)' in Gia Lai)
        provinces = merged_into(home.name) if home else (None,)
        if any(find_units(f"{lv} {name}", level=unit_level, within=where, era=era)
               for lv in filter(None, (level, upgraded)) for era in eras for where in provinces):
            return written.group(0)[:end]
    return None


# a distribution-list line that sends to the offices of the bodies it lists ('- VP: Tỉnh ủy, UBND tỉnh;')
_OFFICES_OF = re.compile(r"^[ \t]*[-–•+]?[ \t]*(?:VP|Văn" + WS1 + r"phòng)[ \t]*:[ \t]*(?P<items>[^\n]+)$", re.M)
_BOTH = re.compile(WS1 + r"và" + WS1)


def with_listed_offices(mentions: list[OrgMention], text: str) -> list[OrgMention]:
    """The bodies listed after 'VP:' stand for their offices; two joined by 'và' ('Đoàn ĐBQH và HĐND
    tỉnh') for the one office that serves both, as provinces have had since 2021."""
    items = [(m.start("items"), m.end("items")) for m in _OFFICES_OF.finditer(text)]
    if not items:
        return mentions
    out: list[OrgMention] = []
    for o in mentions:
        if not any(s <= o.start < e for s, e in items):
            out.append(o)
            continue
        before = out[-1] if out else None
        if before is not None and before.name.startswith("Văn phòng ") and _BOTH.fullmatch(text, before.end, o.start):
            first = before.name.removeprefix("Văn phòng ").split()
            shared = 0
            while shared < min(len(first), len(o.name.split())) and first[-1 - shared] == o.name.split()[-1 - shared]:
                shared += 1
            out[-1] = OrgMention(before.start, o.end, f"Văn phòng {' '.join(first[:len(first) - shared])} và {o.name}",
                                 "Government", o.name)
            continue
        out.append(OrgMention(o.start, o.end, f"Văn phòng {o.name}",
                              "PartyCommittee" if o.cls == "PartyCommittee" else "Government", o.name))
    return out


_BOARD_THEN_COMMITTEE = re.compile(WS + r"*(?:,|và)" + WS + r"*")


def with_shared_party_owner(mentions: list[OrgMention], text: str) -> list[OrgMention]:
    """'Ban Chấp hành, Ban Thường vụ Tỉnh ủy': the first body shares the party committee named after the
    second. The executive committee is the party committee itself (the Tỉnh ủy); the standing board
    keeps its name."""
    out = []
    for o in mentions:
        gap = _BOARD_THEN_COMMITTEE.match(text, o.end) if o.name in ("Ban Chấp hành", "Ban Thường vụ") else None
        after = next((n for n in mentions if gap and n.start == gap.end()), None)
        owner = re.fullmatch(r"Ban (?:Thường vụ|Chấp hành) (?P<committee>(?:Tỉnh|Thành) ủy .+)", after.name) if after else None
        if owner:
            name = owner.group("committee") if o.name == "Ban Chấp hành" else f"Ban Thường vụ {owner.group('committee')}"
            o = OrgMention(o.start, o.end, name, "PartyCommittee", o.parent, o.en)
        out.append(o)
    return out


# a provincial committee's header ('ỦY BAN NHÂN DÂN' / 'TỈNH X', or 'UBND TỈNH X' on one line)
_PROVINCIAL_COMMITTEE_HEADER = re.compile(r"\A\s*(?:(?:ỦY|UỶ)[ \t\u00a0]+BAN[ \t\u00a0]+NHÂN[ \t\u00a0]+DÂN|UBND)"
                                          r"\s+(?:TỈNH|THÀNH[ \t\u00a0]+PHỐ)[ \t\u00a0]+\S", re.I)   # (title-cased by now)
# in its distribution list, the leaders of its office ('- LĐVP;', '- C, PCVP;'): the office itself
_OFFICE_LEADERS = re.compile(r"^[ \t]*[-–•+][ \t]*(?P<who>LĐVP|C,[ \t]*PCVP|CVP,[ \t]*(?:các[ \t]+)?PCVP)[ \t]*[;.,]?[ \t]*$",
                             re.M | re.I)   # (a line of capitals is title-cased by now: 'Lđvp')


def _office_leaders(text: str, home: Province | None) -> list[OrgMention]:
    if home is None or not _PROVINCIAL_COMMITTEE_HEADER.match(text):
        return []
    committee = f"Ủy ban nhân dân {home.full}"
    return [OrgMention(m.start("who"), m.end("who"), f"Văn phòng {committee}", "Government", committee)
            for m in _OFFICE_LEADERS.finditer(text)]


# 'Vụ trưởng các Vụ: Phát triển khoa học và công nghệ địa phương, Kế hoạch - Tổng hợp, Tài chính': a ministry's
# departments named after their head word once, each item to its comma
_MINISTRY_UNIT_LIST = re.compile(_B + r"(?i:các)" + WS1 + r"Vụ" + WS + r"*:" + WS + r"*")
_UNIT_ITEM = re.compile(r"(?P<name>[" + UPPER + r"][^,;.:()\n]{1,80}?)" + WS + r"*(?=[,;.]|\n|$)")
# an item that is a post or another body ends the list ('..., Tài chính, Chánh Văn phòng Chương trình ...')
_POST_OR_BODY = (r"(?:Chánh|Phó|Thủ" + WS1 + r"trưởng|Giám" + WS1 + r"đốc|Cục|Tổng" + WS1 + r"cục|Văn" + WS1 + r"phòng|Viện"
                 + r"|Trung" + WS1 + r"tâm|Thanh" + WS1 + r"tra|Lãnh" + WS1 + r"đạo|các)" + _E)
_NOT_AN_ITEM = re.compile(_POST_OR_BODY)
# ('..., Hợp tác quốc tế và Thủ trưởng các đơn vị ...': the last item, then 'và' and a post)
_LAST_ITEM_END = re.compile(WS1 + r"và" + WS1 + _POST_OR_BODY)


def _ministry_unit_lists(text: str) -> list[OrgMention]:
    out = []
    for m in _MINISTRY_UNIT_LIST.finditer(text):
        pos = m.end()
        while (item := _UNIT_ITEM.match(text, pos)) is not None and not _NOT_AN_ITEM.match(item.group("name")):
            last = _LAST_ITEM_END.search(text, item.start(), item.end("name"))
            end = last.start() if last else item.end("name")
            out.append(OrgMention(item.start(), end, "Vụ " + collapse_spaces(expand_abbreviations(text[item.start():end])),
                                  "MinistryUnit"))
            nxt = re.match(WS + r"*," + WS + r"*", text[item.end():item.end() + 6])
            if nxt is None or last:
                break
            pos = item.end() + nxt.end()
    return out


def listed_bodies(text: str, home: Province | None) -> list[OrgMention]:
    return _district_committees(text, home) + _department_lists(text, home) + _per_province_lists(text) \
        + _office_leaders(text, home) + _ministry_unit_lists(text)


__all__ = ["listed_bodies", "with_listed_offices", "with_shared_party_owner"]
