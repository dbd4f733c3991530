"""Kind detection: official documents, programmes, news, reports."""

from __future__ import annotations

import pytest

from vnst.loaders.kinds import detect_kind

HEADER = "BỘ Y TẾ          ỦY BAN NHÂN DÂN TỈNH GIA LAI\nSố: 7/CTPH-BYT-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
BODY = "I. MỤC TIÊU\n\n1. Phát triển y tế.\n\nII. NỘI DUNG PHỐI HỢP\n\n1. Đào tạo.\n\n"


@pytest.mark.parametrize("text, kind", [
    (HEADER + "CHƯƠNG TRÌNH PHỐI HỢP\ngiữa Bộ Y tế và UBND tỉnh Gia Lai\n\n" + BODY + "Nơi nhận:\n- Như trên;\n",
     "agreement"),                          # a programme with a distribution list after its signatures
    (HEADER + "CHƯƠNG TRÌNH PHỐI HỢP\n\n" + BODY, "agreement"),
    (HEADER + "Kính gửi: Bộ Y tế\n\nCHƯƠNG TRÌNH PHỐI HỢP\n\n" + BODY + "Nơi nhận:\n- Như trên;\n", "official"),
    (HEADER + "V/v góp ý\n\n" + BODY + "Nơi nhận:\n- Như trên;\n", "official"),
    # a short agreement whose contents are its only section; a letter with one section stays a letter
    (HEADER + "THỎA THUẬN HỢP TÁC\n\nI. NỘI DUNG HỢP TÁC\n\n1. Đào tạo.\n", "agreement"),
    (HEADER + "V/v góp ý\n\nI. NỘI DUNG GÓP Ý\n\n1. Đào tạo.\n\nNơi nhận:\n- Như trên;\n", "official"),
    # a plan set out in sections, printed without its distribution list, is still an official document
    (HEADER + "KẾ HOẠCH\nPhát triển y tế tỉnh Gia Lai\n\n" + BODY, "official"),
    # a joint plan, issued and signed by both its bodies, is an agreement though it has recipients
    (HEADER + "KẾ HOẠCH PHỐI HỢP\ngiữa Bộ Y tế và UBND tỉnh Gia Lai\n\n" + BODY + "Nơi nhận:\n- Như trên;\n",
     "agreement"),
    # the minutes of a meeting between two bodies record it; a contract is an agreement
    (HEADER + "BIÊN BẢN LÀM VIỆC\nGiữa Bộ Y tế với UBND tỉnh Gia Lai\n\n" + BODY, "official"),
    (HEADER + "HỢP ĐỒNG THỰC HIỆN NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ\n\nĐiều 1. Đặt hàng\n\nĐiều 2. Kinh phí\n", "agreement"),
    # a programme one body issues, titled 'CHƯƠNG TRÌNH' over its subject, is an official document; over the
    # parties' cooperation it is an agreement
    (HEADER + "CHƯƠNG TRÌNH\nPhát triển tài sản trí tuệ tỉnh Gia Lai giai đoạn 2021 - 2025\n\n" + BODY, "official"),
    (HEADER + "CHƯƠNG TRÌNH\nHợp tác giữa Bộ Y tế và UBND tỉnh Gia Lai\n\n" + BODY, "agreement"),
])
def test_programmes_and_letters(text: str, kind: str) -> None:
    assert detect_kind(text) == kind


def test_a_memorandum_with_a_foreign_partner_has_no_motto_and_is_still_an_agreement() -> None:
    text = ("BIÊN BẢN GHI NHỚ\nMEMORANDUM OF UNDERSTANDING\n\ngiữa / between\n\nSỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH LÂM ĐỒNG\n\n"
            "Điều 1. Mục đích / Article 1. Purpose\n\nHợp tác.\n\nĐiều 2. Lĩnh vực hợp tác\n\nNông nghiệp.\n")
    assert detect_kind(text) == "agreement"


def test_a_party_committee_s_minutes_carry_the_party_s_name_for_a_motto_and_are_an_official_document() -> None:
    text = ("ĐẢNG BỘ TỈNH LẠNG SƠN\nBAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ\n*\nSố 12-BB/BCĐ\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
            "Lạng Sơn, ngày 3 tháng 9 năm 2025\n\nBIÊN BẢN\nphiên họp thứ hai của Ban Chỉ đạo\n\n"
            "I. THỜI GIAN, ĐỊA ĐIỂM\n- Thời gian: 8 giờ.\n\nII. THÀNH PHẦN\n- Chủ trì: đồng chí A.\n")
    assert detect_kind(text) == "official"


@pytest.mark.parametrize("mark", ["\t\t\t\tDỰ THẢO\n\n", "(DỰ THẢO)\n\n", ""])
def test_a_draft_attached_to_a_letter_marked_above_its_header(mark: str) -> None:
    from vnst.loaders.kinds import segments
    letter = "SỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 12/SKHCN-QLKH\nV/v góp ý dự thảo\n\nKính gửi: Sở Tài chính.\n\nNơi nhận:\n- Lưu: VT.\n\n"
    draft = mark + "ỦY BAN NHÂN DÂN\t\t\tCÔNG TY TNHH X\nTỈNH LÂM ĐỒNG\n\nSố:      /BBGN-UBND\n\nBIÊN BẢN GHI NHỚ HỢP TÁC\n"
    parts = segments(letter + draft)
    assert [(p.kind, p.draft) for p in parts] == [("official", False), ("agreement", bool(mark))]
