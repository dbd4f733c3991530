"""Projects and facilities: head words, proper names, hosts, quoted titles."""

from __future__ import annotations

import pytest
from loader_helpers import project_names

from vnst.loaders.extract import gather
from vnst.textnorm import fold


@pytest.mark.parametrize("text, name", [
    ("UBND tỉnh Phú Thọ hỗ trợ xây dựng Trung tâm Đổi mới sáng tạo tỉnh Phú Thọ.",
     "Trung tâm Đổi mới sáng tạo tỉnh Phú Thọ"),
    ("Bộ hỗ trợ Trường Đại học Vinh xây dựng Trung tâm Đổi mới sáng tạo Trường Đại học Vinh trong năm tới.",
     "Trung tâm Đổi mới sáng tạo Trường Đại học Vinh"),
    ("Tỉnh ưu tiên phát triển Khu kinh tế Vũng Áng và các khu công nghiệp.", "Khu kinh tế Vũng Áng"),
    ("Thu hút nhà khoa học về Khu đô thị Khoa học Hòa Lạc.", "Khu đô thị Khoa học Hòa Lạc"),
    ("Mở rộng Khu nông nghiệp ứng dụng công nghệ cao Phú Hộ - Thanh Ba tại huyện Thanh Ba.",
     "Khu nông nghiệp ứng dụng công nghệ cao Phú Hộ - Thanh Ba"),
    ("(3). Vườn ươm doanh nghiệp khởi nghiệp đổi mới sáng tạo tại Trường Đại học Sư phạm Kỹ\nthuật Nam Định "
     "đã ươm tạo 9 dự án.",
     "Vườn ươm doanh nghiệp khởi nghiệp đổi mới sáng tạo tại Trường Đại học Sư phạm Kỹ thuật Nam Định"),
    ('Sở phê duyệt Dự án "Phát triển vùng cam Cao Phong tại huyện Cao Phong, tỉnh Hòa Bình".',
     "Phát triển vùng cam Cao Phong tại huyện Cao Phong, tỉnh Hòa Bình"),
    # the level word alone, capitalised, after a one-per-province facility: the home city's
    ("Sở Khoa học và Công nghệ thành phố Hải Phòng đề nghị các doanh nghiệp trong Khu Công nghệ cao Thành phố "
     "gửi phiếu.", "Khu công nghệ cao Hải Phòng"),
])
def test_named_projects(text: str, name: str) -> None:
    assert fold(name) in project_names(text)


@pytest.mark.parametrize("text", [
    "Trên địa bàn tỉnh có 16 khu công nghiệp được quy hoạch.",
    "Các khu kinh tế ven biển thu hút nhiều dự án.",
])
def test_unnamed_zones_are_not_projects(text: str) -> None:
    assert project_names(text) == set()


def test_a_host_university_stays_an_organisation() -> None:
    text = "Bộ hỗ trợ xây dựng Trung tâm Đổi mới sáng tạo Trường Đại học Vinh."
    assert "Trường Đại học Vinh" in {o.name for o in gather(text).orgs}


@pytest.mark.parametrize("text, name", [
    # lower-case words saying the kind of zone come before its proper name
    ("Tỉnh đề nghị phát triển Khu kinh tế cửa khẩu Cầu Treo thành trung tâm logistics.",
     "Khu kinh tế cửa khẩu Cầu Treo"),
    ("3. Hợp tác phát triển Khu kinh tế ven biển Vũng Áng\n", "Khu kinh tế ven biển Vũng Áng"),
    # a place in brackets after a numbered item's name says where it is
    ("(2). Khu kinh tế cửa khẩu Cha Lo (huyện Minh Hóa): thu hút 5 dự án.", "Khu kinh tế cửa khẩu Cha Lo"),
    # a named plant
    ("các nhà máy chủ lực như Nhà máy Nhiệt điện Vĩnh Tân, các nhà máy khác", "Nhà máy Nhiệt điện Vĩnh Tân"),
    ("Nhà máy Đạm Phú Mỹ tiếp tục sản xuất.", "Nhà máy Đạm Phú Mỹ"),
    # a power complex of several plants
    ("Khảo sát vận hành tại Trung tâm Điện lực Vĩnh Tân (xã Vĩnh Tân, huyện Tuy Phong).", "Trung tâm Điện lực Vĩnh Tân"),
    # a smart-city operations centre under its own name
    ("Bộ hỗ trợ tỉnh xây dựng Trung tâm Giám sát, điều hành đô thị thông minh tỉnh Hà Tĩnh.",
     "Trung tâm Giám sát, điều hành đô thị thông minh tỉnh Hà Tĩnh"),
    # a port or an airport under its proper name
    ("Tỉnh kiến nghị nâng cấp Cảng hàng không Phù Cát thành cảng quốc tế.", "Cảng hàng không Phù Cát"),
    ("Hàng hóa xuất khẩu qua Cảng biển Cái Mép tăng mạnh.", "Cảng biển Cái Mép"),
    # a key laboratory: its field in lower case and its region; the host after 'tại' is not part of it
    ("Viện đề nghị đầu tư Phòng thí nghiệm trọng điểm công nghệ gen cây trồng vùng Tây Nguyên tại Viện.",
     "Phòng thí nghiệm trọng điểm công nghệ gen cây trồng vùng Tây Nguyên"),
    # a start-up space named after the university that hosts it
    ("Sở hỗ trợ xây dựng Không gian sáng tạo Trường Đại học Cần Thơ cho sinh viên.",
     "Không gian sáng tạo Trường Đại học Cần Thơ"),
    # an innovation centre that also supports start-ups, named whole
    ("Trung tâm Đổi mới sáng tạo và Hỗ trợ khởi nghiệp tỉnh Quảng Bình được tổ chức lại và đi vào hoạt động.",
     "Trung tâm Đổi mới sáng tạo và Hỗ trợ khởi nghiệp tỉnh Quảng Bình"),
])
def test_zones_plants_centres_ports_and_labs(text: str, name: str) -> None:
    assert fold(name) in project_names(text)


@pytest.mark.parametrize("text", [
    "Tỉnh có các nhà máy chế biến nông sản.",
    "Nhà máy Xi măng đi vào hoạt động.",
    "Ban Quản lý Khu kinh tế tỉnh thẩm định dự án.",
    # a start-up space of no host and no province, a lab with no field, and the ports authority
    "Đoàn viên thanh niên tham gia Không gian khởi nghiệp do Đoàn trường tổ chức.",
    "Tỉnh khuyến khích phát triển không gian khởi nghiệp đổi mới sáng tạo.",
    "Các Phòng thí nghiệm trọng điểm của Bộ được nâng cấp.",
    "Cảng vụ Hàng hải Quy Nhơn kiểm tra tàu thuyền.",
    # a numbered report item about a unit every province has reports on a body, not a facility
    "(4). Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Hà Giang được công nhận thêm 12 phép thử.",
    "(2). Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh được giao chủ trì 3 nhiệm vụ.",
    # a centre to build with no proper name in it
    "Tỉnh sẽ xây dựng Trung tâm dữ liệu của tỉnh trong năm 2025.",
])
def test_no_proper_name_no_project(text: str) -> None:
    assert project_names(text) == set()


def test_operations_centre_without_its_place_is_the_home_provinces() -> None:
    text = ("UBND TỈNH HÀ TĨNH\n\nTỉnh xây dựng Trung tâm Giám sát, điều hành đô thị thông minh tỉnh Hà Tĩnh. "
            "Thứ trưởng đề nghị sớm đưa Trung tâm Giám sát, điều hành đô thị thông minh vào vận hành.")
    found = [p for p in gather(text).projects if fold(p.name).startswith("trung tam giam sat")]
    assert [fold(p.name) for p in found] == [fold("Trung tâm Giám sát, điều hành đô thị thông minh tỉnh Hà Tĩnh")]
    assert len(found[0].spans) == 2
    assert not [o for o in gather(text).orgs if fold(o.name).startswith("trung tam")]


@pytest.mark.parametrize("written, place", [
    ("Trung tâm Giám sát, điều hành thông minh của tỉnh", "Phú Yên"),
    ("Trung tâm giám sát, điều hành thông minh (IOC) của tỉnh", "Phú Yên"),
    # the province written after its abbreviation: as written
    ("Trung tâm Giám sát, điều hành thông minh (IOC) tỉnh Phú Yên", "tỉnh Phú Yên"),
])
def test_an_operations_centre_of_the_province_is_named_with_the_province_as_its_other_facilities_are(written: str,
                                                                                                    place: str) -> None:
    text = f"UBND TỈNH PHÚ YÊN\n\nKết nối camera giám sát với {written} trong năm 2026."
    assert [fold(p.name) for p in gather(text).projects] == [fold(f"Trung tâm Giám sát, điều hành thông minh {place}")]


@pytest.mark.parametrize("text, expected", [
    # a list of zones after 'các khu công nghiệp': one zone each; a bracketed place is not a project
    ("Có 120 dự án FDI tại các khu công nghiệp Tam Hiệp, Mỹ Phước và Sóng Thần (huyện Bến Cát) đang hoạt động.",
     {"khu cong nghiep tam hiep", "khu cong nghiep my phuoc", "khu cong nghiep song than"}),
    # a plant named by a lower-case kind and its place
    ("(2). Nhà máy thủy điện Sông Tranh tại huyện Bắc Trà My đã phát điện.", {"nha may thuy dien song tranh"}),
    # a local zone's lower-case purpose before the place; a later mention with the purpose alone is the same zone
    ("Khu nông nghiệp ứng dụng công nghệ cao sản xuất lúa giống Sóc Trăng thu hút 3 doanh nghiệp. "
     "Hạ tầng Khu nông nghiệp ứng dụng công nghệ cao sản xuất lúa giống còn thiếu.",
     {"khu nong nghiep ung dung cong nghe cao san xuat lua giong soc trang"}),
    # (the place wrapped onto the next line)
    ("sản xuất giống tại Khu nông nghiệp ứng dụng công nghệ cao nuôi trồng thủy sản Cà\nMau (xã Tân Ân).",
     {"khu nong nghiep ung dung cong nghe cao nuoi trong thuy san ca mau"}),
])
def test_zone_lists_plants_and_purposed_zones(text: str, expected: set[str]) -> None:
    assert project_names(text) == expected


def test_a_numbered_new_facility_is_still_one() -> None:
    text = "(3). Trạm quan trắc chất lượng nước tự động tại huyện Tân Hồng đi vào hoạt động."
    assert project_names(text) == {fold("Trạm quan trắc chất lượng nước tự động")}


@pytest.mark.parametrize("text, expected", [
    # a named zone whose proper name is on the next line of a table cell
    ("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n\nhỗ trợ doanh nghiệp tại Khu kinh tế cửa khẩu\nĐồng Đăng - Lạng Sơn\n"
     "Sở KH&CN\n", {"Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn"}),
    # ... but a body's head word on the next line begins another cell
    ("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n\nthu hút đầu tư vào khu công nghiệp\nSở KH&CN chủ trì.\n", set()),
    # an incubator without a proper name or host is the province's
    ("ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\n\nVườn ươm doanh nghiệp khởi nghiệp đổi mới sáng tạo của tỉnh ươm tạo 12 dự án.\n",
     {"Vườn ươm doanh nghiệp khởi nghiệp đổi mới sáng tạo Bắc Giang"}),
    # ... and the farming its start-ups do, after what it fosters
    ("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\n\nHoàn thiện Vườn ươm doanh nghiệp khởi nghiệp nông nghiệp công nghệ cao tỉnh Đắk Lắk.\n",
     {"Vườn ươm doanh nghiệp khởi nghiệp nông nghiệp công nghệ cao Đắk Lắk"}),
    # a monitoring station capitalised as a name; in lower case it is a count
    ("ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\n\nVận hành Trạm quan trắc môi trường nước tự động đặt tại huyện Lục Nam.\n",
     {"Trạm quan trắc môi trường nước tự động"}),
    ("ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\n\nToàn tỉnh có 3 trạm quan trắc tự động.\n", set()),
])
def test_zones_incubators_and_stations(text: str, expected: set[str]) -> None:
    assert project_names(text) == {fold(name) for name in expected}


@pytest.mark.parametrize("text, name", [
    # a quoted title after the kind of project and a colon
    ('2. Dự án sản xuất thử nghiệm: "Hoàn thiện quy trình chế biến gạo đặc sản Séng Cù tại xã Thanh Nưa".',
     "Hoàn thiện quy trình chế biến gạo đặc sản Séng Cù tại xã Thanh Nưa"),
    # the city whose name alone is a person's keeps its level word in a facility's name
    ("kết nối cung - cầu qua Sàn giao dịch công nghệ TP. Hồ Chí Minh;", "Sàn giao dịch công nghệ thành phố Hồ Chí Minh"),
    ("doanh nghiệp vào Khu công nghệ cao TP. Hồ Chí Minh tại thành phố Thủ Đức.",
     "Khu công nghệ cao thành phố Hồ Chí Minh"),
    # a centre to build, named by its purpose and the product it serves, commas inside
    ("hỗ trợ tỉnh xây dựng Trung tâm nghiên cứu, sản xuất giống Sâm Lai Châu với quy mô 15 ha.",
     "Trung tâm nghiên cứu, sản xuất giống Sâm Lai Châu"),
    # ... or to invest in, its site in brackets after it
    ("đầu tư Trung tâm nghiên cứu và nhân giống chè Shan Hà Giang (đặt tại xã Cao Bồ); hoàn thiện quy trình.",
     "Trung tâm nghiên cứu và nhân giống chè Shan Hà Giang"),
])
def test_projects_seen_in_set_r(text: str, name: str) -> None:
    assert fold(name) in project_names(text)



@pytest.mark.parametrize("text, expected", [
    # a centre named with its province; the place it will stand in is not part of its name
    ("- Thành lập Trung tâm Đổi mới sáng tạo tỉnh Hưng Yên tại thành phố Hưng Yên; nâng cấp phòng thí nghiệm.",
     {"Trung tâm Đổi mới sáng tạo tỉnh Hưng Yên"}),
    # the place ends with its line: the next line is another cell
    ("Đề án thành lập Trung tâm Đổi mới sáng tạo tỉnh Hưng Yên\nSở Khoa học và Công nghệ\nQuý IV/2025\n",
     {"Trung tâm Đổi mới sáng tạo tỉnh Hưng Yên"}),
    # the level word alone is the document's province
    ("UBND TỈNH NGHỆ AN\n\nĐẩy nhanh tiến độ xây dựng Trung tâm Đổi mới sáng tạo tỉnh.",
     {"Trung tâm Đổi mới sáng tạo tỉnh Nghệ An"}),
    # a report's numbered model is what was done, not a project (sets E and O annotate it so; T counted one,
    # a disagreement the loaders settle with the two)
    ("(2). Mô hình trồng sâm Ngọc Linh dưới tán rừng tại huyện Nam Trà My do Viện Dược liệu chủ trì.", set()),
    # a numbered project's name ends before its budget
    ("(3). Dự án Đầu tư nâng cao năng lực thử nghiệm của Trung tâm Ứng dụng tiến bộ khoa học và công nghệ\n"
     "với tổng mức đầu tư 12,5 tỷ đồng, do Sở Khoa học và Công nghệ làm chủ đầu tư.",
     {"Đầu tư nâng cao năng lực thử nghiệm của Trung tâm Ứng dụng tiến bộ khoa học và công nghệ"}),
    # an annex's list: a laboratory with its lead body
    ("4. Phòng thí nghiệm vật liệu tiên tiến tại quận Hải Châu. Chủ trì: Trường Đại học Bách khoa.",
     {"Phòng thí nghiệm vật liệu tiên tiến"}),
    ("4. Phòng thí nghiệm được nâng cấp trong năm 2024.", set()),
])
def test_projects_seen_in_set_t(text: str, expected: set[str]) -> None:
    assert project_names(text) == {fold(name) for name in expected}


def test_the_body_that_owns_a_project_stays_a_body() -> None:
    text = ("(3). Dự án Đầu tư nâng cao năng lực thử nghiệm của Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng\n"
            "với tổng mức đầu tư 24,6 tỷ đồng.\n")
    assert "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng" in [o.name for o in gather(text).orgs]


def test_a_start_up_incubator_named_after_its_university() -> None:
    text = "Bên A hỗ trợ Vườn ươm Khởi nghiệp Trường Đại học Vinh kết nối nhà đầu tư."
    assert project_names(text) == {fold("Vườn ươm Khởi nghiệp Trường Đại học Vinh")}


@pytest.mark.parametrize("text, expected", [
    # the digital technology park of the 2025 law, the province's when no name follows
    ("UBND TỈNH AN GIANG\n\nđề nghị hỗ trợ xây dựng Khu công nghệ số tập trung tại đặc khu Phú Quốc.",
     {"Khu công nghệ số tập trung An Giang"}),
    # an incubator's kind is kept as written
    ("UBND TỈNH NGHỆ AN\n\nnghiên cứu thành lập Vườn ươm doanh nghiệp công nghệ cao tại thành phố Vinh.",
     {"Vườn ươm doanh nghiệp công nghệ cao Nghệ An"}),
    # an annex's note in brackets names no project
    ('Dự án "Phát triển giống dừa" được nghiệm thu.\n(Kèm theo Báo cáo số 1482/BC-SKHCN ngày 05/12/2023 của '
     "Sở KH&CN tỉnh Bến Tre)", {"Phát triển giống dừa"}),
])
def test_projects_seen_in_set_s(text: str, expected: set[str]) -> None:
    assert project_names(text) == {fold(name) for name in expected}


@pytest.mark.parametrize("text, expected", [
    # the country's exchange, not the province's
    ("UBND TỈNH GIA LAI\nđưa thông tin công nghệ của tỉnh lên Sàn giao dịch công nghệ quốc gia.",
     {"san giao dich cong nghe quoc gia"}),
    # a table's column of project titles, each title as written
    ("Đơn vị tính: triệu đồng\nTT\nTên dự án\nTổ chức chủ trì\nKinh phí\n"
     "1\nNhân giống cà phê vối chất lượng cao tại huyện Chư Sê, tỉnh Gia Lai\nCông ty TNHH Nông sản Chư Sê\n3.400\n"
     "2\nBảo quản hồ tiêu sau thu hoạch tại huyện Chư Prông, tỉnh Gia Lai\nHợp tác xã Ia Púch\n2.100\n",
     {"nhan giong ca phe voi chat luong cao tai huyen chu se, tinh gia lai",
      "bao quan ho tieu sau thu hoach tai huyen chu prong, tinh gia lai"}),
    # a column of tasks to be assigned lists no projects; a definition in brackets names none
    ("TT\nTên nhiệm vụ\nĐơn vị đặt hàng\nKinh phí\n1\nNghiên cứu giống chè\nSở Nông nghiệp\n900\n", set()),
    ("Dự án thuộc Văn phòng các chương trình trọng điểm (sau đây gọi là Văn phòng Chương trình) đã nghiệm thu.", set()),
    # a news lead's source in brackets under a headline that counts projects
    ("Techfest Nghệ An 2025: 10 dự án khởi nghiệp vào chung kết\n\nThứ Bảy, 15/11/2025 - 19:42\n\n(BNA) - Ngày 15/11, "
     "tại thành phố Vinh, Sở tổ chức Ngày hội.", set()),
])
def test_national_exchange_table_titles_and_definitions(text: str, expected: set[str]) -> None:
    assert project_names(text) == expected


_TAB_TABLE = ("TT\tTên dự án\tTổ chức chủ trì\tKinh phí (triệu đồng)\n"
              "1\tTrồng dược liệu dưới tán rừng theo hướng hữu\ncơ tại huyện Mường Tè\tCông ty TNHH Dược liệu Lai Châu\t4.300\n"
              "2\tNuôi cá hồi tại huyện Tam Đường\tTrung tâm Thủy sản\t2.150\n\n")


@pytest.mark.parametrize("text, expected", [
    # a tab-separated table of titles, one wrapped onto the next line; the items that report on them
    # name them again by a few words in lower case
    (_TAB_TABLE + "(1). Dự án dược liệu dưới tán rừng: đã trồng 10 ha.\n\n(2). Dự án cá hồi chậm tiến độ do thiếu vốn.\n",
     {"trong duoc lieu duoi tan rung theo huong huu co tai huyen muong te", "nuoi ca hoi tai huyen tam duong"}),
    # a count or the decision that approved a project, in brackets, names no project
    ("Tỉnh có 09 dự án thuộc Chương trình (06 dự án do Trung ương quản lý, 03 dự án ủy quyền cho địa phương).", set()),
    ("Dự án nhân giống mắc ca (phê duyệt tại Quyết định số 2417/QĐ-BKHCN ngày 26/8/2020 của Bộ trưởng Bộ KH&CN) đạt"
     " kết quả tốt.", set()),
])
def test_projects_seen_in_set_v(text: str, expected: set[str]) -> None:
    assert project_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a laboratory under its own name, visited at its host; a report's 'Phòng thí nghiệm hiện có' names none
    ("Đoàn thăm Phòng thí nghiệm Vật liệu tiên tiến và Cảm biến tại Trường Đại học Quy Nhơn.",
     {"phong thi nghiem vat lieu tien tien va cam bien"}),
    ("Phòng thí nghiệm hiện có 12 thiết bị phân tích.", set()),
    # a joint laboratory to build is named by its capital letter, and ends before where it stands
    ("Hai bên phối hợp xây dựng Phòng thí nghiệm chung về công nghệ sinh học biển tại thành phố Nha Trang.",
     {"phong thi nghiem chung ve cong nghe sinh hoc bien"}),
    ("Trường xây dựng Phòng thí nghiệm hiện đại phục vụ đào tạo.", set()),
    # a centre to be set up is a project; one a decision set up is a body
    ("Đại học Huế sẽ thành lập Trung tâm Dữ liệu lớn và Điện toán đám mây trong năm 2025.",
     {"trung tam du lieu lon va dien toan dam may"}),
    ("Quyết định về việc thành lập Trung tâm Dịch vụ Nông nghiệp huyện Lạc Dương.", set()),
    # the country's centre placed in a province
    ("Bộ hỗ trợ đầu tư Trung tâm Đổi mới sáng tạo quốc gia tại Khánh Hòa.",
     {"trung tam doi moi sang tao quoc gia tai khanh hoa"}),
    # a network of exchanges is not one exchange
    ("Tỉnh kết nối với mạng lưới sàn giao dịch công nghệ quốc gia.", set()),
])
def test_projects_seen_in_set_w(text: str, expected: set[str]) -> None:
    assert project_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an agricultural zone named without 'ứng dụng' keeps the name the text gives it
    ("THỎA THUẬN HỢP TÁC giữa Ủy ban nhân dân thành phố Đà Nẵng và Ủy ban nhân dân tỉnh Quảng Nam\n\n"
     "Tham quan Khu Nông nghiệp Công nghệ cao Đà Nẵng.", {"khu nong nghiep cong nghe cao da nang"}),
    ("Đà Nẵng, ngày 5 tháng 3 năm 2023\n\nKhu nông nghiệp ứng dụng công nghệ cao thành phố đã có 12 doanh nghiệp; "
     "Khu nông nghiệp công nghệ cao thu hút thêm 3 dự án.",
     {"khu nong nghiep ung dung cong nghe cao da nang"}),
    # in a city's agreement with a province, 'tỉnh' names the province a facility is built for
    ("THỎA THUẬN HỢP TÁC giữa Ủy ban nhân dân thành phố Đà Nẵng và Ủy ban nhân dân tỉnh Quảng Nam\n\n"
     "1. Thành phố hỗ trợ tỉnh xây dựng sàn giao dịch công nghệ.", {"san giao dich cong nghe quang nam"}),
])
def test_projects_seen_in_set_x(text: str, expected: set[str]) -> None:
    assert project_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quoted title after 'nhiệm vụ' or 'đề tài' names a research task, not a project (the guideline's
    # 'Dự án "..."'); after 'dự án' it names one
    ('Sở đề xuất nhiệm vụ "Ứng dụng công nghệ sinh học trong nhân giống sâm Ngọc Linh" để Bộ xem xét.', set()),
    ('2. Đề tài “Nghiên cứu chọn tạo giống cà phê chịu hạn”\nThời gian thực hiện: 36 tháng.', set()),
    ('Tỉnh triển khai Dự án "Phát triển vùng trồng sâm Ngọc Linh" tại huyện Nam Trà My.',
     {"phat trien vung trong sam ngoc linh"}),
    # a contest's winning entry is not a project
    ('Giải Nhì thuộc về dự án "Máy sấy nông sản dùng năng lượng mặt trời" của nhóm học sinh Trường THPT Lê Quý Đôn.',
     set()),
    # a numbered farm of a centre: the name ends before the body it belongs to
    ("(2). Trại giống cây lâm nghiệp của Trung tâm Khuyến nông tỉnh Gia Lai: cung ứng 1,2 triệu cây giống.",
     {"trai giong cay lam nghiep"}),
    # a science or software park under its proper name
    ("Đoàn tham quan Công viên phần mềm Quang Trung và Công viên Khoa học Daedeok.",
     {"cong vien phan mem quang trung", "cong vien khoa hoc daedeok"}),
    # the province's data centre named by the level word alone; the project that builds it, titled
    # with its province, is the same
    ("Hà Giang, ngày 2 tháng 4 năm 2024\n\nCác sở kết nối dữ liệu với Trung tâm dữ liệu tỉnh.",
     {"trung tam du lieu ha giang"}),
    ('Hà Giang, ngày 2 tháng 4 năm 2024\n\n(1). Dự án "Xây dựng Trung tâm dữ liệu tỉnh Hà Giang": giải ngân 40%.\n'
     "Phấn đấu Dự án Trung tâm dữ liệu tỉnh hoàn thành năm 2025.", {"xay dung trung tam du lieu tinh ha giang"}),
    ("Hà Giang, ngày 2 tháng 4 năm 2024\n\nhình thành Trung tâm dữ liệu của tỉnh", set()),
    # named with its province, as written
    ("Hà Giang, ngày 2 tháng 4 năm 2024\n\nnâng cấp Trung tâm dữ liệu tỉnh Hà Giang và hạ tầng 5G.",
     {"trung tam du lieu tinh ha giang"}),
    # many of a kind ('các sàn ...') are no one facility
    ("Bình Dương, ngày 2 tháng 4 năm 2024\n\nthành lập Sàn giao dịch công nghệ của tỉnh, kết nối với các sàn giao "
     "dịch công nghệ vùng Đông Nam Bộ.", {"san giao dich cong nghe binh duong"}),
])
def test_projects_seen_in_set_y(text: str, expected: set[str]) -> None:
    assert project_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a laboratory put into use, named by its field in lower case
    ("Sơn La, ngày 2 tháng 4 năm 2023\n\nTrung tâm đã đưa vào sử dụng Phòng thí nghiệm phân tích chất lượng nông sản, "
     "phục vụ doanh nghiệp.", {"phong thi nghiem phan tich chat luong nong san"}),
    ("Sơn La, ngày 2 tháng 4 năm 2023\n\nTrường khánh thành Phòng thí nghiệm sinh học phân tử tại cơ sở 2.",
     {"phong thi nghiem sinh hoc phan tu"}),
    # words of praise, or too few words, name no laboratory
    ("Sơn La, ngày 2 tháng 4 năm 2023\n\nViện đưa vào sử dụng Phòng thí nghiệm hiện đại, đạt chuẩn ISO.", set()),
    ("Sơn La, ngày 2 tháng 4 năm 2023\n\nViện đưa vào sử dụng Phòng thí nghiệm vi sinh.", set()),
    # a numbered project named with its owner after it; an incubator named by the farming its firms do
    ("Sóc Trăng, ngày 2 tháng 4 năm 2023\n\n(1). Dự án Vùng sản xuất lúa chất lượng cao liên kết tiêu thụ của Hợp tác xã"
     " Nông nghiệp Mỹ Xuyên: quy mô 150 ha.\n\n(2). Vườn ươm doanh nghiệp nông nghiệp ứng dụng công nghệ cao Sóc Trăng:"
     " diện tích 5 ha.", {"vung san xuat lua chat luong cao lien ket tieu thu",
                          "vuon uom doanh nghiep nong nghiep ung dung cong nghe cao soc trang"}),
    # one to be built, two fields joined by 'và'
    ("Sơn La, ngày 2 tháng 4 năm 2023\n\n- Hỗ trợ xây dựng Phòng thí nghiệm phân tích đất và nông sản tại tỉnh Hủa Phăn.",
     {"phong thi nghiem phan tich dat va nong san"}),
    # an innovation centre's brand joined to its place by a dash
    ("Sơn La, ngày 2 tháng 4 năm 2023\n\nXây dựng Trung tâm Đổi mới sáng tạo Nông lâm - Sơn La tại thành phố Sơn La.",
     {"trung tam doi moi sang tao nong lam - son la"}),
])
def test_projects_seen_in_set_a(text: str, expected: set[str]) -> None:
    assert project_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a numbered project named with the zone it serves: both
    ("Hải Phòng, ngày 2 tháng 4 năm 2023\n\n(1). Dự án Hạ tầng kỹ thuật Khu công nghệ cao Hải Phòng (giai đoạn 1): "
     "tổng mức đầu tư 900 tỷ đồng.\n", {"ha tang ky thuat khu cong nghe cao hai phong", "khu cong nghe cao hai phong"}),
    # a quoted title with its place after it stays the title
    ('Hải Phòng, ngày 2 tháng 4 năm 2023\n\n(2). Dự án "Xây dựng mô hình nuôi hàu" tại huyện Cát Hải: hoàn thành.\n',
     {"xay dung mo hinh nuoi hau"}),
    # an investment project named by the plant or centre it builds, its kind in lower case
    ("Hải Phòng, ngày 2 tháng 4 năm 2023\n\na) Dự án Nhà máy sản xuất pin lithium của Công ty TNHH Năng lượng "
     "Xanh, vốn đầu tư 80 triệu USD.\n", {"nha may san xuat pin lithium"}),
    # the province's data centre written with 'tỉnh' alone is the province's, not a project named 'tỉnh'
    ("Hải Phòng, ngày 2 tháng 4 năm 2023\n\nPhấn đấu Dự án Trung tâm dữ liệu tỉnh đạt 50% khối lượng.\n",
     {"trung tam du lieu hai phong"}),
    # a centre described only by its work, set up in a zone the text names: the zone in its name
    ("Hải Phòng, ngày 2 tháng 4 năm 2023\n\nHình thành Trung tâm kiểm định thiết bị y tế tại Khu công nghệ cao "
     "Hải Phòng vào năm 2027.\n",
     {"trung tam kiem dinh thiet bi y te tai khu cong nghe cao hai phong", "khu cong nghe cao hai phong"}),
])
def test_projects_seen_in_set_b(text: str, expected: set[str]) -> None:
    assert project_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a zone's kind in four lower-case words before its name
    ("Hà Tĩnh, ngày 2 tháng 4 năm 2024\n\nphát triển Khu kinh tế cửa khẩu quốc tế Lao Bảo.\n",
     {"khu kinh te cua khau quoc te lao bao"}),
    # a science city's kind capitalised as its name, with its second field
    ("Bình Định, ngày 2 tháng 4 năm 2024\n\ntại Khu Đô thị Khoa học và Giáo dục Quy Hòa (phường Ghềnh Ráng).\n",
     {"khu do thi khoa hoc va giao duc quy hoa"}),
    # a start-up centre capitalised, named with its city; its short name is no project of its own
    ("Huế, ngày 2 tháng 4 năm 2025\n\ngiới thiệu 62 dự án tại khu trưng bày của Trung tâm Khởi nghiệp đổi mới sáng "
     "tạo Thành phố Đà Nẵng (DNES).\n", {"trung tam khoi nghiep doi moi sang tao thanh pho da nang"}),
    # a station to build ends where its purpose begins
    ("Cà Mau, ngày 2 tháng 4 năm 2024\n\nPhối hợp xây dựng Trạm nghiên cứu sinh thái rừng ngập mặn Năm Căn phục vụ "
     "nghiên cứu của sinh viên.\n", {"tram nghien cuu sinh thai rung ngap man nam can"}),
])
def test_projects_seen_in_set_c(text: str, expected: set[str]) -> None:
    assert project_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'và Đổi mới sáng tạo' capitalised inside a start-up centre's name
    ("Yên Bái, ngày 2 tháng 4 năm 2023\n\nĐiều 1. Thành lập Trung tâm Hỗ trợ khởi nghiệp và Đổi mới sáng tạo tỉnh "
     "Yên Bái trực thuộc Sở.\n", {"trung tam ho tro khoi nghiep va doi moi sang tao tinh yen bai"}),
    # a trade's centre, named by the trade and the village it serves
    ("Nam Định, ngày 2 tháng 4 năm 2025\n\nĐề nghị hỗ trợ xây dựng Trung tâm đổi mới sáng tạo dệt may Nam Trực.\n",
     {"trung tam doi moi sang tao det may nam truc"}),
])
def test_projects_seen_in_set_e(text: str, expected: set[str]) -> None:
    assert project_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a province's data integration centre, named with the province
    ("Gia Lai, ngày 2 tháng 4 năm 2021\n\nnâng cấp Trung tâm Tích hợp dữ liệu tỉnh đáp ứng yêu cầu kết nối.\n",
     {"trung tam tich hop du lieu gia lai"}),
    # a facility the province has none of
    ("Kon Tum, ngày 2 tháng 4 năm 2023\n\ntỉnh chưa có khu công nghệ cao, các tổ chức còn khó khăn.\n", set()),
    # an incubator named by the enterprises it hosts, 'khoa học và công nghệ'
    ("Bến Tre, ngày 2 tháng 4 năm 2023\n\nthuê mặt bằng tại Vườn ươm doanh nghiệp khoa học và công nghệ tỉnh Bến Tre.\n",
     {"vuon uom doanh nghiep khoa hoc va cong nghe ben tre"}),
])
def test_projects_seen_in_set_j(text: str, expected: set[str]) -> None:
    assert project_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a software park by its number; a start-up space at the school that hosts it
    ("Quý IV/2025\n\nThành phố đang đầu tư Công viên phần mềm số 2 với tổng mức đầu tư 1.100 tỷ đồng.",
     {"Công viên phần mềm số 2"}),
    ("Quý IV/2025\n\n6. Phát triển Không gian đổi mới sáng tạo tại Trường Đại học Hùng Vương; kết nối thanh niên.",
     {"Không gian đổi mới sáng tạo tại Trường Đại học Hùng Vương"}),
    # a zone's place cut by a line break
    ("Quý IV/2025\n\nĐề nghị UBND tỉnh sớm đầu tư hạ tầng Khu nông nghiệp ứng dụng công nghệ cao Mường\nPhăng (quy mô"
     " 200 ha).", {"Khu nông nghiệp ứng dụng công nghệ cao Mường Phăng"}),
    # a report's numbered model is what was done, not a project
    ("Quý IV/2025\n\n(1). Mô hình sản xuất rau trong nhà màng: do Hợp tác xã Mường Phăng thực hiện trên 4,5 ha.", set()),
])
def test_projects_seen_in_set_o(text: str, expected: set[str]) -> None:
    assert project_names(text) == {fold(name) for name in expected}


@pytest.mark.parametrize("text, name", [
    # an incubation centre and a workshop under their own names; a laboratory's long name ends before where it stands
    ("Năm 2024, Trung tâm Ươm tạo Doanh nghiệp Nông nghiệp Công nghệ cao (AHTI) tiếp nhận 12 dự án.",
     "Trung tâm Ươm tạo Doanh nghiệp Nông nghiệp Công nghệ cao"),
    ("Trường nâng cấp Xưởng Cơ khí chính xác (Fablab) với kinh phí 3 tỷ đồng.", "Xưởng Cơ khí chính xác"),
    ("Hỗ trợ xây dựng Phòng thí nghiệm chung Việt Nam - Nhật Bản về công nghệ sau thu hoạch rau quả đặt tại Viện Cơ điện "
     "nông nghiệp.", "Phòng thí nghiệm chung Việt Nam - Nhật Bản về công nghệ sau thu hoạch rau quả"),
    # an industrial complex under its owner's and site's name, a phase's number after it
    ("Dự án Khu liên hợp sản xuất gang thép Hòa Phát Dung Quất 2 tại xã Bình Đông dự kiến vận hành năm 2025.",
     "Khu liên hợp sản xuất gang thép Hòa Phát Dung Quất 2"),
    ("giảm phát thải tại Khu liên hợp gang thép Formosa Hà Tĩnh.", "Khu liên hợp gang thép Formosa Hà Tĩnh"),
    # a park's name with a river's bank in lower case
    ("Phủ sóng 5G tại Khu công nghiệp Bờ trái Sông Đà.", "Khu công nghiệp Bờ trái Sông Đà"),
    # the kind of project in lower case before its quoted title
    ('Tỉnh phối hợp với JICA triển khai dự án hỗ trợ kỹ thuật "Phát triển chuỗi giá trị cà phê bền vững tỉnh Sơn La".',
     "Phát triển chuỗi giá trị cà phê bền vững tỉnh Sơn La"),
    # a region's innovation centre and the province it stands in
    ("có cơ chế để tỉnh xây dựng Trung tâm Đổi mới sáng tạo vùng Đông Nam Bộ tại Bình Dương; hỗ trợ doanh nghiệp.",
     "Trung tâm Đổi mới sáng tạo vùng Đông Nam Bộ tại Bình Dương"),
    # a research or experimental station named by what it studies and its place, up to a bracket or a function word
    ("hạ tầng của Trạm thực nghiệm giống cây trồng Mỹ Văn (huyện Mỹ Hào) đã xuống cấp.",
     "Trạm thực nghiệm giống cây trồng Mỹ Văn"),
    ("Viện đề nghị nâng cấp Trạm Nghiên cứu lâm sinh Hương Sơn của Viện.", "Trạm Nghiên cứu lâm sinh Hương Sơn"),
    # a zone of two kinds joined by a dash
    ("Phát triển thương mại qua biên giới gắn với Khu kinh tế - thương mại đặc biệt Cầu Treo.",
     "Khu kinh tế - thương mại đặc biệt Cầu Treo"),
])
def test_a_facility_or_project_under_its_own_name(text: str, name: str) -> None:
    assert fold(name) in project_names(text)


@pytest.mark.parametrize("text", [
    "Sở đề xuất thành lập một trung tâm ươm tạo doanh nghiệp của tỉnh.",
    "Xưởng sản xuất của hợp tác xã được mở rộng.",
    "Trạm thực nghiệm của Viện đã xuống cấp.",
])
def test_an_incubation_centre_or_a_workshop_in_lower_case_is_no_facility(text: str) -> None:
    assert project_names(text) == set()


def test_high_tech_agriculture_abbreviated_in_a_project_s_name_is_expanded() -> None:
    text = ('BÁO CÁO\n\n(1) Dự án "Xây dựng hạ tầng kỹ thuật Khu NNUDCNC tỉnh Kon Tum": tổng mức đầu tư 120 tỷ đồng.\n\n'
            "(2) Trung tâm Ươm tạo và chuyển giao công nghệ NNUDCNC: hoàn thành phần thô nhà điều hành.\n")
    names = [p.name for p in gather(text).projects]
    assert "Xây dựng hạ tầng kỹ thuật Khu nông nghiệp ứng dụng công nghệ cao tỉnh Kon Tum" in names
    assert "Trung tâm Ươm tạo và chuyển giao công nghệ nông nghiệp ứng dụng công nghệ cao" in names
