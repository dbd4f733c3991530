"""Signature blocks: the signers under their posts and bodies, one block after another or side by side."""

from __future__ import annotations

import pytest

from vnst.loaders.orgs import find_orgs
from vnst.loaders.signatures import find_signatures
from vnst.loaders.places import province_named

UNEVEN = """Bộ Nông nghiệp và Phát triển nông thôn và Ủy ban nhân dân tỉnh Bến Tre thống nhất.

TM. ỦY BAN NHÂN DÂN                     BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
TỈNH BẾN TRE                            KT. BỘ TRƯỞNG
KT. CHỦ TỊCH                            THỨ TRƯỞNG
PHÓ CHỦ TỊCH
(Đã ký)                                 (Đã ký)

Trần Ngọc Tam                           Lê Quốc Doanh
"""


COLUMNS = """TM. ỦY BAN NHÂN DÂN                              TM. TRƯỜNG ĐẠI HỌC VINH
KT. CHỦ TỊCH                                            HIỆU TRƯỞNG
PHÓ CHỦ TỊCH
(Đã ký)                                                 (Đã ký và đóng dấu)

Lê Hồng Vinh                                            PGS.TS. Nguyễn Huy Bằng
"""


CAN_THO = province_named("Cần Thơ")


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


def test_signature_blocks_printed_in_two_columns() -> None:
    orgs = find_orgs(COLUMNS, home=province_named("Nghệ An"))
    found = find_signatures(COLUMNS, orgs, issuer=None)
    assert [(p.name, p.title) for p in found] == [("Lê Hồng Vinh", "pho-chu-tich"),
                                                  ("Nguyễn Huy Bằng", "hieu-truong")]


@pytest.mark.parametrize("text, name", [
    ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nNguyễn\nThị Thu Hà\n", "Nguyễn Thị Thu Hà"),
    ("GIÁM ĐỐC\n\nSầm Văn Páo\n", "Sầm Văn Páo"),
    # an academic title joined to the name by a non-breaking space
    ("KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\n\nPGS.TS.\u00a0Đinh Thị Hoa\n", "Đinh Thị Hoa"),
])
def test_signers_names(text: str, name: str) -> None:
    assert [p.name for p in find_signatures(text, [], issuer=None)] == [name]


def test_side_by_side_blocks_of_uneven_height_keep_each_column_s_body() -> None:
    orgs = find_orgs(UNEVEN, home=province_named("Bến Tre"))
    committee = next(o for o in orgs if o.cls == "PeoplesCommittee")
    found = find_signatures(UNEVEN, orgs, issuer=committee)
    assert [(p.name, p.title, p.org.name) for p in found] == [
        ("Trần Ngọc Tam", "pho-chu-tich", "Ủy ban nhân dân tỉnh Bến Tre"),
        ("Lê Quốc Doanh", "thu-truong", "Bộ Nông nghiệp và Phát triển nông thôn")]


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


BILINGUAL = """Ký tại Hạ Long / Signed in Ha Long

ĐẠI DIỆN SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH QUẢNG NINH
FOR THE DEPARTMENT OF SCIENCE AND TECHNOLOGY OF QUANG NINH PROVINCE
PHÓ GIÁM ĐỐC / DEPUTY DIRECTOR

(đã ký / signed)

Đặng Thị Minh Nguyệt

ĐẠI DIỆN TRƯỜNG ĐẠI HỌC VINH
FOR VINH UNIVERSITY
HIỆU TRƯỞNG / RECTOR

(đã ký / signed)

PGS.TS. Tanaka Hiroshi / Assoc. Prof. TANAKA Hiroshi

NGƯỜI CHỨNG KIẾN / WITNESSED BY
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH
CHAIRMAN OF THE PEOPLE'S COMMITTEE OF QUANG NINH PROVINCE

Cao Tường Huy
"""


def test_bilingual_blocks_are_read_in_their_vietnamese_halves_and_a_witness_signs_for_no_party() -> None:
    orgs = find_orgs(BILINGUAL, home=province_named("Quảng Ninh"))
    found = find_signatures(BILINGUAL, orgs, issuer=None)
    assert [(p.name, p.title, p.org.name, p.signature) for p in found] == [
        ("Đặng Thị Minh Nguyệt", "pho-giam-doc", "Sở Khoa học và Công nghệ tỉnh Quảng Ninh", True),
        ("Tanaka Hiroshi", "hieu-truong", "Trường Đại học Vinh", True),
        ("Cao Tường Huy", "chu-tich", "Ủy ban nhân dân tỉnh Quảng Ninh", False)]


@pytest.mark.parametrize("line", ["GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH QUẢNG NINH",
                                  "PHÓ CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH"])
def test_a_post_and_its_body_on_one_line_over_a_name(line: str) -> None:
    text = line + "\n\nVũ Văn Diện\n"
    orgs = find_orgs(text, home=province_named("Quảng Ninh"))
    found = find_signatures(text, orgs, issuer=None)
    assert [(p.name, p.org.name) for p in found] == [("Vũ Văn Diện", orgs[0].name)]


@pytest.mark.parametrize("block", ["T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ", "TM. BAN THƯỜNG VỤ\nBÍ THƯ"])
def test_a_secretary_signing_for_the_standing_board_holds_the_post_in_the_committee(block: str) -> None:
    text = "TỈNH ỦY HÀ TĨNH\n\nKế hoạch.\n\n" + block + "\n\nLê Ngọc Châu\n"
    orgs = find_orgs(text, home=province_named("Hà Tĩnh"))
    [signer] = find_signatures(text, orgs, issuer=orgs[0])
    assert (signer.name, signer.org.name) == ("Lê Ngọc Châu", "Tỉnh ủy Hà Tĩnh")


MINUTES_END = """Biên bản đã được đọc lại cho các thành viên tham dự cùng nghe và thống nhất.

THƯ KÝ

CHỦ TRÌ
PHÓ CHỦ TỊCH UBND TỈNH



Hoàng Thị Vân

Nguyễn Văn Sơn
"""


def test_the_secretary_and_the_chair_of_a_meeting_sign_its_minutes() -> None:
    text = "UBND TỈNH CAO BẰNG\n\n" + MINUTES_END
    orgs = find_orgs(text, home=province_named("Cao Bằng"))
    found = find_signatures(text, orgs, issuer=orgs[0])
    assert [(p.name, p.title, p.org.name) for p in found] == [
        ("Nguyễn Văn Sơn", "pho-chu-tich", "Ủy ban nhân dân tỉnh Cao Bằng")]


def test_a_pdf_s_columns_run_together_with_one_space_the_post_at_the_recipients_lines_end() -> None:
    # the name at the line's start, under the only column waiting for one
    text = ("Nơi nhận: KT. GIÁM ĐỐC\n- Như trên; PHÓ GIÁM ĐỐC\n- Bộ KH&CN (b/c);\n- Lưu: VT, QLKH.\nLò Văn Tiến\n")
    issuer = find_orgs("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH LAI CHÂU\n", home=province_named("Lai Châu"))[0]
    found = find_signatures(text, [], issuer=issuer)
    assert [(p.name, p.title, p.org.name) for p in found] == [("Lò Văn Tiến", "pho-giam-doc", "Sở Khoa học và Công nghệ tỉnh Lai Châu")]


@pytest.mark.parametrize("text", [
    # the post right after 'Nơi nhận:', the name after the last recipient on its line
    "Nơi nhận: GIÁM ĐỐC\n- UBND tỉnh (b/c);\n- Sở Tài chính;\n- UBND huyện Mường Tè; Lò Văn Tiến\n- Lưu: VT, QLKH.\n",
    "Nơi nhận: GIÁM ĐỐC\n- UBND tỉnh (b/c);\n- Lưu: VT, QLKH. Lò Văn Tiến\n",
])
def test_a_pdf_s_columns_run_together_the_post_after_the_label_the_name_after_a_recipient(text: str) -> None:
    issuer = find_orgs("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH LAI CHÂU\n", home=province_named("Lai Châu"))[0]
    found = find_signatures(text, [], issuer=issuer)
    assert [(p.name, p.title, p.org.name) for p in found] == [("Lò Văn Tiến", "giam-doc", "Sở Khoa học và Công nghệ tỉnh Lai Châu")]


@pytest.mark.parametrize("block, expected", [
    # a post broken over two lines by a narrow column, and a signing mark in square brackets
    ("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ\nTỊCH\n\nLê Văn Khánh\n", ("Lê Văn Khánh", "pho-chu-tich")),
    ("KT. CHỦ TỊCH\nPHÓ\nCHỦ TỊCH\n[đã ký]\n\nLê Văn Khánh\n", ("Lê Văn Khánh", "pho-chu-tich")),
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n[đã ký]\n\nLê Văn Khánh\n", ("Lê Văn Khánh", "pho-chu-tich")),
])
def test_a_post_broken_over_two_lines_and_a_mark_in_square_brackets(block: str, expected: tuple[str, str]) -> None:
    issuer = find_orgs("ỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC\n", home=province_named("Vĩnh Phúc"))[0]
    found = find_signatures(block, [], issuer=issuer)
    assert [(p.name, p.title, p.org.name) for p in found] == [(*expected, "Ủy ban nhân dân tỉnh Vĩnh Phúc")]


@pytest.mark.parametrize("block, expected", [
    # a deputy in charge while the head's post is vacant signs in the deputy's post; an acting head in his own
    ("PHÓ GIÁM ĐỐC PHỤ TRÁCH\n\n\n\nHà Văn Thắng\n", ("Hà Văn Thắng", "pho-giam-doc")),
    ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC PHỤ TRÁCH\n\nHà Văn Thắng\n", ("Hà Văn Thắng", "pho-giam-doc")),
    ("QUYỀN GIÁM ĐỐC\n\n\n\nHà Văn Thắng\n", ("Hà Văn Thắng", "quyen-giam-doc")),
    ("Q. GIÁM ĐỐC\n\n\n\nHà Văn Thắng\n", ("Hà Văn Thắng", "quyen-giam-doc")),
])
def test_a_deputy_in_charge_and_an_acting_head_sign_in_their_own_posts(block: str, expected: tuple[str, str]) -> None:
    issuer = find_orgs("UBND TỈNH HÀ TĨNH\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\n", home=province_named("Hà Tĩnh"))[-1]
    found = find_signatures(block, [], issuer=issuer)
    assert [(p.name, p.title, p.org.name) for p in found] == [(*expected, "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh")]


@pytest.mark.parametrize("block, name", [
    # a narrow column wraps the given name onto a line of its own; an English title before a foreign name
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nĐặng Văn\nThành\n", "Đặng Văn Thành"),
    ("PHÓ CHỦ TỊCH / VICE CHAIRMAN\n\n(đã ký / signed)\n\nDr. Park Ji-hoon\n", "Park Ji-hoon"),
])
def test_a_signer_s_name_wrapped_or_after_an_english_title(block: str, name: str) -> None:
    issuer = find_orgs("ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\n", home=province_named("Phú Yên"))[0]
    assert [(p.name, p.title) for p in find_signatures(block, [], issuer=issuer)] == [(name, "pho-chu-tich")]


FOUR_SIDES = """Các Bên thống nhất ký kết.

GIÁM ĐỐC                             GIÁM ĐỐC
SỞ KH&CN TỈNH KIÊN GIANG             SỞ KH&CN TỈNH CÀ MAU

Phạm Văn Tươi                        Lâm Thị Ngọc Diệp

KT. GIÁM ĐỐC                         GIÁM ĐỐC
PHÓ GIÁM ĐỐC                         SỞ KH&CN TỈNH HẬU GIANG
SỞ KH&CN TỈNH BẠC LIÊU

Quách Minh Trí                       Đoàn Văn Khải
"""


def test_four_blocks_side_by_side_each_post_over_its_body() -> None:
    # (the header's right column named another province's department: the body under the post is the signer's)
    text = "UBND TỈNH KIÊN GIANG               UBND TỈNH CÀ MAU\nSỞ KHOA HỌC VÀ CÔNG NGHỆ            SỞ KHOA HỌC VÀ CÔNG NGHỆ\n\n" \
        + FOUR_SIDES
    home = province_named("Kiên Giang")
    signers = {(p.name, p.title, p.org.name if p.org else None)
               for p in find_signatures(text, find_orgs(text, home=home), issuer=None)}
    assert signers == {("Phạm Văn Tươi", "giam-doc", "Sở Khoa học và Công nghệ tỉnh Kiên Giang"),
                       ("Lâm Thị Ngọc Diệp", "giam-doc", "Sở Khoa học và Công nghệ tỉnh Cà Mau"),
                       ("Quách Minh Trí", "pho-giam-doc", "Sở Khoa học và Công nghệ tỉnh Bạc Liêu"),
                       ("Đoàn Văn Khải", "giam-doc", "Sở Khoa học và Công nghệ tỉnh Hậu Giang")}


def test_a_member_school_over_its_parent_in_one_block_and_a_foreign_signer_after_english_titles() -> None:
    text = ("Hai bên thống nhất ký kết.\n\n"
            "THAY MẶT TRƯỜNG ĐẠI HỌC KINH TẾ,          THAY MẶT TRƯỜNG ĐẠI HỌC CHIANG MAI\n"
            "ĐẠI HỌC HUẾ                               ON BEHALF OF CHIANG MAI UNIVERSITY\n"
            "HIỆU TRƯỞNG / RECTOR                      HIỆU TRƯỞNG / PRESIDENT\n\n"
            "(đã ký)                                   (signed)\n\n"
            "PGS.TS. Trần Văn Hòa                      Assoc. Prof. Dr. Niwes Nantachit\n")
    signers = {(p.name, p.title, p.org.name.lower() if p.org else None)
               for p in find_signatures(text, find_orgs(text, home=None), issuer=None)}
    # (the school's parent, on the line under it, is named with it: the rector is the school's; a name read from
    # capitals is compared without case)
    assert signers == {("Trần Văn Hòa", "hieu-truong", "trường đại học kinh tế, đại học huế"),
                       ("Niwes Nantachit", "hieu-truong", "trường đại học chiang mai")}


def test_an_enterprise_s_report_signed_by_its_chief_accountant_beside_its_director() -> None:
    text = ("CÔNG TY CỔ PHẦN SUPE PHỐT PHÁT VÀ HÓA CHẤT LÂM THAO\n\nBÁO CÁO\nSử dụng Quỹ năm 2024\n\nNội dung.\n\n"
            "NGƯỜI LẬP BIỂU            KẾ TOÁN TRƯỞNG            TỔNG GIÁM ĐỐC\n\n\n\n"
            "Hà Thị Thu                 Đinh Văn Mạnh              Nguyễn Hữu Lộc\n")
    orgs = find_orgs(text, home=province_named("Phú Thọ"))
    found = find_signatures(text, orgs, issuer=orgs[0])
    # (the one who drew the table up holds no post)
    assert sorted((p.name, p.title) for p in found) == [("Nguyễn Hữu Lộc", "tong-giam-doc"), ("Đinh Văn Mạnh", "ke-toan-truong")]
    assert {p.org.name for p in found} == {orgs[0].name}


def test_names_side_by_side_each_wrapped_onto_the_next_line_of_its_column() -> None:
    from vnst.loaders.extract import gather
    text = ("ỦY BAN NHÂN DÂN                         ĐẠI HỌC THÁI NGUYÊN\nTỈNH CAO BẰNG\nSố: 08/TTHT-UBND                  "
            "      Số: 611/TTHT-ĐHTN\n\n                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
            "THỎA THUẬN HỢP TÁC\ngiữa Ủy ban nhân dân tỉnh Cao Bằng và Đại học Thái Nguyên\ngiai đoạn 2025 - 2030\n\n"
            "Điều 1. Hai bên hợp tác đào tạo nhân lực.\n\n"
            "ĐẠI DIỆN BÊN A                              ĐẠI DIỆN BÊN B\nTM. ỦY BAN NHÂN DÂN                         "
            "ĐẠI HỌC THÁI NGUYÊN\nCHỦ TỊCH                                    GIÁM ĐỐC\n\n"
            "(đã ký và đóng dấu)                         (đã ký và đóng dấu)\n\n"
            "Hoàng Văn                                   PGS.TS. Phạm Hồng\nThụ                                         Quang\n")
    found = {(p.name, p.title) for p in gather(text).people if p.signature}
    assert found == {("Hoàng Văn Thụ", "chu-tich"), ("Phạm Hồng Quang", "giam-doc")}
