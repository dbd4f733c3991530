"""The labels an agreement gives its parties, and the blocks of lines that speak of each party.

An agreement's preamble names each party once under a label ('BÊN A: SỞ KHOA HỌC VÀ CÔNG NGHỆ
TỈNH X', '1. Trường Đại học Y (sau đây gọi là Bên B)') and lists its representative under it
('Đại diện: ông Z - Giám đốc'); its signature blocks then use the label alone ('ĐẠI DIỆN BÊN A').
A post written there without a body of its own is held in the labelled party."""

from __future__ import annotations

import re
from dataclasses import dataclass

from vnst.loaders.orgnames import OrgMention
from vnst.loaders.vietnamese import WS, WS1
from vnst.textnorm import fold

_NAME = r"(?P<label>[A-D]|(?i:thứ" + WS1 + r"(?:nhất|hai|ba|tư)))(?![\wÀ-ỹ])"
# a contract names each side by its role, its label in brackets: 'Bên đặt hàng (Bên A)', 'Bên nhận đặt hàng (Bên B)'
# (in capitals too: 'BÊN GIAO CÔNG NGHỆ (Bên A)')
ROLE_LABEL = (r"(?i:bên)(?:" + WS1 + r"[\wÀ-ỹ]+){1,4}" + WS + r"*\(" + WS + r"*(?i:bên)" + WS1
              + r"(?P<role_label>[A-D])" + WS + r"*\)")
# 'BÊN A: <body>', 'Bên B (bên thực hiện): <body>', '2. BÊN THỨ HAI: <body>', 'Bên đặt hàng (Bên A): <body>'
# (or by its role alone, in a list of the sides: '- Bên giao công nghệ: <body>; đại diện: ông Z, Giám đốc')
_ROLE_ALONE = (r"(?P<role>(?i:bên)" + WS1 + r"(?i:giao|nhận|chuyển" + WS1 + r"giao|đặt" + WS1 + r"hàng|nhận" + WS1 + r"đặt"
               + WS1 + r"hàng|mua|bán)(?:" + WS1 + r"(?i:công" + WS1 + r"nghệ))?)")
_LABEL_BEFORE = re.compile(r"^[ \t*]*(?:\d{1,2}[.)][ \t]*|[-–•+][ \t]*)?(?:(?i:bên)" + WS1 + _NAME
                           + r"[ \t]*(?:\([^)\n]{0,40}\))?|" + ROLE_LABEL + r"|" + _ROLE_ALONE + r")"
                           + r"(?:[ \t]*/[ \t]*(?i:party)[ \t]+[A-D])?"   # (glossed in English: 'BÊN A / PARTY A:')
                           + r"[ \t]*:" + r"[ \t\u00a0]*", re.M)
# '<body> (sau đây gọi là Bên A)', '<body> (gọi tắt là “Bên B”)'
_LABEL_AFTER = re.compile(r"\(" + WS + r"*(?i:(?:sau" + WS1 + r"đây" + WS1 + r")?(?:được" + WS1 + r")?(?:gọi"
                          + WS1 + r"tắt" + WS1 + r"là|gọi" + WS1 + r"là|viết" + WS1 + r"tắt" + WS1 + r"là))"
                          + WS + r"*[“\"]?" + WS + r"*(?i:bên)" + WS1 + _NAME)
# a signature block's heading that names a party by its label: 'ĐẠI DIỆN BÊN A'
_SIGNING_FOR = re.compile(r"(?i:đại" + WS1 + r"diện" + WS1 + r")?(?i:bên)" + WS1 + _NAME + r"[ \t.*]*$")
_BLOCK_LINES = 6   # a party's block (representative, post, address) is a few lines long


@dataclass(frozen=True)
class PartyLabel:
    key: str           # the label folded: 'a', 'thu nhat'
    org: OrgMention
    block_start: int   # the start of the line that names the party


# a side's body on a field's line under its label ('Bên nhận đặt hàng (Bên B):' / '- Tổ chức chủ trì nhiệm vụ: VIỆN X')
BODY_FIELD_BELOW = re.compile(r"[ \t]*\n?[ \t]*[-–•+]?[ \t]*(?:(?i:tổ" + WS1 + r"chức" + WS1 + r"chủ" + WS1 + r"trì)(?:" + WS1
                               + r"(?i:nhiệm" + WS1 + r"vụ))?|(?i:tên" + WS1 + r"(?:tổ" + WS1 + r"chức|đơn" + WS1 + r"vị|cơ" + WS1
                               + r"quan))|(?i:đơn" + WS1 + r"vị))[ \t]*:[ \t]*")

def party_labels(text: str, orgs: list[OrgMention]) -> list[PartyLabel]:
    """Every party label of the text with the body it stands for, in text order."""
    found: list[PartyLabel] = []
    by_start = {o.start: o for o in orgs}
    for m in _LABEL_BEFORE.finditer(text):
        field = BODY_FIELD_BELOW.match(text, m.end())
        org = by_start.get(field.end() if field else m.end())
        if org is not None:
            found.append(PartyLabel(_key(m.group("label") or m.group("role_label") or m.group("role")), org, m.start()))
    for m in _LABEL_AFTER.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = [o for o in orgs if line_start <= o.start and o.end <= m.start()
                  and not text[o.end:m.start()].strip(" \t\u00a0,")]
        if before:
            found.append(PartyLabel(_key(m.group("label")), before[-1], line_start))
    return sorted(found, key=lambda label: label.block_start)


def labelled_party(labels: list[PartyLabel], heading: str) -> OrgMention | None:
    """The body a signature heading such as 'ĐẠI DIỆN BÊN A' stands for."""
    m = _SIGNING_FOR.fullmatch(heading.strip(" \t*\u00a0"))
    if m is None:
        return None
    key = _key(m.group("label"))
    return next((label.org for label in labels if label.key == key), None)


def block_party(text: str, at: int, labels: list[PartyLabel]) -> OrgMention | None:
    """The party whose block holds the line at `at`: its label's line is at most a few lines above,
    with no blank line and no other label between."""
    above = [label for label in labels if label.block_start <= at]
    if not above:
        return None
    label = above[-1]
    between = text[label.block_start:at]
    if re.search(r"\n[ \t\u00a0]*\n", between) or between.count("\n") > _BLOCK_LINES:
        return None
    return label.org


def _key(label: str) -> str:
    return " ".join(fold(label).split())


__all__ = ["ROLE_LABEL", "PartyLabel", "block_party", "labelled_party", "party_labels"]
