"""How the mentions of organisations in one text relate to each other.

- An abbreviation defined inline after a name ('Đại học Quốc gia Hà Nội (sau đây gọi tắt là
  ĐHQGHN)', 'Trung tâm X (ICISE)') names the same body wherever the text writes it again.
- (Member schools named with their university are read in orgmembers.py.)
- A name written once with 'tỉnh' before the province and once without ('Trung tâm X tỉnh Y',
  'Trung tâm X Y') is one body, named as the text writes it outside quotation marks (a quoted
  title such as a project's name is not where a body's name is given).
- 'Công ty CP X' and 'Công ty Cổ phần X' are one company.
- 'Văn phòng Bộ', 'Văn phòng Sở': the office of the one ministry or department the text names."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from vnst.loaders.bodies import branch_brands, provincial_units
from vnst.loaders.caps import CAPS_CHANGED
from vnst.loaders.orgclues import country_at
from vnst.loaders.orgnames import OrgMention
from vnst.loaders.orgwords import ABBR_PAREN
from vnst.loaders.places import province_or_unit
from vnst.loaders.vietnamese import UPPER, WS, WS1, expand_abbreviations
from vnst.textnorm import collapse_spaces, fold

_DEFINED = re.compile(WS + r"*\(" + WS + r"*(?:(?i:sau" + WS1 + r"đây" + WS1 + r"(?:được" + WS1 + r")?gọi"
                      + WS1 + r"(?:tắt" + WS1 + r")?là|viết" + WS1 + r"tắt" + WS1 + r"là|gọi" + WS1 + r"tắt" + WS1
                      + r"là)" + WS1 + r")?(?P<abbr>[A-ZĐ][A-ZĐ&]{1,11})" + WS + r"*\)")
# a short name given after 'sau đây gọi (tắt) là' ('(sau đây gọi tắt là Viện Hàn lâm)', '(... là Quỹ)'): up to four
# words
_DEFINED_SHORT = re.compile(WS + r"*\(" + WS + r"*(?i:sau" + WS1 + r"đây" + WS1 + r"(?:được" + WS1 + r")?gọi" + WS1
                            + r"(?:tắt" + WS1 + r")?là)" + WS1 + r"(?P<abbr>[A-ZĐ][^\s()]*(?:[ \u00a0][^\s()]+){0,3})"
                            + WS + r"*\)")
# the name in English, then its acronym, in the brackets ('(Pukyong National University - PKNU, thành phố Busan)')
# (the kind word may come first: 'International Centre for Interdisciplinary Science and Education - ICISE')
_DEFINED_IN_ENGLISH = re.compile(WS + r"*\(" + WS + r"*[A-Z][A-Za-z .&'\n-]{2,80}?(?i:university|institute|academy|college"
                                 + r"|cent(?:re|er)|agency|foundation)(?:[ \n][A-Za-z&'-]+){0,8}?" + WS + r"*[-–,]" + WS
                                 + r"*(?P<abbr>[A-Z][A-Z&]{1,11})" + WS + r"*[,;)]")
@lru_cache(maxsize=1)
def _defined_brand() -> re.Pattern[str]:
    """A state group's brand in brackets after its name ('Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel)'):
    only the curated brands, since a capitalised word in brackets is as often a country ('(Australia)')."""
    brands = "|".join(re.escape(b) for b in sorted(branch_brands(), key=len, reverse=True))
    return re.compile(WS + r"*\(" + WS + r"*(?P<abbr>" + brands + r")" + WS + r"*\)")


# a company's trade name, one word in brackets after its name ('Công ty cổ phần Sữa Việt Nam (Vinamilk)'), its
# first capitals perhaps an acronym ('Tổng công ty Bưu điện Việt Nam (VNPost)')
_DEFINED_TRADE_NAME = re.compile(WS + r"*\(" + WS + r"*(?P<abbr>(?:[A-Z]{1,3}(?=[A-Z][a-z]{2}))?[A-Z][a-z]{2,}(?:[A-Z][a-z]+)?)"
                                 + WS + r"*\)")


def _trade_name(text: str, at: int) -> re.Match[str] | None:
    """A company's trade name in brackets, not the country it is of ('(Australia)')."""
    found = _DEFINED_TRADE_NAME.match(text, at)
    if found is None or country_at(found.group("abbr"), 0) or province_or_unit(found.group("abbr")):
        return None
    return found


@lru_cache(maxsize=1)
def _unit_names() -> tuple[str, ...]:
    return tuple(fold(u.name) + " " for u in provincial_units())


def _curated_unit(name: str) -> bool:
    """A name the reference data gives a province's unit ('Ban Quản lý dự án đầu tư xây dựng các công trình ...
    tỉnh X'): read whole, not a short name defined in the text ('Ban Quản lý') that words ran on from."""
    return fold(name).startswith(_unit_names())


# a branch named before its parent in the phrase a short name defines ('Viettel Quảng Trị - Chi nhánh Tập đoàn ...')
_BRANCH_OF = re.compile(WS + r"*[-–,]" + WS + r"*(?i:chi" + WS1 + r"nhánh)(?:" + WS1 + r"(?i:của|thuộc))?" + WS1 + r"$")


def _branch_defined(o: OrgMention, abbr: str, mentions: list[OrgMention], text: str) -> bool:
    """'Viettel Quảng Trị - Chi nhánh Tập đoàn Công nghiệp - Viễn thông Quân đội (sau đây gọi là Viettel Quảng
    Trị)': the short name is the branch's own name, read before its parent, not the parent's."""
    return any(x.end <= o.start and fold(collapse_spaces(text[x.start:x.end])) == fold(abbr)
               and _BRANCH_OF.fullmatch(text, x.end, o.start) for x in mentions)


# a short name of a head word and acronyms in brackets after the name ('(Trường ĐH KHTN)', '(Viện KHNN)')
_DEFINED_HEADED = re.compile(WS + r"*\(" + WS + r"*(?P<abbr>(?:Trường|Viện|Học" + WS1 + r"viện|Trung" + WS1 + r"tâm)"
                             + r"(?:" + WS1 + r"[A-ZĐ][A-ZĐ&-]{1,11}){1,3})" + WS + r"*\)")
_LEVEL_AFTER = re.compile(WS1 + r"(?:tỉnh|thành" + WS1 + r"phố)(?=" + WS + r"*\()")
# written as a word of its own, not inside a document number ('1021/ĐHQGHN-KHCN')
_ABBR_USE = r"(?<![\w/&-]){abbr}(?![\w/&-])"


def with_defined_abbreviations(mentions: list[OrgMention], text: str) -> list[OrgMention]:
    """Every later use of an abbreviation defined inline after a mention, as a mention of that body."""
    found = list(mentions)
    taken = [(o.start, o.end) for o in mentions]
    for o in mentions:
        # ('... và chuyển đổi số tỉnh (sau đây gọi là Ban Chỉ đạo)': the level word the name took in as its place)
        level = _LEVEL_AFTER.match(text, o.end)
        at = level.end() if level else o.end
        defined = _DEFINED.match(text, at) or _DEFINED_SHORT.match(text, at) or _DEFINED_HEADED.match(text, at) \
            or _DEFINED_IN_ENGLISH.match(text, at) or _defined_brand().match(text, at) \
            or (_trade_name(text, at) if o.cls == "Company" else None)
        if defined is None:
            continue
        abbr = collapse_spaces(defined.group("abbr"))   # (a line may wrap it: "Trường" / "ĐH KHTN")
        if _branch_defined(o, abbr, mentions, text):
            continue
        # the abbreviation in its own definition is not another mention (a curated one may be read there)
        inside = [x for x in found if o.end <= x.start < defined.end() and (x.name == o.name or x.en)]
        for x in inside:
            found.remove(x)
            taken.remove((x.start, x.end))
        for use in re.finditer(_ABBR_USE.format(abbr=re.escape(abbr).replace(r"\ ", WS1)), text):
            # a short name of words (a prefix of the full name) may be used before it is defined
            if use.start() < defined.end() and " " not in abbr:
                continue
            # a name read on from the short name ('Viện Hàn lâm quan tâm') is the short name
            # (or read from the reference data: 'ĐHTN' defined in the text as 'Trường Đại học Tây Nguyên')
            # (not the national body of the same kind: 'Ban Chỉ đạo Trung ương ...' beside the province's)
            national = re.match(WS1 + r"(?:Trung" + WS1 + r"ương|[Qq]uốc" + WS1 + r"gia)", text[use.end():use.end() + 12])
            # (but a capitalised word after a head defined as the short name begins another body of that head: 'Trung
            # tâm Ứng dụng ...' beside '... (sau đây gọi tắt là Trung tâm)'; not 'Ban Quản lý Khu NNƯDCNC', the
            # defined body written short)
            capital_next = " " in abbr and re.match(WS1 + r"[" + UPPER + r"]", text[use.end():use.end() + 4]) is not None
            misread = [x for x in found if x.start == use.start() and x.name != o.name
                       and not (capital_next and not fold(o.name).startswith(fold(x.name))
                                and not re.search(r"\b[A-ZĐƯ]{2,}\b", x.name))   # (an acronym: o's own name, short)
                       and (not x.en and " " in abbr and not national and not _curated_unit(x.name)
                            or x.en and x.end == use.end())]
            for x in misread:
                found.remove(x)
                taken.remove((x.start, x.end))
            unit = next((x for x in found if x.end == use.end() and x.start < use.start() and x.name != o.name
                         and x.name.endswith(" " + abbr)), None)
            if unit is not None and unit.cls == "Company" and re.search(r"[-–] $", unit.name[:-len(abbr)]):
                continue   # 'Công ty Than Dương Huy - TKV': a member company, its group's brand after a dash in its name
            if unit is not None and " " not in abbr and o.name.startswith(unit.name[:-len(abbr)]):
                # 'Đại học MATE': the body itself, its head word before its short name
                found[found.index(unit)] = OrgMention(unit.start, unit.end, o.name, o.cls, o.parent, o.en)
                continue
            if unit is not None and " " not in abbr and abbr in branch_brands():
                continue   # 'Tổng Công ty Giải pháp doanh nghiệp Viettel': a group's company, named with its brand
            if unit is not None and " " not in abbr:
                # 'Ban Kiểm soát Quỹ': a unit of the body, named with its short name
                found[found.index(unit)] = OrgMention(unit.start, unit.end, unit.name[:-len(abbr)] + o.name,
                                                      unit.cls, o.name, None)
                continue
            if any(s < use.end() and use.start() < e for s, e in taken):
                continue
            found.append(OrgMention(use.start(), use.end(), o.name, o.cls, o.parent, o.en))
            taken.append((use.start(), use.end()))
    return sorted(found, key=lambda o: o.start)


# a body's governing organs, named with it ('Hội đồng quản lý Quỹ X', 'Hội đồng quản trị Công ty Y'), and
# the party's organs in a body ('Đảng đoàn Liên hiệp các Hội ...', 'Ban cán sự đảng Bộ X')
_ORGAN = re.compile(r"(?<![\wÀ-ỹ])(?P<organ>Hội" + WS1 + r"đồng" + WS1 + r"(?:quản" + WS1 + r"lý|quản" + WS1 + r"trị|thành"
                    + WS1 + r"viên)|Ban" + WS1 + r"(?:[Kk]iểm" + WS1 + r"soát|[Đđ]iều" + WS1 + r"hành))" + WS1 + r"$")
# (and a body's own party committee: 'Đảng ủy Đại học Thái Nguyên', 'Đảng ủy Tập đoàn X')
_PARTY_ORGAN = re.compile(r"(?<![\wÀ-ỹ])(?P<organ>Đảng" + WS1 + r"đoàn|Ban" + WS1 + r"cán" + WS1 + r"sự" + WS1
                          + r"(?:đảng|Đảng)|Đảng" + WS1 + r"(?:ủy|uỷ))" + WS1 + r"$")
_GOVERNED = ("Company", "Centre", "Association")


def with_governing_organs(mentions: list[OrgMention], text: str) -> list[OrgMention]:
    """'Hội đồng quản lý' or 'Ban Kiểm soát' right before a company, fund or centre: that body's organ,
    a committee of its own under it; 'Đảng đoàn' or 'Ban cán sự đảng' before any body: the party's
    organ in it. The body's words there are the organ's name, no mention of the body."""
    out = []
    for o in mentions:
        organ = _ORGAN.search(text, max(0, o.start - 30), o.start) if o.cls in _GOVERNED else None
        party = _PARTY_ORGAN.search(text, max(0, o.start - 30), o.start)
        found = organ or party
        if found and not any(x is not o and x.start < o.start and x.end > found.start() for x in mentions):
            out.append(OrgMention(found.start(), o.end, f"{collapse_spaces(found.group('organ'))} {o.name}",
                                  "Committee" if organ else "PartyCommittee", o.name))
            continue
        out.append(o)
    return out


def with_one_name_per_body(mentions: list[OrgMention], text: str) -> list[OrgMention]:
    """'X tỉnh Y' and 'X Y' in one text: one body, named as written outside quotation marks.
    'Đại học X' and 'Trường Đại học X' in one text are one school, named with 'Trường', unless the
    curated data names it without (a curated university, 'Đại học Huế', keeps its name)."""
    by_key: dict[str, list[OrgMention]] = {}
    for o in mentions:
        by_key.setdefault(_key(o), []).append(o)
    names: dict[str, str] = {}
    for key, group in by_key.items():
        if len({o.name for o in group}) < 2:
            continue
        outside = [o for o in group if not _quoted(text, o.start)] or group
        # a name written in lower case where it is ('Viện Khoa học và Công nghệ'), not one title-cased
        # from an upper-case header, though that may end in a lower-case place word ('Ban Chỉ Đạo ... tỉnh X')
        lower = {o.name: sum(w[:1].islower() and w not in ("tỉnh", "thành", "phố") for w in o.name.split())
                 for o in outside}
        outside = [o for o in outside if lower[o.name] == max(lower.values())]
        # a curated name is the body's current one ('Đại học Bách khoa Hà Nội' since 2022, where the
        # text also writes its former 'Trường Đại học ...')
        # (else the name written most often: 'Nông - Lâm' three times over a subject line's 'Nông / Lâm')
        schools = [o.name for o in outside if o.name.startswith("Trường ")] or [o.name for o in outside]
        # (only where the text writes it in full: a 2019 page that writes the former name and 'HUST' keeps the former)
        current = next((o.name for o in outside if o.en and fold(expand_abbreviations(text[o.start:o.end])) == fold(o.name)), None)
        names[key] = current or Counter(schools).most_common(1)[0][0]
    return [OrgMention(o.start, o.end, names[_key(o)], o.cls, o.parent, o.en)
            if _key(o) in names else o for o in mentions]


def _key(o: OrgMention) -> str:
    # a joint-stock company's kind is often shortened ('Công ty CP X' is 'Công ty Cổ phần X')
    key = re.sub(r"^cong ty cp ", "cong ty co phan ", _without_province_word(o.name))
    key = re.sub(r" [-–] ", " ", key)   # ('Nông - Lâm' and 'Nông Lâm': a dash between two fields, written or not)
    return key.removeprefix("truong ") if o.cls == "University" and not o.en and key.startswith("truong dai hoc ") else key


def _without_province_word(name: str) -> str:
    return re.sub(r" (?:tinh|thanh pho) (?=\S+( \S+){0,2}$)", " ", fold(name)) if not fold(name).startswith(
        ("uy ban", "hoi dong", "so ", "tinh uy", "thanh uy", "van phong")) else fold(name)


def _quoted(text: str, pos: int) -> bool:
    """Inside an open quotation on the same paragraph (an odd number of quote marks before ``pos``)."""
    start = text.rfind("\n\n", 0, pos) + 1
    before = text[start:pos]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


# a ministry's or department's office or inspectorate, written with the bare 'Bộ' or 'Sở'
_BARE_OFFICE = {"van phong bo": ("Văn phòng", "Ministry"), "van phong so": ("Văn phòng", "Department"),
                "thanh tra bo": ("Thanh tra", "Ministry"), "thanh tra so": ("Thanh tra", "Department")}


def with_named_parent_offices(mentions: list[OrgMention]) -> list[OrgMention]:
    """'Văn phòng Bộ' ('Thanh tra Sở') named after the ministry the text has named before it, the one named
    most often when it names several, or the only one it names at all (same for 'Sở'); when two are named
    as often it stays as written, since the text does not say whose office it is."""
    out = []
    for o in mentions:
        unit, cls = _BARE_OFFICE.get(fold(o.name), (None, None))
        before = Counter(m.name for m in mentions if m.cls == cls and m.start < o.start) if cls else Counter()
        if cls and not before:
            before = Counter(m.name for m in mentions if m.cls == cls)
        ranked = before.most_common(2)
        parents = {ranked[0][0]} if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else set()
        if len(parents) == 1:
            parent = parents.pop()
            o = OrgMention(o.start, o.end, f"{unit} {parent}", o.cls, parent, o.en)
        of = re.fullmatch(r"(?P<unit>Văn phòng|Thanh tra) (?P<body>(?:Sở|Bộ) .+)", o.name) if not cls else None
        # 'Văn phòng Sở KH&CN' without its place: the office of the department the text names in full
        body = next((m for m in mentions if m.cls in ("Department", "Ministry") and m.name != of.group("body")
                     and fold(m.name).startswith(fold(of.group("body")) + " ")), None) if of else None
        if body is not None:
            o = OrgMention(o.start, o.end, f"{of.group('unit')} {body.name}", o.cls, body.name, o.en)
        out.append(o)
    return out


# a group set up to assist a body, named after it: 'Tổ công tác giúp việc Ban Chỉ đạo ...'
_ASSISTING = re.compile(r"(?:Tổ|TỔ)" + WS1 + r"(?:(?i:công" + WS1 + r"tác|giúp" + WS1 + r"việc|thư" + WS1 + r"ký)"
                        + r"(?:" + WS1 + r"(?i:giúp" + WS1 + r"việc))?|(?:Ban|BAN)" + WS1 + r"(?i:thư" + WS1 + r"ký)"
                        + r"(?:" + WS1 + r"(?i:giúp" + WS1 + r"việc))?|(?:Cơ|CƠ)" + WS1 + r"(?i:quan" + WS1 + r"thường"
                        + WS1 + r"trực)(?:" + WS1 + r"(?i:giúp" + WS1 + r"việc))?)" + WS1 + r"$")


def with_assisting_groups(mentions: list[OrgMention], text: str) -> list[OrgMention]:
    """'Tổ công tác giúp việc Ban Chỉ đạo X': a working group named after the body it assists is a
    body of its own (its name holds the other's)."""
    out = []
    for o in mentions:
        group = _ASSISTING.search(text, max(0, o.start - 40), o.start)
        if group is not None and o.cls in ("Committee", "PartyCommittee", "PeoplesCouncil"):
            head = re.sub(r"\s+", " ", group.group(0)).strip()
            head = head[0] + head[1:].lower()
            o = OrgMention(group.start(), o.end, f"{head} {o.name}", "Committee", o.name)
        out.append(o)
    return out


# bodies a text may name again by the first words of their name ('Viện Hàn lâm', 'Ban Chỉ đạo')
_SHORTENED = ("Committee", "PartyCommittee", "ResearchInstitute", "University", "Centre", "ManagementBoard")


# a steering committee named by its place alone ('Ban Chỉ đạo tỉnh', given the province: 'Ban Chỉ đạo tỉnh X')
_STEERING_BY_PLACE = re.compile(r"Ban Chỉ đạo (?P<place>(?:tỉnh|thành phố) .+)")


def _plain(name: str) -> str:
    """A name folded, without the 'thực hiện' a steering committee's name may carry ('Ban Chỉ đạo thực
    hiện Chương trình X', shortened to 'Ban Chỉ đạo Chương trình')."""
    return fold(name).replace(" thuc hien ", " ")


_CENTRAL_AFTER = re.compile(r" (?:trung uong|quoc gia)\b")


def with_short_references(mentions: list[OrgMention]) -> list[OrgMention]:
    """'Ban Chỉ đạo', 'Hội đồng', 'Viện Hàn lâm' alone: the one body of the text whose name begins
    so (with two such bodies it stays as written). A steering committee or party body may be named
    in full after its short form; an institute or university is shortened only once named in full. A
    steering committee named by its place alone is the one of that place the text names by its task."""
    out = []
    for o in mentions:
        placed = _STEERING_BY_PLACE.fullmatch(o.name)
        tasked = {m.name for m in mentions if placed and m.cls == "Committee" and m.name != o.name
                  and m.name.startswith("Ban Chỉ đạo ") and m.name.endswith(" " + placed.group("place"))}
        if len(tasked) == 1:
            # 'Ban Chỉ đạo tỉnh': the one steering committee of the province the text names by its task
            full = next(m for m in mentions if m.name in tasked)
            out.append(OrgMention(o.start, o.end, full.name, full.cls, full.parent, full.en))
            continue
        national = _national_named_before(o, mentions) or _by_its_initials(o, mentions)
        if national is not None:
            out.append(OrgMention(o.start, o.end, national.name, national.cls, national.parent, national.en))
            continue
        words = len(o.name.split())
        # a council's long name cut at its comma ('DANH SÁCH THÀNH VIÊN HỘI ĐỒNG TƯ VẤN TUYỂN CHỌN TỔ CHỨC,
        # CÁ NHÂN ...' in an annex's heading) is the council named in full before it
        # (a zone's board named by its kind of zone alone: 'Ban Quản lý Khu Công nghệ cao')
        if (words <= 5 or o.cls == "Committee" or o.cls == "ManagementBoard" and words <= 7 or o.cls == "Centre" and words <= 8) \
                and o.cls in _SHORTENED:
            # a longer short form ('Ban Chỉ đạo Đề án', 'Trường Đại học Y') only once the full name is given
            # (or a council's name in a heading of capitals, cut at its comma: the prose names it in full below)
            # (a centre's name of its fields alone, in a headline before the story names it: 'Khánh thành Trung tâm
            # Nghiên cứu và Phát triển phân bón ...' over '... Trung tâm Nghiên cứu và Phát triển Bình Điền')
            before = o.cls in ("Committee", "PartyCommittee") and words <= 3 or o.cls == "Committee" and any(
                i in CAPS_CHANGED for i in range(o.start, o.end)) or o.cls == "Centre" and words >= 5
            # (not a unit that joins another task to the same words: 'Phòng Quản lý khoa học và Hợp tác ...')
            # (one name, whatever its case: 'Ban Thường Vụ Tỉnh Ủy X' from a header in capitals)
            longer = {fold(m.name): m.name for m in mentions if m.name != o.name
                      and _plain(m.name).startswith((fold(o.name) + " ", fold(o.name) + ","))
                      and not _plain(m.name).startswith(fold(o.name) + " va ") and (before or m.start < o.start)}
            # (of names one inside another, the whole: 'Ban Quản lý Khu Công nghệ cao' written short itself)
            longer = {k: v for k, v in longer.items() if not any(other != k and other.startswith(k + " ") for other in longer)}
            # (the central one, 'Ban Chỉ đạo Trung ương ...', is always written so: 'Ban Chỉ đạo' alone is the other)
            local = {k: v for k, v in longer.items() if not _CENTRAL_AFTER.match(k, len(fold(o.name)))}
            longer = local if len(local) == 1 else longer
            if len(longer) == 1:
                only = next(iter(longer.values()))
                full = next(m for m in mentions if m.name == only)
                o = OrgMention(o.start, o.end, full.name, full.cls, full.parent, full.en)
        out.append(o)
    return out


_HEAD_AND_INITIALS = re.compile(r"(?P<head>Viện|Trung tâm|Trường|Học viện|Cục|Chi cục|Công ty|Vụ) (?P<initials>[A-ZĐ]{2,8})")


def _by_its_initials(o: OrgMention, mentions: list[OrgMention]) -> OrgMention | None:
    """'Viện NCHN' for 'Viện Nghiên cứu Hạt nhân', 'Viện CAQMN' for 'Viện Cây ăn quả miền Nam': a body's head
    word and the initials of the rest of its name, the one body of the text they fit."""
    short = _HEAD_AND_INITIALS.fullmatch(o.name)
    if short is None:
        return None
    head = short.group("head") + " "
    # (with or without the 'và' between its fields: 'Vụ KHCNMT', 'Vụ Khoa học, Công nghệ và Môi trường')
    fits = {m.name: m for m in mentions if m.name.startswith(head) and m.name != o.name
            and fold(short.group("initials")) in {fold("".join(w[0] for w in words)) for words in (
                m.name[len(head):].split(), [w for w in m.name[len(head):].split() if w != "và"])}}
    return next(iter(fits.values())) if len(fits) == 1 else None


_SCHOOL = re.compile(r"(?:truong )?dai hoc (?P<quoc>quoc gia )?(?P<tail>.+)")


def _national_named_before(o: OrgMention, mentions: list[OrgMention]) -> OrgMention | None:
    """'Đại học Pukyong' after 'Trường Đại học Quốc gia Pukyong': a university abroad named without its
    'national'. Not at home: 'Đại học Quốc gia Hà Nội' and 'Trường Đại học Hà Nội' are two schools."""
    short = _SCHOOL.fullmatch(fold(o.name)) if o.cls == "University" else None
    if short is None or short.group("quoc") or province_or_unit(o.name.split("học ", 1)[-1]):
        return None
    full = {m.name: m for m in mentions if m.start < o.start and m.cls == "University"
            and (named := _SCHOOL.fullmatch(fold(m.name))) and named.group("quoc") and named.group("tail") == short.group("tail")}
    return next(iter(full.values())) if len(full) == 1 else None


def extend_to_known(mentions: list[OrgMention], text: str) -> list[OrgMention]:
    """A unit cut short where its name runs into the verb ('Vụ Phát triển KH&CN địa
    phương phối hợp') is extended to a longer name the same text writes elsewhere."""
    # (not a table's cell cut after a dash, 'Trường Đại học Bách khoa -': the dash is no part of a longer name)
    written = sorted({w for o in mentions if not (w := collapse_spaces(text[o.start:o.end])).endswith(("-", "–"))},
                     key=len, reverse=True)
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
        else:
            o = _header_name_in_full(o, text, mentions)
        out.append(o)
    return out


def _header_name_in_full(o: OrgMention, text: str, mentions: list[OrgMention]) -> OrgMention:
    """A header's name over lines of capitals, read only to its first line's end ('BAN QUẢN LÝ KHU NÔNG NGHIỆP' /
    'ỨNG DỤNG CÔNG NGHỆ CAO' / 'LAM SƠN - SAO VÀNG'): the longer name the text writes in prose, when the lines
    below go on with it."""
    if not any(i in CAPS_CHANGED for i in range(o.start, o.end)):
        return o
    here = fold(collapse_spaces(text[o.start:o.start + 200]))
    # (the longer name as resolved, or as written where the text's province was added to it: 'HỘI ĐỒNG ... TỔ CHỨC,
    # CÁ NHÂN' / '... CẤP TỈNH' over 'Hội đồng ... cấp tỉnh', named '... cấp tỉnh Cao Bằng')
    forms = [(x, form) for x in mentions if len(x.name) > len(o.name) and fold(x.name).startswith(fold(o.name))
             and fold(x.name)[len(fold(o.name))] in " ,"
             for form in (x.name, collapse_spaces(text[x.start:x.end])) if here.startswith(fold(form))
             and len(form) > len(collapse_spaces(text[o.start:o.end]))]
    longer, form = max(forms, key=lambda f: len(f[1]), default=(None, ""))
    if longer is None:
        return o
    end = o.start
    for word in form.split():
        found = re.compile(re.escape(word), re.I).search(text, end)
        if found is None:
            return o
        end = found.end()
    return OrgMention(o.start, end, longer.name, longer.cls, longer.parent, longer.en)


__all__ = ["extend_to_known", "with_assisting_groups", "with_defined_abbreviations", "with_governing_organs",
           "with_named_parent_offices", "with_one_name_per_body", "with_short_references"]
