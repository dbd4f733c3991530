"""Start-up and innovation centres that are bodies as well as facilities. The facilities' reader (projects.py)
knows such a centre's whole name ('Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh X') and its short name in
brackets ('(SIHUB)'); the organisations' reader cuts the name at its first lower-case word, or reads it from a
header without its place, and the people's reader finds a director of 'SIHUB' with no body. Once the
facilities are found, the centres that issue the text or have a director take their whole names here, and every
place the text names them is a body that can sign."""

from __future__ import annotations

import re
from dataclasses import replace

from vnst.loaders.orgs import OrgMention
from vnst.loaders.people import PersonMention
from vnst.loaders.projects import ProjectMention
from vnst.loaders.vietnamese import WS, WS1
from vnst.textnorm import fold

_SHORT_NAME = re.compile(WS + r"*\((?P<short>[A-ZĐ][A-Za-zĐ&-]{2,11})\)")


def _short_names(text: str, centres: list[ProjectMention]) -> dict[str, ProjectMention]:
    """A centre's short name, defined in brackets after it ('... TP. Hồ Chí Minh (SIHUB)')."""
    out: dict[str, ProjectMention] = {}
    for centre in centres:
        for _, end in centre.spans:
            short = _SHORT_NAME.match(text, end)
            if short:
                out.setdefault(short.group("short"), centre)
    return out


def centres_named_whole(text: str, orgs: list[OrgMention], people: list[PersonMention],
                        projects: list[ProjectMention]) -> tuple[list[OrgMention], list[PersonMention]]:
    """The organisations and people again, a centre that is a body named whole: cut short ('Giám đốc Trung
    tâm Hỗ trợ' of '... Hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh X'), from a header without its place ('TRUNG
    TÂM KHỞI NGHIỆP / ĐỔI MỚI SÁNG TẠO'), or the body of a post written with its short name ('Giám đốc SIHUB')."""
    centres = [p for p in projects if p.cls == "InnovationCentre"]
    by_start = {start: p for p in centres for start, _ in p.spans}
    shorts = _short_names(text, centres)

    def whole(org: OrgMention) -> OrgMention:
        if org.cls != "Centre":
            return org
        same_start = by_start.get(org.start)
        if same_start is not None and fold(same_start.name).startswith(fold(org.name)):
            end = next(e for s, e in same_start.spans if s == org.start)
            return replace(org, end=max(end, org.end), name=same_start.name)
        longer = {p.name for p in centres if fold(p.name).startswith(fold(org.name) + " ")}
        return replace(org, name=longer.pop()) if len(longer) == 1 else org

    def by_short_name(person: PersonMention) -> PersonMention:
        if person.org is not None or not person.title or person.title_span is None or not shorts:
            return person
        after = re.match(WS1 + r"(?P<short>" + "|".join(map(re.escape, shorts)) + r")(?![\wÀ-ỹ])", text[person.title_span[1]:])
        if after is None:
            return person
        start = person.title_span[1] + after.start("short")
        return replace(person, org=OrgMention(start, start + len(after.group("short")), shorts[after.group("short")].name,
                                              "Centre"))

    people = [by_short_name(p) for p in people]
    return [whole(o) for o in orgs], [replace(p, org=whole(p.org)) if p.org is not None else p for p in people]


def headed_centres(text: str, orgs: list[OrgMention], people: list[PersonMention],
                   projects: list[ProjectMention]) -> list[OrgMention]:
    """A centre read as a project that someone directs ('Giám đốc Trung tâm Đổi mới sáng tạo tỉnh X'): a body
    that can sign, wherever the text names it, by its name, as the facilities' reader found it, or by its short name."""
    known = {o.key for o in orgs}
    centres = {p.org.name: p.org for p in people if p.org is not None and p.org.cls == "Centre" and p.org.key not in known}
    shorts = _short_names(text, projects) if centres else {}
    out = []
    for name, centre in centres.items():
        spans = {(m.start(), m.end()) for m in re.finditer(re.escape(name) + r"(?![\wÀ-ỹ])", text)}
        spans |= {span for p in projects if fold(p.name) == fold(name) for span in p.spans}
        spans |= {(m.start(), m.end()) for short, p in shorts.items() if fold(p.name) == fold(name)
                  for m in re.finditer(r"(?<![\wÀ-ỹ])" + re.escape(short) + r"(?![\wÀ-ỹ])", text)}
        out += [OrgMention(start, end, centre.name, centre.cls, centre.parent, centre.en) for start, end in sorted(spans)]
    return out


__all__ = ["centres_named_whole", "headed_centres"]
