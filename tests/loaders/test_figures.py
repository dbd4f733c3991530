from __future__ import annotations

from decimal import Decimal

import pytest

from vnst.loaders.figures import find_figures


def _found(text: str) -> list[tuple[Decimal, str]]:
    return [(f.value, f.unit) for f in find_figures(text, masked=[])]


@pytest.mark.parametrize(("text", "expected"), [
    # the counted noun is the longest word of the dictionary at the unit position
    ("Tỉnh đã thu hút 250 kỹ sư phần mềm về làm việc.", [(Decimal(250), "kỹ sư")]),
    ("Sàn đã thực hiện 40 giao dịch thành công.", [(Decimal(40), "giao dịch")]),
    ("Khảo sát 65 cơ quan hành chính cấp huyện.", [(Decimal(65), "cơ quan")]),
    ("Trường mở 9 chuyên ngành mới.", [(Decimal(9), "chuyên ngành")]),
    ("Đội ngũ gồm 31 phó giáo sư và 120 tiến sĩ.", [(Decimal(31), "phó giáo sư"), (Decimal(120), "tiến sĩ")]),
    # a single syllable stays one when what follows is not part of it
    ("Có 21 xã đạt chuẩn nông thôn mới.", [(Decimal(21), "xã")]),
    ("Liên kết với 230 hộ trồng cam.", [(Decimal(230), "hộ")]),
    # ... and where its next syllable begins a word of its own ('sản xuất', not the dictionary's 'hộ sản')
    ("Hỗ trợ 1.120 hộ sản xuất, kinh doanh bán hàng trực tuyến.", [(Decimal(1120), "hộ")]),
    # what a prize is worth, after its rank
    ("Giải Nhất trị giá 40 triệu đồng, Giải Nhì 25 triệu đồng, mỗi Giải Khuyến khích 5 triệu đồng.",
     [(Decimal(40e6), "đồng"), (Decimal(25e6), "đồng"), (Decimal(5e6), "đồng")]),
    # terms the dictionary lacks come from the module's own list
    ("Tỉnh có 7 cụm công nghiệp và 2 khu kinh tế.", [(Decimal(7), "cụm công nghiệp"), (Decimal(2), "khu kinh tế")]),
    # a noun and what kind it is: the unit is the noun ('phương tiện', a word of the dictionary; 'giống')
    ("Kiểm định 3.400 phương tiện đo các loại.", [(Decimal(3400), "phương tiện")]),
    ("Trung tâm đã khảo nghiệm 8 giống ngô lai và 5 giống lúa thuần.", [(Decimal(8), "giống"), (Decimal(5), "giống")]),
    # codes, whichever kind ('vùng trồng'), as the convention on units after set P counts them (z08, ue05)
    ("Được cấp 9 mã số vùng trồng sầu riêng.", [(Decimal(9), "mã số")]),
    # a power plant's generating units; software licences, a word begun by a classifier ('bản' alone: copies)
    ("Mỗi nhà máy gồm 2 tổ máy, tổng công suất 1.200 MW.", [(Decimal(2), "tổ máy"), (Decimal(1200), "MW")]),
    ("Phòng thí nghiệm có 25 bản quyền phần mềm; in 04 bản hợp đồng.", [(Decimal(25), "bản quyền"), (Decimal(4), "bản")]),
    # a measure is never the start of a longer word
    ("Sản xuất 800 tấn lúa giống.", [(Decimal(800), "tấn")]),
    # 'lượt' counts occurrences of what follows: the unit is 'lượt'
    ("Thu hút 1.500 lượt người tham quan và 200 lượt doanh nghiệp.", [(Decimal(1500), "lượt"),
                                                                     (Decimal(200), "lượt")]),
    ("Phòng thí nghiệm được công nhận thêm 45 phép thử.", [(Decimal(45), "phép thử")]),
    # 'cấp' before a count of a classifier noun is 'to grant'
    ("Bên A cấp 50 suất học bổng mỗi năm.", [(Decimal(50), "suất")]),
    ("Nhiệm vụ đã in và cấp 12.500 tem truy xuất nguồn gốc.", [(Decimal(12500), "tem")]),
    ("Bên B tài trợ phòng thí nghiệm gồm 40 máy trạm.", [(Decimal(40), "máy trạm")]),
    # posts counted, capitalised as posts are
    ("Lãnh đạo Trung tâm gồm Giám đốc và không quá 03 Phó Giám đốc.", [(Decimal(3), "Phó Giám đốc")]),
    # power and energy keep their SI symbols
    # (a solar plant's peak power, "MWp", is kept apart from nominal power)
    ("Nhà máy điện gió 99,2 MW và 30 MWp điện mặt trời.", [(Decimal("99.2"), "MW"), (Decimal(30), "MWp")]),
])
def test_counted_noun(text: str, expected: list[tuple[Decimal, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ordinals and ranks
    ("Tỉnh xếp thứ 5 cả nước về chỉ số đổi mới sáng tạo.", []),
    ("Đội tuyển đứng thứ 2 khu vực.", []),
    ("Sản phẩm xếp hạng 4 toàn vùng.", []),
    # 'cấp' as a level, and as the verb 'to grant' before a counted noun of several syllables
    ("Học sinh trường cấp 3 trên địa bàn.", []),
    ("Cục đã cấp 120 văn bằng bảo hộ.", [(Decimal(120), "văn bằng")]),
    # a grade or a tier after the number ranks, it does not count
    ("Có 17 sản phẩm đạt chuẩn OCOP 4 sao.", [(Decimal(17), "sản phẩm")]),
    ("Tổ chức bộ máy theo mô hình 3 cấp.", []),
    # a number followed by a preposition names nothing it counts (a label), unless it opens a range
    # whose other end names it (set R counts both ends)
    ("Văn phòng đặt tại cơ sở 3 tại quận Ninh Kiều.", []),
    ("Mỗi lớp từ 20 đến 25 học viên.", [(Decimal(20), "học viên"), (Decimal(25), "học viên")]),
    # 'dân số' (population) before the number is a noun, not the label 'số'
    ("Huyện có dân số khoảng 250 nghìn người.", [(Decimal(250000), "người")]),
    ("Căn hộ số 12 tầng 3.", []),
    # a part of a legal text is a label: 'tại Điều 1', 'khoản 2', 'Phụ lục 3'
    ("Các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành.", []),
    ("Theo quy định tại khoản 2 của Thông tư và Phụ lục 3 kèm theo.", []),
    # the whole a rank is out of counts nothing; a share of the whole counts
    ("Chỉ số PCI năm 2023 của tỉnh xếp thứ 27/63 tỉnh, thành phố.", []),
    ("100% xã, 9/9 huyện đã triển khai", [(Decimal(100), "%"), (Decimal(9), "huyện")]),
    # a label stands right before its number, not before 'khoảng'
    ("tuyển sinh cử tuyển mỗi năm khoảng 45 chỉ tiêu", [(Decimal(45), "chỉ tiêu")]),
    # a verb before the number is no label
    ("Xây dựng 04 mô hình trồng dược liệu dưới tán rừng", [(Decimal(4), "mô hình")]),
    # a group of many counts them; 'nhóm 1' names a group
    ("phấn đấu thuộc nhóm 10 tỉnh, thành phố dẫn đầu", [(Decimal(10), "tỉnh")]),
    ("Nhóm 1 nhiệm vụ thuộc lĩnh vực nông nghiệp.", []),
    # a volume as an area is
    ("hệ thống cấp nước công suất 2.000 m3/ngày đêm", [(Decimal(2000), "m3")]),
    # digits in brackets after the number in words; an item's number in brackets is none
    ("Hai Bên thống nhất hợp tác trong năm (05) lĩnh vực sau:", [(Decimal(5), "lĩnh vực")]),
    ("gồm: (1) đào tạo nhân lực; (2) nghiên cứu khoa học", []),
    # a change from one count to another
    ("Số doanh nghiệp KH&CN tăng từ 03 lên 07 doanh nghiệp.", [(Decimal(3), "doanh nghiệp"), (Decimal(7), "doanh nghiệp")]),
    # 'bản' is a classifier, as 'lượt' is
    ("số hóa 46 bản nhạc cồng chiêng", [(Decimal(46), "bản")]),
    # a plenum's number in a term of office, a road's number
    ("theo Nghị quyết của Hội nghị Trung ương 7 khóa XII về cải cách", []),
    ("kết nối qua tuyến Quốc lộ 14 nối với tỉnh Đắk Nông", []),
    # a building's floors are no count; infrastructure ('hạ tầng') before a count is no floor
    ("bố trí tại tầng 2 và tầng 3 tòa nhà số 5 đường Trần Phú", []),
    ("đầu tư hạ tầng 2 khu công nghiệp", [(Decimal(2), "khu công nghiệp")]),
    ("trường mở 3 khóa đào tạo", [(Decimal(3), "khóa")]),
    # how many times, and a multiplier, count 'lần'; an ordinal after 'lần' does not
    ("hệ số nhân giống đạt 3,8 lần sau mỗi chu kỳ", [(Decimal("3.8"), "lần")]),
    ("hỗ trợ không quá 03 lần/năm", [(Decimal(3), "lần")]),
    # meters counted, not money: 'đồng hồ' (but with a multiplier, money)
    ("quản lý 12.450 đồng hồ đo nước, trong đó 95 đồng hồ quá hạn", [(Decimal(12450), "đồng hồ"), (Decimal(95), "đồng hồ")]),
    ("kinh phí 1,5 triệu đồng hồ trợ", [(Decimal(1500000), "đồng")]),
    # 'trong số N' is out of N, no label
    ("100% trong số 68 đơn vị hành chính cấp xã đã kết nối", [(Decimal(100), "%"), (Decimal(68), "đơn vị")]),
    ("Hội thi Sáng tạo kỹ thuật lần thứ 9 và Hội chợ lần 2", []),
])
def test_ranks_and_levels(text: str, expected: list[tuple[Decimal, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # numbers inside a quoted name or title belong to the name
    ('Đề án “Phát triển 500 hợp tác xã kiểu mới” đã được phê duyệt.', []),
    ('Chương trình "Nâng cao năng lực cho 300 doanh nghiệp nhỏ" được triển khai; 45 doanh nghiệp tham gia.',
     [(Decimal(45), "doanh nghiệp")]),
    # quoted speech (after a colon, or holding a sentence end) is a statement, its numbers are figures
    ('Ông cho biết: "Năm nay tỉnh có 30 doanh nghiệp khoa học công nghệ."', [(Decimal(30), "doanh nghiệp")]),
    ('Bà nhấn mạnh "đã có 12 sáng chế được bảo hộ. Đây là kết quả tốt"', [(Decimal(12), "sáng chế")]),
    # ... but a task's name after 'nhiệm vụ:' is a name; speech after a colon without such a noun stays speech
    ('để tuyển chọn tổ chức chủ trì nhiệm vụ: "Ứng dụng công nghệ IoT cho 15 hợp tác xã trồng chè".', []),
    ('Ông cho biết: "năm nay có 15 hợp tác xã tham gia"', [(Decimal(15), "hợp tác xã")]),
])
def test_quoted_names(text: str, expected: list[tuple[Decimal, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a page number alone between blank lines is not a count of the next line's first word
    ("phù hợp với điều kiện\n\n4\n\nxã ven biển của tỉnh.", []),
    # a count wrapped onto the next line still is one
    ("triển khai trên diện tích\n120 ha tại huyện.", [(Decimal(120), "ha")]),
    ("thu hút 15\ndoanh nghiệp đầu tư.", [(Decimal(15), "doanh nghiệp")]),
])
def test_line_breaks(text: str, expected: list[tuple[Decimal, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the unit is the counted head noun: what kind of class it is does not belong to it
    ("Mỗi năm mở 03 lớp tập huấn cho cán bộ cơ sở.", [(Decimal(3), "lớp")]),
    ("Đã mở 4 lớp bồi dưỡng nghiệp vụ.", [(Decimal(4), "lớp")]),
    # '-viên' makes a word for a person: 'kỹ thuật viên' is one noun, 'kỹ thuật' alone a technique
    ("Đào tạo 40 kỹ thuật viên thú y cho các huyện.", [(Decimal(40), "kỹ thuật viên")]),
    ("Huy động 120 tuyên truyền viên tại cơ sở.", [(Decimal(120), "tuyên truyền viên")]),
    ("Bệnh viện làm chủ 35 kỹ thuật mới.", [(Decimal(35), "kỹ thuật")]),
])
def test_head_noun(text: str, expected: list[tuple[Decimal, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a number right after a proper name of several syllables ends the name
    ("Trường Cao đẳng Kỹ thuật Đồng Nai 3 tổ chức hội thảo.", []),
    ("Sở phối hợp với phường Long Biên 2 vận động 60 hộ dân.", [(Decimal(60), "hộ dân")]),
    # a count after a verb, or after an approximate word, is still a count
    ("Tỉnh Bến Tre có 14 doanh nghiệp khoa học.", [(Decimal(14), "doanh nghiệp")]),
    ("Tại Cà Mau khoảng 30 hợp tác xã tham gia.", [(Decimal(30), "hợp tác xã")]),
    # a heading in capitals, then a sentence opening with a capital: no name before the count
    ("IV. TỒN TẠI, HẠN CHẾ\n\nCòn 07 đề tài chưa được nghiệm thu.", [(Decimal(7), "đề tài")]),
])
def test_number_ending_a_name(text: str, expected: list[tuple[Decimal, str]]) -> None:
    assert _found(text) == expected


_TABLE = ("Phụ lục\nSTT\nNội dung\nĐVT\nNăm\n2024\nƯớc năm\n2025\nTỷ lệ\n(%)\nGhi chú\n"
          "1\nSố đề tài\nđược phê duyệt\nĐề tài\n14\n16\n114,3\n"
          "2\nDiện tích\nha\n250\n300\n120\nVượt\n\n")


def test_table_cells_are_figures() -> None:
    # read through the table module: each cell with its row's unit or its column's '%'
    assert _found(_TABLE) == [(Decimal(14), "đề tài"), (Decimal(16), "đề tài"), (Decimal("114.3"), "%"),
                              (Decimal(250), "ha"), (Decimal(300), "ha"), (Decimal(120), "%")]


@pytest.mark.parametrize(("text", "expected"), [
    # the first end of a range counts what the second counts
    ("mỗi năm ươm tạo từ 5 đến 7 dự án khởi nghiệp", [(Decimal(5), "dự án"), (Decimal(7), "dự án")]),
    # a page number alone on its line inside a sentence
    ("hướng tới mục tiêu ươm tạo 7 dự án khởi nghiệp có tiềm năng\n2\ntăng trưởng cao.", [(Decimal(7), "dự án")]),
    # a number alone on its line after a finished sentence is a count read across the break
    ("Kết quả như sau:\n12\nnhiệm vụ được nghiệm thu.", [(Decimal(12), "nhiệm vụ")]),
    # 'danh mục' (a list) is not 'Mục' (a section)
    ("Phê duyệt danh mục 05 nhiệm vụ khoa học và công nghệ", [(Decimal(5), "nhiệm vụ")]),
    ("theo quy định tại Mục 2 Phần II", []),
    # a term of intellectual-property statistics, whole
    ("trong đó có 02 chỉ dẫn địa lý được cấp văn bằng", [(Decimal(2), "chỉ dẫn địa lý")]),
])
def test_ranges_page_numbers_and_lists(text: str, expected: list[tuple[Decimal, str]]) -> None:
    assert _found(text) == expected



@pytest.mark.parametrize(("text", "expected"), [
    # a count in words before what a programme declares a number of; not a turn of phrase
    ("hai bên thống nhất tám nội dung hợp tác, tập trung vào ba lĩnh vực", [(Decimal(8), "nội dung"),
                                                                         (Decimal(3), "lĩnh vực")]),
    ("hai địa phương và ba tỉnh trong vùng", []),
    # 'năm' before what an agreement declares a number of is five; elsewhere it is the year
    ("hai bên thống nhất hợp tác trong năm lĩnh vực: nông nghiệp; y tế", [(Decimal(5), "lĩnh vực")]),
    ("gồm năm nội dung hợp tác", [(Decimal(5), "nội dung")]),
    ("trong năm nhiệm vụ trọng tâm là chuyển đổi số", []),
    # councils, each capitalised as its name begins
    ("UBND tỉnh thành lập 09 Hội đồng tuyển chọn tổ chức, cá nhân", [(Decimal(9), "hội đồng")]),
    # teams likewise: the noun 'tổ' without the words that say which kind; 'tổ chức' is a word of its own
    ("Toàn tỉnh đã kiện toàn 1.036 Tổ công nghệ số cộng đồng; thí điểm", [(Decimal(1036), "tổ")]),
    ("có 26 Tổ chức KH&CN được cấp giấy chứng nhận", [(Decimal(26), "tổ chức")]),
    ("2. Tổ chức thực hiện", []),
    # the month of a date without its year; a share of targets counts what was done and the whole (as the
    # blind sets V and I annotate '31.240/36.500 triệu đồng' and '118/122 sản phẩm')
    ("báo cáo UBND tỉnh trước ngày 15/12 hằng năm", []),
    ("đạt 3/5 chỉ tiêu đề ra", [(Decimal(3), "chỉ tiêu"), (Decimal(5), "chỉ tiêu")]),
    # the part of a whole counts what the whole counts
    ("Năm 2023 có 06 trong 07 chỉ tiêu đạt kế hoạch", [(Decimal(6), "chỉ tiêu"), (Decimal(7), "chỉ tiêu")]),
    ("hoàn thành 3 trong tổng số 8 nhiệm vụ", [(Decimal(3), "nhiệm vụ"), (Decimal(8), "nhiệm vụ")]),
    # the count spelled out in brackets after its digits
    ("Phê duyệt danh mục 12 (mười hai) đề tài cấp tỉnh", [(Decimal(12), "đề tài")]),
])
def test_counts_in_words_councils_and_dates_without_a_year(text: str, expected: list[tuple[Decimal, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("diện tích hơn 9.888 km2, dân số", [(Decimal(9888), "km2")]),
    # 'thành viên' (member) is a word: the count is of schools; an agent noun stays whole
    ("hiện có 6 trường thành viên và 40 kỹ thuật viên", [(Decimal(6), "trường"), (Decimal(40), "kỹ thuật viên")]),
])
def test_square_kilometres_and_members(text: str, expected: list[tuple[Decimal, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a year's plan written with thousands after 'năm'; 'năm 2' stays a label
    ("kiểm định 9.400 phương tiện đo (kế hoạch năm 8.000 phương tiện, đạt 117,5%)",
     [(Decimal(9400), "phương tiện"), (Decimal(8000), "phương tiện"), (Decimal("117.5"), "%")]),
    ("triển khai năm 2 của Chương trình", []),
    # an age qualifies people, it counts nothing; a programme named by its target is a name
    ("sàng lọc cho người trên 60 tuổi tại huyện Ba Vì", []),
    ("tham gia Đề án 1 triệu héc-ta lúa chất lượng cao và Chương trình 135", []),
])
def test_figures_seen_in_set_w(text: str, expected: list[tuple[Decimal, str]]) -> None:
    assert _found(text) == expected


def test_a_table_of_targets_counts_what_each_indicator_names() -> None:
    text = ("TT | Chỉ tiêu | Mục tiêu 2025 | Kết quả 2023 | Tỷ lệ (%)\n"
            "1 | Sáng chế, giải pháp hữu ích được bảo hộ | 12 | 9 | 75,0\n"
            "2 | Mô hình ứng dụng tiến bộ KH&CN | 40 | 31 | 77,5\n")
    assert _found(text) == [(Decimal(12), "sáng chế"), (Decimal(9), "sáng chế"), (Decimal(75), "%"),
                            (Decimal(40), "mô hình"), (Decimal(31), "mô hình"), (Decimal("77.5"), "%")]


@pytest.mark.parametrize(("text", "expected"), [
    # papers granted, capitalised as a document's kind is
    ("Năm 2022, Sở cấp 3 Giấy chứng nhận hoạt động KH&CN và 4 Giấy phép tiến hành công việc bức xạ.",
     [(Decimal(3), "giấy chứng nhận"), (Decimal(4), "giấy phép")]),
    ("nhận 2 Bằng độc quyền sáng chế", [(Decimal(2), "bằng độc quyền")]),
    # an instrument counted in a table row ('Công tơ điện 1 pha')
    ("Loại phương tiện đo       Số lượng      Tỷ lệ đạt (%)\nCông tơ điện 1 pha        3.410         98,5\n",
     [(Decimal(3410), "công tơ"), (Decimal("98.5"), "%")]),
])
def test_figures_seen_in_set_y(text: str, expected: list[tuple[Decimal, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # pounds sterling, and a date every year
    ("Kinh phí tài trợ khoảng 1,8 triệu bảng Anh.", [(Decimal(1_800_000), "bảng Anh")]),
    ("báo cáo trước ngày 15/6 và 15/12 hằng năm.", []),
    # a table row named by what was done counts no noun its label opens with
    ("| TT | Nội dung | Số lượng | Kinh phí (triệu đồng) |\n|----|----|----|----|\n"
     "| 1 | Tài trợ nhiệm vụ KH&CN | 6 | 3.180 |\n| 2 | Cho vay đổi mới công nghệ | 5 | 7.500 |\n",
     [(Decimal(3_180_000_000), "đồng"), (Decimal(7_500_000_000), "đồng")]),
])
def test_figures_seen_in_set_c(text: str, expected: list[tuple[Decimal, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # prizes counted by their rank
    ("gồm: 01 Giải Nhất, 02 Giải Nhì và 04 Giải Khuyến khích.",
     [(Decimal(1), "giải"), (Decimal(2), "giải"), (Decimal(4), "giải")]),
    # a steering committee named by the decision that set it up counts nothing
    ("báo cáo Ban Chỉ đạo 389 tỉnh và BCĐ 138 tỉnh.", []),
])
def test_figures_seen_in_set_i(text: str, expected: list[tuple[Decimal, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a share: what was done and the whole, each a count of the noun; a map's scale counts nothing
    ("đã hỗ trợ 45/52 hợp tác xã, đạt 86,5%", [(Decimal(45), "hợp tác xã"), (Decimal(52), "hợp tác xã"),
                                             (Decimal("86.5"), "%")]),
    ("giải ngân 12.500/15.000 triệu đồng", [(Decimal(12_500_000_000), "đồng"), (Decimal(15_000_000_000), "đồng")]),
    ("quy hoạch chi tiết tỷ lệ 1/500 khu trung tâm", []),
    ("kiểm định 310 phương tiện đo/95 doanh nghiệp", [(Decimal(310), "phương tiện"), (Decimal(95), "doanh nghiệp")]),
    # contests capitalised as each one's name begins; a farm, whose first syllable alone is a page
    ("tổ chức 03 Hội thi Sáng tạo kỹ thuật", [(Decimal(3), "hội thi")]),
    ("trên 2.100 trang trại chăn nuôi; in 40 trang tài liệu", [(Decimal(2100), "trang trại")]),
])
def test_shares_contests_and_farms(text: str, expected: list[tuple[Decimal, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # per mille; gene sources and greenhouses, compounds that name one kind of thing
    ("tỷ lệ hộ nghèo giảm 4‰ mỗi năm", [(Decimal(4), "‰")]),
    ("bảo tồn 30 nguồn gen cây dược liệu; xây dựng 38 nhà màng", [(Decimal(30), "nguồn gen"), (Decimal(38), "nhà màng")]),
])
def test_figures_seen_in_set_o(text: str, expected: list[tuple[Decimal, str]]) -> None:
    assert _found(text) == expected


def test_a_form_s_number_counts_nothing() -> None:
    assert _found("1. Phiếu đề xuất (theo Mẫu 01 ban hành kèm theo Quyết định số 41/2025/QĐ-UBND); Mẫu số 2 kèm theo") == []


@pytest.mark.parametrize(("text", "expected"), [
    # 'Tổng số' at a sentence's start is a total, not the label 'số'
    ("Tổng số 08 đề tài được đưa ra xét chọn.", [(Decimal(8), "đề tài")]),
    # 'cung cấp' is to supply, not a level; 'bộ' counts sets, the classifier as the unit
    ("Công ty ký hợp đồng cung cấp 120 bộ thiết bị quan trắc cho Hợp tác xã.", [(Decimal(120), "bộ")]),
    ("Trường trao tặng 01 bộ tài liệu hướng dẫn.", [(Decimal(1), "bộ")]),
    # a change after an amount in a table's row ('68,5   tăng 12,5%') is no unit of the amount
    ("Tổng nguồn vốn (tỷ đồng)          60,9         68,5         tăng 12,5%", [(Decimal("12.5"), "%")]),
    # (capitalised at a clause's start too, with a multiplier before the classifier)
    ("4. Bên C: Cung cấp 3 triệu con cá giống cho các hộ.", [(Decimal(3000000), "con")]),
    ("hệ thống chính quyền địa phương cấp 2", []),
    # a day and month before a marker of tense is a date: neither number counts anything
    ("Sáng 21/8 đã có 15 doanh nghiệp đăng ký.", [(Decimal(15), "doanh nghiệp")]),
    ("Đến chiều 3/10 sẽ có kết quả.", []),
    # a number a year ('mỗi năm 10 lớp') counts; the year's label, capitalised too, does not
    ("dự kiến mỗi năm 10 lớp tập huấn", [(Decimal(10), "lớp")]),
    ("Năm 2 có 3 lớp.", [(Decimal(3), "lớp")]),
    # household businesses, a legal form of their own
    ("hỗ trợ 12 hộ kinh doanh và 30 hộ tham gia", [(Decimal(12), "hộ kinh doanh"), (Decimal(30), "hộ")]),
    # the minutes of a clock time, and 'cùng' (the same, together) after a number, count nothing
    ("Phiên họp kết thúc lúc 16 giờ 45 cùng ngày.", []),
    ("Hội nghị khai mạc lúc 8 giờ 15, có 42 đại biểu dự.", [(Decimal(42), "đại biểu")]),
])
def test_totals_supplies_sets_and_dates_before_a_tense_marker(text: str, expected: list[tuple[Decimal, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the counted noun by its abbreviation in capitals
    ("có 03 DN đăng ký đầu tư; hỗ trợ 04 HTX đăng ký nhãn hiệu.", [(Decimal(3), "doanh nghiệp"), (Decimal(4), "hợp tác xã")]),
    ("Tỉnh có 12 KCN đang hoạt động.", [(Decimal(12), "khu công nghiệp")]),
    # ... not an abbreviation that counts nothing, nor one inside a longer code
    ("Theo 05 UBND huyện và 3 DNKH&CN.", []),
    # money granted after 'cấp', no level
    ("trong đó ngân sách tỉnh cấp 30 tỷ đồng cho Quỹ.", [(Decimal(30000000000), "đồng")]),
    ("đường giao thông cấp 3 dài.", []),
    # a pilot ('thí điểm') is no point of a legal text
    ("Phục hồi thí điểm 0,5 ha rạn san hô theo điểm 3.", [(Decimal("0.5"), "ha")]),
])
def test_abbreviated_counts_and_money_granted(text: str, expected: list[tuple[Decimal, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a phone number with its last digits masked counts nothing
    ("Đăng ký nhận bản tin | Hotline: 0274 3 822 xxx", []),
    ("liên hệ ông X (điện thoại: 028 3932 xxxx) trước ngày 15/11.", []),
    # a part of a whole 'trên tổng số'
    ("Số thành viên có mặt: 08 trên tổng số 09 thành viên.", [(Decimal(8), "thành viên"), (Decimal(9), "thành viên")]),
    # a document named by its number without 'số' counts nothing
    ("Tỉnh đã cụ thể hóa Nghị quyết 57 bằng những giải pháp nào?", []),
])
def test_figures_seen_in_set_vi(text: str, expected: list[tuple[Decimal, str]]) -> None:
    assert _found(text) == expected
