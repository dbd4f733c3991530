from __future__ import annotations

import pytest

from vnst.loaders.boilerplate import find_boilerplate
from vnst.loaders.spans import Spans


def _masked_lines(text: str) -> list[str]:
    """The non-blank lines whose first character is masked."""
    spans = Spans(find_boilerplate(text).spans)
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip() and spans.contains(pos + len(line) - len(line.lstrip())):
            out.append(line)
        pos += len(line) + 1
    return out


@pytest.mark.parametrize("line", [
    "Đánh giá bài viết: ★★★☆☆ (42 lượt đánh giá)",
    "Bình chọn: ★★★★★",
    "Đánh giá: (5 lượt bình chọn)",
    "Đang truy cập: 87",
    "Tổng lượt truy cập: 1.203.554",
    "Hôm nay: 2.310",
    "Trang chủ | Giới thiệu | Tin tức | Liên hệ",
    "Trang chủ > Tin tức > Khoa học",
    "Trang chủ",
    "Chia sẻ: Facebook | Zalo",
    "Chia sẻ   Facebook   Zalo   In bài",
    "Chia sẻ",
    "Cỡ chữ: A- A A+",
    "Tải về bản in",
    "TẢI VỀ",
    "Lưu bài | In bài",
    "Bình luận (3) | Gửi bình luận",
    "Cơ quan chủ quản: Sở Thông tin và Truyền thông tỉnh Nam Định",
    "Chịu trách nhiệm chính: Tổng biên tập",
    "Tổng biên tập: Trần Văn Bảy",
    "Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
    "Giấy phép số 12/GP-TTĐT ngày 3/4/2018 của Cục Phát thanh, truyền hình và thông tin điện tử",
    "Giấy phép hoạt động báo điện tử số 77/GP-BTTTT",
    "Giấy phép thiết lập trang thông tin điện tử tổng hợp số 5/GP-STTTT",
    "Giấy phép số 26/GP-BVHTTDL. Địa chỉ: Số 21, đường Hoàng Văn Thụ, tỉnh Thái Nguyên",
    "Tòa soạn: 12 Lê Lợi, phường Bến Thành, Quận 1, TP. Hồ Chí Minh",
    "Từ khóa:  Sóc Trăng  |  vườn ươm",
    "Ý KIẾN BẠN ĐỌC (2)",
    "Trần Văn An - Mỹ Tú:  Mong tỉnh quan tâm hơn đến huyện Mỹ Tú.   Trả lời | Thích (4)",
    # the paper's owner on a line of its own under its name
    "Cơ quan của Đảng bộ tỉnh Phú Yên",
    # a press release's contact: an office and its address
    "Thông tin liên hệ: Văn phòng Bộ Y tế - 138A Giảng Võ, quận Ba Đình, Hà Nội",
    # a school's campus and its address in its site's footer
    "Cơ sở 2: 54 Nguyễn Lương Bằng, phường Hòa Khánh Bắc, quận Liên Chiểu, TP. Đà Nẵng",
    # a social-media post's reactions, buttons and comments' sorting
    "👍❤️ 2,1K · 86 bình luận · 40 lượt chia sẻ",
    "Thích · Bình luận · Chia sẻ",
    "Phù hợp nhất ▾",
    "Xem thêm bình luận",
])
def test_furniture_lines(line: str) -> None:
    text = f"Nội dung bài viết về khoa học.\n\n{line}\n\nNội dung tiếp theo."
    assert _masked_lines(text) == [line]


@pytest.mark.parametrize("line", [
    # a licence in the body names no press or website authority
    "Giấy phép khai thác khoáng sản số 14/GP-UBND ngày 5/6/2020 của UBND tỉnh được gia hạn.",
    "Các đề tài liên quan đến nông nghiệp được ưu tiên.",
    "Tỉnh đã đánh giá cao kết quả hợp tác.",
    "- Tăng cường hợp tác với các trường đại học.",
    # a sentence that opens with the verb of the share bar
    "Chia sẻ kết quả của tỉnh, bà Lê Thị Hoa cho biết tỉnh có 12 doanh nghiệp KH&CN.",
    "Chia sẻ tại hội nghị, ông Trần Văn Bình nêu ba kiến nghị.",
    "Cơ quan chủ trì: Sở Khoa học và Công nghệ tỉnh Phú Yên.",
    # a numbered facility in the body, no address
    "Cơ sở 1: xưởng chế biến công suất 20 tấn/ngày.",
    # a letter's contact: the official to call
    "Thông tin liên hệ: ông Vũ Văn Tám, Phó Giám đốc Sở KH&CN tỉnh Hà Nam; điện thoại: 0912 345 678.",
    # a sentence citing a paper, and a report cited, are no credit line
    "Theo Báo Sơn La, tỉnh đã ký kết 3 thỏa thuận với các trường đại học.",
    "Theo báo cáo của Sở Khoa học và Công nghệ",
])
def test_body_lines_kept(line: str) -> None:
    assert _masked_lines(f"Mở đầu.\n{line}\nKết thúc.") == []


def test_a_post_s_comments_each_from_its_writer_to_its_buttons() -> None:
    post = ("Sở đã trao 12 giải thưởng.\n\nLê Minh Tâm\nMong cuộc thi mở thêm bảng cho 30 trường THCS.\n"
            "2 ngày · Thích · Phản hồi · 14\n\nSở Khoa học và Công nghệ tỉnh Ninh Bình\nCảm ơn bạn đã góp ý!\n"
            "1 ngày · Thích · Phản hồi · 3\n")
    assert _masked_lines(post) == ["Lê Minh Tâm", "Mong cuộc thi mở thêm bảng cho 30 trường THCS.",
                                   "2 ngày · Thích · Phản hồi · 14", "Sở Khoa học và Công nghệ tỉnh Ninh Bình",
                                   "Cảm ơn bạn đã góp ý!", "1 ngày · Thích · Phản hồi · 3"]


@pytest.mark.parametrize(("page", "masked"), [
    # a heading, then bullet lines (with or without blank lines between them)
    ("Tin liên quan:\n- Nghiệm thu đề tài tại huyện A (01/02/2024)\n- Hội thảo về giống lúa (02/01/2024)\n\nBản quyền",
     ["Tin liên quan:", "- Nghiệm thu đề tài tại huyện A (01/02/2024)", "- Hội thảo về giống lúa (02/01/2024)",
      "Bản quyền"]),
    ("Bài viết liên quan\n› Tỉnh trao 300 suất học bổng\n\n» Sở KH&CN tập huấn sở hữu trí tuệ\n\nHết trang.",
     ["Bài viết liên quan", "› Tỉnh trao 300 suất học bổng", "» Sở KH&CN tập huấn sở hữu trí tuệ"]),
    # plain headlines right under the heading, up to a blank line
    ("Các tin khác\nHuyện B khánh thành cầu mới\nTỉnh C đón đoàn công tác\n\nĐoạn văn sau danh sách.",
     ["Các tin khác", "Huyện B khánh thành cầu mới", "Tỉnh C đón đoàn công tác"]),
    ("Tin cùng chuyên mục:\n• Hội nghị tổng kết năm\nĐoạn văn không có dấu đầu dòng sau danh sách vẫn được che.",
     ["Tin cùng chuyên mục:", "• Hội nghị tổng kết năm",
      "Đoạn văn không có dấu đầu dòng sau danh sách vẫn được che."]),
])
def test_related_lists(page: str, masked: list[str]) -> None:
    assert _masked_lines("Bài chính.\n\n" + page) == masked


def test_section_label_above_the_article_is_not_a_related_list() -> None:
    text = "Tin mới\nTỉnh ký kết hợp tác với trường đại học\n\nSáng nay, hai bên đã ký kết.\n"
    assert _masked_lines(text) == []


def test_related_list_stops_at_a_paragraph() -> None:
    text = "Tin liên quan\n- Một tin\n\nĐoạn văn thường, không phải tin.\n"
    assert _masked_lines(text) == ["Tin liên quan", "- Một tin"]


@pytest.mark.parametrize(("footer", "publisher"), [
    ("© Bản quyền thuộc Báo Nam Định. Ghi rõ nguồn khi phát hành lại.", "Báo Nam Định"),
    ("Bản quyền @ 2019 thuộc về Sở Khoa học và Công nghệ tỉnh X", "Sở Khoa học và Công nghệ tỉnh X"),
    # a masthead: the paper, and the party body that owns it (masked)
    ("BÁO QUẢNG BÌNH - Cơ quan của Đảng bộ tỉnh Quảng Bình", "BÁO QUẢNG BÌNH"),
    # a credit to the paper or station the article is taken from, on its own line
    ("Theo Báo và Phát thanh, Truyền hình Đồng Tháp", "Báo và Phát thanh, Truyền hình Đồng Tháp"),
    ("(Theo Đài Phát thanh và Truyền hình Sơn La)", "Đài Phát thanh và Truyền hình Sơn La"),
])
def test_publisher(footer: str, publisher: str) -> None:
    text = "Bài chính.\n" + footer
    found = find_boilerplate(text)
    assert found.publisher is not None
    assert text[found.publisher[0]:found.publisher[1]] == publisher


@pytest.mark.parametrize("text, masked", [
    ("Bên A: ỦY BAN NHÂN DÂN TỈNH KON TUM\nĐại diện: Ông Lê Văn A\nĐịa chỉ: 01 Trần Hưng Đạo, phường Quyết Thắng", False),
    ("BÊN B: TRƯỜNG ĐẠI HỌC ĐÀ NẴNG\nĐịa chỉ: 41 Lê Duẩn, quận Hải Châu", False),
    ("Cơ quan chủ quản: UBND tỉnh Kon Tum\nĐịa chỉ: 01 Trần Hưng Đạo, phường Quyết Thắng", True),
])
def test_a_partys_address_is_not_a_footer(text: str, masked: bool) -> None:
    address = text.index("Địa chỉ")
    assert any(s <= address < e for s, e in find_boilerplate(text).spans) is masked


def test_a_sentence_opening_with_do_is_not_a_party_block() -> None:
    text = "Do nâng cấp hệ thống, tạm dừng tiếp nhận hồ sơ.\n\nBản quyền © 2024 thuộc về Sở X\nĐịa chỉ: 36 Trần Phú, phường 4"
    address = text.index("Địa chỉ")
    assert any(s <= address < e for s, e in find_boilerplate(text).spans)


BODY = "Đoàn công tác làm việc với Sở Khoa học và Công nghệ về kết quả hợp tác trong năm.\n" * 3


@pytest.mark.parametrize("text, byline", [
    (BODY + "\nMinh Châu - Trung tâm Thông tin tỉnh\n\nTải về: báo cáo.pdf\n", "Minh Châu - Trung tâm Thông tin tỉnh"),
    (BODY + "\nHoàng Anh - BNI\n", "Hoàng Anh - BNI"),
    # a closing line that is a sentence, or a title naming places, is not a byline
    (BODY + "\nNghệ An - Hà Tĩnh hợp tác phát triển\n\n", None),
    (BODY + "\nTheo ông Lê Văn An - Giám đốc Sở, kết quả khả quan.\n", None),
])
def test_a_byline_closing_a_news_item_is_furniture(text: str, byline: str | None) -> None:
    found = [text[s:e] for s, e in find_boilerplate(text).spans]
    assert (byline in found) if byline else not any(" - " in f for f in found)


@pytest.mark.parametrize("line, masked", [
    ("BÁO QUẢNG BÌNH - Cơ quan của Đảng bộ tỉnh Quảng Bình", "Cơ quan của Đảng bộ tỉnh Quảng Bình"),
    ("Cơ quan ngôn luận của Đảng bộ tỉnh Hà Nam", "Cơ quan ngôn luận của Đảng bộ tỉnh Hà Nam"),
    # a sentence about a body's agencies is the subject
    ("Cơ quan của Bộ Khoa học và Công nghệ sẽ hỗ trợ tỉnh.", None),
])
def test_a_masthead_s_owner_is_page_furniture(line: str, masked: str | None) -> None:
    text = "Bài chính.\n\n" + line + "\n"
    spans = find_boilerplate(text).spans
    assert [text[s:e] for s, e in spans] == ([masked] if masked else [])


def test_a_running_header_at_each_page_s_edge_is_furniture() -> None:
    header = "Ban QL Khu NNƯDCNC Sóc Trăng          Báo cáo tiến độ năm 2023"
    text = (f"(1). Dự án A: đang thi công.\n\n{'-' * 40}\n      Trang 1/2\n{header}\n{'-' * 40}\n\n"
            f"(2). Dự án B: đã xong.\n\n{'-' * 40}\n      Trang 2/2\n{header}\n")
    masked = Spans(find_boilerplate(text).spans)
    starts = [n for n in range(len(text)) if text.startswith(header, n)]
    assert len(starts) == 2 and all(masked.contains(s) for s in starts)
    assert not masked.contains(text.index("Dự án A"))


def test_a_line_said_twice_in_the_body_is_no_running_header() -> None:
    line = "Sở Khoa học và Công nghệ tỉnh Sóc Trăng báo cáo như sau:"
    text = f"{line}\n\n1. Nội dung một.\n\n{line}\n\n2. Nội dung hai.\n"
    assert find_boilerplate(text).spans == []


def test_readers_comments_and_advertisements_are_furniture() -> None:
    from vnst.loaders.boilerplate import find_boilerplate
    text = ("[QUẢNG CÁO] Vay tiêu dùng lãi suất ưu đãi chỉ từ 0,6%/tháng\n\nUBND tỉnh và Cục Sở hữu trí tuệ ký kết.\n\n"
            "Ý KIẾN BẠN ĐỌC (2)\nNguyễn Văn Toản - Lục Ngạn | 18/05/2023 11:20\nMong hỗ trợ vải sớm Phúc Hòa.\n"
            "Trả lời | Thích (12)\nGửi ý kiến của bạn: Họ tên* | Email*\n")
    spans = find_boilerplate(text).spans
    masked = "".join(text[s:e] for s, e in spans)
    assert "0,6%" in masked and "Phúc Hòa" in masked and "Lục Ngạn" in masked
    assert "ký kết" not in masked


@pytest.mark.parametrize("line, masked", [
    ("QUẢNG CÁO - Vé máy bay Vinh - TP. Hồ Chí Minh giá ưu đãi", True),
    ("QUẢNG CÁO: Tour du lịch Đà Lạt 3 ngày 2 đêm", True),
    # the word in a sentence of the article is no advertisement
    ("Sở quản lý hoạt động quảng cáo - in ấn trên địa bàn tỉnh.", False),
])
def test_an_advertisement_line_is_furniture(line: str, masked: bool) -> None:
    from vnst.loaders.boilerplate import find_boilerplate
    text = f"UBND tỉnh và Cục Sở hữu trí tuệ ký kết.\n\n{line}\n\nBài, ảnh: Minh Hà\n"
    spans = find_boilerplate(text).spans
    assert any(text[s:e].strip() == line for s, e in spans) is masked


def test_licences_counted_in_a_sentence_name_no_publisher() -> None:
    text = "Trung tâm có 25 bản quyền phần mềm thiết kế do Tập đoàn Cadence (Hoa Kỳ) tài trợ.\n"
    assert find_boilerplate(text).publisher is None


@pytest.mark.parametrize(("page", "masked"), [
    ("ĐỌC NHIỀU\n1. Bù Gia Mập khánh thành 3 công trình\n2. Lộc Ninh tổng kết 10 năm\n\nBÁO X",
     ["ĐỌC NHIỀU", "1. Bù Gia Mập khánh thành 3 công trình", "2. Lộc Ninh tổng kết 10 năm"]),
    ("TIN MỚI NHẤT\nYên Dũng nghiệm thu 2 đề tài\nTân Yên có thêm 5 sản phẩm OCOP\n\nĐoạn sau.",
     ["TIN MỚI NHẤT", "Yên Dũng nghiệm thu 2 đề tài", "Tân Yên có thêm 5 sản phẩm OCOP"]),
])
def test_most_read_and_latest_lists(page: str, masked: list[str]) -> None:
    assert _masked_lines("Bài chính.\n\n" + page) == masked


def test_latest_news_over_the_article_s_own_headline_is_no_list() -> None:
    assert _masked_lines("Tin mới nhất\nTỉnh ký kết hợp tác với Viện Lúa\n\nSáng nay, hai bên đã ký kết.\n") == []
