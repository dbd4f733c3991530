"""The members of a council or board a decision sets up, listed in a table or in prose.

A decision establishing a council ('Thành lập Hội đồng tư vấn ...') lists its members in a table:
'TT / Họ và tên / Chức vụ, đơn vị công tác / Chức danh trong Hội đồng'. Flattened from a PDF, each
cell is a line, or several when it wrapped ('Phó Hiệu trưởng Trường Đại học Lâm' / 'nghiệp' / 'Chủ
tịch' / 'Hội đồng'). A member holds two posts: the one in their own body (the post cell) and the one
in the council (the role cell, the table's last column)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from vnst.loaders.gridtables import GridTable, grid_tables
from vnst.loaders.orgs import OrgMention
from vnst.loaders.people import ACADEMIC, HONORIFICS, NAME, TITLE, PersonMention, role_slug
from vnst.loaders.postbodies import council_of_the_list
from vnst.loaders.tables import Cell, numbered_rows
from vnst.loaders.vietnamese import CAP_WORD, WS, WS1

_NAME_COLUMN = re.compile(r"(?i:họ\s+(?:và\s+)?tên)")
_POST_COLUMN = re.compile(r"(?i:chức\s+vụ|đơn\s+vị|cơ\s+quan)")
_ROLE_COLUMN = re.compile(r"(?i:chức\s+danh|nhiệm\s+vụ|vai\s+trò)")
# the first words of a role in a council, board or team
_ROLE_START = re.compile(r"(?:Phó" + WS1 + r")?(?:Chủ" + WS1 + r"tịch|Ủy" + WS1 + r"viên|Uỷ" + WS1 + r"viên|Thư" + WS1
                         + r"ký|Thành" + WS1 + r"viên|Tổ" + WS1 + r"trưởng|Tổ" + WS1 + r"phó|Trưởng" + WS1 + r"(?:ban|nhóm))(?![\wÀ-ỹ])")
# what a role cell adds after the role itself: the body ('Hội đồng', 'Ban') and a reviewer's number
_ROLE_TAIL = re.compile(WS1 + r"(?:(?:Hội" + WS1 + r"đồng|Ban|Tổ)(?:" + WS1 + r"[\wÀ-ỹ]+)*|\d{1,2})$")
_MEMBER_NAME = re.compile(r"(?:(?P<hon>" + HONORIFICS + r")" + WS1 + r")?(?:(?P<acad>" + ACADEMIC + r")" + WS + r"*)?(?P<name>"
                          + NAME + r")" + WS + r"*$")


@dataclass(frozen=True)
class MemberRow:
    name: Cell
    post: list[Cell]    # the cell of the post in the member's own body, over its lines
    role: list[Cell]    # the cell of the role in the council
    fenced: bool = False   # cells between pipes: no name runs from one into the next


# a column after the role's: each member's score, signature or a note
_TRAILER = re.compile(r"(?i:điểm|điểm\s+đánh\s+giá|ghi\s+chú|ký\s+tên|chữ\s+ký)")
_GIVEN_NAME = re.compile(CAP_WORD + r"(?:[ \u00a0]" + CAP_WORD + r")?")


def member_rows(text: str) -> list[MemberRow]:
    """The rows of every table of members: a name column, then a post column, the role column last."""
    out = _piped_member_rows(text)
    fenced = [(text.rfind("\n", 0, row.name.start) + 1, row.role[-1].end) for row in out]   # from the row's line
    for columns, rows in numbered_rows(text):
        if not _members_columns(columns) or any(s <= rows[0][0].start < e for s, e in fenced):
            continue
        for row in rows:
            cells = row[1:]
            role_at = next((n for n in range(len(cells) - 1, 1, -1) if _ROLE_START.match(cells[n].text)), None)
            if len(cells) < 3 or role_at is None or not _MEMBER_NAME.match(cells[0].text):
                continue
            out.append(MemberRow(cells[0], cells[1:role_at], cells[role_at:]))
    return out


def _members_columns(columns: list[str]) -> bool:
    return _role_column(columns) is not None


def _role_column(columns: list[str]) -> int | None:
    """The role's column of a table of members: after the name's and the post's ('| TT | Họ và tên | Chức vụ, đơn
    vị | Chức danh |'), or after the post's and the body's ('| TT | Họ và tên | Chức vụ | Cơ quan, đơn vị | Chức
    danh trong Ban Chỉ đạo |'), the post cells those between."""
    if len(columns) in (5, 6) and _TRAILER.fullmatch(columns[-1].strip()):
        columns = columns[:-1]   # ('| ... | Chức danh trong Hội đồng | Điểm |': the members' scores or notes after the role)
    if len(columns) not in (4, 5) or not _NAME_COLUMN.search(columns[1]):
        return None
    if _ROLE_COLUMN.search(columns[2]) and not _POST_COLUMN.search(columns[2]) and all(_POST_COLUMN.search(c) for c in columns[3:]):
        return 2   # ('| TT | Họ và tên | Chức danh trong Hội đồng | Chức vụ, đơn vị công tác |': the role first)
    if not _ROLE_COLUMN.search(columns[-1]):
        return None
    return len(columns) - 1 if all(_POST_COLUMN.search(c) for c in columns[2:-1]) else None


def _piped_tables(text: str) -> list[GridTable]:
    """The grid tables a word processor exported with pipes ('| TT | Họ và tên | ...'), whose cells the pipes fence."""
    return [t for t in grid_tables(text) if "|" in text[text.rfind("\n", 0, t.span[0]) + 1:t.span[0] + 3]]


def _piped_member_rows(text: str) -> list[MemberRow]:
    """The rows of a table of members exported with pipes, each cell read down its own column: a cell
    wrapped onto a row of its own ('| 1 | ... | Phó Viện trưởng Viện Dược liệu, | Chủ tịch Hội đồng |' /
    '|   |   | Bộ Y tế |   |') goes on in its column, not after the role."""
    out: list[MemberRow] = []
    for table in _piped_tables(text):
        if not _members_columns(table.labels):
            continue
        role_at = _role_column(table.labels)
        last = len(table.labels) - (1 if _TRAILER.fullmatch(table.labels[-1].strip()) else 0)
        for row in table.rows:
            name, role = ([Cell(start, piece) for start, piece in row[c]] for c in (1, role_at))
            post = [Cell(start, piece) for c in range(2, last) if c != role_at for start, piece in row[c]]
            if len(name) == 2 and _GIVEN_NAME.fullmatch(name[1].text):
                # ('| 7 | ThS. Huỳnh Thị Kim | ...' over '|   | Oanh |': the name's last word wrapped onto a row of its own)
                name = [Cell(name[0].start, f"{name[0].text} {name[1].text}")]
            if len(name) == 1 and post and role and _ROLE_START.match(role[0].text) and _MEMBER_NAME.match(name[0].text):
                out.append(MemberRow(name[0], post, role, fenced=True))
    return out


def role_cells(rows: list[MemberRow]) -> list[tuple[int, int]]:
    """The spans of the role cells: they end the body named in the post cell before them (a pipe
    ends it already)."""
    return [(row.role[0].start, row.role[-1].end) for row in rows if not row.fenced]


# a table of people who are not a council's members: a prize's authors, a task's investigators, each with
# their post in a column of its own ('| Tác giả, nhóm tác giả | Chức vụ, đơn vị công tác |')
_PEOPLE_COLUMN = re.compile(r"(?i:họ\s+(?:và\s+)?tên|tác\s+giả|chủ\s+nhiệm|người\s+thực\s+hiện)")
_POST_ONLY = re.compile(r"(?i:chức\s+vụ)")
# what follows the one name of a team's cell ('TS. X và cộng sự', 'KS. Y và nhóm tác giả')
_TEAM = re.compile(r"[;,]?" + WS1 + r"(?i:và)" + WS1 + r"(?i:cộng" + WS1 + r"sự|nhóm" + WS1 + r"tác" + WS1 + r"giả|các"
                   + WS1 + r"cộng" + WS1 + r"sự)" + WS + r"*$")


def listed_with_posts(text: str, orgs: list[OrgMention]) -> list[PersonMention]:
    """The people a piped table lists with their posts beside them, outside a council's table of members:
    each name cell (several names split by ';') with its post cell (split the same way), its cells read
    down their columns ('| TS.BS. X | Phó Giám đốc Bệnh viện Đa |' / '|   | khoa tỉnh Hà Nam |')."""
    out: list[PersonMention] = []
    for table in _piped_tables(text):
        if _members_columns(table.labels):
            continue
        names_at = next((c for c, label in enumerate(table.labels) if c and _PEOPLE_COLUMN.search(label)), None)
        posts_at = next((c for c, label in enumerate(table.labels) if c and _POST_ONLY.search(label)), None)
        if names_at is None or posts_at is None or names_at == posts_at:
            continue
        for row in table.rows:
            names, posts = _split_cell(row[names_at]), _split_cell(row[posts_at])
            for name_cell, post_cell in zip(names, posts) if len(names) == len(posts) else []:
                m = _MEMBER_NAME.match(_TEAM.sub("", " ".join(piece for _, piece in name_cell)))
                title = TITLE.match(text, post_cell[0][0])
                body = next((o for o in orgs if any(at <= o.start < at + len(piece) for at, piece in post_cell)), None)
                if m is None or title is None or body is None or text[title.end():body.start].strip(" \t\n,|"):
                    continue
                start = name_cell[0][0] + m.start("name")
                out.append(PersonMention(start, start + len(m.group("name")), " ".join(m.group("name").split()),
                                         m.group("hon"), m.group("acad"), role_slug(title.group("title")), body,
                                         (title.start(), title.end())))
    return out


def _split_cell(pieces: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """A cell's parts, split where a piece ends in ';' (a part may run over several pieces)."""
    parts: list[list[tuple[int, str]]] = [[]]
    for start, piece in pieces:
        parts[-1].append((start, piece.rstrip().rstrip(";")))
        if piece.rstrip().endswith(";"):
            parts.append([])
    return [part for part in parts if part]


# an annex listing the members under a heading of its own ('DANH SÁCH THÀNH VIÊN HỘI ĐỒNG ...'), the
# decision saying only 'gồm 09 thành viên có tên tại Phụ lục kèm theo Quyết định này'
_ANNEX_HEADING = re.compile(r"^[ \t]*DANH" + WS1 + r"SÁCH" + WS1 + r"(?:CÁC" + WS1 + r")?THÀNH" + WS1 + r"VIÊN" + WS1
                            + r"(?P<kind>HỘI" + WS1 + r"ĐỒNG|BAN|TỔ)(?![\wÀ-ỹ])", re.M)
# minutes' list of the members present or absent ('a) Thành viên có mặt:', 'Thành viên vắng mặt:')
# ('3. Thành viên Hội đồng: có mặt 7/7 thành viên ..., gồm:')
_PRESENCE = r"(?:có" + WS1 + r"mặt|tham" + WS1 + r"dự|vắng" + WS1 + r"mặt)"
_PRESENT = re.compile(r"(?i:thành" + WS1 + r"viên(?:" + WS1 + r"hội" + WS1 + r"đồng)?(?:" + WS1 + _PRESENCE + WS + r"*:|" + WS
                      + r"*:" + WS + r"*" + _PRESENCE + r"(?![\wÀ-ỹ])))")
_ESTABLISHED = re.compile(r"(?i:thành" + WS1 + r"lập)" + WS1 + r"$")
# ('Hội đồng ... cấp tỉnh được thành lập theo Quyết định số ...': the minutes name it, then how it was set up)
_ESTABLISHED_AFTER = re.compile(WS1 + r"(?i:được" + WS1 + r"thành" + WS1 + r"lập)(?![\wÀ-ỹ])")


def _council(text: str, at: int, orgs: list[OrgMention]) -> OrgMention | None:
    """The council whose members are listed at ``at``: named where the list opens, or, under an annex's
    heading or a minutes' list of those present, the council of that kind the text says was established
    ('Thành lập Hội đồng ...', 'Quyết định ... về việc thành lập Hội đồng ...')."""
    opened = council_of_the_list(text, at, orgs)
    if opened is not None:
        return opened
    heading = None
    for heading in _ANNEX_HEADING.finditer(text, max(0, at - 1500), at):
        pass
    if heading is None and not _PRESENT.search(text, max(0, at - 1500), at):
        return None
    # (minutes list the members present, 'Thành viên có mặt:', of the council the decision they cite set up)
    kind = " ".join(heading.group("kind").split()).capitalize() if heading else "Hội đồng"
    before = heading.start() if heading else at
    return next((o for o in orgs if o.cls in ("Committee", "ManagementBoard") and o.name.startswith(kind + " ")
                 and o.start < before and (_ESTABLISHED.search(text, max(0, o.start - 20), o.start)
                                           or _ESTABLISHED_AFTER.match(text, o.end))), None)


def member_posts(text: str, rows: list[MemberRow], orgs: list[OrgMention]) -> list[PersonMention]:
    """Each member's post in their own body, when the post cell opens with a title ('Phó Giám đốc Sở
    ...'), and their role in the council the text sets up."""
    out: list[PersonMention] = []
    for row in rows:
        m = _MEMBER_NAME.match(row.name.text)
        start = row.name.start + m.start("name")
        name = " ".join(m.group("name").split())
        honorific, academic = m.group("hon"), m.group("acad")
        lo, hi = row.post[0].start, row.post[-1].end
        title = TITLE.match(text, lo)
        body = next((o for o in orgs if lo <= o.start < hi), None)
        if title and body is not None and not text[title.end():body.start].strip(" \t\n,|"):
            out.append(PersonMention(start, start + len(m.group("name")), name, honorific, academic,
                                     role_slug(title.group("title")), body, (title.start(), title.end())))
        council = _council(text, row.name.start, orgs)
        # (a note after the role in brackets, 'Ủy viên (vắng)', is no part of it)
        role = _ROLE_TAIL.sub("", _NOTE_AFTER.sub("", " ".join(" ".join(c.text for c in row.role).split())))
        # ('Thành viên': being a member is no post in the body)
        if council is not None and role_slug(role) != "thanh-vien":
            out.append(PersonMention(start, start + len(m.group("name")), name, honorific, academic, role_slug(role),
                                     council, (row.role[0].start, row.role[-1].end)))
    return out


# a member listed in prose, one per numbered line, the council role last ('3. ThS. Nguyễn Văn B, Trưởng
# phòng Quản lý khoa học, Sở Khoa học và Công nghệ, Ủy viên thư ký;'), or the parts parted by dashes
# ('5. TS. Đoàn Minh Trí - Phó Hiệu trưởng Trường Đại học X - Ủy viên;')
_LISTED_MEMBER = re.compile(r"^[ \t]*(?:\d{1,2}[.)]|[-–+•])[ \t]*(?:(?P<hon>" + HONORIFICS + r")" + WS1 + r")?(?:(?P<acad>"
                            + ACADEMIC + r")" + WS + r"*)?(?P<name>" + NAME + r")(?:[ \t]*,|[ \t]+[-–](?=[ \t]))(?P<rest>[^\n]*?(?:\n(?![ \t]*(?:\d{1,2}"
                            r"[.)]|[-–+•]|Điều))[^\n]*?)?)[ \t]*[;.]?[ \t]*$", re.M)   # (the role may wrap onto a line)
# (a post in the body, not 'thành viên', which only says one belongs to it)
_LISTED_ROLE = re.compile(r"(?P<role>(?:Phó" + WS1 + r")?(?:Chủ" + WS1 + r"tịch|Ủy" + WS1 + r"viên|Uỷ" + WS1 + r"viên|Thư"
                          + WS1 + r"ký|Tổ" + WS1 + r"trưởng|Tổ" + WS1 + r"phó|Trưởng" + WS1
                          + r"(?:ban|nhóm))(?:" + WS1 + r"(?i:thư" + WS1 + r"ký|phản" + WS1 + r"biện|thường" + WS1 + r"trực|hành"
                          + WS1 + r"chính))?)(?:" + WS1 + r"(?:Hội" + WS1 + r"đồng|Ban|Tổ)(?:" + WS1 + r"[\wÀ-ỹ]+)*)?(?:"
                          + WS1 + r"\d{1,2})?$")


_NOTE_AFTER = re.compile(WS + r"*\([^()]{1,40}\)" + WS + r"*$")


def listed_member_posts(text: str, orgs: list[OrgMention], found: list[PersonMention]) -> list[PersonMention]:
    """The role in the council of each member a decision lists in prose, one per numbered line, the role
    after the last comma; the posts in their own bodies are read as any post after a name is."""
    out: list[PersonMention] = []
    have = {(p.start, p.title) for p in found}
    for m in _LISTED_MEMBER.finditer(text):
        # the role after the last comma or dash ('..., Sở Y tế - Ủy viên'), a note after it in brackets ('(vắng)')
        rest = _NOTE_AFTER.sub("", m.group("rest"))
        cut = max(rest.rfind(","), rest.rfind(" - "), rest.rfind(" – "))
        last = " ".join(rest[cut + 1:].strip(" -–").split())
        role = _LISTED_ROLE.fullmatch(last)
        council = _council(text, m.start(), orgs) if role else None
        if council is None:
            continue
        slug = role_slug(role.group("role"))
        if (m.start("name"), slug) in have:
            continue
        at = m.start("rest") + cut + 1
        out.append(PersonMention(m.start("name"), m.end("name"), " ".join(m.group("name").split()), m.group("hon"),
                                 m.group("acad"), slug, council, (at, m.end("rest"))))
    return out


# a role that heads its members ('1. Trưởng ban: Ông X, Chủ tịch UBND tỉnh.', '3. Các Phó Trưởng ban:' over '- Ông Y, ...;')
_ROLE_HEAD = re.compile(r"^[ \t]*\d{1,2}[.)][ \t]*(?:Các" + WS1 + r")?(?P<role>(?:Phó" + WS1 + r")?(?:Chủ" + WS1 + r"tịch"
                        + r"|Trưởng" + WS1 + r"ban|Tổ" + WS1 + r"trưởng)(?:" + WS1 + r"(?:[Tt]hường" + WS1 + r"trực))?|Tổ"
                        + WS1 + r"phó|Ủy" + WS1 + r"viên" + WS1 + r"(?:thường" + WS1 + r"trực|thư" + WS1 + r"ký))[ \t]*:[ \t]*",
                        re.M)
_HEADED_MEMBER = re.compile(r"(?:(?P<hon>" + HONORIFICS + r")" + WS1 + r")?(?:(?P<acad>" + ACADEMIC + r")" + WS + r"*)?(?P<name>"
                            + NAME + r")")
_BULLET = re.compile(r"\n[ \t]*[-–+•][ \t]*")


def role_headed_members(text: str, orgs: list[OrgMention], found: list[PersonMention]) -> list[PersonMention]:
    """The role in the council of each member a decision lists under a role that heads them, on its line or on
    the bulleted lines below it; the posts in their own bodies are read as any post after a name is."""
    out: list[PersonMention] = []
    have = {(p.start, p.title) for p in found}
    for head in _ROLE_HEAD.finditer(text):
        council = _council(text, head.start(), orgs)
        if council is None:
            continue
        slug = role_slug(head.group("role"))
        if text[head.end():head.end() + 1] not in ("", "\n"):
            starts = [head.end()]
        else:   # ('3. Các Phó Trưởng ban:' over its bulleted members)
            starts, pos = [], text.find("\n", head.end())
            while pos >= 0 and (bullet := _BULLET.match(text, pos)):
                starts.append(bullet.end())
                pos = text.find("\n", bullet.end())
        for start in starts:
            m = _HEADED_MEMBER.match(text, start)
            if m and (m.start("name"), slug) not in have:
                out.append(PersonMention(m.start("name"), m.end("name"), " ".join(m.group("name").split()), m.group("hon"),
                                         m.group("acad"), slug, council, (head.start("role"), head.end("role"))))
    return out


__all__ = ["MemberRow", "listed_member_posts", "listed_with_posts", "member_posts", "member_rows", "role_cells",
           "role_headed_members"]
