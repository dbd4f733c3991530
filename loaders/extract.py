"""Find everything a text mentions, before any RDF is built.

The order matters: page boilerplate is masked first; organisations before people
(a title's organisation is an organisation mention); dates and document numbers
before figures (a year is not a count)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from vnst.loaders.agreementmerge import merged_agreements
from vnst.loaders.agreements import Agreement, find_agreements
from vnst.loaders.clauses import Clause, find_tasks, is_plan
from vnst.loaders.boilerplate import Boilerplate, find_boilerplate
from vnst.loaders.docdates import (ACT_THEN_NUMBER, dated_in_its_row, dated_the_same_day, document_dates, place_date,
                                   place_month, recent_day, record_date)
from vnst.loaders.docnumbers import DocNumber, find_numbers, header_number, parse_number
from vnst.loaders.english import english_lines
from vnst.loaders.figures import Figure, find_figures
from vnst.loaders.gridtables import views as grid_views
from vnst.loaders.gridtables import wrapped_spans as grid_spans
from vnst.loaders.hyphens import rejoined_syllables
from vnst.loaders.unaccented import reaccented
from vnst.loaders.kinds import MOTTO, NUMBER_LINE, Segment, segments
from vnst.loaders.layout import cells_between
from vnst.loaders.orgs import OrgMention, find_orgs
from vnst.loaders.pagebreaks import joined, without_running_lines
from vnst.loaders.partylabels import party_labels
from vnst.loaders.members import (listed_member_posts, listed_with_posts, member_posts, member_rows, role_cells,
                                  role_headed_members)
from vnst.loaders.people import PersonMention, find_people
from vnst.loaders.signatures import find_signatures
from vnst.loaders.caps import speakers_cased
from vnst.loaders.centres import centres_named_whole, headed_centres
from vnst.loaders.openings import opened_centres
from vnst.loaders.orgholders import zones_without_the_head_s_name
from vnst.loaders.bareunits import home_communes, home_districts, issuer_locality, school_cities
from vnst.loaders.places import MERGER, PlaceMention, Province, as_of, find_places, province_named
from vnst.loaders.projects import ProjectMention, find_projects
from vnst.loaders.spans import Spans
from vnst.textnorm import collapse_spaces, fold
from vnst.loaders.vietnamese import DATELINE, WS, WS1, DateMention, find_dates

# the title of an invitation ('GIẤY MỜI'), and an agreement it cites as signed before
_INVITATION = re.compile(r"^[ \t]*GIẤY" + WS1 + r"MỜI[ \t]*$", re.M)
_SIGNED_BEFORE = re.compile(WS + r"*(?:,|\))?" + WS + r"*(?:đã" + WS1 + r"(?:được" + WS1 + r")?ký|ký" + WS1 + r"ngày)")
# '... số 12/QĐ-UBND ngày ...', and an agreement's number in brackets before its signing ('(Chương trình số
# 01/CTHT-UBND-ĐHTN) được ký kết ngày 22/3/2019')
# ('Thỏa thuận hợp tác số 02/TTHT-UBND-ĐHTN ký ngày 15/3/2019': signed on the day after its number)
_NUMBER_IN_BRACKETS = re.compile(WS + r"*\(" + WS + r"*[^()\n]{0,50}?(?<![\wÀ-ỹ])số" + WS + r"*:?" + WS + r"*")
_SIGNED_BETWEEN = re.compile(WS1 + r"giữa" + WS1 + r"[^.;]{5,200}?(?<![\wÀ-ỹ])(?:(?:được|đã)" + WS1 + r")*ký(?:" + WS1
                             + r"kết)?(?:" + WS1 + r"vào)?" + WS1 + r"ngày" + WS1)
# ('số X ngày ...', 'số X, ký ngày ...', '(số X) ký kết ngày ...')
# ('Bằng độc quyền sáng chế số X được cấp ngày ...', 'Quyết định số X ban hành ngày ...': granted or issued that day)
_CITED_DATE = re.compile(WS + r"*(?:,|\))?" + WS + r"*(?:(?:(?:được|đã)" + WS1 + r")?(?:(?i:ký)(?:" + WS1 + r"kết)?|cấp|ban"
                         + WS1 + r"hành)(?:" + WS1 + r"vào)?)?" + WS + r"*ngày" + WS1)


@dataclass
class LegalMention:
    start: int
    end: int
    number: DocNumber
    issued: date | None
    issuer: OrgMention | None = None
    header: bool = False
    segment: int = 0
    co_number: bool = False   # the other party's number of the same text, beside the header's ('Số: 1187/CTr-HVN')


@dataclass
class Mentions:
    text: str
    kind: str
    segments: list[Segment]
    boilerplate: Boilerplate
    home: Province | None
    issued: date | None
    observed: date | None
    dates: list[DateMention]
    orgs: list[OrgMention]
    places: list[PlaceMention]
    people: list[PersonMention]
    legal: list[LegalMention]
    agreements: list[tuple[int, Agreement]]
    figures: list[Figure]
    projects: list[ProjectMention]
    dateline: tuple[int, int] | None = None
    notes: list[tuple[int, str]] = field(default_factory=list)   # (offset, what was skipped)
    # the administrative units of which time the text uses: '2025' (two levels, merged provinces) or 'pre2025'
    era: str = "pre2025"
    tasks: dict[int, list[Clause]] = field(default_factory=dict)   # segment index -> a plan's numbered tasks


_AS_SPACE = str.maketrans({"\u00a0": " ", "\u202f": " "})
# a footnote's mark after a word or a number ('Thủ tướng Chính phủ²', 'ngày 12/5/2016¹'): no letter or digit of it
# (but 'm²', 'km³': a unit's power)
_FOOTNOTE_MARK = re.compile(r"(?<=[^\W_])(?<!m)[¹²³⁴⁵⁶⁷⁸⁹⁰]+")


# a paper's name alone on its line, as its site's masthead ('Báo Lào Cai điện tử', 'BÁO PHÚ YÊN ONLINE')
_MASTHEAD = re.compile(r"[ \t]*\x00[ \t]*(?i:điện" + WS1 + r"tử|online)?[ \t]*")


def _line_around(text: str, start: int, end: int) -> str:
    """The line that holds [start, end), the span itself written as one NUL."""
    line_end = text.find("\n", end)
    return text[text.rfind("\n", 0, start) + 1:start] + "\x00" + text[end:line_end if line_end >= 0 else len(text)]


def _outside(spans: Spans | list[tuple[int, int]], pos: int) -> bool:
    if not isinstance(spans, Spans):
        spans = Spans(spans)
    return not spans.contains(pos)


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span turned into line breaks (same offsets), so no name runs into it."""
    for start, end in spans:
        text = text[:start] + "\n" * (end - start) + text[end:]
    return text


def _built_in_grid_cells(text: str, grids: list[tuple[int, int]], found: list[ProjectMention], *,
                         masked: list[tuple[int, int]], home: Province | None,
                         hosts: list[tuple[int, int]]) -> list[ProjectMention]:
    """``found`` with the facilities a wrapped grid table's task cells name ('Xây dựng Sàn giao dịch công
    nghệ tỉnh X'), read down each column: read line by line, the row mixes the columns' words."""
    if not grids:
        return found
    inside = Spans(grids)
    known = {fold(p.name) for p in found}
    out = list(found)
    for view in grid_views(text):
        for project in find_projects(view, masked=masked, home=home, hosts=hosts):
            # (a cell's short name, 'Vườn ươm doanh nghiệp', for the one the text names in full)
            short = any(name.startswith(fold(written)) for name in known for written in project.written)
            if fold(project.name) not in known and not short and all(inside.contains(s) for s, _ in project.spans):
                known.add(fold(project.name))
                out.append(project)
    return sorted(out, key=lambda p: p.spans[0][0])


def _wrapped_in_grid_cells(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """``found`` (the text's own reading) with the places a grid table's cell wraps onto its next line
    ('Trường Đại học Cần' / 'Thơ'), read down the column; a name the text read cut short at the wrap
    ('xã Hòa' / 'Hậu') gives way to the whole."""
    out = list(found)
    for view in grid_views(text):
        for place in find_places(view):
            if "\n" not in view[place.start:place.end]:
                continue
            first_line = place.start + view[place.start:place.end].index("\n")
            cut = [p for p in out if place.start <= p.start and p.end <= first_line]
            # (only the place's own words, down its column, may not hold another: the lines it spans hold other
            # columns' text, 'thành phố Nha' / 'Trang' beside 'Công ty ... Khánh Hòa')
            own = cells_between(view, place.start, place.end)
            if not any(p.start < e and s < p.end for p in out if p not in cut for s, e in own):
                out = [p for p in out if p not in cut] + [place]
    return sorted(out, key=lambda p: p.start)


def _across_page_breaks(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """Places a page break cuts in two ('các huyện Tân Uyên, Tam' / page number and header / 'Đường'),
    read in the text with its breaks joined; the text's own reading (``found``) finds the rest."""
    view = joined(text)
    if view is text:
        return []
    taken = Spans([(p.start, p.end) for p in found])
    # (a list read on across the break finds its next items too; a name spanning the page's furniture owns
    # only its words, which alone may not overlap)
    return [p for p in find_places(view) if not any(taken.overlaps(s, e) for s, e in cells_between(view, p.start, p.end))]


def gather(text: str, *, kind: str | None = None) -> Mentions:
    # a non-breaking space may stand anywhere a space does, in a name, a date or a table's gap: read as one, one
    # character for one, so every offset still points into the text as written (which the annotations quote)
    text = _FOOTNOTE_MARK.sub(lambda mark: " " * len(mark.group(0)), text.translate(_AS_SPACE))
    # a running header or footer between two pages cuts what runs across them (a table's row, a sentence)
    text = without_running_lines(text)
    # (and a scanned page's syllable broken at a line's end by a hyphen is read whole: 'Nông nghi-' / 'ệp')
    text = rejoined_syllables(text)
    # (and a header typed without diacritics, 'SO KHOA HOC VA CONG NGHE', given them back, letter for letter)
    text = reaccented(text)
    plate = find_boilerplate(text)
    masked = plate.spans
    masked_set = Spans(masked)
    parts = segments(text, kind=kind)
    read = _wrapped_in_grid_cells(text, find_places(text))
    places = [p for p in read + _across_page_breaks(text, read) if _outside(masked_set, p.start)]
    home = _home(places, text)
    dates = [d for d in find_dates(text) if _outside(masked_set, d.start)]
    dateline = DATELINE.search(text[:400])
    members = member_rows(text)
    # a table of members: a body named in a post cell ends where the role cell after it begins
    # (a paper's own name over its footer, 'BÁO X - Cơ quan chủ quản: ...', is the page's publisher, not a body it names)
    # (and a paper's masthead over the article, 'Báo Lào Cai điện tử', the publisher again; a body that publishes its
    # own site, 'Bản quyền thuộc về Sở ...', stays a body the text speaks of)
    own_name = Spans([plate.publisher] if plate.publisher else [])
    publisher = fold(collapse_spaces(text[plate.publisher[0]:plate.publisher[1]])) if plate.publisher else None
    publisher = publisher if publisher and publisher.startswith(("bao ", "dai ", "tap chi ")) else None
    orgs = [o for o in find_orgs(_blanked(text, role_cells(members)), home=home)
            if _outside(masked_set, o.start) and _outside(own_name, o.start)
            and not (fold(o.name) == publisher and _MASTHEAD.fullmatch(_line_around(text, o.start, o.end)))]
    ministries = {o.key: o for o in orgs if o.cls == "Ministry"}
    labels = party_labels(text, orgs)
    # a minister named without his ministry ('Thứ trưởng X (để b/c)') is of the one ministry the text
    # names, else of the ministry in whose header the document is issued
    header_end = text.find("\n\n", 0, 400)
    issuing = next((o for o in orgs if o.cls == "Ministry" and o.start < header_end), None)
    people = find_people(speakers_cased(text), orgs, ministry=next(iter(ministries.values())) if len(ministries) == 1 else issuing,
                         places=[(p.start, p.end) for p in places if p.level in ("province", "region")],
                         labels=labels)
    people += member_posts(text, members, orgs)
    people += listed_member_posts(text, orgs, people)
    people += role_headed_members(text, orgs, people)
    people += listed_with_posts(text, orgs)
    for seg in parts:
        seg_orgs = [o for o in orgs if seg.start <= o.start < seg.end]
        people += [p for p in find_signatures(text[:seg.end], seg_orgs, issuer=_issuer(text, seg, seg_orgs),
                                              labels=labels)
                   if p.start >= seg.start]
    people = [p for p in people if _outside(masked_set, p.start)]
    person_spans = [(p.start, p.end) for p in people]
    person_set = Spans(person_spans)
    places = [p for p in places if _outside(person_set, p.start)]
    issued, observed = document_dates(text, parts[0], dates, dateline)
    # districts were abolished by the 2025 reform; a place-date line whose day is left blank ('ngày    tháng 9
    # năm 2025') still says when the text was written, which a date it cites cannot
    month = place_month(text, parts[0])
    written = month if month and (issued is None or issued < month) else issued
    before_merger = written is None or written < MERGER
    bare = home_districts(text, home, places) if before_merger else []
    # (a name read once, not by both)
    bare += school_cities(text, places + bare, home=home, era="pre2025" if before_merger else "2025")
    bare += home_communes(text, home, places + bare, era="pre2025" if before_merger else "2025")
    bare += issuer_locality(text, places + bare)
    places = sorted(places + [p for p in bare if _outside(masked_set, p.start) and _outside(person_set, p.start)],
                    key=lambda p: p.start)
    places = as_of(places, written)
    legal = _legal(text, parts, dates, orgs, issued, masked_set)
    # a number inside a name ('Trung tâm Kỹ thuật ... Chất lượng 3') counts nothing
    # (and a bilingual text's English lines repeat its Vietnamese figures: read once, in Vietnamese)
    taken = (masked + [(d.start, d.end) for d in dates] + [(l.start, l.end) for l in legal] + person_spans
             + [(o.start, o.end) for o in orgs] + english_lines(text))
    figures = find_figures(text, masked=taken)
    others = {p.name: province_named(p.name) for p in places if p.level == "province"}
    counterparts = [o for o in others.values() if o is not None and home is not None and o.city != home.city]
    # a wrapped grid's rows, read line by line, cut its cells' names short and join a task's words to
    # another column's body: neither projects nor agreements are read from them
    grids = grid_spans(text)
    hosts = [(o.start, o.end) for o in orgs if o.cls in ("University", "ResearchInstitute")]
    projects = find_projects(text, masked=masked + grids, home=home,
                             counterpart=counterparts[0] if len(counterparts) == 1 else None, hosts=hosts)
    projects = _built_in_grid_cells(text, grids, projects, masked=masked, home=home, hosts=hosts)
    projects = zones_without_the_head_s_name(projects, text)
    orgs = _boards_of_facilities(orgs, projects, text)
    # a national body in the curated list ('Trung tâm Hỗ trợ khởi nghiệp sáng tạo quốc gia') is a body
    # whatever its head word suggests, never a facility to build
    curated = Spans([(o.start, o.end) for o in orgs if o.en])
    # (a facility that bears its name and more, 'Trung tâm Đổi mới sáng tạo quốc gia tại Đà Nẵng', stays one)
    projects = [p for p in projects if not all(curated.contains(start) and curated.contains(end - 1) for start, end in p.spans)]
    # ('Công ty cổ phần Cảng Hải Phòng': a port in a company's name is the company's name, no facility the text speaks of)
    companies = [(o.start, o.end) for o in orgs if o.cls == "Company"]
    projects = [p for p in projects if not all(any(s < start and end <= e for s, e in companies) for start, end in p.spans)]
    orgs, people = centres_named_whole(text, orgs, people, projects)
    # a centre named only as something to build ('Dự án Trung tâm ...') is a project, not a body;
    # the university that hosts it and gives it its name stays a body
    building = Spans([span for p in projects if p.cls in ("InnovationCentre", "ConstructionProject", "Facility")
                      for span in p.spans])
    orgs = [o for o in orgs if o.cls in ("University", "ResearchInstitute") or not building.contains(o.start)
            or _owner_in_a_project(o.start, building, text)]
    # a project titled by the centre it builds ('Dự án "Trung tâm Trí tuệ nhân tạo Quy Nhơn" của Tập đoàn X')
    titled = {(s, fold(p.name)) for p in projects if p.cls == "Project" for s, _ in p.spans}
    orgs = [o for o in orgs if (o.start, fold(o.name)) not in titled]
    # a centre the text numbers among its projects, named again elsewhere (in a table's row, cut short at
    # its cell's end): the project again, not a body
    # (an incubation centre too, numbered among the projects: '(2). Trung tâm Ươm tạo doanh nghiệp ...: đi vào ...')
    built = [fold(p.name) for p in projects if p.cls in ("ConstructionProject", "Facility") or p.cls == "Incubator" and p.item]
    orgs = [o for o in orgs if not (o.cls == "Centre" and len(o.name.split()) >= 4
                                    and any(name == fold(o.name) or name.startswith(fold(o.name) + " ") for name in built))]
    projects += opened_centres(text, orgs, projects)   # (after the above: an opened centre stays a body too)
    agreements = []
    gridless = _blanked(text, grids)
    # (in text order, as the party readers take them)
    signers = sorted(orgs + headed_centres(text, orgs, people, projects), key=lambda o: o.start)
    for index, seg in enumerate(parts):
        for found in find_agreements(gridless, seg.start, seg.end, orgs=signers, places=places, people=people,
                                     dates=dates, draft=seg.draft, own_text=seg.kind == "agreement",
                                     written=issued, issuer=_issuer(text, seg, orgs) if seg.kind == "official" else None):
            agreements.append((index, found))
    agreements = merged_agreements(agreements)
    for index, seg in enumerate(parts):
        if _INVITATION.search(text, seg.start, min(seg.end, seg.start + 1500)):
            # an invitation to a signing ceremony: its agreements are still to be signed, but for one it
            # cites as signed before ('... thay thế Chương trình ... giai đoạn 2019 - 2023 đã ký ngày ...')
            for _, a in (found for found in agreements if found[0] == index):
                a.signed = a.signed and any(_SIGNED_BEFORE.match(text, e) for _, e in a.spans)
    mentions = Mentions(text, parts[0].kind, parts, plate, home, issued, observed, dates, orgs, places, people,
                        legal, agreements, figures, projects,
                        (dateline.start(), dateline.end()) if dateline else None,
                        era="pre2025" if before_merger else "2025")
    if masked:
        lines = sorted({text.count("\n", 0, s) + 1 for s, _ in masked})
        mentions.notes = [(masked[0][0], "skipped page boilerplate (share buttons, counters, footer or download "
                                         f"notice) on lines {', '.join(map(str, lines))}")]
    for index, seg in enumerate(parts):
        head = header_number(text[seg.start:seg.end])
        number = head[2] if head else None
        if seg.kind != "agreement" and is_plan(text, seg.start, seg.end, number.type if number else None,
                                               party=number is not None and number.type_code_style == "party"):
            tasks = find_tasks(text, seg.start, seg.end, orgs)
            if tasks:
                mentions.tasks[index] = tasks
        if head and head[2] is None:
            mentions.notes.append((seg.start + head[0], f"document number left blank ('Số: /{head[3]}'): "
                                                        "treated as an unnumbered draft"))
    return mentions


def _issuer(text: str, seg: Segment, orgs: list[OrgMention]) -> OrgMention | None:
    """The issuing body: the last organisation of the header block (above the motto or 'Số:'),
    e.g. 'UBND TỈNH BẾN TRE / SỞ KHOA HỌC VÀ CÔNG NGHỆ' is issued by the department."""
    # the 'Số:' line closes the header; the motto may stand beside the issuing body in a
    # two-column layout flattened onto the same lines, so it only counts when there is no 'Số:'
    number_line = NUMBER_LINE.search(text, seg.start, seg.end)
    motto = MOTTO.search(text, seg.start, seg.end)
    header_end = number_line.start() if number_line else motto.start() if motto else seg.start
    header = [o for o in orgs if o.start < header_end]
    return header[-1] if header else (orgs[0] if orgs else None)


# a place named inside a university's or institute's name ('Đại học Bách khoa Hà Nội') says where
# that body is, not whose document this is
_IN_A_SCHOOLS_NAME = re.compile(r"(?:Đại" + WS1 + r"học|ĐẠI" + WS1 + r"HỌC|ĐH|Học" + WS1 + r"viện|HỌC" + WS1 + r"VIỆN|Viện|VIỆN)"
                                r"[^,.;:()\n]{0,40}$")


# 'Dự án nâng cao năng lực của Trung tâm X', '... cho Trung tâm X', '... năng lực Trung tâm X': the project is
# the body's, not the body
_OWNER_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?:của|cho|tại|thuộc|năng[ \t\u00a0\n]+lực)[ \t\u00a0\n]+$")



def _boards_of_facilities(orgs: list[OrgMention], projects: list[ProjectMention], text: str) -> list[OrgMention]:
    """'Ban Quản lý Khu Nông nghiệp ứng dụng công nghệ cao phát triển tôm Bạc Liêu': a board is named by
    the whole facility it manages, where the facility's name runs on past the board's as read."""
    starts = {start: end for p in projects for start, end in p.spans}
    out = []
    for o in orgs:
        head = re.match(r"Ban" + WS1 + r"(?i:quản" + WS1 + r"lý)" + WS1, text[o.start:o.end])
        end = starts.get(o.start + head.end()) if head else None
        whole = collapse_spaces(text[o.start:end]) if end is not None and end > o.end else None
        if whole is not None and not fold(o.name).startswith(fold(whole)):   # (not one resolved to its full name already)
            o = OrgMention(o.start, end, whole, o.cls, o.parent, o.en)
        out.append(o)
    return out


def _owner_in_a_project(start: int, building: Spans, text: str) -> bool:
    span = next(((s, e) for s, e in building if s <= start < e), None)
    return span is not None and _OWNER_BEFORE.search(text, span[0], start) is not None


# the level word of a province in a header, before its name or opening the place's span ('TỈNH GIA LAI')
_LEVEL = re.compile(r"(?:TỈNH|THÀNH[ \t\u00a0]+PHỐ)[ \t\u00a0]+")


_WRITTEN_AT = re.compile(WS + r"*," + WS + r"*ngày" + WS1)


def _nationally_numbered(text: str) -> bool:
    """A text numbered by a national issuer in its header ('Số: 312/TB-BKHCN'): a ministry's, the Government's."""
    head = header_number(text[:800])
    return head is not None and head[2] is not None and head[2].national


def _home(places: list[PlaceMention], text: str) -> Province | None:
    """The province the document is about: the one named most often, not counting places inside the
    names of universities and institutes (unless no other province is named)."""
    provinces = [p for p in places if p.level == "province"]
    # the issuing header's province ('ỦY BAN NHÂN DÂN' / 'THÀNH PHỐ ĐÀ NẴNG' over 'Số: ...'), however often a text
    # about another names that one (a merged province's decision on its former neighbour's department)
    number = NUMBER_LINE.search(text, 0, 800)
    in_caps = [p for p in provinces if number and p.end <= number.start() and text[p.start:p.end].isupper()]
    header = [p for p in in_caps if _LEVEL.search(text, max(0, p.start - 11), p.end)]   # (not 'ĐẠI HỌC ĐÀ NẴNG')
    # (a joint header of several bodies: the one whose province the place-date line names, 'ỦY BAN NHÂN DÂN TỈNH' /
    # 'BÀ RỊA - VŨNG TÀU' beside 'ĐẠI HỌC QUỐC GIA' / 'THÀNH PHỐ HỒ CHÍ MINH')
    dated = next((p for p in provinces if _WRITTEN_AT.match(text, p.end) and p.start < 1500), None)
    if len({p.name for p in in_caps}) > 1 and dated is not None and dated.name in {p.name for p in in_caps}:
        return province_named(dated.name)
    if header:
        return province_named(header[0].name)
    # (a ministry's or the Government's text is written in the capital for the whole country: 'Hà Nội, ngày ...'
    # says where, not which province it is about)
    if _nationally_numbered(text):
        provinces = [p for p in provinces if not _WRITTEN_AT.match(text, p.end)]
    own = [p for p in provinces if not _IN_A_SCHOOLS_NAME.search(text, max(0, p.start - 40), p.start)]
    counts = Counter(p.name for p in (own or provinces))
    if not counts:
        return None
    return province_named(counts.most_common(1)[0][0])


_CO_NUMBER = re.compile(r"[ \t]{2,}Số" + WS + r"*(?:/" + WS + r"*No\.)?" + WS + r"*:" + WS + r"*(?P<num>\d+" + WS
                        + r"*/[^\s]+)")


def _legal(text: str, parts: list[Segment], dates: list[DateMention], orgs: list[OrgMention],
           issued: date | None, masked: Spans) -> list[LegalMention]:
    found: list[LegalMention] = []
    for index, seg in enumerate(parts):
        head = header_number(text[seg.start:seg.end])
        if head and head[2] is not None:
            start, end = seg.start + head[0], seg.start + head[1]
            # a numbered document is dated by its own place-date line; when that line is
            # missing or left blank the date is unknown, not the first date of the body
            # (which is usually a cited law's)
            own_date = place_date(text, seg, dates) or record_date(text, seg, dates)
            found.append(LegalMention(start, end, head[2], own_date,
                                      next((o for o in orgs if seg.start <= o.start < start), None), True, index))
            # a joint text numbered by each party on one line ('Số: 35/CTr-UBND      Số: 1187/CTr-HVN')
            line_end = text.find("\n", end)
            for co in _CO_NUMBER.finditer(text, end, len(text) if line_end < 0 else line_end):
                number = parse_number(co.group("num"))
                if number is not None:
                    found.append(LegalMention(co.start("num"), co.end("num"), number, own_date, None, False, index, True))
    header_spans = [(l.start, l.end) for l in found]
    for start, end, number in find_numbers(text):
        if not _outside(masked, start) or not _outside(header_spans, start):
            continue
        when = None
        follow = _CITED_DATE.match(text, end)
        if follow:
            when = next((d.value for d in dates if d.start <= follow.end() <= d.end + 5 and d.start >= end), None)
        if when is None:   # 'Ngày 15/3/2018, A và B ký kết Chương trình phối hợp số 02/CTPH-...'
            when = next((d.value for d in dates if start - 250 <= d.start and d.end <= start and d.value
                         and re.search(r"(?:^|\n|[.;:][ \t\u00a0])[ \t]*[Nn]gày" + WS + r"*$", text[max(0, d.start - 12):d.start])
                         and ACT_THEN_NUMBER.fullmatch(text, d.end, start)), None)
        if when is None:
            when = dated_in_its_row(text, end, dates)
        if when is None:   # '... được cấp ngày 28/7/2023 theo Quyết định số 68214/QĐ-SHTT cùng ngày': that day
            when = dated_the_same_day(text, start, end, dates)
        if when is None and (between := _SIGNED_BETWEEN.match(text, end)):
            # 'Chương trình hợp tác số 312/CTHT-... giữa A và B được ký ngày 22/3/2016'
            when = next((d.value for d in dates if d.start == between.end()), None)
        if when is None:   # 'Ngày 15/8 vừa qua, UBND tỉnh đã ban hành Kế hoạch số 215/KH-UBND': of the year it is written
            when = recent_day(text, start, issued)
        if when is None:   # 'được ký kết ngày 12/4/2018 (Chương trình số 02/CTHT-UBND-HVN)': the number in brackets
            when = next((d.value for d in dates if d.value and start - 80 <= d.end <= start
                         and _NUMBER_IN_BRACKETS.fullmatch(text, d.end, start)
                         and re.search(r"[Nn]gày" + WS + r"*$", text[max(0, d.start - 8):d.start])), None)
        if when is None:
            # ('ngày 30/12/2025 Thủ tướng Chính phủ đã ban hành Quyết định số ...': the day written with its word)
            near = [d for d in dates if start - 60 <= d.start and d.end <= start and d.value
                    and ("," in text[d.end:d.end + 2] or re.search(r"(?i:ngày)" + WS1 + r"$", text[max(0, d.start - 6):d.start]))
                    and re.search(r"ban" + WS1 + r"hành", text[d.end:start]) and not re.search(r"[.;]", text[d.end:start])]
            when = near[-1].value if near else None
        issuer = None
        of = re.match(WS + r"*(?:" + WS + r"*ngày[^,]{5,30}?)?" + WS + r"*của" + WS1 + r"(?:Thủ" + WS1 + r"tướng"
                      + WS1 + r")?", text[end:end + 70])
        if of:
            issuer = next((o for o in orgs if end + of.end() <= o.start <= end + of.end() + 1), None)
        seg_index = next(i for i, s in enumerate(parts) if s.start <= start < s.end)
        found.append(LegalMention(start, end, number, when, issuer, False, seg_index))
    return found


__all__ = ["LegalMention", "Mentions", "gather"]
