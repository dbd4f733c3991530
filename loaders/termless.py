"""Agreements named without a period: a memorandum titled with its parties, a contract, one cited
as a basis, one reported signed or to be signed ('A và B ký kết Thỏa thuận hợp tác')."""

from __future__ import annotations

import re

from vnst.loaders.agreementtext import (AGREEMENT_NOUN, CITED, PERIOD, PLANNED, SIGN_THE_NOUN, SIGN_VERB, SIGNED_WORDS,
                                        TO_SIGN, Agreement, period_years, sentences)
from vnst.loaders.kinds import AGREEMENT_TITLE
from vnst.loaders.orgs import OrgMention
from vnst.loaders.parties import listed_after_between, listed_subjects, parties_of, party_blocks, with_each_partner
from vnst.loaders.places import PlaceMention
from vnst.loaders.vietnamese import LOWER, NUMBER_WORD, WS, WS1, DateMention
from vnst.textnorm import collapse_spaces, fold


def titled_without_period(text: str, start: int, end: int, orgs: list[OrgMention], places: list[PlaceMention],
                           draft: bool) -> Agreement | None:
    """A title naming the parties after 'GIỮA' and no period ('BIÊN BẢN GHI NHỚ / VỀ HỢP TÁC ... / GIỮA
    / ỦY BAN NHÂN DÂN X / VÀ / VIỆN Y'): a memorandum often runs for a term, not a period."""
    # (under an issuing header and the motto, the title opens its own paragraph: 'QUY CHẾ PHỐI HỢP' / 'giữa A và B')
    titled = AGREEMENT_TITLE.search(text, start, min(end, start + 1500))
    start = titled.start() if titled and titled.start() > start and text.endswith("\n\n", 0, titled.start()) else start
    title_end = text.find("\n\n", start, end)
    title_end = end if title_end < 0 else title_end
    # ('BẢN GHI NHỚ HỢP TÁC' / '(Bản tiếng Việt)' / blank / 'GIỮA' / ...: the parties' block after a blank line; or
    # 'GIỮA VIỆN X VÀ VIỆN Y' on one line, under a title glossed in English)
    # (or after the title's subject, 'Về đào tạo ...', and its English gloss; 'GIỮA / BETWEEN' in a bilingual text)
    between = _BETWEEN_BLOCK.match(text, title_end)
    if between:
        title_end = text.find("\n\n", between.end(), end)
        title_end = end if title_end < 0 else title_end
    if title_end - start > 600 or PERIOD.search(text, start, title_end) or not AGREEMENT_NOUN.search(text, start, title_end):
        return None
    parties = listed_after_between(text, start, title_end, orgs, places)
    if len({p.key for p in parties}) < 2:
        return None
    # ('Thỏa thuận có hiệu lực 05 năm, từ ngày 22/3/2024 đến hết ngày 21/3/2029': the term its article states)
    term = _TERM_STATED.search(text, title_end, end)
    years = _term_years(term)
    return Agreement(parties, *years, [(start, title_end)], re.sub(r"\s+", " ", text[start:title_end]).strip(" *"),
                     draft, False)


_CONTRACT_TITLE = re.compile(r"^[ \t*]*HỢP" + WS1 + r"ĐỒNG\b[^\n]*", re.M)
# a report on a technology transfer contract, the contract named in its subject ('Tình hình thực hiện Hợp đồng chuyển
# giao công nghệ sản xuất ...')
_TRANSFER_CONTRACT = re.compile(r"(?<![\wÀ-ỹ])[Hh]ợp" + WS1 + r"đồng" + WS1 + r"chuyển" + WS1 + r"giao" + WS1 + r"công" + WS1
                                + r"nghệ(?:" + WS1 + r"[^\n.;:]{3,120})?")
# a contract's term from day to day
_DAY = r"(?i:ngày)" + WS1 + r"\d{1,2}(?:/\d{1,2}/|" + WS1 + r"(?i:tháng)" + WS1 + r"\d{1,2}" + WS1 + r"(?i:năm)" + WS1 + r")"
_TERM_IN_DAYS = re.compile(r"(?<![\wÀ-ỹ])(?i:từ)" + WS1 + _DAY + r"(?P<y1>(?:19|20)\d{2})" + WS1 + r"(?i:đến)" + WS1
                           + r"(?:(?i:hết)" + WS1 + r")?" + _DAY + r"(?P<y2>(?:19|20)\d{2})")


_BETWEEN_BLOCK = re.compile(r"\n\s*\n(?:[ \t]*[^\s\n][^\n]{0,200}\n(?:[ \t]*[^\s\n][^\n]{0,200}\n)?[ \t]*\n){0,1}[ \t]*"
                            r"(?:GIỮA|Giữa)(?:[ \t]*/[ \t]*(?:BETWEEN|Between))?(?:[ \t]*\n|[ \t]+(?=[A-ZĐ]))")
_TERM_STATED = re.compile(r"(?i:hiệu" + WS1 + r"lực|thời" + WS1 + r"hạn)[^\n.;]{0,40}?" + _TERM_IN_DAYS.pattern)


def _term_years(term: re.Match[str] | None) -> tuple[int | None, int | None]:
    return (int(term.group("y1")), int(term.group("y2"))) if term else (None, None)


def contract(text: str, start: int, end: int, orgs: list[OrgMention], places: list[PlaceMention],
              draft: bool) -> Agreement | None:
    """A contract ('HỢP ĐỒNG THỰC HIỆN NHIỆM VỤ ...') between the sides its preamble labels ('Bên đặt hàng
    (Bên A): ...'), for the term it states ('từ tháng 3/2023 đến tháng 02/2025'); it speaks of no
    cooperation, so no sentence names it as the agreements found below do."""
    title = _CONTRACT_TITLE.search(text, start, min(end, start + 1500))
    parties = party_blocks(text, start, end, orgs, places) if title else []
    if not parties:
        return None
    period = PERIOD.search(text, title.end(), end)
    years = period_years(period) if period else (None, None)
    term = _TERM_IN_DAYS.search(text, title.end(), end) if period is None else None
    if term:   # 'Hợp đồng có thời hạn 36 tháng, kể từ ngày 01/9/2025 đến hết ngày 31/8/2028'
        years = _term_years(term)
    return Agreement(parties, *years, [(title.start(), title.end())], collapse_spaces(title.group(0)).strip(" *"),
                     draft, False)


# '(Hợp đồng số 12/2022/HĐCGCN) ký ngày 15/8/2022', 'đã ký kết ngày ...': the contract reported was signed, on that day
_SIGNED_ON = re.compile(r"(?<![\wÀ-ỹ])(?:đã" + WS1 + r")?ký(?:" + WS1 + r"kết)?" + WS1 + r"(?:vào" + WS1 + r")?(?=ngày)")


def reported_contract(text: str, start: int, end: int, orgs: list[OrgMention], places: list[PlaceMention],
                      dates: list[DateMention]) -> Agreement | None:
    """A technology transfer contract a report or minutes speak of ('Tình hình thực hiện Hợp đồng chuyển giao công
    nghệ ...'), its sides labelled as the contract labels them ('1. Bên giao công nghệ: Viện X')."""
    subject = _TRANSFER_CONTRACT.search(text, start, min(end, start + 1500))
    parties = party_blocks(text, start, end, orgs, places) if subject else []
    if not parties:
        return None
    signed = _SIGNED_ON.search(text, start, end)
    on = next((d for d in dates if signed and signed.end() <= d.start <= signed.end() + 5 and d.value), None)
    # ('Thời hạn hợp đồng: từ ngày 25/3/2022 đến ngày 24/3/2025': its term, as a contract's own text gives it)
    term = _TERM_IN_DAYS.search(text, subject.end(), end)
    years = _term_years(term)
    return Agreement(parties, *years, [(subject.start(), subject.end())], collapse_spaces(subject.group(0)), False,
                     signed is not None, signing_date=on)


def cited_without_period(text: str, s: int, e: int, orgs: list[OrgMention], places: list[PlaceMention],
                          dates: list[DateMention], found: list[Agreement], cited: list[Agreement]) -> None:
    """'Căn cứ Biên bản ghi nhớ ngày 10/3/2022 giữa A và B': an agreement in force, no period given."""
    if not (CITED.search(text[s:e]) and AGREEMENT_NOUN.search(text, s, e) and re.search(r"(?i:giữa)", text[s:e])):
        return
    parties = parties_of(text, s, e, orgs, places)
    keys = sorted({p.key for p in parties})
    if len(keys) < 2 or any(a.party_keys == keys and a.start_year is None for a in found):
        return
    # ('Chương trình hợp tác số 312/... giữa A và B được ký ngày 22/3/2016' in the report on their 2016 - 2020 programme:
    # that one, signed in a year of its period)
    # (of the same kind: a memorandum signed in the first year of the programme that follows it is another text)
    years = {d.year for d in dates if s <= d.start < e and d.year}
    noun = AGREEMENT_NOUN.search(text, s, e)
    same = [a for a in found if a.party_keys == keys and a.start_year and a.end_year
            and any(a.start_year <= y <= a.end_year for y in years)
            and (kind := AGREEMENT_NOUN.search(a.title)) and noun and fold(kind.group(0)) == fold(noun.group(0))]
    if len(same) == 1:
        same[0].spans.append((s, e))
        return
    agreement = Agreement(parties, None, None, [(s, e)], re.sub(r"\s+", " ", text[s:e]).strip(" *;"), False, False)
    found.append(agreement)
    cited.append(agreement)


_ANOTHER_DOCUMENT = re.compile(r"(?:(?<![\wÀ-ỹ])(?i:và)|,)" + WS1 + r"(?:Biên" + WS1 + r"bản|Quyết" + WS1 + r"định|Nghị"
                               + WS1 + r"quyết|Kế" + WS1 + r"hoạch|Công" + WS1 + r"văn|Thông" + WS1 + r"báo)(?![\wÀ-ỹ])")


def signed_when_cited(agreement: Agreement, text: str, dates: list[DateMention]) -> None:
    s, e = agreement.spans[0][0], max(t for _, t in agreement.spans)
    sentence_end = min([m.start() for m in re.finditer(r"[.;\n]", text[e:e + 200])] + [200]) + e
    # '... giai đoạn 2016 - 2020 và Biên bản làm việc ngày 02/3/2021': the date of another document cited beside it
    other = _ANOTHER_DOCUMENT.search(text, e, sentence_end)
    sentence_end = other.start() if other else sentence_end
    agreement.signed = True
    agreement.signing_date = agreement.signing_date or next((d for d in dates if s <= d.start < sentence_end and d.value),
                                                            None)


def without_period(text: str, start: int, end: int, orgs: list[OrgMention], places: list[PlaceMention],
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
        # ('Thỏa thuận hợp tác đã ký kết ngày 12/8/2025 giữa A và B': the agreement named before its signing)
        named_before = signed and AGREEMENT_NOUN.search(text, max(s, s + signed.start() - 60), s + signed.start()) \
            and re.search(r"(?i:giữa)" + WS1, text[s + signed.end():e])
        if not signed or not (AGREEMENT_NOUN.search(text, s + signed.start(), e) or named_before) \
                or re.search(r"(?i:dự" + WS1 + r"kiến|sẽ|đề" + WS1 + r"nghị|chuẩn" + WS1 + r"bị)" + WS1
                             + r"(?:tổ" + WS1 + r"chức" + WS1 + r")?(?:lễ" + WS1 + r")?ký", text[s:e]):
            continue
        parties = _of_the_clause(text, s, e, signed, orgs, places, offset=s)
        if len({p.key for p in parties}) >= 2:
            title = re.sub(r"\s+", " ", text[s:e]).strip(" *")
            return Agreement(parties, None, None, [(s, e)], title, draft, False)
    return None


# an agreement to be drawn up between two named parties, before any draft or signing
_TO_DRAW_UP = re.compile(r"(?i:xây" + WS1 + r"dựng|soạn" + WS1 + r"thảo)" + WS1 + AGREEMENT_NOUN.pattern
                         + r"[^.;]{0,60}?" + WS1 + r"(?i:giữa)" + WS1)
_SIGNED_NOUN = re.compile(r"(?i:đã|vừa)" + WS1 + r"(?:(?i:tổ" + WS1 + r"chức" + WS1 + r")?(?i:lễ)" + WS1 + r")?"
                          + r"(?i:ký" + WS1 + r"kết|ký|trao)" + WS1 + r"(?:(?:\d{1,2}|" + NUMBER_WORD + r")" + WS1 + r")?"
                          + r"(?=" + AGREEMENT_NOUN.pattern + r")")   # (or several: 'đã ký 04 biên bản ghi nhớ')


# a signing named by the verb alone, with the partner after it ('...; ký kết hợp tác với Trường Đại học X về ...')
_SIGNED_TO_COOPERATE = re.compile(r"(?<![\wÀ-ỹ])(?<!sẽ )(?i:ký" + WS1 + r"kết)" + WS1 + r"(?i:hợp" + WS1 + r"tác)" + WS1
                                  + r"(?=(?i:với)" + WS1 + r")")
# the agreement named, then when it is to be signed ('chương trình hợp tác giữa tỉnh và Viện, dự kiến ký trong quý I/2026')
_SIGNED_LATER = re.compile(AGREEMENT_NOUN.pattern + r"[^.;]{0,120}?(?i:dự" + WS1 + r"kiến|sẽ)" + WS1 + r"(?i:ký(?:" + WS1
                           + r"kết)?)" + WS1 + r"(?i:trong|vào|năm|quý|tháng|dịp)(?![\wÀ-ỹ])")


_PERMITTED = re.compile(r"(?<![\wÀ-ỹ])(?i:cho" + WS1 + r"phép)" + WS1)


def more_without_period(text: str, start: int, end: int, orgs: list[OrgMention],
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
        bare = SIGN_THE_NOUN.search(text, s, e) if not signed else None
        cooperate = _SIGNED_TO_COOPERATE.search(text, s, e) if not (signed or bare) else None
        if cooperate and subject is None and not PLANNED.search(text, s, cooperate.start()):
            # 'A đang hợp tác với B, C trong ...; ký kết hợp tác với D về ...': a signing by the verb alone, read
            # only when its clause names the one partner after 'với'
            parties = _signed_in_a_later_clause(text, s, e, cooperate, orgs, places)
            keys = {p.key for p in parties}
            if len(keys) == 2 and not any(keys <= set(a.party_keys) for a in found + more):
                more.append(Agreement(parties, None, None, [(s, e)], re.sub(r"\s+", " ", text[s:e]).strip(" *"), False, False))
                out.append((more[-1], True))
            continue
        if bare and not PLANNED.search(text, s, bare.start()) and not re.search(
                r"(?i:thống" + WS1 + r"nhất)" + WS1 + r"$", text[max(s, bare.start() - 12):bare.start()]):
            # 'A ký biên bản ghi nhớ với B': news tells a signing in the present ('A và B thống nhất ký kết
            # Chương trình' opens the programme's own text, whose agreement is already found)
            signed = bare
        planned = (TO_SIGN.search(text, s, e) or _SIGNED_LATER.search(text, s, e)) if not signed else None
        if not signed and not planned:
            continue
        if _PERMITTED.search(text, s, (signed or planned).start()):
            continue   # 'Quyết định ... cho phép Viện X ký kết biên bản ghi nhớ ...': who permits the signing is no party
        # 'trao biên bản ghi nhớ giữa Trung tâm A với Trung tâm B': bodies listed after 'giữa' are the
        # parties, centres too
        parties = (listed_after_between(text, s, e, orgs, places, centres=True)
                   or _of_the_clause(text, s, e, signed or planned, orgs, places))
        if len({p.key for p in parties}) == 1 and subject is not None and subject.key != parties[0].key:
            parties = [subject, *parties]   # '...; dự kiến sẽ ký kết chương trình hợp tác với B': A still the subject
        # '...; đồng thời A trao biên bản ghi nhớ hợp tác với 2 doanh nghiệp: B và C': one with each
        each = with_each_partner(text, s, e, orgs, places)
        for pair in [parties] + each:
            keys = {p.key for p in pair}
            same = next((a for a in found if set(a.party_keys) == keys), None) if pair in each and signed else None
            if same is not None:
                # ('Lễ ký kết ... với 05 đơn vị gồm: A, B, C': the signing of one of them already found by its period)
                out.append((same, True))
                continue
            known = {k for a in found + more for k in a.party_keys}
            # (nor one that names two parties of one found: that agreement again, its list run on past them)
            again = any(len(keys & set(a.party_keys)) >= 2 or _the_provinces_of(pair, a) for a in found + more)
            if len(keys) < 2 or keys <= known or again:
                continue
            title = re.sub(r"\s+", " ", text[s:e]).strip(" *")
            more.append(Agreement(pair, None, None, [(s, e)], title, False, False))
            out.append((more[-1], bool(signed)))
    return out


def _signed_in_a_later_clause(text: str, s: int, e: int, signed: re.Match[str], orgs: list[OrgMention],
                              places: list[PlaceMention]) -> list[OrgMention]:
    """'A đang hợp tác với B, C, D trong ...; ký kết hợp tác với E về ...': a signing in a clause after ';' with one
    partner, by the body that opens the sentence."""
    cs = text.rfind(";", s, signed.start()) + 1
    if cs <= s:
        return []
    ce = text.find(";", signed.end(), e)
    # (the partner right after the verb's 'với': 'ký kết hợp tác với E')
    partners = parties_of(text, cs, e if ce < 0 else ce, orgs, places) or [
        o for o in orgs if re.fullmatch(WS + r"*(?i:với)" + WS1, text[signed.end():o.start])][:1]
    opening = next((o for o in orgs if o.start >= s and not text[s:o.start].strip(" \t\n-–•+*")), None)
    if len({p.key for p in partners}) != 1 or opening is None or opening.key == partners[0].key:
        return []
    return [opening, partners[0]]


def _the_provinces_of(pair: list[OrgMention], agreement: Agreement) -> bool:
    """A headline's provinces as the signers ('Tuyên Quang, Hà Giang, Yên Bái ký kết chương trình hợp tác')
    of an agreement whose parties are bodies of those provinces (their departments of S&T): the same one."""
    places = {p.name.removeprefix("Ủy ban nhân dân ") for p in pair if p.cls == "PeoplesCommittee"}
    return len(places) == len(pair) and all(any(q.name.endswith(" " + place) for q in agreement.parties)
                                            for place in places)


# a list of the texts signed at a ceremony, opened by the signing ('các bên đã ký kết:', 'Các văn bản được ký
# kết gồm:'), one per numbered line
# ('17 hợp đồng ... đã được ký kết với tổng giá trị 96,5 tỷ đồng. Tiêu biểu:': the list gives some of them)
# ('... được ký kết với tổng giá trị 186,5 tỷ đồng, tăng gần 30% so với năm 2021. Một số thỏa thuận tiêu biểu:')
# (the sentence may wrap once, going on in lower case: '... ký kết 7 hợp đồng chuyển giao công' / 'nghệ ..., gồm:')
_SIGNED_LIST = re.compile(r"(?i:ký" + WS1 + r"kết|ký)[^\n]{0,100}?(?:\n(?=[a-zà-ỹđ\d])[^\n]{0,100}?)?(?:\.[ \t]*[^\n.:]{0,30}?(?i:tiêu" + WS1 + r"biểu|cụ" + WS1
                          + r"thể|trong" + WS1 + r"đó|gồm)[^\n.:]{0,20})?:[ \t]*$", re.M)
# (or a heading over them: 'II. CÁC HỢP ĐỒNG ĐÃ KÝ KẾT', its items each with the partner the author signed with)
_SIGNED_HEADING = re.compile(r"^[ \t*]*(?:[IVX]{1,4}[.)][ \t]+)?[^\n" + LOWER + r"]{0,60}?ĐÃ[ \t]+KÝ(?:[ \t]+KẾT)?[ \t*]*:?[ \t]*$",
                             re.M)
_ITEM_VERB = re.compile(WS1 + r"(?:(?:đã|cùng)" + WS1 + r")?(?i:ký|trao|hợp" + WS1 + r"tác|phối" + WS1 + r"hợp|chuyển" + WS1
                        + r"giao)(?![\wÀ-ỹ])")
# the partner an item's one subject signed with or transferred to ('A ký hợp đồng ... với B', 'A chuyển giao ... cho B')
_PARTNER = re.compile(r"(?<![\wÀ-ỹ])(?:với|cho)" + WS1)
# (an item may wrap onto the next line, which opens with no mark of its own)
_LIST_ITEM = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-–+•])[ \t]+[^\n]*(?:\n(?![ \t]*(?:\d{1,2}[.)]|[-–+•])[ \t])[ \t]*\S[^\n]*)*")


# an item that names an agreement with one partner ('• Thỏa thuận hợp tác toàn diện với Ủy ban nhân dân tỉnh X, ...')
_WITH_ONE_PARTNER = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-–+•])[ \t]+" + AGREEMENT_NOUN.pattern + r"[^\n,;:()]{0,60}?"
                               + r"(?:\n[^\n,;:()]{0,40}?)?" + WS1 + r"(?i:với)" + WS1)   # (its date may wrap: 'ký ngày' / '25/10/2024')


def _past_blank_lines(text: str, pos: int, end: int) -> int:
    while pos < end and text.startswith("\n", pos):
        pos += 1
    return pos


def listed_as_signed(text: str, start: int, end: int, orgs: list[OrgMention], places: list[PlaceMention],
                     found: list[Agreement], *, issuer: OrgMention | None = None) -> list[tuple[Agreement, bool]]:
    """The agreements a list under a signing names, each between its listed parties ('2. Biên bản ghi nhớ
    giữa A và B về ...'), signed; one already found from its period is marked signed, not found again. Under a
    heading that names no signer ('II. CÁC HỢP ĐỒNG ĐÃ KÝ KẾT'), an item's one partner signed with ``issuer``."""
    out: list[tuple[Agreement, bool]] = []
    intros = sorted([*_SIGNED_LIST.finditer(text, start, end), *_SIGNED_HEADING.finditer(text, start, end)],
                    key=lambda m: m.start())
    for intro in intros:
        if PLANNED.search(text, text.rfind("\n", 0, intro.start()) + 1, intro.start()):
            continue
        pos = intro.end() + 1
        # (the items may stand a blank line apart, as a news page sets its paragraphs)
        while pos < end and (item := _LIST_ITEM.match(text, _past_blank_lines(text, pos, end), end)):
            s, e = item.start(), item.end()
            pos = e + 1
            parties = listed_after_between(text, s, e, orgs, places, centres=True)
            if not parties:   # '- A và B ký biên bản ghi nhớ về ...', '- A và B hợp tác về ...': the item's subjects
                verb = _ITEM_VERB.search(text, s, e)
                parties = listed_subjects(text, s, verb.start(), orgs, places) if verb else []
                if len({p.key for p in parties}) == 1:
                    partner = next((o for m in _PARTNER.finditer(text, verb.end(), e) for o in orgs if o.start == m.end()),
                                   None)
                    parties = parties + [partner] if partner is not None else parties
            if not parties and (partner := _WITH_ONE_PARTNER.match(text, s, e)):
                # '• Thỏa thuận hợp tác với UBND tỉnh X, ký ngày ...' under 'A đã ký kết 06 văn bản ..., cụ thể:': A's with X
                line = text.rfind("\n", 0, intro.start()) + 1
                signer = listed_subjects(text, line, intro.start(), orgs, places)
                signer = [issuer] if not signer and issuer is not None and _SIGNED_HEADING.match(text, intro.start()) else signer
                named_with = next((o for o in orgs if o.start == partner.end()), None)
                parties = [signer[0], named_with] if len(signer) == 1 and named_with is not None else []
            keys = sorted({p.key for p in parties})
            # (the list's opening line may say what each item is: '5 biên bản ghi nhớ đã được ký kết, gồm:')
            # ('... đã ký kết 7 hợp đồng chuyển giao công nghệ ..., gồm:': the noun after the verb too)
            named = AGREEMENT_NOUN.search(text, s, e) or AGREEMENT_NOUN.search(text, text.rfind("\n", 0, intro.start()) + 1,
                                                                              intro.end())
            if len(keys) < 2 or not named:
                continue
            known = next((a for a in found if a.party_keys == keys), None)
            if known is not None:
                out.append((known, True))
                continue
            period = PERIOD.search(text, s, e)
            years = period_years(period) if period else (None, None)
            out.append((Agreement(parties, *years, [(s, e)], collapse_spaces(text[s:e]).strip(" *"), False, False), True))
    return out


def _of_the_clause(text: str, s: int, e: int, signing: re.Match[str], orgs: list[OrgMention], places: list[PlaceMention],
                   *, offset: int = 0) -> list[OrgMention]:
    """The parties of a signing told in one clause of a sentence of several ('Năm 2019, A ban hành ...; tháng 9/2022,
    B ký thỏa thuận với C; ...'), else of the sentence."""
    clause = max(s, text.rfind(";", s, offset + signing.start()) + 1)
    parties = parties_of(text, clause, e, orgs, places) if clause > s else []
    return parties if len({p.key for p in parties}) >= 2 else parties_of(text, s, e, orgs, places)


def _clauses(text: str, start: int, end: int, orgs: list[OrgMention],
             places: list[PlaceMention]) -> list[tuple[int, int, OrgMention | None]]:
    """Each sentence without a period whole, unless it tells two signings; one with a period split at ';',
    its clauses each with the subject of the clause before it: a clause after ';' may speak of another
    agreement and leave its subject unwritten ('A đã ký kết ... với B giai đoạn 2023 - 2027; dự kiến sẽ ký
    kết ... với C')."""
    out: list[tuple[int, int, OrgMention | None]] = []
    for s, e in sentences(text, start, end):
        cuts = [s] + [s + m.end() for m in re.finditer(";", text[s:e])] + [e]
        # '...; B trao thư ghi nhớ với C': two signings, each in its clause
        signings = sum(1 for cs, ce in zip(cuts, cuts[1:]) if SIGN_THE_NOUN.search(text, cs, ce)
                       or _SIGNED_NOUN.search(text, cs, ce))
        if not PERIOD.search(text, s, e) and signings < 2:
            out.append((s, e, None))
            continue
        subject: OrgMention | None = None
        for cs, ce in zip(cuts, cuts[1:]):
            out.append((cs, ce, subject))
            verb = SIGN_VERB.search(text, cs, ce)
            before = parties_of(text, cs, verb.start(), orgs, places) if verb else []
            subject = before[0] if len(before) == 1 else None
    return out




# a memorandum's term instead of a period ('có giá trị trong thời hạn 05 (năm) năm', 'có hiệu lực 3 năm')
_TERM = re.compile(r"(?i:thời" + WS1 + r"hạn|có" + WS1 + r"giá" + WS1 + r"trị|có" + WS1 + r"hiệu" + WS1 + r"lực)[^.;\n]{0,40}?"
                   # (not a date's month: 'có hiệu lực từ ngày 15 tháng 10 năm 2019')
                   r"(?<![\d/])(?<!tháng[ \u00a0])(?P<n>\d{1,2})" + WS1 + r"(?:\([^()\n]{1,12}\)" + WS1 + r")?năm(?![\wÀ-ỹ])")
# or in force from its signing to a day ('có hiệu lực kể từ ngày ký đến hết ngày 31 tháng 12 năm 2025')
_UNTIL = re.compile(r"(?i:hiệu" + WS1 + r"lực)" + WS1 + r"(?i:kể" + WS1 + r")?(?i:từ" + WS1 + r"ngày" + WS1 + r"ký)" + WS1
                    + r"(?i:đến|tới)" + WS1 + r"(?:(?i:hết)" + WS1 + r")?(?=(?i:ngày))")


def period_from_its_term(agreement: Agreement, text: str, start: int, end: int, dates: list[DateMention]) -> None:
    """A signed text with a term and no period: the period runs from the year it is signed (its signing date,
    else the last date under its signatures) for that many years, or to the year of the day it ends."""
    signed = agreement.signing_date or next((d for d in reversed(dates) if start <= d.start < end and d.value
                                             and d.start > end - 400), None)
    if signed is None or signed.value is None:
        return
    stated = _TERM_STATED.search(text, start, end)
    if stated is not None:   # ('có hiệu lực từ ngày 15 tháng 10 năm 2019 đến hết ngày 14 tháng 10 năm 2024')
        agreement.start_year, agreement.end_year = _term_years(stated)
        return
    until = _UNTIL.search(text, start, end)
    last = next((d for d in dates if until and d.start == until.end() and d.value), None)
    term = _TERM.search(text, start, end)
    if last is not None and last.value >= signed.value:
        agreement.start_year, agreement.end_year = signed.value.year, last.value.year
    elif term is not None:
        agreement.start_year = signed.value.year
        agreement.end_year = signed.value.year + int(term.group("n"))


__all__ = ["cited_without_period", "contract", "listed_as_signed", "more_without_period", "period_from_its_term", "reported_contract",
           "signed_when_cited", "titled_without_period", "without_period"]
