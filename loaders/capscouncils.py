"""A council named by its task in a header or title of capitals ('HỘI ĐỒNG ĐÁNH GIÁ, NGHIỆM THU' / 'CẤP QUỐC
GIA' under the ministry's name, 'BIÊN BẢN HỌP HỘI ĐỒNG' / 'ĐÁNH GIÁ, NGHIỆM THU NHIỆM VỤ KH&CN CẤP BỘ').

Running text writes such a council in lower case after 'Hội đồng' ('Hội đồng đánh giá, nghiệm thu cấp quốc
gia'), which is how the name patterns read it; in capitals every word is capitalised once title-cased, and a
comma inside the task ends a generic name. Read here from the title-cased text (caps.title_case_caps): the
task's words, commas allowed, up to the level that closes such a name ('cấp quốc gia', 'cấp bộ', 'cấp cơ sở'),
at the end of its line, since the task alone says nothing of where the name ends. A province's council ('CẤP TỈNH')
is left to the name readers, which give it its province."""

from __future__ import annotations

import re

from vnst.loaders.orgnames import OrgMention
from vnst.loaders.vietnamese import LOWER, UPPER, expand_abbreviations
from vnst.textnorm import collapse_spaces

_GAP = r"(?:[ \u00a0]|[ \u00a0]*\n[ \t\u00a0]*)"   # one space, or a line break inside the name's column
# (a title-cased word, 'và' as title-casing writes it, or an abbreviation kept in capitals: 'NHIỆM VỤ KH&CN CẤP BỘ')
_TITLED = r"(?:[" + UPPER + r"][" + LOWER + r"]*|và|[" + UPPER + r"][" + UPPER + r"&]{1,7})(?![\wÀ-ỹ&])"
# (not 'CẤP TỈNH': a province's council is named with its province, which the name readers add to the prose's name)
_LEVEL = r"Cấp(?:[ \u00a0](?:Quốc[ \u00a0]Gia|Bộ|Cơ[ \u00a0]Sở|Trường|Đại[ \u00a0]Học|Nhà[ \u00a0]Nước))"
_CAPS_COUNCIL = re.compile(r"(?<![\wÀ-ỹ])(?P<head>Hội[ \u00a0]Đồng|Tổ[ \u00a0]Công[ \u00a0]Tác)(?P<task>(?:,?" + _GAP + _TITLED
                           + r"){1,20}?)" + _GAP + r"(?P<level>" + _LEVEL + r")(?=[ \t\u00a0]*(?:\n|$))")


# the same council in running text, its task in lower case up to its level
_PROSE_COUNCIL = re.compile(r"(?<![\wÀ-ỹ])(?:Hội|Tổ)[ \u00a0](?:đồng|công[ \u00a0]tác)(?:,?[ \u00a0][" + LOWER + r"]+){1,30}?[ \u00a0]cấp"
                            r"[ \u00a0](?:quốc[ \u00a0]gia|tỉnh|thành[ \u00a0]phố|bộ|cơ[ \u00a0]sở|trường|đại[ \u00a0]học|nhà[ \u00a0]nước)"
                            r"(?![\wÀ-ỹ])")


def caps_councils(titled: str) -> list[OrgMention]:
    """Each council a line of capitals names by its task and level, in ``titled`` (the text with its lines of
    capitals title-cased, same offsets), named as running text writes it: as the text's prose writes it in full,
    when a header shortens it ('HỘI ĐỒNG TƯ VẤN ĐÁNH GIÁ, NGHIỆM THU NHIỆM VỤ CẤP QUỐC GIA' for '... nhiệm vụ khoa
    học và công nghệ cấp quốc gia')."""
    prose = [collapse_spaces(m.group(0)) for m in _PROSE_COUNCIL.finditer(titled)]
    out = []
    for m in _CAPS_COUNCIL.finditer(titled):
        if m.group(0).count("\n") > 1:
            continue   # (a name breaks once in its column; over more lines it would join a title's next lines)
        head = "Hội đồng" if m.group("head").startswith("Hội") else "Tổ công tác"
        task = expand_abbreviations(collapse_spaces(m.group("task").replace("\n", " ")))
        name = collapse_spaces(f"{head}{' ' if not task.startswith(',') else ''}{task} {m.group('level')}").lower()
        name = head + name[len(head):]
        name = next((p for p in prose if _shortens(name, p)), name)
        out.append(OrgMention(m.start(), m.end(), name, "Committee"))
    return out


def _shortens(short: str, full: str) -> bool:
    """Whether ``short``'s words are ``full``'s, in order, some left out, with the same first words and level."""
    words, fuller = short.lower().split(), full.lower().split()
    rest = iter(fuller)   # (each word found after the one before it)
    return words[:3] == fuller[:3] and words[-2:] == fuller[-2:] and all(word in rest for word in words)


__all__ = ["caps_councils"]
