"""Clauses: the numbered items of an agreement's contents section ('II. NỘI DUNG HỢP TÁC', or
'Điều 2. Nội dung hợp tác' in a memorandum set out in articles), and the numbered tasks of a plan's
task section ('III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU'). A clause runs on across blank lines and page
breaks while the next paragraph does not start a new item or section."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vnst.loaders.english import english_lines
from vnst.loaders.gridtables import grid_tables
from vnst.loaders.kinds import PROGRAMME_TITLE
from vnst.loaders.orgs import OrgMention

SECTION = re.compile(r"^[ \t*]*(?P<roman>I|II|III|IV|V|VI|VII|VIII|IX|X)\.[ \t]+(?P<title>[^\n]+)$", re.M)
ARTICLE = re.compile(r"^[ \t*]*(?P<roman>Điều[ \t]+\d{1,2})[.:][ \t]+(?P<title>[^\n]+)$", re.M)
_CHAPTER = re.compile(r"^[ \t*]*(?:Chương|CHƯƠNG)[ \t]+(?:[IVX]{1,5}|\d{1,2})[ \t.:]*$", re.M)
ITEM = re.compile(r"^[ \t]*(?P<n>\d{1,2})[.)][ \t]+(?=\S)", re.M)   # '1. ...' or '1) ...'


@dataclass
class Clause:
    number: int
    section: str
    start: int
    end: int
    text: str
    orgs: list[OrgMention] = field(default_factory=list)


_CONTENTS = re.compile(r"NỘI\s+DUNG")
# contents of cooperation, not the contents of a meeting ('NỘI DUNG LÀM VIỆC'), which minutes record
_MEETING_CONTENTS = re.compile(r"NỘI\s+DUNG\s+(?:LÀM\s+VIỆC|CUỘC\s+HỌP|BUỔI\s+LÀM\s+VIỆC|HỘI\s+NGHỊ|HỌP)")
# a plan's tasks ('NHIỆM VỤ VÀ GIẢI PHÁP', 'NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU', 'CÁC NHIỆM VỤ TRỌNG TÂM')
_TASKS = re.compile(r"NHIỆM\s+VỤ")
# the kinds of document that set out tasks: a plan, a programme of action, a scheme
PLAN_TYPES = frozenset({"kh", "ctr", "de-an"})
# (two departments' joint plan too: 'KẾ HOẠCH LIÊN TỊCH')
_PLAN_TITLE = re.compile(r"^[ \t]*(?:KẾ[ \t]+HOẠCH(?:[ \t]+LIÊN[ \t]+TỊCH)?|CHƯƠNG[ \t]+TRÌNH[ \t]+HÀNH[ \t]+ĐỘNG|ĐỀ[ \t]+ÁN)[ \t]*$"
                         r"|" + PROGRAMME_TITLE.pattern, re.M)
# a resolution or decision whose subject is a strategy or a plan it adopts ('NGHỊ QUYẾT' / 'Về Chiến lược phát triển
# khoa học, công nghệ ... giai đoạn 2022 - 2025'): what it adopts sets out tasks as a plan does; so does a province's
# programme a decision approves ('QUYẾT ĐỊNH' / 'Phê duyệt Chương trình ứng dụng khoa học và công nghệ ...'), its tasks
# under a heading of their own ('II. NHIỆM VỤ VÀ GIẢI PHÁP')
_ADOPTS_A_PLAN = re.compile(r"^[ \t*]*(?:(?:V/v|Về)(?:[ \t]+việc)?(?:[ \t]+(?:thông[ \t]+qua|ban[ \t]+hành|phê[ \t]+duyệt))?[ \t]+"
                            r"(?:Chiến[ \t]+lược|Kế[ \t]+hoạch|Chương[ \t]+trình[ \t]+hành[ \t]+động)"
                            r"|(?:Phê[ \t]+duyệt|Ban[ \t]+hành)[ \t]+Chương[ \t]+trình"
                            r"(?![ \t]+(?:hợp[ \t]+tác|phối[ \t]+hợp|công[ \t]+tác)))(?![\wÀ-ỹ])", re.M)
# a programme's or scheme's components, each under a label of its own ('Dự án 1: Tuyên truyền ...')
_LABELLED_ITEM = re.compile(r"^[ \t]*(?:Dự[ \t]+án|Tiểu[ \t]+dự[ \t]+án|Nhiệm[ \t]+vụ|Hợp[ \t]+phần|Đề[ \t]+án)"
                            r"[ \t]+(?P<n>\d{1,2})[ \t]*[.:][ \t]+(?=\S)", re.M)


def is_plan(text: str, start: int, end: int, doc_type: str | None, *, party: bool = False) -> bool:
    """A plan by its number's type ('508/KH-UBND') or its title line ('KẾ HOẠCH'); a party committee's
    resolution ('21-NQ/TU'), its standing board's conclusion ('1245-KL/TU') or directive ('09-CT/TU') sets out its
    tasks and solutions as a plan does (a People's Committee's directive assigns its directions to bodies instead)."""
    return doc_type in PLAN_TYPES or party and doc_type in ("nq", "ket-luan", "ct") \
        or _PLAN_TITLE.search(text, start, min(end, start + 2000)) is not None \
        or doc_type in ("nq", "qd") and _ADOPTS_A_PLAN.search(text, start, min(end, start + 2000)) is not None


def find_tasks(text: str, start: int, end: int, orgs: list[OrgMention]) -> list[Clause]:
    """The numbered tasks of a plan's task section, as its clauses (no articles: a plan has none); a text without
    one (a party directive) lists them after the sentence that announces them ('... thực hiện tốt các nhiệm vụ sau:')."""
    return find_clauses(text, start, end, orgs, heading=_TASKS, articles=False, labelled=True) \
        or _tasks_announced(text, start, end, orgs)


_ANNOUNCED = re.compile(r"(?i:nhiệm\s+vụ)[^\n:.]{0,40}?\s(?i:sau(?:\s+đây)?)[ \t]*:[ \t]*$", re.M)
_HEADING_LINE = re.compile(r"^[ \t*]*[A-ZÀ-ỸĐ][A-ZÀ-ỸĐ ,\t-]{6,}[ \t*]*$", re.M)


def _tasks_announced(text: str, start: int, end: int, orgs: list[OrgMention]) -> list[Clause]:
    announced = _ANNOUNCED.search(text, start, end)
    if announced is None:
        return []
    heading = _HEADING_LINE.search(text, announced.end(), end)
    stop = heading.start() if heading else end
    return _numbered(text, list(ITEM.finditer(text, announced.end(), stop)), "", stop, orgs)


# the minutes of a meeting ('BIÊN BẢN LÀM VIỆC'): what the sides agreed there is recorded, not clauses of an agreement
# (or 'BIÊN BẢN' alone over the meeting it records: 'Phiên họp thứ ba của Ban Chỉ đạo ...')
_MINUTES = re.compile(r"^[ \t*]*BIÊN[ \t]+BẢN(?:[ \t]+(?:LÀM[ \t]+VIỆC|HỌP|CUỘC[ \t]+HỌP|HỘI[ \t]+NGHỊ|KIỂM[ \t]+TRA"
                      r"|NGHIỆM[ \t]+THU)\b|[ \t]*\n[ \t*]*(?i:phiên[ \t]+họp|cuộc[ \t]+họp|buổi[ \t]+làm[ \t]+việc|hội[ \t]+nghị|họp)\b)",
                      re.M)


def find_clauses(text: str, start: int, end: int, orgs: list[OrgMention], *,
                 heading: re.Pattern[str] = _CONTENTS, articles: bool = True, labelled: bool = False) -> list[Clause]:
    if _MINUTES.search(text, start, min(end, start + 1500)):
        return []
    amended = _amended_contents(text, start, end, orgs) if articles else []
    if amended:
        return amended
    sections = _unglossed([m for m in SECTION.finditer(text, start, end) if m.group("title").strip(" *").isupper()])
    content = [m for m in sections if heading.search(m.group("title")) and not _MEETING_CONTENTS.search(m.group("title"))]
    if not content and articles:
        # a memorandum set out in articles: 'Điều 2. Nội dung hợp tác', up to the next article
        sections = list(ARTICLE.finditer(text, start, end))
        content = [m for m in sections if re.search(r"(?i:nội\s+dung)", m.group("title"))]
        if not content and len(sections) <= 5:
            # a memorandum of few articles (purpose, fields, implementation, force) lists its contents in the fields
            # article ('Điều 2. Lĩnh vực hợp tác'); one of many articles gives each content an article of its own
            content = [m for m in sections if re.search(r"(?i:lĩnh\s+vực\s+hợp\s+tác)", m.group("title"))]
        # (a regulation set out in chapters, 'Chương I' ... 'Chương IV', has its articles for its provisions)
        chaptered = len(_CHAPTER.findall(text, start, end)) >= 2
        if (chaptered or not content) and len(sections) >= 2:
            return _articles_as_clauses(text, sections, end, orgs)
    if not content:
        return []
    section = content[0]
    following = [m.start() for m in sections if m.start() > section.start()]
    stop = following[0] if following else end
    items = list(ITEM.finditer(text, section.end(), stop))
    if not items and labelled:
        items = list(_LABELLED_ITEM.finditer(text, section.end(), stop))
    if not items and section.group("roman").startswith("Điều") and len(sections) >= 2:
        # ('Điều 1. Nội dung hợp tác' in lettered points 'a) ...', then 'Điều 2. Giá trị hợp đồng' ...): a contract's
        # contents are one article of several, which are its provisions
        return _articles_as_clauses(text, sections, end, orgs)
    if not items:
        return _table_rows(text, section, stop, orgs)
    return _numbered(text, items, section.group("roman"), stop, orgs)


_INLINE_GLOSS = re.compile(r"[ \t]/[ \t](?=[A-Z][\x20-\x7e]*$)")


def _numbered(text: str, items: list[re.Match[str]], section: str, stop: int, orgs: list[OrgMention]) -> list[Clause]:
    """The clauses the numbered ``items`` open, the last up to ``stop``."""
    clauses = []
    glosses = english_lines(text[:stop])
    for index, item in enumerate(items):
        clause_end = items[index + 1].start() if index + 1 < len(items) else stop
        # (a bilingual text's clause ends where its English gloss begins)
        clause_end = next((a for a, _ in glosses if item.end() < a < clause_end), clause_end)
        kept = _clause_paragraphs(text, item.end(), clause_end)
        body = re.sub(r"\s+", " ", " ".join(text[a:b] for a, b in kept)).strip()
        # (... and where its English gloss follows on the same line, after a slash: '... doanh nghiệp. / Jointly ...')
        body = _INLINE_GLOSS.split(body, maxsplit=1)[0]
        clause = Clause(int(item.group("n")), section,
                        item.start() + len(item.group(0)) - len(item.group(0).lstrip()), kept[-1][1], body)
        clause.orgs = [o for o in orgs if clause.start <= o.start < clause.end]
        clauses.append(clause)
    return clauses


# the column of a table of tasks that says what each task is
_TASK_COLUMN = re.compile(r"(?i:nội\s+dung|nhiệm\s+vụ|tên\s+nhiệm\s+vụ|công\s+việc)")


def _table_rows(text: str, section: re.Match[str], stop: int, orgs: list[OrgMention]) -> list[Clause]:
    """A section that sets its numbered items out in a table ('| TT | Nội dung | Đơn vị chủ trì | ... |'):
    each row is one, its words the task column's cell read down the rows it wraps over."""
    for table in grid_tables(text):
        if not section.end() <= table.span[0] < stop:
            continue
        column = next((c for c, label in enumerate(table.labels) if c and _TASK_COLUMN.search(label)), None)
        if column is None:
            continue
        clauses = []
        for index, (row, (number_at, number)) in enumerate(zip(table.rows, table.numbers)):
            pieces = [p for cell in row for p in cell]
            end = max((start + len(piece) for start, piece in pieces), default=number_at + len(number))
            clause = Clause(index + 1, section.group("roman"), number_at, end, table.cell(index, column))
            clause.orgs = [o for o in orgs if clause.start <= o.start < clause.end]
            clauses.append(clause)
        return clauses
    return []


# an appendix amending an agreement: an article that rewrites or adds its contents ('Điều 1. Sửa đổi khoản 3, Mục II',
# 'Điều 2. Bổ sung khoản 7 và khoản 8 vào Mục II') quotes them with their numbers ('"3. Phối hợp ...')
_AMENDING = re.compile(r"(?i:sửa\s+đổi|bổ\s+sung)(?:\s*,\s*(?i:bổ\s+sung))?\s+(?i:khoản|điểm|nội\s+dung)")
_QUOTED_ITEM = re.compile(r"^[ \t]*[\"“]?[ \t]*(?P<n>\d{1,2})\.[ \t]+(?P<body>[^\n]+)", re.M)


def _amended_contents(text: str, start: int, end: int, orgs: list[OrgMention]) -> list[Clause]:
    """The contents an appendix's articles rewrite or add, each under its number in the agreement."""
    articles = list(ARTICLE.finditer(text, start, end))
    clauses = []
    for index, article in enumerate(articles):
        if not _AMENDING.match(article.group("title")):
            continue
        stop = articles[index + 1].start() if index + 1 < len(articles) else end
        for item in _QUOTED_ITEM.finditer(text, article.end(), stop):
            body = item.group("body").strip().rstrip("\"”").strip()
            clause = Clause(int(item.group("n")), "Điều", item.start("body"), item.end("body"), body.rstrip(";."))
            clause.orgs = [o for o in orgs if clause.start <= o.start < clause.end]
            clauses.append(clause)
    return clauses


def _articles_as_clauses(text: str, articles: list[re.Match[str]], end: int, orgs: list[OrgMention]) -> list[Clause]:
    """A memorandum whose articles name no contents ('Điều 1. Mục đích', 'Điều 2. Lĩnh vực hợp tác', ...):
    its articles are its numbered provisions, each from its title to the next article."""
    clauses = []
    for index, article in enumerate(articles):
        stop = articles[index + 1].start() if index + 1 < len(articles) else end
        kept = _clause_paragraphs(text, article.start("title"), stop)
        body = re.sub(r"\s+", " ", " ".join(text[a:b] for a, b in kept)).strip()
        clause = Clause(int(article.group("roman").split()[-1]), "Điều", article.start("title"), kept[-1][1], body)
        clause.orgs = [o for o in orgs if clause.start <= o.start < clause.end]
        clauses.append(clause)
    return clauses


# a list item on a line of its own: '- ...', '+ ...', '• ...', 'a) ...', '1. ...'
_ITEM_GOES_ON = re.compile(r"\n[ \t]*(?![-–•+][ \t]|[a-zđ]\)[ \t]|\(?\d{1,2}[.)][ \t])[^\s][^\n]*")
# (items may stand a blank line apart, as a web page's paragraphs do)
_LIST_ITEM = re.compile(r"\n(?:[ \t]*\n)?[ \t]*(?:[-–•+]|[a-zđ]\)|\d{1,2}[.)]|\(\d{1,2}\))[ \t]+(?P<body>[^\n]+)")   # ('(1) ...')


def _unglossed(sections: list[re.Match[str]]) -> list[re.Match[str]]:
    """A heading numbered again on the next line is its gloss ('II. NỘI DUNG HỢP TÁC' / 'II. AREAS OF
    COOPERATION'), no section of its own."""
    return [m for i, m in enumerate(sections)
            if not (i and m.group("roman") == sections[i - 1].group("roman")
                    and not m.string[sections[i - 1].end():m.start()].strip())]


def listed_clauses(text: str, declared_end: int, end: int, count: int, orgs: list[OrgMention]) -> list[Clause]:
    """'... hợp tác trên 5 nội dung chính:' over a list of five items, in news that reports an agreement:
    the items are its contents, numbered in their order. Only when the list holds as many items as
    the text declares: a shorter or longer list is something else (examples, a few of them)."""
    colon = re.compile(r"[^\n.;]{0,160}?:[ \t]*(?=\n)").match(text, declared_end)
    if colon is None:
        return []
    items, pos = [], colon.end()
    while (item := _LIST_ITEM.match(text, pos, end)) is not None:
        # (an item the line wraps, its line ending inside a sentence, goes on on the next line if that opens no item)
        stop = item.end("body")
        while not re.search(r"[.;:!?][ \t]*$", text[item.start("body"):stop]) and (more := _ITEM_GOES_ON.match(text, stop, end)):
            stop = more.end()
        items.append((item.start("body"), stop))
        pos = stop
    if len(items) != count:
        return []
    clauses = []
    for number, (start, stop) in enumerate(items, start=1):
        clause = Clause(number, "", start, stop, re.sub(r"\s+", " ", text[start:stop]).strip().rstrip(";."))
        clause.orgs = [o for o in orgs if clause.start <= o.start < clause.end]
        clauses.append(clause)
    return clauses


# page furniture between the paragraphs of a clause: '-- Trang 2 --', 'Trang 2/5', '- 2 -', '2'
_PAGE_MARK = re.compile(r"[-–—\s]*(?:(?i:trang)\s*)?\d{1,3}(?:\s*/\s*\d{1,3})?[-–—\s]*|\f")


def _clause_paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The paragraphs of one clause: the first, and each after it that starts in lower case
    (the sentence runs on across a blank line or page break). Page numbers and a running
    header repeated from earlier in the text are stepped over, not kept."""
    kept: list[tuple[int, int]] = []
    for i, p in enumerate(re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text[start:end])):
        span = (start + p.start(), start + p.end())
        paragraph = p.group(0).strip()
        if i and _page_furniture(text, paragraph, span[0]):
            continue
        if i and not paragraph[:1].islower():
            break
        kept.append(span)
    return kept or [(start, start)]


def _page_furniture(text: str, paragraph: str, at: int) -> bool:
    """A page number, a running header, or a page number with the next page's header under it."""
    lines = [line.strip() for line in paragraph.split("\n")]
    numbers = [line for line in lines if _PAGE_MARK.fullmatch(line)]
    rest = [line for line in lines if not _PAGE_MARK.fullmatch(line)]
    if not rest:
        return True
    if len(rest) == 1 and numbers and rest[0][-1:] not in ".;:,":
        return True
    return len(lines) == 1 and _running_header(text, paragraph, at)


def _running_header(text: str, paragraph: str, at: int) -> bool:
    """A one-line paragraph without end punctuation printed already above: a page's header."""
    return ("\n" not in paragraph and len(paragraph) >= 12 and paragraph[-1:] not in ".;:,"
            and re.search(r"^[ \t]*" + re.escape(paragraph) + r"[ \t]*$", text[:at], re.M) is not None)


__all__ = ["ARTICLE", "ITEM", "PLAN_TYPES", "SECTION", "Clause", "find_clauses", "find_tasks", "is_plan", "listed_clauses"]
