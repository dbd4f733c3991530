"""Which body holds a post written without one: 'TS. X, Phó Hiệu trưởng' (the school named before),
'Phó Giám đốc Sở' (the department named last), a list item or a side of a meeting that opens with its body
('2) Trường Đại học X: giao TS. Y, Phó Hiệu trưởng ...', 'Về phía Trường ...'), a delegation listed under
its body's heading, a contact put in brackets after the body that named it."""

from __future__ import annotations

import re
from collections import Counter

from vnst.loaders.orgs import OrgMention
from vnst.loaders.vietnamese import UPPER, WS, WS1
from vnst.textnorm import collapse_spaces, fold

# 'nhà trường' (the school) after a post is the school the paragraph has named ('Hiệu trưởng nhà trường')
_BARE = {"Sở": "Department", "Bộ": "Ministry", "Trường": "University", "Viện": "ResearchInstitute",
         "nhà trường": "University", "Công ty": "Company", "Ủy ban": "Committee", "HTX": "Company",
         "Tập đoàn": "Company", "Hợp tác xã": "Company", "Trung tâm": "Centre", "Hội đồng": "Committee"}


def named_before(text: str, t: re.Match[str], orgs: list[OrgMention]) -> OrgMention | None:
    """'ông X, Phó Giám đốc Sở': a bare 'Sở' (or 'Bộ', 'Trường', 'Viện', 'Công ty', 'Tập đoàn', 'HTX', 'Hợp tác xã',
    'Trung tâm') after a title
    is the body of that kind named last before it, within the paragraph."""
    # ('Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng.': the council, at the clause's end)
    bare = re.match(WS + r"*(?P<head>Sở|Bộ|Trường|Viện|Ủy" + WS1 + r"ban|[Nn]hà" + WS1 + r"trường|Công" + WS1 + r"ty|Tập" + WS1 + r"đoàn|HTX|Hợp" + WS1 + r"tác" + WS1 + r"xã|Trung" + WS1 + r"tâm"
                    + r"|Hội" + WS1 + r"đồng(?=" + WS + r"*(?:[,.;:)]|\n|$)|" + WS1 + r"(?:chủ" + WS1 + r"trì|phát" + WS1 + r"biểu|kết"
                    + WS1 + r"luận)(?![\wÀ-ỹ])))(?![\wÀ-ỹ])(?!" + WS + r"*[" + UPPER + r"])", text[t.end():])
    if bare is None:
        return None
    head = "nhà trường" if bare.group("head")[:1] in "Nn" else collapse_spaces(bare.group("head"))
    return last_of_kind(text, head, t.start(), orgs)


def the_school(text: str, orgs: list[OrgMention], at: int) -> OrgMention | None:
    """A rector's school when the post is written alone ('TS. X, Phó Hiệu trưởng'): a rector heads a
    'Trường' (a university of several schools has a 'Giám đốc'), the last named before in the paragraph,
    else the one the text has named most before (the school a visit is to, not a partner it cooperates
    with), else a university abroad named before, else the first school after."""
    schools = [o for o in orgs if o.cls == "University" and o.name.startswith("Trường")]
    # (a university abroad, 'Đại học X Hungary', has its rectors too; the curated Vietnamese ones have directors)
    abroad = [o for o in orgs if o.cls == "University" and o.name.startswith("Đại học") and not o.en and o.start < at]
    paragraph = text.rfind("\n\n", 0, at)
    before = [o for o in schools if o.start < at]
    if before and before[-1].start > paragraph:
        return before[-1]
    if before:
        counts = Counter(o.name for o in before)
        return next(o for o in reversed(before) if counts[o.name] == max(counts.values()))
    return abroad[-1] if abroad else schools[0] if schools else None


def the_institute(text: str, orgs: list[OrgMention], at: int) -> OrgMention | None:
    """A director's institute when the post is written alone ('TS. X, Viện trưởng cho biết'): the last
    institute named before in the paragraph (else the one named most before), not one in brackets beside it ('(thuộc Viện Hàn lâm ...)'),
    nor an academy, which a president heads."""
    paragraph = text.rfind("\n\n", 0, at)
    institutes = [o for o in orgs if o.cls == "ResearchInstitute" and paragraph < o.start < at
                  and not fold(o.name).startswith("vien han lam") and text.count("(", o.end, at) <= text.count(")", o.end, at)
                  and text.count("(", 0, o.start) <= text.count(")", 0, o.start)]
    if institutes:
        return institutes[-1]
    # ('Viện cử TS. X, Phó Viện trưởng': in a paragraph that names none, the institute the text is about, the one
    # it has named most before)
    before = [o for o in orgs if o.cls == "ResearchInstitute" and o.start < at and not fold(o.name).startswith("vien han lam")]
    counts = Counter(o.name for o in before)
    return next((o for o in reversed(before) if counts[o.name] == max(counts.values())), None)


# the posts that head a ministry's agency or department, and the head word of its name
AGENCY_HEADS = {"cuc-truong": "Cục ", "pho-cuc-truong": "Cục ", "vu-truong": "Vụ ", "pho-vu-truong": "Vụ ",
                "chi-cuc-truong": "Chi cục ", "pho-chi-cuc-truong": "Chi cục "}


def the_agency(orgs: list[OrgMention], title: str, text: str, at: int) -> OrgMention | None:
    """'ông X, Cục trưởng Cục Sở hữu trí tuệ; bà Y, Phó Cục trưởng': a head of an agency written alone heads
    the agency of that kind named last in the paragraph."""
    paragraph = text.rfind("\n\n", 0, at)
    return next((o for o in reversed(orgs) if paragraph < o.start < at and o.name.startswith(AGENCY_HEADS[title])), None)


def last_of_kind(text: str, head: str, before: int, orgs: list[OrgMention]) -> OrgMention | None:
    paragraph = text.rfind("\n\n", 0, before)
    kind = _BARE[head]
    # ('Ủy ban' is a committee named so, not a steering board, 'Ban Chỉ đạo', of the same class)
    # ('HTX' is a cooperative, not any company)
    named = {"Ủy ban": "Ủy ban", "HTX": "Hợp tác xã", "Hợp tác xã": "Hợp tác xã", "Tập đoàn": "Tập đoàn",
             "Trung tâm": "Trung tâm", "Hội đồng": "Hội đồng"}.get(head, "")

    of_kind = [o for o in orgs if o.cls == kind and o.name.startswith(named) and o.start < before]
    in_paragraph = [o for o in of_kind if paragraph < o.start]
    if head == "nhà trường" and any(o.name.startswith("Trường") for o in in_paragraph):
        # ('Trường Đại học X và Đại học Y (abroad) ký ...; có TS. Z, Hiệu trưởng nhà trường': the school is the
        # one named 'Trường', as the Vietnamese text calls its own)
        in_paragraph = [o for o in in_paragraph if o.name.startswith("Trường")]
    if in_paragraph:
        return in_paragraph[-1]
    # (a contract's 'Phó Giám đốc Trung tâm' pages after the preamble named the one centre it speaks of)
    return of_kind[-1] if len({o.name for o in of_kind}) == 1 else None


_ITEM_MARK = re.compile(r"[ \t]*(?:\(?(?:[0-9]{1,2}|[a-zđ])[.)]\.?[ \t]*|[-–•+*][ \t]*)?")   # (a report's '(1). ' too)


def line_subject(text: str, at: int, by_start: dict[int, OrgMention]) -> OrgMention | None:
    """'2) Trường Đại học X: giao TS. Y, Phó Hiệu trưởng làm đầu mối': a line (or list item) that
    opens with a body and a colon speaks of that body; a post named in it without a body of its
    own is held there."""
    line_start = text.rfind("\n", 0, at) + 1
    mark = _ITEM_MARK.match(text, line_start)
    org = by_start.get(mark.end())
    if org is None or org.end > at or not re.match(r"[ \t]*:", text[org.end:org.end + 4]):
        return None
    return org


_SIDE = re.compile(r"(?i:về" + WS1 + r"phía|phía)" + WS1)
_BULLET_LINE = re.compile(r"[ \t]*[-–+•][ \t]")
# ('2. Về phía Học viện X' over a meeting's list of those present: that side's people)
_HEADING = re.compile(r"[ \t]*\d{1,2}[.)][ \t]*(?:(?i:về" + WS1 + r"phía|phía|đại" + WS1 + r"diện)" + WS1 + r")?")


def listed_under_heading(text: str, at: int, by_start: dict[int, OrgMention]) -> OrgMention | None:
    """'1. Cục Ứng dụng và Phát triển công nghệ (Bộ KH&CN)' over '- TS. X, Cục trưởng, Trưởng đoàn;': the
    members of a delegation listed under their body's heading ('2. Về phía Học viện X') hold their posts there."""
    line_start = text.rfind("\n", 0, at) + 1
    if not _BULLET_LINE.match(text, line_start):
        return None
    while line_start > 0:
        line_start = text.rfind("\n", 0, line_start - 1) + 1
        if _BULLET_LINE.match(text, line_start):
            continue
        heading = _HEADING.match(text, line_start)
        org = by_start.get(heading.end()) if heading else None
        line_end = text.find("\n", line_start)
        rest = text[org.end:line_end if line_end >= 0 else len(text)] if org else ""
        return org if org is not None and re.fullmatch(r"[ \t]*(?:\([^()\n]{1,60}\))?[ \t]*:?[ \t]*", rest) else None
    return None


_SENTENCE_END = re.compile(r"\.[ \t]")
# an academic title or a city's abbreviation before a full stop ('GS.TS.', 'ThS.', 'TP.'): no sentence's end (but
# 'Sở KH&CN.' may be)
_ABBREVIATED = re.compile(r"(?<![\wÀ-ỹ&])(?:GS|PGS|TS|TSKH|ThS|Ths|Th\.S|BS|BSCKI|BSCKII|KS|CN|NCS|DS|TP|TX|Tp)$")


def side_subject(text: str, at: int, by_start: dict[int, OrgMention]) -> OrgMention | None:
    """'Về phía Trường Đại học X có PGS.TS Y, Hiệu trưởng; TS. Z, Phó Hiệu trưởng': a sentence that
    introduces one side of a meeting lists that body's people; a post without a body is the body's."""
    # (the sentence's start: not the full stop of an academic title or abbreviation, 'GS.TS. X', 'TP. Huế')
    stops = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 1500), at)
             if not _ABBREVIATED.search(text, max(0, m.start() - 8), m.start())]
    sentence = max(stops[-1] if stops else 0, text.rfind("\n\n", 0, at), 0)
    side = None
    for m in _SIDE.finditer(text, sentence, at):
        side = m
    return by_start.get(side.end()) if side else None


def bracketed_after(text: str, at: int, orgs: list[OrgMention], *, title: str | None = None) -> OrgMention | None:
    """'đầu mối là Ban Khoa học - Công nghệ (TS. X, Trưởng ban, điện thoại: ...)': a person put in brackets
    after a body, with a post and no body of its own, holds the post there; a post that names its unit ('Phó
    Trưởng phòng') in the unit named before its body ('Phòng Kế hoạch - Tài chính, Sở KH&CN (ông X, Phó Trưởng phòng)')."""
    # ('(liên hệ: TS. X, Phó Trưởng ban, điện thoại ...)': the contact's label inside the bracket)
    opening = re.search(r"(?:^|[^\s])" + WS + r"*\(" + WS + r"*(?:(?i:liên" + WS1 + r"hệ)" + WS + r"*:" + WS + r"*)?$",
                        text[max(0, at - 20):at])
    if opening is None:
        return None
    body_end = max(0, at - 20) + opening.start() + (1 if opening.group(0)[:1].strip() else 0)
    # ('giao Chi cục X làm đầu mối (ông Y, Phó Chi cục trưởng)': the body named the contact point)
    contact = _CONTACT_POINT.search(text, max(0, body_end - 40), body_end)
    body_end = contact.start() if contact else body_end
    body = next((o for o in orgs if o.end == body_end), None)
    unit = _UNIT_OF_POST.search(title or "")
    if body is not None and unit is not None and not body.name.lower().startswith(unit.group(1).lower()):
        before = re.search(WS + r"*," + WS + r"*$", text[max(0, body.start - 6):body.start])
        end = body.start - len(before.group(0)) if before else -1
        return next((o for o in orgs if o.end == end and o.name.lower().startswith(unit.group(1).lower())), body)
    return body


# the unit a post names ('Trưởng phòng', 'Phó Trưởng ban', 'Phó Giám đốc Trung tâm')
_UNIT_OF_POST = re.compile(r"(?i:trưởng" + WS1 + r"(phòng|ban|khoa))$")
_CONTACT_POINT = re.compile(WS1 + r"(?:làm|là)" + WS1 + r"(?:(?:cơ" + WS1 + r"quan|đơn" + WS1 + r"vị)" + WS1 + r")?đầu"
                            + WS1 + r"mối$")


_COLUMN_GAP = re.compile(r"[ \t\u00a0]{3,}|\t|[ \t\u00a0]*\|[ \t\u00a0]*")   # (a row of a table with borders: its cells parted by '|')


def in_its_table_row(text: str, at: int, orgs: list[OrgMention]) -> OrgMention | None:
    """The body of a post written alone in a space-aligned table's cell (a ceremony's programme: 'Phát biểu của đại
    diện Công ty X     Ông Y,' / '     Tổng Giám đốc'): the body the cell goes on to on the next line, in the
    same column ('Ông Y, Giám đốc' / 'Sở Khoa học và Công nghệ'), else the one body the row's other cells name."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    gaps = [g for g in _COLUMN_GAP.finditer(text, line_start, line_end) if g.end() < line_end]
    if not gaps:
        return None
    cell_start = max((g.end() for g in gaps if g.end() <= at), default=line_start)
    next_end = text.find("\n", line_end + 1)
    next_end = len(text) if next_end < 0 else next_end
    below = line_end + 1 + (cell_start - line_start)
    under = [o for o in orgs if abs(o.start - below) <= 2 and o.start < next_end]
    if under:
        return under[0]
    row = [o for o in orgs if line_start <= o.start < line_end and not cell_start <= o.start < at]
    return row[0] if len({o.key for o in row}) == 1 else None


# the sentence that opens a list of members: 'Thành lập Hội đồng ... gồm 09 thành viên có tên sau:'; in
# minutes, 'Thành viên Ban Chỉ đạo có mặt:' (a PDF's text may wrap it, going on in lower case: '... có tên' / 'sau:')
_WRAP = r"(?:\n(?=[a-zà-ỹđ])[^\n]{0,40})?"
# (or the count of those present before the list: 'Hội đồng có mặt đủ 5 thành viên:')
_MEMBERS_LISTED = re.compile(r"(?:(?i:gồm)[^\n]{0,60}" + _WRAP + r"|(?i:thành" + WS1 + r"viên)[^\n]{3,120}?" + _WRAP
                             + r"|(?i:có" + WS1 + r"mặt)[^\n]{0,30}(?i:thành" + WS1 + r"viên)"
                             + r")(?<!\))(?<!\d)(?<!\d\.):" + WS + r"*$", re.M)


def council_of_the_list(text: str, at: int, orgs: list[OrgMention]) -> OrgMention | None:
    """The council or board whose list of members holds ``at``: the last body named on the line that
    opens the list ('Thành lập Hội đồng X (...), gồm 09 thành viên có tên sau:')."""
    opened = None
    for opened in _MEMBERS_LISTED.finditer(text, max(0, at - 3000), at):
        pass
    if opened is None:
        return None
    line_start = text.rfind("\n", 0, opened.start()) + 1
    named = [o for o in orgs if line_start <= o.start < opened.end() and o.cls in ("Committee", "ManagementBoard")]
    # (or on the lines a PDF's text wrapped the sentence from, none ending a sentence)
    for _ in range(3):
        if named or line_start == 0 or text[:line_start - 1].rstrip(" \t")[-1:] in ("", ".", ";", ":", "\n"):
            break
        line_start = text.rfind("\n", 0, line_start - 1) + 1
        named = [o for o in orgs if line_start <= o.start < opened.end() and o.cls in ("Committee", "ManagementBoard")]
    if named:
        return named[0]
    # 'Thành lập Hội đồng ... nhiệm vụ "..." (sau đây gọi là Hội đồng), gồm:': the council the decision's
    # title names, when the line names it by its task only
    # ('Thành viên Hội đồng:' over a minutes' table: the council its title names; 'Nhóm nghiên cứu gồm 09 thành viên')
    kind = re.search(r"(?<![\wÀ-ỹ])(?P<kind>Hội" + WS1 + r"đồng|Ban|Tổ|Nhóm)(?![\wÀ-ỹ])", text[line_start:opened.end()])
    titled = [o for o in orgs if o.start < line_start and o.cls in ("Committee", "ManagementBoard")
              and kind and o.name.startswith(collapse_spaces(kind.group("kind")))]
    return titled[-1] if titled else None



__all__ = ["AGENCY_HEADS", "bracketed_after", "council_of_the_list", "in_its_table_row",
           "last_of_kind", "line_subject", "listed_under_heading", "named_before", "side_subject", "the_agency", "the_institute", "the_school"]
