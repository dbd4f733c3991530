"""A body's name run on into its head's: 'Trưởng Ban Quản lý Khu kinh tế Hải Phòng Bạch Quốc Toản cho biết'.

The post comes first, then the body, then the person who holds the post, all capitalised: read word by word, the
person's name is more of the body's (and of the zone's the board is named after). The people's reader finds the
person and the post; here the body and the zone end before the name.
"""
from __future__ import annotations

import re
from dataclasses import replace

from vnst.loaders.orgguards import PERSON_AHEAD
from vnst.loaders.orgnames import OrgMention
from vnst.loaders.places import province_named, province_or_unit
from vnst.loaders.projects import ProjectMention
from vnst.loaders.vietnamese import LOWER, SURNAMES, UPPER, WS, WS1

# the post of the body's head just before it ('Trưởng Ban ...', 'Giám đốc Sở ...'; a zone: 'Trưởng Ban Quản lý Khu ...')
_HEAD_JUST_BEFORE = re.compile(r"(?i:trưởng|giám" + WS1 + r"đốc|chủ" + WS1 + r"tịch|bí" + WS1 + r"thư)" + WS1
                               + r"(?:(?i:ban)" + WS1 + r"(?i:quản)" + WS1 + r"(?i:lý)" + WS1 + r")?$")
_VERB_AFTER = re.compile(WS1 + r"[" + LOWER + r"]")
# (the name perhaps cut short already: '... Hải Phòng Bạch Quốc')
_PERSON_AT_THE_END = re.compile(r"[ \u00a0]+(?P<name>(?:" + "|".join(SURNAMES) + r")(?:[ \u00a0]+[" + UPPER + r"][\w]*){1,3})"
                                + WS + r"*$")


def holder_s_name_at(text: str, start: int, end: int) -> re.Match[str] | None:
    """The head's name that ends the name read at [start, end), when the head's post opens it."""
    person = _PERSON_AT_THE_END.search(text, start, end)
    if person is None or person.start() <= start or not _HEAD_JUST_BEFORE.search(text, max(0, start - 40), start):
        return None
    # (the holder's name then the verb of what was said or done, 'Bạch Quốc Toản cho biết'; no place in the words, as
    # in 'TP. Hồ Chí Minh', 'huyện Hoàng Su Phì', 'Trường Đại học Y Dược Huế'; and the body's words before it ending
    # in a proper name, not a common noun: 'Giải thưởng Tạ Quang Bửu' is named after him)
    holder = PERSON_AHEAD.match(text, person.start("name"))
    if holder is None or not _VERB_AFTER.match(text, holder.end()):
        return None
    words = holder.group("name").split()
    if province_or_unit(holder.group("name")) or any(province_named(" ".join(words[i:])) for i in range(1, len(words))):
        return None
    before = text[start:person.start()].split()
    return person if before and before[-1][:1].isupper() else None


def without_the_head_s_name(mentions: list[OrgMention], text: str) -> list[OrgMention]:
    """Each mention a post opens whose words ran on into the holder's name, cut before the name."""
    out = []
    for o in mentions:
        person = holder_s_name_at(text, o.start, o.end)
        if person and o.name.endswith(" " + person.group("name")):
            o = OrgMention(o.start, person.start(), o.name[:-len(person.group("name"))].rstrip(), o.cls, o.parent, o.en)
        out.append(o)
    return out


def zones_without_the_head_s_name(projects: list[ProjectMention], text: str) -> list[ProjectMention]:
    """The same for a zone the board is named after ('Khu kinh tế Hải Phòng' in 'Trưởng Ban Quản lý Khu kinh tế Hải
    Phòng Bạch Quốc Toản'): a span so cut ends before the name, and so does the zone's name when that span gave it;
    a zone so named again is the one named so before."""
    out: list[ProjectMention] = []
    cut_ones: list[ProjectMention] = []
    for p in projects:
        cut = [(s, e, holder_s_name_at(text, s, e)) for s, e in p.spans]
        if not any(person for _, _, person in cut):
            out.append(p)
            continue
        name = next((p.name[:-len(person.group("name"))].rstrip() for _, _, person in cut
                     if person and p.name.endswith(" " + person.group("name"))), p.name)
        cut_ones.append(replace(p, name=name, spans=[(s, person.start() if person else e) for s, e, person in cut]))
    for p in cut_ones:
        same = next((n for n, q in enumerate(out) if q.key == p.key), None)
        if same is None:
            out.append(p)
        else:
            out[same] = replace(out[same], spans=out[same].spans + p.spans)
    return out


__all__ = ["holder_s_name_at", "without_the_head_s_name", "zones_without_the_head_s_name"]
