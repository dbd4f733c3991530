"""The curated reference data on bodies (data/national_bodies.yaml, each entry with its source):
national bodies with their English names and abbreviations, the units every province has, and the
sectors its departments are named by."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from vnst.loaders.vietnamese import abbreviations, flex
from vnst.textnorm import fold


@dataclass(frozen=True)
class Body:
    name: str
    en: str
    cls: str
    abbreviations: tuple[str, ...]
    sector: str | None
    parent: str | None


@lru_cache(maxsize=1)
def _bodies_data() -> dict:
    raw = resources.files("vnst.loaders").joinpath("data/national_bodies.yaml").read_text("utf-8")
    return yaml.safe_load(raw)


@lru_cache(maxsize=1)
def national_bodies() -> list[Body]:
    return [Body(b["name"], b.get("en", ""), b["class"], tuple(b.get("abbreviations") or ()),
                 b.get("sector"), b.get("parent")) for b in _bodies_data()["bodies"]]


@dataclass(frozen=True)
class ProvincialUnit:
    name: str
    cls: str
    abbreviations: tuple[str, ...]
    placed_only: bool = False   # one body only with its province ('... tỉnh', '... tỉnh X'); alone, a kind


@lru_cache(maxsize=1)
def provincial_units() -> list[ProvincialUnit]:
    """Units every province has under one name (data/national_bodies.yaml, 'provincial_units')."""
    return [ProvincialUnit(u["name"], u["class"], tuple(u.get("abbreviations") or ()), bool(u.get("placed_only")))
            for u in _bodies_data().get("provincial_units") or ()]


def local_units(level: str) -> frozenset[str]:
    """The divisions every locality of ``level`` has ('huyện', 'xã'; data/national_bodies.yaml, 'local_units'):
    a district's for 'quận', 'thị xã' and 'thành phố' too, a commune's for 'phường' and 'đặc khu'."""
    key = "xã" if level in ("xã", "phường", "đặc khu") else "huyện"
    return frozenset((_bodies_data().get("local_units") or {}).get(key) or ())


@lru_cache(maxsize=1)
def branch_brands() -> tuple[str, ...]:
    """State groups whose provincial branches are named by the brand and the province ('Viettel Thanh Hóa')."""
    return tuple(_bodies_data().get("branch_brands") or ())


def branch_owners() -> dict[str, str]:
    """Brand -> the name a branch has in full before its place ('Agribank' -> 'Ngân hàng Nông nghiệp
    và Phát triển nông thôn Việt Nam', 'VNPT' -> 'Viễn thông'), for the brands that have one."""
    return {brand: owner for brand, owner in (_bodies_data().get("branch_brands") or {}).items() if owner}


@lru_cache(maxsize=1)
def department_sectors() -> tuple[str, ...]:
    """The sectors of the provinces' departments the data names besides the ministries' (data/national_bodies.yaml)."""
    return tuple(_bodies_data().get("department_sectors") or ())


def sector_pattern() -> str:
    """The sectors a department is named by ('Khoa học và Công nghệ', 'KH&CN'), as a regex group."""
    named = {b.sector for b in national_bodies() if b.sector} | set(department_sectors())
    # a sector half abbreviated ('Nông nghiệp và PTNT'): the full name with one part abbreviated
    named |= {s.replace(full, abbr) for s in named for abbr, full in abbreviations().items()
              if full in s and full != s and abbr.isupper()}
    sectors = sorted(named
                     | {k for k in abbreviations() if "&" in k or k in ("KHCN", "GTVT", "TNMT", "TTTT")},
                     key=len, reverse=True)
    return "(?P<sector>" + "|".join(_slip_tolerant(s) for s in sectors) + ")"


_LETTERS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵdđ"


@lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    """Each letter -> every letter of its case that differs from it only by a diacritic ('à' -> 'aàáả...âầ...')."""
    groups: dict[tuple[str, bool], str] = {}
    for ch in _LETTERS + _LETTERS.upper():
        groups[(fold(ch), ch.isupper())] = groups.get((fold(ch), ch.isupper()), "") + ch
    return {ch: groups[(fold(ch), ch.isupper())] for ch in _LETTERS + _LETTERS.upper()}


def _slip_tolerant(sector: str) -> str:
    """A sector as flex() reads it, and with any diacritic typed wrong or left out ('Kế hoạch và Đàu tư', 'Khoa hoc va
    Cong nghe'), as old and hastily typed texts write it: the department is still the one its words fold to."""
    variants = _variants()
    return "".join("[" + variants[ch] + "]" if ch in variants else flex(ch) if ch in " &-–" else re.escape(ch)
                   for ch in sector)


def canonical_sector(sector: str) -> str:
    for body in national_bodies():
        if body.sector and fold(body.sector) == fold(sector):
            return body.sector
    return sector


__all__ = ["Body", "ProvincialUnit", "branch_brands", "branch_owners", "canonical_sector", "local_units", "national_bodies", "provincial_units", "sector_pattern"]
