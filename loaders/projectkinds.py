"""The kinds of facility a text names by their head words, each with the class it gives: zones, parks,
incubators, exchanges, innovation and data centres, laboratories, stations, plants and ports. Each kind's
pattern knows where its own names end; ``projects.find_projects`` reads them."""

from __future__ import annotations

from vnst.loaders.vietnamese import CAP_WORD, LOWER, UPPER, WS, WS1

# a proper name of up to four capitalised syllables, two parts joined by a dash allowed
# ('Lam Sơn - Sao Vàng'); syllables of a name stay on one line apart from one break
# ('Khu kinh tế cửa khẩu\nĐồng Đăng - Lạng Sơn' in a table cell); a body's head word on the next line
# begins another cell, not the name
# (the proper name may open the next line, as a table's cell wraps it, unless a body's name opens there; and a
# later word of it too, as a text export wraps a name in prose: not after a short line, a heading or an item of
# its own, which ends the name: 'Khu kinh tế mở Chu Lai' / 'Phối hợp với ...')
_NOT_A_BODY_NEXT = r"(?!(?:Sở|Bộ|UBND|Ủy|Ban|Trung|Trường|Viện|Cục|Công|Phòng)(?![\wÀ-ỹ]))"
_FIRST_GAP = r"(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*" + _NOT_A_BODY_NEXT + r")"
_NAME_GAP = r"(?:[ \t\u00a0]+|[ \t\u00a0]*(?<=[^\n]{50})\n[ \t\u00a0]*" + _NOT_A_BODY_NEXT + r")"
# (the bank of a river in lower case inside the name: 'Khu công nghiệp Bờ trái Sông Đà')
# a number after a facility's place name, one of several there ('Khu công nghiệp Phú Mỹ 3', 'Nhà máy ... Ninh Thuận 2')
_NUMBERED = r"(?:[ \u00a0](?:\d{1,2}|I{1,3})(?![\wÀ-ỹ]|[.,]\d))?"
NAME_TAIL = (r"(?:" + _FIRST_GAP + CAP_WORD + r")(?:(?:[ \u00a0](?:trái|phải|hữu|tả))?" + _NAME_GAP + CAP_WORD
             + r"){0,3}(?:[ \t\u00a0]*[-–][ \t\u00a0]*"
             + CAP_WORD + r"(?:" + _NAME_GAP + CAP_WORD + r"){0,3})?")
# lower-case words that say which kind of zone precede its proper name ('Khu kinh tế cửa khẩu Mộc Bài',
# 'Khu kinh tế mở Chu Lai'); a place word or a function word means no proper name follows
_ZONE_MODIFIERS = (r"(?:[ \t\u00a0]+(?!(?:tỉnh|thành|huyện|thị|tại|của|và|với|trên|ở|thuộc|này|đó|các|trong|được|đã)"
                   r"(?![\wÀ-ỹ]))[" + LOWER + r"]+){0,4}")   # ('Khu kinh tế cửa khẩu quốc tế Cầu Treo')
# a plant named by what it makes and where ('Nhà máy Nhiệt điện Vĩnh Tân', 'Nhà máy Đạm Phú Mỹ'): a
# capitalised word and its lower-case syllables, then a proper name of two or more syllables; the kind
# may be written in lower case when it begins with the first syllable of a kind of plant officials
# name by place (power: 'điện gió', 'nhiệt điện', 'thủy điện'; 'xi măng'; 'lọc dầu')
_PLANT_NAME = (r"(?:[ \t\u00a0]+(?:" + CAP_WORD + r"|(?:điện|nhiệt|thủy|xi|lọc))(?:[ \t\u00a0]+[" + LOWER
               + r"]+){1,2})?(?:[ \t\u00a0]+" + CAP_WORD + r"){2,4}")
# a field of research in lower case: up to eight syllables, none a function or place word
_FIELD = (r"(?:[ \t\u00a0]+(?!(?:tỉnh|thành|huyện|tại|của|và|với|trên|ở|thuộc|này|đó|các|trong|được|đã|do|cho"
          r"|vùng|khu|miền)(?![\wÀ-ỹ]))[" + LOWER + r"]+){1,8}")
# a facility named by a phrase ('Phòng thí nghiệm Thiết kế vi mạch và Hệ thống nhúng tại Trường X'): its
# words run to a function word; 'và' joins two parts of the name unless a body or facility follows it
ENDS_NAME = (r"(?:với|tại|của|để|nhằm|trên|theo|cho|thuộc|đạt|có|được|trong|do|đã|đang|sẽ|là|mỗi|ở|từ|đến|khi"
              r"|năm|này|đó|các|những|một|và|phục|đặt(?=[ \t\u00a0]+tại)"
              # ('nâng cấp Trạm ... Sa Pa thành cơ sở nghiên cứu': what it becomes; not 'thành phố', 'thành viên', ...)
              r"|thành(?![ \t\u00a0]+(?:phố|viên|lập|tựu|công|phần|thị|quả|phẩm|tích|ủy|uỷ|Ủy|Uỷ)(?![\wÀ-ỹ])))"
              r"(?![\wÀ-ỹ])")   # ('... Đất Mũi phục vụ nghiên cứu')
_NEXT_HEAD = r"(?:Trung|Trạm|Nhà|Phòng|Khu|Sở|Bộ|Trường|Viện|Cục|Công|UBND|Ủy|Ban|Đại)(?![\wÀ-ỹ])"
PHRASE_WORD = (r"(?:(?!" + ENDS_NAME + r")[^\s,.;:()“”\"]+|và(?=" + WS1 + r"(?!" + _NEXT_HEAD
                + r")[^\s,.;:()“”\"]))")
# (a phrase may wrap onto the next line, not onto a list's next item)
PHRASE_GAP = r"(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*(?![-–+•*]|\d{1,2}[.)]))"
PHRASE_END = r"(?=" + WS + r"*[,.;:(]|[ \t\u00a0]*\n|" + WS1 + ENDS_NAME + r"|" + WS + r"*$)"
# words that cannot name the trade a centre serves: function, place and time words
_NOT_A_TRADE = (r"(?:tỉnh|thành|huyện|thị|xã|phường|tại|của|và|với|trên|ở|thuộc|này|đó|các|trong|được|đã|đang|sẽ|là"
                r"|có|cho|theo|để|từ|đến|năm|giai|do|khi|nhằm|quốc|vùng|khu|miền|hiện|nay|cùng|như|mới)(?![\wÀ-ỹ])")
_HEAD_WORDS = (r"(?:Sở|Bộ|UBND|Ủy|Uỷ|Ban|Trường|Viện|Cục|Công|Trung|Phòng|Hội|Đại|Tập|Ngân|Quỹ|Tổng|Vụ|Chính"
               r"|Thủ|Tỉnh|Thành|Đảng|Nhà|Khu|Học)(?![\wÀ-ỹ])")
# (a testing laboratory too, 'Phòng thử nghiệm Hóa - Sinh'; not inside the name of the scheme accrediting them,
# 'Hệ thống công nhận Phòng thử nghiệm Việt Nam')
LAB = r"(?<!nhận )(?<!nhận\n)Phòng" + WS1 + r"(?:thí|thử)" + WS1 + r"nghiệm"
KINDS = [  # (pattern of the head, vnst class)
    (r"[Kk]hu" + WS1 + r"(?i:công" + WS1 + r"nghệ" + WS1 + r"thông" + WS1 + r"tin)(?:" + WS1 + r"tập" + WS1
     + r"trung)?", "ITPark"),
    # the digital technology park of the 2025 Law on Digital Technology Industry
    (r"[Kk]hu" + WS1 + r"(?i:công" + WS1 + r"nghệ" + WS1 + r"số)" + WS1 + r"(?i:tập" + WS1 + r"trung)", "DigitalPark"),
    (r"[Kk]hu" + WS1 + r"(?i:nông" + WS1 + r"nghiệp" + WS1 + r"(?:ứng" + WS1 + r"dụng" + WS1 + r")?công" + WS1
     + r"nghệ" + WS1 + r"cao)", "HighTechAgricultureZone"),
    (r"[Kk]hu" + WS1 + r"(?i:công" + WS1 + r"nghệ" + WS1 + r"cao)", "HighTechZone"),
    # ('Vườn ươm doanh nghiệp nông nghiệp ứng dụng công nghệ cao X': the farming its firms do)
    (r"Vườn" + WS1 + r"ươm" + WS1 + r"(?i:công" + WS1 + r"nghệ|doanh" + WS1 + r"nghiệp|khởi" + WS1 + r"nghiệp)(?:" + WS1
     + r"(?i:nông" + WS1 + r"nghiệp" + WS1 + r")?(?i:ứng" + WS1 + r"dụng" + WS1 + r")?(?i:công" + WS1
     + r"nghệ" + WS1 + r"cao|công" + WS1 + r"nghiệp|công" + WS1 + r"nghệ|khoa" + WS1 + r"học" + WS1 + r"và" + WS1 + r"công"
     + WS1 + r"nghệ))?"
     + r"(?P<tail>(?:(?:" + _NAME_GAP + r"|[ \t\u00a0]*[-–][ \t\u00a0]*)" + CAP_WORD + r"){0,5})"
     # ('Vườn ươm khởi nghiệp đổi mới sáng tạo Trường Đại học X': what it fosters, once, before its host)
     # (and the farming its start-ups do, after them: '... khởi nghiệp nông nghiệp công nghệ cao tỉnh X')
     + r"(?P<desc>(?:" + WS1 + r"khởi" + WS1 + r"nghiệp)?(?:" + WS1 + r"đổi" + WS1 + r"mới" + WS1 + r"sáng" + WS1 + r"tạo)?"
     + r"(?:" + WS1 + r"nông" + WS1 + r"nghiệp(?:" + WS1 + r"ứng" + WS1 + r"dụng)?" + WS1 + r"công" + WS1 + r"nghệ" + WS1
     + r"cao)?"
     + r"(?:" + WS1 + r"tại" + WS1 + CAP_WORD + r"(?:" + WS1 + r"(?:" + CAP_WORD + r"|học))*)?)?", "Incubator"),
    (r"[Ss]àn" + WS1 + r"giao" + WS1 + r"dịch" + WS1 + r"(?i:công" + WS1 + r"nghệ)(?:" + WS1 + r"vùng)?", "TechnologyExchange"),
    (r"[Ss]àn" + WS1 + r"giao" + WS1 + r"dịch" + WS1 + r"(?!(?i:công))[" + LOWER + r"]+(?:" + WS1 + r"[" + LOWER
     + r"]+){1,12}(?=" + WS + r"*[;,.(])", "Exchange"),
    (r"[Pp]hòng" + WS1 + r"trưng" + WS1 + r"bày" + WS1 + r"công" + WS1 + r"nghệ", "Facility"),
    # a laboratory under its own name, which has a capitalised word (not 'Phòng thí nghiệm hiện có ...')
    # ('Phòng thí nghiệm chung Việt Nam - Hàn Quốc về công nghệ sinh học thực vật đặt tại ...')
    (LAB + r"(?!" + WS1 + r"trọng" + WS1 + r"điểm)(?:" + PHRASE_GAP + PHRASE_WORD + r"){1,14}" + PHRASE_END, "NamedLab"),
    # a workshop and an incubation centre under their own names ('Xưởng Chế tạo mẫu nhanh (Fablab)', 'Trung tâm Ươm
    # tạo Doanh nghiệp Công nghệ cao')
    (r"Xưởng(?=" + WS1 + r"[" + UPPER + r"])(?:" + PHRASE_GAP + PHRASE_WORD + r"){1,8}" + PHRASE_END, "NamedLab"),
    (r"Trung" + WS1 + r"tâm" + WS1 + r"Ươm" + WS1 + r"tạo(?:" + PHRASE_GAP + PHRASE_WORD + r"){1,8}" + PHRASE_END, "NamedIncubator"),
    # a monitoring station named by what it watches, capitalised as a name ('Trạm quan trắc và cảnh báo
    # phóng xạ môi trường đặt tại ...'); '3 trạm quan trắc' in lower case is a count
    (r"Trạm" + WS1 + r"quan" + WS1 + r"trắc(?:" + WS1 + r"(?!(?:tỉnh|thành|huyện|tại|đặt|của|với|trên|ở|thuộc|này|đó|các"
     r"|trong|được|đã|đang|sẽ|là|có|cho|theo|để|từ|đến|năm|giai|do|khi|nhằm)(?![\wÀ-ỹ]))[" + LOWER + r"]+){0,8}", "Facility"),
    # a research or experimental station named by what it studies and where ('Trạm thực nghiệm giống cây trồng
    # Cẩm Vũ', 'Trạm Nghiên cứu sinh thái rừng ngập mặn Đất Mũi'); its name runs to a function word or a bracket,
    # and says more than the kind ('Trạm thực nghiệm của Viện' names none)
    (r"Trạm" + WS1 + r"(?i:thực" + WS1 + r"nghiệm|nghiên" + WS1 + r"cứu|thí" + WS1 + r"nghiệm)(?:" + PHRASE_GAP + PHRASE_WORD
     + r"){1,10}" + PHRASE_END, "Facility"),
    (r"Trung" + WS1 + r"tâm" + WS1 + r"(?:(?:[Hh]ỗ" + WS1 + r"trợ" + WS1 + r")?[Kk]hởi" + WS1 + r"nghiệp(?:" + WS1
     + r"(?:và" + WS1 + r")?(?:[Đđ]ổi" + WS1 + r"mới" + WS1 + r")?[Ss]áng" + WS1 + r"tạo)?|[Đđ]ổi" + WS1 + r"mới" + WS1
     + r"sáng" + WS1 + r"tạo(?:" + WS1 + r"và" + WS1 + r"(?:[Hh]ỗ" + WS1 + r"trợ" + WS1 + r")?[Kk]hởi" + WS1 + r"nghiệp)?(?:" + WS1 + r"(?:quốc" + WS1
     + r"gia|Quốc" + WS1 + r"gia))?)(?:" + WS1 + r"(?:tại" + WS1 + r")?"
     # (a province's name with a dash whole: 'tỉnh Bà Rịa - Vũng Tàu')
     + r"(?:[Tt]hành" + WS1 + r"phố|tỉnh)" + WS1 + r"(?:{PROV}(?![\wÀ-ỹ])|" + CAP_WORD + r"(?:" + _NAME_GAP + CAP_WORD + r"){0,2})"
     # the country's centre placed in a province ('... quốc gia tại Đà Nẵng'): a province, not a host
     + r"|" + WS1 + r"tại" + WS1 + r"{PROV}(?![\wÀ-ỹ])"
     # a region's centre, and the province it stands in ('... vùng Tây Nguyên tại Lâm Đồng')
     + r"|" + WS1 + r"vùng" + WS1 + CAP_WORD + r"(?:" + WS1 + CAP_WORD + r"){0,3}(?:" + WS1 + r"tại" + WS1 + r"{PROV}(?![\wÀ-ỹ]))?"
     # a brand joined to its place by a dash ('... Bách khoa - Quảng Ninh')
     # (a lower-case word may follow the capital after the dash, as before it: '... Khởi nghiệp Mỏ - Địa chất')
     + r"|" + WS1 + CAP_WORD + r"(?:" + WS1 + r"[" + LOWER + r"]+)?" + WS + r"*[-–]" + WS + r"*" + CAP_WORD
     + r"(?:[ \t\u00a0]+(?!" + _NOT_A_TRADE + r")[" + LOWER + r"]+(?![\wÀ-ỹ]))?(?:[ \t\u00a0]+" + CAP_WORD + r"){0,2}"
     # a trade's centre named by the trade and its place ('Trung tâm đổi mới sáng tạo gốm sứ Bát Tràng')
     + r"|(?:[ \t\u00a0]+(?!" + _NOT_A_TRADE + r")[" + LOWER + r"]+){1,3}[ \t\u00a0]+(?!" + _HEAD_WORDS + r")"
     + CAP_WORD + r"(?:[ \t\u00a0]+" + CAP_WORD + r"){0,2})?", "InnovationCentre"),
    (r"Trung" + WS1 + r"tâm" + WS1 + r"(?i:điều" + WS1 + r"hành" + WS1 + r"thông" + WS1 + r"minh)", "SmartCentre"),
    # a smart-city operations centre under its own name, the province's when no place is written ('Trung tâm
    # giám sát, điều hành thông minh (IOC) của tỉnh'), named with the province as its other facilities are
    (r"Trung" + WS1 + r"tâm" + WS1 + r"[Gg]iám" + WS1 + r"sát,?" + WS1 + r"(?:và" + WS1 + r")?điều" + WS1 + r"hành"
     + WS1 + r"(?:đô" + WS1 + r"thị" + WS1 + r")?thông" + WS1 + r"minh", "NamedSmartCentre"),
    (r"Nhà" + WS1 + r"máy" + _PLANT_NAME + _NUMBERED, "NamedZone"),   # ('Nhà máy điện hạt nhân Ninh Thuận 1')
    # a power complex of several plants under its place's name ('Trung tâm Điện lực Vĩnh Tân'): a facility, no body
    (r"Trung" + WS1 + r"tâm" + WS1 + r"[Đđ]iện" + WS1 + r"lực" + NAME_TAIL, "NamedZone"),
    # a research reactor and an innovation valley under their proper names ('Lò phản ứng hạt nhân Đà Lạt',
    # 'Thung lũng Sáng tạo Quy Nhơn')
    (r"Lò" + WS1 + r"phản" + WS1 + r"ứng" + WS1 + r"(?i:hạt" + WS1 + r"nhân|nghiên" + WS1 + r"cứu)" + NAME_TAIL, "NamedZone"),
    (r"Thung" + WS1 + r"lũng" + WS1 + r"(?:[Ss]áng" + WS1 + r"tạo|[Đđ]ổi" + WS1 + r"mới" + WS1 + r"sáng" + WS1 + r"tạo)"
     + NAME_TAIL, "NamedZone"),
    # a port or airport under its proper name ('Cảng hàng không quốc tế Phú Quốc', 'Cảng biển Cái Mép')
    (r"Cảng(?:" + WS1 + r"(?i:hàng" + WS1 + r"không|biển|cạn|cá))?(?:" + WS1 + r"(?i:quốc" + WS1 + r"tế|nội"
     + WS1 + r"địa))?" + NAME_TAIL, "NamedZone"),
    # a key laboratory, a category of S&T investment ('Phòng thí nghiệm trọng điểm <field> [vùng X]'):
    # its field in lower case, then a region or place; it ends at a function word ('... tại Trường')
    (r"Phòng" + WS1 + r"thí" + WS1 + r"nghiệm" + WS1 + r"trọng" + WS1 + r"điểm" + _FIELD
     + r"(?:" + WS1 + r"(?:vùng|khu" + WS1 + r"vực|miền)" + NAME_TAIL + r")?", "NamedZone"),
    # a science, technology or software park under its proper name ('Công viên phần mềm Quang Trung') or number
    # ('Công viên phần mềm số 2')
    (r"Công" + WS1 + r"viên" + WS1 + r"(?i:khoa" + WS1 + r"học|công" + WS1 + r"nghệ|phần" + WS1 + r"mềm)(?:" + WS1
     + r"(?i:và" + WS1 + r")?(?i:công" + WS1 + r"nghệ))?(?:" + NAME_TAIL + r"|" + WS1 + r"số" + WS1 + r"\d{1,2}(?!\d))",
     "NamedZone"),
    # the province's data centre, named by the level word ('Trung tâm dữ liệu tỉnh', '... tỉnh Bắc Giang'), or
    # its data integration centre ('Trung tâm Tích hợp dữ liệu tỉnh')
    (r"Trung" + WS1 + r"tâm" + WS1 + r"(?i:(?:tích" + WS1 + r"hợp" + WS1 + r")?dữ" + WS1 + r"liệu)(?=" + WS1 + r"(?:tỉnh|thành" + WS1 + r"phố)(?![\wÀ-ỹ]))",
     "DataCentre"),
    # a start-up space (a co-working incubator) named after its host or province
    (r"Không" + WS1 + r"gian" + WS1 + r"(?i:khởi" + WS1 + r"nghiệp(?:" + WS1 + r"đổi" + WS1 + r"mới" + WS1
     + r"sáng" + WS1 + r"tạo)?|(?:đổi" + WS1 + r"mới" + WS1 + r")?sáng" + WS1 + r"tạo)"
     + r"(?=" + WS1 + r"(?:tỉnh|thành" + WS1 + r"phố|[" + UPPER + r"]|tại" + WS1 + r"[" + UPPER + r"]))", "StartupSpace"),
    # an industrial complex under its owner's and site's name, a phase's number after it ('Khu liên hợp sản xuất gang
    # thép Hòa Phát Dung Quất 2')
    (r"Khu" + WS1 + r"liên" + WS1 + r"hợp" + _ZONE_MODIFIERS + NAME_TAIL + r"(?:[ \t\u00a0]\d{1,2}(?![\d.,/]))?", "NamedZone"),
    # zones known by a proper name ('Khu kinh tế Nghi Sơn', 'Khu đô thị Khoa học Quy Nhơn');
    # without one ('16 khu công nghiệp') they are a count, not a facility
    # ('Khu Đô thị Khoa học và Giáo dục Quy Hòa', its kind capitalised as its name)
    # ('Khu kinh tế - thương mại đặc biệt Lao Bảo': a second kind joined by a dash)
    (r"Khu" + WS1 + r"(?:kinh" + WS1 + r"tế(?:[ \t\u00a0]*[-–][ \t\u00a0]*(?:thương" + WS1 + r"mại|công" + WS1 + r"nghiệp))?|(?i:đô" + WS1 + r"thị" + WS1 + r"khoa" + WS1 + r"học)(?:" + WS1 + r"và" + WS1
     + r"(?i:giáo" + WS1 + r"dục))?|công" + WS1
     + r"nghiệp|chế" + WS1 + r"xuất)" + _ZONE_MODIFIERS + NAME_TAIL
     + _NUMBERED, "NamedZone"),   # (a zone numbered after its place's name: 'Khu công nghiệp Mỹ Phước 3')
]


__all__ = ["ENDS_NAME", "KINDS", "LAB", "NAME_TAIL", "PHRASE_END", "PHRASE_GAP", "PHRASE_WORD"]
