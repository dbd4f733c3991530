"""The one office that serves a locality's council and committee both.

A district, and since the 2025 reform a ward or commune, runs one office for its People's Council and its People's
Committee: 'Văn phòng HĐND và UBND huyện Lục Ngạn', in its own documents 'Văn phòng HĐND và UBND phường'. Read word
by word it is a council's office and then a committee, the office going to the province; it is one body of the
locality, named with the locality the text gives or, with the level word alone, the one whose document it is.
"""
from __future__ import annotations

import re

from vnst.loaders.orgcommune import local_issuer
from vnst.loaders.orgnames import OrgMention
from vnst.loaders.vietnamese import UPPER, WS1
from vnst.textnorm import collapse_spaces

_JOINT_OFFICE = re.compile(r"(?<![\wÀ-ỹ])Văn" + WS1 + r"phòng" + WS1 + r"(?:HĐND|Hội" + WS1 + r"đồng" + WS1 + r"nhân" + WS1
                           + r"dân)" + WS1 + r"(?:và|-|&)" + WS1 + r"(?:UBND|(?:Ủy|Uỷ)" + WS1 + r"ban" + WS1 + r"nhân" + WS1
                           + r"dân)" + WS1 + r"(?P<level>xã|phường|thị" + WS1 + r"trấn|đặc" + WS1 + r"khu|huyện|quận|thị"
                           + WS1 + r"xã|thành" + WS1 + r"phố)(?![\wÀ-ỹ])"
                           # its name: up to four capitalised words or numbers ('phường 7'), on the same line
                           + r"(?:[ \u00a0]+(?P<name>[" + UPPER + r"0-9][\wÀ-ỹ]*(?:[ \u00a0]+[" + UPPER
                           + r"0-9][\wÀ-ỹ]*){0,3}))?(?![\wÀ-ỹ])")


def with_joint_offices(mentions: list[OrgMention], text: str) -> list[OrgMention]:
    """Each joint office of a locality's council and committee as one body, in place of the pieces read before."""
    issuer = local_issuer(text)
    found: list[OrgMention] = []
    spans: list[tuple[int, int]] = []
    for m in _JOINT_OFFICE.finditer(text):
        spans.append((m.start(), m.end()))
        level = collapse_spaces(m.group("level"))
        if m.group("name"):
            where = f"{level} {collapse_spaces(m.group('name'))}"
        elif issuer is not None and issuer.level == level.lower():
            where = issuer.full
        else:
            continue   # the level word alone in a province's text: each district's office, no one body
        committee = f"Ủy ban nhân dân {where}"
        found.append(OrgMention(m.start(), m.end(), f"Văn phòng Hội đồng nhân dân và {committee}", "Government", committee))
    if not spans:
        return mentions
    kept = [o for o in mentions if not any(s < o.end and o.start < e for s, e in spans)]
    return sorted(kept + found, key=lambda o: o.start)


__all__ = ["with_joint_offices"]
