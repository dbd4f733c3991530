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
    # a unit of two fields in the issuer's code
    ("1586/ĐHTN-KHCN&HTQT", "1586", None, "cv", "ĐHTN-KHCN&HTQT"),
    ("3645/UBND-KGVX", "3645", None, "cv", "UBND-KGVX"),
    ("59-NQ/TW", "59", None, "nq", "TW"),
    ("2148/QĐ-UBND", "2148", None, "qd", "UBND"),
    ("13/2019/NĐ-CP", "13", 2019, "nd", "CP"),
    ("12-BB/BCĐ", "12", None, "bb", "BCĐ"),   # a party committee's minutes
    # 'HD' guidance and 'HĐ' contract differ only by the stroke on the D
    ("05/HD-SKHCN", "05", None, "hd", "SKHCN"),
    ("12/HĐ-KHCN", "12", None, "hop-dong", "KHCN"),
    ("08-QyĐ/TW", "08", None, "quy-dinh", "TW"),    # mixed case, party style
    ("01/QC-UBND", "01", None, "quy-che", "UBND"),
    ("03/PA-UBND", "03", None, "phuong-an", "UBND"),
    ("12/CĐ-TTg", "12", None, "cong-dien", "TTg"),
    ("01/BGN-ĐHĐN", "01", None, "ban-ghi-nho", "ĐHĐN"),
    # a party committee's conclusions; an agreement and a contract numbered by their kind
    ("48-KL/TU", "48", None, "ket-luan", "TU"),
    ("01/TTHT-UBND-ĐHH", "01", None, "ban-thoa-thuan", "UBND-ĐHH"),
    ("27/2025/HĐHT-TTUD", "27", 2025, "hop-dong", "TTUD"),
    # a national programme's code with its version ('KC-4.0/19-25' programme, contracts 'HĐ-KC4.0')
    ("27/2021/HĐ-KC4.0", "27", 2021, "hop-dong", "KC4.0"),
])
def test_parse(written: str, number: str, year: int | None, doctype: str, issuer: str) -> None:
    parsed = parse_number(written)
    assert parsed is not None
    assert (parsed.number, parsed.year, parsed.type, parsed.issuer) == (number, year, doctype, issuer)
    assert parsed.written_normalised == written


@pytest.mark.parametrize("written, issued, locality, iri_tail", [
    ("36/2016/NĐ-CP", None, "92", "eli/vn/cp/2016/nd/36"),           # national: no locality
    ("575/QĐ-TTg", date(2015, 5, 4), "92", "eli/vn/ttg/2015/05/04/qd/575"),
    ("59-NQ/TW", date(2020, 8, 5), "92", "eli/vn/tw/2020/08/05/nq/59"),
    ("15/2023/TT-BKHCN", None, "48", "eli/vn/bkhcn/2023/tt/15"),       # a ministry
    ("02-NQ/TU", date(2016, 8, 1), "92", "eli/vn/tu-92/2016/08/01/nq/02"),
    ("114/KH-UBND", None, "92", "eli/vn/ubnd-92/undated/kh/114"),
    ("3645/UBND-KGVX", date(2021, 8, 31), "92", "eli/vn/ubnd-92/2021/08/31/cv/3645"),
    ("114/KH-UBND", None, None, "eli/vn/ubnd/undated/kh/114"),         # province unknown
])
def test_iri(written: str, issued: date | None, locality: str | None, iri_tail: str) -> None:
    assert str(parse_number(written).iri(issued, locality=locality)).endswith(iri_tail)


@pytest.mark.parametrize("text, written", [
    ("Bằng độc quyền sáng chế số 35871 được cấp năm 2023", "35871"),
    ("được cấp Bằng độc quyền giải pháp hữu ích số 2-0002451 cho quy trình", "2-0002451"),
    ("Văn bằng bảo hộ số: 1-0019876", "1-0019876"),
])
def test_a_patent_s_number_after_its_title_is_national(text: str, written: str) -> None:
    [(_, _, number)] = find_numbers(text)
    assert (number.written, number.type, number.national) == (written, "bang-doc-quyen", True)
    assert str(number.iri(date(2023, 7, 28), locality="62")).endswith(f"eli/vn/shtt/2023/07/28/bang-doc-quyen/{written}")


@pytest.mark.parametrize("text", ["cấp 35 bằng độc quyền sáng chế trong năm", "Bằng độc quyền sáng chế số 12 năm"])
def test_a_count_of_patents_is_no_number(text: str) -> None:
    assert find_numbers(text) == []


def test_same_local_number_in_two_provinces_gives_two_iris() -> None:
    number = parse_number("2148/QĐ-UBND")
    day = date(2016, 6, 29)
    assert number.iri(day, locality="92") != number.iri(day, locality="48")


def test_header_with_space_before_slash() -> None:
    text = "**ỦY BAN NHÂN DÂN**\n\nSố: 3645 /UBND-KGVX\n\nCần Thơ, ngày 31 tháng 8 năm 2021"
    start, end, number, code = header_number(text)
    assert number is not None and number.written_normalised == "3645/UBND-KGVX"
    assert text[start:end] == "3645 /UBND-KGVX" and code == "UBND-KGVX"


@pytest.mark.parametrize("line, written, year, code", [
    ("Số: 19/2023/NQ-HĐND\n", "19/2023/NQ-HĐND", 2023, "NQ-HĐND"),
    ("Số: 07 / 2024 /QĐ-UBND\n", "07 / 2024 /QĐ-UBND", 2024, "QĐ-UBND"),
])
def test_a_normative_document_carries_its_year_in_the_header(line: str, written: str, year: int, code: str) -> None:
    start, end, number, found_code = header_number(line)
    assert (number.written, number.year, found_code, line[start:end]) == (written, year, code, written)


@pytest.mark.parametrize("header, written", [
    # a party body numbers with a dash and may write no colon
    ("TỈNH ỦY HÀ TĨNH\n*\nSố 112-KH/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n", "112-KH/TU"),
    ("HUYỆN ỦY CAN LỘC\n*\nSố: 08-CTr/HU\n", "08-CTr/HU"),
    # the place and date beside it on the same line
    ("  TỈNH ỦY NGHỆ AN        ĐẢNG CỘNG SẢN VIỆT NAM\n   Số 21-NQ/TU           Nghệ An, ngày 12 tháng 7 năm 2021\n",
     "21-NQ/TU"),
])
def test_a_party_document_s_number(header: str, written: str) -> None:
    start, end, number, _ = header_number(header)
    assert (header[start:end], number.written) == (written, written)


def test_a_cited_party_number_in_a_sentence_is_no_header() -> None:
    assert header_number("Thực hiện Nghị quyết\nSố 57-NQ/TW của Bộ Chính trị, tỉnh ban hành kế hoạch.") is None


def test_blank_draft_number() -> None:
    start, end, number, code = header_number("Số: /CTHT-BKH-CN-UBND\n")
    assert number is None and code == "CTHT-BKH-CN-UBND"


@pytest.mark.parametrize("text", ["ISO/IEC 17025:2005", "COVID-19", "21/6/2022", "(2,3)", "0292.3820674"])
def test_not_numbers(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize("text, written", [
    ("theo Hợp đồng số 27/2021/HĐ-KC4.0 ngày 15/3/2021;", "27/2021/HĐ-KC4.0"),
    # a code's field after a dot, in capitals
    ("Hợp đồng thực hiện số 15/2020/HĐ-ĐTĐL.CN ngày 20/12/2020;", "15/2020/HĐ-ĐTĐL.CN"),
    # a sentence's full stop after the code, then a figure: no version
    ("theo Công văn số 12/UBND-KT.2 đơn vị", "12/UBND-KT"),
    ("theo Quyết định số 88/QĐ-UBND. 3 đơn vị", "88/QĐ-UBND"),
])
def test_a_code_s_version_after_a_dot_only_straight_after_its_digit(text: str, written: str) -> None:
    assert [n.written for _, _, n in find_numbers(text)] == [written]


@pytest.mark.parametrize("text, written, doctype", [
    ("Căn cứ Luật Chuyển giao công nghệ số 07/2017/QH14 ngày 19/6/2017;", "07/2017/QH14", "luat"),
    ("theo Nghị quyết số 1211/2016/UBTVQH13 ngày 25/5/2016", "1211/2016/UBTVQH13", "nq"),
])
def test_acts_of_the_national_assembly(text: str, written: str, doctype: str) -> None:
    [(_, _, number)] = find_numbers(text)
    assert (number.written, number.type, number.national) == (written, doctype, True)


@pytest.mark.parametrize("text, written, doctype", [
    ("Công văn số 512/VHL-ƯDTK ngày 06/4/2023", "512/VHL-ƯDTK", "cv"),
    ("Chương trình hành động số 04-CTr/TU ngày 28/7/2025", "04-CTr/TU", "ctr"),
])
def test_codes_with_vietnamese_capitals_and_mixed_case(text: str, written: str, doctype: str) -> None:
    [(_, _, number)] = find_numbers(text)
    assert (number.written, number.type) == (written, doctype)


@pytest.mark.parametrize("written, doctype, issuer", [
    # the joint kinds two bodies issue together, party style or state style
    ("112-KHPH/TĐTN-SKHCN", "kh", "TĐTN-SKHCN"),
    ("07/CTPH-BYT-UBND", "ctht", "BYT-UBND"),
    ("01/QCPH-SKHCN-CQLTT", "quy-che", "SKHCN-CQLTT"),
])
def test_joint_document_types(written: str, doctype: str, issuer: str) -> None:
    parsed = parse_number(written)
    assert parsed is not None and (parsed.type, parsed.issuer) == (doctype, issuer)


@pytest.mark.parametrize("text, written", [
    # a PDF's line broken after the code's dash
    ("căn cứ Kế hoạch số 3318/KH-\nUBND ngày 02/11/2022 của UBND tỉnh", "3318/KH-UBND"),
    ("Quyết định số 15/2023/QĐ-\nUBND ngày 20/3/2023", "15/2023/QĐ-UBND"),
])
def test_a_number_broken_after_its_code_s_dash(text: str, written: str) -> None:
    assert [n.written_normalised for _, _, n in find_numbers(text)] == [written]


def test_a_bilingual_label_before_the_header_number() -> None:
    head = header_number("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH LÂM ĐỒNG\n\nSố / No.: 14/TTHT-SKHCN-KNU\n")
    assert head is not None and head[2].written_normalised == "14/TTHT-SKHCN-KNU"


def test_a_year_glossed_in_english_after_a_slash_is_no_number() -> None:
    assert find_numbers("Làm tại Huế, ngày 05 tháng 4 năm 2023 / Done at Hue, on 5 April 2023") == []
