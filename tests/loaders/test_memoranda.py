"""A memorandum with a foreign partner: a bilingual title in capitals naming a foreign province's government, sides
labelled with English glosses, and a term counted from the day it is signed."""

from __future__ import annotations

from vnst.loaders.extract import gather

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
