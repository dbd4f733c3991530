"""Bodies named by their kind and a place: a province's youth union, newspaper or broadcaster, a
state group's provincial branch (by its brand, 'Agribank Vĩnh Long', or in full, 'Ngân hàng ... -
Chi nhánh tỉnh Vĩnh Long', 'Viễn thông Huế'), the provincial police and military commands, a body's
representative office in another city, a foreign government, an embassy or consulate, and the party's
organs in the province's committee and state bodies, and the State Treasury's local offices.

Each is read by one pattern (``placed_patterns``) and named by ``placed_mention``: the place as
written, or the document's home province when the text leaves it out ('Công an tỉnh')."""

from __future__ import annotations

import re

from vnst.loaders.bodies import branch_brands, branch_owners
from vnst.loaders.caps import CAPS_CHANGED
from vnst.loaders.orgnames import OrgMention
from vnst.loaders.places import LOCALITY_PREFIX, Province, province_named
from vnst.loaders.vietnamese import FOREIGN, LOWER, NAME_GAP, SURNAMES, UPPER, WS, WS1, expand_abbreviations, flex
from vnst.textnorm import collapse_spaces, fold

_B = r"(?<![\wÀ-ỹ])"
_E = r"(?![\wÀ-ỹ])"
PLACED_KINDS = ("youth", "media", "brand", "branch", "telecom", "forces", "office", "foreign", "embassy", "organ",
                "treasury", "abroad", "award", "tax")
# provincial commands of the Ministries of Public Security and of National Defence
_FORCES = {"cong an": ("Công an", "Bộ Công an"),
           "bo chi huy quan su": ("Bộ Chỉ huy Quân sự", "Bộ Quốc phòng"),
           "bo chi huy bo doi bien phong": ("Bộ Chỉ huy Bộ đội Biên phòng", "Bộ Quốc phòng")}
_HOME_COUNTRY = "Việt Nam"


def placed_patterns(prov: str) -> list[tuple[str, re.Pattern[str]]]:
    """(kind, pattern) for each kind of ``PLACED_KINDS``; ``prov`` is the provinces' alternation."""
    # the province's Youth Union ('Tỉnh đoàn Khánh Hòa', 'Thành Đoàn'), not 'Đoàn' (a delegation) alone
    youth = re.compile(_B + r"(?P<kind>Tỉnh|Thành)" + WS1 + r"(?:đoàn|Đoàn)" + _E + r"(?:" + WS1 + r"(?:" + LOCALITY_PREFIX
                       + r")?(?P<prov>" + prov + r"))?")
    # a state group's provincial branch, named by its brand and the province ('Viettel Thanh Hóa')
    # ('Chi nhánh Viettel Quảng Ngãi': the branch so written is named so)
    brand = re.compile(_B + r"(?P<branch>Chi" + WS1 + r"nhánh" + WS1 + r")?(?P<brand>" + "|".join(re.escape(b) for b in branch_brands()) + r")" + WS1
                       + r"(?:(?:tỉnh|thành" + WS1 + r"phố)" + WS1 + r")?(?P<prov>" + prov + r")" + _E)
    # a provincial newspaper, broadcaster, museum or weather station, named with its province ('Báo Gia Lai', 'Đài
    # Phát thanh và Truyền hình Bình Định', 'Báo và Phát thanh, Truyền hình Khánh Hòa', 'Bảo tàng tỉnh Quảng Trị',
    # 'Đài Khí tượng Thủy văn tỉnh Hòa Bình')
    media = re.compile(_B + r"(?P<media>Báo(?:" + WS1 + r"và" + WS1 + r"Phát" + WS1 + r"thanh," + WS1 + r"Truyền" + WS1
                       + r"hình)?|Đài" + WS1 + r"Phát" + WS1 + r"thanh" + WS1 + r"(?:và" + WS1 + r"|-" + WS + r"*)?Truyền"
                       + WS1 + r"hình|Đài" + WS1 + r"PT" + WS + r"*[-&]?" + WS + r"*TH|Bảo" + WS1 + r"tàng|Đài" + WS1 + r"Khí"
                       + WS1 + r"tượng" + WS1 + r"(?i:thủy|thuỷ)" + WS1 + r"văn)" + WS1 + r"(?:(?:(?:tỉnh|thành" + WS1 + r"phố)" + WS1 + r")?(?P<prov>"
                       + prov + r")" + _E
                       # 'Đài Phát thanh và Truyền hình tỉnh tuyên truyền': 'tỉnh' alone, the document's province
                       # (or ending its line: '5. Báo Lào Cai, Đài Phát thanh và Truyền hình tỉnh' over its tasks)
                       + r"|(?P<bare>tỉnh)(?=" + WS1 + r"[" + LOWER + r"]|" + WS + r"*[,;.]|[ \t\u00a0]*(?:\n|$)))")
    # a body's representative office in another city ('Văn phòng đại diện Cục Sở hữu trí tuệ tại thành
    # phố Hồ Chí Minh'), named with the city
    # (a distribution list shortens it: 'VP đại diện Cục SHTT tại TP. Hồ Chí Minh')
    office = re.compile(_B + r"(?:Văn" + WS1 + r"phòng|VP)" + WS1 + r"đại" + WS1 + r"diện" + WS1 + r"(?P<of>[" + UPPER
                        + r"][^\n,;:()]{2,80}?)" + WS1 + r"tại" + WS1 + r"(?P<where>(?:(?:tỉnh|thành" + WS1 + r"phố|TP\.)"
                        + WS + r"*)?)(?P<prov>" + prov + r")" + _E)
    # the province's police and military commands ('Công an tỉnh', 'Bộ Chỉ huy Quân sự tỉnh Ninh Thuận')
    forces = re.compile(_B + r"(?P<force>Công" + WS1 + r"an|Bộ" + WS1 + r"(?i:chỉ" + WS1 + r"huy" + WS1 + r"(?:quân" + WS1
                        + r"sự|bộ" + WS1 + r"đội" + WS1 + r"biên" + WS1 + r"phòng)))" + WS1 + r"(?:tỉnh|thành" + WS1
                        + r"phố)" + _E + r"(?:" + WS1 + r"(?P<prov>" + prov + r"))?")
    countries = "|".join(flex(c) for c in (*FOREIGN, _HOME_COUNTRY))
    # a foreign government, or one of its ministries named with the country ('Bộ Giáo dục và Nghiên cứu
    # Liên bang Đức'); a capital after the country makes it a place at home ('Lào Cai', 'Nga Sơn')
    foreign = re.compile(_B + r"(?:Chính" + WS1 + r"phủ|(?P<ministry>Bộ" + WS1 + r"[" + UPPER + r"][\wÀ-ỹ]*(?:" + WS1
                         + r"(?:[" + LOWER + r"][\wÀ-ỹ]*|[" + UPPER + r"][\wÀ-ỹ]*)){0,7}?))" + WS1 + r"(?P<country>"
                         + "|".join(flex(c) for c in FOREIGN) + r")" + _E + r"(?!" + WS1 + r"[" + UPPER + r"])")
    # a country's embassy or consulate, and where it sits ('Đại sứ quán Việt Nam tại Thái Lan', 'Tổng Lãnh sự
    # quán Hàn Quốc tại Thành phố Hồ Chí Minh'); a head of mission's post names the mission without 'quán'
    # when its seat follows ('ông X - Tổng Lãnh sự Nhật Bản tại Đà Nẵng')
    embassy = re.compile(_B + r"(?P<kind>Đại" + WS1 + r"sứ(?P<quan>" + WS1 + r"quán)?|(?:Tổng" + WS1 + r")?[Ll]ãnh" + WS1
                         + r"sự(?P<quan2>" + WS1 + r"quán)?)" + WS1 + r"(?:nước" + WS1 + r")?(?P<state>(?:Vương" + WS1 + r"quốc|Nhà" + WS1
                         + r"nước|Cộng" + WS1 + r"hòa(?:" + WS1 + r"Liên" + WS1 + r"bang)?)" + WS1 + r")?(?P<country>" + countries
                         + r")" + _E
                         + r"(?:" + WS1 + r"tại" + WS1 + r"(?P<where>" + countries + r"|(?:(?:[Tt]hành" + WS1 + r"phố|TP\.)"
                         + WS + r"*)?(?P<prov>" + prov + r"))" + _E + r")?")
    # a foreign province's or city's government and assembly, named with its romanised name ('Chính quyền
    # tỉnh Shiga', 'Hội đồng tỉnh Shiga', 'Chính quyền bang Victoria'): no Vietnamese place is written so
    # A neighbour's province written in Vietnamese letters ('Chính quyền tỉnh Khăm Muộn') is one too, as is
    # its department ('Sở Công nghệ và Truyền thông tỉnh Khăm Muộn'): no Vietnamese province is so named
    syllable = r"[" + UPPER + r"][" + LOWER + r"]*"
    # (in a title in capitals too, which title-casing reads as 'Chính Quyền Tỉnh Chungcheongbuk')
    local_abroad = re.compile(_B + r"(?P<organ>Chính" + WS1 + r"(?i:quyền)|Hội" + WS1 + r"đồng|Nghị" + WS1 + r"viện|Sở" + WS1
                              + syllable + r"(?:" + WS1 + r"[" + LOWER + UPPER + r"]+){0,7}?)" + WS1
                              + r"(?P<level>(?i:tỉnh|thành" + WS1 + r"phố|bang|quận))" + WS1
                              + r"(?P<place>[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){0,2}|" + syllable + r"(?:[ -]" + syllable
                              + r"){0,2})(?![\wÀ-ỹ])")
    # a bank's or a corporation's provincial branch in full ('Ngân hàng TMCP Công Thương Việt Nam - Chi nhánh
    # Thừa Thiên Huế'), and VNPT's provincial unit ('Viễn thông Thừa Thiên Huế')
    branch = re.compile(_B + r"(?P<owner>(?:Ngân" + WS1 + r"hàng|Tổng" + WS1 + r"công" + WS1 + r"ty|Tập" + WS1 + r"đoàn)"
                        + WS1 + r"[^\n,;:()–-]{2,90}?)(?P<acronym>" + WS + r"*\([A-Z][A-Za-z]{1,11}\))?(?P<dash>" + WS + r"*[-–]" + WS
                        + r"*|" + WS1 + r"(?=Chi" + WS1
                        + r"nhánh))(?i:chi" + WS1 + r"nhánh)" + WS1
                        + r"(?P<where>(?:tỉnh|thành" + WS1 + r"phố|TP\.)" + WS + r"*)?(?P<prov>" + prov + r")" + _E)
    telecom = re.compile(_B + r"Viễn" + WS1 + r"thông" + WS1 + r"(?:(?:tỉnh|thành" + WS1 + r"phố)" + WS1 + r")?(?P<prov>"
                         + prov + r")" + _E)
    # the party's organs in a province (Party Statute, Articles 32 and 41-43): the inspection commission of
    # its committee ('Ủy ban Kiểm tra Tỉnh ủy'), its delegation in the People's Committee ('Ban cán sự đảng
    # UBND tỉnh') and its caucus in the People's Council ('Đảng đoàn HĐND tỉnh')
    organ = re.compile(_B + r"(?:(?P<inspection>(?:Ủy|Uỷ)" + WS1 + r"ban" + WS1 + r"(?i:kiểm" + WS1 + r"tra)" + WS1
                       + r"(?P<committee>Tỉnh|Thành)" + WS1 + r"(?:ủy|uỷ))|(?P<organ>Ban" + WS1 + r"cán" + WS1 + r"sự"
                       + WS1 + r"(?:đảng|Đảng)|Đảng" + WS1 + r"đoàn)" + WS1 + r"(?P<body>UBND|HĐND|(?:Ủy|Uỷ)" + WS1
                       + r"ban" + WS1 + r"nhân" + WS1 + r"dân|Hội" + WS1 + r"đồng" + WS1 + r"nhân" + WS1 + r"dân)" + WS1
                       + r"(?:tỉnh|thành" + WS1 + r"phố))" + _E + r"(?:" + WS1 + r"(?P<prov>" + prov + r"))?")
    # the State Treasury's office in a province or district ('Kho bạc Nhà nước Quảng Ngãi', 'Kho bạc Nhà nước
    # Cầu Giấy') or, since 2025, in a region numbered in Roman ('Kho bạc Nhà nước khu vực XVI'), where a body
    # holds its account: named as written
    # (shortened 'KBNN'; 'KBNN tỉnh (để p/h)' in a distribution list: the home province's)
    treasury = re.compile(_B + r"(?:Kho" + WS1 + r"bạc" + WS1 + r"(?:Nhà" + WS1 + r"nước|NN)|KBNN)" + WS1 + r"(?:(?P<where>(?:(?:tỉnh|thành"
                          + WS1 + r"phố|quận|huyện|thị" + WS1 + r"xã|khu" + WS1 + r"vực)" + WS1 + r")?)(?P<place>[" + UPPER
                          + r"][\wÀ-ỹ]*(?:[ \u00a0]+[" + UPPER + r"][\wÀ-ỹ]*){0,2})|(?P<bare>tỉnh|thành" + WS1 + r"phố)"
                          + r"(?=" + WS + r"*[,;.()]|" + WS + r"*$))" + _E, re.M)   # (the place on one line)
    # the council that awards a province's prize, named by the prize and its year ('Hội đồng xét tặng Giải thưởng
    # Khoa học và Công nghệ tỉnh Hà Nam năm 2023')
    award = re.compile(_B + r"Hội" + WS1 + r"đồng" + WS1 + r"(?P<task>(?i:xét" + WS1 + r"(?:tặng|chọn)|trao|tuyển" + WS1
                       + r"chọn)" + WS1 + r"Giải" + WS1 + r"thưởng(?:" + NAME_GAP + r"[\wÀ-ỹ&]+){1,10}?)" + NAME_GAP
                       + r"(?:(?P<bare>tỉnh|thành" + WS1 + r"phố)(?!" + WS1 + r"(?:" + prov + r")" + _E + r")|(?P<where>(?:"
                       + LOCALITY_PREFIX + r"))(?P<prov>" + prov + r"))" + _E + r"(?P<year>" + WS1 + r"năm" + WS1
                       + r"(?:19|20)\d{2})?")
    # a province's tax office since the 2025 reorganisation ('Thuế tỉnh Bình Dương', 'Thuế Thành phố Hồ Chí Minh'),
    # its place always written: 'thuế' alone is a tax
    tax = re.compile(_B + r"Thuế" + WS1 + r"(?:tỉnh|[Tt]hành" + WS1 + r"phố)" + WS1 + r"(?P<prov>" + prov + r")" + _E)
    return [("youth", youth), ("media", media), ("brand", brand), ("branch", branch), ("telecom", telecom),
            ("forces", forces), ("office", office), ("foreign", foreign), ("embassy", embassy), ("organ", organ),
            ("treasury", treasury), ("abroad", local_abroad), ("award", award), ("tax", tax)]


_BROADCASTER = re.compile(r"Đài" + WS1 + r"Phát" + WS1 + r"thanh" + WS1 + r"(?:và" + WS1 + r"|-" + WS + r"*)Truyền" + WS1 + r"hình")


def placed_mention(kind: str, m: re.Match[str], home: Province | None) -> OrgMention | None:
    """The body a match of ``placed_patterns`` names, or None when its place is unknown or the match
    is a masthead."""
    if kind == "foreign" and m.group("ministry"):
        if any(w in SURNAMES for w in m.group("ministry").split()[2:]):
            return None   # 'Bộ Y tế Nguyễn Minh Đức': a ministry, then a person
        return OrgMention(m.start(), m.end(), collapse_spaces(m.group(0)), "Government")
    if kind == "foreign":
        return OrgMention(m.start(), m.end(), "Chính phủ " + collapse_spaces(m.group("country")), "Government")
    if kind == "embassy":
        if not (m.group("quan") or m.group("quan2") or m.group("where")):
            return None   # 'Đại sứ Nhật Bản': the post, its mission's seat unsaid
        return _embassy(m)
    if kind == "abroad":
        words = m.group("place").split()
        if any(province_named(" ".join(words[:n])) is not None for n in range(1, len(words) + 1)) \
                or "Sở" == m.group("organ")[:2] and m.group("level") != "tỉnh":
            # a Vietnamese province's, its People's Committee or department read elsewhere (a person's name
            # may follow: 'Sở KH&CN tỉnh Hà Giang Lục Thị Thu Hà')
            return None
        department = m.group("organ").startswith("Sở")
        organ = collapse_spaces(m.group("organ"))
        organ = organ[:1] + organ[1:].lower() if organ.startswith("Chính") else organ   # (title-cased from capitals)
        name = f"{organ} {collapse_spaces(m.group('level')).lower()} {collapse_spaces(m.group('place'))}"
        return OrgMention(m.start(), m.end(), name, "Department" if department else "Government")
    if kind == "treasury":
        if m.group("bare"):
            return OrgMention(m.start(), m.end(), f"Kho bạc Nhà nước {home.full}", "MinistryUnit", "Bộ Tài chính") \
                if home is not None else None
        where = collapse_spaces(m.group("where") or "")
        return OrgMention(m.start(), m.end(), " ".join(filter(None, ("Kho bạc Nhà nước", where,
                                                                     collapse_spaces(m.group("place"))))),
                          "MinistryUnit", "Bộ Tài chính")
    province = province_named(m.group("prov")) if m.group("prov") else home
    if province is None:
        return None
    if kind == "tax":
        return OrgMention(m.start(), m.end(), f"Thuế {province.full}", "MinistryUnit", "Bộ Tài chính")
    if kind == "award":
        year = collapse_spaces(m.group("year") or "")
        return OrgMention(m.start(), m.end(), " ".join(filter(None, ("Hội đồng", collapse_spaces(m.group("task")),
                                                                     province.full, year))), "Committee")
    if kind == "forces":
        name, parent = _FORCES[next(k for k in _FORCES if fold(collapse_spaces(m.group("force"))).startswith(k))]
        return OrgMention(m.start(), m.end(), f"{name} {province.full}", "MinistryUnit", parent)
    if kind == "organ" and m.group("inspection"):
        return OrgMention(m.start(), m.end(), f"Ủy ban Kiểm tra {m.group('committee')} ủy {province.name}", "PartyCommittee")
    if kind == "organ":
        organ = "Ban cán sự đảng" if m.group("organ").startswith("Ban") else "Đảng đoàn"
        body = "Hội đồng nhân dân" if fold(m.group("body")) in ("hdnd", "hoi dong nhan dan") else "Ủy ban nhân dân"
        return OrgMention(m.start(), m.end(), f"{organ} {body} {province.full}", "PartyCommittee")
    if kind == "brand":
        return OrgMention(m.start(), m.end(), f"{'Chi nhánh ' if m.group('branch') else ''}{m.group('brand')} {province.name}",
                          "Company")
    if kind == "telecom":
        return OrgMention(m.start(), m.end(), f"Viễn thông {province.name}", "Company")
    if kind == "branch":
        owner = expand_abbreviations(collapse_spaces(m.group("owner")))
        where = "thành phố" if m.group("where") and "TP" in m.group("where") else collapse_spaces(m.group("where") or "")
        joined = "- Chi nhánh" if m.group("dash").strip() else "Chi nhánh"   # ('Ngân hàng Nhà nước Chi nhánh tỉnh X')
        return OrgMention(m.start(), m.end(), " ".join(filter(None, (owner, joined, where, province.name))), "Company")
    if kind == "youth":
        return OrgMention(m.start(), m.end(), f"{m.group('kind')} đoàn {province.name}", "Association")
    if kind == "media":
        if any(i in CAPS_CHANGED for i in range(m.start(), m.end())):
            return None   # a newspaper's masthead or footer in capitals ('BÁO THANH HÓA ĐIỆN TỬ'): the site's own name
        # (a museum and a weather station are named with the level word where the text writes it: 'Bảo tàng tỉnh
        # Quảng Trị')
        levelled = m.group("bare") or m.group("media").startswith(("Bảo", "Đài Khí")) and m.group("prov") and re.search(
            r"(?:tỉnh|phố)" + WS + r"*$", m.string[m.end("media"):m.start("prov")])
        media = collapse_spaces(m.group("media"))
        if media.startswith("Đài Khí"):
            media = "Đài Khí tượng Thủy văn"   # (as the station names itself, whatever case the text writes)
        if re.fullmatch(r"Đài PT ?[-&]? ?TH", media):
            # 'Đài PT-TH tỉnh': the broadcaster as the text writes it in full, else its usual name
            full = re.search(_BROADCASTER.pattern + r"(?=" + WS1 + r"(?:(?:tỉnh|thành" + WS1 + r"phố)" + WS1 + r")?"
                             + re.escape(province.name).replace(r"\ ", WS1) + r")", m.string)
            if full is not None:
                media, levelled = collapse_spaces(full.group(0)), False
            else:
                media = "Đài Phát thanh và Truyền hình"
        return OrgMention(m.start(), m.end(), f"{media} {province.full if levelled else province.name}", "Centre")
    where = "thành phố " if province.city or "thành" in m.group("where") or "TP" in m.group("where") else \
        "tỉnh " if m.group("where") else ""
    of = expand_abbreviations(collapse_spaces(m.group("of")))
    return OrgMention(m.start(), m.end(), f"Văn phòng đại diện {of} tại {where}{province.name}", "MinistryUnit")


# a branch in full, as placed_mention names it: its owner, 'Chi nhánh' (after a dash where the text writes
# one) and its place
_BRANCH_NAME = re.compile(r"(?P<owner>.+?) (?:- )?Chi nhánh (?:tỉnh |thành phố )?(?P<place>[^-]+)")


def with_branches_in_full(mentions: list[OrgMention]) -> list[OrgMention]:
    """A branch the text names by its brand ('Agribank Vĩnh Long', 'VNPT Thừa Thiên Huế') and in full
    ('Ngân hàng Nông nghiệp ... - Chi nhánh tỉnh Vĩnh Long', 'Viễn thông Thừa Thiên Huế') is one body,
    named in full."""
    owners = branch_owners()
    full = {}
    for o in mentions:
        branch = _BRANCH_NAME.fullmatch(o.name) if o.cls == "Company" else None
        unit = re.fullmatch(r"Viễn thông (?P<place>.+)", o.name) if o.cls == "Company" else None
        if branch or unit:
            full[(fold(branch.group("owner")) if branch else "vien thong", fold((branch or unit).group("place")))] = o.name
    if not full:
        return mentions
    out = []
    for o in mentions:
        brand = next((b for b in owners if o.cls == "Company" and o.name.startswith(b + " ")), None)
        name = full.get((fold(owners[brand]), fold(o.name[len(brand) + 1:]))) if brand else None
        out.append(OrgMention(o.start, o.end, name, o.cls, o.parent, o.en) if name else o)
    return out


_BRANCH_AFTER = re.compile(WS1 + r"(?:[-–]" + WS + r"*)?(?i:chi" + WS1 + r"nhánh)" + WS1 + r"(?:(?:tỉnh|thành" + WS1 + r"phố)"
                          + WS1 + r")?(?P<place>[" + UPPER + r"][\wÀ-ỹ]*(?:" + WS1 + r"[" + UPPER + r"][\wÀ-ỹ]*){0,3})")


def with_abbreviated_branches(mentions: list[OrgMention], text: str) -> list[OrgMention]:
    """'NHNN Chi nhánh tỉnh Long An': a national body's abbreviation with its branch's place is the branch,
    named as the text names it in full elsewhere ('Ngân hàng Nhà nước Chi nhánh tỉnh Long An')."""
    branches = {}
    for o in mentions:
        named = _BRANCH_NAME.fullmatch(o.name)
        if named and o.cls == "Company":
            branches[fold(named.group("place"))] = (fold(named.group("owner")), o)
    out = []
    for o in mentions:
        after = _BRANCH_AFTER.match(text, o.end) if o.en else None
        known = branches.get(fold(after.group("place"))) if after else None
        if known and fold(o.name).startswith(known[0]):
            o = OrgMention(o.start, after.end(), known[1].name, known[1].cls, known[1].parent, known[1].en)
        out.append(o)
    return out


def _embassy(m: re.Match[str]) -> OrgMention:
    """Vietnam's missions abroad belong to the Ministry of Foreign Affairs; a foreign country's
    mission stands for its government."""
    kind = collapse_spaces(m.group("kind"))
    kind = kind[0] + kind[1:].lower() + ("" if kind.endswith(("quán", "Quán")) else " quán")
    country = collapse_spaces(m.group("country"))
    where = ""
    if m.group("prov"):
        place = province_named(m.group("prov"))
        # the city as written: 'tại Đà Nẵng', 'tại Thành phố Hồ Chí Minh', 'tại TP. Hồ Chí Minh' in full
        written = place is not None and place.city and m.group("where") != m.group("prov")
        where = f" tại {place.full if written else collapse_spaces(m.group('where'))}"
    elif m.group("where"):
        where = f" tại {collapse_spaces(m.group('where'))}"
    name = f"{kind} {collapse_spaces(m.group('state') or '') + ' ' if m.group('state') else ''}{country}{where}"   # ('Vương quốc')
    if fold(country) == fold(_HOME_COUNTRY):
        return OrgMention(m.start(), m.end(), name, "MinistryUnit", "Bộ Ngoại giao")
    return OrgMention(m.start(), m.end(), name, "Government")


__all__ = ["PLACED_KINDS", "placed_mention", "placed_patterns", "with_branches_in_full"]
