"""The IRIs the loaders mint match the documented RFC 6570 templates (ontology/IDENTIFIERS.md)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from vnst.graph.describe import ELI_TEMPLATE, PLACE_TEMPLATE
from vnst.loaders import adminunits
from vnst.loaders.docnumbers import parse_number

DOC = Path(__file__).resolve().parents[2] / "ontology" / "IDENTIFIERS.md"


def expand(template: str, values: dict[str, str | None]) -> str:
    """RFC 6570 expansion of the two operators the templates use: {var} and {/var,var}."""
    def one(match: re.Match[str]) -> str:
        operator, names = match.group(1), match.group(2).split(",")
        present = [values[name] for name in names if values.get(name) is not None]
        if operator == "/":
            return "".join("/" + str(value) for value in present)
        return str(present[0]) if present else ""
    return re.sub(r"\{(/?)([a-z,]+)\}", one, template)


def matcher(template: str) -> re.Pattern[str]:
    pattern = re.escape(template)
    pattern = pattern.replace(r"\{/month,day\}", r"(?:/(?P<month>\d{2})/(?P<day>\d{2}))?")
    pattern = re.sub(r"\\\{([a-z]+)\\\}", r"(?P<\1>[a-z0-9-]+)", pattern)
    return re.compile(pattern + "$")


def test_templates_are_the_documented_ones() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert ELI_TEMPLATE in text and PLACE_TEMPLATE in text


@pytest.mark.parametrize(("written", "issued", "values"), [
    ("36/2016/NĐ-CP", None, {"issuer": "cp", "year": "2016", "type": "nd", "number": "36"}),
    ("575/QĐ-TTg", date(2015, 5, 4),
     {"issuer": "ttg", "year": "2015", "month": "05", "day": "04", "type": "qd", "number": "575"}),
    ("3645 /UBND-KGVX", date(2021, 8, 31),
     {"issuer": "ubnd-kgvx", "year": "2021", "month": "08", "day": "31", "type": "cv", "number": "3645"}),
    ("02-NQ/TU", date(2016, 8, 1),
     {"issuer": "tu", "year": "2016", "month": "08", "day": "01", "type": "nq", "number": "02"}),
    ("114/KH-UBND", None, {"issuer": "ubnd", "year": "undated", "type": "kh", "number": "114"}),
])
def test_minted_document_iris_match_the_template(written: str, issued: date | None,
                                                 values: dict[str, str]) -> None:
    number = parse_number(written)
    assert number is not None
    iri = str(number.iri(issued))
    assert iri == expand(ELI_TEMPLATE, values)
    match = matcher(ELI_TEMPLATE).match(iri)
    assert match is not None and (match.group("year") == "undated" or re.fullmatch(r"\d{4}", match.group("year")))
    assert number.id_local == re.sub(r"\s+", "", written)  # the number as written, spacing normalised


@pytest.mark.parametrize(("era", "level", "code"), [
    ("pre2025", "province", "92"), ("pre2025", "district", "916"), ("pre2025", "commune", "31135"),
    ("2025", "province", "92"), ("2025", "commune", "31135"),
])
def test_place_iris_match_the_template(era: str, level: str, code: str) -> None:
    unit = adminunits.get_unit(code, level=level, era=era)
    assert unit is not None
    iri = str(adminunits.place_iri(unit))
    assert iri == expand(PLACE_TEMPLATE, {"era": era, "level": level, "code": code})
    assert matcher(PLACE_TEMPLATE).match(iri)
