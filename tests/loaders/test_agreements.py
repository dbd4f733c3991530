"""Agreements: parties, period, status, declared contents, clauses across blank lines."""

from __future__ import annotations

import pytest

from vnst.loaders.extract import gather

PROGRAMME = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG -
UBND TỈNH QUẢNG NINH

CHƯƠNG TRÌNH PHỐI HỢP
GIỮA BỘ THÔNG TIN VÀ TRUYỀN THÔNG VÀ ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH GIAI ĐOẠN 2023 – 2027

I. MỤC TIÊU

1. Phát triển chính quyền số.

II. NỘI DUNG PHỐI HỢP

1. Xây dựng Trung tâm điều hành thông minh của tỉnh.

2. Hỗ trợ tỉnh phát triển Khu công nghệ thông tin tập trung, thu hút doanh nghiệp vào

địa bàn tỉnh.

3. Phối hợp với Sở Thông tin và Truyền thông tỉnh Quảng Ninh bảo đảm an toàn thông tin.

III. TỔ CHỨC THỰC HIỆN

1. Giao Sở Thông tin và Truyền thông là đầu mối.
"""


def test_programme_parties_period_clauses() -> None:
    m = gather(PROGRAMME)
    [(_, agreement)] = m.agreements
    assert {p.name for p in agreement.parties} == {"Bộ Thông tin và Truyền thông",
                                                   "Ủy ban nhân dân tỉnh Quảng Ninh"}
    assert (agreement.start_year, agreement.end_year) == (2023, 2027)
    assert [c.number for c in agreement.clauses] == [1, 2, 3]
    assert all(c.section == "II" for c in agreement.clauses)
    assert agreement.clauses[1].text.endswith("thu hút doanh nghiệp vào địa bàn tỉnh.")
    assert [o.name for o in agreement.clauses[2].orgs] == ["Sở Thông tin và Truyền thông tỉnh Quảng Ninh"]


def test_news_of_signing() -> None:
    text = ("Thứ Ba, 15/09/2020, 16:20\n\nSáng ngày 14/9/2020, tại Trung tâm Hành chính thành phố Đà Nẵng, "
            "Ủy ban nhân dân thành phố Đà Nẵng và Đại học Quốc gia TP. Hồ Chí Minh đã ký kết thỏa thuận hợp tác "
            "giai đoạn 2020 - 2025. Thỏa thuận có 6 nội dung hợp tác.\n")
    [(_, agreement)] = gather(text).agreements
    assert agreement.signed and not agreement.draft
    assert agreement.declared_clauses[0] == 6
    assert agreement.signing_date is not None and agreement.signing_date.value.isoformat() == "2020-09-14"
    assert {p.key for p in agreement.parties} == {"uy-ban-nhan-dan-thanh-pho-da-nang",
                                                  "dai-hoc-quoc-gia-thanh-pho-ho-chi-minh"}


def test_fields_are_not_contents() -> None:
    text = ("Lễ ký kết hợp tác giữa tỉnh Cà Mau với Trường Đại học Cần Thơ giai đoạn 2021-2025\n"
            "Nội dung ký kết tập trung hợp tác vào 3 lĩnh vực: nông nghiệp; thủy sản; môi trường.\n")
    [(_, agreement)] = gather(text).agreements
    assert agreement.declared_clauses is None
    assert agreement.declared_fields[0] == 3
    assert agreement.fields == ["nông nghiệp", "thủy sản", "môi trường"]


def test_no_agreement_without_two_parties() -> None:
    text = "Chương trình hỗ trợ doanh nghiệp nhỏ và vừa, khởi nghiệp đổi mới sáng tạo giai đoạn 2021 - 2030."
    assert gather(text).agreements == []


TITLED = """ỦY BAN NHÂN DÂN TỈNH NINH THUẬN

CHƯƠNG TRÌNH HỢP TÁC
về chuyển đổi số và năng lượng tái tạo
giữa Trường Đại học Bách khoa Hà Nội và Ủy ban nhân dân tỉnh Ninh Thuận
giai đoạn 2025 – 2029

II. NỘI DUNG HỢP TÁC

1. Nghiên cứu điện gió ngoài khơi, hỗ trợ tỉnh lập bản đồ tiềm năng và

{BREAK}

đánh giá tác động môi trường.

2. Đào tạo kỹ sư năng lượng.

III. TỔ CHỨC THỰC HIỆN
"""


@pytest.mark.parametrize("page_break", ["-- Trang 2 --", "2", "Trang 2/4", "- 2 -",
                                        "CHƯƠNG TRÌNH HỢP TÁC ĐẠI HỌC - TỈNH\n\n3"])
def test_title_on_its_own_line_and_clause_across_a_page_break(page_break: str) -> None:
    text = TITLED.replace("{BREAK}", page_break)
    if "\n" in page_break:   # a running header printed on an earlier page too
        text = page_break.split("\n")[0] + "\n\n" + text
    [(_, agreement)] = gather(text).agreements
    assert (agreement.start_year, agreement.end_year) == (2025, 2029)
    assert len(agreement.parties) == 2
    assert [c.number for c in agreement.clauses] == [1, 2]
    assert agreement.clauses[0].text == ("Nghiên cứu điện gió ngoài khơi, hỗ trợ tỉnh lập bản đồ tiềm năng và "
                                         "đánh giá tác động môi trường.")


def test_a_capitalised_paragraph_ends_a_clause() -> None:
    text = TITLED.replace("{BREAK}", "Ghi chú: nội dung này do hai bên thống nhất.")
    [(_, agreement)] = gather(text).agreements
    assert agreement.clauses[0].text.endswith("tiềm năng và")


@pytest.mark.parametrize("sentence, signed", [
    ("Sáng 12/5, UBND tỉnh Kon Tum và Trường Đại học Đà Nẵng đã ký kết Thỏa thuận hợp tác về khoa học.", True),
    ("Ngày 03/7/2020, Bộ Khoa học và Công nghệ và Ủy ban nhân dân tỉnh Kon Tum ký kết Chương trình phối hợp "
     "về đổi mới sáng tạo.", True),
    # a signing agreed for later: an agreement, not signed (the annotation guideline's planned agreement)
    ("UBND tỉnh Kon Tum và Trường Đại học Đà Nẵng dự kiến ký kết Thỏa thuận hợp tác vào quý IV.", False),
    # a proposal to prepare one is not yet an agreement

    ("Đề nghị Trường Đại học Đà Nẵng và UBND tỉnh Kon Tum chuẩn bị ký kết Thỏa thuận hợp tác.", None),
])
def test_a_signing_reported_without_a_period(sentence: str, signed: bool | None) -> None:
    agreements = gather("Tin tức\n\n" + sentence + "\n").agreements
    if signed is None:
        assert agreements == []
        return
    [(_, agreement)] = agreements
    assert (agreement.start_year, agreement.end_year) == (None, None)
    assert len({p.key for p in agreement.parties}) == 2
    assert agreement.signed is signed


def test_a_dated_statement_of_signing_gives_the_signing_date() -> None:
    text = ("BÁO CÁO\nKết quả thực hiện Chương trình phối hợp giữa Bộ Khoa học và Công nghệ và Ủy ban nhân dân "
            "tỉnh Kon Tum giai đoạn 2019 - 2023\nNgày 15/3/2019, Bộ Khoa học và Công nghệ và Ủy ban nhân dân tỉnh "
            "Kon Tum ký kết Chương trình phối hợp giai đoạn 2019 - 2023.\n")
    [(_, agreement)] = gather(text).agreements
    assert agreement.signed
    assert agreement.signing_date is not None and str(agreement.signing_date.value) == "2019-03-15"


def test_an_agreement_without_a_period_is_built_without_one() -> None:
    from rdflib import RDF

    from vnst.loaders.document import text_batch
    from vnst.ontology import VNST

    text = "Tin tức\n\nNgày 12/5/2021, UBND tỉnh Kon Tum và Trường Đại học Đà Nẵng ký kết Thỏa thuận hợp tác.\n"
    batch = text_batch(text, path="kontum.txt")
    facts = next(g for name, g in batch.graphs.items() if "/graph/src/" in name)
    [agreement] = facts.subjects(RDF.type, VNST.CooperationAgreement)
    assert str(agreement).endswith("/ky-ngay-2021-05-12")
    assert facts.value(agreement, VNST.period) is None


def test_a_planned_programme_with_a_partner_after_voi_and_a_bare_ministry() -> None:
    text = ("Đoàn công tác của Bộ Y tế làm việc với tỉnh Kon Tum.\n\nThứ trưởng cho biết Bộ sẽ phối hợp với "
            "UBND tỉnh Kon Tum xây dựng Chương trình phối hợp về y tế giai đoạn 2025 - 2030, dự kiến ký kết "
            "trong quý IV.\n")
    [(_, agreement)] = gather(text).agreements
    assert {p.name for p in agreement.parties} == {"Bộ Y tế", "Ủy ban nhân dân tỉnh Kon Tum"}
    assert not agreement.signed and not agreement.draft


LETTER = ("ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nSố: 88/UBND-KGVX\n\nKon Tum, ngày 02 tháng 10 năm 2023\n\n"
          "Kính gửi: Trường Đại học Đà Nẵng\n\n"
          "Việc thực hiện Chương trình hợp tác giữa UBND tỉnh Kon Tum và Trường Đại học Đà Nẵng giai đoạn "
          "2017 - 2021 (ký kết ngày 12/4/2017) đạt nhiều kết quả.\n\n"
          "UBND tỉnh đề nghị Trường thống nhất dự thảo Chương trình hợp tác giữa UBND tỉnh Kon Tum và Trường "
          "Đại học Đà Nẵng giai đoạn 2024 - 2028.\n")


def test_a_letter_speaks_of_the_programme_it_proposes_and_of_an_earlier_one() -> None:
    found = {(a.start_year, a.end_year): a for _, a in gather(LETTER).agreements}
    assert set(found) == {(2017, 2021), (2024, 2028)}
    assert found[(2024, 2028)].draft and not found[(2024, 2028)].signed
    earlier = found[(2017, 2021)]
    assert earlier.signed and not earlier.draft and str(earlier.signing_date.value) == "2017-04-12"


def test_a_memorandum_cited_as_a_basis_is_a_signed_agreement_without_a_period() -> None:
    text = ("CHƯƠNG TRÌNH HỢP TÁC\ngiữa Ủy ban nhân dân tỉnh Kon Tum và Trường Đại học Đà Nẵng\n"
            "giai đoạn 2023 - 2027\n\n"
            "Căn cứ Biên bản ghi nhớ ngày 10/3/2022 giữa UBND tỉnh Kon Tum và Trường Đại học Đà Nẵng;\n"
            "Căn cứ Nghị quyết số 05-NQ/TU ngày 01/02/2021 của Tỉnh ủy Kon Tum giai đoạn 2021 - 2025;\n\n"
            "I. MỤC ĐÍCH\n\n1. Phát huy tiềm lực.\n\nII. NỘI DUNG HỢP TÁC\n\n1. Đào tạo nhân lực.\n\n"
            "III. TỔ CHỨC THỰC HIỆN\n\n1. Giao Sở Khoa học và Công nghệ là đầu mối.\n")
    agreements = [a for _, a in gather(text).agreements]
    assert [(a.start_year, a.end_year) for a in agreements] == [(2023, 2027), (None, None)]
    assert agreements[1].signed and str(agreements[1].signing_date.value) == "2022-03-10"


@pytest.mark.parametrize("tail, signed", [
    ("được ký kết ngày 05/6/2022 với 6 nhóm nội dung.", True),
    ("được ký vào ngày 05/6/2022.", True),
    ("sẽ được ký kết vào tháng 9 năm 2022.", False),
    ("dự kiến được ký kết ngày 05/6/2022.", False),
])
def test_a_programme_reported_as_signed_in_the_passive(tail: str, signed: bool) -> None:
    text = ("Thứ Tư, 08/11/2023 10:15\n\nĐoàn công tác của Bộ Y tế làm việc với UBND tỉnh Lâm Đồng về Chương trình "
            "phối hợp giữa Bộ Y tế và UBND tỉnh Lâm Đồng giai đoạn 2022 - 2026.\n\n"
            "Giám đốc Sở Y tế cho biết Chương trình phối hợp giữa Bộ Y tế và UBND tỉnh " + tail + "\n")
    [(_, agreement)] = gather(text).agreements
    assert (agreement.start_year, agreement.end_year) == (2022, 2026)
    assert agreement.signed is signed


@pytest.mark.parametrize("rest", [
    ", hai bên đã phối hợp thực hiện nhiều nhiệm vụ.",
    " và các đơn vị liên quan, hai bên đã phối hợp thực hiện nhiều nhiệm vụ.",
])
def test_parties_named_after_the_period(rest: str) -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\n\nSố: 31/UBND-KGVX\n\nKhánh Hòa, ngày 04 tháng 4 năm 2024\n\n"
            "Kính gửi: Trường Đại học Nha Trang\n\n"
            "Thời gian qua, thực hiện Thỏa thuận hợp tác giai đoạn 2016 - 2020 đã ký kết ngày 03/3/2016 giữa "
            "UBND tỉnh Khánh Hòa và Trường Đại học Nha Trang" + rest + "\n")
    [(_, agreement)] = gather(text).agreements
    assert {p.name for p in agreement.parties} == {"Ủy ban nhân dân tỉnh Khánh Hòa", "Trường Đại học Nha Trang"}
    assert (agreement.start_year, agreement.end_year) == (2016, 2020)
    assert agreement.signed and str(agreement.signing_date.value) == "2016-03-03"


@pytest.mark.parametrize("label_a, label_b", [
    ("BÊN A: SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH KHÁNH HÒA", "BÊN B: TRƯỜNG ĐẠI HỌC NHA TRANG"),
    ("BÊN A (BÊN ĐẶT HÀNG): SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH KHÁNH HÒA", "BÊN B (BÊN THỰC HIỆN): TRƯỜNG ĐẠI HỌC NHA TRANG"),
    ("Bên A (bên đặt hàng): Sở Khoa học và Công nghệ tỉnh Khánh Hòa",
     "Bên B (bên thực hiện): Trường Đại học Nha Trang"),
    ("BÊN THỨ NHẤT: SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH KHÁNH HÒA", "BÊN THỨ HAI: TRƯỜNG ĐẠI HỌC NHA TRANG"),
])
def test_parties_from_the_party_blocks_under_a_title_without_giua(label_a: str, label_b: str) -> None:
    text = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "THỎA THUẬN HỢP TÁC\nVỀ CHUYỂN GIAO CÔNG NGHỆ\nGIAI ĐOẠN 2022 - 2024\n\n"
            "Hôm nay, ngày 10 tháng 3 năm 2022, tại thành phố Nha Trang, chúng tôi gồm:\n\n"
            f"{label_a}\n- Đại diện: ông Trần Văn Hải\n\n"
            f"{label_b}\n- Đại diện: ông Lê Minh Tú\n\n"
            "Hai bên thống nhất ký kết Thỏa thuận hợp tác với các nội dung sau:\n\n"
            "I. NỘI DUNG HỢP TÁC\n\n1) Nghiên cứu nuôi trồng thủy sản.\n2) Đào tạo kỹ sư chế biến.\n\n"
            "II. TỔ CHỨC THỰC HIỆN\n\n1) Hai bên cử đầu mối.\n")
    [(_, agreement)] = gather(text).agreements
    assert {p.name for p in agreement.parties} == {"Sở Khoa học và Công nghệ tỉnh Khánh Hòa",
                                                   "Trường Đại học Nha Trang"}
    assert (agreement.start_year, agreement.end_year) == (2022, 2024)
    assert [c.number for c in agreement.clauses] == [1, 2]


REPORT = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n\nSố: 140/BC-UBND\n\nHà Giang, ngày 20 tháng 11 năm 2023\n\n"
          "BÁO CÁO\nKết quả hoạt động khoa học và công nghệ năm 2023\n\n"
          "UBND tỉnh đã ký kết Chương trình hợp tác với Trường Đại học Thái Nguyên giai đoạn 2020 - 2025 "
          "(ngày 10/5/2020) và phối hợp với các viện triển khai 9 nhiệm vụ.\n\n"
          "II. NHIỆM VỤ NĂM 2024\n\n1. Tổng kết Chương trình hợp tác với Trường Đại học Thái Nguyên; tham mưu "
          "UBND tỉnh ký kết Chương\ntrình phối hợp với Bộ Y tế giai đoạn 2026 - 2030.\n")


def test_a_partner_named_after_the_agreement_and_voi() -> None:
    found = {(a.start_year, a.end_year): a for _, a in gather(REPORT).agreements}
    assert set(found) == {(2020, 2025), (2026, 2030)}
    assert {p.name for p in found[(2020, 2025)].parties} == {"Ủy ban nhân dân tỉnh Hà Giang",
                                                              "Trường Đại học Thái Nguyên"}
    assert found[(2020, 2025)].signed
    # the second task of the item ('; tham mưu ... ký kết'): a planned programme, its own parties
    assert {p.name for p in found[(2026, 2030)].parties} == {"Ủy ban nhân dân tỉnh Hà Giang", "Bộ Y tế"}
    assert not found[(2026, 2030)].signed and not found[(2026, 2030)].draft


@pytest.mark.parametrize("sentence, expected", [
    ("Cũng trong dịp này, Sở Khoa học và Công nghệ tỉnh Gia Lai và Trường Đại học Nông Lâm TP. Hồ Chí Minh "
     "đã ký kết thỏa thuận hợp tác về chuyển giao công nghệ.",
     [["so-khoa-hoc-va-cong-nghe-tinh-gia-lai", "truong-dai-hoc-nong-lam-thanh-pho-ho-chi-minh"]]),
    ("Sau lễ ký, UBND tỉnh Gia Lai và Trường Đại học Tây Nguyên đã ký kết biên bản ghi nhớ về "
     "đào tạo.", []),   # the same parties again: the agreement already found
    # one agreed to be signed later is a further agreement, not signed
    ("Sở Khoa học và Công nghệ tỉnh Gia Lai và Trường Đại học Nông Lâm TP. Hồ Chí Minh dự kiến ký kết thỏa thuận "
     "hợp tác vào năm sau.",
     [["so-khoa-hoc-va-cong-nghe-tinh-gia-lai", "truong-dai-hoc-nong-lam-thanh-pho-ho-chi-minh", "planned"]]),
    # a memorandum handed over between two centres listed after 'giữa ... với'
    ("Dịp này, hai bên đã trao biên bản ghi nhớ giữa Trung tâm Ứng dụng tiến bộ khoa học và công nghệ Gia Lai "
     "với Trung tâm Khuyến nông tỉnh Gia Lai về chuyển giao giống.",
     [["trung-tam-khuyen-nong-tinh-gia-lai", "trung-tam-ung-dung-tien-bo-khoa-hoc-va-cong-nghe-gia-lai"]]),
])
def test_a_further_agreement_without_a_period(sentence: str, expected: list[list[str]]) -> None:
    text = ("Thứ Sáu, 12/05/2023 09:00\n\nSáng 11/5, UBND tỉnh Gia Lai và Trường Đại học Tây Nguyên đã ký kết "
            "Chương trình hợp tác giai đoạn 2023 - 2027.\n\n" + sentence + "\n")
    agreements = [a for _, a in gather(text).agreements]
    assert (agreements[0].start_year, agreements[0].end_year) == (2023, 2027)
    further = agreements[1:]
    assert [a.party_keys + ([] if a.signed else ["planned"]) for a in further] == expected
    assert all(a.start_year is None for a in further)


@pytest.mark.parametrize("opening, date", [
    ("Hôm nay, ngày 10 tháng 3 năm 2022, tại thành phố Nha Trang, chúng tôi gồm:", "2022-03-10"),
    ("Hôm nay, vào ngày 10/3/2022 tại thành phố Nha Trang, chúng tôi gồm:", "2022-03-10"),
    ("Chúng tôi gồm:", None),
])
def test_the_opening_of_a_signed_text_gives_its_signing_date_and_place(opening: str, date: str | None) -> None:
    text = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nTHỎA THUẬN HỢP TÁC\nGIAI ĐOẠN 2022 - 2024\n\n"
            f"{opening}\n\nBÊN A: SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH KHÁNH HÒA\n\n"
            "BÊN B: TRƯỜNG ĐẠI HỌC NHA TRANG\n\n"
            "Hai bên thống nhất ký kết Thỏa thuận hợp tác với các nội dung sau:\n\n"
            "I. NỘI DUNG HỢP TÁC\n\n1) Nghiên cứu nuôi trồng thủy sản.\n2) Đào tạo kỹ sư chế biến.\n")
    [(_, agreement)] = gather(text).agreements
    found = agreement.signing_date.value.isoformat() if agreement.signing_date else None
    assert found == date
    place = text[slice(*agreement.signing_place)] if agreement.signing_place else None
    assert place == ("thành phố Nha Trang" if date else None)


@pytest.mark.parametrize("preamble, years", [
    ("Viện Năng lượng nguyên tử Việt Nam (sau đây gọi là Viện) và Ủy ban nhân dân tỉnh Bình Định thống nhất "
     "ký kết Chương trình phối hợp với các nội dung sau:", (2024, 2028)),
    ("Viện Năng lượng nguyên tử Việt Nam và Ủy ban nhân dân tỉnh Bình Định cùng ký kết Chương trình phối hợp "
     "này.", (2024, 2028)),
    ("Căn cứ đề nghị của các bên,", None),   # no preamble naming both parties: no agreement
])
def test_a_title_gives_the_period_and_the_preamble_the_parties(preamble: str, years: tuple[int, int] | None) -> None:
    text = ("VIỆN NĂNG LƯỢNG NGUYÊN TỬ VIỆT NAM\n\nỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\n\nSố: 08/CTPH-VNLNT-UBND\n\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "CHƯƠNG TRÌNH PHỐI HỢP\nVề ứng dụng kỹ thuật hạt nhân trong nông nghiệp,\n"
            "y tế trên địa bàn tỉnh Bình Định giai đoạn 2024 - 2028\n\n"
            "Căn cứ Luật Năng lượng nguyên tử năm 2008;\n\n"
            f"{preamble}\n\n"
            "I. NỘI DUNG PHỐI HỢP\n1) Chiếu xạ bảo quản nông sản.\n2) Đào tạo cán bộ y học hạt nhân.\n\n"
            "II. TỔ CHỨC THỰC HIỆN\n1. Hai bên cử đầu mối.\n")
    agreements = [a for _, a in gather(text).agreements]
    if years is None:
        assert agreements == []
        return
    [agreement] = agreements
    assert (agreement.start_year, agreement.end_year) == years
    assert agreement.party_keys == ["uy-ban-nhan-dan-tinh-binh-dinh", "vien-nang-luong-nguyen-tu-viet-nam"]


@pytest.mark.parametrize("date_line, where, expected", [
    ("Quy Nhơn, ngày 14 tháng 7 năm 2023", "foot", ("2023-07-14", "Quy Nhơn")),
    ("Quy Nhơn, ngày 14 tháng 7 năm 2023", "head", ("2023-07-14", "Quy Nhơn")),
    ("Quy Nhơn, ngày      tháng 7 năm 2023", "foot", None),   # left blank: no signing date
])
def test_a_signed_programme_is_dated_by_its_place_date_line(date_line: str, where: str,
                                                             expected: tuple[str, str] | None) -> None:
    head = date_line + "\n\n" if where == "head" else ""
    foot = date_line + "\n\n" if where == "foot" else ""
    text = ("ỦY BAN NHÂN DÂN                     TRƯỜNG ĐẠI HỌC QUY NHƠN\nTỈNH BÌNH ĐỊNH\n\n" + head +
            "CHƯƠNG TRÌNH HỢP TÁC\nGIỮA ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH VÀ TRƯỜNG ĐẠI HỌC QUY NHƠN\n"
            "GIAI ĐOẠN 2023 - 2026\n\n"
            "I. NỘI DUNG HỢP TÁC\n1. Đào tạo kỹ sư công nghệ thông tin.\n2. Nghiên cứu vật liệu mới.\n\n"
            "II. TỔ CHỨC THỰC HIỆN\n1. Hai bên cử đầu mối.\n\n" + foot +
            "TM. ỦY BAN NHÂN DÂN TỈNH             TRƯỜNG ĐẠI HỌC QUY NHƠN\nCHỦ TỊCH                              HIỆU TRƯỞNG\n"
            "(Đã ký)                               (Đã ký)\n\nPhạm Anh Tuấn                         Đoàn Minh Khoa\n")
    [(_, agreement)] = gather(text).agreements
    assert agreement.signed
    found = (agreement.signing_date.value.isoformat(), text[slice(*agreement.signing_place)]) \
        if agreement.signing_date else None
    assert found == expected


NEWS_OF_A_SIGNING = ("Thứ Tư, 08/11/2023, 10:30\n\n{opening}, UBND tỉnh Bình Định và Trường Đại học Quy Nhơn "
                     "đã tổ chức lễ ký kết chương trình hợp tác về đào tạo nguồn nhân lực.\n\n"
                     "Dự lễ ký kết có ông Phạm Anh Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Bình Định; "
                     "PGS.TS Đoàn Minh Khoa, Hiệu trưởng Trường Đại học Quy Nhơn; ông Trần Văn Hải, Giám đốc "
                     "Sở Khoa học và Công nghệ tỉnh Bình Định.\n\n{caption}\n")


@pytest.mark.parametrize("opening, caption, date, place, signers", [
    ("Sáng 7/11, tại TP. Quy Nhơn",
     "Chủ tịch UBND tỉnh Phạm Anh Tuấn và Hiệu trưởng Trường Đại học Quy Nhơn Đoàn Minh Khoa ký kết chương "
     "trình hợp tác. Ảnh: Hoài Thu",
     "2023-11-07", "TP. Quy Nhơn", {("Phạm Anh Tuấn", "chu-tich"), ("Đoàn Minh Khoa", "hieu-truong")}),
    ("Chiều 29/12", "Phát biểu tại lễ ký kết, Chủ tịch UBND tỉnh Phạm Anh Tuấn đề nghị hai bên phối hợp chặt chẽ.",
     "2022-12-29", None, set()),
    ("Sáng nay, tại buổi làm việc", "Các đại biểu chụp ảnh lưu niệm.", None, None, set()),
])
def test_news_of_a_signing_gives_its_date_place_and_signers_not_its_guests(
        opening: str, caption: str, date: str | None, place: str | None, signers: set[tuple[str, str]]) -> None:
    text = NEWS_OF_A_SIGNING.format(opening=opening, caption=caption)
    [(_, agreement)] = gather(text).agreements
    assert agreement.signed
    assert (agreement.signing_date.value.isoformat() if agreement.signing_date else None) == date
    assert (text[slice(*agreement.signing_place)] if agreement.signing_place else None) == place
    assert {(p.name, p.title) for p in agreement.signatories} == signers


@pytest.mark.parametrize("sentence, expected", [
    # cooperation in general, with a period, but no agreement named: none
    ("Đoàn công tác của Bộ Khoa học và Công nghệ làm việc với Ủy ban nhân dân tỉnh Hà Giang về kết quả hoạt động "
     "KH&CN giai đoạn 2021 - 2023 và định hướng phối hợp trong thời gian tới.", []),
    # a programme named by its number is one in force: signed, dated by the date beside the number
    ("Trong giai đoạn 2017 - 2021, thực hiện Chương trình phối hợp số 07/CTPH-BKHCN-UBND ngày 24/3/2017 giữa "
     "Bộ Khoa học và Công nghệ và Ủy ban nhân dân tỉnh Cao Bằng, tỉnh đã được hỗ trợ 14 dự án.",
     [((2017, 2021), True, "2017-03-24")]),
])
def test_cooperation_without_an_agreement_and_one_cited_by_its_number(
        sentence: str, expected: list[tuple[tuple[int, int], bool, str]]) -> None:
    text = "ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\n\nSố: 12/UBND-KT\n\nKính gửi: Bộ Khoa học và Công nghệ\n\n" + sentence + "\n"
    agreements = [a for _, a in gather(text).agreements]
    assert [((a.start_year, a.end_year), a.signed, str(a.signing_date.value) if a.signing_date else None)
            for a in agreements] == expected


def test_the_province_as_the_subject_is_its_committee() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ\n\nSố: 12/BC-UBND\n\nBÁO CÁO\n\nTỉnh đã ký kết Chương trình hợp "
            "tác với Đại học Huế giai đoạn 2021 - 2025, trong đó giao Sở KH&CN phối hợp.\n")
    assert [(a.party_keys, a.start_year, a.signed) for _, a in gather(text).agreements] == [
        (["dai-hoc-hue", "uy-ban-nhan-dan-tinh-thua-thien-hue"], 2021, True)]



def test_a_period_written_from_year_to_year_and_contents_counted_in_words() -> None:
    text = ("Sáng 13/7, UBND tỉnh Hậu Giang và Trường Đại học Cần Thơ đã tổ chức lễ ký kết chương trình hợp tác "
            "giai đoạn từ năm 2024 đến năm 2028. Theo chương trình vừa ký, hai bên thống nhất sáu nội dung hợp tác.\n")
    [(_, agreement)] = gather(text).agreements
    assert (agreement.start_year, agreement.end_year) == (2024, 2028)
    assert agreement.declared_clauses[0] == 6


def test_a_programme_to_be_drawn_up_between_two_bodies_is_planned() -> None:
    text = ("Bộ thống nhất giao Văn phòng Bộ làm đầu mối, phối hợp với Sở KH&CN tỉnh Cà Mau xây dựng chương trình "
            "phối hợp giữa Bộ Y tế và UBND tỉnh Cà Mau để sớm ký kết.\n")
    [(_, agreement)] = gather(text).agreements
    assert {p.name for p in agreement.parties} == {"Bộ Y tế", "Ủy ban nhân dân tỉnh Cà Mau"}
    assert not agreement.signed and not agreement.draft and agreement.start_year is None


@pytest.mark.parametrize("heading", ["3. Hợp tác, đào tạo nguồn nhân lực\n", "II. Hợp tác quốc tế\n"])
def test_a_numbered_heading_is_not_part_of_the_sentence_under_it(heading: str) -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n\nBÁO CÁO\nKết quả thực hiện năm 2023\n\n" + heading + "Tỉnh đã ký kết Chương trình hợp tác với Trường "
            "Đại học Vinh giai đoạn 2021 - 2025, trong đó giao Sở KH&CN chủ trì.\n")
    agreements = [a for _, a in gather(text).agreements]
    assert [(sorted(p.name for p in a.parties), a.start_year, a.signed) for a in agreements] == [
        (["Trường Đại học Vinh", "Ủy ban nhân dân tỉnh Nghệ An"], 2021, True)]


def test_a_joint_plan_names_its_parties_after_giua_and_not_the_body_of_a_cited_resolution() -> None:
    text = ("SỞ Y TẾ TỈNH PHÚ YÊN          TRƯỜNG ĐẠI HỌC Y DƯỢC HUẾ\nSố: 12/KHPH-SYT-ĐHYD\n\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nKẾ HOẠCH PHỐI HỢP\n"
            "giữa Sở Y tế tỉnh Phú Yên và Trường Đại học Y Dược Huế\n"
            "thực hiện Nghị quyết số 20-NQ/TW của Ban Chấp hành Trung ương, giai đoạn 2024 - 2028\n\n"
            "I. MỤC ĐÍCH\n\n1. Nâng cao chất lượng khám chữa bệnh.\n\nII. NỘI DUNG PHỐI HỢP\n\n"
            "1. Đào tạo bác sĩ chuyên khoa\n- Đơn vị chủ trì: Trường Đại học Y Dược Huế.\n\n"
            "2. Chuyển giao kỹ thuật\n- Đơn vị chủ trì: Sở Y tế.\n\nNơi nhận:\n- Như trên;\n")
    [(_, agreement)] = gather(text).agreements
    assert sorted(p.name for p in agreement.parties) == ["Sở Y tế tỉnh Phú Yên", "Trường Đại học Y Dược Huế"]
    assert (agreement.start_year, agreement.end_year) == (2024, 2028)
    assert [c.text.split("-")[0].strip() for c in agreement.clauses] == ["Đào tạo bác sĩ chuyên khoa", "Chuyển giao kỹ thuật"]


_BILINGUAL_MOU = """BIÊN BẢN GHI NHỚ
MEMORANDUM OF UNDERSTANDING

VỀ HỢP TÁC NGHIÊN CỨU NÔNG NGHIỆP GIAI ĐOẠN 2021 - 2025
ON COOPERATION IN AGRICULTURAL RESEARCH FOR THE PERIOD 2021 - 2025

giữa / between

SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH LÂM ĐỒNG, VIỆT NAM
DEPARTMENT OF SCIENCE AND TECHNOLOGY OF LAM DONG PROVINCE, VIET NAM

và / and

TRƯỜNG ĐẠI HỌC WAGENINGEN
WAGENINGEN UNIVERSITY

Điều 1. Mục đích / Article 1. Purpose

Thiết lập khuôn khổ hợp tác về nông nghiệp công nghệ cao.

Điều 2. Lĩnh vực hợp tác / Article 2. Areas of Cooperation

a) Giống hoa; b) Nhà kính thông minh.

Điều 3. Điều khoản chung / Article 3. General Provisions

Biên bản có hiệu lực kể từ ngày ký.
"""


def test_a_bilingual_memorandum_names_its_parties_between_their_english_glosses() -> None:
    [(_, agreement)] = gather(_BILINGUAL_MOU).agreements
    assert ([p.name for p in agreement.parties], agreement.start_year, agreement.end_year) == (
        ["Sở Khoa học và Công nghệ tỉnh Lâm Đồng", "Trường Đại học Wageningen"], 2021, 2025)


def test_a_memorandum_whose_articles_name_no_contents_has_its_articles_as_clauses() -> None:
    [(_, agreement)] = gather(_BILINGUAL_MOU).agreements
    assert [(c.number, c.text.split(" /")[0]) for c in agreement.clauses] == [
        (1, "Mục đích"), (2, "Lĩnh vực hợp tác"), (3, "Điều khoản chung")]

