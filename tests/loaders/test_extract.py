"""gather(): the dates given to numbered documents."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from vnst.loaders.extract import gather

HEADER = "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nSố: 77/UBND-KGVX\n\n{DATE_LINE}\n\nV/v hợp tác\n\n" \
         "Căn cứ Luật Khoa học và Công nghệ ngày 18 tháng 6 năm 2013;\n"


def dated(text: str) -> dict[str, str | None]:
    return {l.number.written_normalised: (str(l.issued) if l.issued else None) for l in gather(text).legal}


@pytest.mark.parametrize("date_line, expected", [
    ("Kon Tum, ngày 05 tháng 3 năm 2022", "2022-03-05"),
    ("Kon Tum, ngày      tháng 3 năm 2022", None),          # the day left blank: unknown, not a cited date
    ("", None),                                               # no place-date line
])
def test_a_document_is_dated_by_its_own_place_date_line(date_line: str, expected: str | None) -> None:
    found = dated(HEADER.replace("{DATE_LINE}", date_line))
    assert found["77/UBND-KGVX"] == expected


def test_a_place_date_line_beside_the_number_in_two_columns() -> None:
    text = ("SỞ KHOA HỌC VÀ CÔNG NGHỆ            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Số: 18/TTHT-SKHCN                 Kon Tum, ngày 09 tháng 3 năm 2023\n\nTHỎA THUẬN HỢP TÁC\n")
    assert dated(text)["18/TTHT-SKHCN"] == "2023-03-09"


def test_a_number_signed_on_the_day_after_it() -> None:
    text = ("Trên cơ sở Thỏa thuận hợp tác số 05/TTHT-UBND-ĐHĐL ký ngày 15/3/2019 giữa UBND tỉnh Lâm Đồng và Trường Đại học "
            "Đà Lạt, hai bên đã phối hợp.\n")
    assert dated(text)["05/TTHT-UBND-ĐHĐL"] == "2019-03-15"


@pytest.mark.parametrize("sentence, expected", [
    # the date, then the number in brackets
    ("Chương trình được ký kết ngày 20/10/2019 (Chương trình số 07/CTHT-UBND-ĐHTN) gồm 05 nội dung.", "2019-10-20"),
    ("Thỏa thuận ký ngày 03/5/2021 (số: 11/TTHT-SKHCN) đã hết hạn.", "2021-05-03"),
    # (a bracket far from its date, or a date not of a day, dates nothing)
    ("Đến tháng 10/2019 (theo Chương trình số 07/CTHT-UBND-ĐHTN) đã có 05 nội dung.", None),
    ("Ngày 15/3/2018, Bộ Khoa học và Công nghệ và UBND tỉnh Kon Tum ký\nkết Chương trình phối hợp số "
     "02/CTPH-BKHCN-UBND về đổi mới sáng tạo.", "2018-03-15"),
    ("Ngày 02/4/2020, UBND tỉnh ban hành Kế hoạch số 58/KH-UBND thực hiện Nghị quyết.", "2020-04-02"),
    ("Ngày 02/4/2020, tỉnh tổ chức hội nghị. Sở đề nghị thực hiện Kế hoạch số 58/KH-UBND.", None),
    # a sentence inside a paragraph; a body 'has' the letter it sent
    ("Kết quả còn hạn chế. Ngày 12/9/2022, Trường Đại học Vinh có Công văn số 845/ĐHV-KHCN đề nghị hợp tác.",
     "2022-09-12"),
    ("Kết quả còn hạn chế. Ngày 12/9/2022, tỉnh có nhiều hoạt động; Sở thực hiện Công văn số 845/ĐHV-KHCN.", None),
    # the day, then the office that granted a patent
    ("Ngày 12/5/2020, Cục Sở hữu trí tuệ đã cấp Bằng độc quyền sáng chế số 25481 cho Trường.", "2020-05-12"),
    # the day with its word and no comma, then who issued the act
    ("Thứ trưởng cho biết, ngày 30/12/2025 Thủ tướng Chính phủ đã ban hành Quyết định số 2418/QĐ-TTg phê duyệt "
     "Chương trình.", "2025-12-30"),
])
def test_the_date_of_an_act_written_before_its_number(sentence: str, expected: str | None) -> None:
    found = dated("Báo cáo\n\n" + sentence + "\n")
    [value] = found.values()
    assert value == expected


@pytest.mark.parametrize("sentence, expected", [
    # granted on a day, by a decision of that same day
    ("Bằng độc quyền giải pháp hữu ích số 2-0002451 được cấp ngày 14/3/2022 theo Quyết định số 20514/QĐ-SHTT cùng "
     "ngày.", {"2-0002451": "2022-03-14", "20514/QĐ-SHTT": "2022-03-14"}),
    ("Quyết định số 412/QĐ-UBND ban hành ngày 05/6/2024 và Kế hoạch số 77/KH-UBND cùng ngày.",
     {"412/QĐ-UBND": "2024-06-05", "77/KH-UBND": "2024-06-05"}),
    # the same day as nothing dated before it in its sentence: unknown
    ("Ngày 02/4/2020, tỉnh tổ chức hội nghị tổng kết. Sở Khoa học và Công nghệ triển khai Kế hoạch số 58/KH-UBND "
     "cùng ngày.", {"58/KH-UBND": None}),
])
def test_a_number_granted_on_a_day_or_of_the_same_day(sentence: str, expected: dict[str, str | None]) -> None:
    assert dated("Báo cáo\n\n" + sentence + "\n") == expected


@pytest.mark.parametrize("dateline, sentence, expected", [
    # a day and month told in a news page of that year; a later day is of the year before
    ("Thứ Ba, 14/10/2025 - 09:10", "Ngày 02/10 vừa qua, UBND tỉnh Hưng Yên đã ban hành Kế hoạch số 311/KH-UBND "
     "về chuyển đổi số.", "2025-10-02"),
    ("Thứ Hai, 12/01/2026 - 08:00", "Bà Lò Thị Thu: Ngày 28/12, Sở Khoa học và Công nghệ có Công văn số "
     "1502/SKHCN-QLKH gửi các xã.", "2025-12-28"),
    # a day opening a sentence of other acts dates no number
    ("Thứ Ba, 14/10/2025 - 09:10", "Ngày 02/10, tỉnh tổ chức hội nghị. Sở thực hiện Kế hoạch số 311/KH-UBND.", None),
])
def test_a_day_and_month_before_a_number_dated_by_the_page(dateline: str, sentence: str, expected: str | None) -> None:
    assert dated(dateline + "\n\n" + sentence + "\n").popitem()[1] == expected


def test_a_day_and_month_is_no_figure() -> None:
    text = "Thứ Ba, 14/10/2025 - 09:10\n\nNgày 02/10 vừa qua, tỉnh đã trao 12 giấy chứng nhận.\n"
    assert [(f.written, f.unit) for f in gather(text).figures] == [("12", "giấy chứng nhận")]


def test_the_issuer_of_a_two_column_header_is_the_last_body_above_the_number() -> None:
    text = ("UBND TỈNH HÀ GIANG                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "SỞ KHOA HỌC VÀ CÔNG NGHỆ                        Độc lập - Tự do - Hạnh phúc\n\n"
            "Số: 12 /BC-SKHCN                       Hà Giang, ngày 08 tháng 10 năm 2024\n\nBÁO CÁO\n\n"
            "Kết quả thực hiện nhiệm vụ năm 2024.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nVũ Thị Lan\n")
    [signer] = [p for p in gather(text).people if p.signature]
    assert (signer.name, signer.title, signer.org.name) == ("Vũ Thị Lan", "pho-giam-doc",
                                                          "Sở Khoa học và Công nghệ tỉnh Hà Giang")


@pytest.mark.parametrize("text, body, project", [
    # a curated national centre is a body, though its head words are those of a start-up centre
    ("Kết nối các dự án với Trung tâm Hỗ trợ khởi nghiệp sáng tạo quốc gia và các vườn ươm.",
     "Trung tâm Hỗ trợ khởi nghiệp sáng tạo quốc gia", None),
    # a province's own start-up centre to be built is a project
    ("Hỗ trợ tỉnh xây dựng Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh Cao Bằng.",
     None, "Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh Cao Bằng"),
])
def test_a_curated_national_body_is_not_a_project(text: str, body: str | None, project: str | None) -> None:
    found = gather(text)
    assert (body in [o.name for o in found.orgs]) if body else True
    assert [p.name for p in found.projects] == ([project] if project else [])


def test_a_university_named_after_another_city_does_not_make_it_the_home_province() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\n\nSố: 187/TB-UBND\n\n"
            "Chủ tịch UBND tỉnh làm việc với Đại học Bách khoa Hà Nội. Đại học Bách khoa Hà Nội đã đào tạo 312 kỹ sư; "
            "giao Sở Khoa học và Công nghệ phối hợp với Đại học Bách khoa Hà Nội.\n")
    found = gather(text)
    assert found.home is not None and found.home.name == "Thanh Hóa"
    assert "Sở Khoa học và Công nghệ tỉnh Thanh Hóa" in [o.name for o in found.orgs]


def test_a_number_in_a_bodys_name_is_not_a_figure() -> None:
    text = "Phối hợp với Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 3 kiểm định 2.315 phương tiện đo.\n"
    assert [(str(f.value), f.unit) for f in gather(text).figures] == [("2315", "phương tiện")]


def test_a_minister_without_his_ministry_is_of_the_ministry_that_issues_the_letter() -> None:
    text = ("BỘ KHOA HỌC VÀ CÔNG NGHỆ\nCỤC THÔNG TIN, THỐNG KÊ\n\nSố: 12/TTTK-TKKH\n\n"
            "Đề nghị thống nhất số liệu với Cục Thống kê (Bộ Tài chính).\n\n"
            "Nơi nhận:\n- Thứ trưởng Lê Văn Hà (để b/c);\n- Lưu: VT.\n")
    [deputy] = [p for p in gather(text).people if p.title == "thu-truong"]
    assert deputy.org is not None and deputy.org.name == "Bộ Khoa học và Công nghệ"


@pytest.mark.parametrize("number, title", [("21-NQ/TU", "NGHỊ QUYẾT"), ("1302-KL/TU", "KẾT LUẬN")])
def test_a_party_resolution_s_or_conclusion_s_tasks_are_its_clauses(number: str, title: str) -> None:
    text = (f"TỈNH ỦY NGHỆ AN              ĐẢNG CỘNG SẢN VIỆT NAM\n   Số {number}        Nghệ An, ngày 12 tháng 7 năm 2021\n\n"
            f"{title}\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\n\nII. MỤC TIÊU\n\n1. Có 30 doanh nghiệp KH&CN.\n\n"
            "III. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU\n\n1. Nâng cao nhận thức.\n\n2. Hoàn thiện cơ chế, chính sách.\n\n"
            "IV. TỔ CHỨC THỰC HIỆN\n\n1. Các huyện ủy quán triệt Nghị quyết.\n\nNơi nhận:        T/M BAN THƯỜNG VỤ\n"
            "- Lưu VP.                    BÍ THƯ\n")
    found = gather(text)
    assert [c.number for tasks in found.tasks.values() for c in tasks] == [1, 2]
    # (the header's capitals and the signature's short form name the one standing board)
    assert {o.key for o in found.orgs if o.name.lower().startswith("ban thường vụ")} == {"ban-thuong-vu-tinh-uy-nghe-an"}


def test_a_centre_numbered_among_the_projects_is_no_body_where_it_is_named_again() -> None:
    text = ("Sóc Trăng, ngày 2 tháng 4 năm 2023\n\nII. TIẾN ĐỘ CÁC DỰ ÁN\n\n"
            "(1). Trung tâm Nghiên cứu, Ứng dụng và Chuyển giao công nghệ: diện tích 20 ha.\n\n"
            "Đề nghị bổ sung vốn cho Trung tâm Nghiên cứu, Ứng dụng và Chuyển giao công nghệ.\n")
    found = gather(text)
    assert [p.name for p in found.projects] == ["Trung tâm Nghiên cứu, Ứng dụng và Chuyển giao công nghệ"]
    assert not [o for o in found.orgs if o.name.startswith("Trung tâm")]


def test_an_agreement_s_number_in_brackets_is_dated_by_its_signing() -> None:
    text = ("Chương trình hợp tác giữa UBND tỉnh Gia Lai và Trường Đại học Tây Nguyên giai đoạn 2019 - 2023 (Chương trình "
            "số 01/CTHT-UBND-ĐHTN) được ký kết ngày 22/3/2019, gồm 06 nội dung.\n")
    assert dated(text) == {"01/CTHT-UBND-ĐHTN": "2019-03-22"}


def test_who_proposes_an_agreement_is_no_party_to_it() -> None:
    text = ("Gia Lai, ngày 20 tháng 11 năm 2023\n\nSở Khoa học và Công nghệ kính đề nghị UBND tỉnh thống nhất chủ trương "
            "tiếp tục ký kết Chương trình hợp tác với Trường Đại học Tây Nguyên giai đoạn 2024 - 2028.\n")
    [(_, agreement)] = gather(text).agreements
    assert {p.name for p in agreement.parties} == {"Ủy ban nhân dân tỉnh Gia Lai", "Trường Đại học Tây Nguyên"}


def test_a_party_committee_s_header_its_minutes_number_and_who_signs_for_its_board() -> None:
    text = ("ĐẢNG BỘ TỈNH LẠNG SƠN\nBAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH\n*\nSố 12-BB/BCĐ\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
            "Lạng Sơn, ngày 3 tháng 9 năm 2025\n\nBIÊN BẢN\nphiên họp thứ hai của Ban Chỉ đạo chuyển đổi số tỉnh Lạng Sơn\n\n"
            "I. THỜI GIAN, ĐỊA ĐIỂM\nKết nối trực tuyến đến 65 điểm cầu; đến 15/8 mới giải ngân 40%.\n\n"
            "II. THÀNH PHẦN\n- Chủ trì: đồng chí Hoàng Văn Nam.\n\n"
            "T/M BAN CHỈ ĐẠO\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC\n\nHoàng Văn Nam\n")
    m = gather(text)
    steering = "Ban Chỉ đạo chuyển đổi số tỉnh Lạng Sơn"
    assert {"Đảng bộ tỉnh Lạng Sơn", steering} <= {o.name for o in m.orgs}
    assert [(d.number.written, d.issued) for d in m.legal if d.number] == [("12-BB/BCĐ", date(2025, 9, 3))]
    assert [(p.name, p.org.name) for p in m.people if p.signature] == [("Hoàng Văn Nam", steering)]
    assert sorted((f.value, f.unit) for f in m.figures) == [(Decimal(40), "%"), (Decimal(65), "điểm cầu")]


def test_a_commune_a_table_s_cell_wraps_is_read_down_its_column_not_cut_at_the_wrap() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n\nHà Nam, ngày 5 tháng 3 năm 2023\n\n"
            "| STT | Tên công trình | Tác giả | Giải |\n|-----|----------------|---------|------|\n"
            "| 1 | Phát triển giống chuối ngự tại xã Hòa | ThS. Vũ Thị Hạnh | Ba |\n"
            "|   | Hậu, huyện Lý Nhân | | |\n")
    places = {(p.level, p.name) for p in gather(text).places}
    assert {("commune", "Hòa Hậu"), ("district", "Lý Nhân")} <= places
    assert ("commune", "Hòa") not in places


@pytest.mark.parametrize("date_line, era, districts", [
    # the day left blank: the month and year still say the text uses the units after the 2025 reform, not the
    # date of the law it cites first
    ("Lâm Đồng, ngày      tháng 9 năm 2025", "2025", []),
    ("Lâm Đồng, ngày 12 tháng 9 năm 2024", "pre2025", ["Bảo Lộc"]),
    ("", "pre2025", ["Bảo Lộc"]),
])
def test_the_era_of_a_text_whose_place_date_line_leaves_the_day_blank(date_line: str, era: str,
                                                                       districts: list[str]) -> None:
    text = ("SỞ KHOA HỌC VÀ CÔNG NGHỆ\nTỈNH LÂM ĐỒNG\n\nSố: 27 /BBGN-SKHCN\n\n" + date_line + "\n\nBIÊN BẢN GHI NHỚ\n\n"
            "Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị;\n\nPhối hợp với Trường Cao đẳng "
            "Bảo Lộc đào tạo nhân lực.\n")
    found = gather(text)
    assert found.era == era
    assert [p.name for p in found.places if p.level == "district"] == districts


def test_a_footnote_s_mark_after_a_name_or_a_date_is_no_part_of_it() -> None:
    text = ("Thực hiện Quyết định số 575/QĐ-TTg ngày 04/5/2015¹ của Thủ tướng Chính phủ², Sở đã triển khai trên 20 m² nhà "
            "màng.\n")
    found = gather(text)
    assert "Chính phủ" in {o.name for o in found.orgs}
    assert dated(text) == {"575/QĐ-TTg": "2015-05-04"}


def test_the_issuing_header_s_province_is_home_however_often_another_is_named() -> None:
    # a merged province's decision on its former neighbour's department: bodies written bare are the issuer's
    text = ("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\n-------\n\nSố: 120/QĐ-UBND\n\nGia Lai, ngày 10 tháng 7 năm 2025\n\nQUYẾT ĐỊNH\n"
            "Về việc tiếp nhận nhiệm vụ của Sở Khoa học và Công nghệ tỉnh Bình Định (cũ)\n\nCăn cứ Quyết định của UBND "
            "tỉnh Bình Định; Căn cứ Kế hoạch của UBND tỉnh Bình Định;\n\nĐiều 2. Giám đốc Sở Nội vụ, Giám đốc Sở Tài "
            "chính chịu trách nhiệm thi hành Quyết định này.\n")
    names = {o.name for o in gather(text).orgs}
    assert {"Sở Nội vụ tỉnh Gia Lai", "Sở Tài chính tỉnh Gia Lai"} <= names
    assert "Sở Nội vụ tỉnh Bình Định" not in names
    # ... but a university's name in a joint header is no home ('ĐẠI HỌC ĐÀ NẴNG' beside 'TỈNH QUẢNG NAM')
    joint = ("ỦY BAN NHÂN DÂN                     ĐẠI HỌC ĐÀ NẴNG\nTỈNH QUẢNG NAM\nSố: 05/CTHT-UBND-ĐHĐN\n\n"
             "Giao Sở Nội vụ chủ trì.\n")
    assert "Sở Nội vụ tỉnh Quảng Nam" in {o.name for o in gather(joint).orgs}


def test_a_ministry_s_text_written_in_the_capital_has_no_home_province_from_its_place_date_line() -> None:
    text = ("BỘ KHOA HỌC VÀ CÔNG NGHỆ\n-------\n\nSố: 25/2024/TT-BKHCN\n\nHà Nội, ngày 16 tháng 12 năm 2024\n\nTHÔNG TƯ\n"
            "Quy định việc phối hợp giữa Bộ Khoa học và Công nghệ và Ủy ban nhân dân cấp tỉnh\n\n1. Sở Khoa học và Công "
            "nghệ tổng hợp đề xuất đặt hàng của địa phương, trình Ủy ban nhân dân cấp tỉnh.\n")
    names = {o.name for o in gather(text).orgs}
    assert not any(name.endswith("Hà Nội") for name in names)
    assert "Bộ Khoa học và Công nghệ" in names


def test_a_joint_header_s_home_is_the_province_of_its_place_date_line_and_hcm_writes_thanh_pho_capitalised() -> None:
    text = ("ỦY BAN NHÂN DÂN TỈNH        ĐẠI HỌC QUỐC GIA            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "BÌNH PHƯỚC                  THÀNH PHỐ HỒ CHÍ MINH              Độc lập - Tự do - Hạnh phúc\n"
            "Số: 12/CTHT-UBND\n                             Bình Phước, ngày 4 tháng 4 năm 2023\n\n"
            "CHƯƠNG TRÌNH HỢP TÁC\n\nGiao Sở Khoa học và Công nghệ chủ trì.\n")
    names = {o.name for o in gather(text).orgs}
    assert "Sở Khoa học và Công nghệ tỉnh Bình Phước" in names
    city = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n\nSố: 5/QĐ-UBND\n\nXét Báo cáo thẩm tra của Ban Kinh tế - Ngân sách "
            "Hội đồng nhân dân Thành phố; ý kiến đại biểu.\n")
    assert "Ban Kinh tế - Ngân sách Hội đồng nhân dân thành phố Hồ Chí Minh" in {o.name for o in gather(city).orgs}
