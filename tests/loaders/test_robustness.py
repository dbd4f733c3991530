"""Nothing crashes on any text; what is not understood is a warning, and the source is still stored."""

from __future__ import annotations

import random
import string

import pytest
from loader_helpers import REPO, SEED_DIR, facts_of
from rdflib.compare import to_isomorphic

from vnst.errors import UnsupportedInput
from vnst.loaders.decode import decode_text
from vnst.loaders.document import text_batch

_ALPHABET = (string.printable + "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐÀ"
             "\u00a0\u202f\n\n....,,,;;;::(())//--–“”0123456789")


def _random_text(seed: int, size: int) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(_ALPHABET) for _ in range(size))


CASES = {
    "empty": "",
    "blank": " \n\t\u00a0" * 200,
    "random-1": _random_text(1, 20000),
    "random-2": _random_text(2, 20000),
    "huge-line": "Sở Khoa học và Công nghệ tỉnh Bình Dương " * 3000,
    "numbers": "1.234.567,89 3.176 20,03 % " * 2000,
    "dates": "ngày 31 tháng 8 năm 2021 21/6/2022 quý IV/2017 " * 1000,
    "headers": "Số: /\nSố: 12 /\nSố: /UBND\n(DỰ THẢO)\nII. NỘI DUNG HỢP TÁC\n1.\n2.\n" * 200,
    "titles": "Bộ trưởng Nguyễn ông Trần, Giám đốc Sở " * 2000,
    "caps": "ỦY BAN NHÂN DÂN TỈNH AN GIANG\nCHỦ TỊCH\n\n" * 300,
    "quotes": "Dự án “" * 3000 + "(1). Khu " * 3000,
    "control": "\u200b\ufeff\u2028\u2029abc\x0b\x0c" * 500,
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_any_text_loads(name: str) -> None:
    text = CASES[name]
    batch = text_batch(text, path=f"{name}.txt")
    names = sorted(batch.graphs)
    assert len(names) == 2
    prov = batch.graphs[next(n for n in names if "/prov/" in n)]
    assert len(prov) > 10       # the source is described even when nothing is understood


def test_nothing_understood_is_a_warning() -> None:
    batch = text_batch("Trang chủ | Giới thiệu | Tin tức\n\nabc def", path="menu.txt")
    assert any("no facts recognised" in str(w) for w in batch.warnings)


def test_skipped_boilerplate_says_where() -> None:
    text = "Tin mới\n\nLượt xem: 12\n\nĐánh giá\n"
    [warning] = [w for w in text_batch(text, path="x.txt").warnings if "boilerplate" in w.message]
    assert warning.line == 3 and "3, 5" in warning.message


@pytest.mark.parametrize("data, message", [
    (b"\x00\x01\x02binary", "binary file"),
    ("Cần Thơ".encode("cp1258", errors="replace") + b"\xff\xfe", "not UTF-8"),
])
def test_binary_and_non_utf8_refused(data: bytes, message: str) -> None:
    with pytest.raises(UnsupportedInput, match=message):
        decode_text(data, path="bad.txt")


def _with_no_break_spaces(text: str, seed: int) -> str:
    """Every fifth space inside a line (not the indent or a numbering at its start) made non-breaking, as web
    pages and word processors leave them: in names, dates, numbers and tables' gaps alike."""
    rng = random.Random(seed)
    return "\n".join("".join("\u00a0" if ch == " " and i > 8 and rng.random() < 0.2 else ch for i, ch in enumerate(line))
                     for line in text.split("\n"))


@pytest.mark.parametrize("path", sorted(SEED_DIR.glob("*.txt"))[:3] + sorted((REPO / "tests" / "fixtures" / "heldout")
                                                                              .glob("[de]0[1-4]*.txt")),
                         ids=lambda p: p.stem)
def test_non_breaking_spaces_change_no_fact(path) -> None:
    text = path.read_text(encoding="utf-8")
    spaced = _with_no_break_spaces(text, seed=len(text))
    plain, broken = text_batch(text, path=str(path)), text_batch(spaced, path=str(path))
    assert spaced != text
    assert to_isomorphic(facts_of(broken)) == to_isomorphic(facts_of(plain))
