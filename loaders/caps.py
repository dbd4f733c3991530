"""Upper-case lines (headers, titles, signature blocks) read as names.

A header writes 'TRƯỜNG ĐẠI HỌC NÔNG LÂM' where running text writes 'Trường Đại học Nông Lâm'. The name
patterns are written for the second; title_case_caps turns the first into 'Trường Đại Học Nông Lâm',
same length, so offsets still index the source. The offsets it changed are kept in CAPS_CHANGED: a name
begun in such a line ends with the line, since the next line is another column or block."""

from __future__ import annotations

import re

from vnst.loaders.hyphens import SYLLABLE
from vnst.loaders.vietnamese import UPPER, abbreviations

_WORD = re.compile(r"[^\W\d_]+")
_CAPS_RUN = re.compile(r"(?<![\wÀ-ỹ])[" + UPPER + r"]{2,}(?:[ \u00a0]+[" + UPPER + r"]{2,}){2,}(?![\wÀ-ỹ])")
_CAPS_LINE = re.compile(r"^[^\n]*$", re.M)
CAPS_CHANGED: set[int] = set()   # offsets changed by title_case_caps (for the current text)
# a company's legal form, written in capitals in running text too ('Công ty TNHH X', 'Ngân hàng TMCP Y')
_LEGAL_FORMS = {"TNHH", "TMCP"}
# a short word in capitals is kept as an abbreviation ('TW', 'TU', 'CNC', 'VNU') unless it is a syllable of three
# letters with its first consonant ('THU', 'GIA', 'CAO' in 'NGHIỆM THU CẤP QUỐC GIA'); a bare vowel may be one ('AI')


def _short_syllable(word: str) -> bool:
    syllable = SYLLABLE.fullmatch(word.lower())
    return len(word) == 3 and syllable is not None and syllable.group("onset") is not None


def title_case_caps(text: str) -> str:
    """Upper-case lines (headers, titles, signature blocks) in title case, same length, so the
    name patterns read them: 'TRƯỜNG ĐẠI HỌC NÔNG LÂM' -> 'Trường Đại Học Nông Lâm'. The offsets
    it changes are left in CAPS_CHANGED (the name reader asks whether a name began in such a line)."""
    CAPS_CHANGED.clear()
    parts, changed = [], False
    keep = abbreviations()

    def titled_word(w: re.Match[str]) -> str:
        if w.group(0) == "VÀ":
            return "và"   # (as a name writes it: 'và' joins words of one name, or closes it before another body)
        word = w.group(0)
        short = len(word) <= 3 and word.isascii() and not _short_syllable(word)
        return word if word in keep or word in _LEGAL_FORMS or short else word[0] + word[1:].lower()
    for m in _CAPS_LINE.finditer(text):
        line = m.group(0)
        letters = [c for c in line if c.isalpha()]
        if len(letters) >= 4 and all(c.isupper() for c in letters):
            titled = _WORD.sub(titled_word, line)
        else:
            # an upper-case name after a mixed-case label ('Bên B: TRƯỜNG ĐẠI HỌC NHA TRANG'): runs of
            # three or more upper-case words
            titled = _CAPS_RUN.sub(lambda r: _WORD.sub(titled_word, r.group(0)), line)
        if len(titled) == len(line) and titled != line:
            parts.append((m.start(), m.end(), titled))
            changed = True
    if not changed:
        return text
    out, pos = [], 0
    CAPS_CHANGED.clear()
    for start, end, titled in parts:
        out.append(text[pos:start])
        out.append(titled)
        CAPS_CHANGED.update(start + i for i, (a, b) in enumerate(zip(text[start:end], titled)) if a != b)
        pos = end
    out.append(text[pos:])
    return "".join(out)


# a speech's title naming its speaker in capitals ('CỦA ĐỒNG CHÍ TRƯƠNG MINH KHÔI, CHỦ TỊCH UBND TỈNH LONG AN'): the
# honorific, then the name up to the comma before the post
_SPEAKER_LINE = re.compile(r"^(?P<lead>[ \t]*(?:CỦA[ \t]+)?)(?P<hon>ĐỒNG[ \t]+CHÍ|ÔNG|BÀ)[ \t]+(?P<name>[" + UPPER
                           + r"]+(?:[ \t]+[" + UPPER + r"]+){1,4})(?=[ \t]*,(?P<rest>[^\n]+)$)", re.M)


def speakers_cased(text: str) -> str:
    """``text`` with a speaker named in capitals in a title written as running text writes one ('CỦA ĐỒNG CHÍ
    TRƯƠNG MINH KHÔI, ...' -> 'CỦA đồng chí Trương Minh Khôi, ...'), same length, for the people's reader; the post
    and body after the comma stay as written (the post is read in any case, the body from the organisations found)."""
    def cased(m: re.Match[str]) -> str:
        if any(c.islower() for c in m.group("rest")):
            return m.group(0)   # (a line in running text, not in capitals)
        name = re.sub(r"\S+", lambda w: w.group(0)[0] + w.group(0)[1:].lower(), m.group("name"))
        gap = m.group(0)[m.end("hon") - m.start():m.start("name") - m.start()]
        return m.group("lead") + m.group("hon").lower() + gap + name
    return _SPEAKER_LINE.sub(cased, text)


__all__ = ["CAPS_CHANGED", "speakers_cased", "title_case_caps"]
