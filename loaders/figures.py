"""Figures: a number with what it counts ('3.176 văn bằng', '20,03 ha', '141,6 tỷ đồng',
'90,7%', 'trên 4.600 thông tin'), as statistical observations.

A figure is a cardinal followed by a unit or counted noun. Years, dates, document
numbers, list markers ('(1).'), ordinals ('giai đoạn 2', 'lần thứ'), durations
('01 năm', '06 tháng') and numbers inside names or quotes are not figures. Parts
listed in brackets right after a total that they sum to are its components."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from vnst.loaders.flattables import flattened_table_numbers
from vnst.loaders.indicatortables import indicator_table_numbers
from vnst.loaders.gridtables import amounts as grid_amounts
from vnst.loaders.gridtables import row_numbers as grid_row_numbers
from vnst.loaders.gridtables import views as grid_views
from vnst.loaders.lexicon import compound_at
from vnst.loaders.spans import Spans
from vnst.loaders.tables import TableNumber, table_numbers
from vnst.loaders.vietnamese import CONTENTS_NUMBER_WORD, LOWER, UPPER, WS, abbreviations, count_value, parse_amount

_NUM = r"(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
_WORD = "[" + LOWER + r"]+"
UNIT_CODES = {"ha": "HAR", "m2": "MTK", "m3": "MTQ", "km": "KMT", "km2": "KMK", "%": "P1", "‰": "NX", "đồng": "VND",
              "tấn": "TNE", "kg": "KGM", "m": "MTR", "kW": "KWT", "MW": "MAW", "GW": "A90",
              "kWh": "KWH", "MWh": "MWH", "GWh": "GWH"}   # UN/ECE Recommendation 20 codes
# Counted nouns the dictionary (loaders/lexicon.py) lacks: terms of administration and S&T
# statistics ('khu công nghiệp', 'mã số vùng trồng' of plant quarantine) and a few common ones it
# misses ('bài báo', 'hộ dân'). A longer phrase here or in the dictionary wins over a shorter one,
# so 'phó giáo sư' is not 'phó'. The unit is the counted word without its modifiers, as the seed
# annotations write it ('192 kiểu dáng công nghiệp' -> 'kiểu dáng'): a noun plus what kind it is
# ('giống lúa', 'phương tiện đo') is not listed. The zone kinds are listed whole because most
# annotations count zones so ('16 khu công nghiệp'), although one set writes 'khu'.
COUNTED_NOUNS = frozenset({
    "văn bằng", "kiểu dáng", "giải pháp", "sáng chế", "nhãn hiệu", "đơn vị", "doanh nghiệp",
    "nhà khoa học", "nhiệm vụ", "bài viết", "tài liệu", "sản phẩm", "lĩnh vực", "nội dung",
    "chỉ tiêu", "tổ chức", "thông tin", "công trình", "dự án", "đề tài",
    "cán bộ", "học viên", "sinh viên", "hợp đồng", "phòng thí nghiệm", "mục tiêu", "tỉnh thành",
    "tiến sĩ", "thạc sĩ", "giáo sư", "bài báo", "sáng kiến", "hộ dân", "nông dân", "hộ kinh doanh",
    "giảng viên", "học sinh", "nghiên cứu sinh", "lao động", "cơ sở", "hợp tác xã", "phó giáo sư",
    "công nhân", "bệnh viện", "trường học", "giải thưởng", "văn bản", "chuyên gia",
    "quy trình", "mô hình", "thiết bị", "công nghệ", "phần mềm", "cơ sở dữ liệu", "ấn phẩm",
    "tin bài", "lượt truy cập", "hội thảo", "trang trại", "nguồn gen", "nhà màng", "nhà lưới",
    "hộ gia đình", "khu công nghiệp", "cụm công nghiệp", "khu kinh tế", "khu chế xuất",
    "khu công nghệ cao", "mã số",   # ('46 mã số vùng trồng': codes, whichever kind)
    "phép thử", "phép đo", "chỉ dẫn địa lý", "công tơ", "báo cáo", "điểm cầu",
    # ('2 tổ máy' of a power plant: generating units; '40 bản quyền phần mềm': licences; '40 máy trạm': workstations)
    "tổ máy", "bản quyền", "máy trạm",
    "đồng hồ",   # ('86.540 đồng hồ đo nước': meters, no money)
})
# 'lượt' counts occurrences of what follows ('2.600 lượt người', '300 lượt nông dân'), 'con' animals
# ('50.000 con giống', '120 triệu con tôm sú giống'), 'bản' copies and pieces ('04 bản', '46 bản nhạc'), 'bộ' sets: the
# unit is the classifier itself, as annotators of every set wrote it
_CLASSIFIER_UNITS = {"lượt", "con", "bản", "bộ"}   # ('350 bộ cảm biến', '01 bộ tài liệu': sets)
# one-syllable counted nouns that make 'cấp N ...' a grant, not a level ('cấp 100 suất học bổng')
_GRANTED = {"suất", "giấy", "thẻ", "mã", "bằng", "tem"}   # ('cấp 12.500 tem truy xuất': labels handed out)
# durations and ages ('người trên 40 tuổi'), ordinals, and grades or tiers ('OCOP từ 3 sao', 'mô hình
# chính quyền 2 cấp'): not counts
NOT_UNITS = {"năm", "tháng", "ngày", "giờ", "phút", "quý", "tuần", "bên", "trang", "giai", "thứ",
             "sao", "cấp", "tuổi", "hằng",   # ('15/12 hằng năm': a date every year)
             "tăng", "giảm"}   # (a table's amount before its change: '68,5   tăng 12,5%')
# prepositions, conjunctions, verbs of being or placing, 'mới' (only: 'đến 15/8 mới đạt') and the markers of
# tense and aspect ('chiều 15/9 đã có'): a number
# followed by one of them counts nothing named ('cơ sở 2 tại phường X', 'cơ sở 2 đặt tại ...', 'từ 5 đến 7'),
# it is a label or one end of a range
_FUNCTION_WORDS = {"tại", "ở", "của", "và", "với", "cho", "trong", "được", "là", "về", "từ", "đến", "theo",
                   "hoặc", "hay", "do", "bởi", "để", "như", "so", "thì", "mà", "nên", "vào", "trên", "dưới",
                   "đặt", "lên", "xuống", "mới", "đã", "sẽ", "đang", "vẫn", "cũng", "chưa", "có", "cùng"}
# ('tăng từ 03 lên 07 doanh nghiệp': 'lên' after the first end of a change)
# a number spelled out in brackets after its digits ('08 (tám) nhiệm vụ'), as decisions write counts
_SPELLED = (r"\((?i:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|mốt|lăm|linh|lẻ|trăm)"
            r"(?:" + WS + r"+(?i:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|mốt|lăm|linh|lẻ|trăm)){0,5}\)")
# a number in words right before its digits in brackets ('năm (05) lĩnh vực')
_WORDS_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?i:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|mốt|lăm|trăm)" + WS + r"+$")
# papers granted, capitalised as a document's kind is ('cấp mới 2 Giấy chứng nhận doanh nghiệp KH&CN')
_GRANTED_PAPERS = r"Giấy" + WS + r"+(?:chứng" + WS + r"+nhận|phép)|Bằng" + WS + r"+độc" + WS + r"+quyền|Văn" + WS + r"+bằng"
# posts counted, capitalised as posts are ('Lãnh đạo Trung tâm gồm Giám đốc và không quá 02 Phó Giám đốc')
_POSTS = (r"(?:Phó" + WS + r"+)?(?:Giám" + WS + r"+đốc|Chủ" + WS + r"+tịch|Hiệu" + WS + r"+trưởng|Viện" + WS
          + r"+trưởng|Trưởng" + WS + r"+(?:ban|phòng|khoa))(?![\wÀ-ỹ])")
# prizes counted by their rank, capitalised as each one's name is ('01 Giải Nhất, 03 Giải Nhì và 05 Giải Ba')
_PRIZES = r"Giải(?=" + WS + r"+(?:Nhất|Nhì|Ba|Tư|Khuyến" + WS + r"+khích|Đặc" + WS + r"+biệt)(?![\wÀ-ỹ]))"
# the counted nouns written by their abbreviations in capitals ('05 DN', '04 HTX')
_ABBREVIATED_COUNTS = "|".join(sorted((re.escape(k) for k, v in abbreviations().items()
                                       if k.isupper() and len(k) >= 2 and v.lower() in COUNTED_NOUNS), key=len, reverse=True))
FIGURE = re.compile(
    r"(?<![\w.,\-–“\"])(?P<approx>(?:trên|hơn|gần|khoảng|xấp" + WS + r"+xỉ|dưới)" + WS + r"+)?"
    # ('năm (05) lĩnh vực': the digits in brackets after the number in words)
    r"(?P<paren>\((?=\d{1,3}\)))?(?P<num>(?!(?:19|20)\d{2}(?!\d))" + _NUM + r")(?![\w\-])(?(paren)\))"
    # ('118/122 sản phẩm', '31.240/36.500 triệu đồng': what was done of a target, both counting the noun; the
    # target is read again as a number of its own)
    r"(?!/(?!" + _NUM + WS + r"+[" + LOWER + r"]))"
    r"(?=(?:/(?P<of>" + _NUM + r"))?(?:" + WS + r"*(?P<pct>[%‰])|" + WS + r"+(?:" + _SPELLED + WS + r"+)?(?:(?P<mult>nghìn|ngàn|triệu|tỷ|tỉ)(?!\w)" + WS + r"*)?"
    r"(?P<unit>k?m" + WS + r"*\n?" + WS + r"*[23](?!\d)|(?:Bộ|Sở|Hội" + WS + r"+(?:đồng|thi|chợ)|" + _GRANTED_PAPERS + r")(?=" + WS + r")|"
    + _PRIZES + r"|(?:" + _ABBREVIATED_COUNTS + r")(?![\wÀ-ỹ&])|"
    + _POSTS + r"|Tổ(?:" + WS + r"+" + _WORD + r"){1,3}|(?:USD|EUR|VNĐ|VND|đô" + WS + r"+la|[kMG]Wp?|[kMG]Wh)(?!\w)|"
    + _WORD + r"(?:" + WS + r"+" + _WORD + r"){0,3})))")
# Words before a number that make it a label, a rank or a date part: 'giai đoạn 2', 'lần thứ 3',
# 'xếp thứ 3', 'hạng 2', the whole a rank is out of ('xếp thứ 19/63 tỉnh'), 'Số 01', 'khóa 5',
# 'năm 2', 'Khu A 3'. 'cấp' is a level ('cấp 3') unless a counted noun of several syllables
# follows: then it is the verb 'to grant' ('cấp 120 văn bằng'); in 'cung cấp' it is 'to supply'.
# 'số' closing a noun ('tổng số', 'dân số 4 triệu người') is not the label 'số'.
_TERM_AFTER = re.compile(WS + r"+(?i:khóa|khoá)" + WS + r"+[IVXL]{1,6}(?![\wÀ-ỹ])")
_BEFORE_EXCLUDED = re.compile(r"(?:giai" + WS + r"+đoạn|(?:thứ|hạng)(?:" + WS + r"+\d{1,3}/)?|(?<![Tt]ổng )(?<![Dd]ân )(?<![Tt]rong )số|Số|khóa|khoá|(?<![Cc]ung )(?P<level>cấp)|(?P<group>[Nn]hóm)|"
                              # ('mỗi năm 10 lớp': ten a year, not the label of a year)
                              r"(?<!mỗi )(?<!hằng )(?<!hàng )[Nn]ăm|tháng|ngày|quý|Khu|Phòng"
                              # a building's floor ('tại tầng 2 và tầng 3 tòa nhà ...')
                              r"|(?<![Hh]ạ )[Tt]ầng"   # (not "hạ tầng 2 khu công nghiệp", infrastructure)
                              # a programme named by its target ('Đề án 1 triệu héc-ta lúa', 'Chương trình 135')
                              r"|Đề" + WS + r"+án|Chương" + WS + r"+trình"
                              # a road ('Quốc lộ 24')
                              r"|(?:Quốc|Tỉnh)" + WS + r"+lộ|Đường" + WS + r"+tỉnh|Cao" + WS + r"+tốc"
                              # a steering committee named by the decision that set it up ('Ban Chỉ đạo 389 tỉnh')
                              r"|Ban" + WS + r"+Chỉ" + WS + r"+đạo|BCĐ"
                              # a form's number ('theo Mẫu 01 ban hành kèm theo ...')
                              r"|[Mm]ẫu(?:" + WS + r"+số)?"
                              # a document named by its number without 'số' ('cụ thể hóa Nghị quyết 57 bằng ...')
                              r"|Nghị" + WS + r"+(?:quyết|định)|Quyết" + WS + r"+định|Chỉ" + WS + r"+thị|Kết" + WS + r"+luận"
                              # the minutes of a clock time ('kết thúc lúc 11 giờ 30')
                              r"|\d{1,2}" + WS + r"+giờ"
                              # a part of a legal text: 'tại Điều 1', 'khoản 2', 'điểm 3', 'Chương 4', 'Phụ lục 5'
                              # ('danh mục 05 nhiệm vụ' is a list of five; 'xử lý dứt điểm 19.450 đơn', thoroughly;
                              # 'thí điểm 0,5 ha', a pilot)
                              r"|(?i:điều|khoản|(?<!dứt )(?<!thí )điểm|chương|(?<!danh )mục|phụ" + WS + r"+lục))" + WS + r"*$")
# A quoted name or title on one line ('Đề án "Phát triển 1 triệu ha lúa ..."'): its numbers are
# part of the name. A quote that holds a sentence end or follows a colon is speech and is kept.
# A proper name of two or more capitalised syllables right before the number, with no verb or
# punctuation between: the number ends the name ('Trường Đại học Sư phạm Hà Nội 2', 'phường Hà Giang 1')
# (whole syllables: the last letter of a heading in capitals, 'HẠN CHẾ' / 'Còn 11 nhiệm vụ', starts none)
_NAME_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?:[" + UPPER + r"][" + LOWER + r"]*" + WS + r"+){2}$")
# the month of a date written without its year ('trước ngày 15/12 hằng năm')
_POUND = re.compile(r"bảng" + WS + r"+Anh(?![\wÀ-ỹ])")
_SCALE_BEFORE = re.compile(r"(?i:tỷ|tỉ)" + WS + r"+lệ" + WS + r"+(?:\d{1,3}/)?$")
_DAY_MONTH_BEFORE = re.compile(r"[Nn]gày" + WS + r"+\d{1,2}/$")
# the day of a date written without its year ('Ngày 15/8 vừa qua', 'sáng 13/4'): its month is no target
_DAY_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?i:sáng|chiều|trưa|tối|ngày|hôm)" + WS + r"+$")
# one-syllable nouns that count alone, what follows them saying which ('hộ sản xuất', 'người lao động', 'con giống')
_COUNT_ALONE = frozenset({"hộ", "người", "con", "cây", "xã", "thôn"})
_PRIZE_RANK_BEFORE = re.compile(_PRIZES + WS + r"+\S+(?:" + WS + r"+(?:khích|biệt))?" + WS + r"+$")
# the Sino-Vietnamese suffix 'viên' makes a word for a person who does it: 'kỹ thuật viên', 'tuyên truyền viên'
_AGENT_SUFFIX = "viên"
_QUOTED_NAME = re.compile(r"(?<!:)(?<!:" + WS + r")[“\"](?P<body>[^”\"\n]{3,250})[”\"]")
_SENTENCE_END = re.compile(r"[.!?](?:" + WS + r"|$)")


# a count written in words ('tám nội dung hợp tác'): read only before what an agreement or a programme
# declares a number of, since 'hai địa phương', 'ba tỉnh' are turns of phrase more than statistics
_COUNTED_IN_WORDS = {"nội dung", "lĩnh vực", "nhiệm vụ", "giải pháp", "mục tiêu", "chương trình", "dự án"}
_WORD_COUNT = re.compile(r"(?<![\wÀ-ỹ])(?P<num>" + CONTENTS_NUMBER_WORD + r")" + WS + r"+(?P<unit>" + _WORD + WS + r"+"
                         + _WORD + r")")


@dataclass
class Figure:
    start: int
    end: int
    written: str          # the number as written ('3.176')
    value: Decimal
    unit: str             # 'văn bằng', '%', 'ha', 'm2', 'đồng'
    approximate: bool
    component_of: int | None = None    # index of the total in the list
    spans: list[tuple[int, int]] = field(default_factory=list)

    @property
    def unit_code(self) -> str | None:
        return UNIT_CODES.get(self.unit)


def find_figures(text: str, *, masked: list[tuple[int, int]]) -> list[Figure]:
    """Figures in reading order, one per (value, unit) — a repeated statement adds a span."""
    found: list[Figure] = []
    index: dict[tuple[Decimal, str], Figure] = {}
    cells, cell_spans = table_numbers(text)
    # a grid's columns are sure where a line-by-line reading of its rows is not: its numbers replace theirs
    grid, grid_spans = grid_amounts(text)
    in_grid = Spans(grid_spans)
    flat, flat_spans = flattened_table_numbers(text)
    indicators, indicator_spans = indicator_table_numbers(text)
    flat, flat_spans = flat + indicators, flat_spans + indicator_spans
    read = Spans(cell_spans)
    # (only the cells the grid read an amount in: its other columns, counts, are read line by line)
    grid_cells = Spans([(g.start, g.end) for g in grid])
    # (and a pipe table's column that states its unit is sure where a row's reading of its cells is not)
    # (in a grid too, in a column the grid reads no amount in: '| Số gian hàng |' beside '| Giá trị (tỷ đồng) |')
    stated = Spans([(c.start, c.end) for c in indicators if c.stated and not grid_cells.contains(c.start)])
    cells = [c for c in cells if not grid_cells.contains(c.start) and not stated.contains(c.start)]
    cells += [c for c in flat if (c.stated or not read.contains(c.start)) and not grid_cells.contains(c.start)
              and (c.stated or not in_grid.contains(c.start))]
    cell_spans += flat_spans + grid_spans
    masked_set = Spans(masked + _quoted_names(text) + cell_spans)
    _read_running(text, masked_set, index, found)
    # a wrapped grid's cells read down their columns (a name wrapped down a column spans the cells
    # beside it, which are not its own: its mask is left out)
    one_line = Spans([(s, e) for s, e in masked if "\n" not in text[s:e]] + grid_row_numbers(text))
    for view in grid_views(text):
        _read_running(view, one_line, index, found)
    for m in _WORD_COUNT.finditer(text):
        unit = " ".join(m.group("unit").split()[:2])
        if unit in _COUNTED_IN_WORDS and not masked_set.contains(m.start()):
            value = Decimal(count_value(m.group("num")))
            _record(Figure(m.start(), m.end("unit"), m.group("num"), value, unit, False), index, found)
    _add_table_figures(cells, Spans(masked), index, found)
    _add_table_figures(grid, Spans(), index, found)   # sure cells, whatever wrapped name spans them
    found.sort(key=lambda f: f.start)
    _link_components(text, found)
    return found


def _read_running(text: str, masked_set: Spans, index: dict[tuple[Decimal, str], Figure], found: list[Figure]) -> None:
    """Numbers with what they count in running text (or in one column of a grid, ``text`` its view)."""
    for m in FIGURE.finditer(text):
        if masked_set.contains(m.start()) or _paragraph_break(m):
            continue
        unit = _unit(m) or _range_unit(m)
        if unit is None or _DAY_MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if m.group("of") and _DAY_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        # a label stands right before its number: 'năm' before 'khoảng 30 chỉ tiêu' labels nothing
        if m.group("paren") and not _WORDS_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue   # '(2) nghiên cứu ...': an item's number, not digits repeating a number in words
        if _SCALE_BEFORE.search(text, max(0, m.start() - 18), m.start()) and (m.group("of") or text[m.start() - 1] == "/"):
            continue   # 'tỷ lệ 1/500': a map's scale, neither of its numbers a count
        if _TERM_AFTER.match(text, m.end("num")):
            continue   # 'Hội nghị Trung ương 6 khóa XI': a plenum's number in a term of office
        before = None if m.group("approx") or m.group("paren") else _BEFORE_EXCLUDED.search(
            text[max(0, m.start() - 12):m.start()])
        # 'năm' labels a year ('năm 2'), never a number written with thousands ('kế hoạch năm 13.200 phương tiện')
        thousands = before is not None and before.group(0).startswith("năm") and re.search(r"\d\.\d{3}", m.group("num"))
        # 'thuộc nhóm 15 tỉnh, thành phố dẫn đầu': a group of fifteen, where 'nhóm 1' names the first group
        of_many = before is not None and before.group("group") and parse_amount(m.group("num"), None) not in (None, 1)
        # ('ngân sách tỉnh cấp 30 tỷ đồng': money granted, no level)
        granted = before is not None and before.group("level") and (" " in unit or unit in _GRANTED or m.group("mult")
                                                                    and unit in ("đồng", "USD"))
        if before and not granted and not thousands and not of_many:
            continue
        # (but a prize's rank is no name a number ends: 'Giải Nhì 30 triệu đồng' is what the prize is worth)
        if not m.group("approx") and _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
                and not _PRIZE_RANK_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        unit_end = _unit_end(text, m, unit)
        value = parse_amount(m.group("num"), m.group("mult"))
        if value is None:
            continue
        if unit == "đồng" and m.group("mult") is None and value < 1000:
            continue
        start = m.start("num") if not m.group("approx") else m.start()
        _record(Figure(start, unit_end, m.group("num"), value, unit, bool(m.group("approx"))), index, found)


def _add_table_figures(cells: list[TableNumber], masked: Spans, index: dict[tuple[Decimal, str], Figure],
                       found: list[Figure]) -> None:
    """Table cells (tables.py) with the unit their column or row gives; a unit cell is read as
    running text's counted noun is ('Doanh nghiệp' -> 'doanh nghiệp', 'Phương tiện' -> 'phương tiện')."""
    for cell in cells:
        if masked.contains(cell.start):
            continue
        words = cell.unit.split()
        unit = cell.unit if cell.unit in UNIT_CODES else " ".join(words[:compound_at(words, extra=COUNTED_NOUNS)])
        if not unit or unit in NOT_UNITS or cell.by_column and unit not in COUNTED_NOUNS:
            continue
        value = parse_amount(cell.written, cell.multiplier)
        if value is None:
            continue
        _record(Figure(cell.start, cell.end, cell.written, value, unit, False), index, found)


def _record(fig: Figure, index: dict[tuple[Decimal, str], Figure], found: list[Figure]) -> None:
    """A new figure, or one more span of the same (value, unit) stated again."""
    same = index.get((fig.value, fig.unit))
    if same is not None:
        same.spans.append((fig.start, fig.end))
        return
    fig.spans = [(fig.start, fig.end)]
    index[(fig.value, fig.unit)] = fig
    found.append(fig)


# (after a colon a quote is a name when a task's or a project's noun introduces it: 'nhiệm vụ: "Nghiên cứu ... cho 12 xã"')
_NAMED_AFTER_COLON = re.compile(r"(?<![\wÀ-ỹ])(?i:nhiệm" + WS + r"+vụ|đề" + WS + r"+tài|dự" + WS + r"+án|đề" + WS + r"+án|mô" + WS
                                + r"+hình|sáng" + WS + r"+kiến)" + WS + r"*:" + WS + r"*(?P<quote>[“\"](?P<body>[^”\"\n]{3,250})[”\"])")


def _quoted_names(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTED_NAME.finditer(text)
            if not _SENTENCE_END.search(m.group("body"))] \
        + [(m.start("quote"), m.end("quote")) for m in _NAMED_AFTER_COLON.finditer(text)
           if not _SENTENCE_END.search(m.group("body"))]


def _paragraph_break(m: re.Match[str]) -> bool:
    """A number alone on its line, a blank line before the next word: a page number ('2'), not a count.
    So is a short number alone on its line inside a sentence: the line above ends with no stop and
    the line below goes on in lower case ('... có tiềm năng' / '2' / 'tăng trưởng cao.')."""
    gap_end = m.start("unit") if m.group("unit") is not None else m.start("pct")
    if m.string.count("\n", m.end("num"), gap_end) >= 2:
        return True
    text = m.string
    line_start = text.rfind("\n", 0, m.start("num")) + 1
    line_end = text.find("\n", m.end("num"))
    alone = line_end != -1 and not text[line_start:m.start("num")].strip() and not text[m.end("num"):line_end].strip()
    if not alone or len(m.group("num")) > 3 or line_start == 0:
        return False
    above = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1].rstrip()
    return bool(above) and above[-1] not in ".:;!?)" and bool(re.match(r"[" + LOWER + r"]", text[line_end + 1:line_end + 2]))


_RANGE_TO = re.compile(WS + r"+(?:đến|tới|lên|xuống|(?:trong|trên)(?:" + WS + r"+(?:tổng" + WS + r"+)?số)?)" + WS + r"+(?=\d)")


def _range_unit(m: re.Match[str]) -> str | None:
    """'từ 5 đến 7 dự án': the first end of a range counts what the second counts; so does the part
    of a whole ('04 trong 05 chỉ tiêu', '3 trong tổng số 8 nhiệm vụ', '08 trên tổng số 09 thành viên')."""
    to = _RANGE_TO.match(m.string, m.end("num"))
    second = FIGURE.match(m.string, to.end()) if to else None
    return _unit(second) if second and not second.group("approx") else None


def _unit(m: re.Match[str]) -> str | None:
    if m.group("pct"):
        return m.group("pct")   # per cent, or per mille ('4‰', a rate of births or of losses)
    unit = re.sub(r"\s+", " ", m.group("unit").replace("\u00a0", " ")).strip()
    if re.fullmatch(r"k?m ?[23]", unit.replace("\n", "")):
        return ("k" if unit.startswith("k") else "") + "m" + unit[-1]   # an area or a volume ('2.000 m3/ngày đêm')
    if re.fullmatch(r"[kMG]Wp?|[kMG]Wh", unit):
        return unit   # ('MWp', a solar plant's peak power, is no nominal MW: kept as written, with no UN/ECE code)
    if re.match(_GRANTED_PAPERS, unit):
        return unit.lower()
    if unit == "Giải":
        return "giải"   # '03 Giải Nhì': prizes of a rank
    if unit.startswith("Hội"):
        # '09 Hội đồng tuyển chọn', '02 Hội thi Sáng tạo kỹ thuật': councils, contests, capitalised as each one's name begins
        return unit.lower()
    if _POUND.match(m.string, m.start("unit")):
        return "bảng Anh"   # pounds sterling ('1,8 triệu bảng Anh')
    if unit in ("USD", "EUR", "VNĐ", "VND") or unit.startswith("đô"):
        return {"VNĐ": "đồng", "VND": "đồng"}.get(unit, "USD" if unit.startswith("đô") else unit)
    words = unit.split(" ")
    if counted := _abbreviated_count(words[0]):
        return counted   # '05 DN', '04 HTX': the counted noun by its abbreviation
    if words[0] == "Tổ":
        words[0] = "tổ"   # '1.036 Tổ công nghệ số cộng đồng': teams, capitalised as each one's name begins
    # (a word that counts nothing alone may begin one that does: 'trang' (page) in 'trang trại' (farm))
    if words[0] in NOT_UNITS and " ".join(words[:2]) not in COUNTED_NOUNS or words[0] in _FUNCTION_WORDS:
        return None
    if re.fullmatch(r"[xX]{2,}", words[0]):
        return None   # ('Hotline: 0274 3 822 xxx': a phone number's digits masked, no count)
    if words[0] in UNIT_CODES and (" ".join(words[:2]) not in COUNTED_NOUNS or m.group("mult")) \
            or words[0] in _CLASSIFIER_UNITS and " ".join(words[:2]) not in COUNTED_NOUNS:
        # a measure ('ha', 'đồng') or 'lượt' is never part of a longer word (but 'bản quyền': a classifier's noun;
        # 'đồng hồ': meters)
        return words[0]
    size = compound_at(words, extra=COUNTED_NOUNS)
    if size > 1 and size < len(words) and words[size] == _AGENT_SUFFIX:
        # 'kỹ thuật viên' (an agent noun), but not 'trường thành viên': 'thành viên' (member) is a
        # word of its own, so the count is of 'trường' and 'thành viên' says which
        size = size - 1 if compound_at(words[size - 1:size + 1]) == 2 else size + 1
    elif size == 2 < len(words) and words[0] in _COUNT_ALONE and compound_at(words[1:3]) == 2:
        # 'hộ sản xuất': 'sản xuất' (produce) is the word, not the dictionary's 'hộ sản' (obstetrics)
        size = 1
    return " ".join(words[:size])


def _abbreviated_count(word: str) -> str | None:
    """The counted noun an abbreviation in capitals stands for ('DN' -> 'doanh nghiệp', 'HTX' -> 'hợp tác xã')."""
    full = abbreviations().get(word) if word.isupper() and len(word) >= 2 else None
    return full.lower() if full and full.lower() in COUNTED_NOUNS else None


def _unit_end(text: str, m: re.Match[str], unit: str) -> int:
    """End of the unit as kept (one, two or three words of what the pattern looked at)."""
    if m.group("pct"):
        return m.end("pct")
    if unit == "bảng Anh":
        return _POUND.match(text, m.start("unit")).end()
    if unit in ("m2", "km2", "m3", "km3"):
        return m.end("unit")
    end = m.start("unit")
    if _abbreviated_count(m.group("unit").split()[0]) == unit:
        return end + len(m.group("unit").split()[0])
    for word in m.group("unit").split()[:max(1, len(unit.split(" ")))]:
        end = text.index(word, end) + len(word)
    return end


def _link_components(text: str, figures: list[Figure]) -> None:
    """'3.176 văn bằng ... (2.968 nhãn hiệu, 192 kiểu dáng, 01 giải pháp, 15 sáng chế)':
    the bracketed figures are components of the total when they add up to it."""
    for i, total in enumerate(figures):
        opening = text.find("(", total.end, total.end + 80)
        if opening < 0 or text.find(")", total.end, opening) >= 0 or "." in text[total.end:opening].replace(".\n", "."):
            continue
        closing = text.find(")", opening)
        parts = [f for f in figures[i + 1:] if opening < f.start < closing and f.unit != "%"]
        if len(parts) >= 2 and sum(p.value for p in parts) == total.value:
            for part in parts:
                part.component_of = i


__all__ = ["FIGURE", "Figure", "UNIT_CODES", "find_figures"]
