"""The dates a document gives itself: its place-date line ('Cần Thơ, ngày 31 tháng 8 năm 2021'), the dateline
of a news page, the day a signed record opens with ('Hôm nay, ngày ...'), and the day a text written in a year
tells without it ('Ngày 15/8 vừa qua')."""

from __future__ import annotations

import re
from datetime import date

from vnst.loaders.kinds import Segment
from vnst.loaders.vietnamese import UPPER, WS, WS1, DateMention, day_without_year

_PLACE_DATE = re.compile(r"(?:^|(?<=[ \t]{3}))[ \t*]*[" + UPPER + r"][^\n,]{1,40}," + WS + r"*ngày" + WS1 + r"(?:\d{1,2}" + WS1
                         + r")?tháng" + WS1 + r"(?:\d{1,2}" + WS1 + r")?năm" + WS1 + r"\d{4}", re.M)
# from a sentence's opening date to a number: an act of issuing or signing, then the number
# ('Ngày 30/3/2023, Trường B có Công văn số 312/...': a body 'has' the letter it sent)
ACT_THEN_NUMBER = re.compile(r",[^.;/]{0,200}?(?:ban" + WS1 + r"hành|ký(?:" + WS1 + r"kết)?|phê" + WS1
                             + r"duyệt|(?:có|gửi)(?=" + WS1 + r"(?i:công" + WS1 + r"văn|văn" + WS1 + r"bản|tờ" + WS1
                             + r"trình|báo" + WS1 + r"cáo|thông" + WS1 + r"báo))"
                             # ('Ngày 12/5/2020, Cục Sở hữu trí tuệ đã cấp Bằng độc quyền sáng chế số ...': granted)
                             + r"|cấp(?=" + WS1 + r"(?i:bằng|văn" + WS1 + r"bằng|giấy)))" + r"[^.;/]{0,80}?(?<![\w])số" + WS1)
# the opening of a signed record, in figures or in words ('Hôm nay, ngày mười lăm tháng ba năm hai nghìn ...')
_TODAY = re.compile(r"^[ \t]*(?i:hôm" + WS1 + r"nay)" + WS + r"*,?" + WS + r"*(?:(?i:vào)" + WS1 + r")?(?=(?i:ngày))", re.M)


# a place-date line its column wrapped before the year, beside the number's column ('Lai Châu, ngày 20 tháng 9' over
# 'Số: 05/TB-HĐKHCN            năm 2019')
_WRAPPED_PLACE_DATE = re.compile(r"(?:^|(?<=[ \t]{3}))[ \t*]*[" + UPPER + r"][^\n,]{1,40}," + WS + r"*ngày" + WS1
                                 + r"(?P<d>\d{1,2})" + WS1 + r"tháng" + WS1 + r"(?P<m>\d{1,2})[ \t]*\n(?:[^\n]*[ \t]{2})?[ \t]*năm"
                                 + WS1 + r"(?P<y>\d{4})[ \t]*(?=\n|$)", re.M)


def place_date(text: str, seg: Segment, dates: list[DateMention]) -> date | None:
    """The date on a segment's place-date line ('Cần Thơ, ngày 31 tháng 8 năm 2021'), if complete."""
    line = _PLACE_DATE.search(text, seg.start, seg.end)
    if line is None:
        wrapped = _WRAPPED_PLACE_DATE.search(text, seg.start, seg.end)
        try:
            return date(int(wrapped.group("y")), int(wrapped.group("m")), int(wrapped.group("d"))) if wrapped else None
        except ValueError:
            return None   # (a day the month has not)
    return next((d.value for d in dates if line.start() <= d.start < line.end() + 2 and d.value), None)


def record_date(text: str, seg: Segment, dates: list[DateMention]) -> date | None:
    """The day a signed record without a place-date line says it was made ('Hôm nay, ngày 15 tháng 3 năm 2021,
    tại ..., chúng tôi gồm:'), a memorandum's or a set of minutes' own date."""
    today = _TODAY.search(text, seg.start, seg.end)
    if today is None:
        return None
    return next((d.value for d in dates if d.start == today.end() and d.value), None)


def place_month(text: str, seg: Segment) -> date | None:
    """The first day of the month a place-date line gives, its day or month left blank for a draft or a
    memorandum signed later ('Lâm Đồng, ngày      tháng 9 năm 2025')."""
    line = _PLACE_DATE.search(text, seg.start, seg.end)
    given = re.search(r"(?:(?P<m>\d{1,2})" + WS1 + r")?năm" + WS1 + r"(?P<y>\d{4})$", line.group(0)) if line else None
    if given is None or not 1 <= int(given.group("m") or 1) <= 12:
        return None
    return date(int(given.group("y")), int(given.group("m") or 1), 1)


def document_dates(text: str, first: Segment, dates: list[DateMention], dateline: re.Match[str] | None
                   ) -> tuple[date | None, date | None]:
    """The document's date (place-date line, dateline, or first date) and the date its
    people are shown in their posts (the event date a news report gives, else the same)."""
    issued = place_date(text, first, dates)
    if issued is None and dateline:
        issued = date(int(dateline.group(3)), int(dateline.group(2)), int(dateline.group(1)))
    body = [d for d in dates if d.value and (dateline is None or d.start >= dateline.end())]
    observed = issued
    if first.kind == "news" and body:
        event = next((d for d in body if re.search(r"[Nn]gày" + WS + r"*$", text[max(0, d.start - 6):d.start])
                      or text[d.start:d.start + 4].lower() == "ngày"), None)
        if event and event.start < 1500:
            observed = event.value
    if issued is None and body:
        issued = body[0].value
        observed = observed or issued
    return issued, observed


# a day and month without the year, opening a sentence ('Ngày 15/8 vừa qua,', 'Sáng 13/4,')
_RECENT_DAY = re.compile(r"(?:^|(?<=\n)|(?<=[.;:][ \t\u00a0]))[ \t]*(?i:ngày|sáng|chiều|hôm)" + WS1
                         + r"(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![/\d])(?:" + WS1 + r"vừa" + WS1 + r"qua)?")


# a table's row: the number's cell, then a cell holding only a date
_NEXT_CELL = re.compile(r"[ \t\u00a0]*\|[ \t\u00a0]*")


def dated_in_its_row(text: str, end: int, dates: list[DateMention]) -> date | None:
    """A document's number in a table's cell ('| 412/DNKHCN | 14/11/2025 |') with its date in the next cell, under a
    column headed as the day it was issued ('Ngày cấp', 'Ngày ban hành', 'Ngày ký')."""
    cell = _NEXT_CELL.match(text, end)
    if cell is None:
        return None
    day = next((d for d in dates if d.start == cell.end() and d.value), None)
    if day is None or not re.match(r"[ \t\u00a0]*\|", text[day.end:]):
        return None
    line_start = text.rfind("\n", 0, end) + 1
    column = text.count("|", line_start, cell.end())
    header = line_start
    while header > 0 and text[text.rfind("\n", 0, header - 1) + 1:header].lstrip().startswith("|"):
        header = text.rfind("\n", 0, header - 1) + 1   # up to the table's first line
    cells = text[header:text.find("\n", header)].split("|")
    label = cells[column].strip() if column < len(cells) else ""
    return day.value if re.match(r"(?i:ngày)(?![\wÀ-ỹ])", label) else None


# 'theo Quyết định số 68214/QĐ-SHTT cùng ngày': issued on the day the sentence named just before
_SAME_DAY = re.compile(WS + r"*(?:,|\))?" + WS + r"*(?i:cùng" + WS1 + r"ngày)(?![\wÀ-ỹ])")


def dated_the_same_day(text: str, start: int, end: int, dates: list[DateMention]) -> date | None:
    """A number said to be of the same day as the date before it in its sentence."""
    if _SAME_DAY.match(text, end) is None:
        return None
    sentence = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind(";", 0, start)) + 1
    before = [d for d in dates if sentence <= d.start and d.end <= start and d.value]
    return before[-1].value if before else None


def recent_day(text: str, start: int, written: date | None) -> date | None:
    """The day a cited document was issued, told by day and month in the text written that year: a day
    after the text's own date is of the year before."""
    if written is None:
        return None
    for m in _RECENT_DAY.finditer(text, max(0, start - 250), start):
        if ACT_THEN_NUMBER.fullmatch(text, m.end(), start):
            return day_without_year(int(m.group("d")), int(m.group("m")), written)
    return None


__all__ = ["ACT_THEN_NUMBER", "dated_in_its_row", "dated_the_same_day", "document_dates", "place_date", "place_month",
           "recent_day", "record_date"]
