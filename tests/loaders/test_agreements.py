"""Agreements: parties, period, status, declared contents, clauses across blank lines."""

from __future__ import annotations

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
