"""A body's name written short: 'Đại học Huế (ĐHH)' defines 'ĐHH', and 'Phân hiệu ĐHH tại Quảng Trị' is then
'Phân hiệu Đại học Huế tại Quảng Trị', as the text writes it in full elsewhere; and a name an upper-case header
wrapped ('BAN QUẢN LÝ KHU NÔNG NGHIỆP' / 'ỨNG DỤNG CÔNG NGHỆ CAO PHÁT TRIỂN TÔM'), read whole when the text
writes the whole name later; and a name a table's cell cut after its dash ('Trường Đại học Bách khoa -')."""

from __future__ import annotations

import re

from vnst.loaders.orgnames import OrgMention
from vnst.loaders.bodies import branch_brands
from vnst.loaders.places import province_named
from vnst.loaders.vietnamese import WS, WS1
from vnst.textnorm import collapse_spaces, fold

# an acronym in brackets that ends a mention, or follows it ('Đại học Huế (ĐHH)')
_ACRONYM = r"\(" + WS + r"*(?P<abbr>[A-ZĐ][A-ZĐ&]{1,9}|[A-Z][a-z]+[A-Z][A-Za-z]*)" + WS + r"*\)"   # ('ĐHH', 'VietinBank')
_ACRONYM_IN_BRACKETS = re.compile(_ACRONYM)
_ACRONYM_AFTER = re.compile(WS + r"*" + _ACRONYM)


def with_short_names_inside(mentions: list[OrgMention], text: str) -> list[OrgMention]:
    """Every later mention whose name holds a short name defined in brackets, with the short name written out
    (only before more words: a name ending in it is a unit named with its body, which orgmerge reads)."""
    out = list(mentions)
    for o in mentions:
        defined = _ACRONYM_IN_BRACKETS.search(text, o.start, o.end) or _ACRONYM_AFTER.match(text, o.end)
        if defined is None or defined.group("abbr") in o.name:
            continue
        inner = re.compile(r"(?<![\w&-])" + re.escape(defined.group("abbr")) + r"(?= \w)")
        # (a group's brand before a province names its provincial unit as the unit names itself: 'VNPT Thừa Thiên Huế'
        # is 'Viễn thông Thừa Thiên Huế', not the group's name and the province)
        unit = re.compile(re.escape(defined.group("abbr")) + r" (?P<rest>.+)$") if defined.group("abbr") in branch_brands() else None
        out = [OrgMention(x.start, x.end, inner.sub(o.name, x.name), x.cls, x.parent, x.en)
               if x.start >= defined.end() and inner.search(x.name)
               and not (unit and (u := unit.match(x.name)) and province_named(u.group("rest"))) else x for x in out]
        branch = re.search(r" - Chi nhánh (?P<place>.+)$", o.name)
        if branch:
            # 'Ngân hàng ... Việt Nam (BIDV) - Chi nhánh Hải Phòng', then 'BIDV Chi nhánh Hải Phòng': the branch again
            again = re.compile(re.escape(defined.group("abbr")) + WS + r"*(?:[-–]" + WS + r"*)?Chi" + WS1 + r"nhánh" + WS1
                               + re.escape(branch.group("place")).replace(r"\ ", WS1) + r"(?![\wÀ-ỹ])")
            out += [OrgMention(m.start(), m.end(), o.name, o.cls, o.parent, o.en) for m in again.finditer(text, defined.end())
                    if not any(x.start < m.end() and m.start() < x.end for x in out)]
    return sorted(out, key=lambda x: x.start)


# (the dash read as no part of the name: 'Trường Đại học Nông Lâm -      1.850' in a row of cells)
_DASH_ENDS_A_CELL = re.compile(r"[ \u00a0]?[-–](?=[ \t\u00a0]{2,}|[ \t\u00a0]*\n)")


def with_cells_cut_at_a_dash(mentions: list[OrgMention], text: str) -> list[OrgMention]:
    """A name a table's cell cut after its dash ('Trường Đại học Bách khoa -' / 'Đại học Đà Nẵng' wrapped onto a
    line the reader did not join): the name the text writes whole with those words before the dash; else, with a
    university printed under it in the same column of the next line, the member school named with it (both pieces
    its mentions; the cells between are others'); else the words before the dash."""
    out = list(mentions)
    for index, o in enumerate(mentions):
        if not re.search(r" [-–]$", o.name) and not _DASH_ENDS_A_CELL.match(text, o.end):
            continue
        cut = o.name[:-2] if re.search(r" [-–]$", o.name) else o.name
        whole = sorted({m.name for m in mentions if m.name.startswith(cut + " - ") or m.name.startswith(cut + " – ")})
        # (a school only: 'ỦY BAN NHÂN DÂN TỈNH X -' over 'ĐẠI HỌC QUỐC GIA HÀ NỘI' heads a joint text of two parties)
        below = _under(o, mentions, text) if o.name.startswith("Trường ") else None
        if below is not None and (len(whole) != 1 or whole[0].endswith(" - " + below.name)):
            member = f"{cut} - {below.name}"
            out[index] = OrgMention(o.start, o.end, member, o.cls, below.name, o.en)
            out[mentions.index(below)] = OrgMention(below.start, below.end, member, o.cls, below.name, o.en)
        else:
            out[index] = OrgMention(o.start, o.end, whole[0] if len(whole) == 1 else cut, o.cls, o.parent, o.en)
    return out


def _under(o: OrgMention, mentions: list[OrgMention], text: str) -> OrgMention | None:
    """The university ('Đại học X') that starts the next line in the column where ``o`` starts."""
    line_start = text.rfind("\n", 0, o.start) + 1
    next_start = text.find("\n", o.end) + 1
    next_end = text.find("\n", next_start) if next_start else -1
    if not next_start:
        return None
    column = o.start - line_start
    return next((m for m in mentions if next_start <= m.start < (next_end if next_end >= 0 else len(text))
                 and abs(m.start - next_start - column) <= 2 and m.name.startswith(("Đại học ", "Học viện "))), None)


__all__ = ["with_short_names_inside"]


def with_wrapped_header_names(mentions: list[OrgMention], text: str) -> list[OrgMention]:
    """A mention that ends a line of the header whose next line goes on with the words of a longer name of the same
    kind the text names elsewhere: that name, its span over both lines."""
    out = []
    header_end = text.find("\n\n")   # (a header's lines run to the first blank line)
    for o in mentions:
        if o.start > header_end:
            out.append(o)
            continue
        line_end = text.find("\n", o.end)
        rest = text[o.end:line_end] if line_end >= 0 else ""
        next_end = text.find("\n", line_end + 1) if line_end >= 0 else -1
        below = text[line_end + 1:next_end if next_end >= 0 else len(text)] if line_end >= 0 else ""
        if rest.strip() or not below.strip():
            out.append(o)
            continue
        wanted = fold(collapse_spaces(f"{o.name} {below}"))
        whole = next((x for x in mentions if x is not o and x.cls == o.cls and fold(x.name).startswith(wanted)), None)
        out.append(OrgMention(o.start, line_end + 1 + len(below.rstrip()), whole.name, whole.cls, whole.parent, whole.en)
                   if whole is not None else o)
    return out
