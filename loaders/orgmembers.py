"""Member schools and institutes named with the university or academy they belong to: 'Trường Y Dược - Đại học
Huế' (a member school no head word names), 'Trường Đại học Nông Lâm, Đại học Huế', 'Viện Công nghệ sinh học, Viện
Hàn lâm ...', 'Viện Môi trường và Tài nguyên, ĐHQG-HCM', and a school's branch campus after a dash ('Trường Đại
học Nông Lâm TP. Hồ Chí Minh - Phân hiệu Ninh Thuận'). A member is one body, named with its parent, the parent
being its superior body (linked when the text names the parent on its own too); a later bare mention is the same
member."""

from __future__ import annotations

import re

from vnst.loaders.orgnames import OrgMention
from vnst.loaders.vietnamese import UPPER, WS, WS1
from vnst.textnorm import fold

_MEMBER_JOIN = re.compile(WS + r"*(?:,|[-–])" + WS + r"*$")
_BROKEN_AFTER_DASH = re.compile(r"[ \t\u00a0]*[-–,][ \t\u00a0]*\n[ \t\u00a0]*")   # (or after the comma)

# a member school named 'Trường' and its field, without 'Đại học', before its university ('Trường Y Dược -
# Đại học Huế', 'Trường Ngoại ngữ - Đại học Thái Nguyên')
_SCHOOL_BEFORE = re.compile(r"(?<![\wÀ-ỹ])Trường" + WS1 + r"(?P<field>[" + UPPER + r"][\wÀ-ỹ]*(?:[ \u00a0][\wÀ-ỹ]+){0,3}?)"
                            + WS + r"*[-–]" + WS + r"*$")


def with_member_schools(mentions: list[OrgMention], text: str) -> list[OrgMention]:
    """'Trường Y Dược - Đại học Đà Nẵng': a member school that no head word names, read back from its
    university (a regional or national one, 'Đại học X'), named with it and under it."""
    out: list[OrgMention] = []
    for o in mentions:
        school = _SCHOOL_BEFORE.search(text, max(0, o.start - 40), o.start) if o.cls == "University" and \
            o.name.startswith("Đại học") else None
        if school and not any(m.start < o.start and m.end > school.start() for m in mentions if m is not o) \
                and "\n" not in school.group(0):
            name = f"Trường {school.group('field')} - {o.name}"
            o = OrgMention(school.start(), o.end, name, "University", o.name, None)
        out.append(o)
    return out


def with_member_universities(mentions: list[OrgMention], text: str) -> list[OrgMention]:
    """'Trường Đại học X, Đại học Y' as one member university named with its parent; so too an
    institute of an academy."""
    out: list[OrgMention] = []
    members: dict[str, OrgMention] = {}
    index = 0
    while index < len(mentions):
        o = mentions[index]
        after = mentions[index + 1] if index + 1 < len(mentions) else None
        between = text[o.end:after.start] if after is not None else ""
        # on one line, or broken after the dash ('Trường Đại học Nông Lâm -' / 'Đại học Thái Nguyên')
        if after is not None and _member_of(o, after) and _MEMBER_JOIN.match(between) and \
                ("\n" not in between or _BROKEN_AFTER_DASH.fullmatch(between)):
            separator = " - " if re.search("[-–]", text[o.end:after.start]) else ", "   # as written
            # ('Trường Đại học Nông Lâm TP. Hồ Chí Minh - Phân hiệu Ninh Thuận': a school's branch campus, under the school)
            parent = o.name if _is_branch_campus(after) else after.name
            merged = OrgMention(o.start, after.end, f"{o.name}{separator}{after.name}", o.cls, parent, o.en)
            if parent == after.name:   # (the school named alone is the school, not its branch campus)
                members[fold(o.name)] = merged
                # 'Trường Đại học Nông Lâm Huế': the member named with its parent's place, a common short form
                members[fold(o.name) + " " + fold(after.name).removeprefix("dai hoc ")] = merged
            else:
                members[fold(merged.name)] = merged
            out.append(merged)
            index += 2
            continue
        out.append(o)
        index += 1
    # the parent is linked only when the text also names it on its own, so that it is a body of the graph
    alone = {fold(o.name) for o in out}
    by_name = {fold(m.name): m for m in members.values()} | members
    named = [OrgMention(o.start, o.end, by_name[fold(o.name)].name, o.cls,
                        by_name[fold(o.name)].parent if fold(by_name[fold(o.name)].parent or "") in alone else None, o.en)
             if fold(o.name) in by_name else o for o in out]
    # 'Trường Đại học Bách khoa (ĐHQG-HCM)', the member named with its parent before: the bracket is its parent's
    # name again, part of the member's
    return [o for i, o in enumerate(named) if not (i and re.fullmatch(WS + r"*\(" + WS + r"*", text[named[i - 1].end:o.start])
                                                    and fold(named[i - 1].name).endswith(", " + fold(o.name)))]


def _is_branch_campus(o: OrgMention) -> bool:
    return fold(o.name).startswith("phan hieu ") and " tai " not in fold(o.name)


def _member_of(o: OrgMention, after: OrgMention) -> bool:
    """A member school and its university, or an institute and its academy ('Viện Công nghệ sinh học,
    Viện Hàn lâm Khoa học và Công nghệ Việt Nam') or its national or regional university ('Viện Môi trường
    và Tài nguyên, ĐHQG-HCM'; only a curated one, since 'Viện X, Đại học Cần Thơ' is as often a list)."""
    if _is_member(o) and (_is_parent(after) or _is_branch_campus(after)):
        return True
    return o.cls == "ResearchInstitute" and not _is_academy(o) and (
        _is_academy(after) or _is_parent(after) and after.en is not None and o.en is None)



def _is_academy(o: OrgMention) -> bool:
    return fold(o.name).startswith("vien han lam ")


def _is_member(o: OrgMention) -> bool:
    return o.cls == "University" and fold(o.name).startswith(("truong dai hoc ", "truong cao dang ", "khoa "))


def _is_parent(o: OrgMention) -> bool:
    """A university made of member schools: 'Đại học X' without 'Trường' (national and regional)."""
    return o.cls == "University" and fold(o.name).startswith("dai hoc ")


__all__ = ["with_member_schools", "with_member_universities"]
