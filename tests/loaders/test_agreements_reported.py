"""Agreements a body's report speaks of: one it carries on (signed), one it is drawing up with a partner (not
yet signed), and an earlier one of the two parties a programme cites as its basis."""

from __future__ import annotations

import pytest

from vnst.loaders.extract import gather

REPORT = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
TRƯỜNG ĐẠI HỌC HỒNG ĐỨC

Số: 845/BC-ĐHHĐ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Thanh Hóa, ngày 20 tháng 12 năm 2024

BÁO CÁO
Kết quả hợp tác với các địa phương năm 2024

{body}
"""


def _found(body: str) -> list[tuple[list[str], int | None, int | None, bool]]:
    return [(sorted(p.name for p in a.parties), a.start_year, a.end_year, a.signed)
            for _, a in gather(REPORT.format(body=body)).agreements]


@pytest.mark.parametrize("verb", ["tiếp tục triển khai", "triển khai thực hiện", "đã triển khai", "thực hiện đề tài trong khuôn khổ"])
def test_an_agreement_the_report_carries_on_was_signed(verb: str) -> None:
    body = (f"1. Với tỉnh Thanh Hóa: Trường {verb} Chương trình hợp tác giữa UBND tỉnh Thanh Hóa và Trường Đại học "
            "Hồng Đức giai đoạn 2021 - 2025; phối hợp tổ chức hội thảo khoa học.")
    assert _found(body) == [(["Trường Đại học Hồng Đức", "Ủy ban nhân dân tỉnh Thanh Hóa"], 2021, 2025, True)]


@pytest.mark.parametrize("verb", ["sẽ triển khai", "để triển khai"])
def test_an_agreement_to_be_carried_out_is_not_yet_signed(verb: str) -> None:
    body = (f"Trường {verb} Chương trình hợp tác giữa UBND tỉnh Thanh Hóa và Trường Đại học Hồng Đức "
            "giai đoạn 2026 - 2030.")
    assert _found(body) == [(["Trường Đại học Hồng Đức", "Ủy ban nhân dân tỉnh Thanh Hóa"], 2026, 2030, False)]


@pytest.mark.parametrize("words", ["đang cùng UBND huyện Quảng Xương xây dựng nội dung hợp tác",
                                   "đang cùng với UBND huyện Quảng Xương hoàn thiện dự thảo chương trình hợp tác"])
def test_an_agreement_drawn_up_with_a_partner_joins_the_reporting_body_and_is_not_yet_signed(words: str) -> None:
    body = ("1. Với tỉnh Thanh Hóa: Ngày 12/3/2024, Trường Đại học Hồng Đức và UBND tỉnh Thanh Hóa ký kết Thỏa thuận "
            f"hợp tác giai đoạn 2024 - 2029.\n\n2. Với huyện Quảng Xương: Trường {words} giai đoạn 2025 - 2029, "
            "dự kiến ký kết trong quý I năm 2025.")
    assert sorted(_found(body)) == [
        (["Trường Đại học Hồng Đức", "Ủy ban nhân dân huyện Quảng Xương"], 2025, 2029, False),
        (["Trường Đại học Hồng Đức", "Ủy ban nhân dân tỉnh Thanh Hóa"], 2024, 2029, True)]


def test_a_partner_the_report_only_works_with_draws_up_no_agreement() -> None:
    body = ("1. Với tỉnh Thanh Hóa: Ngày 12/3/2024, Trường Đại học Hồng Đức và UBND tỉnh Thanh Hóa ký kết Thỏa thuận "
            "hợp tác giai đoạn 2024 - 2029.\n\n2. Trường đang cùng UBND huyện Quảng Xương xây dựng đề án phát triển "
            "du lịch giai đoạn 2025 - 2029.")
    assert _found(body) == [(["Trường Đại học Hồng Đức", "Ủy ban nhân dân tỉnh Thanh Hóa"], 2024, 2029, True)]


PROGRAMME = """ỦY BAN NHÂN DÂN TỈNH HÀ GIANG - HỌC VIỆN NÔNG NGHIỆP VIỆT NAM

Số: 08 /CTr-UBND-HVN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Giang, ngày 18 tháng 4 năm 2022

CHƯƠNG TRÌNH HỢP TÁC
giữa Ủy ban nhân dân tỉnh Hà Giang và Học viện Nông nghiệp Việt Nam giai đoạn 2022 - 2026

Căn cứ kết quả thực hiện Chương trình hợp tác giai đoạn 2017 - 2021 và Biên bản làm việc ngày 10/3/2022 {between},

Hai bên thống nhất ký kết Chương trình hợp tác với các nội dung sau:

I. NỘI DUNG HỢP TÁC
1. Đào tạo nguồn nhân lực nông nghiệp cho tỉnh.
2. Chuyển giao giống cây trồng, vật nuôi.

II. TỔ CHỨC THỰC HIỆN
Mỗi bên cử một đầu mối theo dõi việc thực hiện Chương trình.
"""


@pytest.mark.parametrize("between, earlier", [
    ("giữa hai bên", [(["Học viện Nông nghiệp Việt Nam", "Ủy ban nhân dân tỉnh Hà Giang"], 2017, 2021, True)]),
    # the working minutes of one side alone cite no earlier programme of the two
    ("của Học viện", []),
])
def test_an_earlier_programme_cited_between_the_two_sides_is_theirs(between: str,
                                                                     earlier: list[tuple[list[str], int, int, bool]]) -> None:
    found = [(sorted(p.name for p in a.parties), a.start_year, a.end_year, a.signed)
             for _, a in gather(PROGRAMME.format(between=between)).agreements]
    assert found[0][:3] == (["Học viện Nông nghiệp Việt Nam", "Ủy ban nhân dân tỉnh Hà Giang"], 2022, 2026)
    assert found[1:] == earlier
    # the working minutes' date is theirs, not the earlier programme's signing
    assert all(a.signing_date is None for _, a in gather(PROGRAMME.format(between=between)).agreements[1:])


def test_a_number_of_contents_declared_after_another_agreement_is_named_is_that_one_s() -> None:
    body = ("1. Với tỉnh Thanh Hóa: Trường tiếp tục triển khai Chương trình hợp tác giữa UBND tỉnh Thanh Hóa và Trường "
            "Đại học Hồng Đức giai đoạn 2021 - 2025.\n\n2. Với tỉnh Ninh Bình: Ngày 12/3/2024, Trường Đại học Hồng Đức và "
            "UBND tỉnh Ninh Bình ký kết Thỏa thuận hợp tác giai đoạn 2024 - 2029 với 06 nội dung.")
    declared = {a.start_year: a.declared_clauses and a.declared_clauses[0]
                for _, a in gather(REPORT.format(body=body)).agreements}
    assert declared == {2021: None, 2024: 6}


def test_contents_declared_in_a_sentence_of_their_own_are_the_new_agreement_s() -> None:
    text = ("Tin tức\n\nNgày 20/5/2024, UBND tỉnh Quảng Trị và Chính quyền tỉnh Savannakhet (Lào) đã ký kết Thỏa thuận "
            "hợp tác giai đoạn 2024 - 2028. Phó Chủ tịch UBND tỉnh cho biết, thực hiện Thỏa thuận hợp tác giai đoạn "
            "2019 - 2023, hai bên đã phối hợp tốt. Theo Thỏa thuận mới, hai bên thống nhất hợp tác trên 4 nội dung chính.\n")
    declared = {a.start_year: a.declared_clauses and a.declared_clauses[0] for _, a in gather(text).agreements}
    assert declared == {2024: 4, 2019: None}


INSTITUTE_REPORT = """VIỆN NGHIÊN CỨU HẢI SẢN

Số: 45/BC-VNCHS

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hải Phòng, ngày 15 tháng 12 năm 2023

BÁO CÁO
Kết quả hợp tác với các địa phương năm 2023

I. KẾT QUẢ
Viện Nghiên cứu Hải sản phối hợp với các tỉnh ven biển điều tra nguồn lợi.

II. KIẾN NGHỊ
{item}
"""


@pytest.mark.parametrize("item", [
    # a request, its agreement wrapped onto the item's next line
    "2. Đề nghị UBND các tỉnh tiếp tục đặt hàng nhiệm vụ theo các chương trình hợp tác đã ký kết;\n"
    "ưu tiên chương trình hợp tác với UBND tỉnh Quảng Ninh giai đoạn 2026 - 2030.",
    "- Kiến nghị ưu tiên chương trình hợp tác với UBND tỉnh Quảng Ninh giai đoạn 2026 - 2030.",
])
def test_an_agreement_a_request_names_is_not_signed(item: str) -> None:
    found = [(sorted(p.name for p in a.parties), a.start_year, a.signed)
             for _, a in gather(INSTITUTE_REPORT.format(item=item)).agreements]
    assert found == [(["Viện Nghiên cứu Hải sản", "Ủy ban nhân dân tỉnh Quảng Ninh"], 2026, False)]


def test_a_signing_by_the_verb_alone_in_a_later_clause_joins_the_sentence_s_subject() -> None:
    text = ("Tin tức\n\nTrường Đại học Hải Phòng đang hợp tác chặt chẽ với Tập đoàn FPT, Công ty cổ phần Cảng Hải Phòng "
            "trong đào tạo nhân lực; ký kết hợp tác với Trường Đại học Quốc gia Pusan (Hàn Quốc) về đào tạo kỹ sư.\n")
    found = [(sorted(p.name for p in a.parties), a.signed) for _, a in gather(text).agreements]
    assert found == [(["Trường Đại học Hải Phòng", "Trường Đại học Quốc gia Pusan"], True)]


def test_a_signing_to_come_by_the_verb_alone_is_none() -> None:
    text = ("Tin tức\n\nTrường Đại học Hải Phòng đang hợp tác chặt chẽ với Tập đoàn FPT trong đào tạo nhân lực; dự kiến "
            "ký kết hợp tác với Trường Đại học Quốc gia Pusan (Hàn Quốc) về đào tạo kỹ sư.\n")
    assert gather(text).agreements == []


LETTER = """UBND TỈNH THÁI NGUYÊN
SỞ KHOA HỌC VÀ CÔNG NGHỆ

Số: 512 /SKHCN-QLKH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Thái Nguyên, ngày 16 tháng 10 năm 2024

Kính gửi: Ủy ban nhân dân tỉnh Thái Nguyên

Thực hiện Chương trình hợp tác số 05/CTHT ngày 10 tháng 3 năm 2020 giữa Ủy ban nhân dân tỉnh Thái Nguyên và Đại học
Thái Nguyên giai đoạn 2020 - 2025, Sở báo cáo như sau:

1. Giao Sở chủ trì, phối hợp với Đại học Thái Nguyên tổng kết Chương trình hợp tác giai đoạn 2020 - 2025 và {verb}
Chương trình hợp tác giai đoạn 2026 - 2030, trình UBND tỉnh xem xét ký kết.
"""


@pytest.mark.parametrize("verb", ["xây dựng", "soạn thảo"])
def test_the_programme_to_follow_is_between_the_same_two_and_not_yet_signed(verb: str) -> None:
    found = [(sorted(p.name for p in a.parties), a.start_year, a.end_year, a.signed)
             for _, a in gather(LETTER.format(verb=verb)).agreements]
    assert found == [(["Đại học Thái Nguyên", "Ủy ban nhân dân tỉnh Thái Nguyên"], 2020, 2025, True),
                     (["Đại học Thái Nguyên", "Ủy ban nhân dân tỉnh Thái Nguyên"], 2026, 2030, False)]


def test_a_later_period_of_something_else_is_no_agreement() -> None:
    text = LETTER.format(verb="xây dựng").replace("và xây dựng\nChương trình hợp tác giai đoạn 2026 - 2030",
                                                   "và xây dựng\nkế hoạch đào tạo giai đoạn 2026 - 2030")
    assert [(a.start_year, a.end_year) for _, a in gather(text).agreements] == [(2020, 2025)]


NEWS = "Tin tức\n\nSáng 12/3/2024, đoàn công tác của UBND tỉnh Bắc Kạn làm việc với Bộ Khoa học và Công nghệ. {body}\n"


@pytest.mark.parametrize("body, expected", [
    # 'giữa Bộ và tỉnh': the ministry and the province named before; to consider signing is no signing
    ("Tỉnh đề nghị Bộ xem xét ký kết Chương trình phối hợp giai đoạn 2025 - 2030 giữa Bộ và tỉnh.",
     [(["Bộ Khoa học và Công nghệ", "Ủy ban nhân dân tỉnh Bắc Kạn"], 2025, 2030, False)]),
    # an earlier one signed in a year, named before: signed, and its signing is not the new one's
    ("Việc thực hiện Chương trình phối hợp giữa Bộ Khoa học và Công nghệ và UBND tỉnh Bắc Kạn ký kết năm 2019 đã mang lại kết quả. "
     "Tỉnh đề nghị xem xét ký kết Chương trình phối hợp giai đoạn 2025 - 2030 giữa Bộ và tỉnh.",
     [(["Bộ Khoa học và Công nghệ", "Ủy ban nhân dân tỉnh Bắc Kạn"], None, None, True),
      (["Bộ Khoa học và Công nghệ", "Ủy ban nhân dân tỉnh Bắc Kạn"], 2025, 2030, False)]),
])
def test_agreements_a_visit_speaks_of(body: str, expected: list) -> None:
    found = [(sorted(p.name for p in a.parties), a.start_year, a.end_year, a.signed)
             for _, a in gather(NEWS.format(body=body)).agreements]
    assert sorted(found, key=lambda f: f[1] or 0) == expected


def test_a_decision_approving_a_programme_to_be_signed_approves_a_draft() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\n\nSố: 12/QĐ-UBND\n\nQUYẾT ĐỊNH\n\nĐiều 1. Phê duyệt nội dung Chương trình hợp tác "
            "giữa Ủy ban nhân dân tỉnh Bến Tre và Viện Cây ăn quả miền Nam giai đoạn 2021 - 2025 làm cơ sở để tổ chức ký kết.\n")
    assert [(a.start_year, a.draft, a.signed) for _, a in gather(text).agreements] == [(2021, True, False)]


@pytest.mark.parametrize("between", ["UBND tỉnh và Viện", "UBND tỉnh với Viện", "Ủy ban nhân dân tỉnh và Viện"])
def test_a_committee_by_its_short_name_and_level_then_a_bare_head_word_are_the_two_parties(between: str) -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n\nBIÊN BẢN LÀM VIỆC\n\nThành phần: Viện Khoa học Lâm nghiệp Việt Nam.\n\n"
            f"1. Giám đốc Sở Khoa học và Công nghệ báo cáo kết quả thực hiện Thỏa thuận hợp tác giữa {between} "
            "giai đoạn 2019 - 2023, đề xuất nội dung mới.\n")
    assert [(sorted(p.name for p in a.parties), a.start_year, a.signed) for _, a in gather(text).agreements] == [
        (["Viện Khoa học Lâm nghiệp Việt Nam", "Ủy ban nhân dân tỉnh Lạng Sơn"], 2019, True)]


@pytest.mark.parametrize("tail, draft", [
    ("giao Sở Khoa học và Công nghệ phối hợp với Nhà trường dự thảo nội dung.", False),   # the verb: to draft it
    ("giao Sở Khoa học và Công nghệ phối hợp với Nhà trường dự thảo văn bản, trình UBND tỉnh.", False),
    ("hai bên đã góp ý dự thảo nội dung.", True),   # the draft spoken of, the noun
    ("Sở đã gửi bản dự thảo nội dung để Nhà trường cho ý kiến.", True),
])
def test_to_draft_the_contents_is_a_programme_still_to_come_not_a_draft(tail: str, draft: bool) -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\n\nSố: 88/TB-UBND\n\nTHÔNG BÁO\n\n1. Thống nhất chủ trương xây dựng và ký kết "
            "Chương trình hợp tác giữa Ủy ban nhân dân tỉnh Phú Yên và Trường Đại học Phú Yên giai đoạn 2026 - 2030; "
            f"{tail}\n")
    assert [(a.start_year, a.draft, a.signed) for _, a in gather(text).agreements] == [(2026, draft, False)]


@pytest.mark.parametrize("lead, clauses", [
    ("Theo Biên bản ghi nhớ, hai bên thống nhất hợp tác trên 3 lĩnh vực:", [1, 2, 3]),
    # the fields of one proposed are not the contents of one signed
    ("Trường đề xuất UBND tỉnh xem xét ký kết Chương trình hợp tác giai đoạn 2025 - 2030, tập trung vào 3 lĩnh vực:", []),
])
def test_fields_over_a_numbered_list_are_a_signed_agreement_s_contents(lead: str, clauses: list[int]) -> None:
    text = ("Tin tức\n\nChiều 11/11, UBND tỉnh Ninh Thuận và Trường Đại học Kyungpook đã ký kết Biên bản ghi nhớ "
            f"giai đoạn 2024 - 2029.\n\n{lead}\n1. Tưới tiết kiệm nước;\n2. Khử mặn;\n3. Đào tạo nguồn nhân lực.\n")
    agreement = gather(text).agreements[0][1]
    assert [c.number for c in agreement.clauses] == clauses


def test_fields_a_line_wraps_inside_an_item_are_still_the_contents() -> None:
    text = ("Tin tức\n\nChiều 11/11, UBND tỉnh Ninh Thuận và Trường Đại học Kyungpook đã ký kết Biên bản ghi nhớ "
            "giai đoạn 2024 - 2029.\n\nTheo Biên bản ghi nhớ, hai bên thống nhất hợp tác trên 2 lĩnh vực:\n"
            "1. Tưới tiết kiệm nước cho cây nho,\ntáo và măng tây;\n2. Đào tạo nguồn nhân lực.\nUBND tỉnh giao Sở KH&CN làm đầu mối.\n")
    clauses = gather(text).agreements[0][1].clauses
    assert [c.text for c in clauses] == ["Tưới tiết kiệm nước cho cây nho, táo và măng tây", "Đào tạo nguồn nhân lực"]


def test_a_report_s_item_headed_by_an_agreement_reports_one_in_force_and_a_signing_to_come() -> None:
    body = ("2. Thỏa thuận hợp tác giữa UBND tỉnh Thanh Hóa và Viện Khoa học Nông nghiệp Việt Nam giai đoạn 2022 - "
            "2026: Viện đã chuyển giao 5 giống lúa cho nông dân.\n\nSở đang chuẩn bị nội dung để UBND tỉnh và Đại học "
            "Quốc gia TP. Hồ Chí Minh ký kết Chương trình hợp tác giai đoạn 2024 - 2028, dự kiến trong quý I/2024.")
    assert sorted(_found(body)) == [
        (["Viện Khoa học Nông nghiệp Việt Nam", "Ủy ban nhân dân tỉnh Thanh Hóa"], 2022, 2026, True),
        (["Đại học Quốc gia thành phố Hồ Chí Minh", "Ủy ban nhân dân tỉnh Thanh Hóa"], 2024, 2028, False)]


def test_a_signer_s_body_written_bare_is_the_other_party() -> None:
    text = ("TRUNG TÂM ƯƠM TẠO DOANH NGHIỆP NÔNG NGHIỆP CÔNG NGHỆ CAO\n\nSố: 21/BC-TTUT\n\nBÁO CÁO\n\n"
            "Trung tâm Ươm tạo Doanh nghiệp Nông nghiệp Công nghệ cao báo cáo như sau:\n\n"
            "- Ngày 02/8/2024, Giám đốc Trung tâm Vũ Thị Lan và đại diện Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) đã ký kết "
            "thỏa thuận hợp tác về hỗ trợ doanh nghiệp khởi nghiệp giai đoạn 2024 - 2027.\n")
    found = [(sorted(p.name for p in a.parties), a.start_year, a.signed) for _, a in gather(text).agreements]
    assert found == [(["Cơ quan Hợp tác quốc tế Nhật Bản", "Trung tâm Ươm tạo Doanh nghiệp Nông nghiệp Công nghệ cao"], 2024, True)]


def test_a_programme_to_draw_up_and_sign_is_not_yet_signed() -> None:
    body = ("4. Giao Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh:\na) Chỉ đạo xây dựng, ký kết Chương trình hợp tác giữa Ủy ban "
            "nhân dân tỉnh Thanh Hóa và Trường Đại học Hồng Đức giai đoạn 2026 - 2030, hoàn thành trong quý IV năm 2025.")
    assert _found(body) == [(["Trường Đại học Hồng Đức", "Ủy ban nhân dân tỉnh Thanh Hóa"], 2026, 2030, False)]


@pytest.mark.parametrize("line_break", [" ", "\n"])
def test_a_partner_s_name_a_numbered_item_s_line_breaks_before_its_place(line_break: str) -> None:
    body = (f"1. Chương trình hợp tác với Ủy ban nhân dân tỉnh{line_break}Ninh Bình giai đoạn 2022 - 2026, ký ngày "
            "15/3/2022 tại thành phố Ninh Bình. Năm 2024, hai bên triển khai 04 đề tài.")
    assert _found(body) == [(["Trường Đại học Hồng Đức", "Ủy ban nhân dân tỉnh Ninh Bình"], 2022, 2026, True)]


SIGNED_BY = "\n\nNơi nhận:                                            HIỆU TRƯỞNG\n- Lưu: VT.\n\n" \
            "                                                   Lê Văn Tùng\n"


@pytest.mark.parametrize("item", [
    "2. Với tỉnh Ninh Bình: hai bên đã thống nhất chủ trương xây dựng Chương trình hợp tác giữa Ủy ban nhân dân tỉnh "
    "Ninh Bình và Trường Đại học Hồng Đức giai đoạn 2025 - 2029; dự kiến ký kết trong quý I năm 2025.",
    "2. Đồng ý chủ trương để UBND tỉnh Ninh Bình và Trường Đại học Hồng Đức xây dựng, ký kết Chương trình hợp tác "
    "giai đoạn 2025 - 2029.",
])
def test_an_agreement_still_to_come_is_not_the_one_the_report_s_words_of_signing_speak_of(item: str) -> None:
    # (the report's words of signing speak of others: 'đã ký kết mới 02 văn bản')
    body = ("Năm 2024, Nhà trường đã ký kết mới 02 văn bản hợp tác với các địa phương.\n\n1. Chương trình hợp tác với Ủy "
            "ban nhân dân tỉnh Thanh Hóa giai đoạn 2021 - 2025, ký ngày 09/01/2021 tại thành phố Thanh Hóa.\n\n" + item + SIGNED_BY)
    found = _found(body)
    assert (["Trường Đại học Hồng Đức", "Ủy ban nhân dân tỉnh Ninh Bình"], 2025, 2029, False) in found
    assert (["Trường Đại học Hồng Đức", "Ủy ban nhân dân tỉnh Thanh Hóa"], 2021, 2025, True) in found


LETTER_WITH_DRAFT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 512/SKHCN-QLKH                        Vĩnh Long, ngày 10 tháng 5 năm 2024
V/v góp ý dự thảo Chương trình hợp tác

Kính gửi: Sở Tài chính.

Sở đề nghị góp ý dự thảo Chương trình hợp tác giữa UBND tỉnh Vĩnh Long và Trường Đại học Cần Thơ giai đoạn 2024 - 2028.

                               DỰ THẢO
Số:      /CTHT-UBND-ĐHCT
                              Vĩnh Long, ngày      tháng      năm 2024

CHƯƠNG TRÌNH HỢP TÁC
GIỮA ỦY BAN NHÂN DÂN TỈNH VĨNH LONG VÀ TRƯỜNG ĐẠI HỌC CẦN THƠ
GIAI ĐOẠN 2024 - 2028

Căn cứ kết quả thực hiện Chương trình hợp tác giai đoạn 2019 - 2023 đã được hai bên ký kết,

Ủy ban nhân dân tỉnh Vĩnh Long và Trường Đại học Cần Thơ thống nhất ký kết Chương trình hợp tác với các nội dung sau:
"""


def test_an_earlier_agreement_a_draft_cites_as_signed_is_no_draft() -> None:
    found = {(a.start_year, a.draft, a.signed) for _, a in gather(LETTER_WITH_DRAFT).agreements}
    assert (2024, True, False) in found and (2019, False, True) in found



def test_a_contract_cited_by_its_number_with_its_year_was_signed() -> None:
    from test_partylabels import HANDOVER
    cited = ("\nI. CĂN CỨ BÀN GIAO\n- Hợp đồng chuyển giao công nghệ số 07/2026/HĐCGCN ngày 15/01/2026 giữa Viện Khoa học "
             "Kỹ thuật Nông Lâm nghiệp Tây Nguyên và Hợp tác xã Nông nghiệp Công bằng Krông Năng, thời hạn thực hiện từ tháng "
             "01/2026 đến tháng 12/2027;\n")
    text = HANDOVER.replace("\nĐẠI DIỆN BÊN B", cited + "\nĐẠI DIỆN BÊN B", 1)
    found = [(a.start_year, a.end_year, a.signed) for _, a in gather(text).agreements]
    assert found == [(2026, 2027, True)]


@pytest.mark.parametrize("text, found", [
    # a national programme reviewed by ministries working together: no agreement between them
    ("Ngày 15/01/2026, tại Hà Nội, Bộ Khoa học và Công nghệ phối hợp với Bộ Công Thương tổ chức Hội nghị tổng kết "
     "Chương trình phát triển sản phẩm quốc gia giai đoạn 2021 - 2025.", []),
    # ... or one named by its long task, commas and all
    ("Ngày 15/01/2026, Bộ Khoa học và Công nghệ phối hợp với Ủy ban nhân dân tỉnh Điện Biên tổ chức Hội nghị tổng kết "
     "Chương trình hỗ trợ ứng dụng, chuyển giao tiến bộ khoa học và công nghệ thúc đẩy phát triển kinh tế - xã hội nông "
     "thôn, miền núi, vùng dân tộc thiểu số giai đoạn 2016 - 2025.", []),
    # ... but a programme of cooperation is one
    ("Bộ Khoa học và Công nghệ và Ủy ban nhân dân tỉnh Sơn La tổng kết Chương trình hợp tác giai đoạn 2021 - 2025.",
     [(["Bộ Khoa học và Công nghệ", "Ủy ban nhân dân tỉnh Sơn La"], 2021, 2025)]),
])
def test_a_national_programme_is_no_agreement(text: str, found: list) -> None:
    assert [(sorted(p.name for p in a.parties), a.start_year, a.end_year) for _, a in gather(text).agreements] == found


def test_an_agreement_a_speech_looks_back_on_was_signed() -> None:
    body = ("Nhìn lại Chương trình hợp tác giai đoạn 2019 - 2023 giữa UBND tỉnh Long An và Đại học Quốc gia TP. Hồ Chí "
            "Minh, hai bên đã triển khai 21 nhiệm vụ.")
    assert _found(body) == [(["Đại học Quốc gia thành phố Hồ Chí Minh", "Ủy ban nhân dân tỉnh Long An"], 2019, 2023, True)]


def test_an_earlier_agreement_whose_signers_are_named_in_the_passive_was_signed_by_them() -> None:
    body = ("Chương trình kế thừa Thỏa thuận hợp tác giai đoạn 2021 - 2025 đã được Sở KH&CN tỉnh Bình Định (cũ) và "
            "Trường Đại học Quy Nhơn ký kết năm 2021.")
    assert (["Sở Khoa học và Công nghệ tỉnh Bình Định", "Trường Đại học Quy Nhơn"], 2021, 2025, True) in _found(body)


def test_an_agreement_a_report_proposes_after_the_one_it_reviews_is_still_to_come() -> None:
    body = ("Tổng kết Chương trình hợp tác giữa UBND tỉnh Ninh Thuận và Viện Hàn lâm Khoa học và Công nghệ Việt Nam giai đoạn "
            "2016 - 2020: hai bên đã triển khai 17 nhiệm vụ.\n\nTrường kính đề nghị Ủy ban nhân dân tỉnh Ninh Thuận "
            "thống nhất với Viện Hàn lâm Khoa học và Công nghệ Việt Nam tiếp tục xây dựng và ký kết Chương trình hợp tác "
            "giai đoạn 2021 - 2025.")
    parties = ["Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "Ủy ban nhân dân tỉnh Ninh Thuận"]
    assert (parties, 2021, 2025, False) in _found(body)



@pytest.mark.parametrize("sentence", [
    # carried out to its end
    "2. Hợp tác: Chương trình phối hợp giữa UBND tỉnh Thanh Hóa và Trường Đại học Hồng Đức giai đoạn 2021 - 2025 đã "
    "hoàn thành; Trường đang xây dựng chương trình mới.",
    # signed and carried out, the verbs joined before the noun
    "UBND tỉnh Thanh Hóa và Trường Đại học Hồng Đức đã ký kết và thực hiện Chương trình hợp tác giai đoạn 2021 - 2025, "
    "triển khai 14 đề tài.",
])
def test_an_earlier_agreement_completed_or_signed_and_carried_out_was_signed(sentence: str) -> None:
    body = "Trường và UBND tỉnh Thanh Hóa ký kết Chương trình hợp tác giai đoạn 2026 - 2030.\n\n" + sentence
    assert (["Trường Đại học Hồng Đức", "Ủy ban nhân dân tỉnh Thanh Hóa"], 2021, 2025, True) in _found(body)


@pytest.mark.parametrize("verb", ["đã ký kết và thực hiện", "đã ký kết và triển khai"])
def test_an_earlier_agreement_signed_and_carried_out_with_a_partner_after_its_name(verb: str) -> None:
    text = ("Sáng 20/10/2025, Bộ Khoa học và Công nghệ và UBND tỉnh Quảng Ngãi ký kết Chương trình phối hợp giai đoạn "
            f"2025 - 2030.\n\nTrước đó, Bộ Khoa học và Công nghệ {verb} Chương trình phối hợp với UBND tỉnh Kon Tum (cũ) giai "
            "đoạn 2021 - 2025, qua đó hỗ trợ 17 nhiệm vụ.\n")
    found = {(tuple(sorted(p.name for p in a.parties)), a.start_year, a.signed) for _, a in gather(text).agreements}
    assert (("Bộ Khoa học và Công nghệ", "Ủy ban nhân dân tỉnh Kon Tum"), 2021, True) in found
