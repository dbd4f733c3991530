"""Projects and facilities: high-tech zones, IT parks, incubators, technology exchanges,
innovation centres and named investment projects.

Found by their head words ('Khu Công nghệ cao', 'Vườn ươm ...', 'Sàn giao dịch
công nghệ', 'Trung tâm khởi nghiệp ...'), by quoted names after 'Dự án', and as
the numbered items of a progress report ('(1). Khu Công nghệ cao: ...'), whose
paragraph supplies area, budget, founding decision, investor, place and website."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vnst.loaders.places import province_regex
from vnst.loaders.places import Province, province_named, province_or_unit
from vnst.loaders.projectkinds import ENDS_NAME, KINDS, LAB, NAME_TAIL, PHRASE_END, PHRASE_GAP, PHRASE_WORD
from vnst.loaders.projectnames import (A_MODEL, before_where, canonical, class_of, facility_class, host_end,
                                       host_named_before, known_by_its_words, names_a_body, paragraph_end,
                                       sentence_province)
from vnst.loaders.spans import Spans
from vnst.loaders.tablecolumns import column_cells
from vnst.loaders.vietnamese import CAP_WORD, LOWER, UPPER, WS, WS1
from vnst.textnorm import collapse_spaces, fold, slug

_PLACE_TAIL = r"(?:" + WS1 + r"(?:(?:tại" + WS1 + r")?(?i:thành" + WS1 + r"phố|tỉnh)" + WS1 + r"|(?:TP\.?|Tp\.)"\
    + WS + r"*)?(?P<prov>{PROV}))?"
# a quoted title after 'Dự án' or 'xây dựng' ('Dự án sản xuất thử nghiệm: "..."': the kind of project
# between, and a colon); a research task's title ('nhiệm vụ "..."', 'đề tài "..."') names a task, not a
# project, as the annotation guideline has it
# ('dự án hỗ trợ kỹ thuật "Nâng cao năng lực ..."': the kind of project in lower case before its title)
QUOTED = re.compile(r"(?:(?i:dự" + WS1 + r"án)(?:" + WS1 + r"[" + LOWER + r"]+){0,4}" + WS + r"*:|(?i:dự" + WS1
                    + r"án)(?:" + WS1 + r"[" + LOWER + r"]+){0,4}|(?i:xây" + WS1 + r"dựng))" + WS + r"*"
                    + r"[“\"](?P<name>[^”\"]{4,200})[”\"]")
# a contest's entry ('Giải Nhất thuộc về dự án "..." của nhóm sinh viên'): a prize's winner, not a project
# (the winners named between: 'giải Nhất (trị giá 60 triệu đồng) thuộc về nhóm sinh viên Khoa X, Trường Y với dự án "..."')
_PRIZE_BEFORE = re.compile(r"(?i:giải)" + WS1 + r"(?i:nhất|nhì|ba|khuyến" + WS1 + r"khích|đặc" + WS1 + r"biệt)[^.;]{0,150}$")
# 'dự án xây dựng mạng thông tin ... (mạng E. Mekong)': a project known by the name in brackets (not the group an
# investor belongs to: '(thuộc Tập đoàn Hòa Phát)').
PAREN_NAMED = re.compile(r"(?i:dự" + WS1 + r"án)" + WS1 + r"(?:xây" + WS1 + r"dựng" + WS1 + r")?[^.;()“”\"]{5,160}?\("
                         + r"(?!(?i:huyện|tỉnh|thành" + WS1 + r"phố|thị" + WS1 + r"xã|quận|xã|phường|TP|kèm" + WS1
                         + r"theo|ban" + WS1 + r"hành|sau" + WS1 + r"đây|gọi|viết" + WS1 + r"tắt|thuộc|của)" + WS1 + r")"
                         + r"(?P<name>[^()“”\"\n]{2,40}?[A-Z][^()“”\"\n]*)\)")
# (nor what the count takes in: '23 dự án trên địa bàn tỉnh (gồm cả tỉnh Đắk Nông cũ)')
_NOT_A_NAME = re.compile(r"\d|(?i:quyết" + WS1 + r"định|phê" + WS1 + r"duyệt|được|dự" + WS1 + r"án)|^(?i:gồm|bao" + WS1
                         + r"gồm|kể" + WS1 + r"cả|trong" + WS1 + r"đó|tính" + WS1 + r"cả)(?![\wÀ-ỹ])")
# a centre or station to be built, named by its purpose and the place or product it serves ('xây dựng
# Trung tâm nghiên cứu, sản xuất giống Sâm Lai Châu với quy mô 15 ha'): its name runs to a function
# word or the clause's end, and holds a proper name (not 'Trung tâm dữ liệu của tỉnh')
# A centre to be set up ('thành lập Trung tâm Vi mạch ... trong năm 2025') is one too, unless a decision
# 'về việc thành lập' sets up a body that then exists. A laboratory to build may be named by its field
# instead ('xây dựng Phòng thí nghiệm chung về vi mạch bán dẫn'; not 'Phòng thí nghiệm hiện đại').
# (or to invest in: 'đầu tư Trung tâm nghiên cứu và sản xuất giống sâm Lai Châu')
TO_BUILD = re.compile(r"(?:(?i:xây" + WS1 + r"dựng|hình" + WS1 + r"thành|đầu" + WS1 + r"tư)|(?<!việc )(?i:thành" + WS1 + r"lập))" + WS1
                      + r"(?P<name>(?P<kind>"
                      + r"Trung" + WS1 + r"tâm|Trạm|Nhà" + WS1 + r"máy|" + LAB + r")"
                      + r"(?P<rest>(?:,?" + PHRASE_GAP + PHRASE_WORD + r"){1,12}))" + PHRASE_END)
_SEAT_PLACE = re.compile(WS1 + r"tại" + WS1 + r"(?:huyện|quận|thị" + WS1 + r"xã|thành" + WS1 + r"phố|xã|phường|thị"
                         + WS1 + r"trấn|tỉnh)" + WS1 + r"(?P<place>" + CAP_WORD + r"(?:" + WS1 + CAP_WORD + r"){0,3})")
_ZONE_WORKS = re.compile(r"(?i:dự" + WS1 + r"án)" + WS1 + r"(?P<name>(?:[Đđ]ầu" + WS1 + r"tư" + WS1 + r")?(?:(?:[Xx]ây" + WS1
                         + r"dựng|[Nn]âng" + WS1 + r"cấp|[Hh]oàn" + WS1 + r"thiện)" + WS1 + r")?[Hh]ạ" + WS1 + r"tầng(?:" + WS1
                         + r"kỹ" + WS1 + r"thuật)?(?:" + WS1 + r"(?:của|cho))?" + WS1 + r")")
# an investment project named by the plant or centre it builds ('Dự án Nhà máy đóng gói và kiểm thử vi mạch bán
# dẫn của Công ty X', 'Dự án Trung tâm dữ liệu Đà Nẵng'): the facility, its name running to a function word;
# its kind in lower case (a capital opens a body's name: 'Dự án Trung tâm Ứng dụng ... Nam Định' builds the
# body's seat), and a place, if any, named ('Dự án Trung tâm dữ liệu tỉnh' is the province's one)
PROJECT_OF = re.compile(r"(?i:dự" + WS1 + r"án)" + WS1 + r"(?P<name>(?:Nhà" + WS1 + r"máy|Trung" + WS1 + r"tâm|Tổ"
                        + WS1 + r"hợp)(?=" + WS1 + r"[" + LOWER + r"])(?:" + WS1 + PHRASE_WORD + r"){1,10})" + PHRASE_END)
# a laboratory built, invested in or put into use, named by its field in lower case ('đưa vào sử dụng Phòng thí
# nghiệm nuôi cấy mô tế bào thực vật', 'đầu tư Phòng thí nghiệm vi mạch bán dẫn'): three words or more, the first no
# word of praise ('Phòng thí nghiệm hiện đại, đạt chuẩn'); 'và' joins two fields; a line that goes on in lower
# case goes on with the name
# an investment project under a proper name of capitalised words ('Dự án Alumin Nhân Cơ'), not a bill ('dự án Luật
# ...') nor a body's or a document's name after the noun, nor a heading in capitals ('DỰ ÁN THÀNH PHẦN')
_PROPER_PROJECT = re.compile(r"(?<![\wÀ-ỹ])[Dd]ự" + WS1 + r"án" + WS1 + r"(?P<name>(?!(?:Luật|Nghị|Pháp|Quyết|Thông|Bộ|Sở|Ban"
                             + r"|Cục|Viện|Trường|Công|Tập|Tổng|Ủy|UBND|Đề|Chương|Kế|Khu|Trung|Nhà|Tổ|Hạ|Đầu|Xây|Phát|Ứng"
                             + r"|Nâng|Hỗ|Điều|Thành)(?![\wÀ-ỹ]))" + CAP_WORD + r"(?:[ \t\u00a0]+" + CAP_WORD + r"){1,4})(?![\wÀ-ỹ])"
                             + r"(?![ \t\u00a0]+[" + UPPER + r"\d])")
IN_USE = re.compile(r"(?i:đưa" + WS1 + r"vào" + WS1 + r"(?:sử" + WS1 + r"dụng|hoạt" + WS1 + r"động|vận" + WS1 + r"hành)"
                    + r"|khánh" + WS1 + r"thành|bàn" + WS1 + r"giao|xây" + WS1 + r"dựng|đầu" + WS1 + r"tư)" + WS1 + r"(?P<name>" + LAB + r"(?!"
                    + WS1 + r"(?:hiện|mới|chuyên|đạt|tiêu|trọng|đầu|này|đó|của|tại|với|và)(?![\wÀ-ỹ]))(?:" + WS1 + r"(?:(?!"
                    + ENDS_NAME + r")[" + LOWER + r"]+|và(?=" + WS1 + r"[" + LOWER + r"])(?!" + WS1 + ENDS_NAME + r")))"
                    + r"{3,10}?)(?=" + WS + r"*[,.;:(]|[ \t\u00a0]*\n(?![ \t\u00a0]*[" + LOWER + r"])|" + WS1 + r"(?!và" + WS1 + r"[" + LOWER + r"])"
                    + ENDS_NAME + r"|" + WS + r"*$)")
FACILITY_HEAD = re.compile(r"(?:Trạm|Trại|Nhà" + WS1 + r"máy|Phòng" + WS1 + r"thí" + WS1 + r"nghiệm|Mô" + WS1 + r"hình|Bệnh" + WS1
                           + r"viện|Trung" + WS1 + r"tâm|Khu|Cụm" + WS1 + r"công" + WS1 + r"nghiệp|Cảng)" + WS1)
# the item's head ends at a colon, a verb, or where its size or cost is given ('... với tổng mức đầu tư')
NUMBERED = re.compile(r"^[ \t]*\((?P<n>\d{1,2})\)\.?[ \t]+(?P<head>[^:]{3,160}?)(?=:|" + WS1
                      + r"(?:được|đi|do|đã|(?:với|có)" + WS1 + r"(?:tổng|quy" + WS1 + r"mô|diện" + WS1 + r"tích|kinh"
                      + WS1 + r"phí))\b)", re.M)
# an annex's list of projects ('4. Phòng thí nghiệm ... tại quận Đồ Sơn. Chủ trì: ...'): a facility or a
# model, which its line gives a lead body or a budget
LISTED_ITEM = re.compile(r"^[ \t]*\d{1,2}\.[ \t]+(?P<head>(?:Trạm|Nhà" + WS1 + r"máy|Phòng" + WS1 + r"thí" + WS1
                         + r"nghiệm|Mô" + WS1 + r"hình)" + WS1 + r"[^.:;\n]{3,160}?)\." + r"(?=[^\n]*(?:Chủ" + WS1
                         + r"trì|Kinh" + WS1 + r"phí|[Tt]ổng" + WS1 + r"mức" + WS1 + r"đầu" + WS1 + r"tư))", re.M)
_INVESTOR = re.compile(r"\bdo" + WS1 + r"(?P<who>[^,.;\n]{3,80}?)" + WS1 + r"làm" + WS1 + r"chủ" + WS1 + r"đầu" + WS1 + r"tư")
_BUDGET = re.compile(r"tổng" + WS1 + r"mức" + WS1 + r"đầu" + WS1 + r"t[ưừ]" + WS1 + r"(?:dự" + WS1 + r"án" + WS1
                     + r")?(?:là" + WS1 + r")?(?P<num>[\d.,]+)" + WS1 + r"(?P<mult>tỷ|triệu)" + WS1 + r"đồng")
_WEBSITE = re.compile(r"tên" + WS1 + r"miền[^\n.]{0,40}?là" + WS1 + r"(?P<site>[A-Za-z0-9.-]+\.[A-Za-z]{2,})")


@dataclass
class ProjectMention:
    name: str
    cls: str
    spans: list[tuple[int, int]] = field(default_factory=list)
    item: tuple[int, int] | None = None      # the numbered paragraph that describes it
    written: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        return slug(self.name)


def _patterns() -> list[tuple[re.Pattern[str], str]]:
    tail = _PLACE_TAIL.replace("{PROV}", province_regex())
    return [(re.compile(r"(?<![\wÀ-ỹ])(?P<head>" + head.replace("{PROV}", province_regex()) + r")"
                        + (tail if cls != "Incubator" else "")), cls)
            for head, cls in KINDS]


_COMPILED: list[tuple[re.Pattern[str], str]] = []
_ZONES = {"HighTechZone", "ITPark", "HighTechAgricultureZone", "Facility"}


# Facilities a province has one of: a mention without its place is the home province's.
LOCAL_FACILITIES = {"HighTechZone": "Khu công nghệ cao", "ITPark": "Khu công nghệ thông tin tập trung",
                    "HighTechAgricultureZone": "Khu nông nghiệp ứng dụng công nghệ cao",
                    "TechnologyExchange": "Sàn giao dịch công nghệ",
                    "SmartCentre": "Trung tâm điều hành thông minh", "DigitalPark": "Khu công nghệ số tập trung"}
_PROPER_TAIL = re.compile(r"(?P<tail>" + NAME_TAIL + r")")
_NEXT_LINE_WORD = re.compile(r"[ \t\u00a0]*\n[ \t\u00a0]*(?P<word>" + CAP_WORD + r")(?![\wÀ-ỹ])")
# (a column of tasks, 'Tên nhiệm vụ', lists tasks to be assigned, not projects)
_PROJECT_COLUMN = re.compile(r"(?i:tên" + WS1 + r"dự" + WS1 + r"án)")
# 'mạng lưới sàn giao dịch ...', 'các sàn giao dịch công nghệ vùng Đông Nam Bộ': many of a kind, not one
_NETWORK_OF = re.compile(r"(?<![\wÀ-ỹ])(?i:mạng" + WS1 + r"lưới|các|những)" + WS1 + r"$")
_NONE_OF = re.compile(r"(?<![\wÀ-ỹ])(?:chưa|không)" + WS1 + r"có" + WS1 + r"$")
# the locality a facility is built for, named by its kind just before ('hỗ trợ tỉnh xây dựng ...')
_OWNER_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?P<who>tỉnh|[Tt]hành" + WS1 + r"phố)" + WS1 + r"(?:[" + LOWER + r"]+" + WS1
                           + r"){1,3}$")
# an agricultural zone's name with 'ứng dụng' (applied), as most provinces name theirs; Hồ Chí Minh City's
# is 'Khu Nông nghiệp Công nghệ cao'
_APPLIED_AGRICULTURE = re.compile(r"(?i:nông" + WS1 + r"nghiệp" + WS1 + r"ứng" + WS1 + r"dụng" + WS1 + r"công" + WS1
                                  + r"nghệ" + WS1 + r"cao)")
_NATIONAL = re.compile(WS1 + r"quốc" + WS1 + r"gia(?![\wÀ-ỹ])")
# a local facility's purpose written in lower case before its place ('Khu nông nghiệp ứng dụng công nghệ
# cao phát triển tôm Bạc Liêu'): up to four syllables, none a function or place word
_PURPOSE = re.compile(r"(?P<purpose>(?:" + WS1 + r"(?!(?:tỉnh|thành|huyện|thị|tại|của|và|với|trên|ở|thuộc|này|đó|các"
                      r"|trong|được|đã|còn|đang|sẽ|là|có|cho|theo|để|từ|đến|năm|giai)(?![\wÀ-ỹ]))[" + LOWER + r"]+){1,4})"
                      + WS1 + r"(?:(?:tỉnh|thành" + WS1 + r"phố)" + WS1 + r")?(?P<place>" + CAP_WORD + r"(?:(?:[ \t\u00a0]|"
                      + r"[ \t\u00a0]*\n[ \t\u00a0]*)" + CAP_WORD + r"){0,2})")   # (a line may wrap the place: 'Bạc' / 'Liêu')
# 'các khu công nghiệp A, B và C': one zone per name
_ZONE_LIST = re.compile(r"(?<![\wÀ-ỹ])các" + WS1 + r"(?P<kind>khu" + WS1 + r"(?:công" + WS1 + r"nghiệp|kinh" + WS1
                        + r"tế|chế" + WS1 + r"xuất))" + WS1)
_LIST_NAME = re.compile(CAP_WORD + r"(?:[ \t\u00a0]+" + CAP_WORD + r"){0,3}")


def _purposed(text: str, cls: str, home: Province | None) -> dict[str, str]:
    """Purposes written before a place after a local facility's head: purpose -> full name; or before its site
    ('... cao phát triển tôm tại phường Hiệp Thành'), the home province's facility of that purpose."""
    out = {}
    for pattern, kind in _COMPILED:
        if kind != cls:
            continue
        for m in pattern.finditer(text):
            found = _PURPOSE.match(text, m.end("head"))
            if found and province_named(found.group("place")) is not None:
                purpose = collapse_spaces(found.group("purpose"))
                out[purpose] = f"{LOCAL_FACILITIES[cls]} {purpose} {province_named(found.group('place')).in_names}"
            sited = _PURPOSE_BEFORE_SITE.match(text, m.end("head")) if home is not None else None
            if sited and collapse_spaces(sited.group("purpose")) not in out:
                purpose = collapse_spaces(sited.group("purpose"))
                out[purpose] = f"{LOCAL_FACILITIES[cls]} {purpose} {home.in_names}"
    return out


# a purpose of the kinds zones are named by (growing, raising, processing something), before the zone's site
_PURPOSE_BEFORE_SITE = re.compile(WS1 + r"(?P<purpose>(?:phát" + WS1 + r"triển|sản" + WS1 + r"xuất|chăn" + WS1 + r"nuôi|nuôi"
                                  + r"|trồng|chế" + WS1 + r"biến)(?:" + WS1 + r"[" + LOWER + r"]+){1,3}?)" + WS1 + r"tại"
                                  + WS1)


def _listed_zones(text: str) -> list[tuple[str, int, int]]:
    out = []
    for m in _ZONE_LIST.finditer(text):
        pos, kind = m.end(), collapse_spaces(m.group("kind"))
        while (name := _LIST_NAME.match(text, pos)) is not None:
            if province_named(name.group(0)) is not None or re.match(r"(?:Sở|Bộ|UBND|Ủy|Ban|Khu|Trung)\b", name.group(0)):
                break
            out.append((f"{kind[0].upper()}{kind[1:]} {collapse_spaces(name.group(0))}", m.start() if not out or
                        out[-1][2] < m.start() else name.start(), name.end()))
            nxt = re.match(WS + r"*(?:,|" + WS1 + r"và)" + WS1, text[name.end():name.end() + 8])
            if nxt is None:
                break
            pos = name.end() + nxt.end()
    return out


# 'xây dựng Trung tâm Đổi mới sáng tạo tỉnh.': the level word alone names the document's province
_BARE_PLACE = re.compile(WS1 + r"(?:tỉnh|thành" + WS1 + r"phố)(?![\wÀ-ỹ])(?!" + WS1 + r"[" + UPPER + r"])")
_BARE_LEVEL = re.compile(WS1 + r"(?:[Tt]ỉnh|[Tt]hành" + WS1 + r"phố)(?![\wÀ-ỹ])(?!" + WS1 + r"[" + UPPER + r"])")
_PLACED = re.compile(r"(?:tỉnh|thành" + WS1 + r"phố)" + WS1 + r"[" + UPPER + r"]")
_CLASS = {"DigitalPark": "ITPark", "Exchange": "TechnologyExchange", "NamedZone": "Facility", "NamedSmartCentre": "Facility",
          "NamedLab": "Facility", "NamedIncubator": "Incubator"}


def find_projects(text: str, *, masked: list[tuple[int, int]], home: Province | None = None,
                  hosts: list[tuple[int, int]] = (), counterpart: Province | None = None) -> list[ProjectMention]:
    """``hosts``: spans of universities and institutes, which may host (and name) a centre.
    ``counterpart``: the one province of the other kind (a province beside a city) the text is
    written with, whose facilities 'tỉnh' or 'Thành phố' may name."""
    hosts = list(hosts)
    if not _COMPILED:
        _COMPILED.extend(_patterns())
    found: dict[str, ProjectMention] = {}
    taken, masked_set = Spans(), Spans(masked)

    def add(name: str, cls: str, start: int, end: int, *, quoted: bool = False,
            around: bool = False) -> ProjectMention | None:
        # ``around``: a project whose name holds another's ('Dự án Hạ tầng kỹ thuật Khu công nghệ cao X')
        if masked_set.contains(start) or (taken.overlaps(start, end) and not around):
            return None
        name = canonical(name, quoted=quoted)
        mention = found.setdefault(fold(name), ProjectMention(name, _CLASS.get(cls, cls)))
        mention.written.append(collapse_spaces(text[start:end]))
        mention.spans.append((start, end))
        taken.add(start, end)
        return mention

    for name, start, end in _listed_zones(text):
        add(name, "Facility", start, end)
    purposes = {cls: _purposed(text, cls, home) for cls in LOCAL_FACILITIES}
    local = dict(LOCAL_FACILITIES)
    if not _APPLIED_AGRICULTURE.search(text):   # the zone named as the text writes it, never with 'ứng dụng'
        local["HighTechAgricultureZone"] = "Khu nông nghiệp công nghệ cao"
    for m in QUOTED.finditer(text):
        if _PRIZE_BEFORE.search(text, max(0, m.start() - 170), m.start()):
            continue
        add(m.group("name"), class_of(m.group("name")), m.start("name"), m.end("name"), quoted=True)
    for m in PAREN_NAMED.finditer(text):
        # a short name in brackets ('(mạng E. Mekong)'); not a count, nor the decision that approved it, nor
        # the short name of a body the projects belong to ('dự án ... của Trung tâm X (SIHUB)')
        owned = re.search(r"(?<![\wÀ-ỹ])của(?![\wÀ-ỹ])", text[m.start():m.start("name")])
        # (nor across a paragraph: a news lead's source in brackets, '(QNO) - Ngày 15/11, ...', under a headline's count)
        apart = re.search(r"\n[ \t\u00a0]*\n", text[m.start():m.start("name")])
        if len(m.group("name").split()) <= 6 and not _NOT_A_NAME.search(m.group("name")) and not owned and not apart:
            add(m.group("name"), "Project", m.start("name"), m.end("name"))
    for start, end, name in column_cells(text, _PROJECT_COLUMN):
        # a table's column of project titles ('TT / Tên dự án / ...'): each title kept as written
        add(name, "Project", start, end, quoted=True)
    for pattern, cls in _COMPILED:
        for m in pattern.finditer(text):
            if _NETWORK_OF.search(text, max(0, m.start() - 16), m.start()):
                continue   # 'mạng lưới sàn giao dịch công nghệ quốc gia', 'các sàn ...': many, not one
            if _NONE_OF.search(text, max(0, m.start() - 16), m.start()):
                continue   # 'tỉnh chưa có khu công nghệ cao': there is none
            province = province_named(m.group("prov")) if "prov" in m.groupdict() and m.group("prov") else home
            owner = _OWNER_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if owner and province is home and home is not None and counterpart is not None and \
                    fold(owner.group("who")).startswith("thanh") != home.city:
                province = counterpart   # 'hỗ trợ tỉnh xây dựng sàn giao dịch công nghệ' in the city's text
            proper = _PROPER_TAIL.match(text, m.end()) if cls in LOCAL_FACILITIES and not m.group("prov") else None
            if proper and _BARE_LEVEL.match(text, m.end()):
                proper = None   # 'Khu Công nghệ cao Thành phố gửi ...': the level word alone, the home city's
            tail = (collapse_spaces(proper.group("tail")), proper.end()) if proper else None
            # (a place's name the line break cuts: 'Khu nông nghiệp ... cao Măng' / 'Đen')
            wrapped = _NEXT_LINE_WORD.match(text, proper.end()) if proper else None
            if wrapped and province_or_unit(f"{tail[0]} {wrapped.group('word')}"):
                tail = (f"{tail[0]} {wrapped.group('word')}", wrapped.end())
            purpose = _PURPOSE.match(text, m.end("head")) if cls in LOCAL_FACILITIES else None
            written = next(((n, w) for p, n in purposes.get(cls, {}).items() if (w := re.match(
                WS1 + re.escape(p).replace(r"\ ", WS1) + r"(?![\wÀ-ỹ])", text[m.end("head"):m.end("head") + 120]))), None)
            if written:   # the purpose written, with or without the place ('... phát triển tôm còn chậm')
                place_end = purpose.end() if purpose and province_named(purpose.group("place")) else None
                add(written[0], cls, m.start(), place_end or m.end("head") + written[1].end())
            elif tail and province_named(tail[0]) is None and not re.match(
                    r"(?:Sở|Bộ|UBND|Ủy|Ban|Thủ|Chính|Khu|Trung)\b", tail[0]):
                add(f"{local[cls]} {tail[0]}", cls, m.start(), tail[1])
            elif cls in LOCAL_FACILITIES and (national := _NATIONAL.match(text, m.end())):
                # 'Sàn giao dịch công nghệ quốc gia': the country's one, not the province's; in lower case
                # ('kết nối với sàn giao dịch công nghệ quốc gia') the network of them, no one facility
                if m.group(0)[:1].isupper():
                    add(f"{local[cls]} quốc gia", cls, m.start(), national.end())
            elif cls in LOCAL_FACILITIES and province is not None:
                add(f"{local[cls]} {province.in_names}", "Facility" if cls == "SmartCentre" else cls,
                    m.start(), m.end())
            elif cls == "Incubator" and not m.group("tail").strip() and (host := host_end(text, m.end(), hosts)) > m.end():
                add(text[m.start():host], cls, m.start(), host)   # '... sáng tạo Trường Đại học X': named by its host
            elif cls == "Incubator" and not m.group("tail").strip() and not m.group("desc") and home is not None:
                kind = collapse_spaces(m.group(0))   # 'Vườn ươm doanh nghiệp công nghệ cao' as written
                place = re.match(WS1 + r"(?:tỉnh|thành" + WS1 + r"phố)" + WS1 + r"(?P<p>" + CAP_WORD + r"(?:" + WS1
                                 + CAP_WORD + r"){0,2})", text[m.end():m.end() + 40])
                where = province_named(place.group("p")) if place else None
                of_the = sentence_province(text, m.start()) if where is None else None   # ('... của tỉnh')
                add(f"{kind} {(where or of_the or home).in_names}", cls, m.start(), m.end() + (place.end() if place and where else 0))
            elif cls == "NamedSmartCentre" and not m.group("prov") and home is not None:
                # named with the province as its other facilities are, or as the text writes it in full, here after
                # its abbreviation or elsewhere ('... thông minh (IOC) tỉnh Bắc Giang')
                in_full = re.search(WS1.join(map(re.escape, m.group(0).split())) + r"(?:" + WS1 + r"\([^()\n]{1,12}\))?" + WS1
                                    + WS1.join(map(re.escape, home.full.split())), text, re.I)
                add(f"{text[m.start():m.end()]} {home.full if in_full else home.in_names}", "Facility", m.start(), m.end())
            elif cls == "Incubator" and not m.group("tail").strip() and home is not None and not re.search(
                    r"tại", m.group("desc")):
                # 'Vườn ươm doanh nghiệp khởi nghiệp đổi mới sáng tạo (của tỉnh)': no proper name and no
                # host, so the province's, named after it
                add(f"{collapse_spaces(text[m.start():m.end()])} {home.in_names}", cls, m.start(), m.end())
            elif cls == "StartupSpace":
                end = host_end(text, m.end(), hosts)
                if end == m.end() and not m.group("prov"):
                    continue   # 'Không gian sáng tạo Mùa Xuân ...' of no host or province: not known to be one
                add(text[m.start():end], "Incubator", m.start(), end)
            elif cls == "InnovationCentre" and _BARE_PLACE.match(text, m.end()) and home is not None:
                add(f"{collapse_spaces(text[m.start():m.end()])} {home.full}", cls, m.start(), m.end())
            elif cls == "DataCentre":
                bare = None if m.group("prov") else _BARE_PLACE.match(text, m.end())
                end = bare.end() if bare else m.end()
                # the centre a project titled before builds ('Dự án "Xây dựng Trung tâm dữ liệu tỉnh X"')
                built = next((p for k, p in found.items() if re.search("trung tam (?:tich hop )?du lieu", k) and home is not None
                              and fold(home.name) in k), None)
                if built is not None and not taken.overlaps(m.start(), end):
                    built.spans.append((m.start(), end))
                    built.written.append(collapse_spaces(text[m.start():end]))
                elif m.group("prov"):
                    add(collapse_spaces(text[m.start():end]), "Facility", m.start(), end)
                elif home is not None:
                    add(f"{collapse_spaces(m.group('head'))} {home.in_names}", "Facility", m.start(), end)
            elif cls in ("NamedLab", "NamedIncubator"):
                if re.search("[" + UPPER + "]", m.group("head")[1:]):
                    add(text[m.start():m.end("head")], cls, m.start(), m.end("head"))
            elif cls in ("Incubator", "InnovationCentre") and (before := host_named_before(text, m.start(), m.end(), hosts)):
                # '... Phân hiệu Đại học X tại tỉnh Y ...; xây dựng Trung tâm Đổi mới sáng tạo tại Phân hiệu.'
                add(f"{collapse_spaces(text[m.start():m.end()])} tại {before[0]}", cls, m.start(), before[1])
            elif cls not in LOCAL_FACILITIES:
                end = host_end(text, m.end(), hosts) if cls in ("Incubator", "InnovationCentre") else m.end()
                if cls == "InnovationCentre" and m.group("prov") and (_PLACED.search(m.group("head"))
                                                                     or re.search("[-–]", m.group("head"))):
                    # '... tỉnh Bắc Ninh tại thành phố Bắc Ninh', '... Nông lâm - Sơn La tại thành phố Sơn La': the
                    # place it stands in
                    end = m.end("head")
                add(text[m.start():end], cls, m.start(), end)
    # after the kinds above, which know their own names' ends
    for m in TO_BUILD.finditer(text):
        named = re.search("[" + UPPER + "]", m.group("rest")) or (
            m.group("kind").startswith("Phòng") and re.search(r"(?<![\wÀ-ỹ])về" + WS1, m.group("rest")))
        # a centre described only by its work, to be set up in a zone the text names ('hình thành Trung tâm
        # thiết kế vi mạch bán dẫn tại Khu công nghệ cao Đà Nẵng'): the zone says which one, in its name
        seat = None if named else re.match(WS1 + r"tại" + WS1, text[m.end("name"):m.end("name") + 10])
        zone = next((e for p in found.values() if p.cls in _ZONES for s, e in p.spans
                     if seat and s == m.end("name") + seat.end()), None)
        # or in a district or commune the text names ('xây dựng Trung tâm giống cây ăn quả chất lượng cao tại
        # huyện Chợ Lách'): the place says which one, in its name
        place = None if named or zone else _SEAT_PLACE.match(text, m.end("name"))
        place = place if place and province_or_unit(collapse_spaces(place.group("place"))) else None
        end = zone or (place.end() if place else m.end("name"))
        if named or zone or place:
            add(text[m.start("name"):end], "ConstructionProject", m.start("name"), end, around=bool(zone))
    for m in _PROPER_PROJECT.finditer(text):
        add(m.group("name"), "ConstructionProject", m.start("name"), m.end("name"))
    for m in PROJECT_OF.finditer(text):
        if not re.search(r"(?<![\wÀ-ỹ])(?:tỉnh|phố)(?!" + WS1 + r"[" + UPPER + r"])", m.group("name")):
            add(m.group("name"), "ConstructionProject", m.start("name"), m.end("name"))
    for m in IN_USE.finditer(text):
        add(m.group("name"), "Facility", m.start("name"), m.end("name"))
    for m in NUMBERED.finditer(text):
        head = re.sub(r"^(?i:Dự" + WS1 + r"án)" + WS1, "", m.group("head"))
        head = re.sub(WS + r"*\([^()]*\)" + WS + r"*$", "", head)   # '(huyện X)' after the name says where
        head = _OWNER.sub("", head)   # '... liên kết tiêu thụ của Hợp tác xã X': whose it is, not its name
        facility = FACILITY_HEAD.match(m.group("head"))
        inside = [p for p in found.values() if any(m.start("head") <= s < m.end("head") for s, _ in p.spans)]
        paragraph = (m.start(), paragraph_end(text, m.end()))
        # a head in lower case is a description ('Dự án đảng sâm'), which may name a project found before
        known = None if inside or not head[:1].islower() else known_by_its_words(head, list(found.values()))
        project = re.match(r"(?i:Dự" + WS1 + r"án)", m.group("head"))
        # (a zone or facility inside; not a quoted title with its place after it)
        within = [(s, e) for p in inside for s, e in p.spans if m.start("head") <= s < m.end("head")
                  and p.cls not in ("Project", "ConstructionProject")]
        if project and within and sum(e - s for s, e in within) < len(head) - 2 and before_where(head) == head:
            # '(1). Dự án Hạ tầng kỹ thuật Khu công nghệ cao Đà Nẵng (giai đoạn 1): ...': a project named
            # with the zone it serves, the zone a facility of its own
            mention = add(head, "ConstructionProject", m.start("head"), m.end("head"), around=True)
            if mention:
                mention.item = paragraph
        elif inside:
            inside[0].item = inside[0].item or paragraph
        elif known and re.match(r"(?i:Dự" + WS1 + r"án)", m.group("head")):
            # '(3). Dự án nấm linh chi, đông trùng hạ thảo: ...' after a table of full titles: that project
            known.item = known.item or paragraph
            known.spans.append((m.start("head"), m.end("head")))
            known.written.append(collapse_spaces(m.group("head")))
        elif re.match(r"(?i:Dự" + WS1 + r"án)", m.group("head")):
            mention = add(head, "ConstructionProject", m.start("head"), m.end("head"))
            if mention:
                mention.item = paragraph
        elif facility and not names_a_body(m.group("head")) and not A_MODEL.match(m.group("head")):
            # '(2) Trạm quan trắc môi trường tự động tại thành phố Rạch Giá đi vào hoạt động'
            name = before_where(re.sub(WS + r"*\([^()]*\)" + WS + r"*$", "", m.group("head")))
            mention = add(name, facility_class(name), m.start("head"), m.start("head") + len(name))
            if mention:
                mention.item = paragraph
    for m in _ZONE_WORKS.finditer(text):
        # 'Dự án Đầu tư xây dựng hạ tầng kỹ thuật Khu nông nghiệp ứng dụng công nghệ cao X (giai đoạn 1) do ...'
        # in running text: a project named with the zone it builds, the zone a facility of its own
        zone = next((e for p in list(found.values()) if p.cls in _ZONES for s, e in p.spans if s == m.end()), None)
        if zone is not None and not any(s <= m.start("name") < e for p in found.values() for s, e in p.spans):
            add(text[m.start("name"):zone], "ConstructionProject", m.start("name"), zone, around=True)
    for m in LISTED_ITEM.finditer(text):
        name = before_where(m.group("head"))
        add(name, facility_class(name), m.start("head"), m.start("head") + len(name))
    return sorted(_named_in_full(found), key=lambda p: p.spans[0][0])


def _named_in_full(found: dict[str, ProjectMention]) -> list[ProjectMention]:
    """A centre named again by its kind alone ('đề án Trung tâm Đổi mới sáng tạo' after 'Trung tâm Đổi mới
    sáng tạo Lâm Đồng'): the one of the text whose name begins so, if there is one."""
    out = list(found.values())
    for short in list(out):
        longer = [p for p in out if p is not short and p.cls == short.cls and fold(p.name).startswith(fold(short.name) + " ")]
        if short.cls == "InnovationCentre" and len(longer) == 1:
            longer[0].spans += short.spans
            longer[0].written += short.written
            out.remove(short)
    return out


# the owner named after a project ('Dự án Vùng sản xuất lúa ... của Hợp tác xã Nông nghiệp Tân Long')
_OWNER = re.compile(WS1 + r"của" + WS1 + r"(?:Công" + WS1 + r"ty|Hợp" + WS1 + r"tác" + WS1 + r"xã|Tập" + WS1 + r"đoàn|Tổng"
                    + WS1 + r"[Cc]ông" + WS1 + r"ty)(?![\wÀ-ỹ]).*$", re.S)


def project_details(text: str, item: tuple[int, int]) -> dict[str, object]:
    """Budget, investor and website stated in a project's own paragraph."""
    start, end = item
    details: dict[str, object] = {}
    budget = _BUDGET.search(text, start, end)
    if budget:
        details["budget"] = (budget.group("num"), budget.group("mult"), budget.start(), budget.end())
    investor = _INVESTOR.search(text, start, end)
    if investor:
        details["investor"] = (investor.start("who"), investor.end("who"))
    site = _WEBSITE.search(text, start, end)
    if site:
        details["website"] = (site.group("site"), site.start("site"), site.end("site"))
    return details


__all__ = ["ProjectMention", "find_projects", "project_details"]
