"""Legal document numbers -> number, year, type, issuer, ELI IRI."""

from __future__ import annotations

from datetime import date

import pytest

from vnst.loaders.docnumbers import find_numbers, header_number, parse_number


@pytest.mark.parametrize("written, number, year, doctype, issuer", [
    ("36/2016/NĐ-CP", "36", 2016, "nd", "CP"),
    ("575/QĐ-TTg", "575", None, "qd", "TTg"),
    ("02-NQ/TU", "02", None, "nq", "TU"),
    ("114/KH-UBND", "114", None, "kh", "UBND"),
    ("3645/UBND-KGVX", "3645", None, "cv", "UBND-KGVX"),
    ("59-NQ/TW", "59", None, "nq", "TW"),
    ("2148/QĐ-UBND", "2148", None, "qd", "UBND"),
    ("13/2019/NĐ-CP", "13", 2019, "nd", "CP"),
])
def test_parse(written: str, number: str, year: int | None, doctype: str, issuer: str) -> None:
    parsed = parse_number(written)
    assert parsed is not None
    assert (parsed.number, parsed.year, parsed.type, parsed.issuer) == (number, year, doctype, issuer)
    assert parsed.written_normalised == written


@pytest.mark.parametrize("written, issued, iri_tail", [
    ("36/2016/NĐ-CP", None, "eli/vn/cp/2016/nd/36"),
    ("02-NQ/TU", date(2016, 8, 1), "eli/vn/tu/2016/08/01/nq/02"),
    ("114/KH-UBND", None, "eli/vn/ubnd/undated/kh/114"),
    ("3645/UBND-KGVX", date(2021, 8, 31), "eli/vn/ubnd-kgvx/2021/08/31/cv/3645"),
])
def test_iri(written: str, issued: date | None, iri_tail: str) -> None:
    assert str(parse_number(written).iri(issued)).endswith(iri_tail)


def test_header_with_space_before_slash() -> None:
    text = "**ỦY BAN NHÂN DÂN**\n\nSố: 3645 /UBND-KGVX\n\nCần Thơ, ngày 31 tháng 8 năm 2021"
    start, end, number, code = header_number(text)
    assert number is not None and number.written_normalised == "3645/UBND-KGVX"
    assert text[start:end] == "3645 /UBND-KGVX" and code == "UBND-KGVX"


def test_blank_draft_number() -> None:
    start, end, number, code = header_number("Số: /CTHT-BKH-CN-UBND\n")
    assert number is None and code == "CTHT-BKH-CN-UBND"


@pytest.mark.parametrize("text", ["ISO/IEC 17025:2005", "COVID-19", "21/6/2022", "(2,3)", "0292.3820674"])
def test_not_numbers(text: str) -> None:
    assert find_numbers(text) == []
