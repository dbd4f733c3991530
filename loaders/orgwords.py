"""The words that say where an organisation's name runs and ends: the head words that open a name and
the class each gives, the function words, verbs and closing words that end one, and the patterns for
a company's legal form, a list of fields inside a name and an English gloss after it. ``orgnames``
reads names with them."""

from __future__ import annotations

import re

from vnst.loaders.orgguards import DEFINED_AFTER
from vnst.loaders.vietnamese import FOREIGN, LOWER, UPPER, WS, WS1

ABBR_PAREN = WS + r"*\(" + WS + r"*[A-ZĐ][A-Za-zĐ&\-]*" + WS + r"*\)"
HEADS = {"Trường Đại học": "University", "Đại học": "University", "Học viện": "University",
         "Trường Cao đẳng": "University", "Cao đẳng": "University",
         "Viện": "ResearchInstitute", "Trung tâm": "Centre", "Ban Quản lý": "ManagementBoard",
         "Ban": "PartyCommittee", "Vụ": "MinistryUnit", "Tổng cục": "MinistryUnit",
         "Cục": "MinistryUnit", "Quỹ": "Centre", "Tổng công ty": "Company", "Tổng Công ty": "Company", "Liên hiệp": "Association", "Công ty": "Company",
         "Văn phòng": "Government", "Hội đồng": "Committee", "Hiệp hội": "Association", "Tổ công tác": "Committee",
         # state corporations ('Tập đoàn Bưu chính Viễn thông Việt Nam') and associations ('Hội Nông dân')
         "Tập đoàn": "Company", "Hội": "Association", "ĐH": "University",
         # a unit of a department, university or committee ('Phòng Quản lý khoa học') and a public
         # hospital are public service units, the nearest vnst class being Centre
         "Phòng": "Centre", "Bệnh viện": "Centre",
         # a university's branch campus in another province ('Phân hiệu Trường Đại học X tại Gia Lai'), and a
         # cooperative, an economic organisation as companies are
         "Phân hiệu": "University", "Hợp tác xã": "Company",
         # the inspectorate of a ministry or department ('Thanh tra Sở'), a state body as its office is
         "Thanh tra": "Government",
         # a bank under its own name ('Ngân hàng Shiga'); the development banks are reference data
         "Ngân hàng": "Company",
         # a foreign government's agency under its own name ('Cơ quan Đổi mới sáng tạo Israel')
         "Cơ quan": "Government",
         # a museum, a public service unit
         "Bảo tàng": "Centre",
         # schools below university level, public service units too ('Trường THPT chuyên Biên Hòa')
         "Trung học phổ thông": "Centre", "THPT": "Centre", "Trung học cơ sở": "Centre", "THCS": "Centre",
         "Tiểu học": "Centre", "Phổ thông Dân tộc nội trú": "Centre",
         # a cooperative by its abbreviation, and a household business ('Hộ kinh doanh Vườn lan X'), the smallest firm
         "HTX": "Company", "Hộ kinh doanh": "Company",
         # a joint venture under its own name ('Liên doanh Việt - Nga Vietsovpetro'); a national park's management,
         # a public service unit under its park's name ('do Vườn quốc gia Pù Mát chủ trì')
         "Liên doanh": "Company", "Vườn quốc gia": "Centre",
         # a university's research group under its field's name ('Nhóm nghiên cứu mạnh Vật liệu tiên tiến'), a team
         "Nhóm nghiên cứu": "Committee", "Nhóm nghiên cứu mạnh": "Committee"}
# the heads a school's name may open with after 'Trường' ('Trường Đại học', 'Trường THPT'); before another head
# ('THỊ TRƯỜNG' / 'CỤC QUẢN LÝ ...' in a header) the word ends something else
SCHOOL_HEADS = ("Đại học", "Cao đẳng", "ĐH", "Trung học phổ thông", "THPT", "Trung học cơ sở", "THCS", "Tiểu học",
                "Phổ thông Dân tộc nội trú")
FUNCTION_WORDS = set("""do của tại với cho đã đang là được có theo trong thuộc để từ về các những này đó
trên dưới sẽ cũng vừa mới nói khi thì mà như hoặc hay làm đến bởi vào ra lên gồm cùng phối tham ký trao ở
thăm tổ đề xem giao hỗ trình thực chỉ đánh biểu ghi cảm kính trân nhằm bước
ban chụp liên giai năm thời nhiệm lần ông bà khóa khoá trước sau họp sang hiện""".split())
# Words that end a name read from an upper-case line, where every word is capitalised ('TRƯỜNG ĐẠI
# HỌC X GIAI ĐOẠN 2024 - 2028'): a period, a place or time, or a relation begins after the name
CAPS_STOP = {"giai", "của", "tại", "với", "về", "năm", "đến", "trong", "thuộc", "theo", "khóa", "khoá"}
ITEM_MARKS = {"-", "–", "+", "•"}   # a list item begins on the next line: the name ended with the line before
# Verbs that begin a predicate right after a name; unlike FUNCTION_WORDS they can also be the
# second syllable of a word in a name ('Phát triển'), so they only stop a name outside that position.
VERBS = set("tiếp triển chuyển xây thực đẩy tăng nâng đưa huy mời tham tổ phát hỗ chủ hướng kiểm".split())
# verbs of two syllables whose first syllable also begins nouns of names ('tư vấn', 'cam kết')
VERB_PAIRS = {"tư vấn", "cam kết", "công nhận", "đề nghị", "đề xuất", "báo cáo", "cung cấp", "giới thiệu", "chia sẻ", "trao đổi",
              "bàn giao", "ký kết", "phối hợp", "đăng cai", "tiếp nhận", "cử", "đào tạo", "bồi dưỡng", "nghiên cứu",
              "rà soát", "thông báo", "kết nối", "chuyển giao", "hoàn thành", "triển khai", "thực hiện", "tổ chức",
              "hỗ trợ", "bày tỏ", "trực tiếp", "phát biểu", "xây dựng", "thông qua", "tài trợ", "hợp tác",
              "chủ trì", "trực thuộc", "khảo sát", "khảo nghiệm", "chuẩn bị", "hướng dẫn", "kiến nghị",
              "phân tích", "đánh giá", "tổng kết", "sơ kết", "sẵn sàng", "phục vụ", "quan tâm"}
# nouns of a field that begin with a function word ('Công nghệ sau thu hoạch': post-harvest; 'Đào tạo sau đại
# học': postgraduate): the field, not a clause after the name
FIELD_PHRASES = {"sau thu hoạch", "sau đại học", "trên cạn", "dưới nước"}
# Words whose second syllable is also a function word ('Đổi mới': 'mới' = 'new'); after the
# capitalised first syllable they continue a name ('Trung tâm Đổi mới sáng tạo').
COMPOUNDS = {"đổi mới", "chương trình"}   # second syllables that are also function words
# nouns whose first syllable is also a verb's ('thực' of 'thực hiện'): a field in lower case goes on with them
# ('Viện Bảo vệ thực vật và Viện ...')
NOUN_PAIRS = {"thực vật", "thực phẩm", "thực nghiệm"}
# Lower-case modifiers that close a name ('Trung tâm Quốc tế Khoa học và Giáo dục liên ngành'), and
# the sector a name applies to ('Trung tâm Ứng dụng Hạt nhân trong công nghiệp'), and the size of the
# enterprises it serves ('... doanh nghiệp nhỏ và vừa'), and the advances it transfers ('... tiến bộ kỹ thuật').
# A proper name may follow ('Khu kinh tế cửa khẩu quốc tế Bờ Y'): then the name goes on.
CLOSING = re.compile(r"(?:liên" + WS1 + r"(?:ngành|vùng|tỉnh)|quốc" + WS1 + r"(?:tế|gia)|địa" + WS1 + r"phương|trung" + WS1
                     + r"ương|trong" + WS1 + r"(?:(?:công|nông|lâm)" + WS1 + r"nghiệp|y" + WS1 + r"(?:tế|học)|giáo"
                     + WS1 + r"dục)|nhỏ" + WS1 + r"và" + WS1 + r"vừa|tiến" + WS1 + r"bộ" + WS1 + r"(?:kỹ" + WS1 + r"thuật|khoa"
                     + WS1 + r"học" + WS1 + r"(?:và" + WS1 + r"công" + WS1 + r"nghệ|kỹ" + WS1 + r"thuật)))(?=" + WS + r"*(?:[,;:.()]|\n|$)|" + WS1 + r"[" + LOWER + r"]|(?P<more>[ \u00a0]+["
                     + UPPER + r"]))")
ENGLISH_NAME = re.compile(r"[ \t\u00a0]*(?=[A-Za-z .,&'()-]*$)(?=.*\b(?i:university|institute|academy|college|"
                          r"cent(?:re|er)|ministry|department|committee|agency|company|school)\b)", re.M)
HEAD_START = re.compile(r"(?:Trung tâm|Viện|Sở|Bộ|Ban|Phòng|Bệnh viện|Ủy ban|Uỷ ban|UBND|Trường|Cục|Vụ|Quỹ|Thành ủy|Tỉnh ủy|Phân hiệu"
                        r"|Hội đồng|Tổ công tác|HĐND|Tổng cục|Tổng công ty|Đại học|Học viện|Liên hiệp|Liên minh|Công ty|Văn phòng|Tập đoàn|Hội|ĐH"
                        r"|Hợp tác xã|Ngân hàng|Cơ quan|Báo|Đài|Bảo tàng|Tỉnh đoàn|Thành đoàn"
                        r"|Khoa(?= [" + UPPER + r"])(?! Học)"   # a faculty ('... và Khoa Chăn nuôi'), not 'Khoa học'

                        # (a paper granted to a body ends its name: 'Viện Pasteur Nha Trang và Bằng độc quyền ...')
                        r"|Bằng|Giấy chứng nhận|Văn bằng)(?![\wÀ-ỹ])"
                        r"(?! hữu)")   # ('... Quản lý công nghệ và Sở hữu trí tuệ': a field, not a department)
HEAD_START_ANY_CASE = re.compile(HEAD_START.pattern, re.I)   # a title-cased caps line ('Học Viện')
# first syllables of countries, with their tones ('Hoa Kỳ' but not 'Hòa Lạc')
COUNTRY_STOP = {"hàn", "nhật", "hoa", "mỹ", "pháp", "đức"}
# countries as a name ends with them: the texts' names of countries, and 'Mỹ' ('... Việt - Mỹ'), which is
# too often part of a Vietnamese place's name ('Mỹ Tho', 'Phú Mỹ') to be read as a country elsewhere
NAME_COUNTRIES = (*FOREIGN, "Mỹ")
LEGAL_FORM = (r"(?:cổ" + WS1 + r"phần|trách" + WS1 + r"nhiệm" + WS1 + r"hữu" + WS1 + r"hạn(?:" + WS1 + r"một" + WS1
              + r"thành" + WS1 + r"viên)?|hợp" + WS1 + r"danh|liên" + WS1 + r"doanh)(?=" + WS1 + r"[" + UPPER + r"])")
LEGAL_FORM_AT = re.compile(WS + "*" + LEGAL_FORM)
COMPASS = {"bắc", "nam", "đông", "tây", "trung"}
# a long lower-case description ending in the province's name ('Trung tâm Ứng dụng tiến bộ khoa học
# và công nghệ Hà Tĩnh'): up to eight syllables, then the place, then the name is over
LOWER_WORD = r"[" + LOWER + r"]+"
TAIL_TO_PLACE = re.compile(WS1 + r"(?P<words>" + LOWER_WORD + r"(?:" + WS1 + LOWER_WORD + r"){0,7})" + WS1
                           + r"(?P<place>[" + UPPER + r"][\w]*(?:[ \u00a0][" + UPPER + r"][\w]*){0,2})"
                           + r"(?=" + WS + r"*(?:[,;:.()]|\n|$)|" + WS1 + r"[" + LOWER + r"])")
# innovation and start-up centres are facilities (projects); an administrative centre
# ('Trung tâm Hành chính') is the building that houses the city's bodies, a conference or fair centre
# ('Trung tâm Hội nghị tỉnh') a venue
NOT_A_BODY = re.compile(r"trung tam (?:doi moi sang tao|(?:ho tro )?khoi nghiep|hanh chinh|hoi nghi|hoi cho|trien lam)")
# a member's role in a council after a dash ('Phó Giám đốc Bệnh viện X - Ủy viên phản biện'): it ends the body's name
COUNCIL_ROLE = re.compile(WS + r"*(?:Phó" + WS1 + r")?(?:Chủ" + WS1 + r"tịch" + WS1 + r"Hội" + WS1 + r"đồng|Ủy" + WS1 + r"viên|Uỷ"
                          + WS1 + r"viên|Thư" + WS1 + r"ký|Thành" + WS1 + r"viên|Tổ" + WS1 + r"(?:trưởng|phó)"
                          # (a research group's: 'Khoa Hóa - Trưởng nhóm', '- Phó Trưởng nhóm')
                          + r"|(?:Phó" + WS1 + r")?Trưởng" + WS1 + r"nhóm)(?![\wÀ-ỹ])")
MODIFIER_LOCALITY = re.compile(WS1 + r"(?P<words>" + LOWER_WORD + r"(?:" + WS1 + LOWER_WORD + r")?)" + WS1
                               + r"(?:thành" + WS1 + r"phố|tỉnh)(?=" + WS + r"*(?:[,;:.)]|\n|$|[-–]" + COUNCIL_ROLE.pattern
                               + r")|" + WS1 + r"[" + LOWER + r"])")
ACRONYM = re.compile(r"[A-ZĐ]{2,6}")
# a ministry or department written bare ('Văn phòng Bộ tổng hợp'): a one-syllable word, so the
# lower-case word after it is not its second syllable ('Sở hữu' is the one exception)
BARE_BODIES = {"Bộ", "Sở"}
END_WORD = r"(?![\wÀ-ỹ])"
# the party committee a unit belongs to ('Ban Tuyên giáo Tỉnh ủy'): nothing in lower case follows it in a name
PARTY_BODY_WORDS = {"tinh uy", "thanh uy", "huyen uy", "quan uy", "dang uy"}
ACADEMIC_WORD = re.compile(r"(?:GS|PGS|TS|ThS|KS|BS|TSKH)\.(?:TS\.?|TSKH\.?|ThS\.?)?$|(?:PGS|GS)\.?TS\.?$")
LABEL_LINE = re.compile(r"[^\s:;,]+(?:[ \u00a0][^\s:;,]+){0,3}[ \u00a0]*:")   # ("Rau quả; phương thức:" is no label)
WEEKDAY = re.compile(r"(?:Thứ" + WS1 + r"(?i:hai|ba|tư|năm|sáu|bảy)|Chủ" + WS1 + r"(?i:nhật))" + WS + r"*,")
# (commas and a wrapped line too: a steering committee's fields, 'Ban Chỉ đạo phát triển khoa học, công nghệ, ...,
# chuyển đổi số và Đề án 06 tỉnh X (sau đây gọi tắt là Ban Chỉ đạo)'; the name must begin with the short form)
DEFINED_TAIL = re.compile(r"(?:(?!\n[ \t\u00a0]*\n)[^;:()]){0,200}?(?P<paren>" + DEFINED_AFTER.pattern
                          + r")(?P<short>[^()\n]{2,60}?)" + WS + r"*\)")
DATE_OPENS = re.compile(r"(?:Ngày|Tháng|Năm)" + WS1 + r"\d")
ROMAN = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|X{1,2})")   # numbered branches of one institute ('Viện X II')


# after a comma: capitalised field words up to 'và' and a capital, on the same line ('Công nghệ và Hợp tác')
# (a line break may fall inside; or the list closes with the sector in lower case: 'Trung tâm Thông
# tin, Ứng dụng tiến bộ khoa học và công nghệ')
GAP = r"(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*)"
FIELD_LIST = re.compile(r"[ \t\u00a0]*(?P<first>[" + UPPER + r"][\wÀ-ỹ]*)(?:" + GAP + r"[\wÀ-ỹ]+){0,3}?" + GAP + r"(?:và"
                        + GAP + r"[" + UPPER + r"]|(?:khoa" + GAP + r"học" + GAP + r"và" + GAP + r"công" + GAP
                        + r"nghệ|KH&CN)(?![\wÀ-ỹ]))")

# an award or scholarship named after a person ('Chủ tịch Hội đồng Giải thưởng Tạ Quang Bửu'): the name is the
# award's, not the official's after the body
NAMESAKE_OF = re.compile(r"(?:Giải" + WS1 + r"thưởng|Học" + WS1 + r"bổng)" + WS1 + r"$")
CREATIVE = re.compile(WS1 + r"sáng" + WS1 + r"tạo(?![\wÀ-ỹ])")
ISSUED_PAPER = re.compile(r"(?:Giấy|Bằng|Văn" + WS1 + r"bằng|Chứng|Quyết" + WS1 + r"định|Mã)(?![\wÀ-ỹ])")
# the kinds of document a text cites beside a body's ('Kết luận ... của Ban Bí thư và Nghị quyết ...')
A_DOCUMENT = re.compile(r"(?:Nghị" + WS1 + r"(?:quyết|định)|Quyết" + WS1 + r"định|Kết" + WS1 + r"luận|Chỉ" + WS1 + r"thị|Thông"
                         + WS1 + r"(?:báo|tư)|Công" + WS1 + r"văn"
                         # (a plan by its number: 'kiện toàn Ban Chỉ đạo và Kế hoạch số 312/KH-UBND'; not 'Sở Kế hoạch và ...')
                         + r"|(?:Kế" + WS1 + r"hoạch|Chương" + WS1 + r"trình)(?=" + WS1 + r"số))(?![\wÀ-ỹ])")
# the regions a body's name may end in ('Viện Khoa học Kỹ thuật Nông nghiệp miền Nam')
REGION_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?:miền|Miền)[ \t\u00a0]+(?:Nam|Bắc|Trung)[ \t\u00a0]+$")

__all__ = ["ABBR_PAREN", "ACADEMIC_WORD", "ACRONYM", "A_DOCUMENT", "BARE_BODIES", "CAPS_STOP", "CLOSING", "COMPASS",
           "COMPOUNDS", "COUNCIL_ROLE", "COUNTRY_STOP", "CREATIVE", "DATE_OPENS", "DEFINED_TAIL", "END_WORD",
           "ENGLISH_NAME", "FIELD_LIST", "FUNCTION_WORDS", "GAP", "HEADS", "HEAD_START", "HEAD_START_ANY_CASE",
           "ISSUED_PAPER", "ITEM_MARKS", "LABEL_LINE", "LEGAL_FORM", "LEGAL_FORM_AT", "LOWER_WORD",
           "MODIFIER_LOCALITY", "NAMESAKE_OF", "NAME_COUNTRIES", "NOT_A_BODY", "PARTY_BODY_WORDS", "REGION_BEFORE",
           "ROMAN", "SCHOOL_HEADS", "TAIL_TO_PLACE", "VERBS", "VERB_PAIRS", "WEEKDAY"]
