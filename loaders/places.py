"""Places mentioned in a text: provinces and cities, districts, communes, regions.

Province names come from the administrative-units reference table
(``data/admin_units.csv``, maintained with ``vnst.loaders.adminunits``); this
module reads only the names. Place IRIs are minted from level and name
(``id:place/name/{level}-{slug}``) until the codes are wired in by the
reference-data layer; regions use ``id:place/region/{slug}``.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib import resources

from vnst.loaders import adminunits
from vnst.loaders.spans import Spans
from vnst.loaders.vietnamese import CAP_WORD, FOREIGN, LOWER, NAME_GAP, SURNAMES, UPPER, WS, WS1, tone_flex
from vnst.textnorm import collapse_spaces, fold

_PROVINCE_PREFIX = re.compile(r"^(?:Tỉnh|Thành phố)\s+")
REGIONS = {
    "Đồng bằng sông Cửu Long": r"(?:[Đđ]ồng" + WS1 + r"[Bb]ằng" + WS1 + r"[Ss][ôo]ng" + WS1 + r"Cửu"
                               + WS1 + r"Long|ĐBSCL)",
    "Đồng bằng sông Hồng": r"[Đđ]ồng" + WS1 + r"[Bb]ằng" + WS1 + r"[Ss]ông" + WS1 + r"Hồng",
    "Tây Nguyên": r"Tây" + WS1 + r"Nguyên",
    "Đông Nam Bộ": r"Đông" + WS1 + r"Nam" + WS1 + r"[Bb]ộ",
    # the socio-economic region under its full name (regions.csv), before the subregion it opens with
    "Bắc Trung Bộ và duyên hải miền Trung": r"Bắc" + WS1 + r"Trung" + WS1 + r"[Bb]ộ" + WS1 + r"và" + WS1 + r"[Dd]uyên" + WS1
                                            + r"hải" + WS1 + r"miền" + WS1 + r"Trung",
    # the coastal subregion under its own name, before the region it is part of
    "Duyên hải Nam Trung Bộ": r"[Dd]uyên" + WS1 + r"hải" + WS1 + r"Nam" + WS1 + r"Trung" + WS1 + r"[Bb]ộ",
    "Nam Trung Bộ": r"Nam" + WS1 + r"Trung" + WS1 + r"[Bb]ộ",
    "Bắc Trung Bộ": r"Bắc" + WS1 + r"Trung" + WS1 + r"[Bb]ộ",
    "Tây Bắc": r"Tây" + WS1 + r"Bắc(?!" + WS1 + r"(?:Bộ|bộ))",
    "Đông Bắc": r"Đông" + WS1 + r"Bắc(?!" + WS1 + r"(?:Bộ|bộ))",
    # the northern subregions as forestry and agriculture name them ('Trung tâm Khoa học Lâm nghiệp Đông Bắc Bộ')
    "Đông Bắc Bộ": r"Đông" + WS1 + r"Bắc" + WS1 + r"[Bb]ộ",
    "Tây Bắc Bộ": r"Tây" + WS1 + r"Bắc" + WS1 + r"[Bb]ộ",
    # also 'trung du và miền núi Bắc Bộ', the name Resolution 11-NQ/TW (2022) gives it: one region
    "Trung du và miền núi phía Bắc": r"[Tt]rung" + WS1 + r"du" + WS1 + r"và" + WS1 + r"miền" + WS1
                                     + r"núi" + WS1 + r"(?:phía" + WS1 + r"Bắc|Bắc" + WS1 + r"[Bb]ộ)",
}


# Provinces renamed after the texts were written (the reference table has today's names):
# Thừa Thiên Huế became Thành phố Huế on 2025-01-01 (Resolution 1314/NQ-UBTVQH15).
HISTORICAL_PROVINCES = {"Thừa Thiên Huế": False}
# A centrally-governed city that was a provincial city before a date: in a text written
# before it, 'thành phố Huế' is the city inside Thừa Thiên Huế (district level).
# the 34-province structure without districts (Resolution 202/2025/QH15) took effect on this day
MERGER = date(2025, 7, 1)
PROMOTED_CITIES = {"Huế": date(2025, 1, 1)}


_NAMED_WITH_LEVEL = {"Hồ Chí Minh"}
# what names the person, not the city, after it: a prize, his thought, his title, his mausoleum, the youth union
_THE_PERSON_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?i:giải" + WS1 + r"thưởng|tư" + WS1 + r"tưởng|chủ" + WS1 + r"tịch|bác|lăng"
                                + r"|cộng" + WS1 + r"sản|TNCS|bảo" + WS1 + r"tàng|phong" + WS1 + r"cách|tấm" + WS1 + r"gương)"
                                + WS1 + r"$")


@dataclass(frozen=True)
class Province:
    name: str          # 'Cần Thơ'
    city: bool         # centrally-governed city ('thành phố') rather than 'tỉnh'

    @property
    def full(self) -> str:
        return f"{'thành phố' if self.city else 'tỉnh'} {self.name}"

    @property
    def in_names(self) -> str:
        """How a facility's name gives the province: 'Khu công nghệ cao Đà Nẵng', but 'Khu công nghệ
        cao thành phố Hồ Chí Minh', since that city's name alone is a person's."""
        return self.full if self.name in _NAMED_WITH_LEVEL else self.name


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    level: str         # province | district | commune | region
    name: str


@lru_cache(maxsize=1)
def provinces() -> dict[str, Province]:
    """fold(name) -> Province, for every province of both eras."""
    raw = resources.files("vnst.loaders").joinpath("data/admin_units.csv").read_text("utf-8")
    rows = csv.DictReader(line for line in raw.splitlines() if not line.startswith("#"))
    found: dict[str, Province] = {}
    for row in rows:
        if row["level"] != "province":
            continue
        name = _PROVINCE_PREFIX.sub("", row["name"])
        found.setdefault(fold(name), Province(name, row["name"].startswith("Thành phố")))
    for name, city in HISTORICAL_PROVINCES.items():
        found.setdefault(fold(name), Province(name, city))
    return found


def _name_alternation() -> str:
    names = sorted((p.name for p in provinces().values()), key=len, reverse=True)
    # first letter as written (a capital), the rest in any case: 'An Giang', 'AN GIANG'
    return "|".join(re.escape(n[0]) + "(?i:" + tone_flex(re.escape(n[1:]).replace(r"\ ", WS1)) + ")" for n in names)


@lru_cache(maxsize=1)
def province_regex() -> str:
    """A province name as written (any case), for use inside other patterns."""
    return r"(?i:" + _name_alternation() + r")"


# the kind of district or commune written between its level word and its name ('các huyện ven biển Lệ Thủy,
# Quảng Ninh', 'xã biên giới Tà Lùng', 'huyện miền núi Mường Lát')
_UNIT_QUALIFIER = (r"(?:" + WS1 + r"(?:ven" + WS1 + r"biển|miền" + WS1 + r"núi|vùng" + WS1 + r"cao|biên" + WS1 + r"giới|đồng"
                   + WS1 + r"bằng|trung" + WS1 + r"du|đặc" + WS1 + r"biệt" + WS1 + r"khó" + WS1 + r"khăn|khó" + WS1 + r"khăn|nghèo)"
                   + r"(?=" + WS1 + r"[" + UPPER + r"]))?")
# (a table converted from HTML may break the cell's line after it: 'UBND thành phố<br>Cam Ranh')
LOCALITY_PREFIX = (r"(?:(?i:thành" + WS1 + r"phố|tỉnh)(?:" + WS1 + r"|<br\s*/?>)|(?:TP|Tp)\.?" + WS + r"*)")
# a syllable may carry an apostrophe ('Cư M'gar', 'Ea H'leo'); a ward or commune may end in a
# number ('xã Sơn Kim 1') or be only one ('Phường 2')
_SYLLABLE = CAP_WORD + r"(?:['’][A-Za-zà-ỹ][a-zà-ỹ]+)?"
# (a tab parts a table's cells: 'Huyện Cư Jút\t300' is the district and its amount)
# (or in a letter: 'phường Tăng Nhơn Phú A', 'xã Vĩnh Thuận B')
# (a state farm's township, its name in lower case after 'Nông': 'thị trấn Nông trường Mộc Châu')
_LOCAL_NAME = (r"(?:Nông[ \u00a0]+[Tt]rường[ \u00a0]+" + _SYLLABLE + r"(?:[ \u00a0]+" + _SYLLABLE + r"){0,2}|"
               + _SYLLABLE + r"(?:" + NAME_GAP + _SYLLABLE + r"){0,2}(?:[ \u00a0]\d{1,2}(?!\d|[/.,]\d)|[ \u00a0][AB](?![\wÀ-ỹ'’]))?)")


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    region = [("region", re.compile(r"(?<![\wÀ-ỹ])(?:" + "|".join(f"(?P<r{i}>{p})" for i, p in
                                                                  enumerate(REGIONS.values())) + r")"))]
    # 'TP.HCM', 'TP. HCM', 'TPHCM', and the 'HCM' of 'ĐHQG-HCM': the city's initials
    province = ("province", re.compile(r"(?<![\wÀ-ỹ])(?<!Thái )(?<!Thái\u00a0)(?:(?P<hcm>(?:TP|Tp)\.?" + WS + r"*HCM|TPHCM|HCM)|(?:" + LOCALITY_PREFIX
                                       + r")?(?P<name>" + _name_alternation() + r"))(?![\wÀ-ỹ])"
                                       # a longer name that opens with a province's: a natural region or an ocean
                                       # ('vùng Đồng Tháp Mười', 'Thái Bình Dương')
                                       + r"(?!" + WS1 + r"(?:Mười|Dương)(?![\wÀ-ỹ]))"))
    # a hyphenated city name ('thành phố Phan Rang - Tháp Chàm') is read whole
    # capitalised at the head of a table cell ('Thị xã Tân Châu', 'Thành phố Long Xuyên'), or abbreviated ('TX.')
    lower = ("district", re.compile(r"(?<![\wÀ-ỹ/])(?:quận|huyện(?:" + WS1 + r"đảo)?|[Tt]hị" + WS1 + r"xã|TX\.|Quận|Huyện"
                                    + r"|(?P<city>[Tt]hành" + WS1 + r"phố|TP\.?|Tp\.?))"
                                    # ('các huyện: Hòa Bình, Đông Hải': a list's colon after the level word)
                                    + r"(?:(?:(?<=các huyện)|(?<=các\u00a0huyện))" + WS + r"*:)?" + _UNIT_QUALIFIER
                                    + NAME_GAP + r"(?!(?:UBND|HĐND|UB)\b)(?P<name>" + _LOCAL_NAME
                                    + r"(?:[ \t\u00a0]?[-–][ \t\u00a0]?" + _SYLLABLE + r"(?:" + NAME_GAP + _SYLLABLE + r")?)?)"))
    # a special zone ('đặc khu Cát Hải', from 2025) is at commune level; a ward merged in 2025 may join
    # two names with a dash ('phường Lâm Viên - Đà Lạt'), a line break after it
    # not the 'xã' of 'hợp tác xã' (a cooperative), and never across a blank line or onto an abbreviation
    # ('Hợp tác' / 'xã Nông nghiệp ...': a cooperative's name broken after 'tác')
    commune = ("commune", re.compile(r"(?<![\wÀ-ỹ/])(?<!tác )(?<!tác\u00a0)(?<!tác\n)(?<!tấn )(?:(?:xã|phường|[Tt]hị" + WS1 + r"trấn|đặc" + WS1
                                     + r"khu|Xã|Phường)" + _UNIT_QUALIFIER + NAME_GAP + r"(?!(?:UBND|HĐND|UB)\b)"
                                     + r"(?P<name>" + _LOCAL_NAME + r"(?:[ \t\u00a0]?[-–](?:[ \t\u00a0]|\n)?" + _SYLLABLE
                                     + r"(?:" + NAME_GAP + _SYLLABLE + r")?)?)|(?:[Pp]hường)[ \t\u00a0]+"
                                     # (not a sum of the ward's budget: 'ngân sách phường 435 triệu đồng')
                                     + r"(?P<number>\d{1,2})(?!\d|[/.,]\d|" + WS + r"*(?:triệu|tỷ|nghìn|%)))"))
    return region + [province, lower, commune]


@lru_cache(maxsize=1)
def _province_at() -> re.Pattern[str]:
    """A province's name in any case ('Cần thơ'), as a whole word."""
    return re.compile(province_regex() + r"(?![\wÀ-ỹ])")


def _scanned(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The pattern's matches, each next one searched from the line after a match's first: a name read on onto the
    next line may be cut back to its first, and what the next line holds is read again ('Phường Mộc Sơn' / 'Xã
    Chiềng Hắc, ...' in a table's rows)."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        yield m
        line_end = text.find("\n", m.start(), m.end())
        pos = line_end + 1 if line_end >= 0 else max(m.end(), m.start() + 1)


def find_places(text: str) -> list[PlaceMention]:
    found: list[PlaceMention] = []
    taken = Spans()
    region_names = list(REGIONS)
    neighbour = _NEIGHBOUR.search(text) is not None
    for level, pattern in _patterns():
        for m in _scanned(pattern, text):
            if taken.overlaps(m.start(), m.end()):
                continue
            if level == "region":
                index = next(i for i in range(len(region_names)) if m.group(f"r{i}"))
                name = region_names[index]
            elif level == "province" and m.group("hcm"):
                name = "Hồ Chí Minh"
            elif level == "province":
                if not all(word[0].isupper() or not word[0].isalpha() for word in m.group("name").split()):
                    continue   # 'Viện Hải dương học' (oceanography): a word, not tỉnh Hải Dương
                province = provinces()[fold(collapse_spaces(m.group("name")))]
                name = province.name
                prefix = fold(m.group(0)[:m.start("name") - m.start()])
                if name in _NAMED_WITH_LEVEL and not prefix.strip() and _THE_PERSON_BEFORE.search(
                        text, max(0, m.start() - 30), m.start()):
                    continue   # 'Giải thưởng Hồ Chí Minh', 'tư tưởng Hồ Chí Minh': the person, not the city
                if name == "Hải Dương" and not prefix.strip() and _OCEANOGRAPHY.match(text, m.end()):
                    continue   # 'VIỆN HẢI DƯƠNG HỌC' in capitals: oceanography, not the province
                if not prefix.strip() and _FEATURE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                    continue   # 'ven sông Thái Bình', 'cầu Cần Thơ': a river or a bridge named after it
                # a town or ward named after its province: 'thị xã Quảng Trị', 'phường Nam Định'
                lower_unit = re.search(r"(?:(?P<d>quận|huyện|thị" + WS1 + r"xã)|(?P<c>phường|xã|thị" + WS1
                                       + r"trấn))(?:" + WS + r"*:)?" + WS1 + r"$", text[max(0, m.start() - 12):m.start()], re.I)
                if lower_unit and not prefix.strip():
                    unit_level = "district" if lower_unit.group("d") else "commune"
                    longer = _longer_unit(text, m.end(), name, unit_level)
                    if longer is not None:   # 'huyện Điện Biên Đông': a unit named beyond the province's name
                        found.append(PlaceMention(m.start(), longer[1], unit_level, longer[0]))
                        taken.add(m.start(), longer[1])
                        continue
                    numbered = re.match(r"[ \t\u00a0](\d{1,2})(?!\d|[/.,]\d)", text[m.end():m.end() + 4])
                    end = m.end() + (numbered.end() if numbered else 0)   # 'phường Hà Giang 1' (2025)
                    found.append(PlaceMention(m.start(), end, unit_level,
                                              f"{name} {numbered.group(1)}" if numbered else name))
                    taken.add(m.start(), end)
                    continue
                longer = _longer_unit(text, m.end(), name, "district") if not prefix.strip() else None
                if longer is not None:   # '(các huyện Mường Ảng, Tuần Giáo) và Điện Biên Đông': a district, listed bare
                    found.append(PlaceMention(m.start(), longer[1], "district", longer[0]))
                    taken.add(m.start(), longer[1])
                    continue
                if not province.city and prefix.strip().startswith(("thanh pho", "tp")):
                    # 'thành phố Thái Nguyên' in tỉnh Thái Nguyên: the provincial city ('thành phố Điện Biên
                    # Phủ' is named beyond the province's name)
                    name, end = _longer_unit(text, m.end(), name, "district") or (name, m.end())
                    found.append(PlaceMention(m.start(), end, "district", name))
                    taken.add(m.start(), end)
                    continue
            else:
                name = collapse_spaces(m.group("name") or m.groupdict().get("number") or "")
                body = _BODY_ON_NEXT_LINE.search(m.group("name") or "")
                if body and body.start() > 0:
                    # 'huyện Bắc' / 'Bình' / 'Viện Chăn nuôi': a table's next cell, a body, is no part of the name
                    kept = m.group("name")[:body.start()].rstrip()
                    found.append(PlaceMention(m.start(), m.start("name") + len(kept), level, collapse_spaces(kept)))
                    taken.add(m.start(), m.start("name") + len(kept))
                    continue
                first_line = m.group("name").split("\n")[0].rstrip(" \t\u00a0-–") if m.group("name") else ""
                if first_line != (m.group("name") or "") and not _known_unit(name, level) and _known_unit(first_line, level):
                    # 'thành phố Dĩ An' / 'Bộ tiêu chí ...': the next cell of a table is not part of the name
                    found.append(PlaceMention(m.start(), m.start("name") + len(first_line), level, collapse_spaces(first_line)))
                    taken.add(m.start(), m.start("name") + len(first_line))
                    continue
                if re.search("[-–]", name) and not _known_unit(name, level):
                    # 'thành phố Hồ Chí Minh - Trường ...': a dash that does not join one unit's name
                    name = re.split(r" ?[-–]", name)[0]
                    found.append(PlaceMention(m.start(), m.start("name") + len(name), level, name))
                    taken.add(m.start(), m.start("name") + len(name))
                    continue
                if level == "district" and m.group("city") and (province_named(name) is not None
                                                                or _province_at().match(text, m.start("name"))):
                    continue   # the city that is a province, its name's case slipped ('Thành phố Cần thơ')
                if level == "district" and m.group("city") and not _known_unit(name, level) and _ABROAD.match(text, m.end()):
                    continue   # 'thành phố Busan, Hàn Quốc': a city abroad
                if level in ("district", "commune") and not _known_unit(name, level) and (
                        re.match(r"-[" + LOWER + "]", text[m.end():m.end() + 2]) or neighbour and level == "district"):
                    # 'huyện Bua-la-pha', 'thành phố Thà Khẹt' in a text on Laos: a neighbour's unit, in
                    # Vietnamese letters (a Vietnamese unit is in the list of units)
                    continue
                if level == "district" and m.group("city") and _a_persons_name(name) and not _known_unit(name, level):
                    continue   # 'Phó Chủ tịch UBND thành phố Nguyễn Hữu Thạnh': the official after the city's body
                if level in ("district", "commune"):
                    name = adminunits.with_apostrophe(name, level=level)
            end = m.end()
            broken = _BROKEN_WORD.match(text, end) if level in ("district", "commune") else None
            if broken and (_known_unit(name + broken.group("rest"), level)
                           or _known_unit(f"{name} {broken.group('rest').capitalize()}", level)):   # ('Đa Krông')
                name, end = name + broken.group("rest"), broken.end()   # 'huyện Đa-' / 'krông': a PDF's hyphenation
            found.append(PlaceMention(m.start(), end, level, name))
            taken.add(m.start(), end)
            if level in ("district", "commune"):
                plural = re.search(r"các" + WS1 + r"\S+(?:" + WS1 + r"\S+){0,4}" + WS1 + r"$", text[max(0, m.start() - 16):m.start("name")])
                listed = _listed(text, end, level, taken, plural=plural is not None)
                relisted = Spans()
                for item in listed:
                    relisted.add(item.start, item.end)
                # 'các huyện Lệ Thủy, Quảng Ninh': a listed name that is also a province's is the district
                found = [f for f in found if not (f.level == "province" and relisted.overlaps(f.start, f.end))]
                found.extend(listed)
    return sorted(found, key=lambda p: p.start)


_BROKEN_WORD = re.compile(r"-[ \t]*\n[ \t]*(?P<rest>[a-zà-ỹ]+)(?![\wÀ-ỹ])")
# a natural or built feature named after a province ('sông Thái Bình', 'núi Bà Rá', 'cầu Cần Thơ'): not the province
_OCEANOGRAPHY = re.compile(r"[ \t\u00a0]+HỌC(?![\wÀ-ỹ])")
# (or a street, by its house number: 'số 273 Điện Biên Phủ')
_FEATURE_BEFORE = re.compile(r"(?:(?<![\wÀ-ỹ])(?:sông|núi|hồ|đèo|cầu|vịnh|đảo|bến|cảng|đường|phố)" + WS1
                             + r"|(?<![\d/.,])\d{1,4}[A-Z]?[ \t\u00a0]+)$")
# a body's head word opening the next line (no syllable of a unit's name is one)
_BODY_ON_NEXT_LINE = re.compile(r"\n[ \t\u00a0]*(?:Viện|Sở|Cục|UBND|Quỹ|(?:Học" + WS1 + r"viện|Bệnh" + WS1 + r"viện|Công" + WS1
                                + r"ty|Trung" + WS1 + r"tâm|(?:Ủy|Uỷ)" + WS1 + r"ban|Ngân" + WS1 + r"hàng|Tập" + WS1
                                + r"đoàn|Hợp" + WS1 + r"tác" + WS1 + r"xã|(?:Trường" + WS1 + r")?(?:Đại" + WS1 + r"học|Cao"
                                + WS1 + r"đẳng)))(?![\wÀ-ỹ])")
# the neighbours whose places are written in Vietnamese letters ('tỉnh Khăm Muộn', 'thành phố Thà Khẹt')
_NEIGHBOUR = re.compile(r"(?<![\wÀ-ỹ])(?:Lào|Campuchia|Trung" + WS1 + r"Quốc)(?![\wÀ-ỹ])")
_ABROAD = re.compile(WS + r"*(?:,|\(|(?i:của|thuộc))" + WS + r"*(?:(?i:nước)" + WS1 + r")?(?:"
                     + "|".join(re.escape(c).replace(r"\ ", WS1) for c in FOREIGN) + r")(?![\wÀ-ỹ])")


# 'các quận Cầu Giấy, Hoàn Kiếm', 'huyện Đức Hòa, Bến Lức': a name listed after a place shares its
# level; the list ends at anything but a bare capitalised name (a province, a body, a person)
_LISTED = re.compile(WS + r"*(?:,|" + WS1 + r"và)" + r"[ \t\u00a0]+(?!(?:Sở|Bộ|Ủy|UBND|Ban|Trường|Viện|Trung|Công|Tỉnh|"
                     r"Thành|Ông|Bà|Đồng[ \t\u00a0]+chí|Huyện|Quận|Xã|Phường|Thị|TP|Tp|"
                     # heads of facilities and bodies that no district or commune name begins with
                     r"Khu|Cụm|Vườn|Cảng|Dự|Đề|Quỹ|Hợp|Học|Cục|Tổng|Phòng|Đài|Báo|Làng)\b)(?P<name>" + _LOCAL_NAME
                     # (a ward merged in 2025 may join two names with a dash: 'các phường A - Đà Lạt, B - Đà Lạt')
                     + r"(?:[ \t\u00a0][-–][ \t\u00a0]" + _SYLLABLE + r"(?:" + NAME_GAP + _SYLLABLE + r")?)?)"
                     r"(?=" + WS + r"*(?:[,.;:()]|và\b|$)|[ \t\u00a0]+[a-zà-ỹ])")   # ('xã A, B (huyện C)', 'phường A, B:')


def _listed(text: str, pos: int, level: str, taken: Spans, *, plural: bool = False) -> list[PlaceMention]:
    """'các quận Cầu Giấy, Hoàn Kiếm và huyện Gia Lâm': the names listed after the first share its level.
    After a singular level a province's name ends the list ('huyện Đức Hòa, Long An' is an address);
    after a plural one ('các huyện') it is one more item."""
    out = []
    while (m := _LISTED.match(text, pos)) is not None:
        if province_named(m.group("name")) and not plural:
            break
        if taken.overlaps(m.start("name"), m.end()) and not province_named(m.group("name")):
            break
        if " " not in collapse_spaces(m.group("name")) and not any(
                u.name.endswith(" " + m.group("name")) for era in adminunits.ERAS
                for u in adminunits.find_places(m.group("name"), level=level, era=era)):
            # 'huyện Phụng Hiệp, Chủ tịch ...': one syllable that names no unit, tones and all ('Chủ' is not
            # 'Chũ'), opens the next item
            break
        item_level = level
        if level == "district" and _ITS_DISTRICT_AFTER.match(text, m.end()):
            # 'các xã Ngư Thủy Bắc, huyện Lệ Thủy và Võ Ninh, huyện Quảng Ninh': an item followed by its own district
            # is one more commune of the list the district interrupted
            if not _known_unit(collapse_spaces(m.group("name")), "commune"):
                break
            item_level = "commune"
        out.append(PlaceMention(m.start("name"), m.end("name"), item_level, collapse_spaces(m.group("name"))))
        taken.add(m.start("name"), m.end("name"))
        pos = m.end()
        # ('các xã A, B (huyện C), D, E (huyện F)': the items' district in brackets, and the list goes on)
        bracketed = _ITS_DISTRICT_IN_BRACKETS.match(text, pos)
        pos = bracketed.end() if bracketed and level == "commune" else pos
    return out


_ITS_DISTRICT_AFTER = re.compile(WS + r"*," + WS + r"*(?:huyện|quận|thị" + WS1 + r"xã|thành" + WS1 + r"phố)" + WS1)
_ITS_DISTRICT_IN_BRACKETS = re.compile(WS + r"*\((?:huyện|quận|thị" + WS1 + r"xã|thành" + WS1 + r"phố)" + WS1 + r"[^()\n]{2,40}\)"
                                       r"(?=" + WS + r"*,)")


def _a_persons_name(name: str) -> bool:
    """Three or four syllables opening with a family name and a middle name ('Nguyễn Hữu Thạnh')."""
    words = name.split()
    return 3 <= len(words) <= 4 and words[0] in SURNAMES and words[1] in _MIDDLE_NAMES


_MIDDLE_NAMES = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Quang", "Ngọc", "Thanh", "Xuân", "Hồng", "Công", "Đình", "Quốc",
                 "Tiến", "Thành", "Trọng", "Mạnh", "Anh", "Duy", "Kim", "Phú", "Tuấn", "Việt", "Hoàng", "Thu", "Bá",
                 "Trung", "Hải", "Huy", "Gia", "Bảo", "Nhật", "Khánh"}


def _longer_unit(text: str, end: int, name: str, level: str) -> tuple[str, int] | None:
    """A unit whose name goes on past the province's name it begins with ('Điện Biên Phủ', 'Điện Biên Đông'),
    and where it ends; None when the words after it name no such unit."""
    more = re.match(r"(?:[ \u00a0]" + CAP_WORD + r"){1,2}", text[end:end + 30])
    words = more.group(0).split() if more else []
    for n in range(len(words), 0, -1):
        longer = f"{name} {' '.join(words[:n])}"
        if _known_unit(longer, level):
            return longer, end + len(re.match(r"(?:[ \u00a0]" + CAP_WORD + r"){%d}" % n, text[end:]).group(0))
    return None


def _known_unit(name: str, level: str) -> bool:
    return any(adminunits.find_places(name, level=level, era=era) for era in adminunits.ERAS)


def city_named(name: str) -> bool:
    """Whether ``name`` is a provincial city's (a 'thành phố' at district level before 2025)."""
    return any(u.division_type == "thành phố" and u.bare_name == name
               for u in adminunits.find_places(name, level="district", era="pre2025"))


def province_or_unit(name: str) -> bool:
    """Whether ``name`` is a province's, a district's or a commune's (of either era)."""
    return province_named(name) is not None or _known_unit(name, "district") or _known_unit(name, "commune")


def as_of(places: list[PlaceMention], written: date | None) -> list[PlaceMention]:
    """Places read as they were on the date a text was written (see PROMOTED_CITIES)."""
    if written is None:
        return places
    return [replace(p, level="district") if p.level == "province" and written < PROMOTED_CITIES.get(p.name, written)
            else p for p in places]


def province_named(written: str) -> Province | None:
    return provinces().get(fold(collapse_spaces(written)))


__all__ = ["LOCALITY_PREFIX", "PlaceMention", "Province", "REGIONS", "as_of", "city_named", "find_places", "province_named", "province_or_unit",
           "province_regex", "provinces"]
