"""Foreign bodies a Vietnamese text names only in English ('đoàn công tác của Korea Institute of Oriental Medicine
(KIOM), Hàn Quốc'): a partner abroad often has no Vietnamese name the writer trusts, so the English one stands.

A name is a run of capitalised English words (and acronyms), joined by 'of', 'for', 'and', '&' or 'the', that holds
a word saying what kind of body it is ('Institute', 'University', 'Council', ...). Not read: a name in brackets (a
gloss of the Vietnamese name before it, 'Trường Đại học Ben-Gurion vùng Negev (Ben-Gurion University of the Negev)'),
a name given as a body's English name ('Tên giao dịch tiếng Anh: ...'), a name on an English line (a bilingual text's
English half repeats its Vietnamese), and a name in capitals (a bilingual header's English column)."""

from __future__ import annotations

import re

from vnst.loaders.caps import CAPS_CHANGED
from vnst.loaders.english import english_lines
from vnst.loaders.orgnames import OrgMention
from vnst.textnorm import collapse_spaces

# the word that says what kind of body a name is, and the vnst class of that kind
_KINDS = {"University": "University", "College": "University", "Academy": "University",
          "Institute": "ResearchInstitute", "Laboratory": "ResearchInstitute",
          "Council": "Government", "Agency": "Government", "Ministry": "Ministry", "Administration": "Government",
          "Foundation": "Centre", "Center": "Centre", "Centre": "Centre", "Hospital": "Centre",
          "Corporation": "Company", "Company": "Company", "Association": "Association", "Organization": "Association",
          "Organisation": "Association", "Federation": "Association"}
_GAP = r"[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*"   # (a name may wrap onto the next line)
# a word of a name: capitalised ('Oriental', 'Jun-ho' is a person's and never joins a kind word) or an acronym ('ICT')
_WORD = r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]{2,6})(?![\wÀ-ỹ'’-])"
_JOINER = r"(?:of|for|and|&|the|on)"
_NAME = re.compile(r"(?<![\wÀ-ỹ&-])(?:The(?:" + _GAP + r"))?" + _WORD + r"(?:(?:" + _GAP + r")(?:" + _JOINER + r"(?:" + _GAP
                   + r"))*" + _WORD + r")+")
_KIND = re.compile(r"\b(?P<kind>" + "|".join(_KINDS) + r")\b")
_BRACKETED = re.compile(r"\([^()\n]*$")
_GIVEN_AS_ENGLISH = re.compile(r"(?i:tiếng[ \t\u00a0]+Anh|English)[^\n]*$")


def english_named(text: str) -> list[OrgMention]:
    """The bodies named in English in the Vietnamese sentences of ``text``."""
    glosses = english_lines(text)
    found = []
    for m in _NAME.finditer(text):
        kinds = list(_KIND.finditer(m.group(0)))
        if not kinds or len(m.group(0).split()) < 3:
            continue
        if any(s <= m.start() < e for s, e in glosses) or _BRACKETED.search(text, max(0, m.start() - 120), m.start()) \
                or _GIVEN_AS_ENGLISH.search(text, max(0, m.start() - 120), m.start()):
            continue
        # (CAPS_CHANGED: the offsets title-casing changed, in the text the candidates are read from)
        if any(at in CAPS_CHANGED for at in range(m.start(), m.end())):
            continue
        found.append(OrgMention(m.start(), m.end(), collapse_spaces(m.group(0)), _KINDS[kinds[-1].group("kind")]))
    return found


__all__ = ["english_named"]
