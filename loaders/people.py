"""Officials named in a text, with honorifics, academic titles, posts and organisations.

Forms handled: 'Bộ trưởng Huỳnh Thành Đạt', 'Chủ tịch UBND TP. Cần Thơ Trần Việt
Trường', 'Đồng chí X, Vụ trưởng Vụ ..., Bộ KH&CN', 'ông X, Giám đốc Sở ...',
'Bà X - Phó Giám đốc Sở ...', and signature blocks ('KT. CHỦ TỊCH / PHÓ CHỦ TỊCH'
over a name, read in `signatures`). A name is a Vietnamese family name and one to three capitalised
syllables; it is kept exactly as written."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from vnst.loaders.orgs import OrgMention
from vnst.loaders.partylabels import PartyLabel, block_party
from vnst.loaders.places import province_regex
from vnst.loaders.postbodies import (AGENCY_HEADS, bracketed_after, council_of_the_list, in_its_table_row, last_of_kind,
                                     line_subject, listed_under_heading, named_before, side_subject, the_agency,
                                     the_institute, the_school)
from vnst.loaders.vietnamese import CAP_WORD, LOWER, NAME_GAP, SURNAMES, UPPER, WS, WS1
from vnst.textnorm import collapse_spaces, fold, slug

TITLES = ["Phó Thủ tướng", "Thủ tướng", "Bộ trưởng", "Thứ trưởng", "Phó Chủ tịch", "Chủ tịch",
          "Phó Tổng Giám đốc", "Tổng Giám đốc", "Phó Giám đốc", "Giám đốc", "Phó Vụ trưởng",
          "Vụ trưởng", "Phó Tổng cục trưởng", "Tổng cục trưởng", "Phó Chi cục trưởng", "Chi cục trưởng", "Phó Cục trưởng",
          "Cục trưởng", "Phó Hiệu trưởng", "Hiệu trưởng",
          "Phó Viện trưởng", "Viện trưởng",
          # the standing deputy, a post of its own in party, youth and council bodies
          "Phó Bí thư Thường trực", "Phó Bí thư", "Bí thư", "Phó Chủ tịch Thường trực", "Phó Trưởng ban Thường trực",
          "Phó Trưởng ban", "Trưởng ban",
          # the head of a standing delegation ('Trưởng Đoàn ĐBQH tỉnh'), not of a visit's ('Trưởng đoàn công tác')
          "Phó Trưởng đoàn", "Trưởng đoàn",
          "Phó Trưởng phòng", "Trưởng phòng", "Phó Trưởng khoa", "Trưởng khoa", "Phó Chánh Văn phòng", "Chánh Văn phòng",
          # the head of an inspectorate ('Chánh Thanh tra tỉnh', the body inside the post's words)
          "Phó Chánh Thanh tra", "Chánh Thanh tra",
          "Ủy viên thư ký", "Ủy viên thường trực", "Ủy viên", "Kế toán trưởng",
          # heads of a diplomatic mission ('Đại sứ' before 'quán' is the mission itself) and its counsellors
          "Đại sứ", "Tổng Lãnh sự", "Tham tán Thương mại", "Tham tán",
          # the governor of a foreign province or state (and of the State Bank), a Lao province's governor
          "Thống đốc", "Phó Tỉnh trưởng", "Tỉnh trưởng",
          # the head of a National Assembly committee or of an office ('Chủ nhiệm Văn phòng Chính phủ'); a
          # project's principal investigator ('chủ nhiệm đề tài', 'Chủ nhiệm:') holds no post of a body
          "Phó Chủ nhiệm", "Chủ nhiệm"]
# (and a military rank, which officers of the army's corporations are introduced with: 'Đại tá Phùng Văn X')
HONORIFICS = (r"(?:[Ôô]ng|[Bb]à|[Đđ]ồng" + WS1 + r"chí|Đ/c|đ/c|ÔNG|BÀ|(?:Đại|Thượng|Trung|Thiếu)" + WS1
              + r"(?:tá|tướng)|Đại" + WS1 + r"úy)")
# (a physician's degree after the academic one, or alone: 'TS.BS.', 'PGS.TS.BS.', 'BSCKII.', a pharmacist's 'DS.'; a
# bilingual text's English 'Dr.', 'Prof.')
ACADEMIC = (r"(?:GS\.?" + WS + r"*TSKH\.?|PGS\.?" + WS + r"*TS\.?(?:" + WS + r"*BS\.)?|GS\.?" + WS + r"*TS\.?|(?:TS|ThS)\."
            + WS + r"*(?:BS|DS)(?:CK(?:II|I|2|1))?\.|BSCK(?:II|I|2|1)\.|GS\.|PGS\.|TS\.|ThS\.|KS\.|BS\.|DS\.|CN\.|Dr\.|Prof\.)")
# (an Ê Đê or K'Ho name may open with the prefix and a given name in one word: 'H'Liên Êban', 'K'Bình')
NAME = (r"(?:" + "|".join(SURNAMES) + r"|[HK]['’][" + UPPER + r"][" + LOWER + r"]+)(?:" + NAME_GAP + r"(?!(?:Phó|Giám|Chủ|Chức|Bộ|Sở|Thứ|Vụ|Ủy|Trưởng|Địa|Điện)\b)"
        # (a Jarai or Ê Đê woman's given name with its prefix: 'Ksor H'Ngân')
        + r"(?:[HK]['’])?" + CAP_WORD + r"(?:-[a-z]{2,5})?){1,3}(?![\wÀ-ỹ])")   # a romanised Korean given name ('Kim Dong-hyun')
# longest first: a post that holds another's words ('Phó Chủ tịch Thường trực') is read whole
_TITLE_ALT = "|".join(re.escape(t).replace(r"\ ", WS1) for t in sorted(TITLES, key=len, reverse=True))
# the heads a body may have in an acting capacity ('Quyền Giám đốc' until one is appointed): a post of its own
ACTING_TITLES = ["Bộ trưởng", "Chủ tịch", "Tổng Giám đốc", "Giám đốc", "Vụ trưởng", "Tổng cục trưởng", "Cục trưởng",
                 "Chi cục trưởng", "Hiệu trưởng", "Viện trưởng", "Trưởng ban", "Trưởng phòng", "Trưởng khoa",
                 "Chánh Văn phòng", "Chánh Thanh tra"]
_ACTING_ALT = "|".join(re.escape(t).replace(r"\ ", WS1) for t in sorted(ACTING_TITLES, key=len, reverse=True))
# ('Quyền' capitalised, so that 'thẩm quyền giám đốc' is no post)
TITLE = re.compile(r"(?<![\wÀ-ỹ])(?P<title>(?:Quyền|QUYỀN)" + WS1 + r"(?i:" + _ACTING_ALT + r")|(?i:" + _TITLE_ALT + r"))(?![\wÀ-ỹ])(?!" + WS1 + r"quán)(?!(?<=(?i:nhiệm))(?:"
                   + WS + r"*:|" + WS1 + r"[" + LOWER + r"]))")
# family names that also open place names ('Đồng Văn Tiệp' and 'huyện Đồng Văn', 'Quảng Đại Tuyên' and 'Quảng Nam'):
# a name only after an honorific or an academic title ('GS.TS. Đồng Văn Tiệp')
_INTRODUCED_SURNAME = r"(?:Đồng|Hoa|Yên|Quang|Quảng)(?:" + NAME_GAP + CAP_WORD + r"){1,3}(?![\wÀ-ỹ])"
NAME_RE = re.compile(r"(?<![\wÀ-ỹ])(?:(?P<hon>" + HONORIFICS + r")" + WS1 + r")?(?:(?P<acad>" + ACADEMIC
                     + r")" + WS + r"*)?(?P<name>" + NAME + r"|(?(hon)" + _INTRODUCED_SURNAME + r"|(?(acad)"
                     + _INTRODUCED_SURNAME + r"|(?!))))")
# a word of a name in Latin letters: 'Park', 'McLeod', 'O'Brien'
# (with the letters of European languages: 'Kovács Péter', 'Müller', 'Dvořák')
_LOW = r"a-zß-öø-ÿőűłńśźżčřšžěůćđ"
_CAP = r"A-ZÀ-ÖØ-ÞŐŰŁŃŚŹŻČŘŠŽĚŮĆ"
_LATIN_WORD = (r"[" + _CAP + r"](?:[" + _LOW + r"]+|[" + _LOW + r"]*['’]?[" + _CAP + r"][" + _LOW + r"]+)"
               r"(?:-[" + _CAP + r"]?[" + _LOW + r"]+)?")   # ('Ben-Ami', a Korean given name 'Sung-ho')
# ... or a Lao or Khmer name written in Vietnamese letters, its syllables joined by hyphens ('Khăm-phăn Xi-sụ-lít')
_HYPHENED_WORD = r"[" + UPPER + r"][" + LOWER + r"]*(?:-[" + LOWER + r"]+)+"
_WORD_GAP = r"(?:[ \u00a0]|[ \t\u00a0]*\n[ \t\u00a0]*)"   # (the line may wrap a name: 'Ông Yoav' / 'Ben-Ami, ...')
# a foreign name after an honorific or an academic title and before a post ('ông Park Sung Min, Phó
# Tổng Giám đốc ...', 'PGS.TS. Somchai Wongsawat, Phó Hiệu trưởng ...', 'ông Watanabe Ken - Tổng Lãnh sự ...'):
# capitalised words without Vietnamese letters, which no Vietnamese family name list can hold
_FOREIGN_NAME_RE = re.compile(r"(?<![\wÀ-ỹ])(?:(?P<hon>[Ôô]ng|[Bb]à|[Nn]gài)" + WS1 + r"|(?P<acad>" + ACADEMIC + r")"
                              # (a middle initial: 'Daniel R. Whitfield')
                              + WS + r"*)(?P<name>" + _LATIN_WORD + r"(?:" + _WORD_GAP + r"[A-Z]\.)?(?:" + _WORD_GAP
                              + _LATIN_WORD + r"){1,3}|" + _HYPHENED_WORD
                              + r"(?:" + _WORD_GAP + _HYPHENED_WORD + r"){1,3})(?![\wÀ-ỹ-])"
                              + r"(?=" + WS + r"*,|" + WS + r"+[-–]" + WS + r"|" + WS + r"*\([^()\n]{1,60}\)" + WS + r"*[,–-])")
SIGN_PREFIX = re.compile(r"^(?:TM\.|T/M|KT\.|K/T|TL\.|T/L|TUQ\.|Q\.)", re.I)


@dataclass(frozen=True)
class PersonMention:
    start: int            # span of the name as written
    end: int
    name: str
    honorific: str | None
    academic: str | None
    title: str | None     # as a role slug ('pho-chu-tich')
    org: OrgMention | None
    title_span: tuple[int, int] | None = None
    signature: bool = False
    former: bool = False  # a post held before the text's date ('nguyên Giám đốc Sở ...'), not at it

    @property
    def slug(self) -> str:
        return slug(self.name)


def role_slug(title: str) -> str:
    return slug(collapse_spaces(title))


def find_people(text: str, orgs: list[OrgMention], *, ministry: OrgMention | None = None,
                places: list[tuple[int, int]] = (), labels: list[PartyLabel] = ()) -> list[PersonMention]:
    by_start = {o.start: o for o in orgs}
    found: list[PersonMention] = []
    # Names are searched with organisation and place names blanked out (same offsets), so
    # 'UBND thành phố Hà Nội Chu Xuân Dũng' gives 'Chu Xuân Dũng', not 'Hà Nội Chu Xuân'.
    chars = list(text)
    for start, end in [(o.start, o.end) for o in orgs] + list(places):
        chars[start:end] = "#" * (end - start)
    blanked = "".join(chars)
    native = list(NAME_RE.finditer(blanked))
    taken = {m.start("name") for m in native}
    foreign = [m for m in _FOREIGN_NAME_RE.finditer(blanked) if m.start("name") not in taken
               and not any(w in SURNAMES for w in m.group("name").split()[:1])]
    # 'Ông Park Sung Ho' opening a sentence: the honorific, not the family name Ông, before a foreign name
    honoured = {m.start() for m in foreign if m.group("hon")}
    native = [m for m in native if not (m.group("hon") is None and m.group("name").split()[0] in ("Ông", "Bà")
                                        and m.start("name") in honoured)]
    for m in sorted(native + foreign, key=lambda m: m.start()):
        person = (_before(text, m, by_start, ministry, orgs) or _after(text, m, by_start, orgs)
                  or _before(text, m, by_start, ministry, orgs, set_off=True))
        if person is None and m.re is _FOREIGN_NAME_RE:
            continue   # a foreign name is known to be a person's only by the post after it
        person = _in_its_party_committee(text, person, by_start, orgs) if person is not None else None
        if person is not None and person.title and (person.org is None or _placeless(text, person.org)):
            # 'BÊN A: SỞ ... / Đại diện: ông X - Giám đốc': a post in a party's block is that party's;
            # so is one whose body is written without its place ('Bên B: UBND TỈNH LAI CHÂU / Đại diện:
            # ông X - Phó Chủ tịch UBND tỉnh' in another province's text)
            party = block_party(text, m.start(), list(labels))
            if party is not None and (person.org is None or party.cls == person.org.cls):
                person = replace(person, org=party)
        if person is not None and person.org is None and person.title:
            person = replace(person, org=_deputy_of_the_one_before(text, person, found) or in_its_table_row(text, person.start, orgs))
        if person is not None and person.org is None and person.title in ("hieu-truong", "pho-hieu-truong"):
            person = replace(person, org=the_school(text, orgs, person.start))
        if person is not None and person.org is None and person.title in ("vien-truong", "pho-vien-truong"):
            person = replace(person, org=the_institute(text, orgs, person.start))
        if person is not None and person.org is None and person.title in AGENCY_HEADS:
            person = replace(person, org=the_agency(orgs, person.title, text, person.start))
        if person is None and m.group("hon"):
            person = PersonMention(m.start("name"), m.end("name"), collapse_spaces(m.group("name")),
                                   _hon(m), m.group("acad"), None, None)
        if person:
            found.append(_as_introduced(person, found))
            further = _further_posts(text, person, by_start, orgs)
            found.extend(further)
            found.extend(_led_post(text, person, orgs))
            # ('Giao ông X, nguyên Giám đốc A, giữ chức vụ Phó Giám đốc B': the post given after the one held before)
            held_before = person.title_span is None or person.title_span[0] < person.end
            found.extend(_appointed_post(text, further[-1] if held_before and further else person, by_start, orgs))
    return sorted(found + _envoys(text, orgs, {p.start for p in found}), key=lambda p: p.start)


def _deputy_of_the_one_before(text: str, person: PersonMention, found: list[PersonMention]) -> OrgMention | None:
    """'ông X, Trưởng Ban Quản lý Khu Công nghệ cao Y và bà Z, Phó Trưởng Ban': a deputy's post written alone after
    the head's, in the same sentence, is in the head's body."""
    head = found[-1] if found else None
    if head is None or head.org is None or head.title is None or person.title != "pho-" + head.title.removeprefix("pho-") \
            or _CLAUSE_END.search(text, head.end, person.start):
        return None
    return head.org


# a head of mission named by his post and its seat, then his name in Latin letters ('Đại sứ Israel tại Việt Nam
# Yonatan Peled'): the post is read as its mission (orglocal.py), the name after it
_ENVOY_POST = re.compile(r"(?P<title>Đại" + WS1 + r"sứ|Tổng" + WS1 + r"[Ll]ãnh" + WS1 + r"sự)(?!" + WS1 + r"quán)")
# (with the particles of European names: 'Marieke de Vries', 'Hans van der Berg')
_ENVOY_NAME = re.compile(WS1 + r"(?P<name>" + _LATIN_WORD + r"(?:[ \u00a0](?:(?:de|van|von|der|den|da|di|du|del|la|le)[ \u00a0])*"
                         + _LATIN_WORD + r"){1,3})(?![\wÀ-ỹ-])")


def _envoys(text: str, orgs: list[OrgMention], taken: set[int]) -> list[PersonMention]:
    out = []
    for o in orgs:
        post = _ENVOY_POST.match(text, o.start, o.end)
        name = _ENVOY_NAME.match(text, o.end) if post and fold(o.name).startswith(("dai su quan", "tong lanh su quan")) else None
        if name and name.start("name") not in taken and not name.group("name").split()[0] in SURNAMES:
            # the mission as the text names it in full elsewhere ('Đại sứ quán Vương quốc Hà Lan tại Việt Nam')
            mission = next((x for x in orgs if x is not o and _STATE_WORDS.sub("", fold(x.name)) == fold(o.name)), o)
            out.append(PersonMention(name.start("name"), name.end("name"), name.group("name"), None, None,
                                     role_slug(post.group("title")), mission, (post.start(), post.end())))
    return out


_STATE_WORDS = re.compile(r"(?<= )(?:vuong quoc|nha nuoc|cong hoa|dai han dan quoc|lien bang) ")


def _in_post(person: PersonMention, title: re.Match[str], org: OrgMention) -> PersonMention:
    """The person named at ``person`` in one more post: the title matched and its body."""
    return replace(person, title=role_slug(title.group("title")), org=org, title_span=(title.start(), title.end()))


# '... bổ nhiệm bà X, Phó Giám đốc Sở, giữ chức vụ Giám đốc Sở ...': the post a decision gives
_TO_HOLD = re.compile(r"(?<![\wÀ-ỹ])(?:giữ" + WS1 + r"(?:chức" + WS1 + r"vụ|chức|cương" + WS1 + r"vị)|bổ" + WS1 + r"nhiệm" + WS1
                      + r"(?:làm|giữ" + WS1 + r"chức" + WS1 + r"vụ))" + WS1)
_CLAUSE_END = re.compile(r"[.;\n]")


# 'Ông X tiếp tục giữ chức vụ Giám đốc Trung tâm Y': a person named alone, then the post he holds or is given
_HOLDS_NEXT = re.compile(WS1 + r"(?:(?:tiếp" + WS1 + r"tục|vẫn|được|sẽ)" + WS1 + r")?(?:(?:bố" + WS1 + r"trí|điều" + WS1
                         + r"động|phân" + WS1 + r"công)" + WS1 + r")?giữ" + WS1 + r"chức" + WS1 + r"vụ" + WS1)


def _appointed_post(text: str, person: PersonMention, by_start: dict[int, OrgMention],
                    orgs: list[OrgMention]) -> list[PersonMention]:
    """A person named with the post he holds, then the post he is appointed to in the same sentence; or named
    alone, then holding a post ('Ông X tiếp tục giữ chức vụ Giám đốc Trung tâm Y')."""
    held = _HOLDS_NEXT.match(text, person.end) if person.title is None else None
    t = TITLE.match(text, held.end()) if held else None
    if t is not None and (org := _org_after(text, t, by_start, orgs)) is not None:
        return [_in_post(person, t, org)]
    if person.title_span is None or person.title_span[0] < person.end:
        return []
    sentence_end = _CLAUSE_END.search(text, person.end)
    stop = sentence_end.start() if sentence_end else len(text)
    move = _TO_HOLD.search(text, person.title_span[1], min(stop, person.end + 300))
    t = TITLE.match(text, move.end()) if move else None
    org = _org_after(text, t, by_start, orgs) if t else None
    if org is None:
        return []
    return [replace(_in_post(person, t, org), former=False)]


# '<body> do ông X(, <post>) làm Chủ tịch': the post the person holds in the body named before 'do'
# (not 'Đoàn công tác của Bộ Y do ...', where the body before 'do' is the delegation's owner)
_LED_BY = re.compile(WS1 + r"do" + WS1 + r"(?:(?i:ông|bà|đồng" + WS1 + r"chí)" + WS1 + r")?(?:[A-ZĐ][A-Za-zĐ.]*\." + WS + r"*)?")
_OWNER_BEFORE = re.compile(r"(?<![\wÀ-ỹ])của" + WS1 + r"$")
_LED_AS = re.compile(WS1 + r"làm" + WS1)
_SENTENCE_OPENING = re.compile(r"(?:^|(?<=[.\n]))[ \t]*(?:[a-zđ\d]{1,2}[.)][ \t]+|[-–•+][ \t]+)?(?=[^\n.]*$)")


def _led_post(text: str, person: PersonMention, orgs: list[OrgMention]) -> list[PersonMention]:
    """'Hội đồng quản lý Quỹ do ông X, Giám đốc Sở KH&CN làm Chủ tịch': X's post in that council."""
    led = next((o for o in orgs if o.end < person.start and _LED_BY.fullmatch(text, o.end, person.start)), None)
    if led is None:
        # ('a) Ban Chỉ đạo ... gồm 11 thành viên, do đồng chí Bí thư làm Trưởng ban; đồng chí X, Phó Chủ tịch UBND xã
        # làm Phó Trưởng ban': the body the sentence opens with, whose members the clauses after 'do' name)
        opening = _SENTENCE_OPENING.search(text, 0, person.start)
        at = opening.end() if opening else 0
        led = next((o for o in orgs if o.start == at and re.search(WS1 + r"do" + WS1 + r"[^.\n]*;", text[o.end:person.start])),
                   None)
    if led is None or _OWNER_BEFORE.search(text, max(0, led.start - 8), led.start):
        return []
    after = max(person.end, person.org.end if person.org is not None and person.org.start > person.start else 0,
                person.title_span[1] if person.title_span else 0)
    gap = text[after:after + 60]
    as_post = _LED_AS.match(gap) if not re.search(r"[.;:\n]", gap[:1]) else None
    t = TITLE.match(text, after + as_post.end()) if as_post else None
    if t is None:
        return []
    return [_in_post(person, t, led)]


# bodies every province has one of, which a text may name without the place
_PROVINCIAL = {"PeoplesCommittee", "PeoplesCouncil", "Department", "PartyCommittee"}


@lru_cache(maxsize=1)
def _province_name() -> re.Pattern[str]:
    return re.compile(r"(?<![\wÀ-ỹ])" + province_regex() + r"(?![\wÀ-ỹ])")


def _placeless(text: str, org: OrgMention) -> bool:
    """A province's body written without its place ('UBND tỉnh', 'Sở KH&CN'), which the text's
    province was given."""
    return org.cls in _PROVINCIAL and _province_name().search(text, org.start, org.end) is None


def _as_introduced(person: PersonMention, found: list[PersonMention]) -> PersonMention:
    """'Thứ trưởng Phan Tâm Đức' named again with the post he was introduced in: the body given
    then, not the one the bare post would guess from the ministry named last."""
    if person.title is None or person.org is None or person.title_span is None or \
            0 <= person.org.start - person.title_span[1] <= 2 or person.org.start > person.start:
        return person   # the body written right after the post, or after the name
    earlier = next((p for p in found if p.name == person.name and p.title == person.title and p.org is not None), None)
    return replace(person, org=earlier.org) if earlier is not None else person


_UNNAMED_BODY = re.compile(r"[ \t\u00a0]+[" + UPPER + r"][\wÀ-ỹ]*(?:[ \t\u00a0]+[\wÀ-ỹ]+){0,5}(?=[ \t\u00a0]*,)")


def _further_posts(text: str, person: PersonMention, by_start: dict[int, OrgMention],
                   orgs: list[OrgMention]) -> list[PersonMention]:
    """'X, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh': each further ', <Title> <Org>' is one more post. After a name
    with no post after it ('Phó Chủ tịch UBND tỉnh X, nguyên Giám đốc Sở Y', 'ông X, nguyên Bộ trưởng Bộ Y'), only
    the one post held before."""
    out: list[PersonMention] = []
    only_former = person.title_span is None or person.title_span[0] < person.end
    if only_former:
        pos = person.end
    elif person.org is not None and person.org.start >= person.title_span[0]:
        pos = max(person.org.end, person.title_span[1])   # (the org may begin inside the title: 'Phó Trưởng Ban' + 'Ban ...')
    else:
        pos = person.title_span[1]
        # ('ông X, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Y': past a body of the first post the reader did not name)
        unnamed = _UNNAMED_BODY.match(text, pos) if person.org is None else None
        pos = unnamed.end() if unnamed else pos
    while True:
        # 'Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng': the place word after a short name is the name's
        # ('..., kiêm nhiệm Giám đốc Trung tâm X': a post held beside the first)
        # ('..., nguyên Giám đốc Sở X' or '... (nguyên Giám đốc Sở X)': a post held before)
        sep = re.match(r"(?:" + WS1 + r"(?:tỉnh|thành" + WS1 + r"phố))?" + WS + r"*(?:,\s*(?:kiêm(?:" + WS1 + r"nhiệm)?"
                       + WS1 + r"|(?P<former>nguyên)" + WS1 + r")?|\(\s*(?P<bracketed>nguyên)" + WS1 + r")",
                       text[pos:pos + 30])
        former = sep is not None and bool(sep.group("former") or sep.group("bracketed"))
        t = TITLE.match(text, pos + sep.end()) if sep and (former or not only_former) else None
        if t is None:
            return out
        # ('..., Chủ tịch Hội đồng.': the council named before it)
        org = _org_after(text, t, by_start, orgs) or named_before(text, t, orgs)
        if org is None and _MEMBER_POST.match(text, t.start()):
            # '1. Ông X, Giám đốc Sở Y tế, Ủy viên;' in the list of members of the council the text sets up (or, in
            # prose, of the council whose meeting it tells: '...; ông X, Phó Trưởng phòng Y, Ủy viên thư ký.')
            org = council_of_the_list(text, person.start, orgs) or last_of_kind(text, "Hội đồng", person.start, orgs)
        if org is None:
            return out
        out.append(replace(_in_post(person, t, org), former=former))
        if only_former:
            return out
        pos = org.end


# a member's post written without its body, at the end of a list item ('..., Ủy viên thư ký;', '..., Phó Trưởng ban;')
_MEMBER_POST = re.compile(r"(?i:ủy" + WS1 + r"viên(?:" + WS1 + r"thư" + WS1 + r"ký|" + WS1 + r"thường" + WS1 + r"trực)?"
                          + r"|(?:phó" + WS1 + r")?trưởng" + WS1 + r"ban)" + WS + r"*(?:[;.]|$)", re.M)
# 'Bí thư Đảng ủy, Giám đốc Đại học X': the party committee of the body the next post names
_BARE_PARTY_COMMITTEE = re.compile(WS1 + r"(?P<w>Đảng" + WS1 + r"(?:ủy|uỷ))" + WS + r"*," + WS + r"*")


def _in_its_party_committee(text: str, person: PersonMention, by_start: dict[int, OrgMention],
                            orgs: list[OrgMention]) -> PersonMention:
    party = _BARE_PARTY_COMMITTEE.match(text, person.title_span[1]) if person.title_span and person.title_span[0] > person.end \
        else None
    then = TITLE.match(text, party.end()) if party else None
    body = _org_after(text, then, by_start, orgs) if then else None
    if body is None:
        return person
    return replace(person, org=OrgMention(party.start("w"), party.end("w"), f"Đảng ủy {body.name}", "PartyCommittee",
                                          body.name))


_IN_CHARGE_OF = re.compile(WS1 + r"phụ" + WS1 + r"trách(?:" + WS1 + r"[" + LOWER + r"]+){1,6}" + WS1)


def _org_after(text: str, t: re.Match[str], by_start: dict[int, OrgMention],
               orgs: list[OrgMention]) -> OrgMention | None:
    """The organisation of a title: written after it, or inside it ('Trưởng phòng Quản lý
    công nghệ' heads 'Phòng Quản lý công nghệ')."""
    gap = re.match(WS + r"*", text[t.end():])
    # (not across a blank line: 'Chức vụ: Phó Giám đốc' / '' / 'Viện X bàn giao ...' is no post in that body)
    org = by_start.get(t.end() + (gap.end() if gap else 0)) if gap is None or not _BLANK.search(gap.group(0)) else None
    if org is None:
        org = next((o for o in orgs if t.start() < o.start < t.end() < o.end), None)
    charge = _IN_CHARGE_OF.match(text, t.end()) if org is None else None
    if charge:   # 'Phó Hiệu trưởng phụ trách quan hệ quốc tế Đại học Paris-Saclay': the field, then the body
        org = by_start.get(charge.end())
    if org is None:   # 'Tổng Lãnh sự Nhật Bản tại Đà Nẵng': the post with its seat names the mission
        org = next((o for o in orgs if o.start == t.start() and o.end > t.end() and fold(o.name).startswith(
            fold(t.group("title")))), None)
    if org is None:   # 'Thống đốc tỉnh Shiga': a foreign province's head, of its government the text names
        place = re.match(WS1 + r"(?P<place>(?:tỉnh|thành" + WS1 + r"phố|bang)" + WS1 + r"[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){0,2})"
                         r"(?![\wÀ-ỹ])", text[t.end():t.end() + 60])
        org = next((o for o in orgs if place and o.name == "Chính quyền " + collapse_spaces(place.group("place"))), None)
        # ('Phó Tỉnh trưởng tỉnh Khammouane' of 'Chính quyền tỉnh Khăm Muộn': the one foreign province's
        # government the text names, its name romanised another way)
        governments = {o.name: o for o in orgs if o.name.startswith("Chính quyền ")}
        if org is None and place and len(governments) == 1:
            org = next(iter(governments.values()))
    return org


def _hon(m: re.Match[str]) -> str | None:
    return collapse_spaces(m.group("hon")).lower() if m.group("hon") else None


_BLANK = re.compile(r"\n[ \t\u00a0]*\n")
_POST_LABEL = re.compile(r"(?i:chức" + WS1 + r"vụ)" + WS + r"*:" + WS + r"*$")
_APPOSED = re.compile(WS + r"*," + WS + r"*$")
_AFTER_A_NAME = re.compile(r"[,(–-]" + WS + r"*$")


def _before(text: str, m: re.Match[str], by_start: dict[int, OrgMention],
            ministry: OrgMention | None, orgs: list[OrgMention] = (), *, set_off: bool = False) -> PersonMention | None:
    """'<Title> [<Org>] <Name>': the title (and organisation) written just before the name; with ``set_off``,
    also '<Title> [<Org>], <Name>' (tried after '<Name>, <Title>': 'Báo cáo với Thứ trưởng, TS. X, Viện trưởng')."""
    window_start = max(0, m.start() - 160)
    window = text[window_start:m.start()]
    best = None
    for t in TITLE.finditer(window):
        best = t
    if best is None or best.group("title").isupper():
        return None
    if _POST_LABEL.search(text, max(0, window_start + best.start() - 12), window_start + best.start()):
        return None   # 'Đại diện: X  Chức vụ: Giám đốc' / 'Bà Y  Chức vụ: ...': the post labelled for the name before
    title_end = window_start + best.end()
    between = text[title_end:m.start()]
    # 'Tổng Giám đốc là ông X', 'Giám đốc Sở ... là bà Y': the post, then who holds it
    copula = re.search(WS1 + r"là" + WS1 + r"$", between) if re.match(r"(?i:ông|bà)\b", text[m.start():m.start() + 3]) else None
    name_at = m.start() - (len(copula.group(0)) if copula else 0)
    between = between[:len(between) - len(copula.group(0))] if copula else between
    apposed = _APPOSED.search(between) if set_off and (m.group("acad") or m.group("hon")) else None
    if apposed and not _AFTER_A_NAME.search(text, max(0, window_start + best.start() - 4), window_start + best.start()):
        # 'Hiệu trưởng nhà trường, PGS.TS. X giới thiệu': the post, then its holder set off by a comma (not
        # 'ông A, Giám đốc Sở X, ông B': that post is A's, written after his name)
        between = between[:apposed.start()]
        name_at = title_end + apposed.start()
    org = None
    bare = re.fullmatch(WS + r"*(?P<head>Sở|Bộ|Trường|Viện|Trung" + WS1 + r"tâm|nhà" + WS1 + r"trường)" + WS + r"*", between)
    if bare:   # 'Phó Giám đốc Sở Nguyễn Văn A', 'Hiệu trưởng nhà trường': the body of that kind named just before
        head = collapse_spaces(bare.group("head"))
        org = last_of_kind(text, head, window_start + best.start(), orgs)
    elif between.strip() == ":" and "\n" not in between:
        # 'Hợp tác xã X (Giám đốc: ông Y)': the post, labelled, in brackets after its body
        org = bracketed_after(text, window_start + best.start(), orgs)
        if org is None:
            return None
    elif between.strip():
        start = title_end + len(between) - len(between.lstrip(" \t\u00a0\n"))
        org = by_start.get(start)
        # 'Phó Chủ tịch UBND thành phố Nguyễn Hữu Thạnh': the body's own level word may stand between
        if org is None or collapse_spaces(text[org.end:name_at].strip(" \t\u00a0\n")) not in ("", "tỉnh", "thành phố", "TP."):
            return None
    elif "\n\n" in between:
        return None
    title = best.group("title")
    if org is None and fold(title) in ("bo truong", "thu truong"):
        # a minister without his ministry: the one ministry of the text, else the last one named before
        # ('Đoàn công tác của Bộ X do Thứ trưởng Y làm trưởng đoàn')
        before = [o for o in orgs if o.cls == "Ministry" and o.start < m.start()]
        org = ministry or (before[-1] if before else None)
    if org is None and fold(title) in ("dai su", "tong lanh su"):
        # an ambassador without his mission: the embassy or consulate the text names
        missions = [o for o in orgs if fold(o.name).startswith(("dai su quan", "tong lanh su quan"))]
        org = next((o for o in reversed(missions) if o.start < m.start()), missions[0] if missions else None)
    if org is None:
        org = line_subject(text, window_start + best.start(), by_start) or \
            side_subject(text, window_start + best.start(), by_start)
    return PersonMention(m.start("name"), m.end("name"), collapse_spaces(m.group("name")), _hon(m),
                         m.group("acad"), role_slug(title), org, (window_start + best.start(), title_end))


# 'Đại diện: ông X, chức vụ: Giám đốc', or 'Chức vụ:' on the next line of a party's block
_AFTER_NAME = re.compile(WS + r"*[,–(-]" + WS + r"*(?:(?i:chức" + WS1 + r"vụ)" + WS + r"*:" + WS + r"*)?|[ \t\u00a0]*\n?[ \t\u00a0-]*"
                         r"(?i:chức" + WS1 + r"vụ)[ \t\u00a0]*:[ \t\u00a0]*")
_ALONE_ON_ITS_LINE = re.compile(r"[ \t\u00a0]*\n[ \t\u00a0]*")
_ALIAS = re.compile(WS + r"*\([^()\n]{1,60}\)(?=" + WS + r"*[,–-])")


def _title_after(text: str, at: int) -> re.Match[str] | None:
    sep = _AFTER_NAME.match(text, at, at + 200)
    return TITLE.match(text, sep.end()) if sep else None


def _after(text: str, m: re.Match[str], by_start: dict[int, OrgMention],
           orgs: list[OrgMention] = ()) -> PersonMention | None:
    """'<Name>, <Title> <Org>', '<Name> - <Title> <Org>' or '<Name> (<Title> <Org>)'."""
    t = _title_after(text, m.end())
    if t is None:
        # 'GS. Kim Dong-hyun (Prof. Kim Dong-hyun), Phó Hiệu trưởng': the name again in brackets, then the post
        alias = _ALIAS.match(text, m.end())
        t = _title_after(text, alias.end()) if alias else None
    below = _ALONE_ON_ITS_LINE.match(text, m.end()) if t is None else None
    if below and not text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip():
        # a letter or an e-mail signed off with the name on its line and the post under it ('Trân trọng!' /
        # 'Lê Thanh Tâm' / 'Phó Trưởng phòng ...'), the post in mixed case (not a signature block's next title)
        t = TITLE.match(text, below.end())
        t = t if t and not t.group("title").isupper() else None
    if t is None:
        return None
    org = (_org_after(text, t, by_start, list(orgs)) or named_before(text, t, list(orgs))
           or line_subject(text, m.start(), by_start) or side_subject(text, m.start(), by_start)
           or listed_under_heading(text, m.start(), by_start) or bracketed_after(text, m.start(), orgs, title=t.group("title")))
    return PersonMention(m.start("name"), m.end("name"), collapse_spaces(m.group("name")), _hon(m),
                         m.group("acad"), role_slug(t.group("title")), org, (t.start(), t.end()))


__all__ = ["ACADEMIC", "ACTING_TITLES", "HONORIFICS", "NAME", "PersonMention", "SIGN_PREFIX", "SURNAMES", "TITLE", "TITLES", "find_people",
           "role_slug"]
