"""Agreements a text names in other ways than 'giữa A và B giai đoạn ...': a memorandum titled
with its parties and no period, a government agreement cited as its basis, an earlier programme
carried out, several memoranda signed at one ceremony (provinces and bodies other than the ones
the loaders were tuned on)."""

from __future__ import annotations

import pytest

from vnst.loaders.extract import gather

MEMORANDUM = """BIÊN BẢN GHI NHỚ
VỀ HỢP TÁC ĐÀO TẠO VÀ NGHIÊN CỨU
GIỮA
ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG
(NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM)
VÀ
VIỆN CÔNG NGHỆ NHẬT BẢN
(NHẬT BẢN)

Ủy ban nhân dân tỉnh Bình Dương, nước Cộng hòa xã hội chủ nghĩa Việt Nam (sau đây gọi là "Bên A") và Viện Công nghệ Nhật Bản (sau đây gọi là "Bên B");

Căn cứ Hiệp định hợp tác khoa học và công nghệ giữa Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam và Chính phủ Nhật Bản;

Hai Bên thống nhất ký Biên bản ghi nhớ này với các điều khoản sau:

Điều 1. Nội dung hợp tác

1. Đào tạo kỹ sư tự động hóa.

2. Nghiên cứu chung về vật liệu mới.

Điều 2. Điều khoản thi hành

1. Biên bản có hiệu lực kể từ ngày ký.

ĐẠI DIỆN                                  ĐẠI DIỆN
ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG            VIỆN CÔNG NGHỆ NHẬT BẢN
CHỦ TỊCH                                  VIỆN TRƯỞNG



Võ Văn Minh                               Tanaka Hiroshi
"""


def test_a_memorandum_titled_with_its_parties_and_no_period() -> None:
    agreements = [a for _, a in gather(MEMORANDUM).agreements]
    first = agreements[0]
    assert sorted(p.name for p in first.parties) == ["Viện Công nghệ Nhật Bản", "Ủy ban nhân dân tỉnh Bình Dương"]
    assert first.start_year is None and first.signed and not first.draft
    assert [(c.number, c.text) for c in first.clauses] == [(1, "Đào tạo kỹ sư tự động hóa."),
                                                            (2, "Nghiên cứu chung về vật liệu mới.")]


def test_the_government_agreement_a_memorandum_cites() -> None:
    agreements = [a for _, a in gather(MEMORANDUM).agreements]
    assert [(sorted(p.name for p in a.parties), a.signed) for a in agreements[1:]] == [
        (["Chính phủ", "Chính phủ Nhật Bản"], True)]


def test_an_earlier_programme_carried_out_between_the_province_and_a_university() -> None:
    text = ("Sáng 12/5, UBND tỉnh Hà Tĩnh và Trường Đại học Kinh tế Quốc dân ký kết Thỏa thuận hợp tác giai đoạn "
            "2024 - 2028.\n\nThực hiện Thỏa thuận hợp tác giai đoạn 2019 - 2023 giữa tỉnh với Trường Đại học Kinh "
            "tế Quốc dân, hai bên đã triển khai 6 nhiệm vụ.\n")
    agreements = [(sorted(p.name for p in a.parties), a.start_year, a.signed) for _, a in gather(text).agreements]
    assert agreements == [
        (["Trường Đại học Kinh tế Quốc dân", "Ủy ban nhân dân tỉnh Hà Tĩnh"], 2024, True),
        (["Trường Đại học Kinh tế Quốc dân", "Ủy ban nhân dân tỉnh Hà Tĩnh"], 2019, True)]


def test_memoranda_signed_with_each_of_several_listed_partners() -> None:
    text = ("Chiều 3/4, UBND tỉnh Bắc Ninh và Học viện Công nghệ Bưu chính Viễn thông ký kết Thỏa thuận hợp tác "
            "giai đoạn 2024 - 2029.\n\nNhân dịp này, Học viện Công nghệ Bưu chính Viễn thông đã ký kết biên bản "
            "ghi nhớ với Trường Đại học Kinh Bắc; đồng thời Học viện Công nghệ Bưu chính Viễn thông trao biên bản ghi nhớ hợp tác với 2 doanh "
            "nghiệp: Công ty TNHH Samsung Display Việt Nam và Công ty Cổ phần Dabaco Việt Nam.\n")
    pairs = {tuple(sorted(p.name for p in a.parties)) for _, a in gather(text).agreements if a.start_year is None}
    assert pairs == {
        ("Học viện Công nghệ Bưu chính Viễn thông", "Trường Đại học Kinh Bắc"),
        ("Công ty TNHH Samsung Display Việt Nam", "Học viện Công nghệ Bưu chính Viễn thông"),
        ("Công ty Cổ phần Dabaco Việt Nam", "Học viện Công nghệ Bưu chính Viễn thông")}


def test_an_earlier_programme_whose_period_opens_the_sentence_and_its_signing_day() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\n\nSố: 88/UBND-KGVX\nV/v xây dựng Chương trình hợp tác giai đoạn 2024 - "
            "2028 giữa UBND tỉnh Lai Châu và Học viện Nông nghiệp Việt Nam\n\n"
            "Giai đoạn 2019 - 2023, Ủy ban nhân dân tỉnh Lai Châu và Học viện Nông nghiệp Việt Nam đã triển khai "
            "Chương trình hợp tác giai đoạn 2019 - 2023 ký ngày 10/5/2019. Hai bên đã thực hiện 12 đề tài.\n")
    agreements = {(a.start_year, a.signed) for _, a in gather(text).agreements}
    assert agreements == {(2024, False), (2019, True)}


def test_a_second_memorandum_signed_by_its_subjects_and_one_only_advised() -> None:
    text = ("Ngày 8/10/2025, UBND tỉnh Lào Cai và Trường Đại học Nông Lâm - Đại học Thái Nguyên ký kết chương trình "
            "hợp tác giai đoạn 2025 - 2030.\n\nUBND tỉnh và Đại học Quốc gia Hà Nội ký biên bản ghi nhớ giai đoạn "
            "2026 - 2030 về đào tạo.\n\nSở KH&CN tham mưu UBND tỉnh ký kết Chương trình phối hợp với Bộ Khoa học và "
            "Công nghệ giai đoạn 2027 - 2031.\n")
    agreements = {(a.start_year, a.signed) for _, a in gather(text).agreements}
    assert agreements == {(2025, True), (2026, True), (2027, False)}


def test_a_programme_signed_in_a_month_and_one_still_to_be_drafted() -> None:
    text = ("Sở đang triển khai Chương trình hợp tác giữa Sở KH&CN tỉnh Phú Thọ và Trường Đại học Hùng Vương giai đoạn "
            "2022 - 2026, ký kết tháng 3/2022, tập trung vào chọn tạo giống.\n")
    assert [(a.signed, a.draft) for _, a in gather(text).agreements] == [(True, False)]
    text = ("THÔNG BÁO\n\nd) Xây dựng dự thảo Chương trình hợp tác giữa UBND tỉnh và Đại học Thái Nguyên giai "
            "đoạn 2020 - 2025, báo cáo UBND tỉnh trong quý III/2019.\n")
    assert [(a.signed, a.draft) for _, a in gather(text).agreements] == [(False, False)]


def test_the_main_memorandum_of_news_signed_by_its_subjects() -> None:
    text = ("Thứ Sáu, 10/10/2025, 09:15\n\nTại lễ bế mạc, Sở KH&CN tỉnh Quảng Ninh và Trường Đại học Hạ Long đã ký\n"
            "Biên bản ghi nhớ hợp tác về đào tạo giai đoạn 2025 - 2030.\n")
    assert [(a.start_year, a.signed) for _, a in gather(text).agreements] == [(2025, True)]


def test_memoranda_without_a_period_signed_now_and_one_agreed_for_later() -> None:
    text = ("Thứ Năm, 25/09/2025 - 16:40\n\nUBND tỉnh Quảng Ninh và Trường Đại học Hạ Long ký kết chương trình hợp tác "
            "giai đoạn 2025 - 2030.\n\nSở KH&CN tỉnh ký biên bản ghi nhớ với Công ty Cổ phần Than Hà Lầm về chuyển "
            "đổi số.\n\nDịp này, UBND tỉnh và Trường Đại học Mỏ - Địa chất cũng thống nhất sẽ ký kết thỏa thuận hợp "
            "tác về đào tạo trong quý IV/2025.\n")
    found = {(tuple(sorted(p.name for p in a.parties)), a.signed) for _, a in gather(text).agreements}
    assert found == {
        (("Trường Đại học Hạ Long", "Ủy ban nhân dân tỉnh Quảng Ninh"), True),
        (("Công ty Cổ phần Than Hà Lầm", "Sở Khoa học và Công nghệ tỉnh Quảng Ninh"), True),
        (("Trường Đại học Mỏ - Địa chất", "Ủy ban nhân dân tỉnh Quảng Ninh"), False)}


def test_an_earlier_programme_in_a_sentence_that_first_cites_a_resolution_s_period() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\n\nSố: 120/UBND-KGVX\n\nThực hiện Nghị quyết số 09-NQ/TU ngày 2/3/2021 của "
            "Ban Thường vụ Tỉnh ủy về phát triển khoa học, công nghệ tỉnh Gia Lai giai đoạn 2021 - 2025; tiếp nối "
            "Chương trình hợp tác giữa UBND tỉnh và Đại học Đà Nẵng giai đoạn 2017 - 2021 (ký ngày 5 tháng\n"
            "6 năm 2017), hai bên đã thực hiện 9 đề tài.\n")
    assert [(a.party_keys, a.start_year, a.signed) for _, a in gather(text).agreements] == [
        (sorted(["dai-hoc-da-nang", "uy-ban-nhan-dan-tinh-gia-lai"]), 2017, True)]


def agreements_of(text: str) -> list[tuple[list[str], int | None, bool]]:
    return [(sorted(p.name for p in a.parties), a.start_year, a.signed) for _, a in gather(text).agreements]


def test_texts_exchanged_at_a_ceremony_each_in_its_clause() -> None:
    text = ("Nghệ An, ngày 5 tháng 6 năm 2024\n\nCũng trong dịp này, Trường Đại học Vinh và Đại học Okayama trao thỏa "
            "thuận hợp tác về trao đổi sinh viên; Ngân hàng Okayama trao thư ghi nhớ hợp tác với Hiệp hội Doanh "
            "nghiệp tỉnh Nghệ An.\n")
    assert sorted(agreements_of(text)) == [
        (["Hiệp hội Doanh nghiệp tỉnh Nghệ An", "Ngân hàng Okayama"], None, True),
        (["Trường Đại học Vinh", "Đại học Okayama"], None, True)]


def test_a_programme_carried_on_until_a_new_one_is_signed() -> None:
    text = ("KẾ HOẠCH\n\n6. Mở rộng hợp tác: tiếp tục thực hiện Chương trình hợp tác giữa UBND tỉnh Long An và Viện "
            "Lúa Đồng bằng sông Cửu Long giai đoạn 2020 - 2024 đến khi ký kết Chương trình hợp tác mới giữa UBND "
            "tỉnh Tây Ninh và Viện Lúa Đồng bằng sông Cửu Long giai đoạn 2026 - 2030.\n")
    assert sorted(agreements_of(text)) == [
        (["Viện Lúa Đồng bằng sông Cửu Long", "Ủy ban nhân dân tỉnh Long An"], 2020, True),
        (["Viện Lúa Đồng bằng sông Cửu Long", "Ủy ban nhân dân tỉnh Tây Ninh"], 2026, False)]


def test_a_task_in_a_wrapped_grid_is_no_agreement_with_the_body_beside_it() -> None:
    text = ("KẾ HOẠCH\n\nTT  Nhiệm vụ                                Cơ quan chủ trì     Thời gian hoàn thành\n"
            "1   Ký kết Chương trình hợp tác với          Sở KH&CN            Quý IV/2025\n"
            "    Viện Khoa học Nông nghiệp Việt Nam\n"
            "2   Trình HĐND tỉnh chính sách hỗ trợ        Sở KH&CN            Quý I/2026\n"
            "    đổi mới sáng tạo\n")
    assert agreements_of(text) == []


def test_the_texts_a_list_under_a_signing_names_are_signed() -> None:
    text = ("Cần Thơ, ngày 5 tháng 6 năm 2025\n\nChứng kiến của Bộ trưởng, các bên đã ký kết:\n"
            "1. Thỏa thuận hợp tác giai đoạn 2025 - 2028 giữa Trường Đại học Cần Thơ và Đại học Kasetsart về "
            "nghiên cứu lúa gạo.\n"
            "2. Biên bản ghi nhớ giữa Cục Đổi mới sáng tạo và Cơ quan Đổi mới sáng tạo Phần Lan về hỗ trợ khởi nghiệp.\n")
    assert sorted(agreements_of(text)) == [
        (["Cơ quan Đổi mới sáng tạo Phần Lan", "Cục Đổi mới sáng tạo"], None, True),
        (["Trường Đại học Cần Thơ", "Đại học Kasetsart"], 2025, True)]


def test_a_signing_of_cooperation_named_by_the_verb_alone_between_its_subjects() -> None:
    text = ("Phú Yên, ngày 5 tháng 6 năm 2024\n\nTại hội nghị, UBND tỉnh ký kết 3 văn bản.\n\nTrung tâm Ứng dụng "
            "tiến bộ khoa học và công nghệ Phú Yên và Trường Đại học Nha Trang ký kết hợp tác nghiên cứu nuôi tôm hùm "
            "giai đoạn 2024 - 2027.\n")
    assert agreements_of(text) == [
        (["Trung tâm Ứng dụng tiến bộ khoa học và công nghệ Phú Yên", "Trường Đại học Nha Trang"], 2024, True)]


def test_an_earlier_agreement_of_the_two_parties_named_together() -> None:
    text = ("Thứ Năm, 23/05/2024\n\nNgày 23/5/2024, UBND tỉnh Nghệ An và Chính quyền tỉnh Xiêng Khoảng (Lào) đã ký kết "
            "Thỏa thuận hợp tác giai đoạn 2024 - 2028.\n\nThực hiện Thỏa thuận hợp tác giai đoạn 2019 - 2023 ký ngày "
            "16/4/2019, hai tỉnh đã triển khai 6 mô hình.\n")
    found = {(a.start_year, a.end_year): a for _, a in gather(text).agreements}
    assert set(found) == {(2024, 2028), (2019, 2023)}
    earlier = found[(2019, 2023)]
    assert {p.name for p in earlier.parties} == {"Ủy ban nhân dân tỉnh Nghệ An", "Chính quyền tỉnh Xiêng Khoảng"}
    assert earlier.signed


def test_a_memorandum_titled_without_biên_its_parties_after_a_blank_line_its_term_in_years() -> None:
    text = ("BẢN GHI NHỚ HỢP TÁC\n(Bản tiếng Việt)\n\nGIỮA\nTRƯỜNG ĐẠI HỌC VINH (VIỆT NAM)\nVÀ\n"
            "TRƯỜNG ĐẠI HỌC KHON KAEN (THÁI LAN)\n\nHai Bên thống nhất ký kết Bản ghi nhớ với các điều khoản sau:\n\n"
            "Điều 1. Mục đích\nThiết lập khuôn khổ hợp tác.\n\nĐiều 2. Phạm vi hợp tác\nĐào tạo, nghiên cứu.\n\n"
            "Điều 3. Hiệu lực\nBản ghi nhớ có giá trị trong thời hạn 05 (năm) năm kể từ ngày ký.\n\n"
            "ĐẠI DIỆN TRƯỜNG ĐẠI HỌC VINH          ĐẠI DIỆN TRƯỜNG ĐẠI HỌC KHON KAEN\n(đã ký)                             (đã ký)\n"
            "Nguyễn Huy Bằng                     Somchai Wongsawat\nNgày 15 tháng 11 năm 2019\n")
    [(_, agreement)] = gather(text).agreements
    assert {p.name for p in agreement.parties} == {"Trường Đại học Vinh", "Trường Đại học Khon Kaen"}
    assert (agreement.start_year, agreement.end_year) == (2019, 2024)
    assert [c.number for c in agreement.clauses] == [1, 2, 3]


def test_memoranda_listed_as_signed_at_a_forum_each_between_its_subjects() -> None:
    text = ("Thứ Năm, 17/10/2024 15:20 GMT+7\n\nBên lề diễn đàn, 3 biên bản ghi nhớ hợp tác đã được ký kết, gồm:\n"
            "- Viện Nghiên cứu Nuôi trồng thủy sản II và Công ty TNHH De Heus ký thỏa thuận hợp tác nghiên cứu trong "
            "thời hạn 3 năm (2024 - 2027);\n- Trường Đại học Bách khoa - ĐHQG TP.HCM và Trường Đại học Công nghệ\n"
            "Delft hợp tác về kỹ thuật tài nguyên nước;\n- Trường Đại học Cần Thơ và Viện Lúa Đồng bằng sông Cửu Long ký "
            "biên bản ghi nhớ.\n")
    found = {tuple(sorted(p.name for p in a.parties)): a for _, a in gather(text).agreements}
    assert set(found) == {("Công ty TNHH De Heus", "Viện Nghiên cứu Nuôi trồng thủy sản II"),
                          ("Trường Đại học Bách khoa - Đại học Quốc gia thành phố Hồ Chí Minh", "Trường Đại học Công nghệ Delft"),
                          ("Trường Đại học Cần Thơ", "Viện Lúa Đồng bằng sông Cửu Long")}
    assert all(a.signed for a in found.values())
    feed = found[("Công ty TNHH De Heus", "Viện Nghiên cứu Nuôi trồng thủy sản II")]
    assert (feed.start_year, feed.end_year) == (2024, 2027)


def test_an_invitation_to_a_signing_names_agreements_still_to_be_signed() -> None:
    text = ("UBND TỈNH SÓC TRĂNG\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\nSố: 86 /GM-SKHCN\n\nSóc Trăng, ngày 04 tháng 3 năm 2024\n\n"
            "GIẤY MỜI\nDự Lễ ký kết Chương trình hợp tác giữa Ủy ban nhân dân tỉnh Sóc Trăng và Trường Đại học Cần Thơ "
            "giai đoạn 2024 - 2030\n\nĐến dự Lễ ký kết Chương trình hợp tác giữa Ủy ban nhân dân tỉnh Sóc Trăng và "
            "Trường Đại học Cần Thơ giai đoạn 2024 - 2030 (thay thế Chương trình hợp tác giai đoạn 2019 - 2023 đã ký "
            "ngày 22/5/2019). Cùng dịp này, Sở Khoa học và Công nghệ tỉnh Sóc Trăng và Viện Lúa Đồng bằng sông Cửu Long "
            "sẽ ký Biên bản ghi nhớ hợp tác giai đoạn 2024 - 2026.\n")
    found = {(a.start_year, a.end_year): a for _, a in gather(text).agreements}
    assert set(found) == {(2024, 2030), (2019, 2023), (2024, 2026)}
    assert [found[y].signed for y in [(2024, 2030), (2019, 2023), (2024, 2026)]] == [False, True, False]
    assert {p.name for p in found[(2019, 2023)].parties} == {"Ủy ban nhân dân tỉnh Sóc Trăng", "Trường Đại học Cần Thơ"}


def test_a_body_s_report_names_its_own_agreements_with_one_partner_each() -> None:
    text = ("BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐẠI HỌC TÂY NGUYÊN\n\nSố: 412/BC-ĐHTN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
            "Đắk Lắk, ngày 20 tháng 7 năm 2024\n\nBÁO CÁO\nHoạt động khoa học và công nghệ năm học 2023 - 2024\n\n"
            "Kính gửi: Bộ Giáo dục và Đào tạo\n\n5. Hợp tác\n- Với các địa phương: tiếp tục thực hiện Chương trình hợp "
            "tác với UBND tỉnh Đắk Nông giai đoạn 2021 - 2025; ký mới thỏa thuận hợp tác với UBND tỉnh Kon Tum giai "
            "đoạn 2024 - 2028 (ngày 12/3/2024); đề xuất ký thỏa thuận với UBND tỉnh Gia Lai giai đoạn 2025 - 2030.\n\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n")
    found = {(a.start_year, a.end_year): a for _, a in gather(text).agreements}
    assert {y: sorted(p.name for p in a.parties) for y, a in found.items() if a.signed} == {
        (2021, 2025): ["Trường Đại học Tây Nguyên", "Ủy ban nhân dân tỉnh Đắk Nông"],
        (2024, 2028): ["Trường Đại học Tây Nguyên", "Ủy ban nhân dân tỉnh Kon Tum"]}
    assert not found.get((2025, 2030)) or not found[(2025, 2030)].signed   # only proposed


@pytest.mark.parametrize("text", [
    ("Thứ Sáu, 10/10/2025 16:00 GMT+7\n\nTrong khuôn khổ sự kiện, 12 hợp đồng chuyển giao công nghệ và biên "
     "bản ghi nhớ đã được ký kết với tổng giá trị 40 tỷ đồng. Tiêu biểu:\n"
     "- Trường Đại học Nông Lâm Huế chuyển giao quy trình nuôi cá chình cho Công ty cổ phần Thủy sản Thuận An;\n"
     "- Viện Nghiên cứu Hải sản ký hợp đồng chuyển giao công nghệ với Hợp tác xã Nông nghiệp Phú Vang.\n"),
    # (under a sentence a PDF's text wraps, the items wrapped too)
    ("Thứ Sáu, 10/10/2025 16:00 GMT+7\n\nTrong khuôn khổ Techmart, các đơn vị đã ký kết 5 hợp đồng chuyển giao công\n"
     "nghệ với tổng giá trị 12,4 tỷ đồng, gồm:\n\n"
     "- Trường Đại học Nông Lâm Huế chuyển giao quy trình nuôi cá chình cho Công ty cổ phần Thủy sản\nThuận An, "
     "trị giá 2,1 tỷ đồng;\n"
     "- Viện Nghiên cứu Hải sản chuyển giao công nghệ bảo quản cá cho Hợp tác xã Nông nghiệp Phú Vang.\n"),
])
def test_contracts_listed_as_signed_at_a_fair_each_with_its_partner_after_với_or_cho(text: str) -> None:
    found = {tuple(sorted(p.name for p in a.parties)) for _, a in gather(text).agreements if a.signed}
    assert found == {("Công ty cổ phần Thủy sản Thuận An", "Trường Đại học Nông Lâm Huế"),
                     ("Hợp tác xã Nông nghiệp Phú Vang", "Viện Nghiên cứu Hải sản")}


THREE_PROVINCES = """Lào Cai, Lai Châu, Điện Biên ký kết chương trình hợp tác về khoa học và công nghệ

Thứ Ba, 14/05/2024, 10:20

(KH&CN Lào Cai) - Ngày 13/5, tại thành phố Lào Cai, Sở Khoa học và Công nghệ (KH&CN) ba tỉnh Lào Cai, Lai Châu và Điện Biên đã tổ chức Hội nghị ký kết Chương trình hợp tác về khoa học và công nghệ giai đoạn 2024 - 2028.

Chương trình hợp tác tập trung vào 5 lĩnh vực.

Dưới sự chứng kiến của lãnh đạo UBND tỉnh Lào Cai và đại diện Bộ KH&CN, Giám đốc Sở KH&CN ba tỉnh đã ký kết chương trình hợp tác.
"""


def test_a_headline_s_provinces_stand_for_the_departments_that_sign_and_witnesses_and_bylines_are_no_parties() -> None:
    found = [(sorted(p.name for p in a.parties), a.start_year, a.signed) for _, a in gather(THREE_PROVINCES).agreements]
    assert found == [(["Sở Khoa học và Công nghệ tỉnh Lai Châu", "Sở Khoa học và Công nghệ tỉnh Lào Cai",
                       "Sở Khoa học và Công nghệ tỉnh Điện Biên"], 2024, True)]



def test_a_letter_proposing_a_programme_and_a_programme_planned_between_the_province_and_a_bare_viện() -> None:
    text = ("Thứ Hai, 29/12/2025, 08:00\n\nPV: Hợp tác được đẩy mạnh thế nào?\n\nÔng A: UBND tỉnh Lâm Đồng làm việc"
            " nhiều với các viện. Sở đang phối hợp với Viện Hàn lâm Khoa học và Công nghệ Việt Nam xây dựng chương trình"
            " hợp tác giữa tỉnh và Viện, dự kiến ký trong quý I/2026.\n")
    found = [(sorted(p.name for p in a.parties), a.start_year, a.signed) for _, a in gather(text).agreements]
    assert found == [(["Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "Ủy ban nhân dân tỉnh Lâm Đồng"], None, False)]


def test_a_ceremony_of_signings_with_each_listed_partner_some_with_a_period_given_later() -> None:
    # the list names a body with its short name in brackets; a partner's agreement given its period in a later
    # sentence is that signing's, signed
    text = ("Sáng 12/3/2024, Sở Khoa học và Công nghệ tỉnh Nam Định tổ chức Lễ ký kết thỏa thuận hợp tác về khoa học "
            "và công nghệ với 04 đơn vị gồm: Viễn thông Nam Định (VNPT Nam Định), Công ty cổ phần Dệt may Sơn Nam, "
            "Trường Đại học Điều dưỡng Nam Định và Hội Doanh nhân trẻ tỉnh Nam Định.\n\n"
            "Thỏa thuận giữa Sở và Trường Đại học Điều dưỡng Nam Định giai đoạn 2024 - 2028 gồm 5 nội dung.\n")
    found = sorted((sorted(p.name for p in a.parties), a.start_year, a.signed) for _, a in gather(text).agreements)
    department = "Sở Khoa học và Công nghệ tỉnh Nam Định"
    assert found == sorted([
        (sorted([department, "Viễn thông Nam Định"]), None, True),
        (sorted([department, "Công ty cổ phần Dệt may Sơn Nam"]), None, True),
        (sorted([department, "Trường Đại học Điều dưỡng Nam Định"]), 2024, True),
        (sorted([department, "Hội Doanh nhân trẻ tỉnh Nam Định"]), None, True)])


def test_the_body_a_party_belongs_to_in_brackets_after_it_is_no_party() -> None:
    text = ("Sáng 10/4, tại thành phố Vĩnh Yên, UBND tỉnh Vĩnh Phúc và Cục Sở hữu trí tuệ (Bộ Khoa học và Công nghệ) tổ chức "
            "Lễ ký kết Chương trình phối hợp hoạt động sở hữu trí tuệ giai đoạn 2024 - 2028.\n")
    assert [sorted(p.name for p in a.parties) for _, a in gather(text).agreements] == [
        ["Cục Sở hữu trí tuệ", "Ủy ban nhân dân tỉnh Vĩnh Phúc"]]


def test_the_two_sides_earlier_agreement_which_the_new_one_follows_was_signed() -> None:
    text = ("Chiều 13/6, UBND tỉnh Quảng Bình và Tập đoàn Bưu chính Viễn thông Việt Nam ký kết thỏa thuận hợp tác về chuyển "
            "đổi số giai đoạn 2024 - 2028.\n\nĐây là lần thứ hai hai bên ký kết, sau thỏa thuận hợp tác giai đoạn 2019 - 2023.\n")
    found = sorted((a.start_year, a.end_year, a.signed, len(a.parties)) for _, a in gather(text).agreements)
    assert found == [(2019, 2023, True, 2), (2024, 2028, True, 2)]


@pytest.mark.parametrize("sentence, expected", [
    # an agreement reviewed at its end was signed before; the same two then sign the next one
    ("(CB) - Chiều 9/5, tại thành phố Cao Bằng, Ủy ban nhân dân tỉnh Cao Bằng và Học viện Nông nghiệp Việt Nam (VNUA) tổ "
     "chức hội nghị tổng kết Thỏa thuận hợp tác giai đoạn 2019 - 2023 và ký kết Thỏa thuận hợp tác toàn diện giai đoạn "
     "2024 - 2029.", [(2019, True), (2024, True)]),
    ("Ủy ban nhân dân tỉnh Cao Bằng và Học viện Nông nghiệp Việt Nam sơ kết Thỏa thuận hợp tác giai đoạn 2021 - 2025.",
     [(2021, True)]),
    # a review a body is told to hold with a partner names no agreement between the two
    ("Ủy ban nhân dân tỉnh Cao Bằng và Học viện Nông nghiệp Việt Nam ký kết Thỏa thuận hợp tác giai đoạn 2021 - 2025. "
     "Ủy ban nhân dân tỉnh giao Sở Khoa học và Công nghệ phối hợp với Học viện Nông nghiệp Việt Nam tổng kết Thỏa thuận "
     "hợp tác giai đoạn 2021 - 2025 và xây dựng Thỏa thuận hợp tác giai đoạn 2026 - 2030.", [(2021, True), (2026, False)]),
])
def test_an_agreement_reviewed_was_signed_and_the_next_one_signed_with_it_is_the_same_two_s(
        sentence: str, expected: list[tuple[int, bool]]) -> None:
    found = gather(f"Tin tức\n\n{sentence}\n").agreements
    assert sorted((a.start_year, a.signed) for _, a in found) == expected
    assert all(sorted(p.name for p in a.parties) == ["Học viện Nông nghiệp Việt Nam", "Ủy ban nhân dân tỉnh Cao Bằng"]
               for _, a in found)


def test_a_national_centre_in_the_curated_list_is_a_party_as_a_ministry_is() -> None:
    text = ("Tin tức\n\nChiều 12/3/2025, Trung tâm Đổi mới sáng tạo Quốc gia (NIC) tổ chức lễ ký kết hợp tác với các tỉnh.\n\n"
            "Thỏa thuận hợp tác giữa NIC và Ủy ban nhân dân tỉnh Thái Bình giai đoạn 2025 - 2030 do ông Nguyễn Văn A, "
            "Phó Chủ tịch UBND tỉnh Thái Bình và Giám đốc NIC ký.\n")
    assert [(sorted(p.name for p in a.parties), a.start_year, a.signed) for _, a in gather(text).agreements] == [
        (["Trung tâm Đổi mới sáng tạo quốc gia", "Ủy ban nhân dân tỉnh Thái Bình"], 2025, True)]


def test_contracts_listed_after_the_signing_that_names_them_each_transferred_from_one_to_another() -> None:
    text = ("Thứ Sáu, 15/3/2024 16:42\n\nTrong khuôn khổ Techmart, các đơn vị đã ký kết 2 hợp đồng chuyển giao công nghệ "
            "với tổng giá trị 8,1 tỷ đồng, gồm:\n\n- Viện Lúa Đồng bằng sông Cửu Long chuyển giao giống lúa OM18 cho Công "
            "ty Cổ phần Tập đoàn Lộc Trời, trị giá 4,2 tỷ đồng;\n- Trường Đại học Cần Thơ chuyển giao quy trình nuôi tôm "
            "cho Công ty Cổ phần Việt - Úc, trị giá 3,9 tỷ đồng.\n")
    found = {tuple(sorted(p.name for p in a.parties)): a.signed for _, a in gather(text).agreements}
    assert found == {("Công ty Cổ phần Tập đoàn Lộc Trời", "Viện Lúa Đồng bằng sông Cửu Long"): True,
                     ("Công ty Cổ phần Việt - Úc", "Trường Đại học Cần Thơ"): True}


@pytest.mark.parametrize("lead", ["Hà Nội, ngày 14/10/2025 – ", "HÀ NỘI - ", "Bắc Giang (TTXVN) – "])
def test_a_news_lead_s_dateline_is_where_it_was_written_not_a_party(lead: str) -> None:
    text = (f"Thứ Ba, 14/10/2025\n\n{lead}Sáng nay, Trường Đại học Thủy lợi và Ủy ban nhân dân tỉnh Bắc Ninh đã ký kết "
            "Thỏa thuận hợp tác giai đoạn 2025 - 2030.\n")
    assert agreements_of(text) == [(["Trường Đại học Thủy lợi", "Ủy ban nhân dân tỉnh Bắc Ninh"], 2025, True)]


CENTRE_NEWS = """Thứ Năm, 14/3/2024

Ông Đỗ Văn Lâm, Giám đốc Trung tâm Đổi mới sáng tạo tỉnh Hưng Yên giới thiệu hành trình hình thành Trung tâm. Năm 2020, Tỉnh ủy ban hành Nghị quyết số 12-NQ/TU về khoa học và công nghệ; tháng 9/2022, Trung tâm ký thỏa thuận hợp tác với Trường Đại học Sư phạm Kỹ thuật Hưng Yên; tháng 11/2023, UBND tỉnh khánh thành trụ sở Trung tâm.

Nhân dịp này, dưới sự chứng kiến của Phó Thủ tướng, Trung tâm Đổi mới sáng tạo tỉnh Hưng Yên và Công ty TNHH Dệt Hưng Yên đã ký biên bản ghi nhớ hợp tác đào tạo kỹ sư giai đoạn 2024 - 2026.
"""


def test_a_directed_centre_signs_in_a_timeline_s_clause_and_after_an_opening_phrase() -> None:
    assert sorted(agreements_of(CENTRE_NEWS)) == [
        (["Công ty TNHH Dệt Hưng Yên", "Trung tâm Đổi mới sáng tạo tỉnh Hưng Yên"], 2024, True),
        (["Trung tâm Đổi mới sáng tạo tỉnh Hưng Yên", "Trường Đại học Sư phạm Kỹ thuật Hưng Yên"], None, True)]


@pytest.mark.parametrize("opening", ["Hiện nay, ", "Đến nay, ", ""])
def test_a_programme_to_be_signed_with_the_body_after_the_noun_not_the_one_preparing_it(opening: str) -> None:
    text = (f"BÁO CÁO\n\n{opening}Trường Đại học Thủy lợi đang phối hợp với Sở Khoa học và Công nghệ tỉnh Hà Nam trao đổi "
            "các nội dung ưu tiên để tiến tới ký kết Chương trình hợp tác với Ủy ban nhân dân tỉnh Hà Nam giai đoạn 2024 - 2028.\n")
    assert agreements_of(text) == [(["Trường Đại học Thủy lợi", "Ủy ban nhân dân tỉnh Hà Nam"], 2024, False)]


def test_a_body_s_listed_agreements_each_with_one_partner_one_without_a_period() -> None:
    text = ("BÁO CÁO\n\nGiai đoạn 2019 - 2024, Trường Đại học Vinh đã ký kết 03 văn bản hợp tác với các địa phương, cụ thể:\n\n"
            "•  Thỏa thuận hợp tác toàn diện với Ủy ban nhân dân tỉnh Hà Tĩnh, ký ngày 12/5/2019 (không quy định thời hạn);\n"
            "•  Chương trình hợp tác với Ủy ban nhân dân tỉnh Thanh Hóa giai đoạn 2020 - 2025;\n"
            "•  Thỏa thuận hợp tác với Công ty cổ phần Sữa TH giai đoạn 2021 - 2026.\n")
    assert sorted(agreements_of(text)) == [
        (["Công ty cổ phần Sữa TH", "Trường Đại học Vinh"], 2021, True),
        (["Trường Đại học Vinh", "Ủy ban nhân dân tỉnh Hà Tĩnh"], None, True),
        (["Trường Đại học Vinh", "Ủy ban nhân dân tỉnh Thanh Hóa"], 2020, True)]


def test_an_agreement_named_before_its_signing_day_and_its_parties_after_giữa() -> None:
    text = ("KẾ HOẠCH\n\n7. Tăng cường hợp tác; triển khai hiệu quả Thỏa thuận hợp tác đã ký kết ngày 03/9/2025 giữa Ủy ban "
            "nhân dân tỉnh Phú Thọ và Trường Đại học Bách khoa Hà Nội.\n")
    assert agreements_of(text) == [(["Trường Đại học Bách khoa Hà Nội", "Ủy ban nhân dân tỉnh Phú Thọ"], None, True)]


_OPENED = ("Tin tức\n\nThứ Năm, 15/01/2026 - 09:30\n\nSáng 14/1, Sở Khoa học và Công nghệ tỉnh Sơn La khai trương Trung tâm Hỗ "
           "trợ khởi nghiệp đổi mới sáng tạo tỉnh Sơn La.\n\nÔng Lò Văn Minh, Giám đốc Trung tâm Hỗ trợ khởi nghiệp đổi mới "
           "sáng tạo tỉnh Sơn La, cho biết năm 2026 Trung tâm ươm tạo 20 dự án.\n\nTại buổi lễ, Trung tâm đã ký {n} biên bản "
           "ghi nhớ hợp tác với Trường Đại học Tây Bắc, Trường Cao đẳng Sơn La và Hội Doanh nhân trẻ tỉnh Sơn La.\n")


@pytest.mark.parametrize("n, partners", [
    # as many texts as partners: one with each, the centre (its kind alone before the verb) the other party
    ("03", {"Trường Đại học Tây Bắc", "Trường Cao đẳng Sơn La", "Hội Doanh nhân trẻ tỉnh Sơn La"}),
    ("ba", {"Trường Đại học Tây Bắc", "Trường Cao đẳng Sơn La", "Hội Doanh nhân trẻ tỉnh Sơn La"}),
    # a count that does not fit the list: not read one by one
    ("05", set()),
])
def test_several_memoranda_signed_with_the_partners_listed(n: str, partners: set[str]) -> None:
    found = [a for _, a in gather(_OPENED.format(n=n)).agreements]
    centre = "Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo tỉnh Sơn La"
    pairs = [{p.name for p in a.parties} for a in found if a.signed]
    assert {next(iter(pair - {centre})) for pair in pairs if centre in pair and len(pair) == 2} == partners
