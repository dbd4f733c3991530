"""Who the parties of an agreement are, from the sentence that speaks of it.

The parties are named after 'giữa' ('giữa A và B'), as subject and partner ('A ký kết Chương trình
... với B', 'A sẽ phối hợp với B'), or by a preamble's 'BÊN A: ... / BÊN B: ...' labels. A province
named as a party stands for its People's Committee; 'Bộ' alone, in a text that names one ministry,
is that ministry."""

from __future__ import annotations

import re

from vnst.loaders.orgs import OrgMention
from vnst.loaders.orgwords import NOT_A_BODY
from vnst.loaders.partylabels import BODY_FIELD_BELOW, ROLE_LABEL
from vnst.loaders.places import PlaceMention, province_named
from vnst.loaders.vietnamese import FOREIGN, LOWER, NUMBER_WORD, UPPER, WS, WS1, count_value, flex
from vnst.textnorm import collapse_spaces, fold

# (a memorandum is cooperation by its kind: 'ký biên bản ghi nhớ giai đoạn ... về đào tạo')
COOPERATION = re.compile(r"(?i:ký" + WS1 + r"kết|hợp" + WS1 + r"tác|phối" + WS1 + r"hợp|ghi" + WS1 + r"nhớ)")

# those who witness a signing ('Dưới sự chứng kiến của lãnh đạo UBND tỉnh X, ...') up to the clause's end
_WITNESSED = re.compile(r"(?i:chứng" + WS1 + r"kiến)(?:" + WS1 + r"(?i:của))?[^,;.\n]*")


# who speaks, opening a question's or an answer's paragraph ('Trả lời (ông X, Vụ trưởng Vụ Y):'): no party
_SPEAKER_LABEL = re.compile(r"[ \t*]*(?i:trả" + WS1 + r"lời|hỏi|phóng" + WS1 + r"viên|PV)[ \t]*(?:\([^()\n]{0,200}\))?[ \t]*:")
# a news lead's dateline ('HÀ NỘI – ', 'Hà Nội, ngày 14/10/2025 – ', 'Bắc Ninh (TTXVN) - '): where it was
# written, not a party
_LEAD_DATELINE = re.compile(r"[ \t]*[" + UPPER + r"][^\W\d_]*(?:[ \t]+[" + UPPER + r"][^\W\d_]*){0,3}(?:[ \t]*\([^()\n]{1,30}\))?"
                            r"(?:," + WS + r"*ngày" + WS1 + r"\d{1,2}/\d{1,2}/\d{4})?" + WS1 + r"[–—-]" + WS1)


_BRACKETED_OPEN = re.compile(WS + r"*\(" + WS + r"*")


def parties_of(text: str, s: int, e: int, orgs: list[OrgMention], places: list[PlaceMention]) -> list[OrgMention]:
    speaker = _SPEAKER_LABEL.match(text, s, e)
    s = speaker.end() if speaker else s
    lead = _LEAD_DATELINE.match(text, s, e)
    s = lead.end() if lead else s
    # the last 'giữa' before the period: a title repeated in a download notice or header
    # above can share the sentence, and its own 'giữa' would take in the header's bodies
    between = None
    for between in re.finditer(r"(?i:giữa)", text[s:e]):
        pass
    lo = s + between.end() if between else s
    hi = e
    # 'giữa A và B thực hiện Nghị quyết ... của Bộ Chính trị': the list after 'giữa' ends at its last party
    listed = listed_after_between(text, s + between.start(), e, orgs, places) if between else []
    if listed:
        return _unique(listed)
    partner: OrgMention | None = None
    if not between:
        # 'Về hợp tác, tháng 3/2023, UBND tỉnh đã ký kết ...': a cooperation word naming the topic, before a
        # comma, is not the verb
        verb = next((v for v in COOPERATION.finditer(text, s, e) if not re.match(WS + r"*,", text[v.end():v.end() + 3])),
                    None)
        hi = verb.start() if verb else e
        # 'Sở X kính đề nghị UBND tỉnh thống nhất chủ trương ký kết Chương trình ... với B': who proposes
        # it is no party; the body asked to agree is
        proposal = None
        for proposal in _PROPOSES.finditer(text, lo, hi):
            pass
        lo = proposal.end() if proposal else lo
        # 'A sẽ phối hợp với B xây dựng Chương trình ...': B, named right after 'với', is a party
        with_ = re.match(r"(?i:" + WS1 + r"với)" + WS1, text[verb.end():verb.end() + 12]) if verb else None
        # (a province named as the partner stands for its People's Committee: '... với tỉnh Cà Mau')
        candidates = _party_candidates(text, orgs, places, centres=True)
        if with_:
            partner = next((o for o in candidates if o.start == verb.end() + with_.end()), None)
        elif verb:
            # 'A đã ký kết Chương trình hợp tác với B giai đoạn ...': B follows the agreement's name
            at = partner_after_noun(text, verb.start(), e)
            partner = next((o for o in candidates if o.start == at), None) if at else None
        # 'A ... và ký Biên bản ghi nhớ hợp tác với B': the cooperation word is inside the agreement's name;
        # 'A phối hợp với B ..., đồng thời ký biên bản ghi nhớ với C': the signing, not the first verb
        signing = _NOUN_WITH.search(text, s, e)
        signed_with = next((o for o in orgs if o.start == signing.end()), None) if signing else None
        # ('A đang phối hợp với B ... để tiến tới ký kết Chương trình hợp tác với C': the signing it prepares is with C)
        if signed_with is not None and ((partner is None and signing.start() < hi)
                                        or _SECOND_PREDICATE.search(text, lo, signing.start())
                                        or _IN_ORDER_TO.search(text, lo, signing.start())):
            partner, hi = signed_with, signing.start()
    parties = [o for o in _party_candidates(text, orgs, places) if lo <= o.start < hi]
    # 'Cục Sở hữu trí tuệ (Bộ Khoa học và Công nghệ)': the body a party belongs to, in brackets after it, is no party
    parties = [o for i, o in enumerate(parties) if not (i and _BRACKETED_OPEN.fullmatch(text, parties[i - 1].end, o.start))]
    if partner is not None and (_SECOND_PREDICATE.search(text, lo, hi) or _IN_ORDER_TO.search(text, lo, hi) or not parties):
        # 'Nhà trường đã cùng Viện X thực hiện ..., và ký Biên bản ghi nhớ với B': the signing is the
        # sentence's second predicate; its subject opens the sentence, the bodies between did the first
        subject = opening_subject(text, lo, orgs)
        parties = [subject] if subject is not None else []
    parties += [partner] if partner else []
    # 'Bộ' alone, as the subject, in a text that names one ministry, is that ministry
    ministries = {o.key: o for o in orgs if o.cls == "Ministry"}
    if len(ministries) == 1 and re.search(r"(?<![\wÀ-ỹ])Bộ(?![\wÀ-ỹ])(?!" + WS1 + r"[" + UPPER + r"])", text[lo:hi]):
        bare = lo + re.search(r"(?<![\wÀ-ỹ])Bộ(?![\wÀ-ỹ])", text[lo:hi]).start()
        only = next(iter(ministries.values()))
        parties.append(OrgMention(bare, bare + 2, only.name, only.cls, only.parent, only.en))
    # 'Tỉnh đã ký kết Chương trình hợp tác với B': the province as the subject is its People's Committee,
    # when the text names one province's committee
    bare_province = _BARE_PROVINCE.match(text, lo, hi)
    committee = _the_committee(orgs, bare_province.start("word"), bare_province.end("word")) if bare_province else None
    if committee:
        parties.append(committee)
    # 'Dưới sự chứng kiến của lãnh đạo UBND tỉnh X và đại diện Bộ KH&CN, ...': witnesses, not parties
    witnessed = [(m.start(), m.end()) for m in _WITNESSED.finditer(text, s, e)]
    return _unique([p for p in parties if not any(ws <= p.start < we for ws, we in witnessed)])


_IN_ORDER_TO = re.compile(r"(?<![\wÀ-ỹ])(?i:để)" + WS1 + r"(?:(?i:tiến" + WS1 + r"tới|sớm|có" + WS1 + r"thể)" + WS1 + r")?\Z")
_PROPOSES = re.compile(r"(?<![\wÀ-ỹ])(?:(?i:kính)" + WS1 + r")?(?i:đề" + WS1 + r"nghị|kiến" + WS1 + r"nghị|đề" + WS1
                       + r"xuất)(?![\wÀ-ỹ])")
# a second predicate of the sentence, the signing, after a comma ('..., và ký', ', đồng thời ký kết')
_SECOND_PREDICATE = re.compile(r"," + WS + r"*(?i:và|đồng" + WS1 + r"thời)" + WS1 + r"(?:(?i:đã|cũng|cùng)" + WS1 + r")*"
                               + WS + r"*\Z")
# the subject written as its kind alone ('Nhà trường', 'Trường', 'Viện', 'Sở'): the body of that kind named last
_BARE_SUBJECT = {"nhà trường": ("University",), "trường": ("University",), "viện": ("ResearchInstitute",),
                 "sở": ("Department",), "trung tâm": ("Centre",)}
# a time or a phrase the sentence opens with, before its subject ('tháng 9/2022, Trung tâm ký ...', 'Hiện nay, Sở ...')
_OPENING_TIME = re.compile(r"(?:(?i:năm|tháng|ngày|quý|sáng|chiều)" + WS1 + r"[\dIV]{1,4}(?:/[\d]{1,4}){0,2}|(?i:hiện" + WS1
                           + r"nay|đến" + WS1 + r"nay|thời" + WS1 + r"gian" + WS1 + r"qua|bên" + WS1 + r"cạnh" + WS1 + r"đó|ngoài"
                           + WS1 + r"ra|đồng" + WS1 + r"thời))" + WS + r"*," + WS + r"*")


def opening_subject(text: str, lo: int, orgs: list[OrgMention]) -> OrgMention | None:
    """The body that opens the sentence at ``lo``, named or as its kind alone."""
    opening = re.match(r"[\s*•+–-]*", text[lo:lo + 12])
    at = lo + opening.end()
    time = _OPENING_TIME.match(text, at)
    at = time.end() if time else at
    named = next((o for o in orgs if o.start == at), None)
    if named is not None:
        return named
    bare = re.match(r"(?P<kind>[Nn]hà" + WS1 + r"trường|Trường|Viện|Sở|Trung" + WS1 + r"tâm)(?![\wÀ-ỹ])(?!" + WS1
                    + r"[" + UPPER + r"])", text[at:at + 16])
    if bare is None:
        return None
    kinds = _BARE_SUBJECT[" ".join(bare.group("kind").lower().split())]
    before = [o for o in orgs if o.cls in kinds and o.end <= at]
    if not before:
        return None
    # ('Sở' in the text a department issues is the issuer, its name in capitals at the head: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ')
    line = text[text.rfind("\n", 0, before[0].start) + 1:max(text.find("\n", before[0].end), before[0].end)]
    issuer = before[0] if before[0].start < 400 and line == line.upper() else None
    if issuer is not None:
        return OrgMention(at, at + bare.end(), issuer.name, issuer.cls, issuer.parent, issuer.en)
    # (of several, the one the text names most, the body it is about: 'thành lập Trung tâm trên cơ sở tổ chức lại
    # Trung tâm Ứng dụng ...; tháng 9/2022, Trung tâm ký ...' is the new centre's; of as many, the last named)
    times = {o.key: sum(1 for b in orgs if b.key == o.key) for o in before}
    last = max(reversed(before), key=lambda o: times[o.key])
    return OrgMention(at, at + bare.end(), last.name, last.cls, last.parent, last.en)


def _the_committee(orgs: list[OrgMention], start: int, end: int) -> OrgMention | None:
    """The province written alone ('Tỉnh', 'giữa tỉnh với B') as a party stands for its People's
    Committee, when the text names one province's committee."""
    committees = {o.key: o for o in orgs if o.cls == "PeoplesCommittee" and re.search(r" (?:tỉnh|thành phố) ", o.name)}
    if len(committees) != 1:
        return None
    only = next(iter(committees.values()))
    return OrgMention(start, end, only.name, only.cls, only.parent, only.en)


def _unique(parties: list[OrgMention]) -> list[OrgMention]:
    """Each body once, at its first mention."""
    unique: dict[str, OrgMention] = {}
    for party in sorted(parties, key=lambda o: o.start):
        unique.setdefault(party.key, party)
    return list(unique.values())


_BARE_PROVINCE = re.compile(r"\W*(?P<word>Tỉnh|Thành" + WS1 + r"phố)(?=" + WS1 + r"[" + LOWER + r"])")
# 'giữa tỉnh với Trường B': the province alone, first of the listed parties
_BARE_PROVINCE_LISTED = re.compile(r"(?P<word>(?i:tỉnh|thành" + WS1 + r"phố))(?=" + WS1 + r"(?:và|với)" + WS1 + r")")
# ('đã ký kết và thực hiện Chương trình phối hợp với B': signed and carried out)
_AND_CARRIED_OUT = r"(?:(?i:và|,)" + WS1 + r"(?i:thực" + WS1 + r"hiện|triển" + WS1 + r"khai)" + WS1 + r")?"
# 'ký kết Chương trình phối hợp với B': the signing verb, the agreement's name, then 'với' and the partner
_NOUN_WITH = re.compile(r"(?i:ký" + WS1 + r"kết|ký|trao)" + WS1 + _AND_CARRIED_OUT + r"(?:các" + WS1 + r")?(?=(?i:thỏa|thoả|chương|biên|thư|quy"
                        + WS1 + r"chế|hợp" + WS1 + r"đồng))[^,.;:()]{0,100}?" + WS1 + r"(?i:với)" + WS1)
# between two listed parties, asides on the first: its country ('..., nước Cộng hòa xã hội chủ nghĩa Việt
# Nam', '(ĐẠI HÀN DÂN QUỐC)', ', Đại Hàn Dân Quốc') or its label ('(sau đây gọi là "Bên A")')
_COUNTRY = r"(?:(?i:Cộng" + WS1 + r"hòa" + WS1 + r"xã" + WS1 + r"hội" + WS1 + r"chủ" + WS1 + r"nghĩa" + WS1 + r"Việt" + WS1 \
    + r"Nam|Việt" + WS1 + r"Nam)|" + "|".join(flex(c) for c in FOREIGN) + r")"
_ASIDE = r"(?:" + WS + r"*\([^()\n]{0,60}\)|" + WS + r"*," + WS + r"*(?:(?i:nước)" + WS1 + r")?" + _COUNTRY + r"(?![\wÀ-ỹ])|" \
    + WS1 + r"(?i:nước)" + WS1 + _COUNTRY + r"(?![\wÀ-ỹ]))"
# a bilingual title glosses its words and names each party again in English on the next line ('giữa /
# between' / 'SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH X' / 'DEPARTMENT OF SCIENCE AND TECHNOLOGY ...' / 'và / and')
_GLOSS = WS + r"*/" + WS + r"*(?i:between|and|with)(?![\w])"
_ENGLISH_LINE = WS + r"*\n[ \t]*[A-Z][A-Za-z0-9 ,.()&'/-]{3,150}(?=[ \t]*\n)"
# (a committee's level word after its short name: 'UBND tỉnh và Đại học X')
_PARTY_JOIN = re.compile(r"(?:" + WS1 + r"(?:tỉnh|thành" + WS1 + r"phố)(?=" + WS + r"*(?:,|và|với)))?(?:" + _ASIDE + r"|"
                         + _ENGLISH_LINE + r")*" + WS + r"*(?:,|(?i:và|với))?(?:" + _GLOSS + r")?" + WS + r"*")
# (the sides of a technology transfer contract, as the Law on Technology Transfer names them: 'Bên giao công nghệ')
_PARTY_LABEL = re.compile(r"^[ \t*]*(?:\d{1,2}[.)][ \t]*|[-–•+][ \t]*)?(?:(?i:bên)" + WS1 + r"(?:[A-D]|(?i:thứ" + WS1 + r"(?:nhất|hai|ba))|(?i:giao|nhận)"
                          + WS1 + r"(?i:công" + WS1 + r"nghệ))"
                          # (glossed in English: 'BÊN A / PARTY A:')
                          + r"[ \t]*(?:\([^)\n]{0,40}\))?(?:[ \t]*/[ \t]*(?i:party)[ \t]+[A-D])?|" + ROLE_LABEL + r")[ \t]*:"
                          + WS + r"*", re.M)


def partner_after_noun(text: str, s: int, e: int) -> int | None:
    """Where the partner named after 'ký kết <agreement> với' begins, if the sentence says so."""
    m = _NOUN_WITH.search(text, s, e)
    return m.end() if m else None


# the place a sentence's event took place, up to its comma ('tại Trung tâm X' / 'Thành phố Hồ Chí Minh (SIHUB), A và B
# ký ...': the venue's name and the city after it, a line wrapping them)
# (not past the signing or its parties: 'TẠI LỄ KÝ KẾT CHƯƠNG TRÌNH HỢP TÁC GIỮA A VÀ B')
_VENUE = re.compile(r"(?<![\wÀ-ỹ])(?i:tại|ở)" + WS1 + r"(?:(?!(?<![\wÀ-ỹ])(?i:và|ký|giữa|với)(?![\wÀ-ỹ]))[^,;.()\n]|\n(?![ \t]*\n)){0,80}\Z")
# a party's address ('A, có trụ sở tại xã Quyết Thắng, thành phố X, tỉnh Y, Việt Nam (sau đây ...) và B'): its
# province is where it stands, no party
_ADDRESS = re.compile(r"(?<![\wÀ-ỹ])(?i:trụ" + WS1 + r"sở(?:" + WS1 + r"chính)?(?:" + WS1 + r"tại|" + WS + r"*:)|địa" + WS1
                      + r"chỉ" + WS + r"*:)(?:[^;()“”\"\n]|\n(?![ \t]*\n)){0,110}\Z")   # (a line may wrap the address)


def _party_candidates(text: str, orgs: list[OrgMention], places: list[PlaceMention], *,
                      centres: bool = False) -> list[OrgMention]:
    """Bodies that can be parties: organisations (a centre only when the sentence lists it as one),
    and provinces standing for their People's Committee."""
    # (a national centre in the curated list, 'Trung tâm Đổi mới sáng tạo quốc gia', is a party as a ministry is)
    # (and a start-up or innovation centre, a facility unless the text makes it a body: then it signs as one)
    found = [o for o in orgs if centres or o.cls not in ("Centre",) or o.en or NOT_A_BODY.match(fold(o.name))]
    # (nor the body where the signing took place: '..., tại Trung tâm Khởi nghiệp ... (SIHUB), A và B đã ký ...')
    found = [o for o in found if not _VENUE.search(text, max(0, o.start - 90), o.start)]
    # (nor a body's abbreviation in brackets right after its name: the same body, where its name stood)
    ends = {(o.end, o.name) for o in orgs}
    found = [o for o in found if not any((o.start - k, o.name) in ends for k in range(1, 4)
                                         if re.fullmatch(WS + r"*\(" + WS + r"*", text[o.start - k:o.start]))]
    for p in places:
        # (not where the signing took place: '..., tại TP. Hồ Chí Minh, A và B đã ký ...')
        if p.level == "province" and not any(o.start <= p.start < o.end for o in orgs) and not _VENUE.search(text, max(0, p.start - 90), p.start) \
                and not _ADDRESS.search(text, max(0, p.start - 120), p.start):
            province = province_named(p.name)
            if province is not None:
                found.append(OrgMention(p.start, p.end, f"Ủy ban nhân dân {province.full}", "PeoplesCommittee"))
    return sorted(found, key=lambda o: o.start)


def listed_after_between(text: str, lo: int, e: int, orgs: list[OrgMention],
                          places: list[PlaceMention], *, centres: bool = False) -> list[OrgMention]:
    """The parties listed right after a 'giữa' in [lo, e): 'giữa A và B, hai bên ...' gives A and B,
    the list ending where the next word is not another body."""
    between = re.search(r"(?i:giữa)" + WS1, text[lo:e])
    if not between:
        return []
    pos, listed = lo + between.end(), []
    bare = _BARE_PROVINCE_LISTED.match(text, pos, e)
    committee = _the_committee(orgs, bare.start("word"), bare.end("word")) if bare else None
    first_head = _BARE_HEAD_FIRST.match(text, pos, e) if committee is None else None
    first = committee or (_named_last(orgs, first_head) if first_head else None)
    if first:
        listed.append(first)
        pos = first.end
    listed += _listed_from(text, pos, e, _party_candidates(text, orgs, places, centres=centres))
    after = listed[-1].end if listed else pos
    bare = _BARE_HEAD_LISTED.match(text, after, e)
    # 'giữa tỉnh và Viện': a head word alone, the body of that kind named last before it; 'giữa Bộ và tỉnh':
    # the province alone last
    last = _named_last(orgs, bare) if bare else None
    province = _BARE_PROVINCE_LAST.match(text, after, e) if last is None and listed else None
    last = last or (_the_committee(orgs, province.start("word"), province.end("word")) if province else None)
    if last is not None:
        listed.append(last)
    return listed if len({p.key for p in listed}) >= 2 else []


def _named_last(orgs: list[OrgMention], bare: re.Match[str]) -> OrgMention | None:
    """The body of the kind a bare head word names ('Bộ', 'Viện'), named last before it."""
    head = collapse_spaces(bare.group("head"))
    kind = _BARE_HEADS[head]
    # ('Công ty' is a company so named, not a group of companies: 'Tập đoàn Hóa chất Việt Nam')
    named = next((o for o in reversed(orgs) if o.cls == kind and o.end <= bare.start()
                  and (kind != "Company" or o.name.startswith(head + " "))), None)
    return OrgMention(bare.start("head"), bare.end("head"), named.name, named.cls, named.parent, named.en) if named else None


def listed_subjects(text: str, s: int, verb: int, orgs: list[OrgMention],
                    places: list[PlaceMention]) -> list[OrgMention]:
    """The bodies that open a sentence joined by 'và' or commas up to its verb ('Trung tâm X và Trường Y ký
    kết hợp tác ...'): the signing's subjects, centres too."""
    opening = re.match(r"[\s*•+–-]*", text[s:s + 12])
    bodies = _party_candidates(text, orgs, places, centres=True)
    # (or after an opening phrase and its comma: 'Nhân dịp này, dưới sự chứng kiến của Phó Thủ tướng, A và B đã ký ...')
    for start in [s + opening.end(), *(c.end() for c in re.compile(r"," + WS + r"*").finditer(text, s, verb))]:
        listed = _listed_from(text, start, verb, bodies)
        # (an aside in brackets may stand before the verb: '(một doanh nghiệp được ươm tạo tại tỉnh) ký hợp đồng')
        # (and the verb's auxiliaries: 'A và B đã ký ...', 'vừa chính thức ký ...')
        if listed and re.fullmatch(WS + r"*(?:\([^()\n]{1,120}\)" + WS + r"*)?(?:(?:đã|vừa|cùng|chính" + WS1 + r"thức)"
                                   + WS1 + r")*", text[listed[-1].end:verb]):
            return listed
    return []


_BARE_HEADS = {"Viện": "ResearchInstitute", "Trường": "University", "Học viện": "University", "Sở": "Department",
               "Bộ": "Ministry", "Công ty": "Company"}   # ('giữa Công ty và Đại học X' in a company's own report)
# ('giữa UBND tỉnh và Học viện': the first party's level word, written after its short name, comes first)
_BARE_HEAD_LISTED = re.compile(r"(?:" + WS1 + r"(?:tỉnh|thành" + WS1 + r"phố))?" + WS1 + r"(?:và|với)" + WS1 + r"(?P<head>Viện|Trường|Học" + WS1 + r"viện|Sở|Bộ|Công" + WS1 + r"ty)(?![\wÀ-ỹ])(?!"
                               + WS1 + r"[" + UPPER + r"])")
_BARE_HEAD_FIRST = re.compile(r"(?P<head>Viện|Trường|Học" + WS1 + r"viện|Sở|Bộ|Công" + WS1 + r"ty)(?=" + WS1 + r"(?:và|với)" + WS1 + r")")
_BARE_PROVINCE_LAST = re.compile(WS1 + r"(?:và|với)" + WS1 + r"(?P<word>tỉnh|thành" + WS1 + r"phố)(?![\wÀ-ỹ])(?!" + WS1
                                 + r"[" + UPPER + r"])")


_BRACKETED = re.compile(WS + r"*\([^()\n]{0,60}\)")


def _listed_from(text: str, pos: int, e: int, bodies: list[OrgMention]) -> list[OrgMention]:
    """The bodies listed from ``pos`` on, joined by commas, 'và' or 'với' (and asides on each), up to
    the first word that is not another body."""
    listed = []
    for body in bodies:
        if body.start < pos:
            continue
        aside = _BRACKETED.match(text, pos) if listed else None
        if aside and body.end <= aside.end():
            continue   # 'Viễn thông Hải Phòng (VNPT Hải Phòng), ...': the listed body's short name, not the next body
        if body.start >= e or not _PARTY_JOIN.fullmatch(text, pos, body.start):
            break
        listed.append(body)
        pos = body.end
    return listed


# 'A trao biên bản ghi nhớ hợp tác với 2 doanh nghiệp: B và C', 'ký thỏa thuận với các đơn vị: B, C':
# a count or 'các' before the partners' kind, then a colon and the list
_WITH_EACH = re.compile(r"(?i:ký" + WS1 + r"kết|ký|trao)" + WS1 + r"(?=(?i:thỏa|thoả|biên|hợp" + WS1 + r"đồng))[^.;:()]{0,80}?"
                        + WS1 + r"(?i:với)" + WS1 + r"(?:\d{1,2}|các|" + NUMBER_WORD + r")" + WS1 + r"[" + LOWER
                        + r"][^.;:()\d]{0,30}?" + WS + r"*:" + WS + r"*")


# ('Trung tâm đã ký 04 biên bản ghi nhớ hợp tác với A, B, C và D': as many texts as partners listed, one each)
_SEVERAL = re.compile(r"(?i:ký" + WS1 + r"kết|ký|trao)" + WS1 + r"(?P<n>\d{1,2}|" + NUMBER_WORD + r")" + WS1
                      + r"(?=(?i:thỏa|thoả|biên|hợp" + WS1 + r"đồng))[^.;:()\d]{0,40}?" + WS1 + r"(?i:với)" + WS1)
# (the subject written as its kind alone, just before the verb)
_BARE_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?:[Nn]hà" + WS1 + r"trường|Trường|Viện|Sở|Trung" + WS1 + r"tâm)" + WS1
                          + r"(?:(?:đã|vừa|cũng)" + WS1 + r")?$")


def with_each_partner(text: str, s: int, e: int, orgs: list[OrgMention],
                      places: list[PlaceMention]) -> list[list[OrgMention]]:
    """The pairs of a signing with each of several listed partners: the subject, the last body
    before the verb in its clause (or its kind alone there, the body of that kind the text is about), with each
    body of the list after the colon, or of a list after 'với' as long as the number of texts signed says."""
    found: list[list[OrgMention]] = []
    bodies = _party_candidates(text, orgs, places)
    for m in sorted([*_WITH_EACH.finditer(text, s, e), *_SEVERAL.finditer(text, s, e)], key=lambda m: m.start()):
        clause = max(s, text.rfind(";", s, m.start()) + 1)
        subject = next((o for o in reversed(bodies) if clause <= o.start and o.end <= m.start()), None)
        bare = _BARE_BEFORE.search(text, clause, m.start()) if subject is None else None
        subject = opening_subject(text, bare.start(), orgs) if bare else subject
        listed = [body for body in _listed_from(text, m.end(), e, bodies) if subject is None or body.key != subject.key]
        if subject is None or "n" in m.re.groupindex and len(listed) != count_value(m.group("n")):
            continue
        found += [[subject, body] for body in listed]
    return found


def party_blocks(text: str, start: int, end: int, orgs: list[OrgMention],
                  places: list[PlaceMention]) -> list[OrgMention]:
    """The bodies named by the 'BÊN A: ...', 'Bên B: ...' labels of an agreement's preamble (a centre too: the
    label makes it a side)."""
    bodies = _party_candidates(text, orgs, places, centres=True)
    parties = []
    for label in _PARTY_LABEL.finditer(text, start, end):
        # ('Bên nhận đặt hàng (Bên B):' / '- Tổ chức chủ trì nhiệm vụ: VIỆN X': the side's body on a field's line below)
        field = BODY_FIELD_BELOW.match(text, label.end())
        at = field.end() if field else label.end()
        body = next((o for o in bodies if o.start == at), None)
        if body is not None and body.key not in {p.key for p in parties}:
            parties.append(body)
    if len(parties) < 2 and _JOINTLY_CALLED.search(text, start, end):
        # 'A (sau đây gọi là “Sở”), trụ sở: ...;' / 'và B (sau đây gọi là “KISTI”), ...;' / '(sau đây gọi chung là “các
        # Bên”)': the bodies that open the preamble's paragraphs, each given a short name
        parties = []
        for opening in _OPENS_DEFINED.finditer(text, start, end):
            body = next((o for o in bodies if o.start == opening.end()), None)
            if body is not None and _DEFINED_AFTER.match(text, body.end) and body.key not in {p.key for p in parties}:
                parties.append(body)
    return parties if len(parties) >= 2 else []


# '(sau đây gọi chung là “các Bên”)', '(gọi chung là hai Bên)'
_JOINTLY_CALLED = re.compile(r"\(" + WS + r"*(?i:sau" + WS1 + r"đây" + WS1 + r")?(?i:gọi" + WS1 + r"chung" + WS1 + r"là)"
                             + WS + r"*[“\"]?" + WS + r"*(?i:các|hai|ba)" + WS1 + r"(?i:bên)")
_OPENS_DEFINED = re.compile(r"^[ \t*]*(?:(?i:và)" + WS1 + r")?", re.M)
_DEFINED_AFTER = re.compile(r"(?:," + WS + r"*(?:nước" + WS1 + r")?" + _COUNTRY + r")?" + WS + r"*\(" + WS
                            + r"*(?i:sau" + WS1 + r"đây" + WS1 + r")?(?i:được" + WS1 + r")?(?i:gọi" + WS1 + r"(?:tắt" + WS1
                            + r")?là|viết" + WS1 + r"tắt" + WS1 + r"là)")


__all__ = ["COOPERATION", "listed_after_between", "listed_subjects", "opening_subject", "parties_of", "partner_after_noun", "party_blocks",
           "with_each_partner"]
