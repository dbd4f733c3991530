"""A memorandum with a foreign partner: a bilingual title in capitals naming a foreign province's government, sides
labelled with English glosses, and a term counted from the day it is signed."""

from __future__ import annotations

from vnst.loaders.extract import gather
from vnst.textnorm import fold

MOU = """BẢN GHI NHỚ
VỀ HỢP TÁC HỮU NGHỊ
GIỮA
ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH, NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
VÀ
CHÍNH QUYỀN TỈNH GYEONGSANGBUK, ĐẠI HÀN DÂN QUỐC

MEMORANDUM OF UNDERSTANDING

Điều 1. Mục đích (Article 1. Purpose)
Hai Bên thiết lập quan hệ hợp tác hữu nghị.

Điều 2. Lĩnh vực hợp tác (Article 2. Areas of Cooperation)
a) Khoa học và công nghệ;
b) Nông nghiệp công nghệ cao.

Điều 3. Hiệu lực và thời hạn (Article 3. Duration)
Bản Ghi nhớ này có hiệu lực kể từ ngày ký và có giá trị trong thời hạn ba (03) năm.
Bản Ghi nhớ được ký tại thành phố Andong, Đại Hàn Dân Quốc, ngày 12 tháng 5 năm 2022, thành hai (02) bản gốc.
"""


def test_a_memorandum_s_foreign_partner_term_and_signing() -> None:
    agreement = gather(MOU).agreements[0][1]
    assert sorted(p.name for p in agreement.parties) == ["Chính quyền tỉnh Gyeongsangbuk", "Ủy ban nhân dân tỉnh Thái Bình"]
    assert (agreement.start_year, agreement.end_year, agreement.signed) == (2022, 2025, True)
    assert agreement.signing_date is not None and agreement.signing_date.value.isoformat() == "2022-05-12"
    assert [c.number for c in agreement.clauses] == [1, 2, 3]


def test_sides_labelled_with_an_english_gloss() -> None:
    text = ("THỎA THUẬN HỢP TÁC\nVề khoa học và công nghệ giai đoạn 2024 - 2029\n\nBÊN A / PARTY A: SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH KON TUM\nĐại diện: Ông Lê Văn A - Giám đốc\n\n"
            "BÊN B / PARTY B: TRƯỜNG ĐẠI HỌC KANGWON\nĐại diện: Ông Park Min-ho - Hiệu trưởng\n\n"
            "Điều 1. Nội dung hợp tác\n1. Trao đổi chuyên gia.\n2. Đào tạo.\n\nĐiều 2. Thời hạn\nThỏa thuận có hiệu lực 5 năm.\n")
    agreement = gather(text).agreements[0][1]
    assert sorted(p.name for p in agreement.parties) == ["Sở Khoa học và Công nghệ tỉnh Kon Tum", "Trường Đại học Kangwon"]


GLOSSED = """BẢN GHI NHỚ HỢP TÁC
MEMORANDUM OF UNDERSTANDING

về hợp tác khoa học và công nghệ giai đoạn 2024 - 2027
on cooperation in science and technology for the period 2024 – 2027

Sở Khoa học và Công nghệ tỉnh Quảng Ninh, Việt Nam (sau đây gọi là “Sở KH&CN Quảng Ninh”), trụ sở: phường Hồng Hà, thành phố Hạ Long;
The Department of Science and Technology of Quang Ninh Province (hereinafter “Quang Ninh DOST”);

và Trường Đại học Chungnam (sau đây gọi là “CNU”), trụ sở: Daejeon, Hàn Quốc;
and Chungnam National University (hereinafter “CNU”);

(sau đây gọi chung là “các Bên” / hereinafter jointly “the Parties”),

Căn cứ Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị và định hướng của Ủy ban nhân dân tỉnh Quảng Ninh, các Bên thống nhất ký kết Bản ghi nhớ này với các nội dung sau:

I. NỘI DUNG HỢP TÁC
I. AREAS OF COOPERATION

1. Trao đổi chuyên gia.
   (Exchange of experts.)

2. Đào tạo 20 cán bộ.
   (Training for 20 officials.)

II. HIỆU LỰC
II. FINAL PROVISIONS

Bản ghi nhớ có hiệu lực đến hết ngày 31/12/2027.
"""


def test_a_preamble_s_bodies_given_short_names_are_the_parties_and_glossed_headings_one_section() -> None:
    [(_, agreement)] = gather(GLOSSED).agreements
    assert sorted(p.name for p in agreement.parties) == ["Sở Khoa học và Công nghệ tỉnh Quảng Ninh", "Trường Đại học Chungnam"]
    assert (agreement.start_year, agreement.end_year) == (2024, 2027)
    assert [(c.number, c.text[:20]) for c in agreement.clauses] == [(1, "Trao đổi chuyên gia."), (2, "Đào tạo 20 cán bộ.")]


FEW_ARTICLES = """VIỆN HÀN LÂM KHOA HỌC VÀ CÔNG NGHỆ VIỆT NAM
VIỆN HẢI DƯƠNG HỌC

BIÊN BẢN GHI NHỚ HỢP TÁC
MEMORANDUM OF UNDERSTANDING

GIỮA VIỆN HẢI DƯƠNG HỌC VÀ VIỆN NGHIÊN CỨU THỦY SẢN NHẬT BẢN
BETWEEN THE INSTITUTE OF OCEANOGRAPHY AND THE JAPAN FISHERIES RESEARCH INSTITUTE

Căn cứ Quyết định số 210/QĐ-VHL ngày 02 tháng 3 năm 2023 của Chủ tịch Viện Hàn lâm Khoa học và Công nghệ Việt Nam về việc cho phép Viện Hải dương học ký kết biên bản ghi nhớ hợp tác với đối tác nước ngoài;

Điều 1. Mục đích
Article 1. Purpose

Hai bên thiết lập quan hệ hợp tác lâu dài.

Điều 2. Lĩnh vực hợp tác
Article 2. Areas of Cooperation

1. Nghiên cứu chung về nguồn lợi hải sản ven bờ.

2. Đào tạo nguồn nhân lực.

3. Trao đổi dữ liệu và mẫu vật.

Điều 3. Hiệu lực
Article 3. Entry into Force

Biên bản ghi nhớ có hiệu lực kể từ ngày ký đến hết ngày 31 tháng 12 năm 2027.
"""


def test_a_memorandum_of_few_articles_lists_its_contents_in_the_fields_article() -> None:
    [(_, agreement)] = gather(FEW_ARTICLES).agreements
    # the parties after 'GIỮA' on one line under a title glossed in English; the body that permits the signing is none
    # (a name read only from capitals keeps the title case they give it: compared folded)
    assert sorted(fold(p.name) for p in agreement.parties) == ["vien hai duong hoc", "vien nghien cuu thuy san nhat ban"]
    assert [(c.number, c.text[:18]) for c in agreement.clauses] == [
        (1, "Nghiên cứu chung v"), (2, "Đào tạo nguồn nhân"), (3, "Trao đổi dữ liệu v")]
    # 'HẢI DƯƠNG HỌC' in capitals is oceanography, not the province
    assert "Hải Dương" not in {p.name for p in gather(FEW_ARTICLES).places}


def test_a_decision_citing_a_programme_has_articles_of_its_own_not_the_programme_s_clauses() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\n\nSố: 512/QĐ-UBND\n\nQUYẾT ĐỊNH\nPhê duyệt nhiệm vụ khoa học và công nghệ "
            "cấp tỉnh\n\nCăn cứ Chương trình hợp tác giữa Ủy ban nhân dân tỉnh Ninh Thuận và Trường Đại học Nông Lâm "
            "Thành phố Hồ Chí Minh giai đoạn 2021 - 2025;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Phê duyệt nhiệm vụ với các nội dung "
            "chính sau:\n\n1. Tên nhiệm vụ: Nghiên cứu trồng nho.\n\n2. Tổ chức chủ trì: Trường Đại học Nông Lâm "
            "Thành phố Hồ Chí Minh.\n\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký.\n")
    [(_, agreement)] = gather(text).agreements
    assert agreement.clauses == []
