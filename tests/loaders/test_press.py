"""Texts around a signing: a ministry's press release in questions and answers (its kind, the press it names, the
agreements its answers report and plan), a joint programme numbered by both parties, a signed text dated by its own
record, a ceremony's programme of events (ministries and provinces other than the ones the loaders were tuned on)."""

from __future__ import annotations

from datetime import date

import pytest
from loader_helpers import org_names as names

from vnst.loaders.extract import gather
from vnst.loaders.figures import find_figures
from vnst.loaders.kinds import detect_kind
from vnst.loaders.places import find_places
from vnst.textnorm import fold

PRESS_RELEASE = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
       VĂN PHÒNG                                 Độc lập - Tự do - Hạnh phúc

                                       Hà Nội, ngày 10 tháng 10 năm 2024

THÔNG CÁO BÁO CHÍ
Họp báo định kỳ quý III/2024

I. KẾT QUẢ NỔI BẬT
Bộ đã trình Chính phủ 03 đề án.

II. NỘI DUNG HỎI - ĐÁP

Hỏi (Báo Thanh Niên): Đề nghị Bộ cho biết kết quả phối hợp với các địa phương?

Trả lời (ông Hoàng Văn Minh, Vụ trưởng Vụ Khoa học, Công nghệ và Môi trường): Đến nay, Bộ đã ký kết chương trình phối hợp với 12 tỉnh. Ngày 05/9/2024, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn và Chủ tịch UBND tỉnh Sơn La đã ký Chương trình phối hợp giai đoạn 2024 - 2028. Trong quý IV, Bộ dự kiến ký kết chương trình phối hợp với tỉnh Điện Biên.

Hỏi (Thông tấn xã Việt Nam): Xin cho biết tình hình xử lý hồ sơ?

Trả lời: Cục đã xử lý dứt điểm 2.310 hồ sơ tồn đọng.
"""


def test_a_press_release_in_sections_is_an_official_document_not_an_agreement() -> None:
    assert detect_kind(PRESS_RELEASE) == "official"


def test_its_answers_report_a_signing_done_and_one_planned_with_a_province_and_the_speaker_is_no_party() -> None:
    found = sorted((sorted(p.name for p in a.parties), a.start_year, a.signed) for _, a in gather(PRESS_RELEASE).agreements)
    ministry = "Bộ Nông nghiệp và Phát triển nông thôn"
    assert found == [([ministry, "Ủy ban nhân dân tỉnh Sơn La"], 2024, True), ([ministry, "Ủy ban nhân dân tỉnh Điện Biên"], None, False)]


@pytest.mark.parametrize("text, expected", [
    ("Hỏi (Báo Nhân Dân): Xin Bộ cho biết?", ["Báo Nhân Dân"]),
    ("Theo Thông tấn xã Việt Nam và Đài Tiếng nói Việt Nam, ...", ["Thông tấn xã Việt Nam", "Đài Tiếng nói Việt Nam"]),
])
def test_the_national_press(text: str, expected: list[str]) -> None:
    assert names(text, "Hà Nội") == expected


def test_the_news_agency_s_name_holds_no_commune() -> None:
    assert find_places("Hỏi (Thông tấn xã Việt Nam): Xin cho biết?") == []


def test_a_thorough_handling_counts_what_it_handled() -> None:
    assert [(str(f.value), f.unit) for f in find_figures("Cục đã xử lý dứt điểm 2.310 hồ sơ tồn đọng.", masked=[])] == [
        ("2310", "hồ sơ")]


def test_a_paper_s_own_name_over_its_footer_is_its_publisher_not_a_body_the_page_names() -> None:
    text = ("Ngày 3/5/2023, Sở KH&CN tỉnh Nghệ An tổ chức hội nghị.\n\n"
            "BÁO KHOA HỌC VÀ PHÁT TRIỂN - Cơ quan chủ quản: Bộ Khoa học và Công nghệ\n")
    assert fold("Báo Khoa học và Phát triển") not in {fold(o.name) for o in gather(text).orgs}


JOINT_PROGRAMME = """UBND TỈNH HÀ GIANG              TRƯỜNG ĐẠI HỌC NÔNG LÂM
                                 ĐẠI HỌC THÁI NGUYÊN
   Số: 21/CTr-UBND           Số: 905/CTr-ĐHNL
                                                      Hà Giang, ngày 14 tháng 5 năm 2024

CHƯƠNG TRÌNH HỢP TÁC
giữa Ủy ban nhân dân tỉnh Hà Giang và Trường Đại học Nông Lâm, Đại học Thái Nguyên giai đoạn 2024 - 2028

Căn cứ Nghị quyết số 10-NQ/TU ngày 12 tháng 5 năm 2021 của Ban Chấp hành Đảng bộ tỉnh;

I. MỤC ĐÍCH
1. Tăng cường hợp tác.

II. NỘI DUNG HỢP TÁC
1. Đào tạo nhân lực.
2. Trường giao Khoa Nông học và Khoa Chăn nuôi thú y phối hợp thực hiện.
"""


def test_a_joint_text_numbered_by_each_party_on_one_line_is_dated_by_its_date_line_under_both_numbers() -> None:
    legal = {l.number.written_normalised: (l.issued, l.header) for l in gather(JOINT_PROGRAMME).legal}
    assert legal["21/CTr-UBND"] == (date(2024, 5, 14), True)
    assert legal["905/CTr-ĐHNL"][0] == date(2024, 5, 14)


def test_faculties_listed_together() -> None:
    assert {"Khoa Nông học", "Khoa Chăn nuôi thú y"} <= {o.name for o in gather(JOINT_PROGRAMME).orgs}


def test_a_signed_text_without_a_date_line_is_dated_by_its_own_record() -> None:
    text = ("THỎA THUẬN HỢP TÁC\n\nSố: 08/TTHT-SKHCN-VNU\n\nHôm nay, ngày 03 tháng 6 năm 2025, tại phường Đà Lạt, "
            "tỉnh Lâm Đồng, chúng tôi gồm:\n\nBÊN A: SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH LÂM ĐỒNG\n")
    legal = {l.number.written_normalised: l.issued for l in gather(text).legal}
    assert legal == {"08/TTHT-SKHCN-VNU": date(2025, 6, 3)}


PROGRAMME_OF_EVENTS = """CHƯƠNG TRÌNH LỄ KÝ KẾT

Thời gian         Nội dung                                         Thực hiện
08h10 - 08h25     Báo cáo nội dung Thỏa thuận hợp tác              Ông Hà Văn Long, Giám đốc
                  Thỏa thuận hợp tác                               Sở Khoa học và Công nghệ tỉnh Tuyên Quang
08h40 - 08h55     Phát biểu của đại diện Công ty cổ phần Mía đường Sơn Dương   Ông Triệu Văn Sinh,
                                                                   Tổng Giám đốc
"""


def test_a_programme_s_speakers_hold_posts_in_the_bodies_their_cells_go_on_to_or_their_rows_name() -> None:
    people = {(p.name, p.title, p.org.name if p.org else None) for p in gather(PROGRAMME_OF_EVENTS).people}
    assert people == {("Hà Văn Long", "giam-doc", "Sở Khoa học và Công nghệ tỉnh Tuyên Quang"),
                      ("Triệu Văn Sinh", "tong-giam-doc", "Công ty cổ phần Mía đường Sơn Dương")}


@pytest.mark.parametrize("text, expected", [
    ("giống lúa phù hợp với vùng Đồng Tháp Mười", []),
    ("các nước ven bờ Thái Bình Dương", []),
    ("tỉnh Thái Bình và tỉnh Bình Dương", [("province", "Thái Bình"), ("province", "Bình Dương")]),
])
def test_a_longer_name_opening_with_a_province_s(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.level, p.name) for p in find_places(text)] == expected


@pytest.mark.parametrize("body, counted", [
    ("Sáng 14/8, Phó Chủ tịch UBND tỉnh kiểm tra vùng trồng dược liệu.", False),
    # a paper the article names in its prose is a body it speaks of
    ("Trao đổi với phóng viên Báo Yên Bái, Giám đốc Sở cho biết tỉnh có 12 doanh nghiệp.", True),
])
def test_a_paper_s_masthead_over_its_article_is_its_publisher_not_a_body_it_names(body: str, counted: bool) -> None:
    text = (f"Báo Yên Bái điện tử\nThời sự   Kinh tế   Xã hội\n\nThứ Năm, 14/8/2025 | 17:05 GMT+7\n\n{body}\n\n"
            "Báo Yên Bái - Cơ quan của Đảng bộ tỉnh Yên Bái\n")
    assert ("Báo Yên Bái" in {o.name for o in gather(text).orgs}) is counted
