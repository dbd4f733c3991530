"""The bodies of a commune, ward or district that issues a document itself.

A province's documents write 'UBND xã', 'Đảng ủy xã' or 'TM. ỦY BAN NHÂN DÂN' for bodies of their own
level only when a commune's report names its own. When the header says the issuer is a commune's,
ward's or district's committee ('ỦY BAN NHÂN DÂN' over 'XÃ BÁT TRÀNG'), the text's bare 'UBND xã',
'HĐND xã', 'Đảng ủy xã' and its signature block's committee are that locality's bodies, not the
province's: they are named with the locality the header gives.

Likewise a school's own council: a university's document writes 'Hội đồng Trường' for its governing council
(Law on Higher Education, art. 16), which every school has: it is named with the school the header gives."""

from __future__ import annotations

import re
from dataclasses import dataclass

from vnst.loaders.bodies import local_units
from vnst.loaders.kinds import MOTTO, NUMBER_LINE
from vnst.loaders.orgnames import OrgMention
from vnst.loaders.places import province_named
from vnst.loaders.vietnamese import LOWER, UPPER, WS, WS1
from vnst.textnorm import collapse_spaces, fold

_LEVELS = r"(?:XÃ|PHƯỜNG|THỊ[ \t\u00a0]+TRẤN|THỊ[ \t\u00a0]+XÃ|ĐẶC[ \t\u00a0]+KHU|HUYỆN|QUẬN|THÀNH[ \t\u00a0]+PHỐ)"
_KINDS = {"uy ban nhan dan": ("Ủy ban nhân dân", "PeoplesCommittee"), "ubnd": ("Ủy ban nhân dân", "PeoplesCommittee"),
          "hoi dong nhan dan": ("Hội đồng nhân dân", "PeoplesCouncil"), "hdnd": ("Hội đồng nhân dân", "PeoplesCouncil"),
          "dang uy": ("Đảng ủy", "PartyCommittee")}
# the issuer's header: its kind, then on the same line or the next its level and name (in capitals, which
# the organisation reader has title-cased by now)
_HEADER = re.compile(r"\A(?:[^\n]*\n){0,2}?[ \t\u00a0]*(?P<kind>(?i:ỦY[ \t\u00a0]+BAN[ \t\u00a0]+NHÂN[ \t\u00a0]+DÂN|UBND"
                     r"|HỘI[ \t\u00a0]+ĐỒNG[ \t\u00a0]+NHÂN[ \t\u00a0]+DÂN|HĐND|ĐẢNG[ \t\u00a0]+ỦY))"
                     # (the motto's column may stand beside it: 'ỦY BAN NHÂN DÂN      CỘNG HÒA ...')
                     r"(?:[ \t\u00a0]+|(?:[ \t\u00a0]{2,}[^\n]*)?[ \t\u00a0]*\n[ \t\u00a0]*)(?P<level>(?i:" + _LEVELS + r"))[ \t\u00a0]+(?P<name>[" + UPPER + r"0-9][\wÀ-ỹ]*"
                     r"(?:[ \t\u00a0][" + UPPER + r"0-9][\wÀ-ỹ]*){0,3})(?=[ \t\u00a0]{2,}|[ \t\u00a0]*\n|$)")
# a district's, town's or city's party committee heading its own document ('ĐẢNG BỘ TỈNH BẮC GIANG' / 'HUYỆN ỦY LỤC
# NGẠN'): the level is in the committee's word
_PARTY_HEADER = re.compile(r"\A(?:[^\n]*\n){0,2}?[ \t\u00a0]*(?P<kind>(?i:HUYỆN|QUẬN|THỊ|THÀNH)[ \t\u00a0]+(?i:ỦY|UỶ))[ \t\u00a0]+"
                           r"(?P<name>[" + UPPER + r"0-9][\wÀ-ỹ]*(?:[ \t\u00a0][" + UPPER + r"0-9][\wÀ-ỹ]*){0,3})"
                           r"(?=[ \t\u00a0]{2,}|[ \t\u00a0]*\n|$)")
_PARTY_LEVELS = {"huyen uy": "huyện", "quan uy": "quận", "thi uy": "thị xã", "thanh uy": "thành phố"}
_BODY = (r"(?P<kind>(?i:Ủy|Uỷ)" + WS1 + r"(?i:ban" + WS1 + r"nhân" + WS1 + r"dân)|UBND|Hội" + WS1 + r"(?i:đồng" + WS1
         + r"nhân" + WS1 + r"dân)|HĐND|Đảng" + WS1 + r"(?:ủy|uỷ|Ủy|Uỷ))")


# a unit of a committee, 'Phòng Kinh tế xã', 'Phòng Văn hóa - Xã hội phường', 'Trung tâm Phục vụ hành chính công xã',
# 'Ban Chỉ đạo phát triển khoa học, công nghệ, ... và chuyển đổi số xã', or an association of the locality, 'Hội
# Nông dân xã', 'Đoàn Thanh niên phường': its name (a capitalised word, then up to fifteen more, a comma only before
# a word in lower case: not 'Hội Nông dân, Hội Phụ nữ xã'), then the level word alone; and its police, 'Công an xã'
_UNIT_OF_THE_LEVEL = re.compile(r"(?<![\wÀ-ỹ])(?P<unit>(?P<head>Phòng|Hội|Đoàn|Ban|Trung" + WS1 + r"tâm)" + WS1 + r"[" + UPPER
                                + r"][\wÀ-ỹ]*(?:(?:,(?=[ \u00a0]+[" + LOWER + r"]))?[ \u00a0]+(?:[\wÀ-ỹ]+|-)){0,24}?"
                                + r"|(?P<police>Công" + WS1 + r"an))"
                                # ('Ban Chỉ đạo ... và chuyển đổi số của xã': the locality's own)
                                + r"(?:[ \u00a0]+của)?[ \u00a0]+(?P<level>xã|phường|đặc" + WS1 + r"khu|huyện|quận|thị" + WS1 + r"xã|thành" + WS1
                                + r"phố)(?![\wÀ-ỹ])(?!" + WS1 + r"[" + UPPER + r"])")
_PARTY_ALONE = re.compile(r"(?<![\wÀ-ỹ])(?P<kind>Đảng" + WS1 + r"(?:ủy|uỷ))(?![\wÀ-ỹ])(?!" + WS1 + r"(?:[" + UPPER
                          + r"]|xã|phường|thị|đặc|huyện|quận|thành|tỉnh|các|cấp|cơ|khối)(?![\wÀ-ỹ]))")
# the signature block's committee, written without a place ('TM. ỦY BAN NHÂN DÂN' over 'CHỦ TỊCH')
_SIGNED = re.compile(r"(?:(?:TM|T\.M)\.|T/M)" + WS + r"*(?P<kind>(?i:ỦY" + WS1 + r"BAN" + WS1 + r"NHÂN" + WS1 + r"DÂN|HỘI" + WS1
                     + r"ĐỒNG" + WS1 + r"NHÂN" + WS1 + r"DÂN|(?:HUYỆN|QUẬN|THỊ|THÀNH)" + WS1 + r"(?:ỦY|UỶ)))[ \t\u00a0]*(?=\n)")


@dataclass(frozen=True)
class LocalIssuer:
    level: str    # 'xã', 'phường', 'huyện' ...
    name: str     # 'Bát Tràng'
    kind: str     # the issuing body's kind as the header writes it ('ỦY BAN NHÂN DÂN')
    start: int    # the header's span
    end: int

    @property
    def full(self) -> str:
        return f"{self.level} {self.name}"


def local_issuer(text: str) -> LocalIssuer | None:
    """The commune, ward or district whose body issues ``text``, from its header; not a province
    or a centrally-run city ('THÀNH PHỐ HÀ NỘI'), whose bodies the province's patterns name."""
    m = _HEADER.match(text)
    party = _PARTY_HEADER.match(text) if m is None else None
    if party is not None:
        m, level = party, _PARTY_LEVELS[fold(collapse_spaces(party.group("kind")))]
    elif m is None:
        return None
    else:
        level = collapse_spaces(m.group("level")).lower()
    name = " ".join(w[:1] + w[1:].lower() for w in m.group("name").split())
    province = province_named(name)
    # (a ward or commune may bear a province's name since 2025: 'PHƯỜNG KON TUM', 'PHƯỜNG HÀ GIANG 1')
    if province is not None and level not in ("xã", "phường", "thị trấn", "đặc khu") and (level != "thành phố" or province.city):
        return None
    return LocalIssuer(level, name, m.group("kind"), m.start("kind"), m.end("name"))


def with_local_issuer(mentions: list[OrgMention], text: str) -> list[OrgMention]:
    """The header's body, the signature block's committee and the bodies written with the bare level
    word ('UBND xã', 'TT HĐND xã', 'Đảng ủy xã', 'Phòng Kinh tế xã') named as the issuing locality's."""
    issuer = local_issuer(text)
    if issuer is None:
        # ('Chỉ đạo Phòng Kinh tế và Hạ tầng phối hợp ...' in a department's letter to the district committees): a
        # division every district or commune has, written without its place, is each one's, no body
        every = local_units("huyện") | local_units("xã")
        return [o for o in mentions if o.name not in every]
    level = WS1.join(re.escape(w) for w in issuer.level.split())
    found: list[OrgMention] = []
    # a body written with the bare level word: 'Đảng ủy xã ban hành', '- TT HĐND xã;'
    bare = re.compile(r"(?<![\wÀ-ỹ])" + _BODY + WS1 + r"(?i:" + level + r")(?![\wÀ-ỹ])(?!" + WS1 + r"[" + UPPER + r"])")
    for m in bare.finditer(text):
        found.append(_local(m.start(), m.end(), m.group("kind"), issuer))
    party = _party_bodies_of(text, issuer)
    # a unit of its committee named with the bare level word ('Phòng Kinh tế xã'): the locality's too
    for m in _UNIT_OF_THE_LEVEL.finditer(text):
        if re.fullmatch(level, m.group("level"), re.I) and not any(o.start < m.end() and m.start() < o.end for o in party):
            cls = "MinistryUnit" if m.group("police") else "Centre" if m.group("head") != "Hội" and m.group("head") != "Đoàn" \
                else "Association"
            found.append(OrgMention(m.start(), m.end(), f"{collapse_spaces(m.group('unit'))} {issuer.full}", cls))
    # the locality's party committee written alone ('TT Đảng ủy, TT HĐND xã'), and the committee whose code
    # the number line gives ('Số: 187/BC-UBND')
    for m in _PARTY_ALONE.finditer(text):
        found.append(_local(m.start(), m.end(), m.group("kind"), issuer))
    number = NUMBER_LINE.search(text, 0, 800)
    line_end = text.find("\n", number.start()) if number else -1
    found += [_local(o.start, o.end, "ubnd", issuer) for o in mentions
              if number and number.start() <= o.start < (line_end if line_end >= 0 else len(text))
              and o.cls == "PeoplesCommittee" and collapse_spaces(text[o.start:o.end]) == "UBND"]
    found.append(_local(issuer.start, issuer.end, issuer.kind, issuer))
    # its police written with its name ('Công an xã Tân Hiệp phối hợp ...')
    police = re.compile(r"(?<![\wÀ-ỹ])Công" + WS1 + r"an" + WS1 + r"(?i:" + level + r")" + WS1
                        + WS1.join(re.escape(w) for w in issuer.name.split()) + r"(?![\wÀ-ỹ])")
    found += [OrgMention(m.start(), m.end(), f"Công an {issuer.full}", "MinistryUnit") for m in police.finditer(text)]
    for m in _SIGNED.finditer(text):
        found.append(_local(m.start("kind"), m.end("kind"), m.group("kind"), issuer))
    found += party
    # a division every such locality has, written without its place ('Phòng Tài chính - Kế hoạch: tham mưu ...')
    units = local_units(issuer.level)
    found += [OrgMention(o.start, o.end, f"{o.name} {issuer.full}", o.cls, o.parent, o.en) for o in mentions
              if o.name in units and not any(f.start < o.end and o.start < f.end for f in found)]
    # any other body the bare level word follows ('Ủy ban Mặt trận Tổ quốc Việt Nam huyện')
    for o in mentions:
        after = re.match(WS1 + r"(?i:" + level + r")" + _NO_NAME_AFTER, text[o.end:o.end + 24])
        if after and not any(f.start < o.end + after.end() and o.start < f.end for f in found):
            found.append(OrgMention(o.start, o.end + after.end(), f"{o.name} {issuer.full}", o.cls, o.parent, o.en))
    spans = [(o.start, o.end) for o in found]
    kept = [o for o in mentions if not any(s < o.end and o.start < e for s, e in spans)]
    return sorted(kept + found, key=lambda o: o.start)


# the units of a party committee ('Ban Tuyên giáo Huyện ủy', 'Ủy ban Kiểm tra Huyện ủy') and its executive committee
# named by the organisation it leads ('Ban Chấp hành Đảng bộ huyện')
_PARTY_UNIT = r"(?:(?P<unit>Ban" + WS1 + r"(?:Thường" + WS1 + r"vụ|Tuyên" + WS1 + r"giáo|Tổ" + WS1 + r"chức|Dân" + WS1 + r"vận|Nội" + WS1 \
    + r"chính)|(?:Ủy|Uỷ)" + WS1 + r"ban" + WS1 + r"Kiểm" + WS1 + r"tra|Văn" + WS1 + r"phòng)" + WS1 + r")?"
_NO_NAME_AFTER = r"(?![\wÀ-ỹ])(?!" + WS1 + r"[" + UPPER + r"])"


def _party_bodies_of(text: str, issuer: LocalIssuer) -> list[OrgMention]:
    """A district's (town's, city's) party bodies written without its name in its own documents: 'Huyện ủy', its
    units, 'Ban Chấp hành Đảng bộ huyện' (the committee) and 'Đảng bộ huyện' (the organisation)."""
    word = next((w for w, level in _PARTY_LEVELS.items() if level == issuer.level), None)
    if word is None:
        return []
    committee = {"huyen uy": "Huyện ủy", "quan uy": "Quận ủy", "thi uy": "Thị ủy", "thanh uy": "Thành ủy"}[word]
    written = WS1.join(committee.split()).replace("ủy", "(?:ủy|uỷ|Ủy|Uỷ)")
    level = WS1.join(re.escape(w) for w in issuer.level.split())
    found = []
    for m in re.finditer(r"(?<![\wÀ-ỹ])" + _PARTY_UNIT + written + _NO_NAME_AFTER, text):
        unit = collapse_spaces(m.group("unit")) + " " if m.group("unit") else ""
        found.append(OrgMention(m.start(), m.end(), f"{unit}{committee} {issuer.name}", "PartyCommittee"))
    for m in re.finditer(r"(?<![\wÀ-ỹ])(?P<board>(?i:ban" + WS1 + r"chấp" + WS1 + r"hành)" + WS1 + r")?(?i:đảng" + WS1 + r"bộ" + WS1
                         + level + r")" + _NO_NAME_AFTER, text):
        name = f"{committee} {issuer.name}" if m.group("board") else f"Đảng bộ {issuer.full}"
        found.append(OrgMention(m.start(), m.end(), name, "PartyCommittee"))
    return found


_SCHOOL_COUNCIL = re.compile(r"(?<![\wÀ-ỹ])Hội" + WS1 + r"đồng" + WS1 + r"[Tt]rường(?![\wÀ-ỹ])(?!" + WS1 + r"(?:Đại|Cao|Học|Trung|THPT|THCS)"
                             + r"(?![\wÀ-ỹ]))")


def with_school_council(mentions: list[OrgMention], text: str) -> list[OrgMention]:
    """'Hội đồng Trường' in a university's own document: the council of the school its header names."""
    # the header ends at the number line or the national motto, whichever comes first
    ends = [m.start() for m in (NUMBER_LINE.search(text, 0, 800), MOTTO.search(text, 0, 800)) if m]
    header_end = min(ends, default=0)
    school = next((o for o in mentions if o.cls == "University" and o.end <= header_end), None)
    if school is None:
        return mentions
    councils = [m for m in _SCHOOL_COUNCIL.finditer(text) if m.start() >= header_end]
    # ('Hội đồng Trường Đại học Vinh': the school's word 'Trường' written once)
    name = f"Hội đồng {school.name}" if school.name.startswith("Trường ") else f"Hội đồng trường {school.name}"
    found = [OrgMention(m.start(), m.end(), name, "Committee", school.name) for m in councils]
    kept = [o for o in mentions if not any(c.start < o.end and o.start < c.end for c in found)]
    return sorted(kept + found, key=lambda o: o.start)


def _local(start: int, end: int, kind: str, issuer: LocalIssuer) -> OrgMention:
    folded = fold(collapse_spaces(kind))
    if folded in _PARTY_LEVELS:   # 'Huyện ủy Lục Ngạn': the committee's word holds the level
        return OrgMention(start, end, f"{collapse_spaces(kind).capitalize()} {issuer.name}", "PartyCommittee")
    head, cls = _KINDS[folded]
    return OrgMention(start, end, f"{head} {issuer.full}", cls)


__all__ = ["LocalIssuer", "local_issuer", "with_local_issuer", "with_school_council"]
