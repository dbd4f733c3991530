"""Vietnamese legal document numbers: '36/2016/NĐ-CP', '575/QĐ-TTg', '02-NQ/TU',
'114/KH-UBND', '3645/UBND-KGVX' (written 'Số: 3645 /UBND-KGVX'), '59-NQ/TW'.

The number is parsed into number, year, type and issuer, and the ELI-style IRI
of MODEL.md is built from them (with month/day when the number has no year)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from rdflib import URIRef

from vnst.loaders.vietnamese import WS
from vnst.ontology import ELI_DATA
from vnst.textnorm import slug

# Document type codes (Decree 30/2020/NĐ-CP, Appendix III) -> doctype: concept slugs, keyed by
# the code in capitals ('CTr', 'QyĐ' are written mixed). 'HD' (hướng dẫn, guidance) and 'HĐ'
# (hợp đồng, contract) differ only by the stroke on the D.
TYPE_CODES = {"NĐ": "nd", "QĐ": "qd", "NQ": "nq", "TT": "tt", "TTLT": "ttlt", "CT": "ct",
              "KH": "kh", "TB": "tb", "BC": "bc", "TTR": "to-trinh", "ĐA": "de-an", "CTR": "ctr",
              "CTHT": "ctht", "HD": "hd", "HĐ": "hop-dong", "L": "luat", "CV": "cv", "BB": "bb",
              "QC": "quy-che", "QYĐ": "quy-dinh", "PA": "phuong-an", "CĐ": "cong-dien",
              "BGN": "ban-ghi-nho", "BTT": "ban-thoa-thuan", "KL": "ket-luan",
              # a cooperation agreement or contract numbered by its kind ('01/TTHT-UBND-ĐHH', '27/2025/HĐHT-TTUD')
              "TTHT": "ban-thoa-thuan", "HĐHT": "hop-dong",
              # the joint kinds two bodies issue together: a joint plan, programme or regulation
              "KHPH": "kh", "CTPH": "ctht", "QCPH": "quy-che"}
TYPE_WORDS = {"nghị định": "nd", "quyết định": "qd", "nghị quyết": "nq", "thông tư liên tịch": "ttlt",
              "thông tư": "tt", "chỉ thị": "ct", "kế hoạch": "kh", "thông báo": "tb", "báo cáo": "bc",
              "tờ trình": "to-trinh", "đề án": "de-an", "chương trình": "ctr", "luật": "luat",
              "công văn": "cv", "biên bản": "bb", "kết luận": "ket-luan"}
# an issuer code may end in a term number: the National Assembly's 'QH13', 'QH15'
# (a PDF's line may break after a code's dash: 'Kế hoạch số 5126/KH-' / 'UBND ngày ...')
_CODE = (r"[A-ZĐƯƠÂÊÔĂ][A-Za-zĐđƯươƠÂâÊêÔôĂă]*(?:\d{1,2})?(?:-(?:[ \t]*\n[ \t]*)?[A-ZĐƯƠÂÊÔĂ][A-Za-zĐđƯươƠÂâÊêÔôĂă0-9]*"
         r"(?:(?<=\d)\.\d(?![\w.]))?"   # (a programme's code with its version: '27/2021/HĐ-KC4.0')
         r"(?:\.[A-ZĐ]{1,4}(?![\w.]))?"   # (or its field: '27/2019/HĐ-ĐTĐL.CN', an independent task in technology)
         r"(?:&[A-ZĐƯƠÂÊÔĂ][A-Za-zĐđƯươƠÂâÊêÔôĂă0-9]*)*)*")   # ('1586/ĐHTN-KHCN&HTQT': a unit of two fields)
# ('512/VHL-ƯDTK': an office code may start with any Vietnamese capital)
# '59-NQ/TW', '02-NQ/TU' (party style) or '3645/UBND-KGVX', '36/2016/NĐ-CP', '575/QĐ-TTg'.
NUMBER = re.compile(
    r"(?<![\w/])(?P<num>\d{1,6}[a-z]?)(?:"
    r"-(?P<ptype>[A-ZĐ][A-Za-zĐđ]{0,4})/(?P<pissuer>" + _CODE + r")"   # '04-CTr/TU' too
    r"|" + WS + r"?/" + WS + r"?(?:(?P<year>(?:19|20)\d{2})/)?(?P<code>" + _CODE + r"))(?![\w/])")
# Issuers whose numbers are national: the Government, the Prime Minister, the Party's central
# bodies, the National Assembly and its Standing Committee, and the ministries (B + initials).
# Every other issuer code (UBND, HĐND, TU, a Sở, ...) exists once per province, so its IRI
# carries the province's official code: '2148/QĐ-UBND' is issued by every province's UBND.
# (the Intellectual Property Office, 'SHTT', grants titles for the whole country: '68214/QĐ-SHTT')
_NATIONAL = re.compile(r"^(?:CP|TTg|TW|QH\d*|UBTVQH\d*|VPCP|CTN|NHNN|KTNN|TANDTC|VKSNDTC|BCT|SHTT|B[A-ZĐ]{2,8})$")
# a normative document carries its year between number and code ('Số: 19/2022/NQ-HĐND')
# (a bilingual text glosses the label: 'Số / No.: 27/TTHT-SKHCN-JBNU')
HEADER_NUMBER = re.compile(r"^[ \t*]*Số" + WS + r"*(?:/" + WS + r"*No\.?" + WS + r"*)?:" + WS + r"*(?P<num>\d*)(?:" + WS + r"*/" + WS
                           + r"*(?P<year>(?:19|20)\d{2}))?" + WS + r"*/" + WS + r"*(?P<code>" + _CODE + r")", re.M)

# a party body numbers its documents with a dash, and may write no colon: 'Số 45-KH/TU', 'Số: 12-CTr/HU'
_PARTY_HEADER_NUMBER = re.compile(r"^[ \t*]*Số" + WS + r"*:?" + WS + r"*(?P<num>\d+-[A-ZĐ][A-Za-zĐ]*/[A-ZĐ]+(?:-[A-ZĐ]+)?)"
                                  + r"(?=[ \t]*$|[ \t]{2,}\S)", re.M)   # (or the place and date beside it)


@dataclass(frozen=True)
class DocNumber:
    written: str
    number: str
    year: int | None
    type: str          # doctype slug
    issuer: str        # issuer code as written ('UBND-KGVX', 'TTg', 'CP')

    @property
    def id_local(self) -> str:
        if self.type_code_style == "party":
            return self.written_normalised
        return self.written_normalised

    @property
    def type_code_style(self) -> str:
        return "party" if re.match(r"\d+[a-z]?-", self.written_normalised) else "state"

    @property
    def written_normalised(self) -> str:
        return re.sub(WS + "+", "", self.written)

    @property
    def national(self) -> bool:
        return bool(_NATIONAL.match(self.issuer.split("-")[0]))

    def iri(self, issued: date | None, *, locality: str | None = None) -> URIRef:
        """The ELI-style IRI. ``locality`` is the official code of the issuer's province;
        a local issuer is named by its body and that code ('ubnd-92'), or kept as written
        when the province is unknown."""
        if locality and not self.national:
            issuer = f"{slug(self.issuer.split('-')[0])}-{locality}"
        else:
            issuer = slug(self.issuer) or "unknown"
        if self.year:
            when = str(self.year)
        elif issued:
            when = f"{issued.year}/{issued.month:02d}/{issued.day:02d}"
        else:
            when = "undated"
        return ELI_DATA[f"vn/{issuer}/{when}/{self.type}/{slug(self.number) or 'unnumbered'}"]


def parse_number(written: str) -> DocNumber | None:
    m = NUMBER.fullmatch(written.strip()) or NUMBER.search(written)
    return _from_match(m) if m else None


def _from_match(m: re.Match[str]) -> DocNumber | None:
    num = m.group("num")
    if m.group("ptype"):
        type_code, issuer = m.group("ptype"), m.group("pissuer")
    else:
        code = m.group("code")
        head, _, rest = code.partition("-")
        if head.upper() in TYPE_CODES and rest:
            type_code, issuer = head, rest
        elif head.upper() in TYPE_CODES and not rest:
            return None
        else:
            type_code, issuer = "CV", code
    doctype = TYPE_CODES.get(type_code.upper())
    if doctype is None:
        return None
    year = int(m.group("year")) if m.groupdict().get("year") else None
    return DocNumber(m.group(0), num, year, doctype, issuer)


_TYPE_WORD_BEFORE = re.compile(r"(?i:(?P<word>" + "|".join(sorted(TYPE_WORDS, key=len, reverse=True)).replace(" ", WS + "+")
                               + r"))[^.;\n]{0,80}$")


# a title of industrial property the Intellectual Property Office grants, numbered without a code ('Bằng độc quyền
# sáng chế số 35871', 'Bằng độc quyền giải pháp hữu ích số 2-0002451', 'Văn bằng bảo hộ số ...')
_PATENT = re.compile(r"(?<![\wÀ-ỹ])(?i:bằng" + WS + r"+độc" + WS + r"+quyền" + WS + r"+(?:sáng" + WS + r"+chế|giải" + WS
                     + r"+pháp" + WS + r"+hữu" + WS + r"+ích|kiểu" + WS + r"+dáng" + WS + r"+công" + WS + r"+nghiệp)|văn" + WS
                     + r"+bằng" + WS + r"+bảo" + WS + r"+hộ)" + WS + r"+(?i:số)" + WS + r"*:?" + WS
                     + r"*(?P<num>(?:[1-4]-)?\d{4,7})(?![\w/.-])")
PATENT_TYPE = "bang-doc-quyen"


def find_numbers(text: str) -> list[tuple[int, int, DocNumber]]:
    """Every document number of the text: a code's ('575/QĐ-TTg'), or a patent's after its title."""
    found = [(m.start("num"), m.end("num"), DocNumber(m.group("num"), m.group("num"), None, PATENT_TYPE, "SHTT"))
             for m in _PATENT.finditer(text)]
    for m in NUMBER.finditer(text):
        if m.group("code") and re.search(WS + r"/" + WS, m.group(0)) and "-" not in m.group("code") \
                and not m.group("code").isupper():
            continue   # 'năm 2024 / Done at ...': a bilingual line's gloss after a year, no document's number
        parsed = _from_match(m)
        if parsed and parsed.type == "cv" and parsed.year and not m.group("code").upper().startswith("CV"):
            # a numbered act whose code names only its issuer ('Luật ... số 29/2013/QH13'):
            # its type is the word that introduces it
            before = _TYPE_WORD_BEFORE.search(text, max(0, m.start() - 90), m.start())
            if before:
                word = re.sub(WS + "+", " ", before.group("word").lower())
                parsed = DocNumber(parsed.written, parsed.number, parsed.year, TYPE_WORDS[word], parsed.issuer)
        if parsed:
            found.append((m.start(), m.end(), parsed))
    return sorted(found, key=lambda f: f[0])


def header_number(text: str) -> tuple[int, int, DocNumber | None, str] | None:
    """The 'Số: 3645 /UBND-KGVX' line of an official document; a blank number (a draft) gives
    DocNumber None with the code kept."""
    m = HEADER_NUMBER.search(text)
    if not m:
        party = _PARTY_HEADER_NUMBER.search(text, 0, 1500)
        parsed = parse_number(party.group("num")) if party else None
        if parsed is None:
            return None
        return party.start("num"), party.end("num"), parsed, parsed.issuer or ""
    if not m.group("num"):
        return m.start(), m.end(), None, m.group("code")
    year = f"{m.group('year')}/" if m.group("year") else ""
    parsed = parse_number(f"{m.group('num')}/{year}{m.group('code')}")
    if parsed is None:
        return m.start(), m.end(), None, m.group("code")
    return m.start("num"), m.end("code"), DocNumber(text[m.start("num"):m.end("code")], parsed.number,
                                                    parsed.year, parsed.type, parsed.issuer), m.group("code")


__all__ = ["DocNumber", "HEADER_NUMBER", "NUMBER", "TYPE_CODES", "TYPE_WORDS", "find_numbers",
           "header_number", "parse_number"]
