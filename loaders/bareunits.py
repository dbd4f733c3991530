"""Districts and communes named without their level word.

A report names places inside the names of products, co-operatives and parks ('cam Cao Phong',
'Hợp tác xã Rau an toàn Mỹ Khánh', 'Khu công nghiệp Phước Nam'). Only the administrative-units table
(``data/admin_units.csv``) can say that such a name is a unit, and only within a province the text is
about: a name is read when a unit of the home province (or of a province the text names twice) bears
it, and it does not end a longer proper name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from vnst.loaders import adminunits
from vnst.loaders.orgcommune import local_issuer
from vnst.loaders.places import PlaceMention, Province, city_named, province_named
from vnst.loaders.spans import Spans
from vnst.loaders.vietnamese import LOWER, UPPER, WS, WS1, tone_flex
from vnst.textnorm import collapse_spaces, fold

# the word before a commune's name: a common noun ('khoai deo Hải Ninh'), not a capitalised word that
# would make the name the end of a longer one, nor a school's or street's head ('Đại học Hùng Vương',
# 'đường Lê Lợi'), which name people and dynasties far more often than their ward, nor a natural
# feature's ('hồ Thác Mơ', 'cửa khẩu Trà Lĩnh'), named for the land rather than the commune
_NOT_BEFORE_A_COMMUNE = {"học", "trường", "đường", "phố", "ngõ", "hẻm", "đại", "lộ", "cầu", "chợ", "hồ", "núi", "sông",
                         "suối", "thác", "đèo", "đảo", "vịnh", "biển", "bãi", "khẩu", "hang", "động", "đầm", "rừng"}
# a body or park the name may end ('Hợp tác xã Rau an toàn Mỹ Khánh', 'Khu công nghiệp Phước Nam'); without
# one, a capitalised word just before the name begins a trademark ('Vú sữa Thới An Đông'), whose place
# is part of the mark
_NAMED_AFTER_ITS_COMMUNE = re.compile(r"(?:Hợp" + WS1 + r"tác" + WS1 + r"xã|HTX|Công" + WS1 + r"ty|Doanh" + WS1
                                      + r"nghiệp|Tổ" + WS1 + r"hợp" + WS1 + r"tác|(?:Khu|Cụm)" + WS1 + r"công" + WS1
                                      + r"nghiệp)(?![\wÀ-ỹ])")
# a company or cooperative named by its trade, capitalised, and its commune ('Công ty cổ phần Than Hà Lầm',
# 'Hợp tác xã Tôm - Rừng Đất Mũi')
_COMPANY_TRADE = re.compile(r"(?<![\wÀ-ỹ])(?:(?:Tổng" + WS1 + r")?[Cc]ông" + WS1 + r"ty(?:" + WS1 + r"(?:[Cc]ổ" + WS1
                            + r"phần|TNHH(?:" + WS1 + r"MTV)?))?|Hợp" + WS1 + r"tác" + WS1 + r"xã|HTX)" + WS1 + r"[" + UPPER
                            + r"][\wÀ-ỹ]*(?:" + WS + r"*[-–]" + WS + r"*[" + UPPER + r"][\wÀ-ỹ]*)?" + WS1 + r"$")

_DASH_NAME_AFTER = re.compile(WS + r"*[-–]" + WS + r"*[" + UPPER + r"]")
_PHRASE_START = re.compile(r"[,;:.()\"“”|\t\n]")
_AND = re.compile(r"(?<![\wÀ-ỹ])(?:và|hoặc)(?![\wÀ-ỹ])")


def home_districts(text: str, home: Province | None, found: list[PlaceMention]) -> list[PlaceMention]:
    """Districts of the document's province named without their level word, after a product or
    a project ('cam Cao Phong', 'bưởi đỏ Tân Lạc'): a name of two or more syllables that only a
    district of the home province bears, outside the places already found. A province the text
    names twice or more (the other party of an agreement) is read so too ('dừa sáp Cầu Kè')."""
    taken = _taken(found)
    out: list[PlaceMention] = []
    for province in _provinces_read(home, found):
        out += _units_of(text, province, "district", taken)
    return sorted(out, key=lambda p: p.start)


def home_communes(text: str, home: Province | None, found: list[PlaceMention], *,
                  era: str = "pre2025") -> list[PlaceMention]:
    """Communes of the home province named without their level word, after a common noun
    ('Hợp tác xã Nông nghiệp Sinh thái Phú Thuận', 'gốm Phù Lãng'), of ``era``'s units. A name a
    district of the province or a province also bears is left to them; one found already with its
    level word is not read again."""
    if home is None:
        return []
    taken = _taken(found)
    written = {fold(p.name) for p in found}
    communes = [p for p in _units_of(text, home.name, "commune", taken, era=era) if fold(p.name) not in written]
    # a product shown grown elsewhere once ('sâm Ngọc Linh' in a district or commune that is not Ngọc Linh's) is
    # named after something else wherever the text names it
    elsewhere = {(_word_before(text, p.start), fold(p.name)) for p in communes
                 if era == "pre2025" and _in_another_district(text, p, home, found)}
    return [p for p in communes if (_word_before(text, p.start), fold(p.name)) not in elsewhere]


_ISSUER_LEVELS = {"xã": "commune", "phường": "commune", "thị trấn": "commune", "đặc khu": "commune",
                  "huyện": "district", "quận": "district", "thị xã": "district", "thành phố": "district"}


def issuer_locality(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """The commune, ward or district whose body issues the text ('ỦY BAN NHÂN DÂN' / 'PHƯỜNG ĐỒNG HỚI'): its
    header names the place in capitals, which its prose may then write only as 'phường' or 'xã'."""
    issuer = local_issuer(text)
    if issuer is None or any(fold(p.name) == fold(issuer.name) and p.level == _ISSUER_LEVELS[issuer.level] for p in found):
        return []
    return [PlaceMention(issuer.end - len(issuer.name), issuer.end, _ISSUER_LEVELS[issuer.level], issuer.name)]


def _word_before(text: str, start: int) -> str:
    before = re.search(r"([\wÀ-ỹ]+)" + WS + r"*$", text[max(0, start - 24):start])
    return before.group(1).lower() if before else ""


# what leads from the product to the district it is grown or made in: 'sâm Ngọc Linh dưới tán rừng tại huyện '
_PLACED_IN = re.compile(r"[^.;:()\n]{0,60}?(?<![\wÀ-ỹ])(?:tại|ở|thuộc)" + WS1 + r"(?:(?:địa" + WS1 + r"bàn" + WS1
                        + r")?(?:huyện|thị" + WS1 + r"xã|thành" + WS1 + r"phố|quận|xã|phường|thị" + WS1 + r"trấn)"
                        + WS1 + r")?")


def _in_another_district(text: str, commune: PlaceMention, home: Province, found: list[PlaceMention]) -> bool:
    """A product's name read as a commune's ('sâm Ngọc Linh') in a sentence that places it in a district
    ('... dưới tán rừng tại huyện Tu Mơ Rông') of which no commune of that name is part: the product is
    named after something else (a mountain), not after the commune."""
    places = [d for d in found if d.level in ("district", "commune") and commune.end < d.start
              and _PLACED_IN.fullmatch(text, commune.end, d.start)]
    parents = {u.parent_code for u in adminunits.find_places(commune.name, level="commune", within=home.name)}
    if places[:1] and places[0].level == "commune" and fold(places[0].name) != fold(commune.name):
        # '... sâm Ngọc Linh" tại xã Măng Ri': grown in a commune of another district ('bưởi Phúc Trạch ... tại
        # xã Hương Trạch' is grown in the next commune of the same district)
        return not parents & {u.parent_code for u in adminunits.find_places(places[0].name, level="commune",
                                                                            within=home.name)}
    districts = [d for d in places if d.level == "district"]
    if not districts:
        return False
    return not any(u.code in parents for d in districts
                   for u in adminunits.find_places(d.name, level="district", within=home.name))


# a school named after the city it stands in ('Trường Đại học Quy Nhơn', 'Đại học Vinh', 'Trường Cao đẳng
# Phan Thiết'); a name of up to three capitalised syllables, longest first
_SCHOOL_NAME = re.compile(r"(?<![\wÀ-ỹ])(?:Đại" + WS1 + r"học|ĐH|Cao" + WS1 + r"đẳng)" + WS1 + r"(?P<name>["
                          + UPPER + r"][\wÀ-ỹ]*(?:" + WS1 + r"[" + UPPER + r"][\wÀ-ỹ]*){0,2})"
                          # (or after its field: 'Trường Đại học Công nghiệp' / 'Việt Trì')
                          + r"(?:" + WS1 + r"[" + LOWER + r"]+){0,2}(?:" + WS1 + r"(?P<after>[" + UPPER + r"][\wÀ-ỹ]*(?:" + WS1
                          + r"[" + UPPER + r"][\wÀ-ỹ]*){0,2}))?")


def school_cities(text: str, found: list[PlaceMention], *, home: Province | None = None,
                  era: str = "pre2025") -> list[PlaceMention]:
    """Cities (of a province, before the 2025 reform abolished the district level) named in a
    university's or college's name: a reader places the school in its city, as it places a
    department in its province ('Sở KH&CN tỉnh Long An'). Since the reform, the ward of the home province that
    bears the city's name ('Trường Đại học Phan Thiết' in a text of Lâm Đồng: the ward Phan Thiết)."""
    reformed = era != "pre2025"
    if reformed and home is None:
        return []
    taken = _taken(found)
    out: list[PlaceMention] = []
    pos = 0
    # (overlapping: '... Yersin Đà Lạt và Trường Đại học Phan Thiết', the first match reading on into the next name)
    while (m := _SCHOOL_NAME.search(text, pos)) is not None:
        pos = m.start("name")
        for group in ("name", "after"):
            if not m.group(group):
                continue
            words = collapse_spaces(m.group(group)).split()
            for size in range(len(words), 0, -1):
                name = " ".join(words[:size])
                # (a former city's name: 'Trường Đại học Tân Trào' is named after a historic site, not the commune)
                if province_named(name) is not None or not city_named(name):
                    continue
                end = m.start(group) + len(re.match(r"\S+(?:\s+\S+){%d}" % (size - 1), m.group(group)).group(0))
                ward = not reformed or adminunits.find_places(name, level="commune", within=home.name, era="2025")
                if ward and not taken.overlaps(m.start(group), end):
                    out.append(PlaceMention(m.start(group), end, "commune" if reformed else "district", name))
                    taken.add(m.start(group), end)
                break
    return out


def _provinces_read(home: Province | None, found: list[PlaceMention]) -> list[str]:
    counts: dict[str, int] = {}
    for f in found:
        if f.level == "province":
            counts[f.name] = counts.get(f.name, 0) + 1
    return ([home.name] if home is not None else []) + [n for n, c in counts.items()
                                                        if c >= 2 and n != (home and home.name)]


def _taken(found: list[PlaceMention]) -> Spans:
    taken = Spans()
    for f in found:
        taken.add(f.start, f.end)
    return taken


_LIST_GAP = re.compile(WS + r"*(?:,|" + WS1 + r"và)" + WS + r"*")


def _units_of(text: str, province: str, level: str, taken: Spans, *, era: str = "pre2025") -> list[PlaceMention]:
    known = _unit_pattern(province, level, era)
    if known is None:
        return []
    names, pattern = known
    out = []
    for m in pattern.finditer(text):
        # (the name may open the next line of a wrapped cell: 'Hợp tác xã Dịch vụ nông nghiệp' / 'Thanh Xá')
        before = re.search(r"(\S+)(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)(?:[-–][ \t\u00a0]+)?$",
                           text[max(0, m.start() - 24):m.start()])
        if before and "\n" in before.group(0):
            # on the next line only a body's name goes on ('sâm' / 'Ngọc Linh' is a product's); a district
            # opens its line freely (a list across a page break)
            if level != "commune":
                before = None
            elif not _NAMED_AFTER_ITS_COMMUNE.search(text, max(0, m.start() - 120), m.start()):
                continue
        company = level == "commune" and _COMPANY_TRADE.search(text, max(0, m.start() - 60), m.start())
        if before and before.group(1)[:1].isupper() and not before.group(1).endswith((",", ";")) and not company:
            continue   # the end of a longer proper name ('Thới An - Ô Môn'), not the next of a list
        if _DASH_NAME_AFTER.match(text, m.end()) and not company:
            continue   # the start of a longer one ('Thới An - Ô Môn'); a company's group brand may follow its name
        # ('các khu công nghiệp Quang Châu, Vân Trung': the next of a list whose item before was read so)
        listed = bool(out) and _LIST_GAP.fullmatch(text, out[-1].end, m.start()) is not None
        if level == "commune" and not company and not listed and not _after_a_common_noun(text, m.start(), before):
            continue
        if not taken.overlaps(m.start(), m.end()):
            written = collapse_spaces(m.group("name"))
            spellings = names[fold(written)]   # tones folded: 'Phượng Sơn' and 'Phương Sơn' share a key
            name = written if written in spellings else spellings[0]
            out.append(PlaceMention(m.start(), m.end(), level, name))
            taken.add(m.start(), m.end())
    return out


def _after_a_common_noun(text: str, start: int, before: re.Match[str] | None) -> bool:
    if before is None or not before.group(1)[:1].islower() or before.group(1).lower() in _NOT_BEFORE_A_COMMUNE:
        return False
    stops = [m.end() for m in _PHRASE_START.finditer(text, max(0, start - 120), start)]
    phrase = text[stops[-1] if stops else max(0, start - 120):start]
    if _NAMED_AFTER_ITS_COMMUNE.search(phrase):
        return True
    # (the words before it count from a 'và' joining two products: '... huyện Thạch An và lê Đông Khê')
    joined = list(_AND.finditer(phrase))
    return not any(word[:1].isupper() for word in phrase[joined[-1].end() if joined else 0:].split()[-3:])


@lru_cache(maxsize=256)   # every (province, level, era): a corpus of many provinces must not evict them
def _unit_pattern(province: str, level: str, era: str) -> tuple[dict[str, tuple[str, ...]], re.Pattern[str]] | None:
    """The province's unit names of ``level`` of two or more syllables that no province bears (and,
    for communes, no district of the province), and their pattern (built once: the table is long)."""
    home = adminunits.find_places(province, level="province", era=era)[:1]
    if not home:
        return None
    inside = [u for u in adminunits.units_within(home[0], level=level)
              if len(u.bare_name.split()) >= 2 and province_named(u.bare_name) is None]
    if level == "commune":
        districts = {fold(u.bare_name) for u in adminunits.units_within(home[0], level="district")}
        inside = [u for u in inside if fold(u.bare_name) not in districts]
    names: dict[str, tuple[str, ...]] = {}
    for bare in sorted({u.bare_name for u in inside}):
        names[fold(bare)] = names.get(fold(bare), ()) + (bare,)
    if not names:
        return None
    return names, re.compile(r"(?<![\wÀ-ỹ])(?P<name>" + "|".join(
        tone_flex(re.escape(n)).replace(r"\ ", WS1)
        for n in sorted({spellings[0] for spellings in names.values()}, key=len, reverse=True))
        + r")(?![\wÀ-ỹ])(?![ \t\u00a0][" + UPPER + r"])")


__all__ = ["home_communes", "home_districts", "issuer_locality", "school_cities"]
