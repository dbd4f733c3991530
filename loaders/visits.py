"""The two sides of a working visit, which a report of it calls 'Hai bên' (the two sides) when they agree on
something: the body whose delegation came ('Đoàn công tác của Trường Đại học X', 'Đoàn công tác tỉnh Y', the
province's committee) and the body it worked with ('đã làm việc với Ủy ban nhân dân tỉnh Z', 'làm việc tại
Trường Đại học W')."""

from __future__ import annotations

import re

from vnst.loaders.orgs import OrgMention
from vnst.loaders.vietnamese import WS1
from vnst.textnorm import fold

# 'Hai bên thống nhất giao ... xây dựng dự thảo Thỏa thuận ...': the sides of the visit agree, as its subject
# ('Hai bên giao Sở ... và Phòng ... xây dựng dự thảo ...': they assign it)
SIDES_AGREE = re.compile(r"(?i:hai)" + WS1 + r"(?i:bên)" + WS1 + r"(?:(?i:đã)" + WS1 + r")?(?i:thống" + WS1 + r"nhất|nhất"
                         + WS1 + r"trí|giao)(?![\wÀ-ỹ])")
_DELEGATION = re.compile(r"(?i:đoàn" + WS1 + r"công" + WS1 + r"tác|đoàn" + WS1 + r"đại" + WS1 + r"biểu)" + WS1
                         + r"(?:(?i:của)" + WS1 + r")?(?P<province>(?i:tỉnh|thành" + WS1 + r"phố)" + WS1 + r")?")
_HOST = re.compile(r"(?i:làm" + WS1 + r"việc|thăm)" + WS1 + r"(?i:với|tại)" + WS1)


def visit_sides(text: str, orgs: list[OrgMention], before: int) -> list[OrgMention]:
    """The delegation's body and its host, from the first paragraph before ``before`` that names both; [] if none."""
    for delegation in _DELEGATION.finditer(text, 0, before):
        # (within its paragraph: 'PGS.TS.' and 'TP.' hold dots that end no sentence)
        paragraph_end = text.find("\n", delegation.end(), before)
        host_at = _HOST.search(text, delegation.end(), paragraph_end if paragraph_end >= 0 else before)
        if host_at is None:
            continue
        host = next((o for o in orgs if o.start == host_at.end()), None)
        guest = next((o for o in orgs if delegation.end() <= o.start <= delegation.end() + 1), None)
        if guest is None and delegation.group("province"):
            # 'Đoàn công tác tỉnh Nghệ An': the province's delegation, of its People's Committee named in the text
            place = re.match(r"[^\s,.;(]+(?:" + WS1 + r"[^\s,.;(]+){0,3}", text[delegation.end():])
            guest = next((o for o in orgs if place and fold(o.name).startswith("uy ban nhan dan tinh ")
                          and fold(place.group(0)).startswith(fold(o.name[len("Ủy ban nhân dân tỉnh "):]))), None)
        if host is not None and guest is not None and host.key != guest.key:
            return [guest, host]
    return []


__all__ = ["SIDES_AGREE", "visit_sides"]
