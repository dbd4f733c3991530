"""Organisations named in a text, with their canonical full names and keys.

Patterns, strongest first: curated national bodies (data/national_bodies.yaml),
'Sở <sector> <locality>', 'Ủy ban nhân dân / UBND <locality>', HĐND, party
committees, and named units after a head word (Trường Đại học, Viện, Trung tâm,
Ban, Vụ, Cục, Quỹ, ...). A department or committee written without its locality
('Sở KH&CN', 'UBND thành phố') belongs to the document's home province."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from vnst.loaders.places import LOCALITY_PREFIX, Province, province_named, province_regex
from vnst.loaders.spans import Spans
from vnst.loaders.vietnamese import UPPER, WS, WS1, abbreviations, expand_abbreviations, flex
from vnst.textnorm import collapse_spaces, fold, slug


@dataclass(frozen=True)
class Body:
    name: str
    en: str
    cls: str
    abbreviations: tuple[str, ...]
    sector: str | None
    parent: str | None


@dataclass(frozen=True)
class OrgMention:
    start: int
    end: int
    name: str             # canonical full Vietnamese name
    cls: str              # vnst class local name
    parent: str | None = None
    en: str | None = None

    @property
    def key(self) -> str:
        return slug(self.name)


@lru_cache(maxsize=1)
def national_bodies() -> list[Body]:
    raw = resources.files("vnst.loaders").joinpath("data/national_bodies.yaml").read_text("utf-8")
    return [Body(b["name"], b.get("en", ""), b["class"], tuple(b.get("abbreviations") or ()),
                 b.get("sector"), b.get("parent")) for b in yaml.safe_load(raw)["bodies"]]


def _flex(phrase: str) -> str:
    return flex(phrase)


_B = r"(?<![\wÀ-ỹ])"
_E = r"(?![\wÀ-ỹ])"
_ABBR_PAREN = WS + r"*\(" + WS + r"*[A-ZĐ][A-Za-zĐ&\-]*" + WS + r"*\)"
_LOCALITY = r"(?:" + WS1 + r"(?P<loc>" + LOCALITY_PREFIX + r"?(?P<prov>" + "{PROV}" + r")))"
HEADS = {"Trường Đại học": "University", "Đại học": "University", "Học viện": "University",
         "Trường Cao đẳng": "University", "Cao đẳng": "University",
         "Viện": "ResearchInstitute", "Trung tâm": "Centre", "Ban Quản lý": "ManagementBoard",
         "Ban": "PartyCommittee", "Vụ": "MinistryUnit", "Tổng cục": "MinistryUnit",
         "Cục": "MinistryUnit", "Quỹ": "Centre", "Tổng Công ty": "Company", "Liên hiệp": "Association", "Công ty": "Company",
         "Văn phòng": "Government", "Hội đồng": "PeoplesCouncil", "Hiệp hội": "Association"}
_FUNCTION_WORDS = set("""do của tại với cho đã đang là được có theo trong thuộc để từ về các những này đó
trên dưới sẽ cũng vừa mới nói khi thì mà như hoặc hay làm đến bởi vào ra lên gồm cùng phối tham ký trao
thăm tổ đề xem giao hỗ trình thực chỉ đánh biểu ghi cảm kính trân nhằm bước
ban chụp liên giai năm thời nhiệm lần ông bà""".split())
# Verbs that begin a predicate right after a name; unlike _FUNCTION_WORDS they can also be the
# second syllable of a word in a name ('Phát triển'), so they only stop a name outside that position.
_VERBS = set("tiếp triển chuyển xây thực đẩy tăng nâng đưa huy mời tham tổ phát hỗ".split())
_HEAD_START = re.compile(r"(?:Trung tâm|Viện|Sở|Bộ|Ban|Ủy ban|Uỷ ban|UBND|Trường|Cục|Vụ|Quỹ|Thành ủy|Tỉnh ủy"
                         r"|Hội đồng|HĐND|Tổng cục|Đại học|Học viện|Liên hiệp|Công ty|Văn phòng)(?![\wÀ-ỹ])")
FOREIGN = ("Hàn Quốc", "Nhật Bản", "Hoa Kỳ", "Pháp", "Đức", "Úc", "Australia", "Singapore", "Thái Lan",
           "Lào", "Campuchia", "Trung Quốc", "Canada", "Israel", "Hà Lan", "Bỉ", "Ấn Độ", "Anh", "Nga")
_COUNTRY_STOP = {"han", "nhat", "hoa", "my", "phap", "duc"}
_TOKEN = re.compile(r"[^\s\u00a0,;:.()“”\"]+\.?|[,;:()“”\"]")


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    prov = province_regex()
    locality = _LOCALITY.replace("{PROV}", prov)
    body_alts = []
    for index, body in enumerate(national_bodies()):
        names = [body.name, *body.abbreviations]
        body_alts.append(f"(?P<b{index}>" + "|".join(re.escape(n[0]) + "(?i:" + _flex(n[1:]) + ")"
                                                     for n in sorted(names, key=len, reverse=True)) + ")")
    bodies = re.compile(_B + r"(?:" + "|".join(body_alts) + r")" + _E + f"(?:{_ABBR_PAREN})?")
    sectors = sorted({b.sector for b in national_bodies() if b.sector}
                     | {k for k in abbreviations() if "&" in k or k in ("KHCN", "GTVT", "TNMT", "TTTT")},
                     key=len, reverse=True)
    sector = "(?P<sector>" + "|".join(_flex(s) for s in sectors) + ")"
    department = re.compile(_B + r"(?i:Sở)" + WS1 + r"(?i:" + sector + r")" + _E + f"(?:{_ABBR_PAREN})?"
                            + locality + "?")
    committee = re.compile(_B + r"(?P<office>(?:VP|Văn" + WS1 + r"phòng)" + WS1 + r")?(?P<kind>(?i:Ủy" + WS1 + r"ban" + WS1 + r"nhân" + WS1 + r"dân|Uỷ" + WS1
                           + r"ban" + WS1 + r"nhân" + WS1 + r"dân|UBND|Hội" + WS1 + r"đồng" + WS1
                           + r"nhân" + WS1 + r"dân|HĐND))" + _E + locality + "?")
    party = re.compile(_B + r"(?P<kind>Thành" + WS1 + r"ủy|Tỉnh" + WS1 + r"ủy|Thành" + WS1 + r"uỷ|Tỉnh"
                       + WS1 + r"uỷ|Đảng" + WS1 + r"bộ)" + _E + r"(?:" + WS1 + r"(?:" + LOCALITY_PREFIX + r")?(?P<prov>"
                       + prov + r"))?")
    heads = "|".join(_flex(h) + "|" + _flex(h.title()) for h in sorted(HEADS, key=len, reverse=True))
    named = re.compile(_B + r"(?<!Ủy )(?<!Uỷ )(?<!ỦY )(?P<head>(?:[Tt]rường" + WS1 + r")?(?:" + heads + r"))" + WS1
                       + r"(?=[" + UPPER + "]|các" + WS1 + "[" + UPPER + "])")
    foreign = re.compile(_B + r"Chính" + WS1 + r"phủ" + WS1 + r"(?P<country>" + "|".join(_flex(c) for c in FOREIGN)
                         + r")" + _E)
    board = re.compile(_B + r"Ban" + WS1 + r"(?i:quản" + WS1 + r"lý" + WS1 + r"dự" + WS1 + r"án)(?:" + WS1
                       + r"(?i:đầu" + WS1 + r"tư))?(?:" + WS1 + r"(?i:xây" + WS1 + r"dựng))?(?:" + WS1 + r"(?i:công"
                       + WS1 + r"trình))?(?:" + WS1 + r"(?P<num>\d{1,2})(?!\d))?(?:" + WS1 + r"(?P<loc>(?i:tỉnh|thành"
                       + WS1 + r"phố))(?:" + WS1 + r"(?P<prov>" + prov + r"))?)?")
    return [("board", board), ("foreign", foreign), ("body", bodies), ("department", department), ("committee", committee),
            ("party", party), ("named", named)]


_CAPS_LINE = re.compile(r"^[^\n]*$", re.M)
_CAPS_STARTS: set[int] = set()   # offsets changed by title_case_caps (for the current text)


def title_case_caps(text: str) -> str:
    """Upper-case lines (headers, titles, signature blocks) in title case, same length, so the
    name patterns read them: 'TRƯỜNG ĐẠI HỌC NÔNG LÂM' -> 'Trường Đại Học Nông Lâm'."""
    parts, changed = [], False
    for m in _CAPS_LINE.finditer(text):
        line = m.group(0)
        letters = [c for c in line if c.isalpha()]
        if len(letters) >= 4 and all(c.isupper() for c in letters):
            keep = set(abbreviations())
            titled = re.sub(r"[^\W\d_]+", lambda w: w.group(0) if w.group(0) in keep or (
                len(w.group(0)) <= 3 and w.group(0).isascii()) else w.group(0)[0] + w.group(0)[1:].lower(), line)
            if len(titled) == len(line):
                parts.append((m.start(), m.end(), titled))
                changed = True
    if not changed:
        return text
    out, pos = [], 0
    for start, end, titled in parts:
        out.append(text[pos:start])
        out.append(titled)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def find_orgs(text: str, *, home: Province | None) -> list[OrgMention]:
    """Every organisation mention, non-overlapping, longest first (offsets index ``text``)."""
    original = text
    text = title_case_caps(text)
    _CAPS_STARTS.clear()
    if text is not original:
        _CAPS_STARTS.update(i for i, (a, b) in enumerate(zip(original, text)) if a != b)
    candidates: list[OrgMention] = []
    for kind, pattern in _patterns():
        for m in pattern.finditer(text):
            mention = _mention(kind, m, text, home)
            if mention:
                candidates.append(mention)
    candidates.sort(key=lambda o: (o.start, -(o.end - o.start)))
    chosen: list[OrgMention] = []
    taken = Spans()
    for cand in sorted(candidates, key=lambda o: -(o.end - o.start)):
        if not taken.overlaps(cand.start, cand.end):
            chosen.append(cand)
            taken.add(cand.start, cand.end)
    return _with_home(_extend_to_known(sorted(chosen, key=lambda o: o.start), text), home)


def _with_home(mentions: list[OrgMention], home: Province | None) -> list[OrgMention]:
    """'Trung tâm X' and 'Trung tâm X Cần Thơ' in one text are one centre: the one with the place."""
    if home is None:
        return mentions
    names = {fold(o.name) for o in mentions}
    out = []
    for o in mentions:
        fuller = f"{o.name} {home.name}"
        if o.cls in ("Centre", "ResearchInstitute", "ManagementBoard") and fold(fuller) in names:
            o = OrgMention(o.start, o.end, next(x.name for x in mentions if fold(x.name) == fold(fuller)),
                           o.cls, o.parent, o.en)
        out.append(o)
    return out


def _extend_to_known(mentions: list[OrgMention], text: str) -> list[OrgMention]:
    """A unit cut short where its name runs into the verb ('Vụ Phát triển KH&CN địa
    phương phối hợp') is extended to a longer name the same text writes elsewhere."""
    written = sorted({collapse_spaces(text[o.start:o.end]) for o in mentions}, key=len, reverse=True)
    out = []
    for o in mentions:
        here = collapse_spaces(text[o.start:o.start + 200])
        for longer in written:
            if len(longer) > len(collapse_spaces(text[o.start:o.end])) and here.startswith(longer + " "):
                end = o.start
                for word in longer.split():
                    end = text.index(word, end) + len(word)
                name = expand_abbreviations(re.sub(_ABBR_PAREN, "", text[o.start:end]))
                o = OrgMention(o.start, end, name, o.cls, o.parent, o.en)
                break
        out.append(o)
    return out


def _mention(kind: str, m: re.Match[str], text: str, home: Province | None) -> OrgMention | None:
    if kind == "board":
        written = collapse_spaces(m.group(0))
        if m.group("loc"):
            province = province_named(m.group("prov")) if m.group("prov") else home
            if province is None:
                return None
            written = written[:written.lower().rfind(m.group("loc").split()[0].lower())].rstrip() + " " + province.full
        return OrgMention(m.start(), m.end(), written, "ManagementBoard")
    if kind == "foreign":
        return OrgMention(m.start(), m.end(), "Chính phủ " + collapse_spaces(m.group("country")), "Government")
    if kind == "body":
        index = next(int(k[1:]) for k, v in m.groupdict().items() if v and k.startswith("b"))
        body = national_bodies()[index]
        return OrgMention(m.start(), m.end(), body.name, body.cls, body.parent, body.en)
    if kind in ("department", "committee"):
        if re.match(WS1 + r"(?:các|quận|huyện)\b|/", text[m.end():m.end() + 8]) and not m.group("prov"):
            return None
        province = province_named(m.group("prov")) if m.group("prov") else home
        if province is None:
            return None
        if kind == "department":
            sector = expand_abbreviations(m.group("sector"))
            sector = _canonical_sector(sector)
            committee = f"Ủy ban nhân dân {province.full}"
            return OrgMention(m.start(), m.end(), f"Sở {sector} {province.full}", "Department", committee)
        council = fold(m.group("kind")).startswith(("hoi", "hđ", "hd"))
        head = "Hội đồng nhân dân" if council else "Ủy ban nhân dân"
        if m.group("office"):
            return OrgMention(m.start(), m.end(), f"Văn phòng {head} {province.full}", "Government",
                              f"{head} {province.full}")
        return OrgMention(m.start(), m.end(), f"{head} {province.full}",
                          "PeoplesCouncil" if council else "PeoplesCommittee")
    if kind == "party":
        province = province_named(m.group("prov")) if m.group("prov") else home
        if province is None:
            return None
        if fold(m.group("kind")).startswith("dang"):
            if not m.group("prov"):
                return None
            return OrgMention(m.start(), m.end(), f"Đảng bộ {province.full}", "PartyCommittee")
        head = "Thành ủy" if province.city else "Tỉnh ủy"
        return OrgMention(m.start(), m.end(), f"{head} {province.name}", "PartyCommittee")
    return _named(m, text, home)


def _canonical_sector(sector: str) -> str:
    for body in national_bodies():
        if body.sector and fold(body.sector) == fold(sector):
            return body.sector
    return sector


def _named(m: re.Match[str], text: str, home: Province | None) -> OrgMention | None:
    """A head word and the capitalised name after it, as far as a name plausibly runs:
    lower-case syllables only in short runs between capitalised words (Vietnamese
    capitalises the first syllable of each word: 'Ban Quản lý dự án Đầu tư')."""
    if re.search(r"(?:^|[^\wÀ-ỹ])các" + WS1 + r"(?:hệ" + WS1 + r"thống" + WS1 + r")?$", text[max(0, m.start() - 20):m.start()]):
        return None   # 'các Trung tâm ... của 20 tỉnh': a kind of body, not one body
    head = collapse_spaces(m.group("head"))
    cls = next((c for h, c in HEADS.items() if fold(h) == fold(re.sub(r"^[Tt]rường ", "", head))), "Centre")
    if head.lower().startswith("trường"):
        cls = "University"
    if head == "Ban" and re.match(r"Quản" + WS1 + "lý", text[m.end():m.end() + 12]):
        cls = "ManagementBoard"
    end, run, count = m.end(), [], 0
    after_capital, caps_run, verb_stop = False, [], False
    tokens = list(_TOKEN.finditer(text, m.end(), min(len(text), m.end() + 200)))
    for index, tok in enumerate(tokens):
        word = tok.group(0)
        gap = text[(tokens[index - 1].end() if index else m.end()):tok.start()]
        if "\n\n" in gap.replace("\u00a0", "") or word in ",;:()“”\"":
            break
        if "\n" in gap and (tok.start() + 1 in _CAPS_STARTS or tok.start() in _CAPS_STARTS):
            break   # the next line of a header or signature block is not part of the name
        bare = word.rstrip(".")
        if not bare:
            break
        if bare[0].isdigit():
            if count and not run and len(bare) <= 2 and not text[end:tok.start()].strip():
                end = tok.start() + len(bare)
            break
        if bare[0].isupper() or "&" in bare:
            if fold(bare) in _COUNTRY_STOP and count:
                break
            end = tok.start() + (len(word) if bare in abbreviations() or word == bare else len(bare))
            caps_run = caps_run + [bare] if not run else [bare]
            run, count = [], count + 1
            # a lower-case word after a single capitalised word is its second syllable ('Chất lượng'),
            # but not after a proper name ('tỉnh An Giang chuyển giao', 'Đại học Huế xây dựng')
            after_capital = len(caps_run) == 1 and province_named(bare) is None
            if province_named(" ".join(caps_run[-2:])) is not None or province_named(bare) is not None:
                after_capital = False
            continue
        if bare in ("và", "-", "–"):
            if index + 1 >= len(tokens) or _HEAD_START.match(text, tokens[index + 1].start()) or (
                    bare == "và" and tokens[index + 1].group(0)[:1].islower()):
                break   # 'và' joins words of one name only before a capital ('Khoa học và Công nghệ')
            run.append(tok.end())
            after_capital = False
            continue
        if bare.lower() == "đồng" and index + 1 < len(tokens) and tokens[index + 1].group(0) == "chí":
            break   # 'đồng chí X': a person follows
        if bare.lower() in _FUNCTION_WORDS and not (bare == "các" and index == 0 and cls == "Association"):
            verb_stop = True
            break
        if not run and after_capital:
            end, after_capital, caps_run = tok.end(), False, []   # second syllable of a capitalised word
            continue
        if bare.lower() in _VERBS:
            break   # 'Chất lượng tiếp tục được ...': the name ended before the verb
        if not run and caps_run and province_named(" ".join(caps_run[-3:])) is not None or \
                not run and caps_run and province_named(" ".join(caps_run[-2:])) is not None or \
                not run and caps_run and province_named(caps_run[-1]) is not None:
            break   # a name that ends in a place name is complete ('Đại học Huế xây dựng ...')
        run.append(tok.end())
        if len(run) > 3:
            break
    if count == 0:
        return None
    if run:
        tail = text[run[-1]:run[-1] + 2]
        if len(run) <= 2 and (verb_stop or re.match(WS + r"*(?:[,;:.)]|\n|$)", tail)) and not (
                caps_run and province_named(" ".join(caps_run[-2:])) is not None):
            end = run[-1]
    bare_locality = re.match(WS1 + r"(?:thành" + WS1 + r"phố|tỉnh)(?=" + WS + r"*(?:[,;.)]|làm|là|đã|\n|$))",
                             text[end:end + 20])
    if bare_locality and home is not None:
        end += bare_locality.end()
    elif home is not None and re.search(WS1 + r"(?:thành" + WS1 + r"phố|tỉnh)$", text[m.start():end]):
        bare_locality = True
    written = text[m.start():end]
    name = expand_abbreviations(re.sub(_ABBR_PAREN, "", written))
    if bare_locality and home is not None:
        name = name[:len(name) - len(name.split()[-1]) - len(name.split()[-2]) - 1].rstrip() + " " + home.full
    name = re.sub(r"^[Tt]rường", "Trường", name)
    canonical_head = next((h for h in HEADS if fold(h) == fold(re.sub(r"^[Tt]rường ", "", head))), None)
    if canonical_head and fold(name).startswith(fold(head)):
        prefix = "Trường " if fold(head).startswith("truong ") and not canonical_head.startswith("Trường") else ""
        name = prefix + canonical_head + name[len(head):]
    if home is not None and re.search(r" TU$", name):
        name = name[:-3] + (" Thành ủy" if home.city else " Tỉnh ủy")
    if len(name.split()) < 2 + head.count(" "):
        return None
    return OrgMention(m.start(), end, name, cls)


__all__ = ["Body", "HEADS", "OrgMention", "find_orgs", "national_bodies"]
