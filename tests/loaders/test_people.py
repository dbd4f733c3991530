"""People: names as written, honorifics and academic titles apart, posts with their organisations."""

from __future__ import annotations

import pytest

from vnst.loaders.orgs import find_orgs
from vnst.loaders.partylabels import party_labels
from vnst.loaders.people import find_people, find_signatures
from vnst.loaders.places import province_named

CAN_THO = province_named("Cần Thơ")


def people(text: str, home: str = "Cần Thơ"):
    orgs = find_orgs(text, home=province_named(home))
    ministries = [o for o in orgs if o.cls == "Ministry"]
    return find_people(text, orgs, ministry=ministries[0] if len(ministries) == 1 else None)


@pytest.mark.parametrize("text, name, honorific, academic, role, org", [
    ("Bộ trưởng Huỳnh Thành Đạt và các đại biểu. Bộ Khoa học và Công nghệ", "Huỳnh Thành Đạt", None, None,
     "bo-truong", "Bộ Khoa học và Công nghệ"),
    ("Chủ tịch UBND TP. Cần Thơ Trần Việt Trường trao bản ký kết", "Trần Việt Trường", None, None,
     "chu-tich", "Ủy ban nhân dân thành phố Cần Thơ"),
    ("Đồng chí Chu Thúc Đạt, Vụ trưởng Vụ Phát triển KH&CN địa phương, Bộ KH&CN;", "Chu Thúc Đạt", "đồng chí",
     None, "vu-truong", "Vụ Phát triển khoa học và công nghệ địa phương"),   # the official name (reference data)
    ("ông Ngô Anh Tín, Giám đốc Sở KH&CN thành phố Cần Thơ đã báo cáo", "Ngô Anh Tín", "ông", None, "giam-doc",
     "Sở Khoa học và Công nghệ thành phố Cần Thơ"),
    ("Phó Chủ tịch Ủy ban nhân dân thành phố Cần Thơ Nguyễn Ngọc Hè đã cảm ơn", "Nguyễn Ngọc Hè", None, None,
     "pho-chu-tich", "Ủy ban nhân dân thành phố Cần Thơ"),
    ("Trưởng Ban biên tập: Bà Trần Hoài Phương - Phó Giám đốc Sở Khoa học và Công nghệ thành phố Cần Thơ",
     "Trần Hoài Phương", "bà", None, "pho-giam-doc", "Sở Khoa học và Công nghệ thành phố Cần Thơ"),
    ("có PGS.TS. Vũ Hải Quân, Giám đốc Đại học Quốc gia TP. Hồ Chí Minh;", "Vũ Hải Quân", None, "PGS.TS.",
     "giam-doc", "Đại học Quốc gia thành phố Hồ Chí Minh"),
    ("Phó Chủ tịch UBND thành phố Hà Nội Chu Xuân Dũng đề nghị", "Chu Xuân Dũng", None, None, "pho-chu-tich",
     "Ủy ban nhân dân thành phố Hà Nội"),
    # family names of the northern uplands
    ("3. Bà Ma Thị Thu - Phó Giám đốc Sở Nông nghiệp và PTNT, ủy viên;", "Ma Thị Thu", "bà", None, "pho-giam-doc",
     "Sở Nông nghiệp và Phát triển nông thôn thành phố Cần Thơ"),
    ("ông Lầu Mí Chứ, Phó Chủ tịch UBND tỉnh Hà Giang phát biểu", "Lầu Mí Chứ", "ông", None, "pho-chu-tich",
     "Ủy ban nhân dân tỉnh Hà Giang"),
    # the body's level word between it and the name
    ("Phó Chủ tịch UBND thành phố Nguyễn Hữu Thạnh đánh giá cao", "Nguyễn Hữu Thạnh", None, None, "pho-chu-tich",
     "Ủy ban nhân dân thành phố Cần Thơ"),
    # the deputy head of a directorate (Tổng cục), not of a Cục
    ("ông Trịnh Minh Đức, Phó Tổng cục trưởng Tổng cục Tiêu chuẩn Đo lường Chất lượng cùng dự", "Trịnh Minh Đức",
     "ông", None, "pho-tong-cuc-truong", "Tổng cục Tiêu chuẩn Đo lường Chất lượng"),
    # a vice minister without his ministry, in a text that names two: the one named before him
    ("Đoàn công tác của Bộ Y tế do Thứ trưởng Lê Đức Luận dẫn đầu. Bộ Tài chính sẽ bố trí vốn.", "Lê Đức Luận",
     None, None, "thu-truong", "Bộ Y tế"),
])
def test_titles(text, name, honorific, academic, role, org) -> None:
    found = [p for p in people(text) if p.title]
    assert [p.name for p in found] == [name]
    person = found[0]
    assert (person.honorific, person.academic, person.title) == (honorific, academic, role)
    assert person.org is not None and person.org.name == org
    assert text[person.start:person.end] == name


def test_truncated_name_kept_as_written() -> None:
    text = "Giám đốc Sở Khoa học và Công nghệ thành phố Cần Thơ Ngô Anh cho biết"
    assert [p.name for p in people(text)] == ["Ngô Anh"]


def test_place_is_not_a_name() -> None:
    text = "ông Nguyễn Hồng Sơn, Giám đốc Sở KH&CN Hà Nội; TS. Lê Văn Dục, Vụ trưởng Vụ Kế hoạch - Tài chính, Bộ KH&CN."
    names = [p.name for p in people(text, home="Hà Nội")]
    assert names == ["Nguyễn Hồng Sơn", "Lê Văn Dục"]


def test_signature_blocks_side_by_side() -> None:
    text = ("UBND THÀNH PHỐ CẦN THƠ\nCHỦ TỊCH\n\nBỘ KHOA HỌC VÀ CÔNG NGHỆ\nBỘ TRƯỞNG\n\n"
            "Trần Việt Trường\n\nHuỳnh Thành Đạt")
    orgs = find_orgs(text, home=CAN_THO)
    found = find_signatures(text, orgs, issuer=None)
    assert [(p.name, p.title, p.org.name) for p in found] == [
        ("Trần Việt Trường", "chu-tich", "Ủy ban nhân dân thành phố Cần Thơ"),
        ("Huỳnh Thành Đạt", "bo-truong", "Bộ Khoa học và Công nghệ")]


def test_signature_on_behalf() -> None:
    text = "**TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**\n\n\n\nNguyễn Ngọc Hà\n"
    orgs = find_orgs("ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\n" + text, home=CAN_THO)
    issuer = orgs[0]
    found = find_signatures(text, [], issuer=issuer)
    assert [(p.name, p.title, p.signature) for p in found] == [("Nguyễn Ngọc Hà", "pho-chu-tich", True)]


def test_the_chief_of_an_office_signs_for_the_office_of_the_body() -> None:
    text = "TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\n\n\nNguyễn Thị Thu Hà\n"
    issuer = find_orgs("ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\n", home=CAN_THO)[0]
    found = find_signatures(text, [], issuer=issuer)
    assert [(p.name, p.title, p.org.name, p.org.parent) for p in found] == [
        ("Nguyễn Thị Thu Hà", "pho-chanh-van-phong", "Văn phòng Ủy ban nhân dân thành phố Cần Thơ",
         "Ủy ban nhân dân thành phố Cần Thơ")]


COLUMNS = """TM. ỦY BAN NHÂN DÂN                              TM. TRƯỜNG ĐẠI HỌC VINH
KT. CHỦ TỊCH                                            HIỆU TRƯỞNG
PHÓ CHỦ TỊCH
(Đã ký)                                                 (Đã ký và đóng dấu)

Lê Hồng Vinh                                            PGS.TS. Nguyễn Huy Bằng
"""


def test_signature_blocks_printed_in_two_columns() -> None:
    orgs = find_orgs(COLUMNS, home=province_named("Nghệ An"))
    found = find_signatures(COLUMNS, orgs, issuer=None)
    assert [(p.name, p.title) for p in found] == [("Lê Hồng Vinh", "pho-chu-tich"),
                                                  ("Nguyễn Huy Bằng", "hieu-truong")]


@pytest.mark.parametrize("line, name", [
    ("Đại diện: Ông Lê Hồng Vinh                 Chức vụ: Phó Chủ tịch", "Lê Hồng Vinh"),
    ("Đại diện: Bà Trần Thị Mai   Chức vụ: Giám đốc", "Trần Thị Mai"),
])
def test_a_column_gap_ends_a_name(line: str, name: str) -> None:
    assert [p.name for p in people(line)] == [name]


@pytest.mark.parametrize("text, posts", [
    ("Dự lễ có đồng chí Lê Văn Hòa, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hậu Giang; ...",
     [("pho-bi-thu", "Tỉnh ủy Hậu Giang"), ("chu-tich", "Ủy ban nhân dân tỉnh Hậu Giang")]),
    ("Liên hệ: bà Trần Thị Mai, Trưởng phòng Quản lý khoa học (điện thoại: 0292.3820 111).",
     [("truong-phong", "Phòng Quản lý khoa học")]),
])
def test_every_post_after_a_name(text: str, posts: list[tuple[str, str]]) -> None:
    found = people(text, home="Hậu Giang")
    assert [(p.title, p.org.name if p.org else None) for p in found] == posts


@pytest.mark.parametrize("text, name", [
    ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nNguyễn\nThị Thu Hà\n", "Nguyễn Thị Thu Hà"),
    ("GIÁM ĐỐC\n\nSầm Văn Páo\n", "Sầm Văn Páo"),
])
def test_signers_names(text: str, name: str) -> None:
    assert [p.name for p in find_signatures(text, [], issuer=None)] == [name]


def test_an_upland_family_name_after_a_title() -> None:
    assert [p.name for p in people("Giám đốc Sở Công Thương Sầm Thị Hải Yến cho biết", home="Lào Cai")] == \
        ["Sầm Thị Hải Yến"]


@pytest.mark.parametrize("text, org", [
    ("UBND tỉnh giao Sở Khoa học và Công nghệ tỉnh Hà Giang là đầu mối (liên hệ: ông Nguyễn Văn An, "
     "Phó Giám đốc Sở, điện thoại 0219.386).", "Sở Khoa học và Công nghệ tỉnh Hà Giang"),
    ("Đoàn công tác của Bộ Y tế do bà Trần Thị Lan, Thứ trưởng Bộ, dẫn đầu.", "Bộ Y tế"),
])
def test_a_bare_sở_or_bộ_after_a_title_is_the_body_named_before(text: str, org: str) -> None:
    [person] = people(text, home="Hà Giang")
    assert person.org is not None and person.org.name == org


@pytest.mark.parametrize("text, name, org", [
    ("Sở Tài nguyên và Môi trường tỉnh Bến Tre cử Phó Giám đốc Sở Lê Văn Hùng tham dự hội nghị.",
     "Lê Văn Hùng", "Sở Tài nguyên và Môi trường tỉnh Bến Tre"),
    ("Đoàn của Bộ Công Thương và Sở Công Thương tỉnh Bến Tre do Giám đốc Sở Trần Minh Khoa dẫn đầu.",
     "Trần Minh Khoa", "Sở Công Thương tỉnh Bến Tre"),
])
def test_a_bare_sở_between_a_title_and_a_name(text: str, name: str, org: str) -> None:
    found = [p for p in people(text, home="Bến Tre") if p.title]
    assert [(p.name, p.org.name if p.org else None) for p in found] == [(name, org)]


@pytest.mark.parametrize("text, name, org", [
    ("1) Sở Khoa học và Công nghệ tỉnh Bến Tre: cử bà Phan Thị Lan, Phó Giám đốc làm đầu mối.",
     "Phan Thị Lan", "Sở Khoa học và Công nghệ tỉnh Bến Tre"),
    ("b) Trường Đại học Nha Trang: giao Phó Hiệu trưởng Lê Minh Quân làm đầu mối phối hợp.",
     "Lê Minh Quân", "Trường Đại học Nha Trang"),
    ("- Viện Khoa học Nông nghiệp Việt Nam: TS. Đào Văn Hải, Viện trưởng, chủ trì.",
     "Đào Văn Hải", "Viện Khoa học Nông nghiệp Việt Nam"),
    # no body opens the line: the post stays without one
    ("Về phía nhà trường có TS. Lê Minh Quân, Phó Hiệu trưởng.", "Lê Minh Quân", None),
    ("Sở Khoa học và Công nghệ tỉnh Bến Tre cử bà Phan Thị Lan, Phó Giám đốc, tham dự.", "Phan Thị Lan", None),
])
def test_a_post_without_a_body_in_a_line_headed_by_one(text: str, name: str, org: str | None) -> None:
    found = [p for p in people(text, home="Bến Tre") if p.title]
    assert [(p.name, p.org.name if p.org else None) for p in found] == [(name, org)]


UNEVEN = """Bộ Nông nghiệp và Phát triển nông thôn và Ủy ban nhân dân tỉnh Bến Tre thống nhất.

TM. ỦY BAN NHÂN DÂN                     BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
TỈNH BẾN TRE                            KT. BỘ TRƯỞNG
KT. CHỦ TỊCH                            THỨ TRƯỞNG
PHÓ CHỦ TỊCH
(Đã ký)                                 (Đã ký)

Trần Ngọc Tam                           Lê Quốc Doanh
"""


def test_side_by_side_blocks_of_uneven_height_keep_each_column_s_body() -> None:
    orgs = find_orgs(UNEVEN, home=province_named("Bến Tre"))
    committee = next(o for o in orgs if o.cls == "PeoplesCommittee")
    found = find_signatures(UNEVEN, orgs, issuer=committee)
    assert [(p.name, p.title, p.org.name) for p in found] == [
        ("Trần Ngọc Tam", "pho-chu-tich", "Ủy ban nhân dân tỉnh Bến Tre"),
        ("Lê Quốc Doanh", "thu-truong", "Bộ Nông nghiệp và Phát triển nông thôn")]


@pytest.mark.parametrize("text, expected", [
    ("Về phía Trường Đại học Vinh có PGS.TS Trần Văn An, Hiệu trưởng; TS. Lê Thị Bình, Phó Hiệu trưởng.",
     {("Trần Văn An", "hieu-truong", "Trường Đại học Vinh"), ("Lê Thị Bình", "pho-hieu-truong", "Trường Đại học Vinh")}),
    # a post with its own body keeps it; a new sentence ends the side's list
    ("Về phía Trường Đại học Vinh có ông Trần Văn An, Giám đốc Sở KH&CN. Bà Lê Thị Bình, Phó Hiệu trưởng phát biểu.",
     {("Trần Văn An", "giam-doc", "Sở Khoa học và Công nghệ thành phố Cần Thơ"), ("Lê Thị Bình", "pho-hieu-truong", None)}),
])
def test_a_side_of_a_meeting_holds_the_posts_named_without_a_body(text: str, expected: set) -> None:
    assert {(p.name, p.title, p.org.name if p.org else None) for p in people(text)} == expected


def test_a_deputy_chief_of_office_heads_the_committee_office() -> None:
    [person] = [p for p in people("2. Ông Vũ Văn Hậu, Phó Chánh Văn phòng Ủy ban nhân dân tỉnh, Tổ phó;",
                                  home="Nghệ An") if p.title]
    assert (person.title, person.org.name) == ("pho-chanh-van-phong", "Văn phòng Ủy ban nhân dân tỉnh Nghệ An")


@pytest.mark.parametrize("blocks, expected", [
    # the post written above its body heads that body
    ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\n\nCỤC TRƯỞNG\nCỤC AN TOÀN BỨC XẠ VÀ HẠT NHÂN\n(Đã ký)\n\n",
     ["Ủy ban nhân dân thành phố Cần Thơ", "Cục An toàn bức xạ và hạt nhân"]),
    # a post that fits the body above it keeps it: the next block's body, right under it, does not take it
    ("BỘ KHOA HỌC VÀ CÔNG NGHỆ\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nTRƯỜNG ĐẠI HỌC CẦN THƠ\nHIỆU TRƯỞNG\n\n",
     ["Bộ Khoa học và Công nghệ", "Trường Đại học Cần Thơ"]),
])
def test_signature_blocks_one_after_another(blocks: str, expected: list[str]) -> None:
    text = blocks + "Nguyễn Thị Mai\n\nTrần Văn Hải\n"
    orgs = find_orgs(text, home=CAN_THO)
    found = find_signatures(text, orgs, issuer=orgs[0])
    assert [p.org.name for p in found] == expected


@pytest.mark.parametrize("text, expected", [
    # a foreign name is a person's when a post follows it
    ("Đại diện doanh nghiệp, ông Park Ji Hoon, Tổng Giám đốc Công ty TNHH LG Display Việt Nam Hải Phòng cho biết",
     [("Park Ji Hoon", "tong-giam-doc")]),
    # without a post it is not known to be one ('bà Smith' of a quoted speech, a brand after 'ông')
    ("Ông John Smith cho biết, công ty sẽ mở rộng.", []),
])
def test_a_foreign_name_before_a_post(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.title) for p in people(text, "Hải Phòng")] == expected


_COUNCIL = ("Điều 1. Thành lập Hội đồng Khoa học và Công nghệ tỉnh Quảng Trị (sau đây gọi tắt là Hội đồng), gồm 04 "
            "thành viên có tên sau:\n\n"
            "1. Ông Lê Văn Hùng, Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng;\n"
            "2. Bà Trần Thị Mai, Phó Trưởng Ban Dân vận Tỉnh ủy, Ủy viên;\n"
            "3. TS. Phạm Quốc Bảo, Phó Giám đốc Sở Khoa học và Công nghệ, Ủy viên thư ký;\n"
            "4. Ông Hồ Đức Thịnh, Giám đốc Sở Y tế, Ủy viên.\n")


def test_a_council_members_posts_in_the_council_the_decision_sets_up() -> None:
    posts = {(p.name, p.title, p.org.name) for p in people(_COUNCIL, home="Quảng Trị") if p.org is not None}
    council = "Hội đồng Khoa học và Công nghệ tỉnh Quảng Trị"
    assert {(name, role) for name, role, org in posts if org == council} == {
        ("Lê Văn Hùng", "chu-tich"), ("Trần Thị Mai", "uy-vien"), ("Phạm Quốc Bảo", "uy-vien-thu-ky"),
        ("Hồ Đức Thịnh", "uy-vien")}
    assert ("Lê Văn Hùng", "pho-chu-tich", "Ủy ban nhân dân tỉnh Quảng Trị") in posts
    assert ("Trần Thị Mai", "pho-truong-ban", "Ban Dân vận Tỉnh ủy Quảng Trị") in posts


def test_a_member_of_the_standing_committee_is_a_post_in_it() -> None:
    text = "Dự lễ có đồng chí Đinh Văn Toàn, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Quảng Trị."
    posts = {(p.title, p.org.name) for p in people(text, home="Quảng Trị") if p.org is not None}
    assert posts == {("uy-vien", "Ban Thường vụ Tỉnh ủy Quảng Trị"), ("pho-chu-tich", "Ủy ban nhân dân tỉnh Quảng Trị")}


@pytest.mark.parametrize("name", ["Y Thái", "A Thắng", "Kim Min-soo", "Siu Hương"])
def test_a_signer_named_without_a_vietnamese_family_name(name: str) -> None:
    text = f"TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\n{name}\n"
    issuer = find_orgs("ỦY BAN NHÂN DÂN TỈNH KON TUM\n", home=province_named("Kon Tum"))[0]
    assert [(p.name, p.title) for p in find_signatures(text, [], issuer=issuer)] == [(name, "pho-chu-tich")]


def test_a_line_in_capitals_under_a_post_is_no_signer() -> None:
    text = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLƯU VT\n"
    issuer = find_orgs("ỦY BAN NHÂN DÂN TỈNH KON TUM\n", home=province_named("Kon Tum"))[0]
    assert find_signatures(text, [], issuer=issuer) == []


def test_signers_in_columns_parted_by_tabs() -> None:
    text = ("ĐẠI DIỆN BÊN A\tĐẠI DIỆN BÊN B\nPHÓ CHỦ TỊCH\tHIỆU TRƯỞNG\n\n\n"
            "Nguyễn Văn Hải\tPGS.TS Trần Thị Thu\n")
    assert [(p.name, p.title) for p in find_signatures(text, [], issuer=None)] == [
        ("Nguyễn Văn Hải", "pho-chu-tich"), ("Trần Thị Thu", "hieu-truong")]


def test_a_person_named_again_by_the_post_he_was_introduced_in() -> None:
    text = ("Đoàn công tác của Bộ Khoa học và Công nghệ do Thứ trưởng Lê Xuân Định làm trưởng đoàn. Tỉnh kiến nghị "
            "Bộ Tài chính bố trí vốn. Phát biểu kết luận, Thứ trưởng Lê Xuân Định ghi nhận kết quả.")
    assert {(p.title, p.org.name) for p in people(text, home="Hà Giang") if p.org is not None} == {
        ("thu-truong", "Bộ Khoa học và Công nghệ")}


@pytest.mark.parametrize("text, expected", [
    # the standing deputy is a post of its own, of the youth union the province has
    ("anh Lý Văn Hòa, Phó Bí thư Thường trực Tỉnh đoàn, cho biết.", ("pho-bi-thu-thuong-truc", "Tỉnh đoàn Gia Lai")),
    ("ông Đỗ Minh Khôi, Phó Chủ tịch Thường trực UBND tỉnh, phát biểu.",
     ("pho-chu-tich-thuong-truc", "Ủy ban nhân dân tỉnh Gia Lai")),
    # 'nhà trường' after a post is the school the paragraph named
    ("Đoàn thăm Trường Đại học Tây Nguyên. PGS.TS Trần Văn Sơn, Hiệu trưởng nhà trường, giới thiệu.",
     ("hieu-truong", "Trường Đại học Tây Nguyên")),
])
def test_posts_seen_in_set_w(text: str, expected: tuple[str, str]) -> None:
    assert [(p.title, p.org.name if p.org else None) for p in people(text, home="Gia Lai") if p.title] == [expected]


@pytest.mark.parametrize("text, expected", [
    # a bare 'Công ty' after a post is the company the paragraph named
    ("Sở ký biên bản với Công ty Cổ phần Cà phê Phước An. Ông Đỗ Văn Lâm, Tổng Giám đốc Công ty cam kết hỗ trợ.",
     ("Đỗ Văn Lâm", "tong-giam-doc", "Công ty Cổ phần Cà phê Phước An")),
    # a romanised Korean given name, hyphen and all
    ("GS. Kim Ji-won, Phó Hiệu trưởng Trường Đại học Quốc gia Kyungpook phát biểu.",
     ("Kim Ji-won", "pho-hieu-truong", "Trường Đại học Quốc gia Kyungpook")),
])
def test_posts_seen_in_set_x(text: str, expected: tuple[str, str, str]) -> None:
    assert [(p.name, p.title, p.org.name if p.org else None) for p in people(text, home="Gia Lai") if p.title] == [expected]


def test_side_by_side_blocks_of_two_committees_each_keep_their_own() -> None:
    text = ("TM. ỦY BAN NHÂN DÂN                         TM. ỦY BAN NHÂN DÂN\n"
            "THÀNH PHỐ ĐÀ NẴNG                           TỈNH QUẢNG NAM\n"
            "KT. CHỦ TỊCH                                CHỦ TỊCH\n"
            "PHÓ CHỦ TỊCH\n\n\n\n"
            "Trần Văn Hòa                                Lê Trí Dũng\n")
    orgs = find_orgs(text, home=province_named("Đà Nẵng"))
    assert [(p.name, p.title, p.org.name) for p in find_signatures(text, orgs, issuer=None)] == [
        ("Trần Văn Hòa", "pho-chu-tich", "Ủy ban nhân dân thành phố Đà Nẵng"),
        ("Lê Trí Dũng", "chu-tich", "Ủy ban nhân dân tỉnh Quảng Nam")]


@pytest.mark.parametrize("text, expected", [
    # a foreign name introduced by an academic title
    ("Đoàn làm việc với GS.TS. Hiroshi Tanaka, Phó Hiệu trưởng Trường Đại học Kyushu, về đào tạo.",
     ("Hiroshi Tanaka", "pho-hieu-truong", "Trường Đại học Kyushu")),
    # a post in brackets after the name, the name broken over two lines
    ("Tham dự có PGS.TS Nguyễn\nThị Lan (Viện trưởng Viện Khoa học Nông nghiệp Việt Nam) và đại diện các sở.",
     ("Nguyễn Thị Lan", "vien-truong", "Viện Khoa học Nông nghiệp Việt Nam")),
    # an ambassador without his mission: the embassy the text names
    ("Đoàn đến Đại sứ quán Việt Nam tại Nhật Bản. Đại sứ Phạm Quang Hiệu tiếp Đoàn.",
     ("Phạm Quang Hiệu", "dai-su", "Đại sứ quán Việt Nam tại Nhật Bản")),
])
def test_posts_seen_in_set_y(text: str, expected: tuple[str, str, str]) -> None:
    assert [(p.name, p.title, p.org.name if p.org else None) for p in people(text, home="Gia Lai") if p.title] == [expected]


def test_a_party_s_representative_holds_the_post_in_that_party_not_the_text_s_province() -> None:
    text = ("Bên A: ỦY BAN NHÂN DÂN TỈNH GIA LAI\n"
            "Đại diện: Ông Võ Ngọc Thành - Phó Chủ tịch UBND tỉnh\n\n"
            "Bên B: ỦY BAN NHÂN DÂN TỈNH KON TUM\n"
            "Đại diện: Ông Y Ngọc - Phó Chủ tịch UBND tỉnh\n")
    orgs = find_orgs(text, home=province_named("Gia Lai"))
    found = find_people(text, orgs, labels=party_labels(text, orgs))
    assert [(p.name, p.org.name) for p in found] == [("Võ Ngọc Thành", "Ủy ban nhân dân tỉnh Gia Lai"),
                                                     ("Y Ngọc", "Ủy ban nhân dân tỉnh Kon Tum")]
