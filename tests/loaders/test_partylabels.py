"""Party labels: 'BÊN A: <body>' and '<body> (sau đây gọi là Bên B)' hold the posts and signature
blocks of each party's representatives."""

from __future__ import annotations

import pytest

from vnst.loaders.extract import gather

HEAD = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "BIÊN BẢN GHI NHỚ HỢP TÁC\nGIAI ĐOẠN 2023 - 2027\n\n"
        "Hôm nay, ngày 12 tháng 5 năm 2023, tại tỉnh Điện Biên, chúng tôi gồm:\n\n")
CONTENTS = ("Hai bên thống nhất ký kết Biên bản ghi nhớ hợp tác với các nội dung sau:\n\n"
            "I. NỘI DUNG HỢP TÁC\n1. Chuyển giao giống cây trồng.\n2. Đào tạo cán bộ kỹ thuật.\n\n"
            "II. TỔ CHỨC THỰC HIỆN\nHai bên giao đầu mối.\n\n")
SIGNATURES = ("ĐẠI DIỆN BÊN B                              ĐẠI DIỆN BÊN A\n"
              "HIỆU TRƯỞNG                                 KT. CHỦ TỊCH\n"
              "                                            PHÓ CHỦ TỊCH\n\n"
              "Lê Minh Khoa                                Lò Văn Thắng\n")
UBND = "Ủy ban nhân dân tỉnh Điện Biên"
UNIVERSITY = "Trường Đại học Tây Bắc"


@pytest.mark.parametrize("preamble", [
    # labels before the bodies, the post on its own line
    "BÊN A: ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN\nĐịa chỉ: phường Mường Thanh, thành phố Điện Biên Phủ\n"
    "Đại diện: Ông Lò Văn Thắng\nChức vụ: Phó Chủ tịch\n\n"
    "BÊN B: TRƯỜNG ĐẠI HỌC TÂY BẮC\nĐại diện: PGS.TS. Lê Minh Khoa, chức vụ: Hiệu trưởng\n\n",
    # labels after the bodies, numbered
    "1. Ủy ban nhân dân tỉnh Điện Biên (sau đây gọi là Bên A)\nĐại diện: ông Lò Văn Thắng - Phó Chủ tịch\n\n"
    "2. Trường Đại học Tây Bắc (sau đây gọi tắt là “Bên B”)\nĐại diện: PGS.TS. Lê Minh Khoa - Hiệu trưởng\n\n",
    # a contract's sides named by their roles, the labels in brackets
    "1. Bên đặt hàng (Bên A): ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN\n- Do ông Lò Văn Thắng, Phó Chủ tịch, làm đại diện.\n\n"
    "2. Bên nhận đặt hàng (Bên B): TRƯỜNG ĐẠI HỌC TÂY BẮC\n- Do PGS.TS. Lê Minh Khoa, Hiệu trưởng, làm đại diện.\n\n",
    # labels glossed in English
    "BÊN A / PARTY A: ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN\nĐại diện / Represented by: Ông Lò Văn Thắng - Phó Chủ tịch\n\n"
    "BÊN B / PARTY B: TRƯỜNG ĐẠI HỌC TÂY BẮC\nĐại diện / Represented by: PGS.TS. Lê Minh Khoa - Hiệu trưởng\n\n",
])
def test_representatives_and_signatures_belong_to_their_labelled_party(preamble: str) -> None:
    m = gather(HEAD + preamble + CONTENTS + SIGNATURES)
    posts = {(p.name, p.title, p.org.name if p.org else None) for p in m.people if p.title}
    assert posts == {("Lò Văn Thắng", "pho-chu-tich", UBND), ("Lê Minh Khoa", "hieu-truong", UNIVERSITY)}


def test_a_post_after_a_blank_line_is_not_held_in_the_block_above() -> None:
    text = (HEAD + "BÊN A: ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN\n\nBÊN B: TRƯỜNG ĐẠI HỌC TÂY BẮC\n\n"
            "Tham dự lễ ký có ông Trần Văn Hòa - Giám đốc.\n\n" + CONTENTS)
    [hoa] = [p for p in gather(text).people if p.name == "Trần Văn Hòa"]
    assert (hoa.title, hoa.org) == ("giam-doc", None)


def test_a_memorandum_set_out_in_articles_has_its_contents_as_clauses() -> None:
    text = (HEAD + "BÊN A: ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN\n\nBÊN B: TRƯỜNG ĐẠI HỌC TÂY BẮC\n\n"
            "Điều 1. Mục đích hợp tác\nPhát triển nông nghiệp công nghệ cao.\n\n"
            "Điều 2. Nội dung hợp tác\n1. Nghiên cứu giống cà phê chè.\n2. Đào tạo kỹ sư.\n\n"
            "Điều 3. Tổ chức thực hiện\n1. Mỗi bên cử một đầu mối.\n")
    [(_, agreement)] = gather(text).agreements
    assert {p.name for p in agreement.parties} == {UBND, UNIVERSITY}
    assert [(c.number, c.section, c.text) for c in agreement.clauses] == [
        (1, "Điều 2", "Nghiên cứu giống cà phê chè."), (2, "Điều 2", "Đào tạo kỹ sư.")]


HANDOVER = """VIỆN KHOA HỌC KỸ THUẬT\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
NÔNG LÂM NGHIỆP TÂY NGUYÊN\t\tĐộc lập - Tự do - Hạnh phúc

BIÊN BẢN BÀN GIAO CÔNG NGHỆ

1. BÊN GIAO CÔNG NGHỆ (Bên A): VIỆN KHOA HỌC KỸ THUẬT NÔNG LÂM NGHIỆP TÂY NGUYÊN
Đại diện:\tTS. Đinh Văn Khang\tChức vụ: Phó Viện trưởng
\tThS. Trần Thị Lan\tChức vụ: Nghiên cứu viên
2. BÊN NHẬN CÔNG NGHỆ (Bên B): HỢP TÁC XÃ NÔNG NGHIỆP CÔNG BẰNG KRÔNG NĂNG
Đại diện:\tÔng Y Thuận Mlô\tChức vụ: Giám đốc
\tBà H'Nhi Êban\tChức vụ: Phó Giám đốc

Viện Khoa học Kỹ thuật Nông Lâm nghiệp Tây Nguyên bàn giao quy trình cho Hợp tác xã Nông nghiệp Công bằng Krông Năng
tại xã Ea Kiết.

ĐẠI DIỆN BÊN B\t\t\tĐẠI DIỆN BÊN A
GIÁM ĐỐC\t\t\tKT. VIỆN TRƯỞNG
\t\t\t\tPHÓ VIỆN TRƯỞNG


Y Thuận Mlô\t\t\tĐinh Văn Khang

XÁC NHẬN CỦA ỦY BAN NHÂN DÂN XÃ EA KIẾT
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH


Lê Văn Bình
"""


def test_a_handover_s_sides_labelled_by_role_in_capitals_their_posts_and_signatures() -> None:
    from vnst.loaders.extract import gather
    found = {(p.name, p.title, p.org.name if p.org else None, p.signature) for p in gather(HANDOVER).people}
    institute, cooperative = "Viện Khoa học Kỹ thuật Nông Lâm nghiệp Tây Nguyên", "Hợp tác xã Nông nghiệp Công bằng Krông Năng"
    assert found == {
        ("Đinh Văn Khang", "pho-vien-truong", institute, False), ("Đinh Văn Khang", "pho-vien-truong", institute, True),
        ("Y Thuận Mlô", "giam-doc", cooperative, False), ("Y Thuận Mlô", "giam-doc", cooperative, True),
        ("H'Nhi Êban", "pho-giam-doc", cooperative, False),
        ("Lê Văn Bình", "pho-chu-tich", "Ủy ban nhân dân xã Ea Kiết", True)}


@pytest.mark.parametrize("side", ["Bên nhận công nghệ", "Bên mua", "Bên nhận đặt hàng"])
def test_a_letter_s_list_of_a_contract_s_sides_by_role_alone_holds_each_representative_s_post(side: str) -> None:
    text = ("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH PHÚ YÊN\n\nSố: 88/SKHCN-QLCN\nV/v báo cáo hợp đồng chuyển giao công nghệ\n\n"
            "Kính gửi: Ủy ban nhân dân tỉnh Phú Yên\n\nThông tin về hợp đồng như sau:\n"
            "- Bên giao công nghệ: Viện Công nghệ sinh học; đại diện: TS. Đào Văn Hiếu, Viện trưởng.\n"
            f"- {side}: Công ty TNHH Thủy sản Sông Cầu; đại diện: ông Lương Văn Tâm, Giám đốc; địa chỉ: xã Xuân Lộc.\n")
    found = {(p.name, p.title, p.org.name if p.org else None) for p in gather(text).people}
    assert ("Lương Văn Tâm", "giam-doc", "Công ty TNHH Thủy sản Sông Cầu") in found
