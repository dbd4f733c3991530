"""Page furniture that is not about the subject: menus and breadcrumbs, share buttons,
counters, ratings, related-news lists, site footers (owner, licence, address), download notices. (An editor line, 'Trưởng Ban biên tập: Bà X -
Phó Giám đốc Sở ...', is kept: it states a person's post.) Its spans are masked before extraction; a
publisher named in a footer ('Bản quyền @ 2017 thuộc về ...') is returned so the
source can record it as dct:publisher."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vnst.loaders.places import province_named
from vnst.loaders.vietnamese import UPPER

# (the medium's head word in its own case: 'Theo báo cáo của Sở' on a line of its own is no credit)
CREDIT_LINE = (r"^[ \t\u00a0]*\(?(?-i:Theo|THEO)[ \t\u00a0]+(?P<credit>(?-i:Báo|BÁO|Đài|ĐÀI|Cổng|Tạp[ \t\u00a0]+chí|Trang"
               r"[ \t\u00a0]+thông[ \t\u00a0]+tin|Thông[ \t\u00a0]+tấn[ \t\u00a0]+xã|TTXVN|VTV|VOV|VnExpress|Vietnamplus)"
               # (a comma only between two names: 'Theo Báo Nghệ An, tỉnh đã ký ...' is a sentence that cites it)
               r"(?:[^\n.(),]|,(?=[ \t\u00a0]*(?-i:[" + UPPER + r"]))){0,70}?)[ \t\u00a0]*\)?[ \t\u00a0]*\.?[ \t\u00a0]*$")
_LINE_PATTERNS = [
    # a share bar, not a sentence that opens with the verb ('Chia sẻ kết quả của tỉnh, bà ...')
    r"^\W*(?:-[ \t\u00a0]*)?Chia[ \t\u00a0]+sẻ\b(?-i:(?![ \t\u00a0][a-zà-ỹđ])).*$",
    r"^.*\bLượt[ \t\u00a0]+(?:xem|tải|thích)[ \t\u00a0]*:.*$",
    r"^[ \t\u00a0]*Đánh[ \t\u00a0]+giá[ \t\u00a0]*:?[ \t\u00a0]*$",
    r"^[ \t\u00a0]*\(?[ \t\u00a0]*Di[ \t\u00a0]+chuột[ \t\u00a0]+vào[ \t\u00a0]+ngôi[ \t\u00a0]+sao.*$",
    r"^[ \t\u00a0]*Tìm[ \t\u00a0]+theo[ \t\u00a0]+ngày[ \t\u00a0]*:?.*$",
    r"^[ \t\u00a0]*Bản[ \t\u00a0]+quyền\b.*$",
    r"^[ \t\u00a0]*(?:Copyright|©).*$",
    r"^[ \t\u00a0]*Địa[ \t\u00a0]+chỉ[ \t\u00a0]*:.*$",
    # a school's campuses in its site's footer ('Cơ sở 1: 227 Nguyễn Văn Cừ, Phường 4, Quận 5, TP. Hồ Chí Minh')
    r"^[ \t\u00a0]*Cơ[ \t\u00a0]+sở[ \t\u00a0]*\d{1,2}[ \t\u00a0]*:.*(?:phường|quận|xã|huyện|TP\.|thành[ \t\u00a0]+phố)\b.*$",
    # a press release's contact line ('Thông tin liên hệ: Văn phòng Bộ ... - 113 Trần Duy Hưng, quận Cầu Giấy'); not a
    # letter's, which names the official to call ('Thông tin liên hệ: bà X, Phó Giám đốc Sở ...')
    r"^[ \t\u00a0]*Thông[ \t\u00a0]+tin[ \t\u00a0]+liên[ \t\u00a0]+hệ[ \t\u00a0]*:(?![ \t\u00a0]*(?:ông|bà|đồng[ \t\u00a0]+chí)\b).*$",
    r"^[ \t\u00a0]*(?:Điện[ \t\u00a0]+thoại|ĐT|Tel|Fax|Email|E-mail|Website)[ \t\u00a0]*:.*$",
    r"^[ \t\u00a0]*Bạn[ \t\u00a0]+đang[ \t\u00a0]+xem\b.*$",
    r"^.*\bclick[ \t\u00a0]+vào[ \t\u00a0]+nút[ \t\u00a0]+DOWNLOAD\b.*$",
    r"^[ \t\u00a0]*Các[ \t\u00a0]+file[ \t\u00a0]+đính[ \t\u00a0]+kèm\b.*$",
    r"^[ \t\u00a0]*-?[ \t\u00a0]*[\w-]+\.(?:pdf|docx?|xlsx?|zip|rar)[ \t\u00a0]*$",
    r"^[ \t\u00a0]*\d+[ \t\u00a0]+trang[ \t\u00a0]*\|.*$",
    r"^[ \t\u00a0]*(?:In[ \t\u00a0]+bài|Gửi[ \t\u00a0]+email|Bình[ \t\u00a0]+luận|Tin[ \t\u00a0]+liên[ \t\u00a0]+quan|Xem[ \t\u00a0]+thêm|Bản[ \t\u00a0]+in)[ \t\u00a0]*:?[ \t\u00a0]*$",
    r"^[ \t\u00a0]*Một[ \t\u00a0]+số[ \t\u00a0]+hình[ \t\u00a0]+ảnh\b.*:[ \t\u00a0]*$",
    r"^[ \t\u00a0]*(?:(?:Nguồn|Ảnh)[ \t\u00a0]*:|Tin[ \t\u00a0]+và[ \t\u00a0]+ảnh\b|Tin,[ \t\u00a0]*ảnh\b).*$",
    # a credit to the paper or station the article is taken from, on a line of its own ('Theo Báo và Phát thanh,
    # Truyền hình An Giang', '(Theo TTXVN)'): its publisher, not a body it speaks of
    CREDIT_LINE,
    # ratings: star glyphs, or 'Đánh giá bài viết: ... (17 lượt đánh giá)'
    r"^.*[★☆✩✪✫✬✭✮⭐].*$",
    r"^[ \t\u00a0]*Đánh[ \t\u00a0]+giá\b.*\(\s*\d+[ \t\u00a0]+lượt\b.*$",
    # visit counters ('Đang truy cập: 85', 'Tổng lượt truy cập', 'Hôm nay: 1.024')
    r"^[ \t\u00a0]*(?:Đang[ \t\u00a0]+(?:truy[ \t\u00a0]+cập|online)|(?:Tổng[ \t\u00a0]+)?(?:số[ \t\u00a0]+)?lượt[ \t\u00a0]+truy[ \t\u00a0]+cập|Hôm[ \t\u00a0]+nay|Online)[ \t\u00a0]*:.*$",
    # menus and breadcrumbs start at the home page ('Trang chủ | Giới thiệu', 'Trang chủ > Tin tức')
    r"^[ \t\u00a0]*Trang[ \t\u00a0]+chủ[ \t\u00a0]*(?:[|>›»/].*)?$",
    # reading tools and downloads ('Cỡ chữ: A- A A+', 'Tải về bản in', 'TẢI VỀ', 'Lưu bài', 'Bình luận (0)')
    r"^[ \t\u00a0]*(?:Cỡ[ \t\u00a0]+chữ|Tải[ \t\u00a0]+về|Download|Lưu[ \t\u00a0]+bài|Bình[ \t\u00a0]+luận[ \t\u00a0]*\(\d*\))(?!\w).*$",
    # site footer: the owner, who answers for the content, reuse terms, and the press or website
    # licence ('Giấy phép số 45/GP-TTĐT ... của Cục Phát thanh, truyền hình và thông tin điện tử');
    # a licence in the body (mining, construction) names no press or website authority and is kept
    r"^[ \t\u00a0]*(?:Cơ[ \t\u00a0]+quan[ \t\u00a0]+chủ[ \t\u00a0]+quản|Chịu[ \t\u00a0]+trách[ \t\u00a0]+nhiệm[^:\n]{0,20}|Tổng[ \t\u00a0]+biên[ \t\u00a0]+tập)[ \t\u00a0]*:.*$",
    r"^.*\bGhi[ \t\u00a0]+rõ[ \t\u00a0]+nguồn\b.*$",
    # the newsroom's address; tags under an article ('Từ khóa: Nghệ An | vườn ươm')
    r"^[ \t\u00a0]*(?:Tòa[ \t\u00a0]+soạn|Toà[ \t\u00a0]+soạn|Trụ[ \t\u00a0]+sở|Từ[ \t\u00a0]+khóa|Từ[ \t\u00a0]+khoá|Tags?)[ \t\u00a0]*:.*$",
    # readers' comments: the section's heading, and each comment with its reply and like buttons
    r"^[ \t\u00a0]*(?:Ý[ \t\u00a0]+kiến[ \t\u00a0]+bạn[ \t\u00a0]+đọc|Bình[ \t\u00a0]+luận[ \t\u00a0]+của[ \t\u00a0]+bạn[ \t\u00a0]+đọc)"
    r"[ \t\u00a0]*(?:\(\d*\))?[ \t\u00a0]*:?[ \t\u00a0]*$",
    r"^.*\bTrả[ \t\u00a0]+lời[ \t\u00a0]*\|[ \t\u00a0]*Thích\b.*$",
    # a comment's byline ('Nguyễn Văn Toản - Lục Ngạn | 18/05/2023 11:20') and the comment under it, up to its
    # reply button; the form to send one
    r"^[ \t\u00a0]*[A-ZĐÀ-Ỹ][^|\n]{2,60}\|[ \t\u00a0]*\d{1,2}/\d{1,2}/\d{4}[ \t\u00a0]+\d{1,2}:\d{2}[ \t\u00a0]*\n"
    r"(?:(?![ \t\u00a0]*Trả[ \t\u00a0]+lời)[^\n]*\n){1,6}",
    r"^[ \t\u00a0]*Gửi[ \t\u00a0]+ý[ \t\u00a0]+kiến\b.*$",
    # a social-media post's reactions and buttons ('👍❤️ 1,3K · 112 bình luận · 64 lượt chia sẻ', 'Thích · Bình luận ·
    # Chia sẻ'), the sorting of its comments ('Phù hợp nhất ▾', 'Xem thêm bình luận'), and each comment from its
    # writer's name to its buttons ('2 ngày · Thích · Phản hồi · 14')
    r"^.*\d[\d.,]*K?[ \t\u00a0]+(?:bình[ \t\u00a0]+luận|lượt[ \t\u00a0]+chia[ \t\u00a0]+sẻ|lượt[ \t\u00a0]+thích)\b.*$",
    r"^[ \t\u00a0]*Thích[ \t\u00a0]*[·•|][ \t\u00a0]*(?:Bình[ \t\u00a0]+luận|Phản[ \t\u00a0]+hồi)\b.*$",
    r"^[ \t\u00a0]*(?:Phù[ \t\u00a0]+hợp[ \t\u00a0]+nhất|Xem[ \t\u00a0]+thêm[ \t\u00a0]+bình[ \t\u00a0]+luận|Tất[ \t\u00a0]+cả"
    r"[ \t\u00a0]+bình[ \t\u00a0]+luận)\b.*$",
    r"^[^\n.,:;!?]{2,60}\n(?:[^\n]+\n){1,6}?[^\n]*[·•][ \t\u00a0]*Thích[ \t\u00a0]*[·•][ \t\u00a0]*Phản[ \t\u00a0]+hồi\b.*$",
    # an advertisement the page puts among the article's paragraphs ('[QUẢNG CÁO] ...', 'QUẢNG CÁO - Vé máy bay ...')
    r"^[ \t\u00a0]*(?:\[(?:QUẢNG[ \t\u00a0]+CÁO|Quảng[ \t\u00a0]+cáo)\]|QUẢNG[ \t\u00a0]+CÁO[ \t\u00a0]*[-–:|]).*$",
    # a newspaper's masthead names its owner ('BÁO PHÚ YÊN - Cơ quan của Đảng bộ tỉnh Phú Yên', 'Cơ quan ngôn
    # luận của ...'): the owner, not the subject; the paper's own name before the dash stays (its publisher)
    # (or on a line of its own under the paper's name: 'Cơ quan của Đảng bộ tỉnh Lâm Đồng')
    r"(?:(?<=[-–|][ \t\u00a0])|^[ \t\u00a0]*(?=Cơ[ \t\u00a0]+quan[ \t\u00a0]+(?:ngôn|của[ \t\u00a0]+(?:Đảng|Tỉnh|Thành))))"
    r"Cơ[ \t\u00a0]+quan[ \t\u00a0]+"
    r"(?:ngôn[ \t\u00a0]+luận[ \t\u00a0]+)?của\b.*$",
    r"^[ \t\u00a0]*Giấy[ \t\u00a0]+phép\b.*(?:/GP-(?:TTĐT|BTTTT|STTTT|CBC|BC|BVHTTDL|SVHTTDL)\b|điện[ \t\u00a0]+tử|báo[ \t\u00a0]+chí|Thông[ \t\u00a0]+tin[ \t\u00a0]+và[ \t\u00a0]+Truyền[ \t\u00a0]+thông|website).*$",
]
# Headings of a list of other articles; the list under them is furniture too (see _related_lists).
# Not 'Tin mới' or 'Tin nổi bật': scraped pages put those above the article itself.
RELATED_HEADING = re.compile(
    r"^[ \t\u00a0]*(?:(?:Các[ \t\u00a0]+)?(?:Tin|Bài|Bài[ \t\u00a0]+viết|Tin[ \t\u00a0]+bài)[ \t\u00a0]+"
    r"(?:liên[ \t\u00a0]+quan|cùng[ \t\u00a0]+(?:chuyên[ \t\u00a0]+mục|loại|lĩnh[ \t\u00a0]+vực)|khác|đã[ \t\u00a0]+đưa|"
    r"mới[ \t\u00a0]+hơn|cũ[ \t\u00a0]+hơn|xem[ \t\u00a0]+nhiều|đọc[ \t\u00a0]+nhiều)"
    r"|Đọc[ \t\u00a0]+thêm|Xem[ \t\u00a0]+thêm|Có[ \t\u00a0]+thể[ \t\u00a0]+bạn[ \t\u00a0]+quan[ \t\u00a0]+tâm"
    # a sidebar's most read, and the latest news under the article (a list: a label over one headline is no list)
    r"|(?:Tin[ \t\u00a0]+)?(?:Đọc|Xem)[ \t\u00a0]+nhiều(?:[ \t\u00a0]+nhất)?|(?P<latest>Tin[ \t\u00a0]+mới[ \t\u00a0]+nhất))"
    r"[ \t\u00a0]*:?[ \t\u00a0]*$", re.M | re.I)
_BULLET = re.compile(r"^[ \t\u00a0]*[›»\-–•·*+▪►▸◦]")
BOILERPLATE = re.compile("|".join(f"(?:{p})" for p in _LINE_PATTERNS), re.M | re.I)
_INLINE = re.compile(r"\s-\s*Chia\s+sẻ\s*$", re.M)
# (a copyright line opens its line or marks itself: not '40 bản quyền phần mềm do Tập đoàn X tài trợ', licences counted)
_PUBLISHER = re.compile(r"(?:(?:^[ \t\u00a0]*(?:©[ \t]*)?Bản[ \t]+quyền|Bản[ \t]+quyền(?=[ \t]*(?:@|©|\(c\)|\d{4}|thuộc)))"
                        r"[ \t]*(?:@|©|\(c\))?[ \t]*(?:\d{4}[ \t]*)?(?:thuộc[ \t]+(?:về[ \t]+)?)?"
                        r"|^[ \t]*Nguồn[ \t]*:[ \t]*)(?P<name>[^\n.(]+)|" + CREDIT_LINE
                        + r"|^[ \t]*(?P<paper>Báo[ \t\u00a0][^\n.(]{2,60}?)[ \t\u00a0]*[-–|][ \t\u00a0]*Cơ[ \t\u00a0]+quan[ \t\u00a0]", re.I | re.M)


# the party block of an agreement ('Bên A: ... / Đại diện: ... / Địa chỉ: ...'): its address
# line is about a party, not a site footer
_PARTY_LINE = re.compile(r"^[ \t\u00a0]*(?:Bên[ \t\u00a0]+[A-ZĐ]\b|BÊN[ \t\u00a0]+[A-ZĐ]\b|Đại[ \t\u00a0]+diện"
                         r"|Chức[ \t\u00a0]+vụ)", re.M)


def _party_address(text: str, start: int) -> bool:
    if not re.match(r"[ \t\u00a0]*Địa[ \t\u00a0]+chỉ", text[start:start + 20]):
        return False
    above = [line for line in text[max(0, start - 400):start].split("\n") if line.strip()][-3:]
    return any(_PARTY_LINE.match(line) for line in above)


@dataclass
class Boilerplate:
    spans: list[tuple[int, int]] = field(default_factory=list)
    publisher: tuple[int, int] | None = None     # span of the publisher's name


def find_boilerplate(text: str) -> Boilerplate:
    found = Boilerplate()
    for m in BOILERPLATE.finditer(text):
        if _party_address(text, m.start()):
            continue
        found.spans.append((m.start(), m.end()))
    for m in _INLINE.finditer(text):
        found.spans.append((m.start(), m.end()))
    found.spans += _related_lists(text)
    found.spans += _running_headers(text)
    found.spans += [(m.start("line"), m.end("line")) for m in _BYLINE.finditer(text) if _is_byline(text, m)]
    publisher = _PUBLISHER.search(text)
    if publisher:
        group = next(g for g in ("name", "paper", "credit") if publisher.group(g))
        found.publisher = (publisher.start(group), publisher.start(group) + len(publisher.group(group).rstrip()))
    found.spans.sort()
    return found


# a news item's byline, alone between blank lines: the writer's pen name and unit ('Minh Ngọc - Văn
# phòng Sở', 'Lê Hoàng - DNSTI'); a credit, not a statement about the subject
_BYLINE = re.compile(r"(?:^|\n)[ \t\u00a0]*\n(?P<line>[ \t\u00a0]*[A-ZĐ][\wÀ-ỹ]*(?:[ \u00a0][A-ZĐ][\wÀ-ỹ]*){0,2}"
                     r"[ \t\u00a0]*[-–][ \t\u00a0]*[^\n.,;:!?]{2,60}?)[ \t\u00a0]*(?=\n[ \t\u00a0]*\n|\n?$)")


def _is_byline(text: str, m: re.Match[str]) -> bool:
    """Bylines close an article; a title ('Nghệ An - Hà Tĩnh ký kết hợp tác') opens it and names places."""
    writer = re.split(r"[ \t\u00a0]*[-–]", m.group("line").strip(), maxsplit=1)[0]
    return m.start("line") > len(text) // 2 and province_named(writer) is None and len(m.group("line").split()) <= 10


def _related_lists(text: str) -> list[tuple[int, int]]:
    """Headlines under a related-news heading: the lines right after it, up to a blank line,
    and after that any further lines that start with a list marker ('›', '»', '-')."""
    spans = []
    for heading in RELATED_HEADING.finditer(text):
        pos, end, in_block = heading.end() + 1, heading.end(), True
        while pos < len(text):
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            line = text[pos:line_end]
            if not line.strip():
                in_block = False
            elif in_block or _BULLET.match(line):
                end, in_block = line_end, True
            else:
                break
            pos = line_end + 1
        if heading.group("latest") and text.count("\n", heading.end() + 1, end) < 1:
            continue   # ('Tin mới nhất' over the article's own headline)
        spans.append((heading.start(), end))
    return spans


__all__ = ["BOILERPLATE", "RELATED_HEADING", "Boilerplate", "find_boilerplate"]


# a page's edge in a text from a PDF: a ruling, or its number ('Trang 1/3', '- 2 -', '2')
_PAGE_EDGE = re.compile(r"[ \t\u00a0]*(?:[-_=─]{10,}|(?:Trang[ \t\u00a0]*)?-?[ \t\u00a0]*\d{1,3}(?:[ \t\u00a0]*/[ \t\u00a0]*\d{1,3})?"
                        r"[ \t\u00a0]*-?)[ \t\u00a0]*")


def _running_headers(text: str) -> list[tuple[int, int]]:
    """A line a PDF repeats at each page's edge ('Ban QL Khu X    Báo cáo tiến độ 6 tháng ...' between
    a ruling and the page number): the document's running header or footer, printed on every page."""
    lines, pos = [], 0
    for raw in text.split("\n"):
        lines.append((pos, raw))
        pos += len(raw) + 1
    seen: dict[str, list[int]] = {}
    for n, (_, raw) in enumerate(lines):
        key = " ".join(raw.split())
        if len(key) >= 15:
            seen.setdefault(key, []).append(n)
    out = []
    for numbers in seen.values():
        at_edge = [n for n in numbers if any(_PAGE_EDGE.fullmatch(lines[k][1]) and lines[k][1].strip()
                                             for k in range(max(0, n - 2), min(len(lines), n + 3)) if k != n)]
        if len(numbers) >= 2 and len(at_edge) == len(numbers):
            out += [(lines[n][0], lines[n][0] + len(lines[n][1])) for n in numbers]
    return out
