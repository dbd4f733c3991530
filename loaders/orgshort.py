"""A body's short name written inside another body's name: 'Đại học Huế (ĐHH)' defines 'ĐHH', and 'Phân hiệu
ĐHH tại Quảng Trị' is then 'Phân hiệu Đại học Huế tại Quảng Trị', as the text writes it in full elsewhere."""

from __future__ import annotations

import re

from vnst.loaders.orgnames import OrgMention
from vnst.loaders.vietnamese import WS, WS1

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
        out = [OrgMention(x.start, x.end, inner.sub(o.name, x.name), x.cls, x.parent, x.en)
               if x.start >= defined.end() and inner.search(x.name) else x for x in out]
        branch = re.search(r" - Chi nhánh (?P<place>.+)$", o.name)
        if branch:
            # 'Ngân hàng ... Việt Nam (BIDV) - Chi nhánh Hải Phòng', then 'BIDV Chi nhánh Hải Phòng': the branch again
            again = re.compile(re.escape(defined.group("abbr")) + WS + r"*(?:[-–]" + WS + r"*)?Chi" + WS1 + r"nhánh" + WS1
                               + re.escape(branch.group("place")).replace(r"\ ", WS1) + r"(?![\wÀ-ỹ])")
            out += [OrgMention(m.start(), m.end(), o.name, o.cls, o.parent, o.en) for m in again.finditer(text, defined.end())
                    if not any(x.start < m.end() and m.start() < x.end for x in out)]
    return sorted(out, key=lambda x: x.start)


__all__ = ["with_short_names_inside"]
