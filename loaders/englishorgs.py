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
_INLINE_GLOSS = re.compile(r"[ \t]/[ \t][A-Z][\x20-\x7e]*\Z")   # an English gloss after a slash, up to the name
_GIVEN_AS_ENGLISH = re.compile(r"(?i:tiếng[ \t\u00a0]+Anh|English)[^\n]*$")


# a country's agency named in English by what it does and the country ('Business Finland', 'Enterprise Singapore'):
# known for a body by its place in the sentence, a party ('ký ... với Enterprise Singapore') or described as a body
# after a dash ('Business Finland - cơ quan xúc tiến ... của Phần Lan'), and then wherever the text names it again
_COUNTRIES = ("Finland|Singapore|Korea|Japan|Israel|Australia|Canada|Germany|France|Netherlands|Holland|Denmark|Sweden"
              "|Norway|Belgium|Switzerland|Austria|Italy|Spain|Taiwan|Thailand|Malaysia|Indonesia|India|Britain|Ireland"
              "|Scotland|Flanders|Wallonia|Quebec|Bavaria|Luxembourg|Estonia|Poland|Czechia|Hungary|Zealand")
_COUNTRY_AGENCY = re.compile(r"(?<![\wÀ-ỹ&-])(?:[A-Z][a-z]+[ \t\u00a0]+){1,3}(?:" + _COUNTRIES + r")(?![\wÀ-ỹ])")
_AS_A_PARTY = re.compile(r"(?<![\wÀ-ỹ])(?:với|và|giữa)[ \t\u00a0]+$")
_AS_A_BODY = re.compile(r"[ \t\u00a0]*[-–(,][ \t\u00a0]*(?:cơ|tổ|quỹ|tập|công|hãng)[ \t\u00a0]+(?:quan|chức|đoàn|ty)?")


def _country_agencies(text: str) -> list[OrgMention]:
    names = {m.group(0) for m in _COUNTRY_AGENCY.finditer(text)
             if _AS_A_PARTY.search(text, max(0, m.start() - 8), m.start()) or _AS_A_BODY.match(text, m.end())}
    return [OrgMention(m.start(), m.end(), m.group(0), "Government") for name in sorted(names)
            for m in re.finditer(r"(?<![\wÀ-ỹ&-])" + re.escape(name) + r"(?![\wÀ-ỹ])", text)]


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
        if text[m.start() - 1:m.start()] in ('"', "“") and text[m.end():m.end() + 1] in ('"', "”"):
            continue   # ('mô hình "Aalto Startup Center"': a name in quotes is a model's or a programme's)
        if _INLINE_GLOSS.search(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
            continue   # ('... Phòng thí nghiệm X tại Bên A. / Party B sponsors the X Laboratory': the gloss repeats it)
        # (CAPS_CHANGED: the offsets title-casing changed, in the text the candidates are read from)
        if any(at in CAPS_CHANGED for at in range(m.start(), m.end())):
            continue
        found.append(OrgMention(m.start(), m.end(), collapse_spaces(m.group(0)), _KINDS[kinds[-1].group("kind")]))
    taken = [(o.start, o.end) for o in found]
    return found + [o for o in _country_agencies(text) if not any(s < o.end and o.start < e for s, e in taken)
                    and not any(s <= o.start < e for s, e in glosses)]


def with_english_names_known(mentions: list[OrgMention]) -> list[OrgMention]:
    """A body named in English where the text names it in Vietnamese too, the English being its known English
    name ('PGS.TS. X, Phó Giám đốc Đại học Thái Nguyên' / 'Vice President, Thai Nguyen University'): one body."""
    known = {o.en.casefold(): o for o in mentions if o.en and o.name != o.en}
    out = []
    for o in mentions:
        same = known.get(o.name.casefold()) if o.en is None else None
        out.append(OrgMention(o.start, o.end, same.name, same.cls, same.parent, same.en) if same is not None else o)
    return out


__all__ = ["english_named", "with_english_names_known"]
