"""Signature blocks: the posts and bodies printed above the signers' names at a document's end,
one block after another or side by side in columns ('TM. ỦY BAN NHÂN DÂN' / 'KT. CHỦ TỊCH' /
'PHÓ CHỦ TỊCH' / name)."""

from __future__ import annotations

import re
from collections.abc import Callable

from vnst.loaders.orgs import OrgMention
from vnst.loaders.partylabels import PartyLabel, labelled_party
from vnst.loaders.people import ACADEMIC, ACTING_TITLES, NAME, SIGN_PREFIX, TITLE, PersonMention, role_slug
from vnst.loaders.vietnamese import CAP_WORD, LOWER, SURNAMES, UPPER
from vnst.textnorm import collapse_spaces, fold


_CELL = re.compile(r"\S+(?:[ \u00a0]{1,2}\S+)*")   # a tab always parts two columns
_COLUMN_GAP = 3          # spaces between two columns of a flattened two-column layout
_RIGHT_COLUMN = 24       # a lone cell indented this far belongs to the right-hand column
# a foreign signer's titles in English ('Assoc. Prof. Dr. Somchai R.', 'Prof. Dr.', 'Dr.', 'Mr.')
_ENGLISH_TITLES = r"(?:(?:(?:Assoc\.|Associate)[ \u00a0]+)?(?:Prof\.|Professor)[ \u00a0]+(?:Dr\.[ \u00a0]+)?|(?:Dr|Mr|Mrs|Ms)\.[ \u00a0]+)"
_NAME_LINE = re.compile(r"^[ \t*]*(?:" + ACADEMIC + r"[ \t\u00a0]*)?(?P<name>" + NAME + r")[ \t*]*$")
# under a post, a name of no Vietnamese family: a minority name of one-letter syllable ('A Thắng', 'Y Thái')
# or a foreign one ('Park Jae-won'): capitalised syllables, none in capitals throughout
_SYLLABLE = r"[" + UPPER + r"](?:[" + LOWER + r"]+(?:-[" + UPPER + LOWER + r"][" + LOWER + r"]*)?)?"
_OTHER_NAME_LINE = re.compile(r"^[ \t*]*(?:" + ACADEMIC + r"[ \t\u00a0]*|" + _ENGLISH_TITLES + r")?(?P<name>" + _SYLLABLE + r"(?:[ \u00a0]" + _SYLLABLE + r"){1,3})[ \t*]*$")
_ASIDE = re.compile(r"^\(.*\)$|^\[.*\]$")    # '(Đã ký)', '(Ký tên, đóng dấu)', '[đã ký]'
# a witness signs under the parties' blocks ('CHỨNG KIẾN', 'NGƯỜI CHỨNG KIẾN'), for neither party
_WITNESS = re.compile(r"(?:NGƯỜI[ \t\u00a0]+)?CHỨNG[ \t\u00a0]+KIẾN\b")
_MEETING_ROLE = re.compile(r"THƯ[ \t\u00a0]+KÝ(?:[ \t\u00a0]+(?:HỘI[ \t\u00a0]+NGHỊ|CUỘC[ \t\u00a0]+HỌP))?|CHỦ[ \t\u00a0]+(?:TRÌ|TỌA)"
                           r"|NGƯỜI[ \t\u00a0]+GHI[ \t\u00a0]+BIÊN[ \t\u00a0]+BẢN")
# a bilingual text glosses each line in English after a slash ('GIÁM ĐỐC / DIRECTOR', 'TS. Park Sung-min /
# Dr. PARK Sung-min'); the Vietnamese half is read
_ENGLISH_GLOSS = re.compile(r"[ \u00a0]+/[ \u00a0]+[A-Za-z][A-Za-z .,'’&()-]{2,}$")
_ACTING = frozenset(fold(t) for t in ACTING_TITLES)
_GIVEN_NAME_BELOW = re.compile(r"[ \t\u00a0]*\n[ \t\u00a0]*(?P<given>" + CAP_WORD + r")[ \t\u00a0]*(?=\n|$)")
_IN_CHARGE = re.compile(r"[ \t\u00a0]+PHỤ[ \t\u00a0]+TRÁCH$")


def _cells(text: str) -> list[tuple[int, int, int]]:
    """(column, start, end) of each piece of text, line by line. Signature blocks printed side
    by side come out of PDF extraction as one line per row with a wide gap between the columns."""
    out: list[tuple[int, int, int]] = []
    pos = 0
    for line in text.split("\n"):
        cells: list[re.Match[str] | tuple[int, int]] = [m for m in _CELL.finditer(line)]
        run_on = _POST_RUN_ON.search(line) if len(cells) == 1 else None
        if run_on and TITLE.fullmatch(SIGN_PREFIX.sub("", run_on.group("post")).strip(" .")):
            # a PDF's columns run together with one space: '- Như trên; PHÓ GIÁM ĐỐC', the post the right column's
            out += [(0, pos + cells[0].start(), pos + run_on.start("post")), (1, pos + run_on.start("post"), pos + run_on.end("post"))]
            pos += len(line) + 1
            continue
        named = _NAME_RUN_ON.search(line) if len(cells) == 1 else None
        if named:   # ... and the signer's name after a recipient: '- UBND huyện Thọ Xuân; Mai Xuân Thịnh'
            out += [(0, pos + cells[0].start(), pos + named.start("name")), (1, pos + named.start("name"), pos + named.end("name"))]
            pos += len(line) + 1
            continue
        for index, cell in enumerate(cells):
            # (a tab before a lone cell is a column's width: '\t\t\t\tPHÓ VIỆN TRƯỞNG' is the right-hand one)
            column = index if len(cells) > 1 else int(len(line[:cell.start()].expandtabs(8)) >= _RIGHT_COLUMN)
            gloss = None if cell.group(0).startswith("(") else _ENGLISH_GLOSS.search(cell.group(0))
            out.append((column, pos + cell.start(), pos + cell.start() + (gloss.start() if gloss else len(cell.group(0)))))
        pos += len(line) + 1
    return _join_broken(text, _join_broken(text, out, _name_broken), _post_broken)


# a line of a recipients' list ('Nơi nhận:', '- ...') ending in a post in capitals
_POST_RUN_ON = re.compile(r"^(?:Nơi[ \t\u00a0]+nhận:|(?:Nơi[ \t\u00a0]+nhận:|[ \t]*[-–+•][ \t]).*?(?:[a-zà-ỹ;:,)]|(?<![A-ZĐ])\.))[ \t\u00a0]+(?P<post>(?:(?:KT|TM|TL|TUQ)\.[ \t\u00a0]*"
                          r"|[KT]/[MTL][ \t\u00a0]+)?[" + UPPER + r"]{2,}(?:[ \t\u00a0]+[" + UPPER + r"]+)+)[ \t\u00a0]*$")
_NAME_RUN_ON = re.compile(r"^[ \t]*[-–+•][ \t].*?[;.][ \t\u00a0]+(?P<name>" + NAME + r")[ \t\u00a0]*$")
_GIVEN = re.compile(r"(?:" + CAP_WORD + r"[ \t\u00a0]?){1,3}")


def _join_broken(text: str, cells: list[tuple[int, int, int]],
                 broken: Callable[[str, str], bool]) -> list[tuple[int, int, int]]:
    """``cells`` with each one joined to the next cell of its column on the very next line, where ``broken``
    says the two texts are one thing a line break cut."""
    out: list[tuple[int, int, int]] = []
    consumed: set[int] = set()
    for index, (column, start, end) in enumerate(cells):
        if index in consumed:
            continue
        following = next((i for i in range(index + 1, len(cells)) if cells[i][0] == column), None)
        nxt = cells[following] if following is not None else None
        if nxt is not None and text.count("\n", end, nxt[1]) == 1 and broken(text[start:end], text[nxt[1]:nxt[2]]):
            out.append((column, start, nxt[2]))
            consumed.add(following)
            continue
        out.append((column, start, end))
    return out


def _name_broken(first: str, second: str) -> bool:
    """A signer's family name alone on its line, the given names on the next ('Nguyễn' / 'Thị Thu Hà', a PDF's
    line break)."""
    return first in SURNAMES and bool(_GIVEN.fullmatch(second))


def _post_broken(first: str, second: str) -> bool:
    """A post in capitals broken over two lines ('PHÓ CHỦ' / 'TỊCH', 'THỨ' / 'TRƯỞNG', as a narrow column wraps
    it): the first line is no post, the two together are one."""
    first = SIGN_PREFIX.sub("", first).strip(" .*")
    return first.isupper() and second.isupper() and not TITLE.fullmatch(first) \
        and bool(TITLE.fullmatch(first + " " + second.strip(" .*")))


# the bodies each post heads, by the first words of their names
_HEADED = {"cuc truong": ("cuc ", "tong cuc "), "vu truong": ("vu ",), "vien truong": ("vien ",),
           "hieu truong": ("truong ", "dai hoc ", "hoc vien "), "giam doc": ("so ", "trung tam ", "dai hoc ", "hoc vien ", "quy "),
           "chu tich": ("uy ban ", "hoi dong ", "vien han lam "), "bo truong": ("bo ",), "thu truong": ("bo ",)}


def _heads(title: str, org: OrgMention | None) -> bool:
    post = fold(title).removeprefix("pho ").strip()
    return org is not None and fold(org.name).startswith(_HEADED.get(post, ()))


def find_signatures(text: str, orgs: list[OrgMention], *, issuer: OrgMention | None,
                    labels: list[PartyLabel] = ()) -> list[PersonMention]:
    """Signature blocks: upper-case lines naming the body ('TM. ỦY BAN NHÂN DÂN', 'BỘ KHOA HỌC VÀ
    CÔNG NGHỆ') and the post ('KT. CHỦ TỊCH / PHÓ CHỦ TỊCH'), then the names, in the same order
    (two blocks one after the other come out as two title groups followed by two names; two
    blocks side by side are read column by column)."""
    found: list[PersonMention] = []
    states: dict[int, tuple[list[tuple[str, tuple[int, int], OrgMention | None]], OrgMention | None]] = {}
    titled_last: dict[int, bool] = {}   # the column's last upper-case line was a post
    witnessing: set[int] = set()        # columns whose next name is a witness's, not a signer's
    for column, start, end in _cells(text):
        pending, last_org = states.get(column, ([], None))
        body = text[start:end].strip(" \t*\u00a0")
        letters = re.sub(r"[^\w]", "", body)
        if _ASIDE.match(body):
            continue
        if letters and letters.isupper() and len(body) < 80:
            # ('PHÓ GIÁM ĐỐC PHỤ TRÁCH': a deputy in charge while the head's post is vacant holds the deputy's post)
            bare = _IN_CHARGE.sub("", SIGN_PREFIX.sub("", body).strip(" .*"))
            if _WITNESS.match(bare):
                witnessing.add(column)
                continue
            if _MEETING_ROLE.fullmatch(bare):
                # 'THƯ KÝ' / 'CHỦ TRÌ' over a meeting's minutes: a name will follow for it, holding no post
                # unless the next line gives one ('CHỦ TRÌ' / 'PHÓ CHỦ TỊCH UBND TỈNH')
                pending.append((None, (start, end), None))
                states[column] = (pending, last_org)
                continue
            # a post right under a meeting's role (no blank line between) is the post of that role's holder
            if pending and pending[-1][0] is None and "\n\n" not in text[pending[-1][1][1]:start] and TITLE.match(bare):
                pending.pop()
            title = TITLE.fullmatch(bare)
            if title and re.match(r"(?:KT\.|TL\.|TUQ\.|K/T|T/L)", body, re.I):
                continue   # 'KT. CHỦ TỊCH': signing on the chairman's behalf; the post is the next line
            if title:
                offset = start + text[start:end].index(bare)
                # ('Q. GIÁM ĐỐC': 'Q.' is 'Quyền', an acting head signing in his own post)
                acting = "Quyền " if re.match(r"Q\.", body) and fold(title.group("title")) in _ACTING else ""
                pending.append((acting + title.group("title"), (offset, offset + len(bare)), last_org))
                states[column] = (pending, last_org)
                titled_last[column] = True
                continue
            inline = [o for o in orgs if start <= o.start < end]
            if inline and last_org is not None and _member_over_parent(text, last_org, inline[-1]):
                # ('TRƯỜNG ĐẠI HỌC NÔNG LÂM,' / 'ĐẠI HỌC THÁI NGUYÊN': the member school, named with its parent)
                parent = inline.pop()
                if not fold(last_org.name).endswith(", " + fold(parent.name)):
                    last_org = OrgMention(last_org.start, parent.end, f"{last_org.name}, {parent.name}", last_org.cls,
                                          parent.name)
            offset = start + text[start:end].index(bare)
            post = TITLE.match(bare)
            if post and inline and not text[offset + post.end():inline[0].start].strip():
                # 'PHÓ CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X' on one line, as a witness's block has it
                pending.append((post.group("title"), (offset, offset + post.end()), inline[0]))
                states[column] = (pending, inline[0])
                titled_last[column] = False
                continue
            labelled = labelled_party(list(labels), body)
            if inline and titled_last.get(column) and pending and _heads(pending[-1][0], inline[-1]) \
                    and (not _heads(pending[-1][0], pending[-1][2]) or text.count("\n", pending[-1][1][1], start) == 1):
                # 'CỤC TRƯỞNG / CỤC AN TOÀN BỨC XẠ ...': the post above its body heads that body (and so does a
                # post on the line right above, 'GIÁM ĐỐC' / 'SỞ KH&CN TỈNH CÀ MAU', whatever body the column named before)
                pending[-1] = (pending[-1][0], pending[-1][1], inline[-1])
            titled_last[column] = False
            if inline:
                last_org = inline[-1]
            elif labelled is not None:   # 'ĐẠI DIỆN BÊN A': the party the preamble labelled so
                last_org = labelled
            elif SIGN_PREFIX.match(body) and issuer is not None:
                last_org = issuer
            states[column] = (pending, last_org)
            continue
        alone = text[text.rfind("\n", 0, start) + 1:(text.find("\n", end) + 1 or len(text) + 1) - 1].strip() == text[start:end].strip()
        if not pending and alone and _NAME_LINE.match(text[start:end]):
            waiting = [c for c, (p, _) in states.items() if p and c != column]
            if len(waiting) == 1:   # a name the PDF put at the line's start, under the one column with a post
                column = waiting[0]
                pending, last_org = states[column]
        named = _NAME_LINE.match(text[start:end]) or (_OTHER_NAME_LINE.match(text[start:end]) if pending else None)
        if named and pending:
            title, span, org = pending.pop(0)
            if title is None:   # the meeting's secretary or chair, of no post written here
                states[column] = (pending, last_org)
                continue
            org = _committee_of_its_board(_office_of(org or issuer, title, issuer), title, issuer)
            name_end = start + named.end("name")
            # ('Lâm Ngọc' / 'Hiển': a narrow column wraps the given name onto a line of its own)
            wrapped = _GIVEN_NAME_BELOW.match(text, name_end) if len(named.group("name").split()) <= 3 else None
            name_end = wrapped.end("given") if wrapped else name_end
            name = collapse_spaces(text[start + named.start("name"):name_end])
            # ('Nông Đức' / 'Hải' beside another block's 'Phạm Hữu' / 'Long': the given name under it in its column;
            # the mention's span is the line's part, the other block's words lying between)
            below = _given_under(text, start) if not wrapped and len(name.split()) == 2 else None
            found.append(PersonMention(start + named.start("name"), name_end, f"{name} {below}" if below else name, None, None,
                                       role_slug(title), org, span, column not in witnessing))
            witnessing.discard(column)
            states[column] = (pending, last_org)
            continue
        states[column] = ([], None)
    return sorted(found, key=lambda p: p.start)


def _given_under(text: str, at: int) -> str | None:
    """The one capitalised word that opens the next line's cell in the column where the cell at ``at`` starts."""
    line_start = text.rfind("\n", 0, at) + 1
    next_start = text.find("\n", at) + 1
    if not next_start:
        return None
    column = len(text[line_start:at].expandtabs(8))
    line = text[next_start:(text.find("\n", next_start) + 1 or len(text) + 1) - 1].expandtabs(8)
    given = re.match(r"(?P<given>" + CAP_WORD + r")(?:[ \u00a0]{2,}|$)", line[column:]) \
        if column == 0 or line[column - 1:column] == " " else None
    return given.group("given") if given and not given.group("given").isupper() else None


def _member_over_parent(text: str, member: OrgMention, parent: OrgMention) -> bool:
    """A school, a comma, and on the next line of its block a university of schools ('Đại học X'): its parent."""
    return member.cls == parent.cls == "University" and fold(parent.name).startswith("dai hoc ") \
        and fold(member.name).startswith("truong ") and text[member.end:member.end + 1] == "," and parent.start > member.end


def _office_of(org: OrgMention | None, title: str, issuer: OrgMention | None = None) -> OrgMention | None:
    """The chief of an office signs for its body ('TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN
    PHÒNG' under a People's Committee): the post is in the body's office, not the body."""
    if org is None or not fold(title).endswith("chanh van phong") or fold(org.name).startswith("van phong"):
        return org
    # ('T/L BAN THƯỜNG VỤ' / 'CHÁNH VĂN PHÒNG': the office is the party committee's, not its standing board's)
    committee = org.name[len("Ban Thường vụ "):] if fold(org.name).startswith("ban thuong vu ") else org.name
    if fold(org.name) == "ban thuong vu" and issuer is not None and issuer.cls == "PartyCommittee":
        committee = issuer.name   # the board written alone: the issuing committee's
    return OrgMention(org.start, org.end, f"Văn phòng {committee}", "Government", committee)


def _committee_of_its_board(org: OrgMention | None, title: str, issuer: OrgMention | None) -> OrgMention | None:
    """A party committee's secretary signs for its standing board ('T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ'): the
    secretaries are posts of the committee (Tỉnh ủy), not of the board; a board named alone is the
    issuing committee's."""
    if org is None or fold(title).removeprefix("pho ") not in ("bi thu", "bi thu thuong truc"):
        return org
    if fold(org.name) == "ban thuong vu" and issuer is not None and issuer.cls == "PartyCommittee":
        return OrgMention(org.start, org.end, issuer.name, issuer.cls, issuer.parent, issuer.en)
    if not fold(org.name).startswith("ban thuong vu "):
        return org
    return OrgMention(org.start, org.end, org.name[len("Ban Thường vụ "):], "PartyCommittee", org.parent, org.en)


__all__ = ["find_signatures"]
