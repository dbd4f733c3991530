"""How a project's or facility's name is read and written: the body that hosts a centre (and names it),
a report item's words that name a project found before, where a facility's name ends, its class, and the
canonical form of a name."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from vnst.loaders.bodies import national_bodies, provincial_units
from vnst.loaders.places import LOCALITY_PREFIX, Province, province_named, province_regex
from vnst.loaders.vietnamese import WS, WS1, expand_abbreviations, sentence_start
from vnst.textnorm import collapse_spaces, fold

if TYPE_CHECKING:   # (the mention is defined with the finder, which imports this module)
    from vnst.loaders.projects import ProjectMention


@lru_cache(maxsize=1)
def _named_province() -> re.Pattern[str]:
    # a province named with its level word, not a former one ('tỉnh Đắk Nông cũ', '... (cũ)')
    return re.compile(LOCALITY_PREFIX + r"(?P<prov>" + province_regex() + r")(?![\wÀ-ỹ])(?!" + WS + r"*\(?" + WS + r"*cũ)")


def sentence_province(text: str, at: int) -> Province | None:
    """The province the sentence (or list item) holding ``at`` names first, before it: 'the province' written bare
    in it is that one ('Ông X, Phó Giám đốc Sở KH&CN tỉnh Lâm Đồng cho biết, ...; tỉnh đang xây dựng Vườn ươm ...
    của tỉnh')."""
    named = _named_province().search(text, sentence_start(text, at), at)
    return province_named(named.group("prov")) if named else None


def host_end(text: str, end: int, hosts: list[tuple[int, int]]) -> int:
    """A centre or incubator named after the body that hosts it ('Trung tâm Đổi mới sáng tạo
    Trường Đại học X', 'Vườn ươm ... tại Trường Đại học Y'): its name runs to the host's end."""
    gap = re.match(r"(?:" + WS1 + r"tại)?" + WS1, text[end:end + 12])
    if gap:
        host = next((e for s, e in hosts if s == end + gap.end()), None)
        if host is not None:
            return host
    inside = next((e for s, e in hosts if s < end < e), None)   # the pattern stopped inside the name
    return inside if inside is not None else end


_BARE_HOST = re.compile(WS1 + r"tại" + WS1 + r"(?P<head>Phân" + WS1 + r"hiệu|Học" + WS1 + r"viện|Viện|Đại" + WS1 + r"học)"
                        + r"(?=" + WS + r"*[.;,)\n])")


def host_named_before(text: str, start: int, end: int, hosts: list[tuple[int, int]]) -> tuple[str, int] | None:
    """The host a centre stands in, written by its head word alone ('... tại Phân hiệu.'): the one of that
    head the text named last before it, as (its name, the bare head's end)."""
    bare = _BARE_HOST.match(text, end)
    if not bare:
        return None
    head = fold(collapse_spaces(bare.group("head")))
    named = [collapse_spaces(text[s:e]) for s, e in hosts if e <= start and fold(collapse_spaces(text[s:e])).startswith(head + " ")]
    return (named[-1], bare.end()) if named else None


def known_by_its_words(head: str, projects: list[ProjectMention]) -> ProjectMention | None:
    """The one project found so far whose title holds the head's first words (two or more), as a
    report names a project of its table again by a few words of it ('Dự án đảng sâm')."""
    def words(name: str) -> str:
        return " " + " ".join(re.findall(r"\w+", fold(name))) + " "
    head_words = words(head).split()
    titles = [(p, words(p.name)) for p in projects]   # folded once, not once per phrase length
    for size in range(len(head_words), 1, -1):
        phrase = " " + " ".join(head_words[:size]) + " "
        holders = [p for p, title in titles if phrase in title]
        if holders:
            return holders[0] if len(holders) == 1 else None
    return None


def before_where(head: str) -> str:
    """'Trạm quan trắc ... tại thành phố Rạch Giá': the name ends before where it stands, and before
    the body it belongs to ('Trại thực nghiệm ... của Trung tâm X')."""
    return re.split(WS1 + r"(?:tại|của)" + WS1, head)[0]


# a report's numbered model ('(1). Mô hình sản xuất rau ...: do HTX X thực hiện') is what was done, not a
# facility or project (sets E and O; set T counts one, a disagreement left as it is); an annex's model listed
# with its lead body and budget (LISTED_ITEM) is a project
A_MODEL = re.compile(r"Mô" + WS1 + r"hình(?![\wÀ-ỹ])")


def facility_class(name: str) -> str:
    return "Project" if name.startswith("Mô") else "Facility"   # a model ('Mô hình ...') is a project


@lru_cache(maxsize=1)
def _body_names() -> tuple[str, ...]:
    """Folded names of the units every province has and of national bodies (the organisations' data)."""
    names = {n for u in provincial_units() for n in (u.name, *u.abbreviations)}
    names |= {b.name for b in national_bodies()}
    return tuple(sorted({fold(expand_abbreviations(n)) for n in names}, key=len, reverse=True))


def names_a_body(head: str) -> bool:
    """'(4). Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng X được ...': a report item about an
    existing unit (a centre every province's department has) reports on a body, not a facility."""
    folded = fold(collapse_spaces(expand_abbreviations(head)))
    return any(folded == n or folded.startswith(n + " ") for n in _body_names())


def paragraph_end(text: str, pos: int) -> int:
    nxt = re.compile(r"^[ \t]*\(\d{1,2}\)\.?[ \t]|^[^\n]{0,80}:[ \t]*$", re.M).search(text, pos)
    return nxt.start() if nxt else len(text)


def class_of(name: str) -> str:
    folded = fold(name)
    for head, cls in (("vuon uom", "Incubator"), ("trung tam khoi nghiep", "InnovationCentre"),
                      ("khu cong nghe cao", "HighTechZone"), ("san giao dich", "TechnologyExchange")):
        if folded.startswith(head):
            return cls
    return "Project"


_CODE_DASH = re.compile(r"(?<=[A-Z0-9])-(?=[A-Z0-9])")


def canonical(name: str, *, quoted: bool = False) -> str:
    name = collapse_spaces(expand_abbreviations(name)).replace("–", "-")
    # (a standard's code keeps its dash as written: 'GMP-WHO', 'EU-GMP', 'ISO-9001')
    name = re.sub(r"\s*-\s*", lambda m: "-" if m.group(0) == "-" and _CODE_DASH.match(name, m.start()) else " - ", name)
    name = re.sub(r"^(?i:tại) ", "", name)
    if not quoted:   # a quoted title is kept as written; a centre 'tại TP. X' is 'tại thành phố X'
        name = re.sub(r" (?:tại )?thành phố ", " tại thành phố ", name) if " tại " in name else name
    return name[0].upper() + name[1:]


__all__ = ["A_MODEL", "before_where", "canonical", "class_of", "facility_class", "host_end", "host_named_before",
           "known_by_its_words", "names_a_body", "paragraph_end"]
