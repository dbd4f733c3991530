"""Centres and incubators named by the body that hosts them or the province their sentence names, facilities a
wrapped table's task cell names, and none inside a company's name."""

from __future__ import annotations

import pytest
from loader_helpers import project_names

from vnst.textnorm import fold


@pytest.mark.parametrize("text, name", [
    # what the incubator fosters, then its host, with no 'tại' between
    ("TRƯỜNG ĐẠI HỌC QUY NHƠN\n\nVườn ươm khởi nghiệp đổi mới sáng tạo Trường Đại học Quy Nhơn đang ươm tạo 9 dự án.",
     "Vườn ươm khởi nghiệp đổi mới sáng tạo Trường Đại học Quy Nhơn"),
    ("UBND TỈNH BÌNH ĐỊNH\n\nNăm 2024, Vườn ươm doanh nghiệp đổi mới sáng tạo Trường Đại học Quy Nhơn hỗ trợ 5 nhóm.",
     "Vườn ươm doanh nghiệp đổi mới sáng tạo Trường Đại học Quy Nhơn"),
    # a centre 'tại' a host written by its head word alone: the one named before
    ("UBND TỈNH QUẢNG TRỊ\n\n2. Phát triển Phân hiệu Đại học Huế tại tỉnh Quảng Trị thành cơ sở đào tạo đa ngành; xây "
     "dựng Trung tâm Đổi mới sáng tạo và Khởi nghiệp tại Phân hiệu.",
     "Trung tâm Đổi mới sáng tạo và Khởi nghiệp tại Phân hiệu Đại học Huế tại tỉnh Quảng Trị"),
])
def test_a_centre_or_incubator_is_named_by_its_host(text: str, name: str) -> None:
    assert fold(name) in project_names(text)


def test_a_bare_head_word_with_no_host_named_before_names_none() -> None:
    text = "UBND TỈNH QUẢNG TRỊ\n\nTỉnh xây dựng Trung tâm Đổi mới sáng tạo và Khởi nghiệp tại Phân hiệu."
    assert not any("phan hieu" in name for name in project_names(text))


def test_the_vuon_uom_of_its_province_without_host_keeps_the_province() -> None:
    text = "UBND TỈNH BÌNH ĐỊNH\n\nTỉnh đầu tư Vườn ươm khởi nghiệp đổi mới sáng tạo của tỉnh trong năm 2024."
    assert project_names(text) == {fold("Vườn ươm khởi nghiệp đổi mới sáng tạo Bình Định")}


TASKS = """UBND TỈNH HƯNG YÊN

| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Kinh phí (triệu đồng) |
|---|---|---|---|---|
| 1 | Hỗ trợ đổi mới công nghệ cho | Sở KH&CN | Ban Quản lý các | 9.000 |
|  | doanh nghiệp trong các khu công nghiệp |  | khu công nghiệp tỉnh |  |
| 2 | Xây dựng Sàn giao dịch công nghệ tỉnh Hưng Yên, kết nối mạng lưới sàn giao dịch công nghệ quốc gia | Sở KH&CN | Sở Thông tin và Truyền thông | 1.800 |
| 3 | {third} | Sở KH&CN | Sở Tài chính | 600 |
"""


def test_a_wrapped_table_s_task_cell_names_a_facility() -> None:
    names = project_names(TASKS.format(third="Tập huấn quản trị công nghệ"))
    assert names == {fold("Sàn giao dịch công nghệ Hưng Yên")}


def test_a_cell_s_short_name_is_the_facility_the_text_names_in_full() -> None:
    text = ("UBND TỈNH HƯNG YÊN\n\n(1). Vườn ươm doanh nghiệp nông nghiệp công nghệ cao Phố Hiến: đang ươm tạo 6 "
            "doanh nghiệp.\n\n" + TASKS.format(third="Vườn ươm doanh nghiệp").split("\n\n", 1)[1])
    names = project_names(text)
    assert fold("Vườn ươm doanh nghiệp nông nghiệp công nghệ cao Phố Hiến") in names
    assert not any(name.startswith("vuon uom doanh nghiep hung yen") for name in names)


@pytest.mark.parametrize("text, name", [
    # a research reactor and an innovation valley under their proper names, the first wrapped by the line
    ("UBND TỈNH LÂM ĐỒNG\n\nPhát huy Lò phản ứng hạt\nnhân Đà Lạt phục vụ y tế.", "Lò phản ứng hạt nhân Đà Lạt"),
    ("UBND TỈNH GIA LAI\n\nkết nối với Thung lũng Sáng tạo Quy Nhơn; đào tạo nhân lực.", "Thung lũng Sáng tạo Quy Nhơn"),
    # a laboratory invested in, named by its field in lower case, which the line wraps
    ("UBND TỈNH HẢI DƯƠNG\n\nKOICA hỗ trợ Viện đầu tư Phòng thí nghiệm công nghệ sau\nthu hoạch với tổng kinh phí 1,2 triệu USD.",
     "Phòng thí nghiệm công nghệ sau thu hoạch"),
])
def test_facilities_named_or_invested_in(text: str, name: str) -> None:
    assert fold(name) in project_names(text)


def test_a_laboratory_s_name_ends_at_a_line_that_opens_in_capitals() -> None:
    text = "UBND TỈNH HẢI DƯƠNG\n\n- Đầu tư Phòng thí nghiệm phân tích đất nông nghiệp\n- Xây dựng mô hình trình diễn."
    assert project_names(text) == {fold("Phòng thí nghiệm phân tích đất nông nghiệp")}


@pytest.mark.parametrize("text, name", [
    # a proper name the line wraps in prose: its words go on at the next line's start
    ("UBND TỈNH BÌNH ĐỊNH\n\nTỉnh tiếp tục kêu gọi các nhà đầu tư chiến lược vào Khu kinh tế Nhơn\nHội và các khu "
     "công nghiệp.", "Khu kinh tế Nhơn Hội"),
    ("UBND TỈNH QUẢNG BÌNH\n\nTrong năm, tỉnh đã hỗ trợ, ươm tạo 10 doanh nghiệp tại Vườn ươm doanh nghiệp công nghệ Quảng\n"
     "Bình và 3 nhóm khởi nghiệp.", "Vườn ươm doanh nghiệp công nghệ Quảng Bình"),
])
def test_a_name_the_line_wraps_in_prose_goes_on(text: str, name: str) -> None:
    assert fold(name) in project_names(text)


def test_a_heading_s_name_ends_with_its_short_line() -> None:
    text = ("UBND TỈNH QUẢNG NAM\n\n3. Hợp tác phát triển Khu kinh tế mở Chu Lai\nPhối hợp với Ban Quản lý nghiên cứu cơ "
            "chế thu hút đầu tư.")
    assert fold("Khu kinh tế mở Chu Lai") in project_names(text)
    assert not any(name.endswith("phoi") for name in project_names(text))


def test_the_group_an_investor_belongs_to_in_brackets_names_no_project() -> None:
    text = ("UBND TỈNH THANH HÓA\n\n(6). Dự án Trang trại chăn nuôi lợn giống công nghệ cao: do Công ty TNHH Chăn nuôi "
            "Hòa Phát Thanh Hóa (thuộc Tập đoàn Hòa Phát) làm chủ đầu tư, diện tích 45 ha.")
    assert not any("tap doan" in name for name in project_names(text))


@pytest.mark.parametrize("text, name", [
    # a centre to build, described by its work, named with the district it is to stand in
    ("UBND TỈNH TIỀN GIANG\n\nHai bên phối hợp xây dựng Trung tâm nhân giống cây ăn quả sạch bệnh tại huyện Cái Bè, dự kiến "
     "khởi công năm 2025.", "Trung tâm nhân giống cây ăn quả sạch bệnh tại huyện Cái Bè"),
    # a project that builds a zone's infrastructure, named in running text with the zone
    ("UBND TỈNH HẬU GIANG\n\nKhu nông nghiệp ứng dụng công nghệ cao Hậu Giang có diện tích 5.200 ha. Dự án Đầu tư xây dựng hạ "
     "tầng kỹ thuật Khu nông nghiệp ứng dụng công nghệ cao Hậu Giang (giai đoạn 2) do Ban Quản lý làm chủ đầu tư.",
     "Đầu tư xây dựng hạ tầng kỹ thuật Khu nông nghiệp ứng dụng công nghệ cao Hậu Giang"),
    # a centre named after a school whose name has a dash, a lower-case word after it, then its site
    ("TRƯỜNG ĐẠI HỌC GIAO THÔNG VẬN TẢI\n\n3. Đầu tư xây dựng Trung tâm Đổi mới sáng tạo Giao thông - Vận tải tại "
     "cơ sở Láng.", "Trung tâm Đổi mới sáng tạo Giao thông - Vận tải"),
    # a province's name with a dash, whole; a zone numbered after its place's name
    ("UBND TỈNH BÀ RỊA - VŨNG TÀU\n\nHỗ trợ tỉnh xây dựng Trung tâm Đổi mới sáng tạo tỉnh Bà Rịa - Vũng Tàu; kết nối.",
     "Trung tâm Đổi mới sáng tạo tỉnh Bà Rịa - Vũng Tàu"),
    ("UBND TỈNH BÌNH DƯƠNG\n\nCác doanh nghiệp tại Khu công nghiệp Mỹ Phước 3, thị xã Bến Cát.", "Khu công nghiệp Mỹ Phước 3"),
    # a plant numbered after its place's name
    ("UBND TỈNH KHÁNH HÒA\n\nchuẩn bị đầu tư Dự án Nhà máy điện hạt nhân Ninh Thuận 2 tại xã Vĩnh Hải.",
     "Nhà máy điện hạt nhân Ninh Thuận 2"),
    # a testing laboratory opened under its own name
    ("UBND TỈNH CAO BẰNG\n\nTrung tâm khánh thành Phòng thử nghiệm Vi sinh - Hóa lý phục vụ kiểm định nông sản.",
     "Phòng thử nghiệm Vi sinh - Hóa lý"),
])
def test_a_facility_named_with_its_place_or_zone(text: str, name: str) -> None:
    assert fold(name) in project_names(text)


def test_a_centre_to_build_without_a_place_or_proper_name_is_no_project() -> None:
    text = "UBND TỈNH TIỀN GIANG\n\nTỉnh sẽ xây dựng Trung tâm dữ liệu của tỉnh trong năm 2025."
    assert not any(n.startswith("trung tam") for n in project_names(text))


@pytest.mark.parametrize("text, present, absent", [
    # a centre named again by its kind alone is the one named in full
    ("UBND TỈNH HÀ TĨNH\n\nTỉnh đề nghị hỗ trợ xây dựng Trung tâm Đổi mới sáng tạo Hà Tĩnh. Bộ giao Cục hướng dẫn tỉnh "
     "xây dựng đề án Trung tâm Đổi mới sáng tạo.", ["Trung tâm Đổi mới sáng tạo Hà Tĩnh"], ["Trung tâm Đổi mới sáng tạo"]),
    # the national exchange in lower case is the network of them; capitalised, the one facility
    ("UBND TỈNH HÀ TĨNH\n\nSàn giao dịch công nghệ Hà Tĩnh kết nối với sàn giao dịch công nghệ quốc gia.",
     ["Sàn giao dịch công nghệ Hà Tĩnh"], ["Sàn giao dịch công nghệ quốc gia"]),
    ("UBND TỈNH HÀ TĨNH\n\nĐưa thông tin lên Sàn giao dịch công nghệ quốc gia.", ["Sàn giao dịch công nghệ quốc gia"], []),
    # an investment project under a proper name; not a bill, nor a heading in capitals
    ("UBND TỈNH LÂM ĐỒNG\n\nxử lý bùn đỏ tại khu vực Dự án Bauxite Tân Rai (xã Lộc Thắng). Góp ý dự án Luật Khoa học.",
     ["Bauxite Tân Rai"], ["Luật Khoa học"]),
    ("UBND TỈNH LÂM ĐỒNG\n\nII. CÁC DỰ ÁN THÀNH PHẦN\n1. Điều tra.", [], ["Thành Phần"]),
    # a contest's entry, its winners named at length between the prize and the entry
    ('UBND TỈNH BÌNH DƯƠNG\n\nGiải Nhất (trị giá 60 triệu đồng) thuộc về nhóm sinh viên Khoa Kỹ thuật - Công nghệ, Trường '
     'Đại học Thủ Dầu Một với dự án "Gạch không nung từ tro xỉ lò hơi".', [], ["Gạch không nung từ tro xỉ lò hơi"]),
])
def test_centres_exchanges_and_projects_under_proper_names(text: str, present: list[str], absent: list[str]) -> None:
    found = project_names(text)
    assert all(fold(n) in found for n in present) and not any(fold(n) in found for n in absent)


def test_a_project_titled_by_the_centre_it_builds_is_no_body() -> None:
    from vnst.loaders.extract import gather
    text = 'UBND TỈNH BÌNH ĐỊNH\n\n(3). Dự án "Trung tâm Dữ liệu Ghềnh Ráng" của Tập đoàn FPT: đang xây dựng.'
    found = gather(text)
    assert "Trung tâm Dữ liệu Ghềnh Ráng" in {p.name for p in found.projects}
    assert "Trung tâm Dữ liệu Ghềnh Ráng" not in {o.name for o in found.orgs}


def test_a_project_that_builds_a_body_s_capacity_leaves_the_body_a_body() -> None:
    from vnst.loaders.extract import gather
    text = ("UBND TỈNH CÀ MAU\n\n(4). Dự án Đầu tư nâng cao năng lực Trung tâm Ứng dụng tiến bộ khoa học và công nghệ Cà Mau:"
            " hoàn thành năm 2019.")
    assert "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ Cà Mau" in {o.name for o in gather(text).orgs}


def test_a_zone_named_by_its_purpose_before_its_site_is_the_province_s() -> None:
    text = "UBND TỈNH BẠC LIÊU\n\nĐẩy nhanh xây dựng Khu nông nghiệp ứng dụng công nghệ cao sản xuất lúa tại xã Vĩnh Lợi."
    assert fold("Khu nông nghiệp ứng dụng công nghệ cao sản xuất lúa Bạc Liêu") in project_names(text)


@pytest.mark.parametrize("text, name", [
    # a standard's code keeps its dash as written; a name's parts joined by a dash are spaced
    ('UBND TỈNH PHÚ YÊN\n\nDự án "Đầu tư dây chuyền sản xuất thuốc đạt tiêu chuẩn EU-GMP" được Quỹ cho vay 5 tỷ đồng.',
     "Đầu tư dây chuyền sản xuất thuốc đạt tiêu chuẩn EU-GMP"),
    # what a station becomes is no part of its name
    ("UBND TỈNH HÀ GIANG\n\nb) Nâng cấp Trạm Nghiên cứu cây dược liệu Quản Bạ thành cơ sở nghiên cứu, chuyển giao giống.",
     "Trạm Nghiên cứu cây dược liệu Quản Bạ"),
    # ... but a city is
    ("UBND TỈNH LÂM ĐỒNG\n\nXây dựng Trạm Nghiên cứu hoa thành phố Đà Lạt.", "Trạm Nghiên cứu hoa thành phố Đà Lạt"),
])
def test_a_project_s_code_and_what_it_becomes(text: str, name: str) -> None:
    assert fold(name) in project_names(text)


def test_a_province_s_incubator_named_bare_is_the_province_its_sentence_speaks_of() -> None:
    text = ("- Ông Trần Hữu Phước, Phó Giám đốc Sở Khoa học và Công nghệ tỉnh Gia Lai cho biết, 23 dự án trên địa bàn tỉnh "
            "(gồm cả tỉnh Bình Định cũ) đã hình thành chuỗi sản xuất; tỉnh đang xây dựng Vườn ươm doanh nghiệp công nghệ "
            "cao của tỉnh để hỗ trợ các hợp tác xã.\n")
    # (what a count takes in, in brackets, names no project)
    assert project_names(text) == {"vuon uom doanh nghiep cong nghe cao gia lai"}


@pytest.mark.parametrize("text, expected", [
    # a port in a company's name is no facility the text speaks of
    ("| 3 | Công ty cổ phần Cảng Quy Nhơn | phường Quy Nhơn | Ứng dụng trí tuệ nhân tạo điều phối bến bãi | 1.150 |\n", set()),
    ("Tổng công ty Tân Cảng Sài Gòn hợp tác với Công ty TNHH Cảng quốc tế Cái Mép.", set()),
    # ... the port itself, named on its own, is one
    ("Hàng hóa qua Cảng Quy Nhơn tăng 12%.", {"cang quy nhon"}),
])
def test_a_facility_inside_a_company_s_name_is_none(text: str, expected: set[str]) -> None:
    assert project_names(text) == expected
