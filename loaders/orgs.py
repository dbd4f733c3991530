"""Organisations named in a text, with their canonical full names and keys.

Patterns, strongest first: curated national bodies (data/national_bodies.yaml),
'Sở <sector> <locality>', 'Ủy ban nhân dân / UBND <locality>', HĐND, party
committees, and named units after a head word (Trường Đại học, Viện, Trung tâm,
Ban, Vụ, Cục, Quỹ, ...). A department or committee written without its locality
('Sở KH&CN', 'UBND thành phố') belongs to the document's home province."""

from __future__ import annotations

import re
from functools import lru_cache

from vnst.loaders.englishorgs import english_named, with_english_names_known
from vnst.loaders.bodies import Body, canonical_sector, national_bodies, provincial_units, sector_pattern
from vnst.loaders.jointoffices import with_joint_offices
from vnst.loaders.orgholders import without_the_head_s_name
from vnst.loaders.orgcommune import with_local_issuer, with_school_council
from vnst.loaders.orglists import listed_bodies, with_listed_offices, with_shared_party_owner
from vnst.loaders.orglocal import (PLACED_KINDS, placed_mention, placed_patterns, with_abbreviated_branches,
                                   with_branches_in_full)
from vnst.loaders.orgmerge import (extend_to_known, with_assisting_groups, with_defined_abbreviations,
                                   with_governing_organs, with_named_parent_offices, with_one_name_per_body,
                                   with_short_references)
from vnst.loaders.orgmembers import with_member_schools, with_member_universities
from vnst.loaders.orgshort import with_cells_cut_at_a_dash, with_short_names_inside, with_wrapped_header_names
from vnst.loaders.orgguards import A_KIND_BEFORE, PROJECT_BEFORE, each_provinces
from vnst.loaders.caps import title_case_caps
from vnst.loaders.capscouncils import caps_councils
from vnst.loaders.orgnames import OrgMention, named_org
from vnst.loaders.orgwords import ABBR_PAREN, HEADS, LEGAL_FORM, NAME_COUNTRIES, SCHOOL_HEADS
from vnst.loaders.pagebreaks import breaks, joined
from vnst.loaders.places import LOCALITY_PREFIX, Province, province_named, province_regex
from vnst.loaders.gridtables import views as grid_views
from vnst.loaders.layout import cells_between, column_views, view_regions
from vnst.loaders.spans import Spans
from vnst.loaders.vietnamese import (LOWER, NAME_GAP, UPPER, WS, WS1, abbreviations, expand_abbreviations,
                                     flex, sentence_start)
from vnst.textnorm import collapse_spaces, fold


_B = r"(?<![\wÀ-ỹ])"
_E = r"(?![\wÀ-ỹ])"
_LOCALITY = r"(?:" + WS1 + r"(?P<loc>" + LOCALITY_PREFIX + r"?(?P<prov>" + "{PROV}" + r")))"
# the ways officials shorten 'khoa học và công nghệ' inside a name ('Quỹ Phát triển KH&CN quốc gia')
_SHORT_SECTOR = ("KH&CN", "KHCN", "KH-CN", "khoa học công nghệ")


# a commune or ward a unit's name ends with ('... xã Măng Đen', '... phường'), not a province's
_COMMUNE_AFTER = re.compile(WS1 + r"(?P<level>xã|phường|đặc" + WS1 + r"khu)(?:" + WS1 + r"(?P<name>[" + UPPER
                            + r"][\wÀ-ỹ]*(?:[ \u00a0][" + UPPER + r"][\wÀ-ỹ]*){0,3}))?(?![\wÀ-ỹ])")


def _written_forms(names: list[str]) -> list[str]:
    """A curated name and its abbreviations, each also with the sector shortened as officials do."""
    forms = set(names)
    for name in names:
        # a part of the name abbreviated ('Bộ Nông nghiệp và PTNT', 'Cục Kiểm tra VBQPPL')
        forms.update(name.replace(full, abbr) for abbr, full in abbreviations().items()
                     if full in name and full != name and abbr.isupper())
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
        body_alts.append(f"(?P<b{index}>" + "|".join(re.escape(n[0]) + "(?i:" + flex(n[1:]) + ")"
                                                     for n in names) + ")")
    # not inside a document number ('Nghị định số 13/2019/NĐ-CP' does not name the Government)
    bodies = re.compile(_B + r"(?<![/-])(?:" + "|".join(body_alts) + r")" + _E + f"(?:{ABBR_PAREN})?")
    sector = sector_pattern()
    # ('các cơ sở y tế' holds no department)
    department = re.compile(_B + r"(?<![Cc]ơ )(?<!CƠ )(?i:Sở)" + WS1 + r"(?i:" + sector + r")" + _E + f"(?:{ABBR_PAREN})?"
                            + locality + "?")
    # 'VP UBND tỉnh', and in a distribution list 'CVP, PCVP UBND tỉnh' (its chief and deputy chiefs):
    # the committee's office
    # ('TTHĐND tỉnh': the council's standing board, for the council)
    # (not the issuer code inside a document's number: '35/KH-UBND', '3645/UBND-KGVX')
    committee = re.compile(_B + r"(?<!\d/)(?<![\d/][A-ZĐ]-)(?<![\d/][A-ZĐ]{2}-)(?<![\d/][A-ZĐ]{3}-)(?:(?P<vpub>VPUB(?:ND)?)|(?P<office>(?:(?:P?C)?VP|Văn" + WS1 + r"phòng)" + WS1 + r")?(?:TT(?=HĐND))?(?P<kind>(?i:Ủy" + WS1 + r"ban" + WS1 + r"nhân" + WS1 + r"dân|Uỷ" + WS1
                           + r"ban" + WS1 + r"nhân" + WS1 + r"dân|UBND|Hội" + WS1 + r"đồng" + WS1
                           + r"nhân" + WS1 + r"dân|HĐND)))" + _E + locality + "?")
    # 'Ban Chấp hành Đảng bộ tỉnh' is the province's party committee (Tỉnh ủy) under its formal name; a
    # header in capitals is title-cased 'Tỉnh Ủy' (its 'BAN' kept in capitals); 'Tỉnh ủy viên', a member of it, is a post
    party = re.compile(_B + r"(?P<kind>(?:Ban|BAN)" + WS1 + r"(?i:chấp" + WS1 + r"hành" + WS1 + r"đảng" + WS1 + r"bộ" + WS1
                       + r"(?:tỉnh|thành" + WS1 + r"phố))|(?:Thành|Tỉnh)" + WS1 + r"(?:ủy|uỷ|Ủy|Uỷ)(?!" + WS1 + r"viên)|Đảng" + WS1 + r"(?:bộ|Bộ)"
                       # 'TT.TU', 'TT: TU', 'TT TU' in a distribution list: the standing board of the (home) Tỉnh ủy, for the
                       # Tỉnh ủy
                       + r"|(?<=TT[.:])TU|(?<=TT[.:][ \u00a0])TU|(?<=TT[ \u00a0])TU|TTTU)" + _E + r"(?:" + WS1 + r"(?:" + LOCALITY_PREFIX + r")?(?P<prov>"
                       + prov + r")|" + WS1 + r"(?P<bare>tỉnh|thành" + WS1 + r"phố)" + _E + r")?")
    # as written, title-cased from a header, and so with its short syllables left in capitals ('Công TY')
    heads = "|".join(dict.fromkeys(flex(v) for h in sorted(HEADS, key=len, reverse=True)
                                   for v in (h, h.title(), _SHORT_SYLLABLE.sub(lambda w: w.group(0).upper(), h.title()))))
    schools = "|".join(dict.fromkeys(flex(v) for h in sorted(SCHOOL_HEADS, key=len, reverse=True)
                                     for v in (h, h.title(), _SHORT_SYLLABLE.sub(lambda w: w.group(0).upper(), h.title()))))
    # 'Trưởng phòng Quản lý công nghệ': the post names its unit, 'Phòng Quản lý công nghệ'
    # a university's faculty ('Khoa Kỹ thuật hạt nhân'), not the 'Khoa học' that opens a field's name
    # ('DỊCH VỤ CÔNG TRỰC TUYẾN': a service, no ministry's department 'Vụ')
    named = re.compile(_B + r"(?<!Ủy )(?<!Uỷ )(?<!ỦY )(?<![Dd]ịch )(?<!DỊCH )(?P<head>[Tt]rường" + WS1 + r"(?:" + schools + r")|(?:" + heads
                       + r")|(?<=[Tt]rưởng[ \u00a0])(?:phòng|khoa)|Khoa(?=" + WS1 + r"(?![Hh][ọỌ][cC](?![\wÀ-ỹ]))))" + NAME_GAP
                       + r"(?=[" + UPPER + "]|các" + WS1 + "[" + UPPER + "]|chuyên" + WS1 + "[" + UPPER + "]|" + LEGAL_FORM
                       + ")")   # ('Trường THPT chuyên Biên Hòa': a gifted school)
    board = re.compile(_B + r"Ban" + WS1 + r"(?i:quản" + WS1 + r"lý" + WS1 + r"dự" + WS1 + r"án)(?:" + WS1
                       + r"(?i:đầu" + WS1 + r"tư))?(?:" + WS1 + r"(?i:xây" + WS1 + r"dựng))?(?:" + WS1 + r"(?i:công"
                       + WS1 + r"trình))?(?:" + WS1 + r"(?P<num>\d{1,2})(?!\d))?(?:" + WS1 + r"(?P<loc>(?i:tỉnh|thành"
                       + WS1 + r"phố))(?:" + WS1 + r"(?P<prov>" + prov + r"))?)?")
    # a steering committee or a project board named by its task in lower case, up to its level
    # ('Ban Chỉ đạo chuyển đổi số tỉnh', 'Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và
    # công nghiệp tỉnh Đồng Tháp'); the task may break over a line, not over a blank one
    # A task may open with the capitalised noun of what is steered or managed ('Ban Chỉ đạo Đề án hỗ
    # trợ ... tỉnh', 'Ban Quản lý Khu nông nghiệp ứng dụng công nghệ cao tỉnh'); a steered programme
    # keeps its term ('... tỉnh Hậu Giang đến năm 2025'), as its name does
    tasked = re.compile(_B + r"(?P<head>Ban" + WS1 + r"(?:Chỉ" + WS1 + r"đạo|(?i:quản" + WS1 + r"lý" + WS1 + r"dự" + WS1
                        + r"án)|Quản" + WS1 + r"lý(?=" + WS1 + r"Khu" + WS1 + r"[" + LOWER + r"]))"
                        # a council named by its field in lower case ('Hội đồng khoa học và công nghệ tỉnh'), a
                        # working group by its task ('Tổ công tác liên ngành kiểm tra an toàn bức xạ tỉnh'), a
                        # hospital by its kind ('Bệnh viện đa khoa tỉnh', 'Bệnh viện y học cổ truyền tỉnh')
                        + r"|Hội" + WS1 + r"đồng(?!" + WS1 + r"(?:nhân" + WS1 + r"dân|[" + UPPER + r"]))"
                        + r"|Tổ" + WS1 + r"công" + WS1 + r"tác(?=" + WS1 + r"[" + LOWER + r"])"
                        + r"|Bệnh" + WS1 + r"viện(?=" + WS1 + r"[" + LOWER + r"]))(?P<task>(?:" + NAME_GAP
                        + r"(?P<noun>Đề" + WS1 + r"án|Chương" + WS1 + r"trình|Kế" + WS1 + r"hoạch|Dự" + WS1 + r"án|Khu))?"
                        + r"(?:,?" + NAME_GAP + r"(?:[" + LOWER + r"]+|[" + UPPER + r"&]{2,8})){1,24}?)"
                        # (a ministry's council is the nation's: 'Hội đồng tư vấn đánh giá, nghiệm thu ... cấp quốc gia')
                        + NAME_GAP + r"(?P<level>(?:cấp" + WS1 + r")?tỉnh|thành" + WS1 + r"phố|cấp" + WS1 + r"quốc"
                        + WS1 + r"gia)" + _E + r"(?:" + WS1
                        + r"(?P<prov>" + prov + r"))?(?P<term>(?<=[\wÀ-ỹ])" + WS1 + r"(?:đến" + WS1 + r"năm" + WS1
                        + r"(?:19|20)\d{2}|giai" + WS1 + r"đoạn" + WS1 + r"(?:19|20)\d{2}" + WS + r"*[-–]" + WS
                        + r"*(?:19|20)\d{2}))?")
    # 'Ban Quản lý các khu công nghiệp tỉnh': the board of all the province's zones of one kind
    # (of two kinds: 'Ban Quản lý các Khu chế xuất và công nghiệp Thành phố Hồ Chí Minh')
    zone_kind = r"(?i:công" + WS1 + r"nghiệp|kinh" + WS1 + r"tế|chế" + WS1 + r"xuất|công" + WS1 + r"nghệ" + WS1 + r"cao)"
    zones_board = re.compile(_B + r"Ban" + WS1 + r"(?i:quản" + WS1 + r"lý)" + WS1 + r"(?P<zones>các" + WS1 + r"(?:(?i:khu)" + WS1
                             + zone_kind + r"(?:" + WS1 + r"và" + WS1 + r"(?:(?i:khu)" + WS1 + r")?" + zone_kind + r")?|KCNC|KCN|KKT|KCX)"
                             # (the province's one zone of a kind, with no proper name after it: 'Ban Quản lý Khu Công
                             # nghệ cao;' in a distribution list)
                             + r"|[Kk]hu" + WS1 + r"(?i:công" + WS1 + r"nghệ" + WS1 + r"cao|kinh" + WS1 + r"tế)(?!" + WS1
                             + r"(?!(?i:tỉnh|thành|tp)(?![\wÀ-ỹ]))[" + UPPER + r"]))"
                             + r"(?:" + WS1 + r"(?:(?i:tỉnh|thành" + WS1 + r"phố)" + WS1 + r")?(?P<prov>" + prov
                             + r")|" + WS1 + r"(?i:tỉnh|thành" + WS1 + r"phố))?" + _E)
    unit_alts = []
    for index, unit in enumerate(provincial_units()):
        names = _written_forms([unit.name, *unit.abbreviations])
        unit_alts.append(f"(?P<u{index}>" + "|".join(re.escape(n[0]) + "(?i:" + flex(n[1:]) + ")"
                                                     for n in names) + ")")
    # the place as written ('... Quảng Ngãi', '... tỉnh Bà Rịa - Vũng Tàu'), or 'tỉnh' alone: the home province
    units = re.compile(_B + r"(?:" + "|".join(unit_alts) + r")" + _E + r"(?:" + WS1 + r"(?P<where>(?:"
                       + LOCALITY_PREFIX + r")?(?P<prov>" + prov + r"))|" + WS1 + r"(?P<bare>[tT]ỉnh|[tT]hành" + WS1
                       + r"[pP]hố)(?=" + WS + r"*(?:[,;:.()|]|\n|$)|" + WS1 + r"[" + LOWER + r"]))?")   # ('KBNN tỉnh (để p/h)')
    placed = dict(placed_patterns(prov))
    # find_orgs keeps the longest match; of two as long, the one of the kind listed first here
    # the Party's or the Government's national steering committee, named by its task in lower case up to the
    # end of the clause ('Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, ... và chuyển đổi số;')
    central = re.compile(_B + r"Ban" + WS1 + r"Chỉ" + WS1 + r"đạo" + WS1 + r"(?:Trung" + WS1 + r"ương|[Qq]uốc" + WS1 + r"gia)"
                         # (its task's words may be shortened: 'về phát triển KH, CN, ĐMST và CĐS')
                         + r"(?:,?" + NAME_GAP + r"(?:[" + LOWER + r"]+|[" + UPPER + r"&]{2,5}(?![\wÀ-ỹ]))){1,20}?(?=" + WS
                         + r"*[;.:()]|" + WS + r"*$"
                         # (', và giao:': a comma and 'và' join the sentence's next predicate, not the task's last field)
                         + r"|" + WS + r"*," + WS + r"*(?:và|đồng" + WS1 + r"thời|nhưng)" + WS1
                         + r"|[ \t\u00a0]*\n(?![ \t\u00a0]*[" + LOWER + r"]))")   # (a line going on in lower case goes on)
    return [("office", placed["office"]), ("unit", units), ("tasked", tasked), ("central", central), ("zones_board", zones_board),
            ("board", board), ("foreign", placed["foreign"]), ("embassy", placed["embassy"]), ("body", bodies),
            ("department", department), ("committee", committee), ("party", party),
            *[(k, placed[k]) for k in ("youth", "media", "branch", "brand", "telecom", "forces", "organ", "treasury",
                                       "abroad", "award", "tax")],
            ("named", named)]


def find_orgs(text: str, *, home: Province | None) -> list[OrgMention]:
    """Every organisation mention, longest first, none sharing a character of its own with another
    (offsets index ``text``; a name read down one column spans, but does not own, the other's text)."""
    # a header name broken over two lines of its column, beside another column ('VIỆN HÀN LÂM
    # KHOA HỌC   CỘNG HÒA ...' / 'VÀ CÔNG NGHỆ VIỆT NAM   Độc lập ...'): read each column alone.
    # Such a name spans the other column's text, which is not its own: only its own characters
    # (its segments) may not overlap another mention, so the other column keeps its bodies.
    segmented: list[tuple[OrgMention, list[tuple[int, int]]]] = []
    # (a grid table's column likewise, its cells wrapped onto the lines below: 'Trường Đại học Cần' / 'Thơ')
    # (and a name a page break cuts in two: 'Trường Đại học Thái' / page number and header / 'Nguyên')
    pages, cuts = joined(text), breaks(text)
    for view, grid, paged in ([(v, False, False) for v in column_views(text)] + [(v, True, False) for v in grid_views(text)]
                              + ([(pages, False, True)] if pages is not text else [])):
        # (from the page view, only a name the break cut: the rest reads as in the text)
        segmented += [(c, cells_between(view, c.start, c.end))
                      for c in _candidates(title_case_caps(view), home, regions=view_regions(view), grid=grid,
                                           paged=paged)
                      if "\n" in text[c.start:c.end] and (not paged or any(c.start < s < c.end for s, _ in cuts))]
    text = title_case_caps(text)   # last, so that CAPS_CHANGED describes the text itself
    segmented += [(c, [(c.start, c.end)]) for c in _candidates(text, home) if not _across_columns(text, c)]
    chosen: list[OrgMention] = []
    taken = Spans()
    for cand, own in sorted(segmented, key=lambda cs: -sum(e - s for s, e in cs[1])):
        if not any(taken.overlaps(s, e) for s, e in own):
            chosen.append(cand)
            for s, e in own:
                taken.add(s, e)
    found = _with_home(extend_to_known(sorted(chosen, key=lambda o: o.start), text), home)
    found = with_assisting_groups(found, text)
    found = with_defined_abbreviations(with_member_universities(with_member_schools(found, text), text), text)
    found = with_wrapped_header_names(with_short_names_inside(found, text), text)
    found = with_governing_organs(found, text)
    found = with_branches_in_full(with_listed_offices(_under_a_party_heading(found, text, home), text))
    found = with_abbreviated_branches(found, text)
    found = with_school_council(with_joint_offices(with_local_issuer(with_shared_party_owner(found, text), text), text), text)
    found = without_the_head_s_name(with_cells_cut_at_a_dash(with_english_names_known(found), text), text)
    return with_short_references(with_named_parent_offices(with_one_name_per_body(found, text)))


# a party's heading over its numbered responsibilities ('2. Ủy ban nhân dân tỉnh Lai Châu' over '2.1. ...')
_PARTY_HEADING = re.compile(r"^[ \t]*(?P<n>\d{1,2})\.[ \t]+(?P<body>[^\n]{4,120}?)[ \t]*:?[ \t]*$", re.M)


def _under_a_party_heading(mentions: list[OrgMention], text: str, home: Province | None) -> list[OrgMention]:
    """Under a party's heading ('2. Ủy ban nhân dân tỉnh Lai Châu'), its numbered responsibilities ('2.1.
    Giao Sở KH&CN tỉnh Lai Châu là cơ quan đầu mối; chỉ đạo Sở NN&PTNT, Liên minh Hợp tác xã tỉnh') name
    that province's bodies without the place: they are that province's, not the document's."""
    if home is None:
        return mentions
    spans: list[tuple[int, int, Province]] = []
    for heading in _PARTY_HEADING.finditer(text):
        if not any(m.start == heading.start("body") and m.end == heading.end("body") for m in mentions):
            continue   # the heading is one body's name, and only that
        place = re.search(province_regex() + r"$", heading.group("body"))
        province = province_named(place.group(0)) if place else None
        if province is None or province == home:
            continue
        items = re.compile(r"(?:\n[ \t]*" + heading.group("n") + r"\.\d{1,2}\.?[ \t][^\n]*(?:\n(?![ \t]*\d{1,2}\.)[^\n]*)*)+")
        under = items.match(text, heading.end())
        if under:
            spans.append((under.start(), under.end(), province))
    out = []
    for o in mentions:
        where = next((p for s, e, p in spans if s <= o.start < e), None)
        if where is not None and o.name.endswith((f" {home.full}", f" {home.name}")) and \
                fold(home.name) not in fold(text[o.start:o.end]):
            suffix = f" {home.full}" if o.name.endswith(f" {home.full}") else f" {home.name}"
            o = OrgMention(o.start, o.end, o.name[:-len(suffix)] + " " + (where.full if suffix == f" {home.full}"
                                                                            else where.name), o.cls, o.parent, o.en)
        out.append(o)
    return out


_GAP_IN_LINE = re.compile(r"\S[ \t\u00a0]{3,}\S|\t")


def _across_columns(text: str, mention: OrgMention) -> bool:
    """A name read on from one column of side-by-side blocks into the other column of the next line
    ('TM. ỦY BAN NHÂN DÂN' on the right, 'THÀNH PHỐ X' below on the left): the columns' own views
    read each name whole."""
    if "\n" not in text[mention.start:mention.end]:
        return False
    first = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.start)
    if not _GAP_IN_LINE.search(text, first, line_end):
        return False
    start_column = mention.start - first
    for m in re.finditer(r"\n([ \t\u00a0]*)(?=\S)", text[mention.start:mention.end]):
        if abs(len(m.group(1)) - start_column) > 8:
            return True
    return False


def _candidates(text: str, home: Province | None, *,
                regions: list[tuple[int, int]] | None = None, grid: bool = False,
                paged: bool = False) -> list[OrgMention]:
    candidates: list[OrgMention] = []
    curated: dict[int, int] = {}   # start -> end of the curated names found
    for kind, pattern in _patterns():
        for start, end in regions if regions is not None else [(0, len(text))]:
            for m in pattern.finditer(text, start, end):
                mention = _mention(kind, m, text, home, column_view=regions is not None, grid=grid, paged=paged)
                if mention:
                    candidates.append(mention)
                    if kind in ("body", "unit"):
                        curated[mention.start] = max(mention.end, curated.get(mention.start, 0))
    # a curated name followed by lower-case words is that body before a predicate ('Cục Sở hữu trí
    # tuệ cấp mới'), not a longer name: read generically, the words would join it
    # (nor one joined to the next name by 'và': 'Cục Sở hữu trí tuệ và Nền tảng số của tỉnh' is two things; a
    # body abroad may hold a curated name, 'Bộ Ngoại giao và Thương mại Niu Di-lân')
    candidates = [c for c in candidates if not (c.start in curated and curated[c.start] < c.end
                                                and (not re.search("[" + UPPER + "]", text[curated[c.start]:c.end])
                                                     or _AND_NEXT.match(text, curated[c.start])
                                                     and not collapse_spaces(text[c.start:c.end]).endswith(NAME_COUNTRIES)))]
    # a name read on over a dash into a curated body's abbreviation ('Trường Đại học Bách khoa - ĐHĐN'):
    # two bodies, a member and its parent
    candidates = [_cut_before(c, text, at) if c.cls == "University" and (at := next(
        (s for s in curated if c.start < s < c.end and _SEPARATOR_BEFORE.search(text, c.start, s)), None)) else c
        for c in candidates]
    return candidates + listed_bodies(text, home) + english_named(text) + caps_councils(text)


_AND_NEXT = re.compile(WS1 + r"và" + WS1)
_LAW_ON_ORGANISATION = re.compile(r"Luật" + WS1 + r"(?i:tổ" + WS1 + r"chức)" + WS1 + "$")
_SHORT_SYLLABLE = re.compile(r"\b[A-Za-z]{1,3}\b")   # what title_case_caps leaves in capitals
_KIND_BEFORE = re.compile(r"(?<![\wÀ-ỹ])các" + WS1 + "$")
_SEPARATOR_BEFORE = re.compile(WS + r"*[-–,]" + WS + r"*$")


def _cut_before(mention: OrgMention, text: str, at: int) -> OrgMention:
    """A member university's name, read up to its parent's, ended before the separator."""
    end = _SEPARATOR_BEFORE.search(text, mention.start, at).start()
    name = collapse_spaces(expand_abbreviations(re.sub(ABBR_PAREN, "", text[mention.start:end])))
    return OrgMention(mention.start, end, re.sub(r"^[Tt]rường", "Trường", name), mention.cls, mention.parent, mention.en)


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


# a sentence or list item opened by the province it speaks of ('- Tại Đắk Lắk, bà X, Giám đốc Sở Khoa học và Công nghệ,
# ...'): the bodies it names bare are that province's
@lru_cache(maxsize=1)
def _opening_place_pattern() -> re.Pattern[str]:
    return re.compile(r"(?:^|(?<=[.\n]))[ \t*•+–-]*(?i:tại|ở)" + WS1 + r"(?:" + LOCALITY_PREFIX + r")?(?P<prov>"
                      + province_regex() + r")" + WS + r"*,[^.\n]*$")


def _opening_place(text: str, at: int) -> Province | None:
    opening = _opening_place_pattern().search(text, sentence_start(text, at), at)
    return province_named(opening.group("prov")) if opening else None


def _mention(kind: str, m: re.Match[str], text: str, home: Province | None, *,
             column_view: bool = False, grid: bool = False, paged: bool = False) -> OrgMention | None:
    if _LAW_ON_ORGANISATION.search(text, max(0, m.start() - 16), m.start()):
        return None   # 'Luật Tổ chức Chính phủ': the title of a law, which names no body
    if kind in ("unit", "tasked") and _KIND_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return None   # 'các Hội đồng tư vấn ... cấp tỉnh': the councils of a kind, not one body
    if kind == "zones_board":
        province = province_named(m.group("prov")) if m.group("prov") else home
        if province is None:
            return None
        zone = re.match(r"[Kk]hu" + WS1 + r"(?P<kind>\S+)", m.group("zones"))
        named_in_full = r"Ban" + WS1 + r"(?i:quản" + WS1 + r"lý" + WS1 + r"khu" + WS1 + re.escape(zone.group("kind")) + r")" \
            + r"[^\n;,.]*?" + WS1 + r"[" + UPPER + r"]" if zone else None
        if named_in_full and not m.group("prov") and re.search(named_in_full, m.string):
            return None   # ('... Khu công nghệ cao Đà Nẵng' named in full elsewhere: the short name is that one's)
        # named as written when the text gives the place ('... công nghiệp Đồng Nai'), else the home province's
        place = collapse_spaces(m.string[m.end("zones"):m.end()]) if m.group("prov") else province.full
        zones = expand_abbreviations(collapse_spaces(m.group("zones")))
        return OrgMention(m.start(), m.end(), f"Ban Quản lý {zones} {place}", "ManagementBoard")
    if kind in PLACED_KINDS:
        return placed_mention(kind, m, home)
    if kind == "central":
        return OrgMention(m.start(), m.end(), expand_abbreviations(collapse_spaces(m.group(0))), "Committee")
    if kind == "tasked":
        task = expand_abbreviations(collapse_spaces(m.group("task")).lstrip(", "))
        if set(task.replace(",", " ").split()) & _NOT_A_TASK:
            return None   # 'Ban Chỉ đạo đã họp tại tỉnh': a sentence, not a name
        head = collapse_spaces(m.group("head"))
        if m.group("level").endswith("gia"):
            if not head.startswith(("Hội", "Ban Chỉ")):
                return None
            return OrgMention(m.start(), m.end("level"), f"{head} {task} cấp quốc gia", "Committee")
        province = province_named(m.group("prov")) if m.group("prov") else home
        if province is None:
            return None
        level = "cấp tỉnh " + province.name if m.group("level").startswith("cấp") else province.full
        programme = m.group("noun") and not m.group("noun").startswith("Khu") and m.group("term")
        end = m.end() if programme else m.start("term") if m.group("term") is not None else m.end()
        term = " " + collapse_spaces(m.group("term")) if programme else ""
        cls = "ManagementBoard" if "lý" in head else "Centre" if head.startswith("Bệnh") else "Committee"
        return OrgMention(m.start(), end, f"{head} {task} {level}{term}", cls)
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
        if A_KIND_BEFORE.search(text[max(0, m.start() - 20):m.start()]):
            return None   # 'mỗi tỉnh chỉ giữ một Trung tâm Kỹ thuật ...': a kind of unit, not the province's one
        unit = provincial_units()[index]
        if unit.placed_only and not (m.group("prov") or m.group("bare")):
            return None   # 'các xã đã vận hành Trung tâm phục vụ hành chính công': each commune's, a kind
        if _OF_ENTERPRISES.match(text, m.end()) or _SET_ASIDE.search(text, max(0, m.start() - 16), m.start()):
            return None   # 'Quỹ phát triển khoa học và công nghệ của doanh nghiệp', 'trích lập Quỹ ...': a kind of fund
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
        elif (local := _COMMUNE_AFTER.match(text, m.end())) is not None:
            # 'Ban Chỉ đạo ... và chuyển đổi số xã Măng Đen': a commune's own, named with it (with 'xã' alone, the
            # commune whose document it is: orgcommune's)
            if not local.group("name"):
                return OrgMention(m.start(), m.end(), name, unit.cls)
            return OrgMention(m.start(), local.end(), f"{name} {collapse_spaces(local.group(0))}", unit.cls)
        elif home is not None and unit.cls in ("PartyCommittee", "PeoplesCouncil", "Committee"):
            # a council or committee is the province's own: 'Hội đồng ... cấp tỉnh' is the home province's
            name = f"{name} {home.name}" if name.endswith("cấp tỉnh") else f"{name} {home.full}"
        return OrgMention(m.start(), m.end(), name, unit.cls)
    if kind == "body":
        index = next(int(k[1:]) for k, v in m.groupdict().items() if v and k.startswith("b"))
        body = national_bodies()[index]
        return OrgMention(m.start(), m.end(), body.name, body.cls, body.parent, body.en)
    if kind in ("department", "committee"):
        # ('Sở Thông tin và Truyền thông của mỗi tỉnh': one of a kind in each province, no body)
        if re.match(WS1 + r"(?:(?i:của)" + WS1 + r")?(?i:các|mỗi|từng)(?![\wÀ-ỹ])|" + WS1 + r"(?i:quận|huyện|thị" + WS1
                    + r"(?:xã|trấn)|xã|phường)(?![\wÀ-ỹ])|/", text[m.end():m.end() + 16]) and not m.group("prov"):
            return None
        province = province_named(m.group("prov")) if m.group("prov") else _opening_place(text, m.start()) or home
        if province is None or not m.group("prov") and each_provinces(text, m.start(), m.end()):
            return None
        if kind == "department":
            sector = expand_abbreviations(m.group("sector"))
            sector = canonical_sector(sector)
            committee = f"Ủy ban nhân dân {province.full}"
            return OrgMention(m.start(), m.end(), f"Sở {sector} {province.full}", "Department", committee)
        council = not m.group("vpub") and fold(m.group("kind")).startswith(("hoi", "hđ", "hd"))
        head = "Hội đồng nhân dân" if council else "Ủy ban nhân dân"
        if m.group("prov") and not province.city and fold(m.group("loc")).startswith(("thanh pho", "tp")):
            # 'Ủy ban nhân dân thành phố Hà Tĩnh' in tỉnh Hà Tĩnh: the provincial city's, not the province's
            return OrgMention(m.start(), m.end(), f"{head} thành phố {province.name}",
                              "PeoplesCouncil" if council else "PeoplesCommittee")
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
    if m.group("head") == "Khoa" and re.search(r"(?:[" + UPPER + r"][\wÀ-ỹ]*[ \u00a0]){2}$", text[max(0, m.start() - 24):m.start()]):
        return None   # 'Trương Minh Khoa': a person's given name after the family and middle names, not a faculty
    return named_org(m, text, home, column_view=column_view, grid=grid, paged=paged)


_SET_ASIDE = re.compile(r"(?<![\wÀ-ỹ])(?i:trích(?:" + WS1 + r"lập)?)" + WS1 + r"$")   # (what an enterprise sets aside)
_OF_ENTERPRISES = re.compile(WS1 + r"của" + WS1 + r"(?:các" + WS1 + r")?doanh" + WS1 + r"nghiệp" + _E)
# words that make the lower-case run after 'Ban Chỉ đạo' a clause rather than the committee's task
_NOT_A_TASK = set("""đã đang sẽ được là có của tại trong với để do cho khi thì mà theo họp các những này đó
trên dưới đến từ vào ra làm tuyến""".split())


__all__ = ["Body", "HEADS", "OrgMention", "find_orgs", "national_bodies"]
