"""Organisations named in a text, with their canonical full names and keys.

Patterns, strongest first: curated national bodies (data/national_bodies.yaml),
'Sở <sector> <locality>', 'Ủy ban nhân dân / UBND <locality>', HĐND, party
committees, and named units after a head word (Trường Đại học, Viện, Trung tâm,
Ban, Vụ, Cục, Quỹ, ...). A department or committee written without its locality
('Sở KH&CN', 'UBND thành phố') belongs to the document's home province."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from vnst.loaders.adminunits import find_places as find_units
from vnst.loaders.orgmerge import (with_assisting_groups, with_defined_abbreviations, with_member_universities,
                                   with_named_parent_offices, with_one_name_per_body, with_short_references)
from vnst.loaders.orgnames import (ABBR_PAREN, FOREIGN, HEADS, PROJECT_BEFORE, OrgMention, named_org,
                                   title_case_caps)
from vnst.loaders.places import LOCALITY_PREFIX, Province, province_named, province_regex
from vnst.loaders.layout import cells_between, column_views, view_regions
from vnst.loaders.spans import Spans
from vnst.loaders.vietnamese import (CAP_WORD, LOWER, NAME_GAP, UPPER, WS, WS1, abbreviations, expand_abbreviations,
                                     flex)
from vnst.textnorm import collapse_spaces, fold


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


@lru_cache(maxsize=1)
def provincial_units() -> list[ProvincialUnit]:
    """Units every province has under one name (data/national_bodies.yaml, 'provincial_units')."""
    return [ProvincialUnit(u["name"], u["class"], tuple(u.get("abbreviations") or ()))
            for u in _bodies_data().get("provincial_units") or ()]


def _flex(phrase: str) -> str:
    return flex(phrase)


_B = r"(?<![\wÀ-ỹ])"
_E = r"(?![\wÀ-ỹ])"
_LOCALITY = r"(?:" + WS1 + r"(?P<loc>" + LOCALITY_PREFIX + r"?(?P<prov>" + "{PROV}" + r")))"
@lru_cache(maxsize=1)
def _sector() -> str:
    """The sectors a department is named by ('Khoa học và Công nghệ', 'KH&CN'), as a regex group."""
    named = {b.sector for b in national_bodies() if b.sector} | set(_bodies_data().get("department_sectors") or ())
    # a sector half abbreviated ('Nông nghiệp và PTNT'): the full name with one part abbreviated
    named |= {s.replace(full, abbr) for s in named for abbr, full in abbreviations().items()
              if full in s and full != s and abbr.isupper()}
    sectors = sorted(named
                     | {k for k in abbreviations() if "&" in k or k in ("KHCN", "GTVT", "TNMT", "TTTT")},
                     key=len, reverse=True)
    return "(?P<sector>" + "|".join(_flex(s) for s in sectors) + ")"


# 'các Sở: Tài chính, KH&CN', 'các sở, ngành: Kế hoạch và Đầu tư, Tài chính': one department per sector
_DEPARTMENT_LIST = re.compile(_B + r"(?i:các" + WS1 + r"sở)(?:" + WS + r"*,?" + WS1 + r"(?i:ban" + WS + r"*,?" + WS1
                              + r")?(?i:ngành))?" + WS + r"*:" + WS + r"*")


def _department_lists(text: str, home: Province | None) -> list[OrgMention]:
    if home is None:
        return []
    item = re.compile(r"(?i:" + _sector() + r")" + _E + r"(?=" + WS + r"*(?:[,;.]|" + WS1 + r"và" + WS1 + r"|\n|$))")
    out = []
    for m in _DEPARTMENT_LIST.finditer(text):
        pos = m.end()
        while (found := item.match(text, pos)) is not None:
            sector = _canonical_sector(expand_abbreviations(found.group("sector")))
            out.append(OrgMention(found.start(), found.end(), f"Sở {sector} {home.full}", "Department",
                                  f"Ủy ban nhân dân {home.full}"))
            nxt = re.match(WS + r"*(?:,|" + WS1 + r"và)" + WS + r"*", text[found.end():found.end() + 8])
            if nxt is None:
                break
            pos = found.end() + nxt.end()
    return out


# 'Sở KH&CN các tỉnh Thái Nguyên, Bắc Kạn và Hà Giang', 'UBND các tỉnh, thành phố: A, B': one body
# per province listed
_PER_PROVINCE = re.compile(r"(?:" + WS1 + r"của)?" + WS1 + r"các" + WS1 + r"(?:tỉnh|thành" + WS1 + r"phố)(?:" + WS
                           + r"*,?" + WS1 + r"(?:thành" + WS1 + r"phố|tỉnh))?" + WS + r"*:?" + WS + r"*")


@lru_cache(maxsize=1)
def _per_province_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    head = re.compile(_B + r"(?:(?i:Sở)" + WS1 + r"(?i:" + _sector() + r")|(?P<committee>UBND|(?i:ủy|uỷ)" + WS1
                      + r"(?i:ban" + WS1 + r"nhân" + WS1 + r"dân)))" + _E)
    item = re.compile(r"(?:" + LOCALITY_PREFIX + r")?(?P<prov>" + province_regex() + r")" + _E)
    return head, item


def _per_province_lists(text: str) -> list[OrgMention]:
    head, item = _per_province_patterns()
    out = []
    for m in head.finditer(text):
        listing = _PER_PROVINCE.match(text, m.end())
        if listing is None:
            continue
        pos, start = listing.end(), m.start()
        while (found := item.match(text, pos)) is not None:
            province = province_named(found.group("prov"))
            committee = f"Ủy ban nhân dân {province.full}"
            if m.group("committee"):
                out.append(OrgMention(start, found.end(), committee, "PeoplesCommittee"))
            else:
                sector = _canonical_sector(expand_abbreviations(m.group("sector")))
                out.append(OrgMention(start, found.end(), f"Sở {sector} {province.full}", "Department", committee))
            nxt = re.match(WS + r"*(?:,|" + WS1 + r"và)" + WS + r"*", text[found.end():found.end() + 8])
            if nxt is None:
                break
            pos = start = found.end() + nxt.end()
    return out


# the ways officials shorten 'khoa học và công nghệ' inside a name ('Quỹ Phát triển KH&CN quốc gia')
_SHORT_SECTOR = ("KH&CN", "KHCN", "KH-CN", "khoa học công nghệ")


def _written_forms(names: list[str]) -> list[str]:
    """A curated name and its abbreviations, each also with the sector shortened as officials do."""
    forms = set(names)
    for name in names:
        at = name.lower().find("khoa học và công nghệ")
        if at > 0:
            forms.update(name[:at] + short + name[at + len("khoa học và công nghệ"):] for short in _SHORT_SECTOR)
    return sorted(forms, key=len, reverse=True)


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    prov = province_regex()
    locality = _LOCALITY.replace("{PROV}", prov)
    body_alts = []
    for index, body in enumerate(national_bodies()):
        names = _written_forms([body.name, *body.abbreviations])
        body_alts.append(f"(?P<b{index}>" + "|".join(re.escape(n[0]) + "(?i:" + _flex(n[1:]) + ")"
                                                     for n in names) + ")")
    # not inside a document number ('Nghị định số 13/2019/NĐ-CP' does not name the Government)
    bodies = re.compile(_B + r"(?<![/-])(?:" + "|".join(body_alts) + r")" + _E + f"(?:{ABBR_PAREN})?")
    sector = _sector()
    # ('các cơ sở y tế' holds no department)
    department = re.compile(_B + r"(?<![Cc]ơ )(?<!CƠ )(?i:Sở)" + WS1 + r"(?i:" + sector + r")" + _E + f"(?:{ABBR_PAREN})?"
                            + locality + "?")
    # 'VP UBND tỉnh', and in a distribution list 'CVP, PCVP UBND tỉnh' (its chief and deputy chiefs):
    # the committee's office
    committee = re.compile(_B + r"(?:(?P<vpub>VPUB(?:ND)?)|(?P<office>(?:(?:P?C)?VP|Văn" + WS1 + r"phòng)" + WS1 + r")?(?P<kind>(?i:Ủy" + WS1 + r"ban" + WS1 + r"nhân" + WS1 + r"dân|Uỷ" + WS1
                           + r"ban" + WS1 + r"nhân" + WS1 + r"dân|UBND|Hội" + WS1 + r"đồng" + WS1
                           + r"nhân" + WS1 + r"dân|HĐND)))" + _E + locality + "?")
    # 'Ban Chấp hành Đảng bộ tỉnh' is the province's party committee (Tỉnh ủy) under its formal name
    party = re.compile(_B + r"(?P<kind>Ban" + WS1 + r"(?i:chấp" + WS1 + r"hành" + WS1 + r"đảng" + WS1 + r"bộ" + WS1
                       + r"(?:tỉnh|thành" + WS1 + r"phố))|Thành" + WS1 + r"ủy|Tỉnh" + WS1 + r"ủy|Thành" + WS1 + r"uỷ|Tỉnh"
                       + WS1 + r"uỷ|Đảng" + WS1 + r"bộ)" + _E + r"(?:" + WS1 + r"(?:" + LOCALITY_PREFIX + r")?(?P<prov>"
                       + prov + r")|" + WS1 + r"(?P<bare>tỉnh|thành" + WS1 + r"phố)" + _E + r")?")
    heads = "|".join(_flex(h) + "|" + _flex(h.title()) for h in sorted(HEADS, key=len, reverse=True))
    # 'Trưởng phòng Quản lý công nghệ': the post names its unit, 'Phòng Quản lý công nghệ'
    named = re.compile(_B + r"(?<!Ủy )(?<!Uỷ )(?<!ỦY )(?P<head>(?:[Tt]rường" + WS1 + r")?(?:" + heads
                       + r")|(?<=[Tt]rưởng[ \u00a0])phòng)" + WS1
                       + r"(?=[" + UPPER + "]|các" + WS1 + "[" + UPPER + "])")
    foreign = re.compile(_B + r"Chính" + WS1 + r"phủ" + WS1 + r"(?P<country>" + "|".join(_flex(c) for c in FOREIGN)
                         + r")" + _E)
    board = re.compile(_B + r"Ban" + WS1 + r"(?i:quản" + WS1 + r"lý" + WS1 + r"dự" + WS1 + r"án)(?:" + WS1
                       + r"(?i:đầu" + WS1 + r"tư))?(?:" + WS1 + r"(?i:xây" + WS1 + r"dựng))?(?:" + WS1 + r"(?i:công"
                       + WS1 + r"trình))?(?:" + WS1 + r"(?P<num>\d{1,2})(?!\d))?(?:" + WS1 + r"(?P<loc>(?i:tỉnh|thành"
                       + WS1 + r"phố))(?:" + WS1 + r"(?P<prov>" + prov + r"))?)?")
    # a steering committee or a project board named by its task in lower case, up to its level
    # ('Ban Chỉ đạo chuyển đổi số tỉnh', 'Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và
    # công nghiệp tỉnh Đồng Tháp'); the task may break over a line, not over a blank one
    tasked = re.compile(_B + r"(?P<head>Ban" + WS1 + r"(?:Chỉ" + WS1 + r"đạo|(?i:quản" + WS1 + r"lý" + WS1 + r"dự" + WS1
                        + r"án)))(?P<task>(?:,?" + NAME_GAP + r"(?:[" + LOWER + r"]+|[" + UPPER + r"&]{2,6})){1,24}?)"
                        + NAME_GAP + r"(?P<level>(?:cấp" + WS1 + r")?tỉnh|thành" + WS1 + r"phố)" + _E + r"(?:" + WS1
                        + r"(?P<prov>" + prov + r"))?")
    # 'Ban Quản lý các khu công nghiệp tỉnh': the board of all the province's zones of one kind
    zones_board = re.compile(_B + r"Ban" + WS1 + r"(?i:quản" + WS1 + r"lý)" + WS1 + r"(?P<zones>các" + WS1 + r"khu" + WS1
                             + r"(?:công" + WS1 + r"nghiệp|kinh" + WS1 + r"tế|chế" + WS1 + r"xuất|công" + WS1 + r"nghệ"
                             + WS1 + r"cao))(?:" + WS1 + r"(?:(?:tỉnh|thành" + WS1 + r"phố)" + WS1 + r")?(?P<prov>" + prov
                             + r")|" + WS1 + r"(?:tỉnh|thành" + WS1 + r"phố))?" + _E)
    # the province's police and military commands ('Công an tỉnh', 'Bộ Chỉ huy Quân sự tỉnh Ninh Thuận')
    forces = re.compile(_B + r"(?P<force>Công" + WS1 + r"an|Bộ" + WS1 + r"(?i:chỉ" + WS1 + r"huy" + WS1 + r"(?:quân" + WS1
                        + r"sự|bộ" + WS1 + r"đội" + WS1 + r"biên" + WS1 + r"phòng)))" + WS1 + r"(?:tỉnh|thành" + WS1
                        + r"phố)" + _E + r"(?:" + WS1 + r"(?P<prov>" + prov + r"))?")
    unit_alts = []
    for index, unit in enumerate(provincial_units()):
        names = _written_forms([unit.name, *unit.abbreviations])
        unit_alts.append(f"(?P<u{index}>" + "|".join(re.escape(n[0]) + "(?i:" + _flex(n[1:]) + ")"
                                                     for n in names) + ")")
    # the place as written ('... Quảng Ngãi', '... tỉnh Bà Rịa - Vũng Tàu'), or 'tỉnh' alone: the home province
    units = re.compile(_B + r"(?:" + "|".join(unit_alts) + r")" + _E + r"(?:" + WS1 + r"(?P<where>(?:"
                       + LOCALITY_PREFIX + r")?(?P<prov>" + prov + r"))|" + WS1 + r"(?P<bare>tỉnh|thành" + WS1
                       + r"phố)(?=" + WS + r"*(?:[,;.)]|\n|$)|" + WS1 + r"[" + LOWER + r"]))?")
    return [("unit", units), ("tasked", tasked), ("zones_board", zones_board), ("board", board), ("foreign", foreign), ("body", bodies), ("department", department), ("committee", committee),
            ("party", party), ("forces", forces), ("named", named)]


def find_orgs(text: str, *, home: Province | None) -> list[OrgMention]:
    """Every organisation mention, longest first, none sharing a character of its own with another
    (offsets index ``text``; a name read down one column spans, but does not own, the other's text)."""
    # a header name broken over two lines of its column, beside another column ('VIỆN HÀN LÂM
    # KHOA HỌC   CỘNG HÒA ...' / 'VÀ CÔNG NGHỆ VIỆT NAM   Độc lập ...'): read each column alone.
    # Such a name spans the other column's text, which is not its own: only its own characters
    # (its segments) may not overlap another mention, so the other column keeps its bodies.
    segmented: list[tuple[OrgMention, list[tuple[int, int]]]] = []
    for view in column_views(text):
        segmented += [(c, cells_between(view, c.start, c.end))
                      for c in _candidates(title_case_caps(view), home, regions=view_regions(view))
                      if "\n" in text[c.start:c.end]]
    text = title_case_caps(text)   # last, so that CAPS_CHANGED describes the text itself
    segmented += [(c, [(c.start, c.end)]) for c in _candidates(text, home)]
    chosen: list[OrgMention] = []
    taken = Spans()
    for cand, own in sorted(segmented, key=lambda cs: -sum(e - s for s, e in cs[1])):
        if not any(taken.overlaps(s, e) for s, e in own):
            chosen.append(cand)
            for s, e in own:
                taken.add(s, e)
    found = _with_home(_extend_to_known(sorted(chosen, key=lambda o: o.start), text), home)
    found = with_assisting_groups(found, text)
    found = with_member_universities(with_defined_abbreviations(found, text), text)
    return with_short_references(with_named_parent_offices(with_one_name_per_body(found, text)))


def _candidates(text: str, home: Province | None, *,
                regions: list[tuple[int, int]] | None = None) -> list[OrgMention]:
    candidates: list[OrgMention] = []
    curated: dict[int, int] = {}   # start -> end of the curated names found
    for kind, pattern in _patterns():
        for start, end in regions if regions is not None else [(0, len(text))]:
            for m in pattern.finditer(text, start, end):
                mention = _mention(kind, m, text, home, column_view=regions is not None)
                if mention:
                    candidates.append(mention)
                    if kind in ("body", "unit"):
                        curated[mention.start] = max(mention.end, curated.get(mention.start, 0))
    # a curated name followed by lower-case words is that body before a predicate ('Cục Sở hữu trí
    # tuệ cấp mới'), not a longer name: read generically, the words would join it
    candidates = [c for c in candidates if not (c.start in curated and curated[c.start] < c.end
                                                and not re.search("[" + UPPER + "]", text[curated[c.start]:c.end]))]
    # a name read on over a dash into a curated body's abbreviation ('Trường Đại học Bách khoa - ĐHĐN'):
    # two bodies, a member and its parent
    candidates = [_cut_before(c, text, at) if c.cls == "University" and (at := next(
        (s for s in curated if c.start < s < c.end and _SEPARATOR_BEFORE.search(text, c.start, s)), None)) else c
        for c in candidates]
    return (candidates + _district_committees(text, home) + _department_lists(text, home)
            + _per_province_lists(text))


_SEPARATOR_BEFORE = re.compile(WS + r"*[-–,]" + WS + r"*$")


def _cut_before(mention: OrgMention, text: str, at: int) -> OrgMention:
    """A member university's name, read up to its parent's, ended before the separator."""
    end = _SEPARATOR_BEFORE.search(text, mention.start, at).start()
    name = collapse_spaces(expand_abbreviations(re.sub(ABBR_PAREN, "", text[mention.start:end])))
    return OrgMention(mention.start, end, re.sub(r"^[Tt]rường", "Trường", name), mention.cls, mention.parent, mention.en)


_COMMITTEE_HEAD = (r"(?P<kind>(?i:[ủu]ỷ?" + WS1 + r"ban" + WS1 + r"nhân" + WS1 + r"dân|hội" + WS1 + r"đồng" + WS1
                   + r"nhân" + WS1 + r"dân)|Uỷ" + WS1 + r"ban" + WS1 + r"nhân" + WS1 + r"dân|UBND|HĐND)")
_LEVEL = r"(?P<level>quận|huyện|thị" + WS1 + r"xã|thành" + WS1 + r"phố|TP\.?(?=" + WS + r")|TX\.?(?=" + WS + r"))"
_DISTRICT_COMMITTEE = re.compile(_B + _COMMITTEE_HEAD + r"(?:" + WS + r"*:)?" + WS1 + r"(?P<list>các" + WS1 + r")?"
                                 + _LEVEL + WS + r"*:?" + WS + r"*")
# 'UBND: TP A, TX B, các huyện C, D': a list item may bring its own level word
_NEXT_LEVEL = re.compile(r"(?:các" + WS1 + r")?" + _LEVEL + WS + r"*")
_LEVEL_WORDS = {"tp": "thành phố", "tp.": "thành phố", "tx": "thị xã", "tx.": "thị xã"}
_DISTRICT_NAME = re.compile(CAP_WORD + r"(?:[ \u00a0]" + CAP_WORD + r"){0,2}")
_LIST_NEXT = re.compile(WS + r"*(?:,|" + WS1 + r"và)" + WS1)


def _district_committees(text: str, home: Province | None) -> list[OrgMention]:
    """'UBND huyện Hương Sơn', 'UBND các huyện: A, B và C': the committees of named districts
    (quận, huyện, thị xã, provincial cities), checked against the list of administrative units."""
    out = []
    for m in _DISTRICT_COMMITTEE.finditer(text):
        council = fold(m.group("kind")).startswith(("hoi", "hđ", "hd"))
        head = "Hội đồng nhân dân" if council else "Ủy ban nhân dân"
        level = collapse_spaces(m.group("level")).lower()
        level = _LEVEL_WORDS.get(level, level)
        start, pos = m.start(), m.end()
        while (name := _district_at(text, pos, level, home)) is not None:
            out.append(OrgMention(start, pos + len(name), f"{head} {level} {collapse_spaces(name)}",
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
    """The longest run of capitalised words at ``pos`` that names a district of ``level``."""
    written = _DISTRICT_NAME.match(text, pos)
    if written is None:
        return None
    ends = [w.end() for w in re.finditer(r"\S+", written.group(0))]
    for end in reversed(ends):
        name = collapse_spaces(written.group(0)[:end])
        if province_named(name) is not None:
            return None   # 'UBND thành phố Cần Thơ' is the province's committee
        # a district upgraded since (huyện -> thị xã) is still written with the old level word
        upgraded = {"huyện": "thị xã", "thị xã": "huyện"}.get(level)
        if any(find_units(f"{lv} {name}", level="district", within=home.name if home else None)
               for lv in filter(None, (level, upgraded))):
            return written.group(0)[:end]
    return None
    words = written.group(0).split()
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        if province_named(name) is not None:
            return None   # 'UBND thành phố Cần Thơ' is the province's committee
        if find_units(f"{level} {name}", level="district", within=home.name if home else None):
            return text[pos:pos + len(" ".join(written.group(0).split()[:n]))] if n == len(words) else \
                text[pos:text.index(words[n - 1], pos + sum(len(w) + 1 for w in words[:n - 1]) - 1) + len(words[n - 1])]
    return None


def _with_home(mentions: list[OrgMention], home: Province | None) -> list[OrgMention]:
    """'Trung tâm X' and 'Trung tâm X Cần Thơ' in one text are one centre: the one with the place."""
    if home is None:
        return mentions
    names = {fold(o.name) for o in mentions}
    out = []
    for o in mentions:
        fuller = next((f for f in (f"{o.name} {home.name}", f"{o.name} {home.full}") if fold(f) in names), None)
        if o.cls in ("Centre", "ResearchInstitute", "ManagementBoard") and fuller is not None:
            o = OrgMention(o.start, o.end, next(x.name for x in mentions if fold(x.name) == fold(fuller)),
                           o.cls, o.parent, o.en)
        out.append(o)
    return out


def _extend_to_known(mentions: list[OrgMention], text: str) -> list[OrgMention]:
    """A unit cut short where its name runs into the verb ('Vụ Phát triển KH&CN địa
    phương phối hợp') is extended to a longer name the same text writes elsewhere."""
    written = sorted({collapse_spaces(text[o.start:o.end]) for o in mentions}, key=len, reverse=True)
    out = []
    for o in mentions:
        here = collapse_spaces(text[o.start:o.start + 200])
        for longer in written:
            if len(longer) > len(collapse_spaces(text[o.start:o.end])) and here.startswith(longer + " "):
                end = o.start
                for word in longer.split():
                    end = text.index(word, end) + len(word)
                name = expand_abbreviations(re.sub(ABBR_PAREN, "", text[o.start:end]))
                o = OrgMention(o.start, end, name, o.cls, o.parent, o.en)
                break
        out.append(o)
    return out


def _mention(kind: str, m: re.Match[str], text: str, home: Province | None, *,
             column_view: bool = False) -> OrgMention | None:
    if kind == "zones_board":
        province = province_named(m.group("prov")) if m.group("prov") else home
        if province is None:
            return None
        # named as written when the text gives the place ('... công nghiệp Đồng Nai'), else the home province's
        place = collapse_spaces(m.string[m.end("zones"):m.end()]) if m.group("prov") else province.full
        return OrgMention(m.start(), m.end(), f"Ban Quản lý {collapse_spaces(m.group('zones'))} {place}",
                          "ManagementBoard")
    if kind == "tasked":
        task = expand_abbreviations(collapse_spaces(m.group("task")).lstrip(", "))
        if set(task.replace(",", " ").split()) & _NOT_A_TASK:
            return None   # 'Ban Chỉ đạo đã họp tại tỉnh': a sentence, not a name
        province = province_named(m.group("prov")) if m.group("prov") else home
        if province is None:
            return None
        level = "cấp tỉnh " + province.name if m.group("level").startswith("cấp") else province.full
        return OrgMention(m.start(), m.end(), f"{collapse_spaces(m.group('head'))} {task} {level}",
                          "Committee" if "đạo" in m.group("head") else "ManagementBoard")
    if kind == "board":
        written = collapse_spaces(m.group(0))
        if m.group("loc"):
            province = province_named(m.group("prov")) if m.group("prov") else home
            if province is None:
                return None
            written = written[:written.lower().rfind(m.group("loc").split()[0].lower())].rstrip() + " " + province.full
        return OrgMention(m.start(), m.end(), written, "ManagementBoard")
    if kind == "unit":
        index = next(int(k[1:]) for k, v in m.groupdict().items() if v and k[0] == "u" and k[1:].isdigit())
        if PROJECT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return None   # 'Dự án Trung tâm X', 'xây dựng Trung tâm X': a project, the body to be
        unit = provincial_units()[index]
        if _OF_ENTERPRISES.match(text, m.end()):
            return None   # 'Quỹ phát triển khoa học và công nghệ của doanh nghiệp': a kind of fund, not a body
        name = unit.name
        written = collapse_spaces(m.group(f"u{index}"))
        owner = re.search(r" của (?:Tỉnh|Thành) (?:ủy|uỷ) ", written)
        if owner and home is not None:   # 'Ban Chỉ đạo của Tỉnh ủy về ...': the home province's party committee
            return OrgMention(m.start(), m.end(), f"{written[:owner.end() - 1]} {home.name} {written[owner.end():]}",
                              unit.cls)
        if m.group("prov"):
            name = f"{name} {collapse_spaces(expand_abbreviations(m.group('where')))}"
        elif m.group("bare") and home is not None:
            name = f"{name} {home.full}"
        elif m.group("bare"):
            name = f"{name} {collapse_spaces(m.group('bare'))}"
        elif home is not None and unit.cls in ("PartyCommittee", "PeoplesCouncil", "Committee"):
            # a council or committee is the province's own: 'Hội đồng ... cấp tỉnh' is the home province's
            name = f"{name} {home.name}" if name.endswith("cấp tỉnh") else f"{name} {home.full}"
        return OrgMention(m.start(), m.end(), name, unit.cls)
    if kind == "foreign":
        return OrgMention(m.start(), m.end(), "Chính phủ " + collapse_spaces(m.group("country")), "Government")
    if kind == "forces":
        province = province_named(m.group("prov")) if m.group("prov") else home
        if province is None:
            return None
        force = fold(m.group("force"))
        name, parent = _FORCES[next(k for k in _FORCES if force.startswith(k))]
        return OrgMention(m.start(), m.end(), f"{name} {province.full}", "MinistryUnit", parent)
    if kind == "body":
        index = next(int(k[1:]) for k, v in m.groupdict().items() if v and k.startswith("b"))
        body = national_bodies()[index]
        return OrgMention(m.start(), m.end(), body.name, body.cls, body.parent, body.en)
    if kind in ("department", "committee"):
        if re.match(WS1 + r"(?:các|quận|huyện)\b|/", text[m.end():m.end() + 8]) and not m.group("prov"):
            return None
        province = province_named(m.group("prov")) if m.group("prov") else home
        if province is None:
            return None
        if kind == "department":
            sector = expand_abbreviations(m.group("sector"))
            sector = _canonical_sector(sector)
            committee = f"Ủy ban nhân dân {province.full}"
            return OrgMention(m.start(), m.end(), f"Sở {sector} {province.full}", "Department", committee)
        council = not m.group("vpub") and fold(m.group("kind")).startswith(("hoi", "hđ", "hd"))
        head = "Hội đồng nhân dân" if council else "Ủy ban nhân dân"
        if m.group("office") or m.group("vpub"):   # 'VPUB': the committee's office, abbreviated
            return OrgMention(m.start(), m.end(), f"Văn phòng {head} {province.full}", "Government",
                              f"{head} {province.full}")
        return OrgMention(m.start(), m.end(), f"{head} {province.full}",
                          "PeoplesCouncil" if council else "PeoplesCommittee")
    if kind == "party":
        province = province_named(m.group("prov")) if m.group("prov") else home
        if province is None:
            return None
        if fold(m.group("kind")).startswith("ban"):
            head = "Thành ủy" if province.city else "Tỉnh ủy"
            return OrgMention(m.start(), m.end(), f"{head} {province.name}", "PartyCommittee")
        if fold(m.group("kind")).startswith("dang"):
            if not m.group("prov") and not m.group("bare"):
                return None   # 'Đảng bộ tỉnh' is the province's; 'Đảng bộ' alone may be any
            return OrgMention(m.start(), m.end(), f"Đảng bộ {province.full}", "PartyCommittee")
        head = "Thành ủy" if province.city else "Tỉnh ủy"
        return OrgMention(m.start(), m.end(), f"{head} {province.name}", "PartyCommittee")
    return named_org(m, text, home, column_view=column_view)


# provincial commands of the Ministries of Public Security and of National Defence
_FORCES = {"cong an": ("Công an", "Bộ Công an"),
           "bo chi huy quan su": ("Bộ Chỉ huy Quân sự", "Bộ Quốc phòng"),
           "bo chi huy bo doi bien phong": ("Bộ Chỉ huy Bộ đội Biên phòng", "Bộ Quốc phòng")}


_OF_ENTERPRISES = re.compile(WS1 + r"của" + WS1 + r"(?:các" + WS1 + r")?doanh" + WS1 + r"nghiệp" + _E)
# words that make the lower-case run after 'Ban Chỉ đạo' a clause rather than the committee's task
_NOT_A_TASK = set("""đã đang sẽ được là có của tại trong với để do cho khi thì mà theo họp các những này đó
trên dưới đến từ vào ra làm""".split())


def _canonical_sector(sector: str) -> str:
    for body in national_bodies():
        if body.sector and fold(body.sector) == fold(sector):
            return body.sector
    return sector


__all__ = ["Body", "HEADS", "OrgMention", "find_orgs", "national_bodies"]
