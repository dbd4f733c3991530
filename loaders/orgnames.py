"""Names of organisations written after a head word ('Trường Đại học', 'Trung tâm', 'Viện',
'Ban', 'Vụ', 'Quỹ' ...): how far a name runs, and upper-case headers read in title case.

Vietnamese capitalises the first syllable of each word of a name ('Ban Quản lý dự án Đầu
tư'), so a name runs over capitalised words, their second syllables and short lower-case
runs between them, and stops at function words, verbs, punctuation, a new line in a
header block, or after a place name ('Đại học Huế xây dựng ...')."""

from __future__ import annotations

import re
from dataclasses import dataclass

from vnst.loaders.bodies import branch_brands
from vnst.loaders.lexicon import compound_at
from vnst.loaders.caps import CAPS_CHANGED
from vnst.loaders.orgclues import (completes_word, continues_in_column, country_at, ends_in_place, enumerated_field,
                                   listed_alone, local_name_at, lower_sector_at, set_up_as_a_body, two_syllable_country)
from vnst.loaders.orgguards import (EVENT_TEAM, LEADERSHIP, OF_EACH, PERSON_AHEAD, TITLE_BEFORE,
                                    not_a_body_here)
from vnst.loaders.orgwords import (ABBR_PAREN, ACADEMIC_WORD, ACRONYM, A_DOCUMENT, BARE_BODIES, CAPS_STOP, CLOSING,
                                   COMPASS, COMPOUNDS, COUNCIL_ROLE, COUNTRY_STOP, CREATIVE, DATE_OPENS, DEFINED_TAIL,
                                   END_WORD, ENGLISH_NAME, FIELD_PHRASES, FUNCTION_WORDS, HEADS, HEAD_START,
                                   HEAD_START_ANY_CASE, ISSUED_PAPER, ITEM_MARKS, LABEL_LINE, LEGAL_FORM_AT,
                                   MODIFIER_LOCALITY, NAMESAKE_OF, NOT_A_BODY, NOUN_PAIRS, PARTY_BODY_WORDS,
                                   REGION_BEFORE, ROMAN, TAIL_TO_PLACE, VERBS, VERB_PAIRS, WEEKDAY)
from vnst.loaders.places import Province, city_named, province_named, province_or_unit
from vnst.loaders.vietnamese import (CAP_WORD, LOWER, UPPER, WS, WS1, abbreviations,
                                     expand_abbreviations)
from vnst.textnorm import collapse_spaces, fold, slug


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


_COLUMN_GAP = re.compile(r"[ \t\u00a0]{3,}|\t")   # two columns of a header flattened onto one line, or a table's cells
# '|' parts the cells of a table row; '<br>' breaks a line inside one (a table converted from HTML)
_TOKEN = re.compile(r"<br\s*/?>|[^\s\u00a0,;:.()“”\"|<]+\.?|[,;:()“”\"|<]")
_LINE_BREAK_TAG = re.compile(r"<br\s*/?>")
_AND_ZONES = re.compile(r"và" + WS1 + r"các" + WS1 + r"(?:[Kk]hu" + WS1 + r"(?:[Cc]ông" + WS1 + r"nghiệp|kinh" + WS1 + r"tế|chế"
                        + WS1 + r"xuất)|KCN|KKT|KCX)(?![\wÀ-ỹ])")   # ('... Dung Quất và các KCN Quảng Ngãi')
_UP_TO_ACRONYM = re.compile(r"(?P<words>(?:[ \t\u00a0]+[" + LOWER + r"]+){1,5})[ \t\u00a0]*\((?:[A-ZĐ]{2,8}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,6})[,)]")
# the place a company's trade is followed by, ending its name ('... Vật liệu xây dựng Thanh Liêm,')
_PLACE_AFTER_TRADE = re.compile(r"[ \u00a0]+(?P<place>" + CAP_WORD + r"(?:[ \u00a0]" + CAP_WORD + r"){0,2})(?=[ \t\u00a0]*(?:[,;.)|]|$))",
                                re.M)
_DAY_NAME_ENDS = re.compile(r"[ \t\u00a0]*(?:[,;)|]|\.(?!\d)|$)", re.M)   # (a table's cell ends at '|')
_PHRASE_ENDS = re.compile(r"[ \t\u00a0]*(?:[,;)]|\.(?!\d)|$)", re.M)
_BRANCH_WRAPPED = re.compile(WS1 + r"Chi" + WS1 + r"nhánh" + WS1 + r"[" + UPPER + r"]")



def _dashed_province_wrapped(text: str, dash: int) -> bool:
    """Whether the dash at ``dash`` opening a line is inside a province's name the line broke ('Bà Rịa' / '- Vũng Tàu')."""
    line_start = text.rfind("\n", 0, dash)
    if line_start < 0 or text[line_start + 1:dash].strip(" \t\u00a0"):
        return False
    # (a grid's column view blanks the other columns: the line before may end in many spaces)
    before = re.search(r"(?:" + CAP_WORD + r"[ \u00a0]){0,2}" + CAP_WORD + r"[ \t\u00a0]*$", text[max(0, line_start - 200):line_start])
    after = re.match(r"[-–][ \t\u00a0]*(?:" + CAP_WORD + r"[ \u00a0]?){1,3}", text[dash:dash + 40])
    if before is None or after is None:
        return False
    words = collapse_spaces(before.group(0)).split() + ["-"] + collapse_spaces(after.group(0)[1:]).split()
    dash_at = words.index("-")
    return any(" - " in joined and province_named(joined) is not None
               for i in range(dash_at) for j in range(dash_at + 2, len(words) + 1)
               for joined in [" ".join(words[i:j])])


def _field_phrase(tokens: list[re.Match[str]], index: int) -> int:
    """How many tokens from ``index`` spell a field's words that begin with a function word, 0 for none."""
    for n in (3, 2):
        said = tokens[index:index + n]
        if len(said) == n and not any(t.group(0)[-1:] in ".,;:" for t in said[:-1]) \
                and " ".join(t.group(0).rstrip(".,;:").lower() for t in said) in FIELD_PHRASES:
            return n
    return 0


def named_org(m: re.Match[str], text: str, home: Province | None, *, column_view: bool = False,
              grid: bool = False, paged: bool = False) -> OrgMention | None:
    """A head word and the capitalised name after it, as far as a name plausibly runs:
    lower-case syllables only in short runs between capitalised words (Vietnamese
    capitalises the first syllable of each word: 'Ban Quản lý dự án Đầu tư'). In one column
    of blocks printed side by side (``column_view``), an upper-case name may go on to the
    column's next line ('HỌC VIỆN NÔNG NGHIỆP' / 'VIỆT NAM'); in one column of a grid table (``grid``),
    any name may, its cell wrapped, and so may one a page break cut (``paged``: pagebreaks.joined)."""
    head = collapse_spaces(m.group("head"))
    if head == "BAN":
        head = "Ban"   # a header's 'BAN', which title-casing leaves in capitals as it does any short ASCII word
    if not_a_body_here(m, text, head):
        return None
    first = re.match(r"[ \t\u00a0]*\n[ \t\u00a0]*", text[m.end("head"):m.end("head") + 120])   # (an indent may be long)
    if first and LABEL_LINE.match(text, m.end("head") + first.end()):
        return None   # 'Giám đốc Học viện' / 'Địa chỉ: ...': a field label opens the next line, no name after the head
    cls = next((c for h, c in HEADS.items() if fold(h) == fold(re.sub(r"^[Tt]rường ", "", head))), "Centre")
    if head.lower().startswith("trường") and cls != "Centre":
        cls = "University"   # ('Trường THPT ...', a school, stays a public service unit)
    if fold(head) == "ban" and re.match(r"(?i:thường" + WS1 + r"trực)", text[m.end():m.end() + 12]) and \
            re.search(r"(?i:trưởng)" + WS1 + r"$", text[max(0, m.start() - 10):m.start()]):
        return None   # 'PHÓ TRƯỞNG BAN THƯỜNG TRỰC': the post of a board's standing deputy, not a body
    if head == "Ban" and LEADERSHIP.match(text, m.end()):
        return None   # 'Ban Giám đốc Sở', 'Ban Giám hiệu': a body's leaders, not a body of its own
    if head == "Ban" and EVENT_TEAM.match(text, m.end()):
        return None   # 'Ban Tổ chức Hội thi', 'Ban Giám khảo': the team of an event, not a standing body
    if head == "Ban" and re.match(r"Quản" + WS1 + "lý", text[m.end():m.end() + 12]):
        cls = "ManagementBoard"
    elif head == "Ban" and re.match(r"[Cc]hỉ" + WS1 + "[Đđ]ạo", text[m.end():m.end() + 12]):
        cls = "Committee"
    # a company's legal form, in lower case before its name ('Công ty cổ phần Mía đường Lam Sơn')
    legal = LEGAL_FORM_AT.match(text, m.end())
    if legal and cls != "Company":
        return None   # only a company has a legal form
    end, run, count = legal.end() if legal else m.end(), [], 0
    after_title = bool(TITLE_BEFORE.search(text[max(0, m.start() - 30):m.start()]))
    after_capital, caps_run, verb_stop, last_capital_end, supported = False, [], False, 0, False
    # (a grid's column spreads a wrapped name over lines of blanks: it reaches further)
    tokens = list(_TOKEN.finditer(text, end, min(len(text), end + (800 if grid else 200))))
    # a name begun in an upper-case header line ends with the line: the next line is another
    # column or block ('TRƯỜNG ĐẠI HỌC X' over 'Số: ...' or 'KT. CHỦ TỊCH')
    # (the word after the head says so when the head is one title-casing left as it was: 'BAN CHỈ ĐẠO')
    in_caps_line = any(i in CAPS_CHANGED for i in range(m.start(), min(len(text), m.end() + 2)))
    if in_caps_line and "\n" in text[m.end("head"):m.end()] and not (column_view and continues_in_column(text, m.end())):
        return None   # an upper-case line ends with the head word ('KT. CHÁNH VĂN PHÒNG' / 'PHÓ CHÁNH ...')
    cell_ended = False   # in a grid's column: the cell ended (the next row's number, a ';'), not the name
    for index, tok in enumerate(tokens):
        word = tok.group(0)
        if _LINE_BREAK_TAG.fullmatch(word):
            continue   # ('Ban Quản lý vịnh<br>Nha Trang': the cell's name wraps)
        gap = text[(tokens[index - 1].end() if index else (legal.end() if legal else m.end())):tok.start()]
        if word == "," and count and "\n" not in gap and enumerated_field(text, tok.end()):
            continue   # 'Phòng Khoa học, Công nghệ và Hợp tác quốc tế': a comma between the fields of one name
        if "\n\n" in gap.replace("\u00a0", "") or word in ",;:()“”\"|<":
            cell_ended = grid and word == ";"
            break
        column_next = column_view and in_caps_line and gap.count("\n") == 1 and continues_in_column(text, tok.start())
        if "\n" in gap and (in_caps_line or tok.start() + 1 in CAPS_CHANGED or tok.start() in CAPS_CHANGED) \
                and not column_next:
            break   # the next line of a header or signature block is not part of the name
        if "\n" in (gap if index else text[m.end("head"):tok.start()]) and text.startswith(head, tok.start()):
            break   # ('6. Thành viên Hội đồng' / 'Hội đồng có mặt ...': the next line opens with the head again)
        if "\n" in gap and word in ITEM_MARKS and not _BRANCH_WRAPPED.match(text, tok.end()) \
                and not _dashed_province_wrapped(text, tok.start()):
            # (but '... Việt Nam' / '- Chi nhánh Phú Riềng': a branch's name the line wrapped before its dash;
            # 'Trường Đại học Bà Rịa' / '- Vũng Tàu': a province's name wrapped so in a table's cell)
            break
        wrapped = (grid or paged) and gap.count("\n") == 1 and not gap.strip(" \n")   # (or run on past a page break)
        # (a grid's cell wrapped before the name's last word and a colon is no label: 'Công ty cổ phần Sợi Trà' / 'Lý: ...')
        label = LABEL_LINE.match(text, tok.start()) if "\n" in gap and not (grid and wrapped) else None
        if label and not any(pair in label.group(0).lower() for pair in VERB_PAIRS if " " in pair) \
                and not (index and tokens[index - 1].group(0) == "và"):   # ('... Hạ tầng và' / 'Đô thị: ...' wraps)
            break   # 'Đại diện:', 'Địa chỉ:' on the next line: a field label, not the rest of the name
        # (an indented line the name wraps onto: its indent is no column gap; 'Trưởng Ban Tuyên giáo' / '   Tỉnh ủy')
        indented = gap.count("\n") == 1 and not (grid or column_view)
        if _COLUMN_GAP.search(gap.rstrip(" \t\u00a0") if indented else gap) and not column_next and not wrapped:
            break
        bare = word.rstrip(".")
        if not bare:
            break
        if re.fullmatch(r"\d{1,2}[-/]\d{1,2}", bare) and count and len(run) <= 2 and index + 1 < len(tokens) \
                and tokens[index + 1].group(0)[:1].isupper():
            end, run = tok.start() + len(bare), []   # a company named after a day ('Xuất nhập khẩu 2-9 Đắk Lắk')
            continue
        if re.fullmatch(r"\d{1,2}[-/]\d{1,2}", bare) and count and not run and cls == "Company" \
                and _DAY_NAME_ENDS.match(text, tok.start() + len(bare)):
            end = tok.start() + len(bare)   # ... or after its trade, ending it ('Công ty cổ phần Dược phẩm 3/2;')
            break
        if bare[0].isdigit():
            # a numbered branch ('Ban Quản lý dự án 2'); hospitals carry numbers of three digits
            # ('Bệnh viện Nhân dân 115', 'Bệnh viện Quân y 103')
            longest = 3 if head == "Bệnh viện" else 2
            thousands = re.match(r"[.,]\d", text[tok.start() + len(bare):tok.start() + len(bare) + 2])   # '2.760': an amount
            if count and not run and len(bare) <= longest and not text[end:tok.start()].strip() and "\n" not in gap \
                    and not thousands:
                end = tok.start() + len(bare)
            elif count and run and cls == "Company" and len(bare) <= 3 and word == bare and "\n" not in gap \
                    and not thousands and _PHRASE_ENDS.match(text, tok.end()):
                end = tok.start() + len(bare)   # a company numbered after its trade ('Công ty TNHH MTV Cà phê 15,')
            cell_ended = grid and "\n" in gap
            break
        if in_caps_line and bare.lower() in CAPS_STOP and count:
            break
        if ROMAN.fullmatch(bare) and count:
            if "\n" not in gap or word == bare:   # ('II. GIẢI NHÌ' opening the next line: a heading, not the name's)
                end = tok.start() + len(bare)
            break   # 'Viện Nghiên cứu Nuôi trồng thủy sản II': a numbered branch ends the name
        sector = lower_sector_at(text, tok.start())
        if sector and not after_capital and len(run) <= 2:   # 'Ứng dụng tiến bộ khoa học và công nghệ'
            end, run, after_capital, caps_run = sector, [], False, []   # 'Vụ Phát triển khoa học và công nghệ ...'
            tokens_end = sector
            while index + 1 < len(tokens) and tokens[index + 1].start() < tokens_end:
                tokens.pop(index + 1)
            continue
        if ACADEMIC_WORD.match(word):
            run, end = [], last_capital_end or end
            break   # 'Trường Đại học X cử TS. Lê Văn A': an academic title begins a person, the name ended
        if bare[0].isupper() or "&" in bare:
            if "\n" in gap and caps_run and not run and (province_named(" ".join(caps_run[-2:])) is not None
                                                          or province_named(caps_run[-1]) is not None):
                break   # 'Bệnh viện Đa khoa tỉnh Bình Dương' / 'Quy trình ...': a place ends the name and its line
            if "\n" in gap and DATE_OPENS.match(text, tok.start()):
                break   # 'Ngày 24/10/2023, ...' opens the next line's sentence
            if WEEKDAY.match(text, tok.start()):
                break   # a dateline ('Thứ Năm, 18/05/2023') on the next line is not part of the name
            if bare.lower() in COUNTRY_STOP and count and (run or not caps_run or two_syllable_country(text, tok.start())) \
                    and not local_name_at(text, tok.start(), tokens[index + 1:index + 2]):
                # 'Viện Khoa học và Công nghệ Hàn Quốc', '... Việt Nam - Hàn Quốc': a foreign body's name
                # ends with its country; 'Hồng Đức', 'Việt Đức', 'Đức Chính' are names of their own
                country = country_at(text, tok.start())
                end = tok.start() + len(country) if country else end
                break
            if count and after_title and PERSON_AHEAD.match(text, tok.start()) and \
                    province_named(PERSON_AHEAD.match(text, tok.start()).group("name")) is None and \
                    not NAMESAKE_OF.search(text, max(0, tok.start() - 16), tok.start()):
                break   # 'Chủ tịch Viện Hàn lâm ... Việt Nam Châu Văn Minh': the official's name follows
            end = tok.start() + (len(word) if bare in abbreviations() or word == bare else len(bare))
            if word.endswith(".") and bare not in abbreviations() and (len(bare) > 2 or bare[1:].islower()):
                end = tok.start() + len(bare)
                count += 1
                break   # 'Minh.' ends the sentence, and the name
            if word.endswith(".") and bare in abbreviations() and (
                    index + 1 >= len(tokens) or not tokens[index + 1].group(0)[:1].isupper()
                    or "\n" in text[tok.end():tokens[index + 1].start()]):
                end = tok.start() + len(bare)
                count += 1
                break   # 'Văn phòng Sở KH&CN.': the sentence ends after the abbreviation ('TP. Huế' goes on)
            caps_run = caps_run + [bare] if not run else [bare]
            run, count = [], count + 1
            last_capital_end = end
            # a lower-case word after a single capitalised word is its second syllable ('Chất lượng'),
            # but not after a proper name ('tỉnh An Giang chuyển giao', 'Đại học Huế xây dựng')
            # nor after an acronym ('Trung tâm IOC vận hành': the verb follows the name)
            after_capital = len(caps_run) == 1 and province_named(bare) is None and not ACRONYM.fullmatch(bare) and not (
                bare in BARE_BODIES and not re.match(WS1 + "hữu", text[tok.end():tok.end() + 5]))
            if province_named(" ".join(caps_run[-2:])) is not None or province_named(bare) is not None:
                after_capital = False
            if index and tokens[index - 1].group(0).lower() in ("phía", "miền") and bare.lower() in COMPASS:
                after_capital = False   # 'miền núi phía Bắc trực tiếp ...': a direction has no second syllable
            continue
        zones = _AND_ZONES.match(text, tok.start()) if bare == "và" and cls == "ManagementBoard" else None
        if zones:   # 'Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp': one board of several zones
            end, run, after_capital, caps_run = zones.end(), [], False, []
            while index + 1 < len(tokens) and tokens[index + 1].start() < zones.end():
                tokens.pop(index + 1)
            continue
        if bare in ("-", "–") and ENGLISH_NAME.match(text, tok.end()):
            break   # 'ĐẠI HỌC THÁI NGUYÊN - THAI NGUYEN UNIVERSITY': the name again, in English
        if bare == "và" and run and fold(collapse_spaces(text[end:tok.start()])) in ("tinh", "thanh pho"):
            verb_stop = True
            break   # 'Hiệp hội Doanh nghiệp tỉnh và Viettel Thanh Hóa': the province's word ends the name
        if bare == "và" and index + 1 < len(tokens) and A_DOCUMENT.match(text, tokens[index + 1].start()):
            break   # '... của Ban Bí thư và Nghị quyết Đại hội ...': another document cited, no part of the name
        if bare in ("-", "–") and COUNCIL_ROLE.match(text, tok.end()):
            break   # '..., Phó Giám đốc Bệnh viện X - Ủy viên phản biện': a member's role in a council follows
        if bare in ("và", "-", "–"):
            head_start = HEAD_START_ANY_CASE if in_caps_line else HEAD_START   # 'ĐÀ LẠT - CÔNG TY ...'
            # ('Tổng Công ty Giải pháp doanh nghiệp Viettel và Viettel Bắc Giang': a group's branch by its brand)
            if index + 1 >= len(tokens) or head_start.match(text, tokens[index + 1].start()) or (
                    bare == "và" and tokens[index + 1].group(0)[:1].islower()) or (
                    bare == "và" and tokens[index + 1].group(0).rstrip(".,;:") in branch_brands()):
                # 'X cây trồng và các khoa': 'và' before a function word begins another item
                # 'Viện Sinh thái và Tài nguyên sinh vật và Viện ...': before another body, 'và' closes
                # the name as a comma would
                verb_stop = bare == "và" and index + 1 < len(tokens) and (
                    tokens[index + 1].group(0).lower() in FUNCTION_WORDS or bool(HEAD_START.match(text, tokens[index + 1].start())))
                break   # 'và' joins words of one name only before a capital ('Khoa học và Công nghệ')
            run.append(tok.end())
            after_capital = False
            continue
        if bare.lower() == "đồng" and index + 1 < len(tokens) and tokens[index + 1].group(0) == "chí":
            break   # 'đồng chí X': a person follows
        if bare == "cấp" and index + 1 < len(tokens) and ISSUED_PAPER.match(text, tokens[index + 1].start()):
            verb_stop = True
            break   # 'Cục Sở hữu trí tuệ cấp Giấy chứng nhận ...': the body issues a paper (not 'cấp Bộ', a level)
        if bare in ("thành", "thuộc") and index + 1 < len(tokens) and HEAD_START.match(text, tokens[index + 1].start()):
            verb_stop = True
            # 'hợp nhất A và B thành Trung tâm C': what they become is another body; 'Trung tâm A thuộc Sở B': the
            # body it belongs to is another
            break
        if not run and after_capital and f"{caps_run[-1].lower()} {bare.lower()}" in COMPOUNDS:
            end, after_capital, caps_run = tok.end(), False, []   # 'Đổi mới'
            # ('Cục Đổi mới sáng tạo mở ...': innovation, one field, though a verb may follow it)
            creative = CREATIVE.match(text, tok.end()) if bare.lower() == "mới" and word == bare else None
            if creative:   # (its field named, a ministry's unit runs on no further in lower case)
                end, count = creative.end(), count + 1
                while index + 1 < len(tokens) and tokens[index + 1].start() < end:
                    tokens.pop(index + 1)
            continue
        closing = CLOSING.match(text, tok.start())
        if closing and len(run) <= 4:   # 'Trung tâm Quy hoạch và Điều tra tài nguyên nước quốc gia'
            end = closing.end()
            if not closing.group("more"):
                break
            run, after_capital, caps_run = [], False, []
            while index + 1 < len(tokens) and tokens[index + 1].start() < end:
                tokens.pop(index + 1)
            continue
        if bare == "các" and count and index + 1 < len(tokens) and re.match("[" + UPPER + "]", tokens[index + 1].group(0)) \
                and not HEAD_START.match(text, tokens[index + 1].start()):
            run.append(tok.end())   # 'Ban Chỉ đạo các Chương trình mục tiêu quốc gia': a name goes on
            continue
        third = tokens[index + 1].group(0).rstrip(".,;:") if index + 1 < len(tokens) else ""
        if not run and after_capital and bare.lower() in FUNCTION_WORDS and third and compound_at(
                [caps_run[-1].lower(), bare.lower(), third.lower()]) == 3:
            end, after_capital, caps_run = tokens[index + 1].start() + len(third), False, []
            if tokens[index + 1].group(0) != third:
                break   # the sentence ends with the word
            tokens.pop(index + 1)   # 'Cây có dầu' (oil crops): one word, though 'có' is a function word
            continue
        # 'lương thực' (food crops): a function word or verb's syllable that closes a word begun
        # before it is neither
        second_syllable = index > 0 and tokens[index - 1].group(0)[:1].islower() and compound_at(
            [tokens[index - 1].group(0), bare.lower()]) == 2
        # ('Trung tâm Nghiên cứu, Ứng dụng và Chuyển giao công nghệ': 'giao' closes the capitalised 'Chuyển')
        # (after a legal form too: 'Công ty TNHH Lương thực Tấn Vương')
        after_legal_form = len(caps_run) == 2 and bool(ACRONYM.fullmatch(caps_run[0]))
        second_syllable = second_syllable or not run and (after_capital or after_legal_form) and bool(caps_run) \
            and compound_at([caps_run[-1].lower(), bare.lower()]) == 2
        pair = f"{bare.lower()} {tokens[index + 1].group(0).rstrip('.,;:').lower()}" if index + 1 < len(tokens) else ""
        # ('Trung tâm Hỗ trợ phát triển doanh nghiệp'): 'phát triển' is the support's object, not a verb
        supports = pair == "phát triển" and bool(re.search(r"\bho\s+tro\s+$", fold(text[max(0, tok.start() - 9):tok.start()])))
        # ('... hợp tác xã'): a cooperative, the noun, not the verb 'hợp tác' (to cooperate)
        cooperative = pair == "hợp tác" and index + 2 < len(tokens) and fold(tokens[index + 2].group(0).rstrip(".,;:")) == "xa"
        if pair in NOUN_PAIRS or supports or cooperative:
            supported = supported or supports
            run.append(tok.end())
            continue
        field = _field_phrase(tokens, index)
        if field:
            # ('... và Công nghệ sau thu hoạch;'): a field's words that begin with a function word
            last = tokens[index + field - 1]
            run.append(last.start() + len(last.group(0).rstrip(".,;:")))
            del tokens[index + 1:index + field]
            if last.group(0)[-1:] in ".,;:":
                break
            continue
        if not run and len(caps_run) >= 2 and caps_run[-2] == "Khu" and bare.lower() not in FUNCTION_WORDS \
                and compound_at([caps_run[-1].lower(), bare.lower()]) == 2:
            # 'Trung tâm Đào tạo Khu Công nghệ cao': a zone's kind inside the name, its first syllable capitalised
            # (not a place's last syllable: 'Trường Đại học Nha Trang phục vụ')
            end, caps_run = tok.end(), []
            continue
            continue
        if bare.lower() in FUNCTION_WORDS and not second_syllable and not (
                bare == "các" and index == 0 and cls == "Association"):
            verb_stop = True
            break
        if not run and after_capital and pair in VERB_PAIRS:
            verb_stop = True
            break   # 'Đại học Vinh đào tạo': a verb, not the second syllable of 'Vinh'
        if not run and after_capital:
            if word.endswith(".") and bare not in abbreviations():   # 'TP.' does not end a sentence
                end = tok.start() + len(bare)
                break   # 'Chất lượng.' ends the sentence, and the name
            party_body = fold(f"{caps_run[-1]} {bare}") in PARTY_BODY_WORDS
            end, after_capital, caps_run = tok.end(), False, []   # second syllable of a capitalised word
            if party_body and index + 1 < len(tokens) and tokens[index + 1].group(0)[:1].islower():
                break   # 'Ban Tuyên giáo Tỉnh ủy dự họp': the body a unit belongs to ends its name
            continue
        if cls == "Company" and pair in VERB_PAIRS and (place := _PLACE_AFTER_TRADE.match(text, tokens[index + 1].end())) \
                and province_or_unit(place.group("place")):
            run.append(tok.end())   # 'Công ty cổ phần Vật liệu xây dựng Thanh Liêm': a trade, then its place
            continue
        if bare.lower() in VERBS and not second_syllable or pair in VERB_PAIRS or bare.lower() in VERB_PAIRS:
            verb_stop = True
            break   # 'Chất lượng tiếp tục được ...': the name ended before the verb
        if not run and caps_run and province_named(" ".join(caps_run[-3:])) is not None or \
                not run and caps_run and province_named(" ".join(caps_run[-2:])) is not None or \
                not run and caps_run and province_named(caps_run[-1]) is not None:
            break   # a name that ends in a place name is complete ('Đại học Huế xây dựng ...')
        if not run and caps_run and REGION_BEFORE.search(text, max(0, tok.start() - 12), tok.start()):
            break   # so is one that ends in a region ('Viện ... Nông nghiệp miền Nam phục tráng giống')
        if not run and cls == "University" and len(caps_run) >= 2 and city_named(" ".join(caps_run[-2:])):
            break   # a school named after its city ('Trường Đại học Hạ Long mở ngành ...')
        if word.endswith(".") and bare not in abbreviations():
            run.append(tok.start() + len(bare))
            break   # the sentence ends here, and the name with it
        run.append(tok.end())
        # (a company's trade in lower case may run longer before its proper name: 'Hợp tác xã Dịch vụ nông nghiệp
        # công nghệ cao Sao Việt')
        trade = cls == "Company" and len(run) <= 6 and index + 1 < len(tokens) and tokens[index + 1].group(0)[:1].isupper() \
            and "\n" not in text[tok.end():tokens[index + 1].start()] and not HEAD_START.match(text, tokens[index + 1].start())
        if len(run) > (7 if supported else 4) and not trade:
            break   # (what a body supports the growth of may take a few words: 'doanh nghiệp nhỏ và vừa')
    else:
        cell_ended = grid
    if count == 0:
        return None
    if cell_ended and run:
        end = run[-1]   # a name that fills its cell ends in lower case ('... Công nghệ sinh học lâm nghiệp')
    # 'Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh': a committee of the council is named with the council
    if re.search(r"(?:Hội|Ủy|Uỷ)" + WS1 + r"(?:đồng|ban)$", text[m.start():end]):
        council = re.match(WS1 + r"nhân" + WS1 + r"dân" + END_WORD, text[end:end + 16])
        if council:
            end, run, cls = end + council.end(), [], "Committee"
    # '... Chương trình phát triển tài sản trí tuệ (sau đây gọi là Văn phòng Chương trình)': a name
    # defined with a short form of itself runs up to the definition, verbs and all
    defined = DEFINED_TAIL.match(text, end)
    # (not across another name of that head: '... Trung tâm A, đổi tên thành Trung tâm B (sau đây gọi tắt là Trung
    # tâm)' defines B's short name)
    if defined and fold(text[m.start():defined.start("paren")]).startswith(fold(defined.group("short"))) \
            and fold(defined.group("short")) not in fold(text[end:defined.start("paren")]):
        # (up to the body's term, which names no body: '... tỉnh Kiên Giang nhiệm kỳ 2024 - 2029 (sau đây ...)',
        # 'Hội đồng ... tỉnh X giai đoạn 2020 - 2025 (...)'; a steered programme's term is its name's: 'Ban Chỉ đạo
        # Đề án ... giai đoạn 2022 - 2025')
        programme = re.search(r"(?:Đề|Dự)" + WS1 + r"án|Chương" + WS1 + r"trình|Kế" + WS1 + r"hoạch",
                              text[m.start():defined.start("paren")])
        term = re.search(WS1 + (r"(?i:nhiệm" + WS1 + r"kỳ)" if programme else r"(?i:nhiệm" + WS1 + r"kỳ|giai" + WS1
                                + r"đoạn)") + WS1 + r"\d", text[end:defined.start("paren")])
        end, run = (end + term.start() if term else defined.start("paren")), []
    to_place = TAIL_TO_PLACE.match(text, end)
    if to_place and province_named(to_place.group("place")) and not ends_in_place(text[m.start():end]) and not (
            {w.lower() for w in to_place.group("words").split()} & (FUNCTION_WORDS | VERBS) - {"và"}):
        end, run = to_place.end(), []
    if run and [w.lower() for w in text[end:run[-1]].split()[:2]] == [w.lower() for w in text[m.start():end].split()[-2:]]:
        run = []   # 'Vụ Kế hoạch - Tổng hợp tổng hợp đề xuất': the name's last words again, in lower case, are its verb
    if run:
        tail = text[run[-1]:run[-1] + 2]
        # a short lower-case run before a comma closes a name ('Viện X liên ngành,'), but not after a
        # proper name of two or more capitalised syllables ('Ban Quản lý Khu kinh tế Chu Lai nghiên cứu,')
        # a ministry's unit names its field in lower case after one capitalised word, up to four
        # syllables long ('Cục Quản lý tài nguyên nước,', 'Cục Kiểm soát ô nhiễm môi trường đã ...')
        longest = 7 if supported else 4 if cls == "MinistryUnit" and count == 1 else 2
        if listed_alone(text, m.start(), run[-1]) and not verb_stop:
            end = run[-1]   # '- Phòng Kết nối và Phát triển thị trường công nghệ;': the item is the name
        elif len(run) <= longest and (verb_stop or re.match(WS + r"*(?:[,;:.()|]|\n|$)", tail)) and not (
                caps_run and province_named(" ".join(caps_run[-2:])) is not None) and len(caps_run) < 2 and \
                not (caps_run and caps_run[-1] in BARE_BODIES) and not (caps_run and ACRONYM.fullmatch(caps_run[-1])):
            end = run[-1]   # (after an acronym, the verb follows the name: 'Trung tâm IOC vận hành')
        elif len(run) == 1 and caps_run and re.match(WS + r"*(?:[,;:.()|]|\n|$)", tail) and completes_word(
                caps_run[-1], text[end:run[-1]]) and province_named(" ".join(caps_run[-2:])) is None:
            end = run[-1]   # ('Khoa Nông Lâm nghiệp.': the syllable finishes the last capitalised word, 'lâm nghiệp')
    # 'Viện Nghiên cứu vì sự phát triển (IRD, Cộng hòa Pháp)': lower-case words up to the name's acronym (or its
    # English name: '... vùng đất khô hạn (Arid Land Research Center)') in brackets are the rest of the name, verbs and all
    acronym = _UP_TO_ACRONYM.match(text, end)
    if acronym and not set(acronym.group("words").lower().split()) & (FUNCTION_WORDS - {"và"}):
        end, run = acronym.end("words"), []
    # 'Liên hiệp các Hội Khoa học và Kỹ thuật (KH&KT) tỉnh': the name's short form in brackets, then its place
    abbreviated = re.match(ABBR_PAREN + r"(?=" + WS1 + r"(?:thành" + WS1 + r"phố|tỉnh)(?![\wÀ-ỹ]))", text[end:end + 30])
    if abbreviated:
        end += abbreviated.end()
    # 'Hội đồng Khoa học và Công nghệ tỉnh thông qua': 'tỉnh' between the name and a lower-case word is
    # the document's province, unless it begins a compound ('tỉnh lộ', 'tỉnh bạn', 'tỉnh ủy')
    # (or before a dash and a member's role: 'Hội Nông dân tỉnh - Ủy viên')
    bare_locality = re.match(WS1 + r"(?:thành" + WS1 + r"phố|tỉnh)(?=" + WS + r"*(?:[,;:.)|]|\n|$|[-–]" + COUNCIL_ROLE.pattern
                             + r")|" + WS1
                             + r"(?!(?:ủy|uỷ|lộ|lỵ|bạn|thành|nhà|ta|này|đó|khác)" + END_WORD + r")[" + LOWER + r"])",
                             text[end:end + 20])
    # 'Ban Quản lý Khu kinh tế tỉnh thẩm định': a lower-case word and 'tỉnh' without a place after it
    # end the name with the document's province
    modifier_locality = MODIFIER_LOCALITY.match(text, end)
    if bare_locality and home is not None:
        end += bare_locality.end()
    elif modifier_locality and home is not None and completes_word(text[m.start():end], modifier_locality.group("words")):
        end, bare_locality = modifier_locality.end(), True
    elif home is not None and re.search(WS1 + (r"(?i:thành" if in_caps_line else r"(?:[Tt]hành") + WS1 + r"phố|tỉnh)$",
                                        text[m.start():end]):   # ('BAN CHỈ ĐẠO ... TỈNH' in a header; 'Thành phố' as HCM writes it)
        bare_locality = True
    campus = re.match(WS1 + r"tại" + WS1 + r"(?:(?:tỉnh|thành" + WS1 + r"phố)" + WS1 + r")?(?P<p>" + CAP_WORD + r"(?:"
                      + WS1 + CAP_WORD + r"){0,3})", text[end:end + 160]) if fold(head) == "phan hieu" else None   # (a grid's
    # column view may wrap the place onto its cell's next line, after the blanked cells)
    if campus and province_named(campus.group("p")) is not None:
        end += campus.end()   # a branch campus is named with the province it is in ('... tại Gia Lai')
    written = _LINE_BREAK_TAG.sub(" ", text[m.start():end])
    name = expand_abbreviations(re.sub(ABBR_PAREN, "", written))
    if bare_locality and home is not None:
        name = re.sub(r" (?i:thành phố|tỉnh)$", "", name) + " " + home.full
    name = re.sub(r"^[Tt]rường", "Trường", name)
    if in_caps_line:   # short syllables the header's title-casing kept in capitals ('QUY Nhơn', 'Quốc GIA')
        name = re.sub(r"\b[A-Z]{2,3}\b", lambda w: w.group(0) if w.group(0) in abbreviations()
                      or not re.search("[AEIOUY]", w.group(0)) else w.group(0).capitalize(), name)
    canonical_head = next((h for h in HEADS if fold(h) == fold(re.sub(r"^[Tt]rường ", "", head))), None)
    if canonical_head and fold(name).startswith(fold(head)):
        prefix = "Trường " if fold(head).startswith("truong ") and not canonical_head.startswith("Trường") else ""
        name = prefix + canonical_head + name[len(head):]
    name = name[:1].upper() + name[1:]   # a unit its head's post names ('Trưởng khoa Môi trường'): 'Khoa Môi trường'
    if home is not None and re.search(r" TU$", name):
        name = name[:-3] + (" Thành ủy" if home.city else " Tỉnh ủy")
    if home is not None and fold(head) in ("ban", "van phong") and re.search(r" (?:Tỉnh|Thành) (?:ủy|uỷ|Ủy|Uỷ|đoàn|Đoàn)$", name):
        # 'Ban Thường vụ Tỉnh ủy', 'Ban Tuyên giáo Thành ủy', 'Văn phòng Tỉnh ủy': a body of the home
        # province's party committee, named with the province
        name = f"{name} {home.name}"
    if len(name.split()) < 2 + head.count(" ") or OF_EACH.match(text, end):
        return None
    if NOT_A_BODY.match(fold(name)) and not set_up_as_a_body(text, text[m.start():end], at=m.start()):
        return None
    return OrgMention(m.start(), end, name, cls)


__all__ = ["OrgMention", "named_org"]
