"""The words agreements are spoken of in, and the sentences they are read from.

Shared by agreements.py (an agreement named with its period) and termless.py (one named without)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vnst.loaders.clauses import Clause
from vnst.loaders.orgs import OrgMention
from vnst.loaders.people import PersonMention
from vnst.loaders.vietnamese import CONTENTS_NUMBER_WORD, WS, WS1, DateMention

# 'giai đoạn 2023 - 2027', 'giai đoạn từ năm 2023 đến năm 2027'
PERIOD = re.compile(r"(?i:giai" + WS1 + r"đoạn|thời" + WS1 + r"kỳ|nhiệm" + WS1 + r"kỳ)" + WS1 + r"(?:(?P<y1>(?:19|20)\d{2})"
                    + WS + r"*[-–]" + WS + r"*(?P<y2>(?:19|20)\d{2})|(?i:từ)" + WS1 + r"(?:(?i:năm)" + WS1 + r")?"
                    + r"(?P<f1>(?:19|20)\d{2})" + WS1 + r"(?i:đến)" + WS1 + r"(?:(?i:năm)" + WS1 + r")?(?P<f2>(?:19|20)\d{2}))"
                    # a contract's term, from month to month ('từ tháng 3/2023 đến tháng 02/2025')
                    + r"|(?i:từ)" + WS1 + r"(?i:tháng)" + WS1 + r"\d{1,2}/(?P<m1>(?:19|20)\d{2})" + WS1 + r"(?i:đến)" + WS1
                    + r"(?i:tháng)" + WS1 + r"\d{1,2}/(?P<m2>(?:19|20)\d{2})"
                    # a term and its years in brackets ('trong thời hạn 3 năm (2024 - 2027)')
                    + r"|(?i:thời" + WS1 + r"hạn)" + WS1 + r"\d{1,2}" + WS1 + r"(?i:năm)" + WS + r"*\(" + WS + r"*(?P<t1>(?:19|20)\d{2})"
                    + WS + r"*[-–]" + WS + r"*(?P<t2>(?:19|20)\d{2})" + WS + r"*\)")
_SENTENCE_END = re.compile(r"(?<=[.!?])[ \t\u00a0]+(?=[A-ZĐ" + "À-Ỹ" + r"])|\n\s*\n|(?<=[.;])\n")
DECLARED = re.compile(r"(?<![\wÀ-ỹ])(?P<n>\d{1,3}|" + CONTENTS_NUMBER_WORD + r")" + WS1 + r"nội" + WS1 + r"dung(?:" + WS1
                      + r"hợp" + WS1 + r"tác)?")
FIELDS = re.compile(r"(?<![\wÀ-ỹ])(?P<n>\d{1,3}|" + CONTENTS_NUMBER_WORD + r")" + WS1 + r"lĩnh" + WS1 + r"vực" + WS
                    + r"*:(?P<list>[^\n]+)")
SIGNED_WORDS = re.compile(r"(?i:đã" + WS1 + r"ký" + WS1 + r"kết|vừa" + WS1 + r"(?:tổ" + WS1 + r"chức" + WS1
                          + r")?ký" + WS1 + r"kết|lễ" + WS1 + r"ký" + WS1 + r"kết|trao" + WS1 + r"bản" + WS1
                          + r"ký" + WS1 + r"kết|chính" + WS1 + r"thức" + WS1 + r"ký)"
                          # 'Chương trình ... được ký kết ngày 12/10/2021': passive, with the time of
                          # signing; 'sẽ được ký kết', 'dự kiến được ký kết' are not a fact
                          + r"|(?<!sẽ )(?<!kiến )(?i:được" + WS1 + r"ký(?:" + WS1 + r"kết)?" + WS1
                          # (the place of signing may come first: 'được ký tại thành phố Cheongju, Đại Hàn Dân Quốc, ngày ...')
                          + r"(?:tại" + WS1 + r"[^.;\n]{2,80}?," + WS + r"*)?"
                          + r"(?:ngày|vào" + WS1 + r"ngày|từ" + WS1 + r"ngày|năm|tháng))"
                          # 'Ngày 15/3/2018, A và B ký kết Chương trình ...', 'Sáng 12/5, A và B ký kết ...': a dated
                          # statement of fact
                          + r"|(?m:^)(?:[Nn]gày|[Tt]háng|[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối)" + WS1 + r"[^,]{3,30},"
                          + r"[^.;]{3,200}?(?<!kiến)(?<!sẽ)(?<!nghị)"
                          + WS1 + r"ký" + WS1 + r"kết" + WS1 + r"(?i:chương|thỏa|thoả|biên|hợp" + WS1 + r"đồng)")
# 'Chủ tịch UBND tỉnh A và Giám đốc Viện B ký kết chương trình hợp tác': the people before the verb sign
SIGN_VERB = re.compile(r"(?<![\wÀ-ỹ])(?i:ký" + WS1 + r"kết|ký)" + WS1 + r"(?:(?i:các)" + WS1 + r")?(?=(?i:thỏa|thoả|chương|biên"
                        + r"|quy" + WS1 + r"chế|hợp" + WS1 + r"đồng))")
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
# ... unless the line breaks a name or a phrase: it ends in a level word before its place or in a preposition
# ('1. Chương trình hợp tác với Ủy ban nhân dân tỉnh' / 'Quảng Trị giai đoạn 2020 - 2025, ký ngày ...')
_RUNS_ON = re.compile(r"(?<![\wÀ-ỹ])(?:tỉnh|thành" + WS1 + r"phố|huyện|quận|thị" + WS1 + r"xã|xã|phường|với|và|của|giữa|tại|về)"
                      r"[ \t\u00a0]*$")


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
                _HEADING_LINE.fullmatch(line) and after[:1].isupper() and not _RUNS_ON.search(line)):
            parts.append((pos, start + nl.start()))
            pos = start + nl.end()
    parts.append((pos, end))
    return [p for p in parts if p[1] > p[0]]


# an agreement cited as the basis of another, or reported as signed earlier:
# 'Căn cứ Biên bản ghi nhớ ngày ... giữa A và B', '... giai đoạn 2018 - 2022 (ký kết ngày 24/5/2018)'
# an agreement cited as a basis, carried out ('thực hiện Thỏa thuận hợp tác giai đoạn 2019 - 2023'), said
# to be signed, or named by its number ('Chương trình phối hợp số 07/CTPH-BKHCN-UBND'): one in force, signed
# a draft spoken of ('thống nhất nội dung dự thảo Chương trình'), not one still to be written ('Xây dựng
# dự thảo Chương trình ..., báo cáo UBND tỉnh trong quý III'): that agreement is only planned; nor the verb
# with its object ('giao Sở ... phối hợp với Nhà trường dự thảo nội dung': to draft the contents, still to come)
# ('bản dự thảo nội dung ...', 'góp ý dự thảo nội dung ...' are the noun again)
_DU_THAO = r"(?i:dự" + WS1 + r"thảo)"
AS_DRAFT = re.compile(r"(?<!(?i:dựng) )(?<!(?i:dựng)\u00a0)(?:(?<=(?i:bản) )" + _DU_THAO + r"|(?<=(?i:góp ý) )" + _DU_THAO
                      + r"|" + _DU_THAO + r"(?!" + WS1 + r"(?i:nội" + WS1 + r"dung|văn" + WS1 + r"bản)(?![\wÀ-ỹ])))")
CITED = re.compile(r"^\W*(?i:căn" + WS1 + r"cứ)|(?i:thực" + WS1 + r"hiện)" + WS1 + r"(?=(?i:thỏa|thoả|chương|biên))"
                    + r"|\((?i:ký|đã" + WS1 + r"ký)[^)]{0,40}\)|(?i:thỏa" + WS1 + r"thuận|thoả"
                    + WS1 + r"thuận|chương" + WS1 + r"trình|biên" + WS1 + r"bản" + WS1 + r"ghi" + WS1 + r"nhớ|hợp" + WS1 + r"đồng)"
                    # (a contract's number carries its year: 'Hợp đồng chuyển giao công nghệ số 07/2026/HĐCGCN')
                    + r"[^.;:\n]{0,40}?" + WS1 + r"(?i:số)" + WS + r"*\d+(?:/\d{4})?[/-][A-ZĐ]")


# a signing still to come: proposed, agreed in principle, advised, prepared ('tham mưu UBND tỉnh ký kết ...'),
# awaited ('tiếp tục thực hiện ... đến khi ký kết Chương trình mới')
PLANNED = re.compile(r"(?<![\wÀ-ỹ])(?i:tham" + WS1 + r"mưu|chủ" + WS1 + r"trương|đề" + WS1 + r"xuất|đề" + WS1 + r"nghị|sẽ"
                      + r"|sớm|tiến" + WS1 + r"tới|dự" + WS1 + r"kiến|chuẩn" + WS1 + r"bị|để|nhằm|hướng" + WS1 + r"tới|đến" + WS1
                      + r"khi|xem" + WS1 + r"xét)(?![\wÀ-ỹ])"   # ('xem xét ký kết': to consider signing)
                      # ('Chỉ đạo xây dựng, ký kết Chương trình ...': to draw up and sign, not one done)
                      # (the window searched ends at the signing: 'xây dựng, ' or 'xây dựng và ' just before it)
                      + r"|(?<!đã )(?<![\wÀ-ỹ])(?i:xây" + WS1 + r"dựng)(?:" + WS + r"*,|" + WS1 + r"(?i:và))" + WS1)
# a signing, or the exchange of the signed texts at it ('A và B trao thỏa thuận hợp tác', 'A trao thư ghi nhớ
# hợp tác với B')
# (also signed and carried out: 'A và B đã ký kết và thực hiện Chương trình ...')
SIGN_THE_NOUN = re.compile(r"(?<!sẽ )(?i:ký(?:" + WS1 + r"kết)?|trao)" + WS1 + r"(?:(?i:và|,)" + WS1 + r"(?i:thực" + WS1 + r"hiện|triển"
                           + WS1 + r"khai)" + WS1 + r")?(?i:thỏa|thoả|chương|biên|hiệp|thư" + WS1
                           + r"ghi" + WS1 + r"nhớ)(?![\wÀ-ỹ])")
AGREEMENT_NOUN = re.compile(r"(?i:thỏa" + WS1 + r"thuận|thoả" + WS1 + r"thuận|chương" + WS1 + r"trình"
                             + r"|(?:biên" + WS1 + r"bản|thư|bản)" + WS1 + r"ghi" + WS1 + r"nhớ|(?:quy" + WS1 + r"chế|kế" + WS1
                             + r"hoạch)" + WS1 + r"phối" + WS1 + r"hợp|hợp" + WS1 + r"đồng|hiệp" + WS1 + r"định)")


# a signing agreed for later ('thống nhất sẽ ký kết thỏa thuận', 'sẽ hoàn thiện, ký kết Thỏa thuận', 'sẽ ký Biên
# bản ghi nhớ')
TO_SIGN = re.compile(r"(?<![\wÀ-ỹ])(?i:sẽ|dự" + WS1 + r"kiến|để)" + WS1 + r"(?:[^.;]{0,30}?" + WS1 + r")?(?i:ký(?:" + WS1
                     + r"kết)?)" + WS1 + r"(?=" + AGREEMENT_NOUN.pattern + r")")


def period_years(period: re.Match[str]) -> tuple[int, int]:
    """The first and last year of a PERIOD match, whichever of its forms matched."""
    return (int(period.group("y1") or period.group("f1") or period.group("m1") or period.group("t1")),
            int(period.group("y2") or period.group("f2") or period.group("m2") or period.group("t2")))


__all__ = ["AGREEMENT_NOUN", "AS_DRAFT", "Agreement", "CITED", "DECLARED", "FIELDS", "PERIOD", "PLANNED", "SIGNED_WORDS",
           "SIGN_THE_NOUN", "SIGN_VERB", "TO_SIGN", "period_years", "sentences"]
