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
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from importlib import resources

from vnst.loaders.spans import Spans
from vnst.loaders.vietnamese import CAP_WORD, NAME_GAP, WS, WS1, tone_flex
from vnst.textnorm import collapse_spaces, fold

_PROVINCE_PREFIX = re.compile(r"^(?:Tỉnh|Thành phố)\s+")
REGIONS = {
    "Đồng bằng sông Cửu Long": r"(?:[Đđ]ồng" + WS1 + r"[Bb]ằng" + WS1 + r"[Ss][ôo]ng" + WS1 + r"Cửu"
                               + WS1 + r"Long|ĐBSCL)",
    "Đồng bằng sông Hồng": r"[Đđ]ồng" + WS1 + r"[Bb]ằng" + WS1 + r"[Ss]ông" + WS1 + r"Hồng",
    "Tây Nguyên": r"Tây" + WS1 + r"Nguyên",
    "Đông Nam Bộ": r"Đông" + WS1 + r"Nam" + WS1 + r"[Bb]ộ",
    "Nam Trung Bộ": r"Nam" + WS1 + r"Trung" + WS1 + r"[Bb]ộ",
    "Bắc Trung Bộ": r"Bắc" + WS1 + r"Trung" + WS1 + r"[Bb]ộ",
    "Tây Bắc": r"Tây" + WS1 + r"Bắc(?!" + WS1 + r"(?:Bộ|bộ))",
    "Đông Bắc": r"Đông" + WS1 + r"Bắc(?!" + WS1 + r"(?:Bộ|bộ))",
    "Trung du và miền núi phía Bắc": r"[Tt]rung" + WS1 + r"du" + WS1 + r"và" + WS1 + r"miền" + WS1
                                     + r"núi" + WS1 + r"phía" + WS1 + r"Bắc",
}


# Provinces renamed after the texts were written (the reference table has today's names):
# Thừa Thiên Huế became Thành phố Huế on 2025-01-01 (Resolution 1314/NQ-UBTVQH15).
HISTORICAL_PROVINCES = {"Thừa Thiên Huế": False}
# A centrally-governed city that was a provincial city before a date: in a text written
# before it, 'thành phố Huế' is the city inside Thừa Thiên Huế (district level).
PROMOTED_CITIES = {"Huế": date(2025, 1, 1)}


@dataclass(frozen=True)
class Province:
    name: str          # 'Cần Thơ'
    city: bool         # centrally-governed city ('thành phố') rather than 'tỉnh'

    @property
    def full(self) -> str:
        return f"{'thành phố' if self.city else 'tỉnh'} {self.name}"


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


LOCALITY_PREFIX = (r"(?:(?i:thành" + WS1 + r"phố|tỉnh)" + WS1 + r"|(?:TP|Tp)\.?" + WS + r"*)")
# a syllable may carry an apostrophe ('Cư M'gar', 'Ea H'leo'); a ward or commune may end in a
# number ('xã Sơn Kim 1') or be only one ('Phường 2')
_SYLLABLE = CAP_WORD + r"(?:['’][A-Za-zà-ỹ][a-zà-ỹ]+)?"
_LOCAL_NAME = _SYLLABLE + r"(?:" + NAME_GAP + _SYLLABLE + r"){0,2}(?:[ \t\u00a0]\d{1,2}(?![\d/.,]\d))?"


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    region = [("region", re.compile(r"(?<![\wÀ-ỹ])(?:" + "|".join(f"(?P<r{i}>{p})" for i, p in
                                                                  enumerate(REGIONS.values())) + r")"))]
    province = ("province", re.compile(r"(?<![\wÀ-ỹ])(?:" + LOCALITY_PREFIX + r")?(?P<name>"
                                       + _name_alternation() + r")(?![\wÀ-ỹ])"))
    lower = ("district", re.compile(r"(?<![\wÀ-ỹ/])(?:quận|huyện(?:" + WS1 + r"đảo)?|thị" + WS1 + r"xã|Quận|Huyện|(?P<city>thành"
                                    + WS1 + r"phố|TP\.?|Tp\.?))" + WS1 + r"(?P<name>" + _LOCAL_NAME + r")"))
    # a special zone ('đặc khu Cát Hải', from 2025) is at commune level
    commune = ("commune", re.compile(r"(?<![\wÀ-ỹ/])(?:(?:xã|phường|thị" + WS1 + r"trấn|đặc" + WS1 + r"khu|Xã|Phường)" + WS1
                                     + r"(?P<name>" + _LOCAL_NAME + r")|(?:[Pp]hường)[ \t\u00a0]+"
                                     + r"(?P<number>\d{1,2})(?![\d/.,]\d))"))
    return region + [province, lower, commune]


def find_places(text: str) -> list[PlaceMention]:
    found: list[PlaceMention] = []
    taken = Spans()
    region_names = list(REGIONS)
    for level, pattern in _patterns():
        for m in pattern.finditer(text):
            if taken.overlaps(m.start(), m.end()):
                continue
            if level == "region":
                index = next(i for i in range(len(region_names)) if m.group(f"r{i}"))
                name = region_names[index]
            elif level == "province":
                province = provinces()[fold(collapse_spaces(m.group("name")))]
                name = province.name
                prefix = fold(m.group(0)[:m.start("name") - m.start()])
                # a town or ward named after its province: 'thị xã Quảng Trị', 'phường Nam Định'
                lower_unit = re.search(r"(?:(?P<d>quận|huyện|thị" + WS1 + r"xã)|(?P<c>phường|xã|thị" + WS1
                                       + r"trấn))" + WS1 + r"$", text[max(0, m.start() - 12):m.start()], re.I)
                if lower_unit and not prefix.strip():
                    unit_level = "district" if lower_unit.group("d") else "commune"
                    found.append(PlaceMention(m.start(), m.end(), unit_level, name))
                    taken.add(m.start(), m.end())
                    continue
                if not province.city and prefix.strip().startswith(("thanh pho", "tp")):
                    # 'thành phố Thái Nguyên' in tỉnh Thái Nguyên: the provincial city
                    found.append(PlaceMention(m.start(), m.end(), "district", name))
                    taken.add(m.start(), m.end())
                    continue
            else:
                name = collapse_spaces(m.group("name") or m.groupdict().get("number") or "")
                if level == "district" and m.group("city") and province_named(name) is not None:
                    continue
            found.append(PlaceMention(m.start(), m.end(), level, name))
            taken.add(m.start(), m.end())
            if level in ("district", "commune"):
                found.extend(_listed(text, m.end(), level, taken))
    return sorted(found, key=lambda p: p.start)


# 'các quận Cầu Giấy, Hoàn Kiếm', 'huyện Đức Hòa, Bến Lức': a name listed after a place shares its
# level; the list ends at anything but a bare capitalised name (a province, a body, a person)
_LISTED = re.compile(WS + r"*(?:,|" + WS1 + r"và)" + r"[ \t\u00a0]+(?!(?:Sở|Bộ|Ủy|UBND|Ban|Trường|Viện|Trung|Công|Tỉnh|"
                     r"Thành|Ông|Bà|Đồng[ \t\u00a0]+chí|Huyện|Quận|Xã|Phường|Thị|TP|Tp)\b)(?P<name>" + _LOCAL_NAME + r")"
                     r"(?=" + WS + r"*(?:[,.;)]|và\b|$)|[ \t\u00a0]+[a-zà-ỹ])")


def _listed(text: str, pos: int, level: str, taken: Spans) -> list[PlaceMention]:
    """'các quận Cầu Giấy, Hoàn Kiếm và huyện Gia Lâm': the names listed after the first share its level."""
    out = []
    while (m := _LISTED.match(text, pos)) is not None:
        if taken.overlaps(m.start("name"), m.end()) or province_named(m.group("name")):
            break
        out.append(PlaceMention(m.start("name"), m.end("name"), level, collapse_spaces(m.group("name"))))
        taken.add(m.start("name"), m.end("name"))
        pos = m.end()
    return out


def as_of(places: list[PlaceMention], written: date | None) -> list[PlaceMention]:
    """Places read as they were on the date a text was written (see PROMOTED_CITIES)."""
    if written is None:
        return places
    return [replace(p, level="district") if p.level == "province" and written < PROMOTED_CITIES.get(p.name, written)
            else p for p in places]


def province_named(written: str) -> Province | None:
    return provinces().get(fold(collapse_spaces(written)))


__all__ = ["LOCALITY_PREFIX", "PlaceMention", "Province", "REGIONS", "as_of", "find_places", "province_named",
           "province_regex", "provinces"]
