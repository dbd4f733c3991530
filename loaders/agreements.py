"""Cooperation agreements: parties, period, status, signing, declared contents and clauses.

An agreement is found where a sentence speaks of cooperation or signing
('ký kết', 'hợp tác', 'phối hợp') between two or more parties and gives a
period ('giai đoạn 2022 - 2025'). Its parties are read by parties.py (after 'giữa', before
or after the period; subject and partner; a preamble's 'BÊN A' blocks). Clauses (clauses.py)
are the numbered items of the contents section ('II. NỘI DUNG HỢP TÁC')."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from vnst.loaders.clauses import Clause, find_clauses
from vnst.loaders.orgs import OrgMention
from vnst.loaders.parties import (COOPERATION, listed_after_between, parties_of, partner_after_noun, party_blocks,
                                  with_each_partner)
from vnst.loaders.people import PersonMention
from vnst.loaders.places import PlaceMention
from vnst.loaders.vietnamese import NUMBER_WORD, WS, WS1, DateMention, count_value
from vnst.textnorm import fold

# 'giai đoạn 2023 - 2027', 'giai đoạn từ năm 2023 đến năm 2027'
PERIOD = re.compile(r"(?i:giai" + WS1 + r"đoạn|thời" + WS1 + r"kỳ|nhiệm" + WS1 + r"kỳ)" + WS1 + r"(?:(?P<y1>(?:19|20)\d{2})"
                    + WS + r"*[-–]" + WS + r"*(?P<y2>(?:19|20)\d{2})|(?i:từ)" + WS1 + r"(?:(?i:năm)" + WS1 + r")?"
                    + r"(?P<f1>(?:19|20)\d{2})" + WS1 + r"(?i:đến)" + WS1 + r"(?:(?i:năm)" + WS1 + r")?(?P<f2>(?:19|20)\d{2}))")
_SENTENCE_END = re.compile(r"(?<=[.!?])[ \t\u00a0]+(?=[A-ZĐ" + "À-Ỹ" + r"])|\n\s*\n|(?<=[.;])\n")
DECLARED = re.compile(r"(?<![\wÀ-ỹ])(?P<n>\d{1,3}|" + NUMBER_WORD + r")" + WS1 + r"nội" + WS1 + r"dung(?:" + WS1
                      + r"hợp" + WS1 + r"tác)?")
FIELDS = re.compile(r"(?<![\wÀ-ỹ])(?P<n>\d{1,3}|" + NUMBER_WORD + r")" + WS1 + r"lĩnh" + WS1 + r"vực" + WS
                    + r"*:(?P<list>[^\n]+)")
SIGNED_WORDS = re.compile(r"(?i:đã" + WS1 + r"ký" + WS1 + r"kết|vừa" + WS1 + r"(?:tổ" + WS1 + r"chức" + WS1
                          + r")?ký" + WS1 + r"kết|lễ" + WS1 + r"ký" + WS1 + r"kết|trao" + WS1 + r"bản" + WS1
                          + r"ký" + WS1 + r"kết|chính" + WS1 + r"thức" + WS1 + r"ký)"
                          # 'Chương trình ... được ký kết ngày 12/10/2021': passive, with the time of
                          # signing; 'sẽ được ký kết', 'dự kiến được ký kết' are not a fact
                          + r"|(?<!sẽ )(?<!kiến )(?i:được" + WS1 + r"ký(?:" + WS1 + r"kết)?" + WS1
                          + r"(?:ngày|vào" + WS1 + r"ngày|từ" + WS1 + r"ngày|năm|tháng))"
                          # 'Ngày 15/3/2018, A và B ký kết Chương trình ...', 'Sáng 12/5, A và B ký kết ...': a dated
                          # statement of fact
                          + r"|(?m:^)(?:[Nn]gày|[Tt]háng|[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối)" + WS1 + r"[^,]{3,30},"
                          + r"[^.;]{3,200}?(?<!kiến)(?<!sẽ)(?<!nghị)"
                          + WS1 + r"ký" + WS1 + r"kết" + WS1 + r"(?i:chương|thỏa|thoả|biên|hợp" + WS1 + r"đồng)")
# the opening of a signed text's own record: 'Hôm nay, ngày 09 tháng 4 năm 2021, tại ..., chúng tôi gồm:'
_TODAY = re.compile(r"(?m:^)[ \t]*(?i:hôm" + WS1 + r"nay)" + WS + r"*,?" + WS + r"*(?=(?i:ngày|vào" + WS1 + r"ngày))")
# 'tại TP. Gia Nghĩa': an abbreviated 'TP.', 'TX.' inside the place; 'tại lễ ký kết', 'tại buổi làm việc'
# name an occasion, not a place
_PLACE_AT = re.compile(r"\btại" + WS1 + r"(?!(?i:lễ|buổi|hội" + WS1 + r"nghị|hội" + WS1 + r"thảo|cuộc|phiên|sự"
                       + WS1 + r"kiện|chương" + WS1 + r"trình)(?![\wÀ-ỹ]))"
                       + r"(?P<place>(?:(?:TP|Tp|TX|Tx|TT)\." + WS + r"*)?[^,.;\n]{3,80}?)(?=" + WS + r"*(?:,|\.|;|đã|\n|$))")
# a sentence of who attended ('Dự lễ ký kết có ...', 'Tham dự ...', 'Chứng kiến lễ ký ...'): its people
# witnessed the signing; they are not its signatories
# ('Phát biểu tại lễ ký kết, ...': the speakers at the ceremony, who need not be its signers)
_ATTENDED = re.compile(r"^\W*(?:(?i:cùng" + WS1 + r"|đến" + WS1 + r"|tham" + WS1 + r")?(?i:dự|chứng" + WS1 + r"kiến)|(?i:phát"
                       + WS1 + r"biểu))(?![\wÀ-ỹ])")
# 'Chủ tịch UBND tỉnh A và Giám đốc Viện B ký kết chương trình hợp tác': the people before the verb sign
_SIGN_VERB = re.compile(r"(?<![\wÀ-ỹ])(?i:ký" + WS1 + r"kết|ký)" + WS1 + r"(?:(?i:các)" + WS1 + r")?(?=(?i:thỏa|thoả|chương|biên"
                        + r"|quy" + WS1 + r"chế|hợp" + WS1 + r"đồng))")
# a day and month without a year ('Sáng 13/4, tại ...'): news dates it by the year it is written
_DAY_MONTH = re.compile(r"(?<![\wÀ-ỹ])(?i:sáng|chiều|trưa|tối|ngày|hôm)" + WS1 + r"(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![/\d])")


@dataclass
class Agreement:
    parties: list[OrgMention]
    start_year: int | None      # None: the text gives no period
    end_year: int | None
    spans: list[tuple[int, int]]
    title: str
    draft: bool
    signed: bool
    clauses: list[Clause] = field(default_factory=list)
    declared_clauses: tuple[int, int, int] | None = None     # (count, start, end)
    declared_fields: tuple[int, int, int] | None = None
    fields: list[str] = field(default_factory=list)
    signatories: list[PersonMention] = field(default_factory=list)
    intended: list[PersonMention] = field(default_factory=list)
    signing_date: DateMention | None = None
    signing_place: tuple[int, int] | None = None

    @property
    def party_keys(self) -> list[str]:
        return sorted({p.key for p in self.parties})


_NO_BREAK = re.compile(r"(?:^|[\s(])(?:TP|Tp|TS|PGS|GS|ThS|TM|KT|TL|Q|Th|St|E|Mr|Ms|[A-ZĐ])\.$")


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans; 'TP. Hồ Chí Minh' or 'PGS.TS. Vũ' do not end a sentence."""
    spans, pos = [], start
    for m in _SENTENCE_END.finditer(text, start, end):
        if "\n" not in m.group(0) and _NO_BREAK.search(text[max(start, m.start() - 6):m.start()]):
            continue
        if "\n" not in m.group(0) and _ITEM_NUMBER.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
            continue   # '3. Hợp tác, ...': an item's number, not a sentence's end
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        spans.append((pos, end))
    return [part for span in spans for part in _after_header(text, *span)]


_ITEM_NUMBER = re.compile(r"[ \t]*(?:\d{1,2}|[IVX]{1,4})\.")
# a numbered heading on its own line, without a stop ('3. Hợp tác, đào tạo nguồn nhân lực')
_HEADING_LINE = re.compile(r"[ \t]*(?:\d{1,2}|[IVX]{1,4})\.[ \t]+[^\n.;:!?]{2,100}")


def _after_header(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """An upper-case header line ('SỞ KHOA HỌC VÀ CÔNG NGHỆ') ends where the next line begins
    in mixed case, and a numbered heading where the next line begins with a capital: the header is
    not part of the sentence after it."""
    parts, pos = [], start
    for nl in re.finditer(r"\n", text[start:end]):
        line = text[pos:start + nl.start()]
        after = text[start + nl.end():end]
        letters = [c for c in line if c.isalpha()]
        if letters and all(c.isupper() for c in letters) and any(c.islower() for c in after[:40]) or (
                _HEADING_LINE.fullmatch(line) and after[:1].isupper()):
            parts.append((pos, start + nl.start()))
            pos = start + nl.end()
    parts.append((pos, end))
    return [p for p in parts if p[1] > p[0]]


# an agreement cited as the basis of another, or reported as signed earlier:
# 'Căn cứ Biên bản ghi nhớ ngày ... giữa A và B', '... giai đoạn 2018 - 2022 (ký kết ngày 24/5/2018)'
# an agreement cited as a basis, carried out ('thực hiện Thỏa thuận hợp tác giai đoạn 2019 - 2023'), said
# to be signed, or named by its number ('Chương trình phối hợp số 07/CTPH-BKHCN-UBND'): one in force, signed
# a draft spoken of ('thống nhất nội dung dự thảo Chương trình'), not one still to be written ('Xây dựng
# dự thảo Chương trình ..., báo cáo UBND tỉnh trong quý III'): that agreement is only planned
_AS_DRAFT = re.compile(r"(?<!(?i:dựng) )(?<!(?i:dựng)\u00a0)(?i:dự" + WS1 + r"thảo)")
_CITED = re.compile(r"^\W*(?i:căn" + WS1 + r"cứ)|(?i:thực" + WS1 + r"hiện)" + WS1 + r"(?=(?i:thỏa|thoả|chương|biên))"
                    + r"|\((?i:ký|đã" + WS1 + r"ký)[^)]{0,40}\)|(?i:thỏa" + WS1 + r"thuận|thoả"
                    + WS1 + r"thuận|chương" + WS1 + r"trình|biên" + WS1 + r"bản" + WS1 + r"ghi" + WS1 + r"nhớ)"
                    + r"[^.;:\n]{0,40}?" + WS1 + r"(?i:số)" + WS + r"*\d+[/-][A-ZĐ]")


# '... Chương trình hợp tác giai đoạn 2016 - 2020 ký ngày 24/6/2016': the day it was signed, after its period,
# or only its month or year ('ký kết tháng 3/2022', 'ký vào năm 2021')
_SIGNED_ON = re.compile(r"(?<!sẽ )(?i:ký(?:" + WS1 + r"kết)?)" + WS1 + r"(?:(?i:vào)" + WS1 + r")?(?:(?i:ngày)" + WS1
                        + r"\d|(?i:tháng)" + WS1 + r"\d{1,2}(?:/|" + WS1 + r"(?i:năm)" + WS1 + r")(?:19|20)\d{2}|(?i:năm)"
                        + WS1 + r"(?:19|20)\d{2})")


def find_agreements(text: str, start: int, end: int, *, orgs: list[OrgMention], places: list[PlaceMention],
                    people: list[PersonMention], dates: list[DateMention], draft: bool,
                    own_text: bool = True, written: date | None = None) -> list[Agreement]:
    """The agreements a segment speaks of, the one it is about first; others (an earlier
    programme it reports on, a memorandum it cites as its basis) follow, each only from a
    sentence naming it with its parties after 'giữa'. ``own_text`` is False for a text that
    only speaks of an agreement (a letter proposing it): then its signature blocks are not the
    agreement's."""
    found: list[Agreement] = [a for a in [_titled_without_period(text, start, end, orgs, places, draft)] if a and own_text]
    cited: list[Agreement] = []
    reported: list[Agreement] = []
    titled: tuple[int, int, int, int] | None = None   # (y1, y2, start, end): a title's period, no two parties
    for s, e in sentences(text, start, end):
        # of two periods in a sentence, the one an agreement is named with ('Thực hiện Nghị quyết ... giai
        # đoạn 2021 - 2025 ...; tiếp nối Chương trình hợp tác giữa A và B giai đoạn 2018 - 2022')
        # (or one that opens the sentence: 'Giai đoạn 2016 - 2020, A và B đã triển khai Chương trình ...')
        periods = list(PERIOD.finditer(text, s, e))
        before = [text[max(s, text.rfind(";", s, p.start()) + 1):p.start()] for p in periods]
        period = next((p for p, words in zip(periods, before) if _AGREEMENT_NOUN.search(words)
                       or not words.strip(" \t\n*-–")), periods[0] if periods else None)
        # a programme's own title puts 'CHƯƠNG TRÌNH HỢP TÁC' on an upper-case line of its
        # own, split off as a header: the words of cooperation may sit just above the sentence
        # cooperation that is no agreement ('định hướng phối hợp giai đoạn ...') names none: the
        # text's first agreement needs one of its nouns or a signing
        window = max(start, s - 120) if own_text else s
        if not period or not COOPERATION.search(text, window, e) or not found and not (
                _AGREEMENT_NOUN.search(text, window, e) or SIGNED_WORDS.search(text, window, e)):
            if found and not period:
                _cited_without_period(text, s, e, orgs, places, dates, found, cited)
            continue
        # the clause holding the period: an item may list two tasks split by ';'
        clause = max(s, text.rfind(";", s, period.start()) + 1)
        parties = parties_of(text, clause, period.start(), orgs, places)
        if len({p.key for p in parties}) < 2:
            # 'Chương trình ... giai đoạn 2018 - 2022 đã ký kết ngày ... giữa A và B': named after the period
            parties = listed_after_between(text, period.end(), e, orgs, places) or parties
        subjects = False
        if len({p.key for p in parties}) < 2 and not text[clause:period.start()].strip(" \t\n*-–"):
            # 'Giai đoạn 2016 - 2020, A và B đã triển khai Chương trình hợp tác ...': the period opens the
            # sentence, the parties are its subjects
            parties = parties_of(text, period.end(), e, orgs, places) or parties
            subjects = len({p.key for p in parties}) >= 2
        if len({p.key for p in parties}) < 2 and own_text and not found:
            # a title without 'giữa' over 'BÊN A: ...' / 'BÊN B: ...' blocks naming the parties
            parties = party_blocks(text, start, end, orgs, places) or parties
        years = int(period.group("y1") or period.group("f1")), int(period.group("y2") or period.group("f2"))
        keys = sorted({p.key for p in parties})
        same = next((a for a in found if (a.start_year, a.end_year) == years
                     and (a.party_keys == keys or len(keys) < 2)), None)
        if same is not None:
            same.spans.append((s, period.end()))
            if _AS_DRAFT.search(text[s:e]):
                same.draft = True   # 'thống nhất nội dung dự thảo Chương trình ...': still a draft
            continue
        if len(keys) < 2 and own_text and not found and titled is None and not _CITED.search(text[s:e]) \
                and _AGREEMENT_NOUN.search(text, max(start, s - 120), e):
            titled = (*years, s, period.end())
        # 'A và B ký biên bản ghi nhớ giai đoạn 2026 - 2030': the parties are the subjects of the signing
        signing = _SIGN_THE_NOUN.search(text, clause, period.start())
        signers = bool(signing) and not _PLANNED.search(text, clause, signing.start())
        if len(keys) < 2 or (found and not (_AGREEMENT_NOUN.search(text, s, e) and (
                subjects or signers or re.search(r"(?i:giữa)", text[s:e]) or partner_after_noun(text, clause, e)))):
            continue
        title = re.sub(r"\s+", " ", text[s:period.end()]).strip(" *")
        spoken_of_as_draft = bool(_AS_DRAFT.search(text[s:e]))
        agreement = Agreement(parties, *years, [(s, period.end())], title, draft or spoken_of_as_draft, False)
        found.append(agreement)
        if _CITED.search(text[s:e]) or _SIGNED_ON.search(text, period.end(), e):
            cited.append(agreement)
        elif signers and not own_text:
            reported.append(agreement)   # news of a signing reports it done; it may still be the text's own
    if not found and titled:
        # a title with its period over 'giữa' and the parties' names, each line of its own ('BIÊN BẢN GHI
        # NHỚ / VỀ HỢP TÁC ... GIAI ĐOẠN 2019 - 2023 / giữa / SỞ ... / và / VIỆN ...')
        parties = listed_after_between(text, titled[3], min(end, titled[3] + 600), orgs, places)
        if len({p.key for p in parties}) >= 2:
            found = [Agreement(parties, titled[0], titled[1], [(titled[2], titled[3])],
                               re.sub(r"\s+", " ", text[titled[2]:titled[3]]).strip(" *"), draft, False)]
    if not found:
        single = _without_period(text, start, end, orgs, places, draft)
        if single and titled and single.spans[0][0] >= titled[3]:
            # 'CHƯƠNG TRÌNH PHỐI HỢP / Về ... giai đoạn 2023 - 2027' over a preamble 'A và B thống nhất
            # ký kết Chương trình phối hợp ...': the title gives the period, the preamble the parties
            single.start_year, single.end_year = titled[0], titled[1]
            single.spans.insert(0, (titled[2], titled[3]))
        found = [single] if single else []
    for other, signed in _more_without_period(text, start, end, orgs, places, found):
        found.append(other)
        if signed:
            cited.append(other)
    main = next((a for a in found if a not in cited), found[0] if found else None)
    for agreement in found:
        if agreement is main:
            _details(agreement, text, start, end, orgs, [p for p in people if own_text or not p.signature],
                     dates, own_text, written)
            if agreement in cited and not own_text or agreement in reported:
                # a letter's only agreement, cited by its number; news or a report of a signing
                _signed_when_cited(agreement, text, dates)
        elif agreement in cited or agreement in reported:
            _signed_when_cited(agreement, text, dates)
    return ([main] if main else []) + [a for a in found if a is not main]


def _titled_without_period(text: str, start: int, end: int, orgs: list[OrgMention], places: list[PlaceMention],
                           draft: bool) -> Agreement | None:
    """A title naming the parties after 'GIỮA' and no period ('BIÊN BẢN GHI NHỚ / VỀ HỢP TÁC ... / GIỮA
    / ỦY BAN NHÂN DÂN X / VÀ / VIỆN Y'): a memorandum often runs for a term, not a period."""
    title_end = text.find("\n\n", start, end)
    title_end = end if title_end < 0 else title_end
    if title_end - start > 600 or PERIOD.search(text, start, title_end) or not _AGREEMENT_NOUN.search(text, start, title_end):
        return None
    parties = listed_after_between(text, start, title_end, orgs, places)
    if len({p.key for p in parties}) < 2:
        return None
    return Agreement(parties, None, None, [(start, title_end)], re.sub(r"\s+", " ", text[start:title_end]).strip(" *"),
                     draft, False)


def _cited_without_period(text: str, s: int, e: int, orgs: list[OrgMention], places: list[PlaceMention],
                          dates: list[DateMention], found: list[Agreement], cited: list[Agreement]) -> None:
    """'Căn cứ Biên bản ghi nhớ ngày 10/3/2022 giữa A và B': an agreement in force, no period given."""
    if not (_CITED.search(text[s:e]) and _AGREEMENT_NOUN.search(text, s, e) and re.search(r"(?i:giữa)", text[s:e])):
        return
    parties = parties_of(text, s, e, orgs, places)
    keys = sorted({p.key for p in parties})
    if len(keys) < 2 or any(a.party_keys == keys and a.start_year is None for a in found):
        return
    agreement = Agreement(parties, None, None, [(s, e)], re.sub(r"\s+", " ", text[s:e]).strip(" *;"), False, False)
    found.append(agreement)
    cited.append(agreement)


def _signed_when_cited(agreement: Agreement, text: str, dates: list[DateMention]) -> None:
    s, e = agreement.spans[0][0], max(t for _, t in agreement.spans)
    sentence_end = min([m.start() for m in re.finditer(r"[.;\n]", text[e:e + 200])] + [200]) + e
    agreement.signed = True
    agreement.signing_date = agreement.signing_date or next((d for d in dates if s <= d.start < sentence_end and d.value),
                                                            None)


# a signing still to come: proposed, agreed in principle, advised, prepared ('tham mưu UBND tỉnh ký kết ...')
_PLANNED = re.compile(r"(?<![\wÀ-ỹ])(?i:tham" + WS1 + r"mưu|chủ" + WS1 + r"trương|đề" + WS1 + r"xuất|đề" + WS1 + r"nghị|sẽ"
                      + r"|sớm|tiến" + WS1 + r"tới|dự" + WS1 + r"kiến|chuẩn" + WS1 + r"bị|để|nhằm|hướng" + WS1 + r"tới)(?![\wÀ-ỹ])")
_SIGN_THE_NOUN = re.compile(r"(?<!sẽ )(?i:ký(?:" + WS1 + r"kết)?)" + WS1 + r"(?i:thỏa|thoả|chương|biên|hiệp)(?![\wÀ-ỹ])")
_AGREEMENT_NOUN = re.compile(r"(?i:thỏa" + WS1 + r"thuận|thoả" + WS1 + r"thuận|chương" + WS1 + r"trình"
                             + r"|biên" + WS1 + r"bản" + WS1 + r"ghi" + WS1 + r"nhớ|(?:quy" + WS1 + r"chế|kế" + WS1
                             + r"hoạch)" + WS1 + r"phối" + WS1 + r"hợp|hợp" + WS1 + r"đồng|hiệp" + WS1 + r"định)")


def _without_period(text: str, start: int, end: int, orgs: list[OrgMention], places: list[PlaceMention],
                    draft: bool) -> Agreement | None:
    """An agreement reported as signed without its period ('UBND tỉnh A và Trường B ký kết
    Thỏa thuận hợp tác'): news of a signing often gives none. The years stay unknown."""
    for s, e in sentences(text, start, end):
        planned = _TO_DRAW_UP.search(text, s, e)
        if planned:   # 'xây dựng chương trình phối hợp giữa Bộ KH&CN và UBND tỉnh để sớm ký kết'
            parties = listed_after_between(text, planned.start(), e, orgs, places)
            if len({p.key for p in parties}) >= 2:
                return Agreement(parties, None, None, [(s, e)], re.sub(r"\s+", " ", text[s:e]).strip(" *"), draft, False)
        signed = SIGNED_WORDS.search(text[s:e]) or re.search(r"(?i:ký" + WS1 + r"kết)", text[s:e])
        if not signed or not _AGREEMENT_NOUN.search(text, s + signed.start(), e) \
                or re.search(r"(?i:dự" + WS1 + r"kiến|sẽ|đề" + WS1 + r"nghị|chuẩn" + WS1 + r"bị)" + WS1
                             + r"(?:tổ" + WS1 + r"chức" + WS1 + r")?(?:lễ" + WS1 + r")?ký", text[s:e]):
            continue
        parties = parties_of(text, s, e, orgs, places)
        if len({p.key for p in parties}) >= 2:
            title = re.sub(r"\s+", " ", text[s:e]).strip(" *")
            return Agreement(parties, None, None, [(s, e)], title, draft, False)
    return None


# an agreement to be drawn up between two named parties, before any draft or signing
_TO_DRAW_UP = re.compile(r"(?i:xây" + WS1 + r"dựng|soạn" + WS1 + r"thảo)" + WS1 + _AGREEMENT_NOUN.pattern
                         + r"[^.;]{0,60}?" + WS1 + r"(?i:giữa)" + WS1)
_SIGNED_NOUN = re.compile(r"(?i:đã|vừa)" + WS1 + r"(?:(?i:tổ" + WS1 + r"chức" + WS1 + r")?(?i:lễ)" + WS1 + r")?"
                          + r"(?i:ký" + WS1 + r"kết|ký|trao)" + WS1 + r"(?=" + _AGREEMENT_NOUN.pattern + r")")


def _more_without_period(text: str, start: int, end: int, orgs: list[OrgMention],
                         places: list[PlaceMention], found: list[Agreement]) -> list[tuple[Agreement, bool]]:
    """Further agreements a text reports as signed without a period ('Cũng trong dịp này, A và B
    đã ký kết thỏa thuận hợp tác về ...', 'Sở ký biên bản ghi nhớ với Công ty X'), or as agreed to be
    signed ('A và B thống nhất sẽ ký kết thỏa thuận ...'), each with whether it was signed. A sentence
    that only names the agreements already found again (perhaps one party in a shorter form) is not
    another: a new one brings a body not yet a party."""
    more: list[Agreement] = []
    out: list[tuple[Agreement, bool]] = []
    for s, e, subject in _clauses(text, start, end, orgs, places):
        if PERIOD.search(text, s, e):
            continue
        signed = _SIGNED_NOUN.search(text, s, e)
        bare = _SIGN_THE_NOUN.search(text, s, e) if not signed else None
        if bare and not _PLANNED.search(text, s, bare.start()) and not re.search(
                r"(?i:thống" + WS1 + r"nhất)" + WS1 + r"$", text[max(s, bare.start() - 12):bare.start()]):
            # 'A ký biên bản ghi nhớ với B': news tells a signing in the present ('A và B thống nhất ký kết
            # Chương trình' opens the programme's own text, whose agreement is already found)
            signed = bare
        planned = _TO_SIGN.search(text, s, e) if not signed else None
        if not signed and not planned:
            continue
        # 'trao biên bản ghi nhớ giữa Trung tâm A với Trung tâm B': bodies listed after 'giữa' are the
        # parties, centres too
        parties = listed_after_between(text, s, e, orgs, places, centres=True) or parties_of(text, s, e, orgs, places)
        if len({p.key for p in parties}) == 1 and subject is not None and subject.key != parties[0].key:
            parties = [subject, *parties]   # '...; dự kiến sẽ ký kết chương trình hợp tác với B': A still the subject
        # '...; đồng thời A trao biên bản ghi nhớ hợp tác với 2 doanh nghiệp: B và C': one with each
        for pair in [parties] + with_each_partner(text, s, e, orgs, places):
            keys = {p.key for p in pair}
            known = {k for a in found + more for k in a.party_keys}
            if len(keys) < 2 or keys <= known:
                continue
            title = re.sub(r"\s+", " ", text[s:e]).strip(" *")
            more.append(Agreement(pair, None, None, [(s, e)], title, False, False))
            out.append((more[-1], bool(signed)))
    return out


def _clauses(text: str, start: int, end: int, orgs: list[OrgMention],
             places: list[PlaceMention]) -> list[tuple[int, int, OrgMention | None]]:
    """Each sentence without a period whole; one with a period split at ';', its clauses each with the
    subject of the clause before it: a clause after ';' may speak of another agreement and leave its
    subject unwritten ('A đã ký kết ... với B giai đoạn 2023 - 2027; dự kiến sẽ ký kết ... với C')."""
    out: list[tuple[int, int, OrgMention | None]] = []
    for s, e in sentences(text, start, end):
        if not PERIOD.search(text, s, e):
            out.append((s, e, None))
            continue
        cuts = [s] + [s + m.end() for m in re.finditer(";", text[s:e])] + [e]
        subject: OrgMention | None = None
        for cs, ce in zip(cuts, cuts[1:]):
            out.append((cs, ce, subject))
            verb = _SIGN_VERB.search(text, cs, ce)
            before = parties_of(text, cs, verb.start(), orgs, places) if verb else []
            subject = before[0] if len(before) == 1 else None
    return out


# a signing agreed for later ('thống nhất sẽ ký kết thỏa thuận', 'sẽ hoàn thiện, ký kết Thỏa thuận')
_TO_SIGN = re.compile(r"(?<![\wÀ-ỹ])(?i:sẽ|dự" + WS1 + r"kiến)" + WS1 + r"(?:[^.;]{0,30}?" + WS1 + r")?(?i:ký(?:" + WS1
                      + r"kết)?)" + WS1 + r"(?=" + _AGREEMENT_NOUN.pattern + r")")


def _details(agreement: Agreement, text: str, start: int, end: int, orgs: list[OrgMention],
             people: list[PersonMention], dates: list[DateMention], own_text: bool,
             written: date | None = None) -> None:
    agreement.clauses = find_clauses(text, start, end, orgs)
    declared = DECLARED.search(text, start, end)
    if declared:
        agreement.declared_clauses = (count_value(declared.group("n")), declared.start(), declared.end())
    fields = FIELDS.search(text, start, end)
    if fields:
        agreement.declared_fields = (count_value(fields.group("n")), fields.start(), fields.start("list"))
        agreement.fields = [f.strip(" .") for f in fields.group("list").split(";") if f.strip(" .")]
    if agreement.draft:
        agreement.intended = [p for p in people if p.signature and start <= p.start < end]
        return
    for s, e in sentences(text, start, end):
        signed = SIGNED_WORDS.search(text[s:e]) or (_TODAY.search(text[s:e]) if own_text else None)
        verb = _SIGN_VERB.search(text, s, e)
        if verb and not signed:
            # a caption 'A và B ký kết chương trình hợp tác': its people before the verb sign
            agreement.signatories += [p for p in _named_again(text, s, verb.start(), people)
                                      if p.name not in {q.name for q in agreement.signatories}]
        if not signed:
            continue
        agreement.signed = True
        if not _ATTENDED.search(text[s:e]):
            agreement.signatories += [p for p in people if s <= p.start < e and p.title
                                      and p.name not in {q.name for q in agreement.signatories}]
        if agreement.signing_date is None:
            # the date nearest the words of signing: a sentence may run on from a header
            # carrying the document's own date
            near = sorted((d for d in dates if s <= d.start < e and d.value),
                          key=lambda d: abs(d.start - (s + signed.start())))
            agreement.signing_date = near[0] if near else _day_and_month(text, s, e, written)
        if agreement.signing_place is None:
            at = _PLACE_AT.search(text, s, e)
            if at:
                agreement.signing_place = (at.start("place"), at.end("place"))
    blocks = [p for p in people if p.signature and start <= p.start < end]
    agreement.signatories += [p for p in blocks if p.name not in {q.name for q in agreement.signatories}]
    if blocks and own_text:
        agreement.signed = True   # a programme text with its signatories' names under the blocks
    if agreement.signed and own_text and agreement.signing_date is None:
        _dated_by_its_place_date_line(agreement, text, start, end, dates)


def _named_again(text: str, s: int, e: int, people: list[PersonMention]) -> list[PersonMention]:
    """The people named in [s, e): found there, or introduced earlier and named again by their
    full name ('Chủ tịch UBND tỉnh A' after 'A, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh'); of a
    person shown in two posts, the post written just before the name."""
    named: list[PersonMention] = []
    for name in dict.fromkeys(p.name for p in people if p.title):
        at = re.search(r"(?<![\wÀ-ỹ])" + re.escape(name).replace(r"\ ", WS1) + r"(?![\wÀ-ỹ])", text[s:e])
        if at is None:
            continue
        posts = [p for p in people if p.name == name and p.title]
        before = fold(text[max(s, s + at.start() - 60):s + at.start()])
        written = [p for p in posts if fold(p.title.replace("-", " ")) in before]
        named.append(max(written, key=lambda p: before.rfind(fold(p.title.replace("-", " "))))
                     if written else posts[0])
    return named


def _day_and_month(text: str, s: int, e: int, written: date | None) -> DateMention | None:
    """'Sáng 13/4' in a text written on 14/4/2023 is 13/4/2023; a later day and month is of the year before."""
    m = _DAY_MONTH.search(text, s, e)
    if m is None or written is None:
        return None
    try:
        when = date(written.year, int(m.group("m")), int(m.group("d")))
        when = when if when <= written else date(written.year - 1, when.month, when.day)
    except ValueError:
        return None
    return DateMention(m.start("d"), m.end(), when, when.year, when.month)


# a signed text's place-date line ('Đồng Hới, ngày 26 tháng 3 năm 2021'), in its header or over the
# signature blocks: the text is dated when it is signed
_PLACE_DATE_LINE = re.compile(r"^[ \t*]*(?P<place>[A-ZĐÀ-Ỹ][^\n,;:.]{1,40}?)" + WS + r"*," + WS + r"*(?=ngày" + WS1 + r"\d)",
                              re.M)


def _dated_by_its_place_date_line(agreement: Agreement, text: str, start: int, end: int,
                                  dates: list[DateMention]) -> None:
    for line in _PLACE_DATE_LINE.finditer(text, start, end):
        when = next((d for d in dates if d.start == line.end() and d.value), None)
        if when is not None:
            agreement.signing_date = when
            if agreement.signing_place is None:
                agreement.signing_place = (line.start("place"), line.end("place"))
            return


__all__ = ["Agreement", "Clause", "PERIOD", "find_agreements", "find_clauses", "sentences"]   # clauses re-exported
