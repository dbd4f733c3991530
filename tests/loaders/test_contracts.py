"""A cooperation contract between labelled sides ('BÊN A: ...', 'BÊN B: ...'): its parties (a public centre too),
its term given from day to day, and its articles as its clauses."""

from __future__ import annotations

import pytest

from vnst.loaders.extract import gather
from vnst.textnorm import fold

CONTRACT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH BÌNH DƯƠNG
TRUNG TÂM ỨNG DỤNG TIẾN BỘ KHOA HỌC VÀ CÔNG NGHỆ

Số: 12/2024/HĐHT-TTUD

HỢP ĐỒNG HỢP TÁC
Về việc sản xuất nấm dược liệu

Hôm nay, ngày 02 tháng 4 năm 2024, chúng tôi gồm:

BÊN A: TRUNG TÂM ỨNG DỤNG TIẾN BỘ KHOA HỌC VÀ CÔNG NGHỆ BÌNH DƯƠNG
- Đại diện: Ông Lê Văn Hải          Chức vụ: Giám đốc
- Tài khoản số: 9527 tại Kho bạc Nhà nước khu vực XVII

BÊN B: CÔNG TY TNHH NẤM XANH TÂN UYÊN
- Đại diện: Bà Trần Thị Thu          Chức vụ: Giám đốc
- Tài khoản số: 5600 tại Ngân hàng Thương mại cổ phần Công Thương Việt Nam
- Chi nhánh Tân Uyên

Hai bên đồng ý ký kết hợp đồng hợp tác với các điều khoản sau:

Điều 1. Nội dung hợp tác
Hai bên hợp tác sản xuất nấm linh chi, gồm:
a) Chuyển giao quy trình nhân giống;
b) Cung ứng 20.000 bịch phôi nấm.

Điều 2. Giá trị hợp đồng
Tổng giá trị hợp đồng: 900.000.000 đồng.

Điều 3. Thời hạn hợp đồng
Hợp đồng có thời hạn 24 tháng, kể từ ngày 01/5/2024 đến hết ngày 30/4/2026.

Điều 4. Quyền và nghĩa vụ của Bên A
- Cử ThS. Phạm Văn Nam, Phó Giám đốc Trung tâm, phụ trách kỹ thuật.

ĐẠI DIỆN BÊN A                      ĐẠI DIỆN BÊN B
GIÁM ĐỐC                            GIÁM ĐỐC

Lê Văn Hải                          Trần Thị Thu
"""


def test_a_contract_s_labelled_sides_term_and_articles() -> None:
    found = gather(CONTRACT)
    agreements = [a for _, a in found.agreements]
    assert [(sorted(p.name for p in a.parties), a.start_year, a.end_year) for a in agreements] == [
        (["Công ty TNHH Nấm Xanh Tân Uyên", "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ Bình Dương"], 2024, 2026)]
    assert [(c.number, c.text.split(" ")[0]) for c in agreements[0].clauses] == [
        (1, "Nội"), (2, "Giá"), (3, "Thời"), (4, "Quyền")]


def test_a_contract_s_account_holders_and_the_deputy_of_the_centre() -> None:
    found = gather(CONTRACT)
    names = {o.name for o in found.orgs}
    assert {"Kho bạc Nhà nước khu vực XVII",
            "Ngân hàng Thương mại cổ phần Công Thương Việt Nam - Chi nhánh Tân Uyên"} <= names
    assert ("Phạm Văn Nam", "pho-giam-doc", "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ Bình Dương") in {
        (p.name, p.title, p.org.name if p.org else None) for p in found.people}


@pytest.mark.parametrize("term, years", [
    ("kể từ ngày 01 tháng 5 năm 2024 đến ngày 30 tháng 4 năm 2026", (2024, 2026)),
    # a span of dates that is no term is left alone outside a contract's text
    ("trong 24 tháng", (None, None)),
])
def test_a_contract_s_term_in_days(term: str, years: tuple) -> None:
    text = CONTRACT.replace("kể từ ngày 01/5/2024 đến hết ngày 30/4/2026", term)
    assert [(a.start_year, a.end_year) for _, a in gather(text).agreements] == [years]


TRANSFER_REPORT = """HỢP TÁC XÃ NÔNG NGHIỆP TÂN PHÚ
Số: 08/BC-HTX                         Tân Phú, ngày 10 tháng 3 năm 2024

BÁO CÁO
Tình hình thực hiện Hợp đồng chuyển giao công nghệ nhân giống
hoa lan bằng phương pháp nuôi cấy mô

Kính gửi: Sở Khoa học và Công nghệ tỉnh Đồng Nai

1. Bên giao công nghệ: Viện Nghiên cứu Rau quả (Bộ Nông nghiệp và Phát triển nông thôn); đại diện: TS. Hồ Văn Tâm.
2. Bên nhận công nghệ: Hợp tác xã Nông nghiệp Tân Phú; đại diện: ông Lê Văn Sáu, Giám đốc.
3. Hợp đồng số 05/2023/HĐCGCN ký ngày 20/7/2023; thời hạn thực hiện 18 tháng.
"""


def test_a_report_on_a_technology_transfer_contract_names_its_sides_and_signing() -> None:
    [(_, agreement)] = gather(TRANSFER_REPORT).agreements
    assert sorted(p.name for p in agreement.parties) == ["Hợp tác xã Nông nghiệp Tân Phú",
                                                           "Viện Nghiên cứu Rau quả"]
    assert agreement.signed and (agreement.start_year, agreement.end_year) == (None, None)
    assert agreement.signing_date is not None and str(agreement.signing_date.value) == "2023-07-20"


def test_a_report_that_only_names_such_contracts_reports_none() -> None:
    text = TRANSFER_REPORT.replace("1. Bên giao công nghệ:", "1. Đơn vị chuyển giao:").replace(
        "2. Bên nhận công nghệ:", "2. Đơn vị tiếp nhận:")
    assert gather(text).agreements == []


def test_a_letter_reporting_a_transfer_contract_in_a_lower_case_heading_with_dashed_sides_and_its_term() -> None:
    text = TRANSFER_REPORT.replace("Tình hình thực hiện Hợp đồng chuyển giao công nghệ nhân giống", "Tình hình thực hiện").replace(
        "Kính gửi: Sở Khoa học và Công nghệ tỉnh Đồng Nai\n", "Kính gửi: Sở Khoa học và Công nghệ tỉnh Đồng Nai\n\n"
        "1. Thông tin về hợp đồng chuyển giao công nghệ\n").replace("1. Bên giao", "- Bên giao").replace(
        "2. Bên nhận", "- Bên nhận").replace("thời hạn thực hiện 18 tháng.", "\n- Thời hạn hợp đồng: từ ngày 20/7/2023 đến ngày "
                                                                              "19/7/2025.")
    [(_, agreement)] = gather(text).agreements
    assert sorted(p.name for p in agreement.parties) == ["Hợp tác xã Nông nghiệp Tân Phú", "Viện Nghiên cứu Rau quả"]
    assert agreement.signed and (agreement.start_year, agreement.end_year) == (2023, 2025)


@pytest.mark.parametrize("cited, expected", [
    # cited by its number and date, between the company ('Công ty', the report's own) and a university: signed
    ("theo Hợp đồng số 08/2024/HĐCGCN ngày 05/3/2024 giữa Công ty và Trường Đại học Mỏ - Địa chất",
     [(["Công ty cổ phần Xi măng Bỉm Sơn", "Trường Đại học Mỏ - Địa chất"], True)]),
    # a contract to come, with neither: none
    ("theo hợp đồng sẽ ký giữa Công ty và Trường Đại học Mỏ - Địa chất", []),
])
def test_a_company_s_report_cites_its_contract_by_number_and_date(cited: str, expected: list) -> None:
    text = ("TỔNG CÔNG TY XI MĂNG VIỆT NAM\nCÔNG TY CỔ PHẦN XI MĂNG BỈM SƠN\n\nSố: 41/BC-XMBS\n\nBÁO CÁO\nSử dụng Quỹ năm 2024\n\n"
            "Báo cáo của Tổng công ty Xi măng Việt Nam năm 2023 đã nêu.\n\n"
            f"1. Nhận chuyển giao công nghệ nghiền xỉ {cited}: 950,0 triệu đồng.\n")
    # (the company's name from its header in capitals: compared folded)
    found = [(sorted(fold(p.name) for p in a.parties), a.signed) for _, a in gather(text).agreements]
    assert found == [(sorted(fold(n) for n in names), signed) for names, signed in expected]
