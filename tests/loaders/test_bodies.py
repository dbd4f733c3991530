"""Units every province has, from the curated data (loaders/data/national_bodies.yaml), named with the province."""

from __future__ import annotations

import pytest
from loader_helpers import org_names as names

from vnst.loaders.extract import gather
from vnst.textnorm import fold


@pytest.mark.parametrize("text, expected", [
    ("Phối hợp với Chi cục Quản lý thị trường tỉnh Quảng Ninh kiểm tra.", ["Chi cục Quản lý thị trường tỉnh Quảng Ninh"]),
    # the inspectorate only with its province: alone, 'thanh tra' is the act of inspecting
    ("Cơ quan phối hợp: Thanh tra tỉnh, Sở Tư pháp.", ["Thanh tra tỉnh Quảng Ninh", "Sở Tư pháp tỉnh Quảng Ninh"]),
    ("Thanh tra các cơ sở sản xuất; Sở Tư pháp phối hợp.", ["Sở Tư pháp tỉnh Quảng Ninh"]),
    # the province's State Treasury, by its shortening too, 'tỉnh' before a bracketed note; alone, the national one
    ("Nơi nhận:\n- KBNN tỉnh (để p/h);\n- Thanh tra tỉnh (để b/c);\n",
     ["Kho bạc Nhà nước tỉnh Quảng Ninh", "Thanh tra tỉnh Quảng Ninh"]),
    ("rút dự toán tại Kho bạc Nhà nước tỉnh Thái Bình theo quy định của Kho bạc Nhà nước.", ["Kho bạc Nhà nước tỉnh Thái Bình"]),
    # the fund an enterprise sets aside is a kind of fund, not the province's
    ("Có 412 doanh nghiệp trích lập Quỹ phát triển khoa học và công nghệ với tổng số tiền 3.218,7 tỷ đồng.", []),
    # the party's school for officials, only with its province; the broadcaster with 'tỉnh' ending its line
    ("Đề tài do Trường Chính trị tỉnh Quảng Ninh chủ trì; Trường Chính trị Nguyễn Văn Cừ phối hợp.",
     ["Trường Chính trị tỉnh Quảng Ninh"]),
    ("5. Báo Quảng Ninh, Đài Phát thanh và Truyền hình tỉnh\n- Mở chuyên mục.",
     ["Báo Quảng Ninh", "Đài Phát thanh và Truyền hình tỉnh Quảng Ninh"]),
])
def test_units_every_province_has(text: str, expected: list[str]) -> None:
    assert names(text, home="Quảng Ninh") == expected


@pytest.mark.parametrize("text, expected", [
    # 'TỈNH' alone after a unit in a signature block is the home province, as 'tỉnh' is in prose
    ("Điều 5. Hiệu lực\n\nSỞ TƯ PHÁP                    LIÊN MINH HỢP TÁC XÃ TỈNH\nGIÁM ĐỐC                     CHỦ TỊCH",
     ["Sở Tư pháp tỉnh Quảng Ninh", "Liên minh Hợp tác xã tỉnh Quảng Ninh"]),
    # the national organisation is named with 'Việt Nam', the province's branch without it
    ("báo cáo Liên minh HTX Việt Nam và Liên minh Hợp tác xã tỉnh.",
     ["Liên minh Hợp tác xã Việt Nam", "Liên minh Hợp tác xã tỉnh Quảng Ninh"]),
    ("Tổng Liên đoàn Lao động Việt Nam chỉ đạo Liên đoàn Lao động tỉnh.",
     ["Tổng Liên đoàn Lao động Việt Nam", "Liên đoàn Lao động tỉnh Quảng Ninh"]),
    # a province's specialised project board, its kind of works in lower case, a line break before the province
    ("do Ban Quản lý dự án đầu tư xây dựng các công trình giao thông\ntỉnh Quảng Ninh làm chủ đầu tư.",
     ["Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Quảng Ninh"]),
    # the Directorate for Standards, Metrology and Quality by the shortenings recipients' lists write
    ("Nơi nhận:\n- Tổng cục TCĐLCL;\n- Lưu: VT.", ["Tổng cục Tiêu chuẩn Đo lường Chất lượng"]),
    ("Nơi nhận:\n- Tổng cục TĐC;\n- Lưu: VT.", ["Tổng cục Tiêu chuẩn Đo lường Chất lượng"]),
    # a city paper read across the country, beside the national ones
    ("Phóng viên Báo Người Lao Động hỏi; phóng viên Báo Lao Động hỏi tiếp.", ["Báo Người Lao Động", "Báo Lao Động"]),
    # a department's sector typed with a diacritic wrong or left out; the standing board written 'TT TU'
    ("Ông A, Phó Giám đốc Sở Kế hoạch và Đàu tư - Ủy viên; Sở Khoa hoc va Cong nghe.",
     ["Sở Kế hoạch và Đầu tư tỉnh Quảng Ninh", "Sở Khoa học và Công nghệ tỉnh Quảng Ninh"]),
    ("Nơi nhận:\n- TT TU, TT HĐND tỉnh (b/c);\n", ["Tỉnh ủy Quảng Ninh", "Hội đồng nhân dân tỉnh Quảng Ninh"]),
])
def test_national_organisations_and_their_provincial_branches(text: str, expected: list[str]) -> None:
    assert names(text, home="Quảng Ninh") == expected


def test_a_national_research_centre_named_with_a_comma_wrapped_in_its_table_cell() -> None:
    text = ("| TT | Tên nhiệm vụ | Tổ chức chủ trì | Kinh phí (triệu đồng) |\n|----|----|----|----|\n"
            "| 1 | Nghiên cứu chọn tạo giống dâu tây | Trung tâm Nghiên cứu Khoai tây, | 2.450 |\n"
            "|   | chịu nhiệt cho vùng Lạc Dương | Rau và Hoa | |\n")
    assert names(text, home="Lâm Đồng") == ["Trung tâm Nghiên cứu Khoai tây, Rau và Hoa"]


@pytest.mark.parametrize("text, expected", [
    # national bodies whose names hold commas, and a province's testing centre named with its commas
    ("giao Cục Chất lượng, Chế biến và Phát triển thị trường chủ trì, phối hợp với Trung tâm Khuyến nông quốc gia.",
     ["Cục Chất lượng, Chế biến và Phát triển thị trường", "Trung tâm Khuyến nông quốc gia"]),
    ("chỉ định Trung tâm Kiểm nghiệm Thuốc, Mỹ phẩm, Thực phẩm tỉnh Hà Giang; Viện Kiểm nghiệm an toàn vệ sinh thực "
     "phẩm quốc gia tổ chức thử nghiệm.", ["Trung tâm Kiểm nghiệm Thuốc, Mỹ phẩm, Thực phẩm tỉnh Hà Giang",
                                          "Viện Kiểm nghiệm an toàn vệ sinh thực phẩm quốc gia"]),
    # the academy shortened in a distribution list
    ("Nơi nhận:\n- Viện KHNN Việt Nam (để b/c);\n", ["Viện Khoa học Nông nghiệp Việt Nam"]),
    ("Nơi nhận:\n- Cục PTTT&DN KH&CN;\n- Viện Hàn lâm KHCNVN;\n", ["Cục Phát triển thị trường và doanh nghiệp khoa học và "
                                                                  "công nghệ", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam"]),
])
def test_curated_bodies_whose_names_hold_commas(text: str, expected: list[str]) -> None:
    assert names(text, home="Hà Giang") == expected


def test_the_central_steering_committee_named_with_the_party_s_shortening() -> None:
    assert names("- Ban Chỉ đạo Trung ương về phát triển KH, CN, ĐMST và CĐS (b/c),", home="Quảng Ninh") == [
        "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"]
    assert names("Sở VH,TT&DL chủ trì.", home="Quảng Ninh") == ["Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh"]
    assert names("- Bộ KH&CN (Vụ PTKHCN địa phương);\n- Viện KHKT NLN Tây Nguyên;", home="Gia Lai") == [
        "Bộ Khoa học và Công nghệ", "Vụ Phát triển khoa học và công nghệ địa phương",
        "Viện Khoa học Kỹ thuật Nông Lâm nghiệp Tây Nguyên"]


@pytest.mark.parametrize("text, orgs, projects", [
    # the National Innovation Centre, a national body in the curated list, is a body and a party, not a facility
    ("Tin tức\n\nTrung tâm Đổi mới sáng tạo Quốc gia (NIC) và UBND tỉnh Quảng Ninh ký kết Thỏa thuận hợp tác giai đoạn "
     "2025 - 2030.\n", {"Trung tâm Đổi mới sáng tạo quốc gia", "Ủy ban nhân dân tỉnh Quảng Ninh"}, set()),
    # ... while a facility that bears its name and where it stands is one
    ("Tin tức\n\nTỉnh kiến nghị Bộ hỗ trợ đầu tư Trung tâm Đổi mới sáng tạo quốc gia tại Quảng Ninh.\n", set(),
     {"Trung tâm Đổi mới sáng tạo quốc gia tại Quảng Ninh"}),
])
def test_the_national_innovation_centre_is_a_body_and_its_site_in_a_province_a_facility(
        text: str, orgs: set[str], projects: set[str]) -> None:
    found = gather(text)
    assert orgs <= {o.name for o in found.orgs}
    assert {fold(p.name) for p in found.projects} == {fold(p) for p in projects}


def test_the_party_committee_under_its_formal_name_in_a_resolution_s_title_in_capitals() -> None:
    title = "NGHỊ QUYẾT\nCỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH\nvề chuyển đổi số tỉnh Hậu Giang\n"
    assert names(title, home="Hậu Giang") == ["Tỉnh ủy Hậu Giang"]


@pytest.mark.parametrize("text, expected", [
    # 'một', 'mỗi', 'các' before a unit's name: a kind of unit, not the province's own
    ("mỗi tỉnh chỉ giữ một Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng.", []),
    ("thành lập một Trung tâm Nghiên cứu biển tại huyện đảo.", []),
    ("Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng kiểm định.", ["Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng"]),
    # a department of each province ('... của mỗi tỉnh'), as against the home province's
    ("khi Sở Thông tin và Truyền thông của mỗi tỉnh hợp nhất vào Sở Khoa học và Công nghệ.",
     ["Sở Khoa học và Công nghệ tỉnh Quảng Ninh"]),
])
def test_one_of_a_kind_of_body_is_no_body(text: str, expected: list[str]) -> None:
    assert names(text, home="Quảng Ninh") == expected


@pytest.mark.parametrize("text, expected", [
    # the board of a city's zones of two kinds, the city written with a capital, or alone for the home one
    ("- Ban Quản lý các Khu chế xuất và công nghiệp Thành phố Hồ Chí Minh;",
     ["Ban Quản lý các Khu chế xuất và công nghiệp Thành phố Hồ Chí Minh"]),
    ("2. Ban Quản lý các khu chế xuất và công nghiệp Thành phố đôn đốc doanh nghiệp.",
     ["Ban Quản lý các khu chế xuất và công nghiệp thành phố Hồ Chí Minh"]),
])
def test_the_board_of_a_city_s_zones_of_two_kinds(text: str, expected: list[str]) -> None:
    assert names(text, home="Hồ Chí Minh") == expected
