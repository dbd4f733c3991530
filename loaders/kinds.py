"""What kind of document a text is, and where an attached document begins.

Kinds: official (national-format letter or decision: 'Số:', motto, 'Kính gửi'),
agreement (a cooperation programme: Roman sections and numbered contents),
news (a dateline, reported speech), report (numbered projects and figures),
source (anything else). ``--kind`` overrides the detection. A draft attached to
a letter ('(DỰ THẢO)' after a second header) is a segment of its own."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import URIRef

from vnst.loaders.vietnamese import DATELINE, UPPER
from vnst.ontology import VNST

KINDS = ("official", "agreement", "news", "report", "source")
KIND_CLASSES: dict[str, URIRef] = {"official": VNST.OfficialDocumentText, "agreement": VNST.OfficialDocumentText,
                                   "news": VNST.NewsArticle, "report": VNST.ProgressReport,
                                   "source": VNST.SourceDocument}
MOTTO = re.compile(r"CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|CỘNG\s+HOÀ\s+XÃ\s+HỘI", re.I)
# a party body's documents carry the party's name where the state's carry the national motto
_PARTY_MOTTO = re.compile(r"^[ \t*]*ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM[ \t*]*$", re.M)
# the line that closes a header ('Số: 3645 /UBND-KGVX'; a party body's may have no colon: 'Số 07-BB/BCĐ')
NUMBER_LINE = re.compile(r"^[ \t*]*Số(?:\s*:|[ \t]+\d+-[A-ZĐ])", re.M)
_DRAFT = re.compile(r"\(\s*DỰ\s+THẢO\s*\)|^\s*DỰ\s+THẢO\s*$", re.M)
_SECTION = re.compile(r"^[ \t*]*(?:I|II|III|IV|V)\.[ \t]+[" + UPPER + r" ]{4,}", re.M)
# an agreement set out in articles ('Điều 2. Nội dung hợp tác'), as memoranda often are
_ARTICLE = re.compile(r"^[ \t*]*Điều[ \t]+\d{1,2}[.:][ \t]+\S", re.M)
_NUMBERED_PROJECT = re.compile(r"^[ \t]*\(\d{1,2}\)\.?[ \t]", re.M)
# (a joint plan, 'KẾ HOẠCH PHỐI HỢP', is issued and signed by both its parties: an agreement too; so is a
# contract, 'HỢP ĐỒNG THỰC HIỆN NHIỆM VỤ ...', between the body that orders a task and the one that does it)
AGREEMENT_TITLE = re.compile(r"^[ \t*]*(?:(?:CHƯƠNG\s+TRÌNH|KẾ\s+HOẠCH)\s+(?:HỢP\s+TÁC|PHỐI\s+HỢP)|THỎA\s+THUẬN|THOẢ\s+THUẬN"
                              r"|(?:BIÊN\s+)?BẢN\s+GHI\s+NHỚ|QUY\s+CHẾ\s+PHỐI\s+HỢP|HỢP\s+ĐỒNG)\b", re.M)   # ('BẢN GHI NHỚ' too)
# a plan, report, decision or notice titled as such: an official document, though set out in sections
# (the minutes of a meeting, 'BIÊN BẢN LÀM VIỆC', record it; they agree nothing themselves)
# (a joint plan of two departments, 'KẾ HOẠCH LIÊN TỊCH', is a plan they issue together, no agreement between them)
_OFFICIAL_TITLE = re.compile(r"^[ \t*]*(?:(?:KẾ\s+HOẠCH(?:\s+LIÊN\s+TỊCH)?|BÁO\s+CÁO|QUYẾT\s+ĐỊNH|THÔNG\s+BÁO|TỜ\s+TRÌNH|NGHỊ\s+QUYẾT"
                             r"|CHƯƠNG\s+TRÌNH\s+HÀNH\s+ĐỘNG|ĐỀ\s+ÁN|BIÊN\s+BẢN|THÔNG\s+CÁO(?:\s+BÁO\s+CHÍ)?|GIẤY\s+MỜI"
                             r"|CHỈ\s+THỊ|KẾT\s+LUẬN)[ \t*]*$|BIÊN\s+BẢN\s+(?:LÀM\s+VIỆC|HỌP|CUỘC\s+HỌP"
                             r"|HỘI\s+NGHỊ|KIỂM\s+TRA|NGHIỆM\s+THU)\b)", re.M)
# a programme one body issues, titled 'CHƯƠNG TRÌNH' alone over its subject ('Phát triển tài sản trí tuệ tỉnh X
# giai đoạn ...'), not over the parties' cooperation ('Hợp tác giữa A và B ...')
PROGRAMME_TITLE = re.compile(r"^[ \t*]*CHƯƠNG[ \t]+TRÌNH[ \t*]*\n(?![ \t*]*(?i:hợp\s+tác|phối\s+hợp|ký\s+kết|liên\s+kết))",
                             re.M)
_ADDRESSED = re.compile(r"^[ \t*]*Kính\s+gửi\s*:", re.M)
_RECIPIENTS = re.compile(r"^[ \t*]*(?:Kính\s+gửi|Nơi\s+nhận)\s*:", re.M)


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    kind: str
    draft: bool = False


def titled_early(text: str) -> bool:
    """Whether the text is titled as an agreement near its start, and addressed to no one."""
    return bool(AGREEMENT_TITLE.search(text[:1500])) and not _ADDRESSED.search(text[:1500])


def detect_kind(text: str) -> str:
    head = text[:600]
    if MOTTO.search(text) or _PARTY_MOTTO.search(text, 0, 1500) or _RECIPIENTS.search(text):
        # a programme may carry a distribution list ('Nơi nhận:') after its signatures; a letter
        # is addressed ('Kính gửi:') and is not titled as an agreement
        titled = titled_early(text)
        count = len(_SECTION.findall(text)) or (len(_ARTICLE.findall(text)) if titled else 0)
        # a short agreement may have its contents as its only section
        sections = count >= 2 or (count == 1 and titled)
        unaddressed = not _RECIPIENTS.search(text) and not _OFFICIAL_TITLE.search(text[:1500]) \
            and not PROGRAMME_TITLE.search(text[:1500])
        return "agreement" if sections and (titled or unaddressed) else "official"
    if titled_early(text) and (len(_ARTICLE.findall(text)) >= 2 or len(_SECTION.findall(text)) >= 2):
        return "agreement"   # a memorandum with a foreign partner carries no national motto
    if DATELINE.search(head):
        return "news"
    if len(_NUMBERED_PROJECT.findall(text)) >= 2 or re.search(r"\bKẾT\s+QUẢ\b|\bBáo\s+cáo\b", head):
        return "report"
    if len(_SECTION.findall(text)) >= 2:
        return "agreement"
    if re.search(r"\b(?:Tin\s+và\s+ảnh|Lượt\s+xem|Chia\s+sẻ)\b", text) or \
            re.search(r"\bký\s+kết\b|\blàm\s+việc\b|\bthăm\b", head, re.I):
        return "news"
    return "source"


def segments(text: str, *, kind: str | None = None) -> list[Segment]:
    """The documents inside one text: usually one; a letter with an attached draft gives two."""
    main_kind = kind if kind in KINDS else detect_kind(text)
    numbers = list(NUMBER_LINE.finditer(text))
    if len(numbers) >= 2:
        second = numbers[1].start()
        # the attached document starts at its own header: the blank-line block before 'Số:'
        block = text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, second)))
        cut = block + 2 if block >= 0 and block > numbers[0].end() else second
        # (its 'DỰ THẢO' may stand alone in the block above its header)
        draft = bool(_DRAFT.search(text, max(numbers[0].end(), text.rfind("\n\n", 0, max(0, cut - 2)))))
        return [Segment(0, cut, main_kind), Segment(cut, len(text), "agreement", draft)]
    return [Segment(0, len(text), main_kind, bool(_DRAFT.search(text)))]


__all__ = ["KINDS", "KIND_CLASSES", "MOTTO", "NUMBER_LINE", "Segment", "detect_kind", "segments"]
