"""Agreements named without a period: one still to be signed in a clause of its own, a contract, and the
programme a meeting's minutes agree to draw up."""

from __future__ import annotations

from datetime import date

import pytest

from vnst.loaders.extract import gather


def test_a_clause_after_a_semicolon_keeps_the_subject_of_the_clause_before() -> None:
    text = ("Sở KH&CN tỉnh Hà Tĩnh trả lời phỏng vấn.\n\nVề hợp tác, tháng 5/2022, UBND tỉnh Hà Tĩnh đã ký kết "
            "Chương trình hợp tác với Trường Đại học Vinh giai đoạn 2022 - 2026; dự kiến trong năm 2023 sẽ ký kết "
            "chương trình hợp tác với Học viện Nông nghiệp Việt Nam.\n")
    found = [(sorted(p.name for p in a.parties), a.start_year, a.signed) for _, a in gather(text).agreements]
    assert found == [(["Trường Đại học Vinh", "Ủy ban nhân dân tỉnh Hà Tĩnh"], 2022, True),
                     (["Học viện Nông nghiệp Việt Nam", "Ủy ban nhân dân tỉnh Hà Tĩnh"], None, False)]


@pytest.mark.parametrize("text, parties", [
    # the signing, the sentence's second predicate: its subject opens the sentence ('Nhà trường', the school
    # named before), not the bodies of the first
    ("TRƯỜNG ĐẠI HỌC VINH\nSố: 512/ĐHV-KHCN\nV/v đề xuất hợp tác\n\nKính gửi: Ủy ban nhân dân tỉnh Nghệ An\n\nNhà trường đã cùng Đại học Tổng hợp Liège (Bỉ) thực hiện dự án "
     "do Chính phủ Bỉ tài trợ, và ký Biên bản ghi nhớ hợp tác với Ban Quản lý Khu kinh tế Đông Nam Nghệ An ngày "
     "12/4/2021 về đào tạo nhân lực.\n", ["Ban Quản lý Khu kinh tế Đông Nam Nghệ An", "Trường Đại học Vinh"]),
    ("Sở KH&CN tỉnh Hà Tĩnh phối hợp với Viện Hóa học (Viện Hàn lâm KH&CN Việt Nam), đồng thời ký biên bản ghi nhớ với Công ty "
     "Cổ phần Dược Hà Tĩnh về chuyển giao công nghệ.\n",
     ["Công ty Cổ phần Dược Hà Tĩnh", "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh"]),
])
def test_a_memorandum_signed_in_a_second_predicate_is_its_subject_s(text: str, parties: list[str]) -> None:
    found = [(sorted(p.name for p in a.parties), a.signed) for _, a in gather(text).agreements]
    assert found == [(parties, True)]


CONTRACT = """UBND TỈNH BÌNH DƯƠNG
SỞ KHOA HỌC VÀ CÔNG NGHỆ

Số: 14/2022/HĐ-SKHCN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Bình Dương, ngày 10 tháng 5 năm 2022

HỢP ĐỒNG THỰC HIỆN NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ

Chúng tôi gồm:

1. Bên đặt hàng (Bên A): SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH BÌNH DƯƠNG
- Do ông Nguyễn Văn Lợi, Giám đốc, làm đại diện.

2. Bên nhận đặt hàng (Bên B): VIỆN CÔNG NGHỆ SINH HỌC
- Do PGS.TS. Trần Thị Hạnh, Viện trưởng, làm đại diện.

Điều 1. Đặt hàng và nhận đặt hàng
1. Thời gian thực hiện: 18 tháng, từ tháng 6/2022 đến tháng 12/2023.

Điều 2. Kinh phí thực hiện
Tổng kinh phí là 1.200 triệu đồng.

BÊN B
VIỆN CÔNG NGHỆ SINH HỌC
VIỆN TRƯỞNG

BÊN A
SỞ KHOA HỌC VÀ CÔNG NGHỆ
GIÁM ĐỐC

Trần Thị Hạnh
"""


def test_a_contract_between_the_sides_its_preamble_labels_for_its_term() -> None:
    m = gather(CONTRACT)
    [(_, agreement)] = m.agreements
    # (a name written in capitals keeps its case unknown: compared without it)
    assert [p.name.lower() for p in agreement.parties] == ["sở khoa học và công nghệ tỉnh bình dương",
                                                           "viện công nghệ sinh học"]
    assert (agreement.start_year, agreement.end_year) == (2022, 2023)
    assert [c.number for c in agreement.clauses] == [1, 2]
    posts = {(p.name, p.title, p.org.name) for p in m.people if p.org is not None}
    assert ("Nguyễn Văn Lợi", "giam-doc", "Sở Khoa học và Công nghệ tỉnh Bình Dương") in posts
    assert ("Trần Thị Hạnh", "vien-truong", "viện công nghệ sinh học") in {(n, t, o.lower()) for n, t, o in posts}
    assert not any("Học viện" in o.name for o in m.orgs)   # 'VIỆN ... SINH HỌC' / 'VIỆN TRƯỞNG' is no 'Học viện'


MINUTES = """UBND TỈNH CAO BẰNG
SỞ KHOA HỌC VÀ CÔNG NGHỆ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

BIÊN BẢN LÀM VIỆC
Giữa Cục Năng lượng nguyên tử, Bộ Khoa học và Công nghệ với Ủy ban nhân dân tỉnh Cao Bằng

I. THÀNH PHẦN THAM DỰ

1. Cục Năng lượng nguyên tử (Bộ KH&CN)
- TS. Đỗ Văn Hải, Cục trưởng, Trưởng đoàn;
- Ông Lê Quang Vinh, Phó Cục trưởng.

II. NỘI DUNG LÀM VIỆC

1. Phía tỉnh Cao Bằng

Sở KH&CN báo cáo kết quả ứng dụng bức xạ.

2. Phía Cục Năng lượng nguyên tử

Cục giới thiệu các chương trình.

III. KẾT LUẬN

1. Hai bên thống nhất xây dựng Chương trình phối hợp giữa Cục Năng lượng nguyên tử và Ủy ban nhân dân tỉnh Cao Bằng giai đoạn 2024 - 2028, dự kiến ký kết trong quý I/2024.
"""


def test_minutes_record_a_programme_to_be_signed_and_a_delegation_under_its_body_s_heading() -> None:
    m = gather(MINUTES)
    [(_, agreement)] = m.agreements
    assert (agreement.start_year, agreement.signed, agreement.draft, agreement.clauses) == (2024, False, False, [])
    posts = {(p.name, p.title, p.org.name) for p in m.people if p.org is not None}
    assert {("Đỗ Văn Hải", "cuc-truong", "Cục Năng lượng nguyên tử"),
            ("Lê Quang Vinh", "pho-cuc-truong", "Cục Năng lượng nguyên tử")} <= posts


REGULATION = """UBND TỈNH TÂY NINH                      BỘ CÔNG THƯƠNG
SỞ KHOA HỌC VÀ CÔNG NGHỆ               TỔNG CỤC QUẢN LÝ THỊ TRƯỜNG
                                       CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH TÂY NINH
Số: 02/QCPH-SKHCN-CQLTT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Tây Ninh, ngày 10 tháng 4 năm 2024

QUY CHẾ PHỐI HỢP
giữa Sở Khoa học và Công nghệ và Cục Quản lý thị trường tỉnh Tây Ninh
trong công tác kiểm tra đo lường, chất lượng

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Quy chế này quy định việc phối hợp.

Điều 2. Nội dung phối hợp
1. Trao đổi thông tin.
2. Kiểm tra liên ngành.

Chương II
TỔ CHỨC THỰC HIỆN

Điều 3. Hiệu lực thi hành
Quy chế có hiệu lực kể từ ngày ký.
"""


def test_a_regulation_in_chapters_between_two_bodies_under_an_issuing_header_has_its_articles_for_clauses() -> None:
    [(_, agreement)] = gather(REGULATION).agreements
    assert sorted(p.name for p in agreement.parties) == ["Cục Quản lý thị trường tỉnh Tây Ninh",
                                                         "Sở Khoa học và Công nghệ tỉnh Tây Ninh"]
    assert agreement.start_year is None
    # (not the numbered items of its article on contents)
    assert [c.number for c in agreement.clauses] == [1, 2, 3]
    assert [c.text.startswith(title) for c, title in zip(agreement.clauses, (
        "Phạm vi điều chỉnh", "Nội dung phối hợp", "Hiệu lực thi hành"))] == [True] * 3


def test_a_list_of_signings_after_a_long_opening_its_items_a_blank_line_apart() -> None:
    text = ("Tin tức\n\nKết thúc phiên giao dịch đã có 42 hợp đồng chuyển giao công nghệ và biên bản ghi nhớ được ký kết "
            "với tổng giá trị 186,5 tỷ đồng, tăng gần 30% so với năm 2021. Một số thỏa thuận tiêu biểu:\n\n"
            "- Viện Nghiên cứu Hải sản ký hợp đồng chuyển giao quy trình nuôi tôm cho Hợp tác xã Nông nghiệp Cát Hải, "
            "trị giá 2,8 tỷ đồng.\n\n"
            "- Công ty cổ phần Công nghệ số Hải Phòng (một doanh nghiệp khởi nghiệp) ký hợp đồng cung cấp 350 bộ cảm "
            "biến cho Hợp tác xã Dịch vụ nông nghiệp Tiên Lãng, trị giá 1,2 tỷ đồng.\n")
    found = sorted((sorted(p.name for p in a.parties), a.signed) for _, a in gather(text).agreements)
    assert found == [(["Công ty cổ phần Công nghệ số Hải Phòng", "Hợp tác xã Dịch vụ nông nghiệp Tiên Lãng"], True),
                     (["Hợp tác xã Nông nghiệp Cát Hải", "Viện Nghiên cứu Hải sản"], True)]


MEMORANDUM_IN_WORDS = """BỘ CÔNG THƯƠNG                             ỦY BAN NHÂN DÂN TỈNH HÀ GIANG

Số: 05/BGN-BCT-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

BIÊN BẢN GHI NHỚ HỢP TÁC
GIỮA BỘ CÔNG THƯƠNG VÀ ỦY BAN NHÂN DÂN TỈNH HÀ GIANG

Hôm nay, ngày hai mươi tư tháng tư năm hai nghìn không trăm hai mươi hai, tại thành phố Hà Giang, chúng tôi gồm:

BÊN A: BỘ CÔNG THƯƠNG
Đại diện: Ông Nguyễn Hồng Diên, Bộ trưởng.

BÊN B: ỦY BAN NHÂN DÂN TỈNH HÀ GIANG
Đại diện: Ông Nguyễn Văn Sơn, Chủ tịch.

Điều 1. Hiệu lực
Biên bản ghi nhớ có hiệu lực kể từ ngày ký đến hết ngày ba mươi mốt tháng mười hai năm hai nghìn không trăm hai mươi sáu.
"""


def test_a_memorandum_dated_in_words_runs_from_its_signing_to_the_day_it_ends() -> None:
    found = gather(MEMORANDUM_IN_WORDS)
    assert [(sorted(p.name for p in a.parties), a.start_year, a.end_year, a.signed) for _, a in found.agreements] == [
        (["Bộ Công Thương", "Ủy ban nhân dân tỉnh Hà Giang"], 2022, 2026, True)]
    # its number is dated by the day its record opens with, there being no place-date line
    assert [(d.number.written, d.issued) for d in found.legal if d.header] == [("05/BGN-BCT-UBND", date(2022, 4, 24))]


@pytest.mark.parametrize("between, years", [
    # a title, its subject and English gloss, then 'GIỮA / BETWEEN' over the parties; the term an article states
    ("GIỮA / BETWEEN", (2024, 2029)),
    ("GIỮA", (2024, 2029)),
])
def test_a_bilingual_memorandum_between_two_with_the_term_it_states(between: str, years: tuple[int, int]) -> None:
    text = ("THỎA THUẬN HỢP TÁC\nMEMORANDUM OF UNDERSTANDING\n\nVề đào tạo thiết kế vi mạch\nOn training in IC design\n\n"
            f"{between}\nTRƯỜNG ĐẠI HỌC SƯ PHẠM KỸ THUẬT THÀNH PHỐ HỒ CHÍ MINH\nVÀ / AND\nCÔNG TY TNHH RENESAS DESIGN VIỆT NAM\n\n"
            "Điều 1. Mục đích\nĐào tạo nhân lực.\n\n"
            "Điều 4. Thời hạn\nThỏa thuận có hiệu lực 05 năm, từ ngày 22/3/2024 đến hết ngày 21/3/2029.\n")
    # (the names as a header in capitals gives them, compared without case)
    found = [(sorted(p.name.lower() for p in a.parties), (a.start_year, a.end_year)) for _, a in gather(text).agreements]
    assert found == [(["công ty tnhh renesas design việt nam", "trường đại học sư phạm kỹ thuật thành phố hồ chí minh"],
                      years)]


@pytest.mark.parametrize("noun, merged", [
    # the programme the report reviews, cited by its number and signing day in a year of its period: that one
    ("Chương trình hợp tác số 312/CTHT-VHL-UBND", True),
    # a memorandum signed in the first year of the programme that followed it: another text
    ("Biên bản ghi nhớ số 12/BBGN", False),
])
def test_a_cited_agreement_signed_in_a_year_of_a_programme_of_the_same_two(noun: str, merged: bool) -> None:
    text = ("BÁO CÁO\nTổng kết Chương trình hợp tác giữa Uỷ ban nhân dân tỉnh Ninh Thuận và Viện Hàn lâm Khoa học và Công "
            "nghệ Việt Nam giai đoạn 2016 - 2020\n\nI. KHÁI QUÁT\n\n"
            f"Căn cứ {noun} giữa Uỷ ban nhân dân tỉnh Ninh Thuận và Viện Hàn lâm Khoa học và Công nghệ Việt Nam được ký "
            "ngày 22/3/2016, hai bên đã triển khai 17 nhiệm vụ.\n")
    found = [(a.start_year, a.signed) for _, a in gather(text).agreements]
    assert found == ([(2016, True)] if merged else [(2016, True), (None, True)])
    legal = {l.number.written: l.issued for l in gather(text).legal}
    assert legal[noun.split("số ")[1]] == date(2016, 3, 22)


def test_a_task_contract_whose_host_is_named_on_a_field_line_under_its_side_s_label() -> None:
    text = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "HỢP ĐỒNG THỰC HIỆN NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 09/2020/HĐ-KHCN\n\n"
            "Hôm nay, ngày 15 tháng 5 năm 2020, tại Sở Khoa học và Công nghệ tỉnh Hà Tĩnh, chúng tôi gồm:\n\n"
            "1. Bên đặt hàng (Bên A): SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH HÀ TĨNH\n- Do ông: Võ Đình Khánh   Chức vụ: Giám đốc\n\n"
            "2. Bên nhận đặt hàng (Bên B):\n- Tổ chức chủ trì nhiệm vụ: VIỆN NGHIÊN CỨU RAU QUẢ\n"
            "- Do ông: Đào Văn Quang   Chức vụ: Viện trưởng\n\n"
            "Điều 1. Đặt hàng và nhận đặt hàng\nThời gian thực hiện: 24 tháng, từ tháng 5/2020 đến tháng 4/2022.\n\n"
            "ĐẠI DIỆN BÊN A                     ĐẠI DIỆN BÊN B\nGIÁM ĐỐC                           VIỆN TRƯỞNG\n\n"
            "Võ Đình Khánh                      Đào Văn Quang\n")
    g = gather(text)
    assert [(sorted(p.name.lower() for p in a.parties), a.start_year, a.end_year) for _, a in g.agreements] == [
        (["sở khoa học và công nghệ tỉnh hà tĩnh", "viện nghiên cứu rau quả"], 2020, 2022)]
    # the signer for the side is held in its body, not in a body the preamble cites
    assert {(p.name, p.org.name.lower()) for p in g.people if p.signature} == {
        ("Võ Đình Khánh", "sở khoa học và công nghệ tỉnh hà tĩnh"), ("Đào Văn Quang", "viện nghiên cứu rau quả")}


def test_a_memorandum_in_force_from_day_to_day_and_a_party_s_province_in_its_address() -> None:
    text = ("BIÊN BẢN GHI NHỚ HỢP TÁC\n\nGIỮA\n\nTRƯỜNG ĐẠI HỌC TÂY BẮC\n\nVÀ\n\nTRƯỜNG ĐẠI HỌC KHON KAEN\n\n"
            "Trường Đại học Tây Bắc, có trụ sở tại phường Quyết Tâm, thành phố Sơn La,\ntỉnh Sơn La, Việt Nam (sau đây gọi là "
            "\"Bên Việt Nam\") và Trường Đại học Khon Kaen, có trụ sở tại Khon Kaen, Thái Lan, thống nhất ký kết Biên bản "
            "ghi nhớ này.\n\nĐiều 1. Lĩnh vực hợp tác\n1. Trao đổi giảng viên.\n\n"
            "Điều 2. Hiệu lực\nBiên bản ghi nhớ có hiệu lực từ ngày 20 tháng 11 năm 2020 đến hết ngày 19 tháng 11 năm 2023.\n\n"
            "Sơn La, ngày 20 tháng 11 năm 2020\n")
    # (the province in the school's address, a line wrapping it, is where it stands, no party; the day in November is
    # no term of 11 years)
    assert [(sorted(p.name.lower() for p in a.parties), a.start_year, a.end_year) for _, a in gather(text).agreements] == [
        (["trường đại học khon kaen", "trường đại học tây bắc"], 2020, 2023)]


def test_contracts_listed_under_a_heading_each_with_the_partner_the_author_signed_with() -> None:
    text = ("BỘ GIÁO DỤC VÀ ĐÀO TẠO       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG ĐẠI HỌC VINH\n\nSố: 88/TB-ĐHV          Nghệ An, ngày 5 tháng 12 năm 2023\n\n"
            "THÔNG BÁO\nKết quả chuyển giao công nghệ năm 2023\n\nI. KẾT QUẢ CHUNG\nNăm 2023, Trường đã ký 02 hợp đồng.\n\n"
            "II. CÁC HỢP ĐỒNG ĐÃ KÝ KẾT\n"
            "1. Hợp đồng số 03/2023/HĐCGCN-ĐHV ký ngày 06/3/2023 với Công ty Cổ phần Sữa TH: chuyển giao quy trình. "
            "Giá trị hợp đồng: 300 triệu đồng.\n\n"
            "2. Hợp đồng số 09/2023/HĐCGCN-ĐHV ký ngày\n14/7/2023 với Công ty TNHH Mía đường Nghệ An: chuyển giao giống mía.\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Phòng Khoa học và Hợp tác quốc tế theo dõi việc thanh lý hợp đồng.\n")
    found = {(tuple(sorted(p.name for p in a.parties)), a.start_year, a.signed) for _, a in gather(text).agreements}
    assert found == {(("Công ty Cổ phần Sữa TH", "Trường Đại học Vinh"), None, True),
                     (("Công ty TNHH Mía đường Nghệ An", "Trường Đại học Vinh"), None, True)}
