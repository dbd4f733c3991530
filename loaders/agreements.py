"""Cooperation agreements: parties, period, status, signing, declared contents and clauses.

An agreement is found where a sentence speaks of cooperation or signing
('ký kết', 'hợp tác', 'phối hợp') between two or more parties and gives a
period ('giai đoạn 2022 - 2025'). Its parties are read by parties.py (after 'giữa', before
or after the period; subject and partner; a preamble's 'BÊN A' blocks). Clauses (clauses.py)
are the numbered items of the contents section ('II. NỘI DUNG HỢP TÁC')."""

from __future__ import annotations

import re
from datetime import date

from vnst.loaders.agreementtext import (AGREEMENT_NOUN, AS_DRAFT, CITED, DECLARED, FIELDS, PERIOD, PLANNED,
                                        SIGN_THE_NOUN, SIGN_VERB, SIGNED_WORDS, TO_SIGN, Agreement, period_years,
                                        sentences)
from vnst.loaders.clauses import Clause, find_clauses, listed_clauses
from vnst.loaders.orgs import OrgMention
from vnst.loaders.parties import (COOPERATION, listed_after_between, listed_subjects, parties_of, partner_after_noun,
                                  party_blocks)
from vnst.loaders.people import PersonMention
from vnst.loaders.places import PlaceMention
from vnst.loaders.drawnup import drawn_up_with_a_partner
from vnst.loaders.termless import (cited_without_period, contract, listed_as_signed, more_without_period, reported_contract,
                                   period_from_its_term, signed_when_cited, titled_without_period, without_period)
from vnst.loaders.vietnamese import (CONTENTS_NUMBER_WORD, LOWER, NUMBER_WORD, UPPER, WS, WS1, DateMention, count_value,
                                     day_without_year)
from vnst.loaders.tocome import REQUEST, item_start, still_to_come
from vnst.loaders.visits import SIDES_AGREE, visit_sides
from vnst.textnorm import fold

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
_BYLINE = re.compile(r"^[ \t]*\([^()\n]{2,40}\)" + WS + r"*[-–]", re.M)
# a day and month without a year ('Sáng 13/4, tại ...'): news dates it by the year it is written
_DAY_MONTH = re.compile(r"(?<![\wÀ-ỹ])(?i:sáng|chiều|trưa|tối|ngày|hôm)" + WS1 + r"(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![/\d])")


# '... Chương trình hợp tác giai đoạn 2016 - 2020 ký ngày 24/6/2016': the day it was signed, after its period,
# or only its month or year ('ký kết tháng 3/2022', 'ký vào năm 2021')
_SIGNED_ON = re.compile(r"(?<!sẽ )(?i:ký(?:" + WS1 + r"kết)?)" + WS1 + r"(?:(?i:vào)" + WS1 + r")?(?:(?i:ngày)" + WS1
                        + r"\d|(?i:tháng)" + WS1 + r"\d{1,2}(?:/|" + WS1 + r"(?i:năm)" + WS1 + r")(?:19|20)\d{2}|(?i:năm)"
                        + WS1 + r"(?:19|20)\d{2})")


# 'Thỏa thuận giữa Sở và Trường Đại học X giai đoạn ...': the noun and its parties say cooperation without the word
_NOUN_BETWEEN = re.compile(AGREEMENT_NOUN.pattern + WS1 + r"(?i:giữa)" + WS1)
# a national programme named by its task up to the period ('tổng kết Chương trình phát triển sản phẩm quốc gia giai
# đoạn 2021 - 2025'): the state's programme, no agreement between bodies
# (or named by a long task in lower case, commas and all, no party in it: 'Chương trình hỗ trợ ứng dụng, chuyển giao
# tiến bộ khoa học và công nghệ thúc đẩy phát triển kinh tế - xã hội nông thôn, miền núi, ... giai đoạn 2016 - 2025')
_NATIONAL_PROGRAMME = re.compile(r"(?<![\wÀ-ỹ])[Cc]hương" + WS1 + r"trình" + WS1 + r"(?!(?i:hợp" + WS1 + r"tác|phối" + WS1
                                 + r"hợp))(?:[^.;:,\n]{3,120}?" + WS1 + r"quốc" + WS1 + r"gia|(?=[" + LOWER + r"])(?:(?!" + WS1
                                 + r"(?:với|giữa|của|ký)" + WS1 + r")[^.;:\n]){60,200}?)" + WS + r"*$")


def find_agreements(text: str, start: int, end: int, *, orgs: list[OrgMention], places: list[PlaceMention],
                    people: list[PersonMention], dates: list[DateMention], draft: bool,
                    own_text: bool = True, written: date | None = None,
                    issuer: OrgMention | None = None) -> list[Agreement]:
    """The agreements a segment speaks of, the one it is about first; others (an earlier
    programme it reports on, a memorandum it cites as its basis) follow, each only from a
    sentence naming it with its parties after 'giữa'. ``own_text`` is False for a text that
    only speaks of an agreement (a letter proposing it): then its signature blocks are not the
    agreement's. ``issuer``, the body whose document (a report, a letter) it is, is the other party of an
    agreement it names 'with' one partner ('tiếp tục thực hiện Chương trình hợp tác với UBND tỉnh X')."""
    # a news item's source in brackets ('(KH&CN Tuyên Quang) - Ngày 23/3, ...') names its author, no party
    bylines = [(m.start(), m.end()) for m in _BYLINE.finditer(text, start, end)]
    orgs = [o for o in orgs if not any(s <= o.start < e for s, e in bylines)]
    places = [p for p in places if not any(s <= p.start < e for s, e in bylines)]
    found: list[Agreement] = [a for a in [titled_without_period(text, start, end, orgs, places, draft)
                                          or contract(text, start, end, orgs, places, draft)] if a and own_text]
    cited: list[Agreement] = []
    reported: list[Agreement] = []
    planned: list[tuple[int, int]] = []   # the periods of agreements still to be drawn up
    titled: tuple[int, int, int, int] | None = None   # (y1, y2, start, end): a title's period, no two parties
    for s, e, period in _periods(text, start, end):
        # a programme's own title puts 'CHƯƠNG TRÌNH HỢP TÁC' on an upper-case line of its
        # own, split off as a header: the words of cooperation may sit just above the sentence
        # cooperation that is no agreement ('định hướng phối hợp giai đoạn ...') names none: the
        # text's first agreement needs one of its nouns or a signing
        window = max(start, s - 120) if own_text else s
        cooperates = COOPERATION.search(text, window, e) or _NOUN_BETWEEN.search(text, window, e)
        if period and _NATIONAL_PROGRAMME.search(text[max(s, period.start() - 160):period.start()]) \
                and not SIGNED_WORDS.search(text, window, e):
            continue
        if not period or not cooperates or not found and not (
                AGREEMENT_NOUN.search(text, window, e) or SIGNED_WORDS.search(text, window, e)
                or _SIGNED_COOPERATION.search(text, s, e)):
            # (before any other, one the sentence says was signed then: '... giữa A và B ký kết năm 2019 đã ...')
            if (found or not own_text and (_SIGNED_IN.search(text, s, e) or _NUMBERED_ON.search(text, s, e))) and not period:
                cited_without_period(text, s, e, orgs, places, dates, found, cited)
            continue
        # the clause holding the period: an item may list two tasks split by ';'
        clause = max(s, text.rfind(";", s, period.start()) + 1)
        parties = parties_of(text, clause, period.start(), orgs, places)
        if len({p.key for p in parties}) < 2:
            # 'Chương trình ... giai đoạn 2018 - 2022 đã ký kết ngày ... giữa A và B': named after the period
            parties = listed_after_between(text, period.end(), e, orgs, places) or parties
        passive = _SIGNED_BY.match(text, period.end(), e) if len({p.key for p in parties}) < 2 else None
        if passive:   # '... giai đoạn 2021 - 2025 đã được A và B ký kết năm 2021': its signers named in the passive
            # (or in a relative clause: '... giai đoạn 2020 - 2025 mà A và B đã ký kết')
            by = parties_of(text, passive.end(), e, orgs, places)
            parties = by if len({p.key for p in by}) >= 2 else parties
        if len({p.key for p in parties}) == 1 and SIGN_THE_NOUN.search(text, clause, period.start()):
            # 'Giám đốc Trung tâm X và đại diện Cơ quan Y đã ký kết thỏa thuận ...': a signer's body written bare
            # ('Trung tâm', the report's own) is the other party
            held = [h.org for h in people if clause <= h.start < period.start() and h.org is not None and h.title
                    and h.org.key != parties[0].key]
            parties = parties + held[:1] if len({o.key for o in held}) == 1 else parties
        if len({p.key for p in parties}) < 2 and found and found[-1].spans[-1][1] == s and _AND_SIGN.match(text, s):
            parties = list(found[-1].parties)   # the same subjects sign the next one
        subjects = False
        if len({p.key for p in parties}) < 2 and not text[clause:period.start()].strip(" \t\n*-–"):
            # 'Giai đoạn 2016 - 2020, A và B đã triển khai Chương trình hợp tác ...': the period opens the
            # sentence, the parties are its subjects
            parties = parties_of(text, period.end(), e, orgs, places) or parties
            subjects = len({p.key for p in parties}) >= 2
        if len({p.key for p in parties}) < 2 and own_text and not found:
            # a title without 'giữa' over 'BÊN A: ...' / 'BÊN B: ...' blocks naming the parties
            parties = party_blocks(text, start, end, orgs, places) or parties
        # 'Trung tâm X và Trường Y ký kết hợp tác ... giai đoạn 2024 - 2027': a signing named by the verb
        # alone, its subjects the parties, centres too
        signed_cooperation = _SIGNED_COOPERATION.search(text, clause, period.start())
        if signed_cooperation and not PLANNED.search(text, clause, signed_cooperation.start()):
            subjects_signing = listed_subjects(text, clause, signed_cooperation.start(), orgs, places)
            if len({p.key for p in subjects_signing}) >= 2:
                parties = subjects_signing
        else:
            signed_cooperation = None
            # ('A và B đã ký biên bản ghi nhớ hợp tác ...': the subjects of the signing, a centre too)
            signing = SIGN_THE_NOUN.search(text, clause, period.start())
            subjects_signing = listed_subjects(text, clause, signing.start(), orgs, places) if signing else []
            if len({p.key for p in subjects_signing}) >= 2 and not PLANNED.search(text, clause, signing.start()):
                parties = subjects_signing
        to_sign_by = _TO_SIGN_BY.search(text, clause, period.start())
        if to_sign_by and len({p.key for p in parties}) != 2:
            # 'Sở đang chuẩn bị nội dung để UBND tỉnh và Đại học X ký kết Chương trình ...': the subjects of the
            # signing to come are its parties, not the body preparing it
            subjects_to_sign = listed_subjects(text, to_sign_by.end(), to_sign_by.end("verb") - len(to_sign_by.group("verb")),
                                               orgs, places)
            parties = subjects_to_sign if len({p.key for p in subjects_to_sign}) == 2 else parties
        with_one = _WITH_ONE.search(text, clause, period.start()) if issuer is not None else None
        partner = next((o for o in orgs if with_one and o.start == with_one.end()), None)
        if issuer is not None and partner is None and len({p.key for p in parties}) < 2:
            # 'Trường đang cùng UBND thị xã X xây dựng nội dung hợp tác giai đoạn ...': one drawn up with a partner
            partner = next((o for o in orgs if clause <= o.start < period.start()
                            and _ALONG_WITH.search(text[clause:o.start])
                            and _DRAWS_UP.fullmatch(text, o.end, period.start())), None)
            drawn_up = partner is not None
        else:
            drawn_up = False
        with_issuer = len({p.key for p in parties}) < 2 and partner is not None and partner.key != issuer.key
        if with_issuer:
            parties = [issuer, partner]
        years = period_years(period)
        both = None
        if len({p.key for p in parties}) < 2 and found and len({p.key for p in found[0].parties}) == 2:
            # 'thực hiện Thỏa thuận ... giai đoạn 2019 - 2023 ký ngày ..., hai tỉnh đã ...': an earlier
            # agreement of the two the text's first agreement joins
            both = _THE_TWO.search(text, period.end(), e) or _THE_TWO.search(text, max(s, period.start() - 60), period.start())
            parties = list(found[0].parties) if both else parties
        if len({p.key for p in parties}) < 2 and SIDES_AGREE.search(text, s, period.start()):
            # 'Hai bên thống nhất giao ... xây dựng dự thảo Thỏa thuận ... giai đoạn ...': a visit's two sides, still to sign
            sides = list(found[0].parties) if found and len(found[0].party_keys) == 2 else visit_sides(text, orgs, s)
            parties, both = (sides, True) if sides else (parties, both)
            planned += [years] if sides and PLANNED.search(text, s, e) else []
        if len({p.key for p in parties}) < 2 and found and len(found[0].party_keys) == 2 and found[0].end_year \
                and years[0] >= found[0].end_year and _NEXT_ONE.search(text, clause, period.start()):
            # '... tổng kết Chương trình hợp tác giai đoạn 2021 - 2025 và xây dựng Chương trình hợp tác giai đoạn
            # 2026 - 2030': the one to follow, between the same two, not yet signed
            parties, both = list(found[0].parties), True
            planned.append(years)
        keys = sorted({p.key for p in parties})
        same = next((a for a in found if (a.start_year, a.end_year) == years
                     and (a.party_keys == keys or len(keys) < 2)), None)
        if same is not None:
            same.spans.append((s, period.end()))
            if AS_DRAFT.search(text[s:e]) or _APPROVED_TO_SIGN.search(text, s, e):
                same.draft = True   # 'thống nhất nội dung dự thảo Chương trình ...': still a draft
            continue
        if len(keys) < 2 and own_text and not found and titled is None and not CITED.search(text[s:e]) \
                and AGREEMENT_NOUN.search(text, max(start, s - 120), e):
            titled = (*years, s, period.end())
        # 'A và B ký biên bản ghi nhớ giai đoạn 2026 - 2030': the parties are the subjects of the signing
        signing = SIGN_THE_NOUN.search(text, clause, period.start())
        reviewed = _REVIEWED.search(text, clause, period.start())
        if reviewed and (PLANNED.search(text, clause, reviewed.start()) or _ASSIGNED.search(text, clause, reviewed.start())):
            reviewed = None   # a review to come, or one a body is told to hold with a partner ('Giao Sở ... tổng kết ...')
        signers = bool(signing) and not PLANNED.search(text, clause, signing.start()) or bool(signed_cooperation)
        # ('... kính đề nghị UBND tỉnh thống nhất với B tiếp tục xây dựng và ký kết Chương trình ... giai đoạn ...': one
        # proposed between two, still to come)
        proposed = PLANNED.search(text, clause, period.start()) and _NEXT_ONE.search(text, clause, period.start())
        # ('A và B sẽ ký Biên bản ghi nhớ ... giai đoạn ...': a signing to come names its parties as one done does)
        if len(keys) < 2 or (found and not signed_cooperation and not drawn_up
                             and not (AGREEMENT_NOUN.search(text, s, e) and (
                subjects or signers or with_issuer or TO_SIGN.search(text, clause, period.start()) or both or to_sign_by or reviewed
                or passive or proposed
                or re.search(r"(?i:giữa)", text[s:e])
                or partner_after_noun(text, clause, e)))):
            continue
        title = re.sub(r"\s+", " ", text[s:period.end()]).strip(" *")
        spoken_of_as_draft = bool(AS_DRAFT.search(text[s:e]) or _APPROVED_TO_SIGN.search(text, s, e))
        # (a draft's own agreement is its first; an earlier one it cites was signed: 'Căn cứ kết quả thực hiện Chương
        # trình hợp tác giai đoạn 2018 - 2022 đã được hai bên ký kết')
        agreement = Agreement(parties, *years, [(s, period.end())], title, draft and not found or spoken_of_as_draft, False)
        found.append(agreement)
        noun = AGREEMENT_NOUN.search(text, clause, period.start())
        if found[0] is not agreement and (signing and not signers or noun and PLANNED.search(text, clause, noun.start())
                                          and not SIGNED_WORDS.search(text, s, e)):
            # ('Đồng ý chủ trương để A và B xây dựng, ký kết thỏa thuận ...'): one to come, not the text's main agreement
            planned.append(years)
        if still_to_come(text, period.start()):
            planned.append(years)   # asked for in a letter, or on the programme of an event to come
        elif CITED.search(text[s:e]) or _SIGNED_ON.search(text, period.end(), e) or passive or _COMPLETED.match(text, period.end()):
            cited.append(agreement)
        elif signers and not own_text:
            reported.append(agreement)   # news of a signing reports it done; it may still be the text's own
        elif not own_text and (_CARRIED_ON.search(text, clause, period.start()) or reviewed):
            reported.append(agreement)   # 'Trường tiếp tục triển khai Chương trình ...': one in force was signed
        elif not own_text and _ITEM_ON_AN_AGREEMENT.match(text, item_start(text, s)) and _RESULTS_AFTER.match(text, period.end()):
            # a report's item headed by an agreement, then what it gave ('2. Thỏa thuận hợp tác giữa A và B giai đoạn
            # 2022 - 2026: Viện đã chuyển giao ...'): one in force
            reported.append(agreement)
        elif with_issuer and not drawn_up and not PLANNED.search(text, clause, period.start()) \
                and not TO_SIGN.search(text, clause, e) and not REQUEST.match(text, item_start(text, s), e):
            reported.append(agreement)   # the body's own agreement, carried out or newly signed
        elif both and agreement.end_year and found[0].start_year and agreement.end_year <= found[0].start_year \
                and years not in planned:
            reported.append(agreement)   # the two sides' earlier agreement, which the first follows: signed then
    if not found and titled:
        # a title with its period over 'giữa' and the parties' names, each line of its own ('BIÊN BẢN GHI
        # NHỚ / VỀ HỢP TÁC ... GIAI ĐOẠN 2019 - 2023 / giữa / SỞ ... / và / VIỆN ...')
        parties = listed_after_between(text, titled[3], min(end, titled[3] + 600), orgs, places)
        if len({p.key for p in parties}) >= 2:
            found = [Agreement(parties, titled[0], titled[1], [(titled[2], titled[3])],
                               re.sub(r"\s+", " ", text[titled[2]:titled[3]]).strip(" *"), draft, False)]
    if not found:
        single = without_period(text, start, end, orgs, places, draft)
        if single and titled and single.spans[0][0] >= titled[3]:
            # 'CHƯƠNG TRÌNH PHỐI HỢP / Về ... giai đoạn 2023 - 2027' over a preamble 'A và B thống nhất
            # ký kết Chương trình phối hợp ...': the title gives the period, the preamble the parties
            single.start_year, single.end_year = titled[0], titled[1]
            single.spans.insert(0, (titled[2], titled[3]))
        found = [single] if single else []
    if not found and not own_text:
        # a report on a technology transfer contract, its sides labelled; no sentence names the contract otherwise
        found = [a for a in [reported_contract(text, start, end, orgs, places, dates)] if a]
    for other, signed in more_without_period(text, start, end, orgs, places, found) + listed_as_signed(
            text, start, end, orgs, places, found, issuer=issuer):
        if other not in found:
            found.append(other)
        if signed and other not in cited:
            cited.append(other)
    main = next((a for a in found if a not in cited and (a.start_year, a.end_year) not in planned),
                found[0] if found else None)
    # (one a report says a body is drawing up with a partner: neither signed nor the text's own)
    drawn_up = [] if own_text else drawn_up_with_a_partner(text, start, end, orgs, found)
    for agreement in found:
        if agreement is main:
            _details(agreement, text, start, end, orgs, [p for p in people if own_text or not p.signature],
                     dates, own_text, written, others=[a for a in found if a is not agreement])
            if agreement in cited and not own_text or agreement in reported:
                # a letter's only agreement, cited by its number; news or a report of a signing
                signed_when_cited(agreement, text, dates)
            if (agreement.start_year, agreement.end_year) in planned and not own_text:
                agreement.signed = False   # the only one a report speaks of is still to be drawn up: its words of signing are others'
            term = _TERM_FROM_SIGNING.search(text, start, end) if own_text and agreement.start_year is None else None
            if term and agreement.signing_date is not None and agreement.signing_date.year:
                # 'có hiệu lực kể từ ngày ký và có giá trị trong thời hạn năm (05) năm': the years from its signing
                years = int(term.group("digits") or term.group("only") or count_value(term.group("word")))
                agreement.start_year = agreement.signing_date.year
                agreement.end_year = agreement.start_year + years
        elif agreement in cited or agreement in reported:
            signed_when_cited(agreement, text, dates)
    return ([main] if main else []) + [a for a in found if a is not main] + drawn_up


# the two parties named together as the subject of what they did ('hai tỉnh đã phối hợp', 'hai bên đã triển khai')
# or after 'giữa' ('Căn cứ kết quả thực hiện Chương trình hợp tác giai đoạn 2016 - 2020 ... giữa hai bên'), or the
# earlier agreement the new one replaces ('..., thay thế Chương trình hợp tác giai đoạn 2019 - 2023')
_TWO_SIDES = r"(?i:hai)" + WS1 + r"(?:tỉnh|bên|đơn" + WS1 + r"vị|trường|địa" + WS1 + r"phương)"
# ('Đây là lần thứ hai hai bên ký kết, sau thỏa thuận hợp tác giai đoạn 2019 - 2023': the one signed before)
_THE_TWO = re.compile(r"(?<![\wÀ-ỹ])(?:" + _TWO_SIDES + WS1 + r"(?:đã|cùng|đều|ký)|(?i:giữa)" + WS1 + _TWO_SIDES
                      + r"|(?i:thay" + WS1 + r"thế))(?![\wÀ-ỹ])")
# agreements spoken of in the plural ('các chương trình hợp tác đã ký kết')
_THOSE_SIGNED = re.compile(r"(?<![\wÀ-ỹ])(?i:các|những)" + WS1 + AGREEMENT_NOUN.pattern + r"[^.;:]{0,40}$")
# an agreement carried out ('tiếp tục triển khai Chương trình hợp tác giữa ...'), unless it is still to be made
# ('... được triển khai trong khuôn khổ Chương trình hợp tác giữa A và B': a task done under one in force)
_CARRIED_ON = re.compile(r"(?<![\wÀ-ỹ])(?<!sẽ )(?<!để )(?:(?i:triển" + WS1 + r"khai)(?:" + WS1 + r"(?i:thực" + WS1 + r"hiện))?|(?i:trong"
                         + WS1 + r"khuôn" + WS1 + r"khổ))" + WS1 + r"(?=" + AGREEMENT_NOUN.pattern + r")")
# a body told to do something ('Giao Sở ... phối hợp với Trường tổng kết ...'): a review it holds is no sign of who signed
_ASSIGNED = re.compile(r"(?<![\wÀ-ỹ])(?i:giao|phối" + WS1 + r"hợp|chủ" + WS1 + r"trì|đề" + WS1 + r"nghị|yêu" + WS1 + r"cầu)(?![\wÀ-ỹ])")
# a second verb of the same subjects, a signing ('... tổng kết Thỏa thuận giai đoạn 2018 - 2022 và ký kết Thỏa thuận
# giai đoạn 2023 - 2028'): the same two parties sign the next one
_AND_SIGN = re.compile(WS + r"*(?:,|(?i:và))" + WS1 + r"(?:(?i:tiến" + WS1 + r"hành|tổ" + WS1 + r"chức)" + WS1 + r")?"
                       + SIGN_THE_NOUN.pattern)
# an agreement reviewed at its end or midway ('tổ chức hội nghị tổng kết Thỏa thuận hợp tác giai đoạn 2018 - 2022'): one
# signed before, whose parties are the sentence's subjects
# '... giai đoạn 2021 - 2025 đã hoàn thành': one carried out to its end was signed
_COMPLETED = re.compile(WS + r"*(?i:đã)" + WS1 + r"(?:được" + WS1 + r")?(?:hoàn" + WS1 + r"thành|kết" + WS1 + r"thúc|tổng" + WS1
                        + r"kết)(?![\wÀ-ỹ])")
_SIGNED_BY = re.compile(WS + r"*(?:(?i:đã)" + WS1 + r")?(?:được|mà)" + WS1
                        + r"(?=(?:[^.;\n]|\n(?![ \t]*\n)){4,160}?(?<![\wÀ-ỹ])ký(?![\wÀ-ỹ]))")   # (a line may wrap)
# ('Nhìn lại Chương trình hợp tác giai đoạn 2019 - 2023 ...': looking back on one, in a speech)
_REVIEWED = re.compile(r"(?<![\wÀ-ỹ])(?:(?i:tổng|sơ)" + WS1 + r"(?i:kết)|(?i:nhìn)" + WS1 + r"lại)(?:" + WS1 + r"(?i:việc|kết" + WS1 + r"quả)" + WS1
                       + r"(?i:thực" + WS1 + r"hiện|triển" + WS1 + r"khai))?" + WS1 + r"(?=" + AGREEMENT_NOUN.pattern + r")")
# the partner an agreement is drawn up with ('cùng UBND thị xã X xây dựng nội dung hợp tác giai đoạn ...')
_ALONG_WITH = re.compile(r"(?<![\wÀ-ỹ])(?i:cùng|cùng" + WS1 + r"với|với)" + WS1 + r"$")
_DRAWS_UP = re.compile(WS1 + r"(?i:xây" + WS1 + r"dựng|soạn" + WS1 + r"thảo|hoàn" + WS1 + r"thiện|thống" + WS1 + r"nhất)" + WS1
                       + r"(?:(?i:nội" + WS1 + r"dung|dự" + WS1 + r"thảo)" + WS1 + r")?(?:" + AGREEMENT_NOUN.pattern + WS1
                       + r")?(?i:hợp" + WS1 + r"tác|phối" + WS1 + r"hợp)" + WS1)
# an agreement or contract cited by its number and its date ('Hợp đồng số 15/2023/HĐCGCN ngày 12/6/2023 giữa ...'):
# one signed that day
_NUMBERED_ON = re.compile(AGREEMENT_NOUN.pattern + r"[^.;:\n]{0,40}?" + WS1 + r"(?i:số)" + WS + r"*\d+(?:/\d{4})?[/-][A-ZĐ]\S*"
                          + WS1 + r"(?i:ngày)" + WS1 + r"\d")
# signed on a day or in a year ('ký kết năm 2019', 'ký ngày 12/3/2020')
_SIGNED_IN = re.compile(r"(?<![\wÀ-ỹ])(?i:ký(?:" + WS1 + r"kết)?)" + WS1 + r"(?i:năm|ngày|vào" + WS1 + r"(?:năm|ngày))" + WS1
                        + r"\d")
_FIELDS_OVER_A_LIST = re.compile(r"(?<![\wÀ-ỹ])(?P<n>\d{1,3}|" + CONTENTS_NUMBER_WORD + r")" + WS1 + r"lĩnh" + WS1 + r"vực"
                                 + r"(?=[^\n.;]{0,80}:[ \t]*\n)")
# a decision approving an agreement's text as the basis for signing it ('Phê duyệt nội dung Chương trình hợp tác ...
# làm cơ sở để tổ chức ký kết'): the text approved is still a draft
_APPROVED_TO_SIGN = re.compile(r"(?i:phê" + WS1 + r"duyệt)[^.;]{0,300}?(?i:làm" + WS1 + r"cơ" + WS1 + r"sở|để)" + WS1
                               + r"(?:(?i:tổ" + WS1 + r"chức)" + WS1 + r")?(?i:ký(?:" + WS1 + r"kết)?)(?![\wÀ-ỹ])")
# a term counted from the signing ('có hiệu lực kể từ ngày ký và có giá trị trong thời hạn năm (05) năm')
_TERM_FROM_SIGNING = re.compile(r"(?i:hiệu" + WS1 + r"lực)" + WS1 + r"(?i:kể" + WS1 + r")?(?i:từ" + WS1 + r"ngày" + WS1 + r"ký)"
                                + r"[^.;]{0,80}?(?i:thời" + WS1 + r"hạn)" + WS1 + r"(?:(?P<word>năm|" + NUMBER_WORD + r")"
                                + WS1 + r"(?:\(" + WS + r"*(?P<digits>\d{1,2})" + WS + r"*\)" + WS1 + r")?|(?P<only>\d{1,2})"
                                + WS1 + r")(?i:năm)(?![\wÀ-ỹ])")
_ITEM_ON_AN_AGREEMENT = re.compile(r"[ \t]*\d{1,2}[.)][ \t]*" + AGREEMENT_NOUN.pattern)
_RESULTS_AFTER = re.compile(WS + r"*(?:\([^()\n]{1,60}\)" + WS + r"*)?:")
# a signing to come and its subjects ('để UBND tỉnh và Đại học X ký kết Chương trình ...')
_TO_SIGN_BY = re.compile(r"(?<![\wÀ-ỹ])(?i:để|sẽ)" + WS1 + r"(?=(?:[^.;]|(?<=TP)\.){3,160}?(?P<verb>(?i:ký(?:" + WS1 + r"kết)?))" + WS1
                         + AGREEMENT_NOUN.pattern + r")")
# the agreement to follow one ('... và xây dựng Chương trình hợp tác giai đoạn 2026 - 2030')
_NEXT_ONE = re.compile(r"(?<![\wÀ-ỹ])(?i:xây" + WS1 + r"dựng|soạn" + WS1 + r"thảo|ký" + WS1 + r"kết|đàm" + WS1 + r"phán)" + WS1
                       + AGREEMENT_NOUN.pattern + r"(?:" + WS1 + r"(?i:hợp" + WS1 + r"tác|phối" + WS1 + r"hợp))?(?:" + WS1
                       + r"(?i:mới))?" + WS + r"*$")
# an agreement named with one partner after 'với' ('Chương trình hợp tác với UBND tỉnh X giai đoạn ...')
_WITH_ONE = re.compile(AGREEMENT_NOUN.pattern + r"[^.;:()]{0,80}?" + WS1 + r"(?i:với)" + WS1)
_SIGNED_COOPERATION = re.compile(r"(?<![\wÀ-ỹ])(?i:ký(?:" + WS1 + r"kết)?)" + WS1 + r"(?i:hợp" + WS1 + r"tác)(?![\wÀ-ỹ])")


def _periods(text: str, start: int, end: int) -> list[tuple[int, int, re.Match[str] | None]]:
    """(start, end, period) for each sentence: of two periods in a sentence, the one an agreement is named
    with ('Thực hiện Nghị quyết ... giai đoạn 2021 - 2025 ...; tiếp nối Chương trình hợp tác giữa A và B
    giai đoạn 2018 - 2022'), or one that opens it ('Giai đoạn 2016 - 2020, A và B đã triển khai ...'); and
    after it, each further period named with another agreement between listed parties ('... giai đoạn
    2021 - 2025 đến khi ký kết Chương trình mới giữa C và D giai đoạn 2026 - 2030'), from where the one
    before it ends."""
    out: list[tuple[int, int, re.Match[str] | None]] = []
    for s, e in sentences(text, start, end):
        periods = list(PERIOD.finditer(text, s, e))
        before = [text[max(s, text.rfind(";", s, p.start()) + 1):p.start()] for p in periods]
        period = next((p for p, words in zip(periods, before) if AGREEMENT_NOUN.search(words)
                       or not words.strip(" \t\n*-–")), periods[0] if periods else None)
        out.append((s, e, period))
        for later in (p for p in periods if period is not None and p.start() > out[-1][2].end()):
            words = text[out[-1][2].end():later.start()]
            if AGREEMENT_NOUN.search(words) and (re.search(r"(?i:giữa)", words) or _THE_TWO.search(words)
                                                 or _WITH_ONE.search(words) or _NEXT_ONE.search(words)
                                                 or _AND_SIGN.match(words)):
                out.append((out[-1][2].end(), e, later))
    return out


def _details(agreement: Agreement, text: str, start: int, end: int, orgs: list[OrgMention],
             people: list[PersonMention], dates: list[DateMention], own_text: bool,
             written: date | None = None, *, others: list[Agreement] = ()) -> None:
    """``others``: the text's other agreements. In a text that only speaks of agreements, a number of
    contents declared after another one is named is that one's."""
    # (a text that only speaks of an agreement, a decision citing it, has articles of its own, not the agreement's)
    agreement.clauses = find_clauses(text, start, end, orgs, articles=own_text)
    declared = DECLARED.search(text, start, end)
    sentence = next(((s, e) for s, e in sentences(text, start, end) if declared and s <= declared.start() < e), None)
    # ('... Chương trình với tỉnh A ... Ngày ..., ký kết Thỏa thuận với tỉnh B ... với 07 nội dung.': B's; not 'Theo
    # Thỏa thuận mới, ... 5 nội dung' in a sentence of its own after an earlier one is cited)
    named_since = [a for a in others if sentence and sentence[0] <= a.spans[0][0] < declared.start()
                   and agreement.spans[0][0] < a.spans[0][0]]
    if declared and not own_text and named_since:
        owner = max(named_since, key=lambda a: a.spans[0][0])
        owner.declared_clauses = owner.declared_clauses or (count_value(declared.group("n")), declared.start(), declared.end())
        declared = None
    if declared:
        agreement.declared_clauses = (count_value(declared.group("n")), declared.start(), declared.end())
        agreement.clauses = agreement.clauses or listed_clauses(text, declared.end(), end, agreement.declared_clauses[0],
                                                                orgs)
    fields = FIELDS.search(text, start, end)
    if fields:
        agreement.declared_fields = (count_value(fields.group("n")), fields.start(), fields.start("list"))
        agreement.fields = [f.strip(" .") for f in fields.group("list").split(";") if f.strip(" .")]
    fields_listed = _FIELDS_OVER_A_LIST.search(text, start, end) if not fields else None
    said_in = next(((s, e) for s, e in sentences(text, start, end) if fields_listed and s <= fields_listed.start() < e), None)
    if fields_listed and said_in and not PLANNED.search(text, *said_in):
        # '... hợp tác trên 5 lĩnh vực:' over a numbered list of five: the fields are the agreement's contents (not
        # those of one proposed: '... đề xuất ... xem xét ký kết Chương trình ..., tập trung vào 6 lĩnh vực:')
        count = count_value(fields_listed.group("n"))
        agreement.declared_fields = (count, fields_listed.start(), fields_listed.end())
        listed = listed_clauses(text, fields_listed.end(), end, count, orgs)
        agreement.fields = [c.text for c in listed]
        agreement.clauses = agreement.clauses or listed
    if agreement.draft:
        agreement.intended = [p for p in people if p.signature and start <= p.start < end]
        return
    for s, e in sentences(text, start, end):
        if any(s <= a.spans[0][0] < e for a in others if not any(s <= x < e for x, _ in agreement.spans)):
            continue   # ('... Chương trình ... ký kết năm 2019 đã mang lại ...'): another agreement's signing
        signed = SIGNED_WORDS.search(text[s:e]) or (_TODAY.search(text[s:e]) if own_text else None)
        if signed and _THOSE_SIGNED.search(text, s, s + signed.start()):
            signed = None   # 'theo các chương trình hợp tác đã ký kết': the ones signed before, not this one
        verb = SIGN_VERB.search(text, s, e)
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
    if agreement.start_year is None and own_text:
        period_from_its_term(agreement, text, start, end, dates)


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
    when = day_without_year(int(m.group("d")), int(m.group("m")), written) if m and written else None
    return DateMention(m.start("d"), m.end(), when, when.year, when.month) if when else None


# a signed text's place-date line ('Đồng Hới, ngày 26 tháng 3 năm 2021'), in its header or over the
# signature blocks: the text is dated when it is signed
_PLACE_DATE_LINE = re.compile(r"^[ \t*]*(?P<place>[" + UPPER + r"][^\n,;:.]{1,40}?)" + WS + r"*," + WS + r"*(?=ngày" + WS1 + r"\d)",
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
