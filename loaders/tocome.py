"""Signings a text asks for or announces, not ones it reports done.

A letter's requests ('Ủy ban nhân dân tỉnh kính đề nghị Bộ ...:' over '- Thống nhất ký kết Chương trình ...')
and the programme of an event still to come ('Chợ ... sẽ diễn ra từ ngày ...' over '- Lễ ký kết 05 biên bản ghi
nhớ ...') name agreements with the same words as news of a signing. Read alone, the item looks like a report; its
lead-in or the event's tense says it is not one yet.
"""
from __future__ import annotations

import re

from vnst.loaders.vietnamese import WS1

# a sentence (or numbered item) that asks for something reports nothing done ('2. Đề nghị UBND các tỉnh ...; ưu
# tiên chương trình hợp tác với UBND tỉnh X giai đoạn 2026 - 2030')
_ASK_WORDS = r"(?i:đề" + WS1 + r"nghị|kiến" + WS1 + r"nghị|đề" + WS1 + r"xuất)"
REQUEST = re.compile(r"[ \t]*(?:\d{1,2}[.)][ \t]*|[-–+•][ \t]*)?" + _ASK_WORDS)
# (the same words anywhere in the line a list hangs from: 'Ủy ban nhân dân tỉnh kính đề nghị Bộ ...:')
_ASKS = re.compile(r"(?<![\wÀ-ỹ])" + _ASK_WORDS + r"(?![\wÀ-ỹ])")
_BULLET = re.compile(r"[ \t]*(?:[-–+•]|[a-zđ]\))[ \t]+")
# an event announced ahead ('sẽ diễn ra từ ngày 20 đến ngày 22/11/2025', 'dự kiến được tổ chức vào ...')
_EVENT_AHEAD = re.compile(r"(?<![\wÀ-ỹ])(?i:sẽ|dự" + WS1 + r"kiến)" + WS1 + r"(?:(?i:được)" + WS1 + r")?(?i:diễn" + WS1
                          + r"ra|tổ" + WS1 + r"chức|khai" + WS1 + r"mạc)(?![\wÀ-ỹ])")
# an item of its programme named by the occasion ('- Lễ ký kết ...'), with nothing said to be done
_OCCASION = re.compile(r"(?i:lễ)" + WS1 + r"(?i:ký" + WS1 + r"kết|ký|trao)(?![\wÀ-ỹ])")
_DONE = re.compile(r"(?<![\wÀ-ỹ])(?i:đã|vừa)(?![\wÀ-ỹ])")


def item_start(text: str, at: int) -> int:
    """Where the list item (or line) holding ``at`` begins: lines that open in lower case continue the one
    before ('2. Đề nghị ... đã ký kết;' / 'ưu tiên chương trình ...')."""
    start = text.rfind("\n", 0, at) + 1
    while start > 0 and text[start:start + 1].islower():
        start = text.rfind("\n", 0, start - 1) + 1
    return start


def _lead_in(text: str, start: int) -> str:
    """The line a run of bullet items hangs from: the nearest line before ``start`` that is no item of the
    run, when it ends in ':'."""
    at = start
    while at > 0:
        line_start = text.rfind("\n", 0, at - 1) + 1
        line = text[line_start:at].rstrip()
        if line and not _BULLET.match(line) and not line[:1].islower():
            return line if line.endswith(":") else ""
        at = line_start
    return ""


def still_to_come(text: str, at: int) -> bool:
    """Whether the item holding ``at`` asks for a signing or lists one on an event's programme to come."""
    start = item_start(text, at)
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    if REQUEST.match(text, start, end):
        return True
    if not _BULLET.match(text, start, end):
        return False
    if _ASKS.search(_lead_in(text, start)):
        return True
    occasion = _OCCASION.match(text, _BULLET.match(text, start, end).end(), end)
    return bool(occasion) and not _DONE.search(text, start, end) and bool(_EVENT_AHEAD.search(text, 0, start))


__all__ = ["REQUEST", "item_start", "still_to_come"]
