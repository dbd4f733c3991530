"""Organisation names: how far a name runs, which bodies a text names, and how mentions relate."""

from __future__ import annotations

import pytest
from loader_helpers import org_names as names

from vnst.loaders.orgs import find_orgs
from vnst.loaders.places import province_named


@pytest.mark.parametrize("text, expected", [
    # a comma inside an enumerated department name
    ("phối hợp với Sở Nông nghiệp và Phát triển nông thôn, Sở Văn hóa, Thể thao và Du lịch xây dựng kế hoạch",
     ["Sở Nông nghiệp và Phát triển nông thôn tỉnh Nghệ An", "Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An"]),
    ("báo cáo Bộ Văn hóa, Thể thao và Du lịch.", ["Bộ Văn hóa, Thể thao và Du lịch"]),
    # a long lower-case description that ends in the province's name
    ("Trung tâm Ứng dụng tiến bộ khoa học và công nghệ Nghệ An chuyển giao giống mới.",
     ["Trung tâm Ứng dụng tiến bộ khoa học và công nghệ Nghệ An"]),
    # ... but not a predicate that happens to end in a place
    ("Viện Lúa hỗ trợ nông dân Nghệ An.", ["Viện Lúa"]),
    # lower-case modifiers that close a name
    ("hợp tác với Viện Nghiên cứu Khoa học liên ngành (IIS) tổ chức hội thảo",
     ["Viện Nghiên cứu Khoa học liên ngành"]),
    ("cùng Viện Ứng dụng Công nghệ trong nông nghiệp.", ["Viện Ứng dụng Công nghệ trong nông nghiệp"]),
    ("Quỹ Đổi mới công nghệ quốc gia cấp kinh phí", ["Quỹ Đổi mới công nghệ quốc gia"]),
    # the office of the department the text names in full; the sentence ends after an abbreviation
    ("Sở Khoa học và Công nghệ tỉnh Nghệ An báo cáo. Thư ký: bà B, Phó Chánh Văn phòng Sở KH&CN.\n",
     ["Sở Khoa học và Công nghệ tỉnh Nghệ An", "Văn phòng Sở Khoa học và Công nghệ tỉnh Nghệ An"]),
    # a signature block's 'PHÓ TRƯỞNG BAN THƯỜNG TRỰC' is a post, no body
    ("THƯ KÝ                       CHỦ TRÌ\n                             PHÓ TRƯỞNG BAN THƯỜNG TRỰC\n", []),
    # 'chủ trì' (to lead) after a name is its verb, though 'nghiệp chủ' is a word
    ("do Trường Đại học Mỹ thuật Công nghiệp chủ trì, kinh phí 1,6 tỷ đồng", ["Trường Đại học Mỹ thuật Công nghiệp"]),
    # a function word that closes a capitalised word ('Chuyển giao') is no verb after the name
    ("với Trung tâm Ứng dụng và Chuyển giao công nghệ Nghệ An tổ chức", ["Trung tâm Ứng dụng và Chuyển giao công nghệ Nghệ An"]),
    # a one-syllable country name is a syllable of the name here
    ("Trường Đại học Việt Đức tổ chức lễ tốt nghiệp", ["Trường Đại học Việt Đức"]),
    ("làm việc với Trường Đại học Minh Đức.", ["Trường Đại học Minh Đức"]),
    # a sentence ends after the second syllable; the page number below is not part of the name
    ("nâng cao năng lực Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng.\n2\n",
     ["Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng"]),
    # 'nhiệm vụ' is a task, not a 'Vụ'
    ("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\n", []),
    ("triển khai các nhiệm vụ Khoa học cấp tỉnh", []),
    # sub-units named alone, also when only a post names them
    ("- Giao Phòng Quản lý khoa học làm đầu mối.", ["Phòng Quản lý khoa học"]),
    ("liên hệ ông Trần Văn Bình, Trưởng phòng Kế hoạch tài chính (điện thoại: 0238.123).",
     ["Phòng Kế hoạch tài chính"]),
    ("PGS.TS Võ Văn Bảo, Trưởng khoa Công nghệ thông tin cùng đại diện các đơn vị", ["Khoa Công nghệ thông tin"]),
    ("TS. Lê Thị An, Phó Trưởng khoa Nông học, Trường Đại học Vinh", ["Khoa Nông học", "Trường Đại học Vinh"]),
    ("Chủ tịch UBND thành phố Hải Phòng Nguyễn Văn Bình phát biểu",
     ["Ủy ban nhân dân thành phố Hải Phòng"]),
    ("phối hợp với Bệnh viện Đa khoa tỉnh Nghệ An đào tạo bác sĩ", ["Bệnh viện Đa khoa tỉnh Nghệ An"]),
    # innovation centres and facilities to be built are projects; an administrative centre is a building
    ("vận hành Trung tâm Đổi mới sáng tạo tỉnh Nghệ An;", []),
    ("hỗ trợ Trung tâm Hỗ trợ khởi nghiệp tỉnh Nam Định.", []),
    ("tại Trung tâm Hành chính thành phố Đà Nẵng.", []),
    ('dự án "Xây dựng Trung tâm Giống thủy sản Nghệ An" được phê duyệt', []),
    # the formal name of the provincial party committee
    ("Nghị quyết số 09-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về khoa học", ["Tỉnh ủy Nghệ An"]),
    ("của Ban Chấp hành Đảng bộ thành phố Hải Phòng về", ["Thành ủy Hải Phòng"]),
])
def test_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("TRƯỜNG ĐẠI HỌC VINH\nSố: 12/ĐHV-KHCN\n", ["Trường Đại học Vinh"]),
    # short syllables kept in capitals by the header's title-casing are title-cased in the name
    ("TRƯỜNG ĐẠI HỌC QUY NHƠN\n", ["Trường Đại học Quy Nhơn"]),
    ("TM. UBND TỈNH NGHỆ AN\nTRƯỜNG ĐẠI HỌC VINH\nKT. HIỆU TRƯỞNG\n", ["Ủy ban nhân dân tỉnh Nghệ An",
                                                                    "Trường Đại học Vinh"]),
    ("Trường Đại học Vinh            Nghệ An, ngày 5 tháng 3 năm 2024\n", ["Trường Đại học Vinh"]),
])
def test_header_lines_and_columns_end_a_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Nơi nhận:\n- UBND các huyện: Nam Đàn, Thanh Chương và Đô Lương;\n",
     ["Ủy ban nhân dân huyện Nam Đàn", "Ủy ban nhân dân huyện Thanh Chương", "Ủy ban nhân dân huyện Đô Lương"]),
    ("phối hợp với UBND thị xã Thái Hòa tổ chức", ["Ủy ban nhân dân thị xã Thái Hòa"]),
    ("báo cáo HĐND thành phố Vinh.", ["Hội đồng nhân dân thành phố Vinh"]),
    ("UBND thành phố Hà Nội chủ trì", ["Ủy ban nhân dân thành phố Hà Nội"]),
    # a provincial city named as its province is: its own committee, not the province's
    ("Ủy ban nhân dân thành phố Thái Nguyên và UBND tỉnh Thái Nguyên", ["Ủy ban nhân dân thành phố Thái Nguyên",
                                                                          "Ủy ban nhân dân tỉnh Thái Nguyên"]),
    ("báo cáo HĐND TP. Hà Tĩnh.", ["Hội đồng nhân dân thành phố Hà Tĩnh"]),
])
def test_district_committees(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("parent_alone, parent", [("", None), (" Đại học Đà Nẵng cử chuyên gia.", "Đại học Đà Nẵng")])
def test_member_university_named_with_its_parent(parent_alone: str, parent: str | None) -> None:
    text = ("Kính gửi: Trường Đại học Kinh tế, Đại học Đà Nẵng.\n\n"
            "Năm 2022, Trường Đại học Kinh tế đã phối hợp với Sở KH&CN." + parent_alone)
    found = find_orgs(text, home=province_named("Quảng Nam"))
    assert [(o.name, o.parent) for o in found][:3] == [
        ("Trường Đại học Kinh tế, Đại học Đà Nẵng", parent),
        ("Trường Đại học Kinh tế, Đại học Đà Nẵng", parent),
        ("Sở Khoa học và Công nghệ tỉnh Quảng Nam", "Ủy ban nhân dân tỉnh Quảng Nam")]


def test_abbreviation_defined_inline() -> None:
    text = ("Đại học Thái Nguyên (sau đây gọi tắt là ĐHTN) và UBND tỉnh Nghệ An ký kết. Theo Công văn "
            "số 15/ĐHTN-KHCN, Trường Đại học Y Dược, ĐHTN cử chuyên gia; ĐHTN bố trí kinh phí.")
    found = [(text[o.start:o.end], o.name) for o in find_orgs(text, home=province_named("Nghệ An"))]
    assert found == [
        ("Đại học Thái Nguyên", "Đại học Thái Nguyên"),
        ("UBND tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An"),
        ("Trường Đại học Y Dược, ĐHTN", "Trường Đại học Y Dược, Đại học Thái Nguyên"),
        ("ĐHTN", "Đại học Thái Nguyên")]


def test_one_name_for_a_body_written_with_and_without_tinh() -> None:
    text = ('Dự án "Đầu tư nâng cao năng lực Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng tỉnh Nam Định" '
            'đã hoàn thành. Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Nam Định đã kiểm định 500 phương tiện.')
    assert set(names(text, "Nam Định")) == {"Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Nam Định"}


@pytest.mark.parametrize("text, expected", [
    # corporations and associations after their head words
    ("đại diện Tập đoàn Dầu khí Quốc gia Việt Nam (PVN) phát biểu", ["Tập đoàn Dầu khí Quốc gia Việt Nam"]),
    ("phối hợp với Hội Làm vườn tỉnh Nghệ An và Sở Tài chính",
     ["Hội Làm vườn tỉnh Nghệ An", "Sở Tài chính tỉnh Nghệ An"]),
    # events, society and a place are not associations
    ("HỘI NGHỊ TỔNG KẾT NĂM 2023\n", []),
    ("Đại hội Đoàn thanh niên tổ chức", []),
    ("vì sự phát triển kinh tế - xã Hội Nghệ An", []),
    ("tham quan phố cổ Hội An năm 2023", []),
    # a university written with 'ĐH'
    ("phối hợp với Trường ĐH Nha Trang đào tạo", ["Trường Đại học Nha Trang"]),
    # the term of a party committee is not part of its name
    ("Nghị quyết của Ban Chấp hành Trung ương Đảng khóa XII về", ["Ban Chấp hành Trung ương Đảng"]),
    # 'Đảng bộ tỉnh' without the place is the province's party organisation
    ("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX", ["Đảng bộ tỉnh Nghệ An"]),
    # a number with a document's sign does not name the Government
    ("theo Nghị định số 15/2020/NĐ-CP về", []),
    # a list item on the next line ends a name
    ("2. Trách nhiệm của Đại học Vinh\n- Giao Phòng Khoa học làm đầu mối.",
     ["Đại học Vinh", "Phòng Khoa học"]),
    # a word cut at the line end is finished by the next line, 'tỉnh' without a place is the home province
    ("phối hợp với Ban Quản lý Khu kinh\ntế tỉnh thẩm định dự án", ["Ban Quản lý Khu kinh tế tỉnh Nghệ An"]),
    ("đại diện Ban Quản lý Khu kinh tế tỉnh và Sở Tài chính",
     ["Ban Quản lý Khu kinh tế tỉnh Nghệ An", "Sở Tài chính tỉnh Nghệ An"]),
    # after a two-syllable proper name, a lower-case verb before a comma is not part of the name
    ("phối hợp với Ban Quản lý Khu kinh tế Đông Nam nghiên cứu, đề xuất", ["Ban Quản lý Khu kinh tế Đông Nam"]),
    # a smart-city operations centre is a facility, not a body
    ("đưa Trung tâm Giám sát, điều hành đô thị thông minh vào vận hành", []),
])
def test_heads_terms_and_name_ends(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_header_line_ends_before_the_period() -> None:
    text = "GIỮA ỦY BAN NHÂN DÂN TỈNH NGHỆ AN VÀ TRƯỜNG ĐẠI HỌC VINH GIAI ĐOẠN 2024 - 2028\n"
    assert "Trường Đại học Vinh" in names(text)


@pytest.mark.parametrize("text, expected", [
    ("Nơi nhận:\n- UBND huyện Nam Đàn, Thanh Chương, Đô Lương;\n",
     ["Ủy ban nhân dân huyện Nam Đàn", "Ủy ban nhân dân huyện Thanh Chương", "Ủy ban nhân dân huyện Đô Lương"]),
    ("gửi UBND huyện Nam Đàn, Sở Tài chính.", ["Ủy ban nhân dân huyện Nam Đàn", "Sở Tài chính tỉnh Nghệ An"]),
])
def test_district_committees_listed_without_cac(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("written, expected", [
    ("Trường Đại học Kinh tế - Đại học Đà Nẵng", "Trường Đại học Kinh tế - Đại học Đà Nẵng"),
    ("Trường Đại học Kinh tế, Đại học Đà Nẵng", "Trường Đại học Kinh tế, Đại học Đà Nẵng"),
])
def test_member_university_keeps_the_separator_written(written: str, expected: str) -> None:
    assert names(f"Kính gửi: {written}.\n", "Quảng Nam") == [expected]


def test_abbreviated_national_university_expanded_in_a_unit_name() -> None:
    assert names("- Giao Ban Khoa học và Công nghệ ĐHQG-HCM làm đầu mối;", "Bình Dương") == [
        "Ban Khoa học và Công nghệ Đại học Quốc gia Thành phố Hồ Chí Minh"]


@pytest.mark.parametrize("text, expected", [
    # a sector written in lower case keeps its 'và' inside the name
    ("ông A, Vụ trưởng Vụ Quản lý khoa học và công nghệ vùng; bà B dự.",
     ["Vụ Quản lý khoa học và công nghệ vùng"]),
    # 'và các ...' begins another item: the lower-case words before it still end the name
    ("giao Viện Di truyền nông nghiệp và các phòng chức năng thực hiện.", ["Viện Di truyền nông nghiệp"]),
    # a Roman numeral numbers a branch and ends the name
    ("phối hợp với Viện Nghiên cứu Hải sản III thực hiện đề tài.", ["Viện Nghiên cứu Hải sản III"]),
    # a body of the provincial party committee written without the place
    ("- Ban Dân vận Tỉnh ủy;\n", ["Ban Dân vận Tỉnh ủy Nghệ An"]),
    # 'Chủ tịch Viện' followed by a person: the head word stands for a body named before
    ("do Chủ tịch Viện Nguyễn Văn An làm trưởng đoàn", []),
])
def test_name_ends_sectors_numerals_party_bodies(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an elliptic list of departments: one department per sector
    ("- Các Sở: Tài chính, GD&ĐT, Y tế;\n",
     ["Sở Tài chính tỉnh Nghệ An", "Sở Giáo dục và Đào tạo tỉnh Nghệ An", "Sở Y tế tỉnh Nghệ An"]),
    # (the provincial police is a body too: a unit of the Ministry of Public Security)
    ("đại diện các sở, ngành: Xây dựng, Tài nguyên và Môi trường và Công an tỉnh.",
     ["Sở Xây dựng tỉnh Nghệ An", "Sở Tài nguyên và Môi trường tỉnh Nghệ An", "Công an tỉnh Nghệ An"]),
    # the board of all the province's zones of one kind
    ("mời Ban Quản lý các khu kinh tế tỉnh dự họp.", ["Ban Quản lý các khu kinh tế tỉnh Nghệ An"]),
    # the committee's office abbreviated
    ("- VPUB: CVP, các PCVP;\n", ["Văn phòng Ủy ban nhân dân tỉnh Nghệ An"]),
    # district committees listed after 'UBND:' each with its own level word, a level abbreviated
    ("- UBND: TX Thái Hòa, các huyện Quỳ Hợp, Anh Sơn;\n",
     ["Ủy ban nhân dân thị xã Thái Hòa", "Ủy ban nhân dân huyện Quỳ Hợp", "Ủy ban nhân dân huyện Anh Sơn"]),
])
def test_elliptic_lists_and_abbreviated_offices(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_title_on_the_line_above_does_not_make_a_university_a_person() -> None:
    text = "TM. ỦY BAN NHÂN DÂN TỈNH AN GIANG\nCHỦ TỊCH\n\nTRƯỜNG ĐẠI HỌC NÔNG LÂM TP. HỒ CHÍ MINH\nHIỆU TRƯỞNG\n"
    names = [o.name for o in find_orgs(text, home=province_named("An Giang"))]
    assert "Trường Đại học Nông Lâm thành phố Hồ Chí Minh" in names


@pytest.mark.parametrize("text, expected", [
    # one ministry named: 'Văn phòng Bộ' is its office
    ("Đoàn công tác của Bộ Khoa học và Công nghệ gồm lãnh đạo Văn phòng Bộ và Cục Sở hữu trí tuệ.",
     "Văn phòng Bộ Khoa học và Công nghệ"),
    # two ministries: the text does not say whose office it is
    ("Bộ Y tế và Bộ Tài chính họp; lãnh đạo Văn phòng Bộ dự.", "Văn phòng Bộ"),
    # two named before it, one far more often: the text's own ministry
    ("Bộ KH&CN hỗ trợ tỉnh; Bộ KH&CN giao Vụ Tổ chức cán bộ phối hợp với Bộ Nội vụ. Bộ KH&CN giao Văn phòng Bộ "
     "làm đầu mối.", "Văn phòng Bộ Khoa học và Công nghệ"),
    # one named before it, another only after: the one the reader has met
    ("Đoàn của Bộ Y tế gồm đại diện Văn phòng Bộ.\n\nTỉnh đề nghị Bộ Tài chính bố trí vốn.", "Văn phòng Bộ Y tế"),
    ("Sở Tài chính tỉnh Nghệ An chủ trì; Văn phòng Sở tổng hợp.", "Văn phòng Sở Tài chính tỉnh Nghệ An"),
])
def test_a_bare_office_belongs_to_the_one_ministry_or_department_named(text: str, expected: str) -> None:
    assert expected in names(text)


@pytest.mark.parametrize("text, home, expected", [
    # units every province has, with long lower-case names: named as written, the place if written
    ("giao Trung tâm Ứng dụng tiến bộ khoa học và công nghệ chuyển giao giống mới.", "Hà Tĩnh",
     ["Trung tâm Ứng dụng tiến bộ khoa học và công nghệ"]),
    ("Chi cục Trồng trọt và Bảo vệ thực vật tỉnh làm đầu mối.", "Long An",
     ["Chi cục Trồng trọt và Bảo vệ thực vật tỉnh Long An"]),
    ("Trung tâm Kỹ thuật TCĐLCL Hà Tĩnh được chỉ định thêm phép thử.", "Hà Tĩnh",
     ["Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Hà Tĩnh"]),
    # a council or steering committee is the province's own
    ("đã được Hội đồng tư vấn xác định nhiệm vụ KH&CN cấp tỉnh thông qua", "Gia Lai",
     ["Hội đồng tư vấn xác định nhiệm vụ khoa học và công nghệ cấp tỉnh Gia Lai"]),
    ("Kính gửi: Ban Chỉ đạo của Tỉnh ủy về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số;",
     "Gia Lai", ["Ban Chỉ đạo của Tỉnh ủy Gia Lai về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"]),
    # a unit of the Ministry written in full
    ("Văn phòng Các chương trình trọng điểm cấp nhà nước hướng dẫn tỉnh đề xuất nhiệm vụ.", "Gia Lai",
     ["Văn phòng Các chương trình trọng điểm cấp nhà nước"]),
    # a project named after the unit it will create is not the unit
    ("(2). Dự án Trung tâm Ứng dụng tiến bộ khoa học và công nghệ Hà Tĩnh: đang thi công.", "Hà Tĩnh", []),
    # the board of the province's zones, named as written when the place is written
    ("lãnh đạo Ban Quản lý các khu công nghiệp Bình Dương và các sở", "Bình Dương",
     ["Ban Quản lý các khu công nghiệp Bình Dương"]),
    # a department written with half its sector abbreviated
    ("đại diện Sở Nông nghiệp và PTNT cùng dự.", "Hà Tĩnh", ["Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Tĩnh"]),
])
def test_units_every_province_has(text: str, home: str, expected: list[str]) -> None:
    assert names(text, home) == expected


@pytest.mark.parametrize("text, expected", [
    # a dateline on the next line of a news title
    ("Nghệ An ký kết hợp tác với Trường Đại học Vinh\nThứ Sáu, 14/04/2023, 09:15\n", ["Trường Đại học Vinh"]),
    ("ĐẠI DIỆN BÊN B\nVIỆN TRƯỞNG\n", []),                                   # a title, not an institute
    ("mô hình tại huyện Vụ Bản và xã Tân Hội Đông", []),                     # places with head words in them
    ("Trường Đại học Vinh cử TS. Lê Minh Quân tham gia.", ["Trường Đại học Vinh"]),
    ("Bên B (bên thực hiện): TRƯỜNG ĐẠI HỌC VINH\n", ["Trường Đại học Vinh"]),
    ("BÊN B: Trường Đại học Vinh\nĐại diện: ông Lê Văn An\n", ["Trường Đại học Vinh"]),
])
def test_where_names_end_and_what_is_not_a_body(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # steering committees, advisory councils and working groups are committees, not Party or elected bodies
    ("Ban Chỉ đạo Chương trình phát triển tài sản trí tuệ họp.",
     ("Ban Chỉ đạo Chương trình phát triển tài sản trí tuệ tỉnh Nghệ An", "Committee")),
    ("Hội đồng Khoa học và Công nghệ tỉnh đã họp.", ("Hội đồng Khoa học và Công nghệ tỉnh Nghệ An", "Committee")),
    ("trình HĐND tỉnh thông qua.", ("Hội đồng nhân dân tỉnh Nghệ An", "PeoplesCouncil")),
    # the party committee a unit belongs to ends its name
    ("Ban Tuyên giáo Tỉnh ủy dự họp.", ("Ban Tuyên giáo Tỉnh ủy Nghệ An", "PartyCommittee")),
])
def test_committees_have_their_own_class(text: str, expected: tuple[str, str]) -> None:
    found = [(o.name, o.cls) for o in find_orgs(text, home=province_named("Nghệ An"))]
    assert found == [expected]


@pytest.mark.parametrize("text, expected", [
    # 'tỉnh' between a name and a lower-case verb is the document's province ...
    ("Hội đồng Khoa học và Công nghệ tỉnh thông qua danh mục.", ["Hội đồng Khoa học và Công nghệ tỉnh Nghệ An"]),
    ("Viện Quy hoạch Xây dựng thành phố chủ trì.", ["Viện Quy hoạch Xây dựng thành phố Hải Phòng"]),
    # ... unless it begins a compound: a partner province
    ("Trường Đại học Cần Thơ tỉnh bạn hỗ trợ.", ["Trường Đại học Cần Thơ"]),
    # before the colon of an assignment ('e) Hội Nông dân tỉnh, Liên minh Hợp tác xã tỉnh: vận động ...')
    ("Liên minh Hợp tác xã tỉnh: vận động nông dân.", ["Liên minh Hợp tác xã tỉnh Nghệ An"]),
    ("Hội Nông dân tỉnh: vận động nông dân.", ["Hội Nông dân tỉnh Nghệ An"]),
])
def test_a_bare_province_word_before_a_verb(text: str, expected: list[str]) -> None:
    assert names(text, home="Hải Phòng" if "thành phố" in text else "Nghệ An") == expected


@pytest.mark.parametrize("text, expected", [
    # a ministry's unit names its field in lower case, up to a comma or a verb
    ("giao Cục Quản lý tài nguyên nước, Tổng cục Khí tượng Thủy văn phối hợp.",
     ["Cục Quản lý tài nguyên nước", "Tổng cục Khí tượng Thủy văn"]),
    ("Cục Kiểm soát ô nhiễm môi trường đã kiểm tra.", ["Cục Kiểm soát ô nhiễm môi trường"]),
    ("Vụ Tổ chức cán bộ chủ trì.", ["Vụ Tổ chức cán bộ"]),
    # a curated name before a predicate in lower case keeps its own end
    ("3.176 văn bằng được Cục Sở hữu trí tuệ cấp mới.", ["Cục Sở hữu trí tuệ"]),
])
def test_ministry_units_with_their_field_in_lower_case(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a group named after the body it assists is a body of its own
    ("Thành lập Tổ công tác giúp việc Hội đồng Khoa học và Công nghệ tỉnh Nghệ An.",
     ["Tổ công tác giúp việc Hội đồng Khoa học và Công nghệ tỉnh Nghệ An"]),
    ("Tổ giúp việc Ban Chỉ đạo Chương trình phát triển tài sản trí tuệ tỉnh họp.",
     ["Tổ giúp việc Ban Chỉ đạo Chương trình phát triển tài sản trí tuệ tỉnh Nghệ An"]),
    # 'Ban Chỉ đạo' alone after the full name is that committee
    ("Ban Chỉ đạo Chương trình phát triển tài sản trí tuệ tỉnh được kiện toàn. Giúp Ban Chỉ đạo theo dõi.",
     ["Ban Chỉ đạo Chương trình phát triển tài sản trí tuệ tỉnh Nghệ An"] * 2),
    # a sector written without its 'và' ('khoa học công nghệ') ends the name of a centre
    ("Giám đốc Trung tâm Thông tin và Ứng dụng khoa học công nghệ thuộc Sở.",
     ["Trung tâm Thông tin và Ứng dụng khoa học công nghệ"]),
    # the committee's office, written by its chief and deputy chiefs in a distribution list
    ("Nơi nhận:\n- CVP, các PCVP UBND tỉnh;\n", ["Văn phòng Ủy ban nhân dân tỉnh Nghệ An"]),
])
def test_working_groups_short_references_and_offices(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the province's police and military commands: units of the two ministries
    ("Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh phối hợp.",
     [("Công an tỉnh Nghệ An", "Bộ Công an"), ("Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh", "Bộ Quốc phòng")]),
    ("lực lượng công an tỉnh tham gia.", []),
    # commas between the fields of one name, not between two bodies
    ("Phòng Khoa học, Công nghệ và Hợp tác quốc tế, Trường Đại học Vinh tham mưu.",
     [("Phòng Khoa học, Công nghệ và Hợp tác quốc tế", None), ("Trường Đại học Vinh", None)]),
    ("Viện Lúa, Trường Đại học Vinh và Trường Đại học Hà Tĩnh.",
     [("Viện Lúa", None), ("Trường Đại học Vinh", None), ("Trường Đại học Hà Tĩnh", None)]),
    # curated names written with the sector shortened
    ("được Quỹ Phát triển KH&CN quốc gia tài trợ", [("Quỹ Phát triển khoa học và công nghệ quốc gia",
                                                   "Bộ Khoa học và Công nghệ")]),
    ("Viện KHKT Nông Lâm nghiệp Tây Nguyên", [("Viện Khoa học Kỹ thuật Nông Lâm nghiệp Tây Nguyên", None)]),
    # a two-syllable run after a title is a name's field, not an official ('Nông Lâm')
    ("Viện trưởng Viện Khoa học Kỹ thuật Nông Lâm nghiệp Tây Nguyên phát biểu.",
     [("Viện Khoa học Kỹ thuật Nông Lâm nghiệp Tây Nguyên", None)]),
])
def test_forces_fields_and_shortened_sectors(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(o.name, o.parent) for o in find_orgs(text, home=province_named("Nghệ An"))] == expected


def test_a_member_university_named_with_its_parents_place_is_the_member() -> None:
    text = ("BÊN B: TRƯỜNG ĐẠI HỌC NÔNG LÂM, ĐẠI HỌC HUẾ\n\n"
            "UBND tỉnh Quảng Trị - Trường ĐH Nông Lâm Huế\n")
    found = [o.name for o in find_orgs(text, home=province_named("Quảng Trị")) if o.cls == "University"]
    assert found == ["Trường Đại học Nông Lâm, Đại học Huế"] * 2


@pytest.mark.parametrize("text, expected", [
    # departments no ministry is named after (Decree 107/2020/NĐ-CP)
    ("Sở Văn hóa và Thể thao tỉnh Quảng Bình phối hợp.", [("Sở Văn hóa và Thể thao tỉnh Quảng Bình", "Department")]),
    ("ý kiến của Sở Quy hoạch - Kiến trúc thành phố Hà Nội.",
     [("Sở Quy hoạch - Kiến trúc thành phố Hà Nội", "Department")]),
    # after the 2025 restructuring: the merged ministry and its departments
    ("Sở Nông nghiệp và Môi trường tỉnh Điện Biên báo cáo Bộ Nông nghiệp và Môi trường.",
     [("Sở Nông nghiệp và Môi trường tỉnh Điện Biên", "Department"), ("Bộ Nông nghiệp và Môi trường", "Ministry")]),
    # a unit's official abbreviation in a distribution list
    ("- Vụ PTKHCNĐP - Bộ KH&CN;", [("Vụ Phát triển khoa học và công nghệ địa phương", "MinistryUnit"),
                                   ("Bộ Khoa học và Công nghệ", "Ministry")]),
])
def test_departments_and_ministries_from_the_curated_lists(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(o.name, o.cls) for o in find_orgs(text, home=province_named("Nghệ An"))] == expected


@pytest.mark.parametrize("text, expected", [
    # 'các' before a capitalised word goes on with the name; 'Chương trình' is one word
    ("Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh Nghệ An đã chỉ đạo.",
     ["Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh Nghệ An"]),
    # 'và' before another body closes the first name as a comma would
    ("Giao Viện Sinh thái và Tài nguyên sinh vật và Viện Hóa học chủ trì.",
     ["Viện Sinh thái và Tài nguyên sinh vật", "Viện Hóa học"]),
    # a verb of two syllables ends the name ('tư vấn')
    ("Trường Đại học Kinh tế tư vấn cho tỉnh.", ["Trường Đại học Kinh tế"]),
    # a place whose first syllable is written like a country's ('Hòa Lạc', not 'Hoa Kỳ'), across a line break
    ("phối hợp với Ban Quản lý Khu công nghệ cao\nHòa Lạc kết nối doanh nghiệp.",
     ["Ban Quản lý Khu công nghệ cao Hòa Lạc"]),
    # the party committee's office, named with the province
    ("Công văn của Văn phòng Tỉnh ủy về việc triển khai.", ["Văn phòng Tỉnh ủy Nghệ An"]),
])
def test_name_ends_seen_in_set_r(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # fields of one name listed with commas across a line break, or closed by the sector in lower case
    ("phối hợp với Học viện Khoa học, Công\nnghệ và Đổi mới sáng tạo (Bộ KH&CN) tổ chức",
     ["Học viện Khoa học, Công nghệ và Đổi mới sáng tạo", "Bộ Khoa học và Công nghệ"]),
    ("cho Trung tâm Thông tin, Ứng dụng tiến bộ khoa học và công nghệ (thuộc Sở)",
     ["Trung tâm Thông tin, Ứng dụng tiến bộ khoa học và công nghệ"]),
    # a national or regional university by its abbreviation, as the parent of a member school
    ("hỗ trợ Trường Đại học An Giang, ĐHQG-HCM triển khai", ["Trường Đại học An Giang, Đại học Quốc gia thành phố Hồ Chí Minh"]),
    ("Trường Đại học Bách khoa - ĐHĐN ký kết", ["Trường Đại học Bách khoa - Đại học Đà Nẵng"]),
])
def test_field_lists_and_universities_seen_in_set_s(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two-syllable verbs end a name
    ("phối hợp với Học viện Công nghệ Bưu chính Viễn thông đào tạo, bồi dưỡng kỹ năng số",
     ["Học viện Công nghệ Bưu chính Viễn thông"]),
    ("Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp rà soát quỹ đất.",
     ["Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp"]),
    # a steering committee named by an abbreviated field
    ("- Ban Chỉ đạo CĐS tỉnh;", ["Ban Chỉ đạo chuyển đổi số tỉnh Nghệ An"]),
    # a branch campus with the province it is in; a cooperative
    ("huy động Phân hiệu Trường Đại học Nông Lâm Thành phố Hồ Chí Minh tại Gia Lai và Viện Lúa",
     ["Phân hiệu Trường Đại học Nông Lâm Thành phố Hồ Chí Minh tại Gia Lai", "Viện Lúa"]),
    ("- Cơ quan chủ trì: Hợp tác xã Nông nghiệp Vĩnh Thành; cơ quan chuyển giao", ["Hợp tác xã Nông nghiệp Vĩnh Thành"]),
    # the party committee of the bloc of provincial agencies
    ("- Đảng ủy Khối các cơ quan tỉnh;", ["Đảng ủy Khối các cơ quan tỉnh Nghệ An"]),
    # 'cơ sở y tế' (health facilities) holds no department; a signature block's post ends with its head word
    ("tăng cường quản lý an toàn bức xạ tại các cơ sở y tế trên địa bàn.", []),
    ("TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nNguyễn Thị Hà\n", []),
])
def test_names_seen_in_set_s(text: str, expected: list[str]) -> None:
    assert names(text) == expected



@pytest.mark.parametrize("text, expected", [
    # one department or committee per province listed after 'các tỉnh'
    ("đại diện Sở KH&CN các tỉnh Lai Châu, Sơn La và Điện Biên.",
     ["Sở Khoa học và Công nghệ tỉnh Lai Châu", "Sở Khoa học và Công nghệ tỉnh Sơn La",
      "Sở Khoa học và Công nghệ tỉnh Điện Biên"]),
    ("UBND các tỉnh, thành phố: Cần Thơ, Hậu Giang phối hợp.",
     ["Ủy ban nhân dân thành phố Cần Thơ", "Ủy ban nhân dân tỉnh Hậu Giang"]),
    # a list that goes on at the next, indented line
    ("Kính gửi:\n        - Ủy ban nhân dân các tỉnh: Sơn La, Điện Biên,\n          Lai Châu, Hà Giang;\n",
     ["Ủy ban nhân dân tỉnh Sơn La", "Ủy ban nhân dân tỉnh Điện Biên", "Ủy ban nhân dân tỉnh Lai Châu",
      "Ủy ban nhân dân tỉnh Hà Giang"]),
    # a steering committee or project board named by its task in lower case, up to its level word
    ("báo cáo Ban Chỉ đạo phòng, chống thiên tai tỉnh.", ["Ban Chỉ đạo phòng, chống thiên tai tỉnh Nghệ An"]),
    ("do Ban Quản lý dự án đầu tư xây dựng công trình\ngiao thông tỉnh Hà Tĩnh làm chủ đầu tư",
     ["Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Hà Tĩnh"]),
    # a body's leaders are not a body; a kind of fund is not one either
    ("- Ban Giám đốc Sở;\n- Ban Giám hiệu;", []),
    ("hướng dẫn thành lập Quỹ phát triển khoa học và công nghệ của doanh nghiệp.", []),
    # the Directorate's regional centres are named by their number
    ("phối hợp với Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 2 kiểm định phương tiện đo",
     ["Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 2"]),
    # a page header that gives the name again in English
    ("TRƯỜNG ĐẠI HỌC VINH - VINH UNIVERSITY\nTrang chủ > Tin tức\n", ["Trường Đại học Vinh"]),
])
def test_names_seen_in_set_t(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_sentence_about_a_steering_committee_is_not_its_name() -> None:
    assert not any("họp" in name for name in names("Ban Chỉ đạo đã họp phiên thứ nhất tại tỉnh."))


@pytest.mark.parametrize("text, expected", [
    # a capitalised word and a function word that make one dictionary word ('cây có dầu', oil crops)
    ("cơ quan chuyển giao: Viện Nghiên cứu Dầu và Cây\ncó dầu.", ["Viện Nghiên cứu Dầu và Cây có dầu"]),
    # 'Đại học X' beside 'Trường Đại học X' is the same school, named with 'Trường'
    ("Trường Đại học Vinh ký kết; Bên A hỗ trợ Đại học Vinh đào tạo.", ["Trường Đại học Vinh", "Trường Đại học Vinh"]),
    # a curated regional university keeps its own name beside a member school
    ("Trường Đại học Kinh tế, Đại học Huế và Đại học Huế", ["Trường Đại học Kinh tế, Đại học Huế", "Đại học Huế"]),
])
def test_compound_words_and_one_name_per_school(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # after an acronym, a lower-case word is the verb, not the name's second syllable
    ("Nền tảng Hue-S do Trung tâm IOC vận hành đã có 1,1 triệu lượt tải.", ["Trung tâm IOC"]),
    ("Trung tâm IOC tỉnh vận hành nền tảng.", ["Trung tâm IOC tỉnh Nghệ An"]),
    # an acronym inside a name still runs on to the capitalised words after it
    ("Công ty TNHH một thành viên Xổ số kiến thiết Nghệ An.", ["Công ty TNHH một thành viên Xổ số kiến thiết Nghệ An"]),
])
def test_a_name_ending_in_an_acronym(text: str, expected: list[str]) -> None:
    assert names(text) == expected
