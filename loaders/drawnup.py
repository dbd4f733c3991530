"""An agreement a body is drawing up with a partner, no period given yet ('Sở đang xây dựng chương trình hợp
tác mới với Nhà trường cho giai đoạn tiếp theo'): a report's word on the next one, neither signed nor a draft."""

from __future__ import annotations

import re

from vnst.loaders.agreementtext import AGREEMENT_NOUN, PERIOD, Agreement, sentences
from vnst.loaders.orgs import OrgMention
from vnst.loaders.parties import opening_subject
from vnst.loaders.vietnamese import WS, WS1

# the clause's subject, then the drawing up, the agreement's name and its partner after 'với' (a short gloss between:
# 'chương trình hợp tác mới', 'thỏa thuận hợp tác về chuyển đổi số')
_DRAWING_UP = re.compile(r"(?:(?i:đang|sẽ|tiếp" + WS1 + r"tục)" + WS1 + r")?(?i:xây" + WS1 + r"dựng|soạn" + WS1 + r"thảo)" + WS1
                         + r"(?:(?i:dự" + WS1 + r"thảo)" + WS1 + r")?" + AGREEMENT_NOUN.pattern + r"[^,.;:()\n]{0,60}?" + WS1
                         + r"(?i:với)" + WS1)
_WS_RUN = re.compile(WS + r"*")
# ('... đã hoàn thành; Sở đang xây dựng chương trình hợp tác mới với Trường': the same two's next one, another text)
_A_NEW_ONE = re.compile(r"(?<![\wÀ-ỹ])(?i:mới|tiếp" + WS1 + r"theo)(?![\wÀ-ỹ])")


def drawn_up_with_a_partner(text: str, start: int, end: int, orgs: list[OrgMention],
                            found: list[Agreement]) -> list[Agreement]:
    """Each clause opened by a body (named, or as its kind alone: 'Sở', 'Nhà trường') that is drawing up an
    agreement with one partner; a pair already a found agreement's parties is that one again."""
    out: list[Agreement] = []
    for s, e in sentences(text, start, end):
        cuts = [s] + [s + m.end() for m in re.finditer(";", text[s:e])] + [e]
        for cs, ce in zip(cuts, cuts[1:]):
            subject = opening_subject(text, cs, orgs)
            drawing = _DRAWING_UP.match(text, _WS_RUN.match(text, subject.end).end()) if subject is not None else None
            if drawing is None or drawing.end() > ce or PERIOD.search(text, cs, ce):
                continue
            partner = next((o for o in orgs if o.start == drawing.end()), None) or opening_subject(text, drawing.end(), orgs)
            if partner is None or partner.key == subject.key:
                continue
            keys = sorted({subject.key, partner.key})
            if any(sorted(set(a.party_keys)) == keys for a in found + out) and not _A_NEW_ONE.search(text, cs, ce):
                continue
            title = re.sub(r"\s+", " ", text[cs:ce]).strip(" *;.")
            out.append(Agreement([subject, partner], None, None, [(cs, ce)], title, False, False))
    return out


__all__ = ["drawn_up_with_a_partner"]
