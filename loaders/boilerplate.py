"""Page furniture that is not about the subject: share buttons, counters, ratings,
site footers, download notices. (An editor line, 'Trưởng Ban biên tập: Bà X -
Phó Giám đốc Sở ...', is kept: it states a person's post.) Its spans are masked before extraction; a
publisher named in a footer ('Bản quyền @ 2017 thuộc về ...') is returned so the
source can record it as dct:publisher."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_LINE_PATTERNS = [
    r"^\W*(?:-[ \t\u00a0]*)?Chia[ \t\u00a0]+sẻ\b.*$",
    r"^.*\bLượt[ \t\u00a0]+(?:xem|tải|thích)[ \t\u00a0]*:.*$",
    r"^[ \t\u00a0]*Đánh[ \t\u00a0]+giá[ \t\u00a0]*:?[ \t\u00a0]*$",
    r"^[ \t\u00a0]*\(?[ \t\u00a0]*Di[ \t\u00a0]+chuột[ \t\u00a0]+vào[ \t\u00a0]+ngôi[ \t\u00a0]+sao.*$",
    r"^[ \t\u00a0]*Tìm[ \t\u00a0]+theo[ \t\u00a0]+ngày[ \t\u00a0]*:?.*$",
    r"^[ \t\u00a0]*Bản[ \t\u00a0]+quyền\b.*$",
    r"^[ \t\u00a0]*(?:Copyright|©).*$",
    r"^[ \t\u00a0]*Địa[ \t\u00a0]+chỉ[ \t\u00a0]*:.*$",
    r"^[ \t\u00a0]*(?:Điện[ \t\u00a0]+thoại|ĐT|Tel|Fax|Email|E-mail|Website)[ \t\u00a0]*:.*$",
    r"^[ \t\u00a0]*Bạn[ \t\u00a0]+đang[ \t\u00a0]+xem\b.*$",
    r"^.*\bclick[ \t\u00a0]+vào[ \t\u00a0]+nút[ \t\u00a0]+DOWNLOAD\b.*$",
    r"^[ \t\u00a0]*Các[ \t\u00a0]+file[ \t\u00a0]+đính[ \t\u00a0]+kèm\b.*$",
    r"^[ \t\u00a0]*-?[ \t\u00a0]*[\w-]+\.(?:pdf|docx?|xlsx?|zip|rar)[ \t\u00a0]*$",
    r"^[ \t\u00a0]*\d+[ \t\u00a0]+trang[ \t\u00a0]*\|.*$",
    r"^[ \t\u00a0]*(?:In[ \t\u00a0]+bài|Gửi[ \t\u00a0]+email|Bình[ \t\u00a0]+luận|Tin[ \t\u00a0]+liên[ \t\u00a0]+quan|Xem[ \t\u00a0]+thêm|Bản[ \t\u00a0]+in)[ \t\u00a0]*:?[ \t\u00a0]*$",
    r"^[ \t\u00a0]*Một[ \t\u00a0]+số[ \t\u00a0]+hình[ \t\u00a0]+ảnh\b.*:[ \t\u00a0]*$",
    r"^[ \t\u00a0]*(?:(?:Nguồn|Ảnh)[ \t\u00a0]*:|Tin[ \t\u00a0]+và[ \t\u00a0]+ảnh\b|Tin,[ \t\u00a0]*ảnh\b).*$",
]
BOILERPLATE = re.compile("|".join(f"(?:{p})" for p in _LINE_PATTERNS), re.M | re.I)
_INLINE = re.compile(r"\s-\s*Chia\s+sẻ\s*$", re.M)
_PUBLISHER = re.compile(r"(?:Bản[ \t]+quyền[ \t]*(?:@|©|\(c\))?[ \t]*(?:\d{4}[ \t]*)?(?:thuộc[ \t]+về[ \t]+)?"
                        r"|^[ \t]*Nguồn[ \t]*:[ \t]*)(?P<name>[^\n.(]+)", re.I | re.M)


@dataclass
class Boilerplate:
    spans: list[tuple[int, int]] = field(default_factory=list)
    publisher: tuple[int, int] | None = None     # span of the publisher's name


def find_boilerplate(text: str) -> Boilerplate:
    found = Boilerplate()
    for m in BOILERPLATE.finditer(text):
        found.spans.append((m.start(), m.end()))
    for m in _INLINE.finditer(text):
        found.spans.append((m.start(), m.end()))
    publisher = _PUBLISHER.search(text)
    if publisher:
        found.publisher = (publisher.start("name"), publisher.start("name") + len(publisher.group("name").rstrip()))
    found.spans.sort()
    return found


__all__ = ["BOILERPLATE", "Boilerplate", "find_boilerplate"]
