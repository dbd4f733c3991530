"""Administrative units of both eras: lookup by name, codes, IRIs, the 2025 successions."""

from __future__ import annotations

import csv
from importlib import resources

import pytest
from rdflib import URIRef

from vnst.loaders import adminunits as au
from vnst.ontology import ERA, SCHEMA, VNST


@pytest.mark.parametrize(("name", "kwargs", "expected"), [
    ("Cần Thơ", {}, [("province", "92")]),
    ("TP. Cần Thơ", {}, [("province", "92")]),
    ("thành phố Cần Thơ", {}, [("province", "92")]),
    ("TP Cần Thơ", {"era": "2025"}, [("province", "92")]),
    ("quận Ninh Kiều", {}, [("district", "916")]),
    ("Ninh Kiều", {}, [("district", "916")]),
    ("Q. Ninh Kiều", {}, [("district", "916")]),
    ("huyện Cờ Đỏ", {}, [("district", "925")]),
    ("HUYỆN CỜ ĐỎ", {}, [("district", "925")]),
    ("huyen co do", {}, [("district", "925")]),
    ("xã Thới Hưng", {"within": "Cờ Đỏ"}, [("commune", "31264")]),
    ("phường Tân An", {"within": "quận Ninh Kiều"}, [("commune", "31135")]),
    ("phường Tân An", {"within": "916"}, [("commune", "31135")]),
    ("Tân An", {"era": "2025", "within": "Cần Thơ"}, [("commune", "31147")]),
    ("Ninh Kiều", {"era": "2025"}, [("commune", "31135")]),
    ("Hậu Giang", {}, [("province", "93")]),
    ("Sóc Trăng", {"level": "province"}, [("province", "94")]),
    ("Hậu Giang", {"era": "2025"}, []),
    ("quận Cờ Đỏ", {}, []),  # Cờ Đỏ is a huyện: the division word narrows
    ("TP.HCM", {}, [("province", "79")]),
])
def test_find_places(name: str, kwargs: dict, expected: list[tuple[str, str]]) -> None:
    found = au.find_places(name, **kwargs)
    assert [(unit.level, unit.code) for unit in found] == expected


def test_nfd_input_matches_like_nfc() -> None:
    import unicodedata

    nfd = unicodedata.normalize("NFD", "quận Ninh Kiều")
    assert [u.code for u in au.find_places(nfd)] == ["916"]


def test_division_word_inside_a_name_is_not_lost() -> None:
    # "Xã Vị Thanh" (pre-2025, in Hậu Giang) is also found by its bare name with the word.
    found = au.find_places("xã Vị Thanh", level="commune")
    assert [u.code for u in found] == ["31465"]


def test_unit_fields_and_parents() -> None:
    ward = au.get_unit(31135, level="commune", era="pre2025")
    assert ward is not None
    assert (ward.name, ward.division_type, ward.parent_code) == ("Phường Tân An", "phường", "916")
    assert [a.code for a in au.ancestors(ward)] == ["916", "92"]
    assert ward.bare_name == "Tân An"
    new = au.get_unit("31135", level="commune", era="2025")
    assert new is not None and new.name == "Phường Ninh Kiều" and new.parent_code == "92"


def test_counts_of_both_eras() -> None:
    assert len(au.all_units(era="pre2025", level="province")) == 63
    assert len(au.all_units(era="2025", level="province")) == 34
    assert len(au.all_units(era="2025", level="district")) == 0
    assert len(au.all_units(era="pre2025", level="district")) > 690
    assert len([u for u in au.all_units(era="2025", level="commune") if u.parent_code == "92"]) == 103


@pytest.mark.parametrize(("era", "level"), [("pre2025", "district"), ("pre2025", "commune"), ("2025", "commune")])
def test_units_within_a_province_partition_the_level(era: str, level: str) -> None:
    provinces = au.all_units(era=era, level="province")
    inside = {p.code: au.units_within(p, level=level) for p in provinces}
    assert sum(len(units) for units in inside.values()) == len(au.all_units(era=era, level=level))
    for province in provinces:
        assert all(au.ancestors(unit)[-1] == province for unit in inside[province.code])


def test_units_within_cantho() -> None:
    cantho = au.get_unit(92, level="province", era="pre2025")
    assert cantho is not None
    districts = {u.name for u in au.units_within(cantho, level="district")}
    assert {"Quận Ninh Kiều", "Quận Cái Răng", "Huyện Phong Điền", "Huyện Thới Lai"} <= districts
    assert len(districts) == 9
    assert au.units_within(cantho, level="province") == ()


def test_place_iris_carry_the_era() -> None:
    old = au.get_unit(31135, level="commune", era="pre2025")
    new = au.get_unit(31135, level="commune", era="2025")
    assert old is not None and new is not None
    assert au.place_iri(old) == URIRef("https://w3id.org/vnst/id/place/vn/pre2025/commune/31135")
    assert au.place_iri(new) == URIRef("https://w3id.org/vnst/id/place/vn/2025/commune/31135")
    assert au.place_iri(old) != au.place_iri(new)


@pytest.mark.parametrize(("level", "code", "expected"), [
    ("province", "93", {("92", "merged")}),
    ("province", "92", {("92", "merged")}),
    ("commune", "31135", {("31135", "merged")}),   # old Tân An -> new Ninh Kiều
    ("commune", "31147", {("31147", "merged")}),   # old Hưng Lợi -> new Tân An
    ("commune", "31123", {("31135", "merged")}),   # old Thới Bình -> new Ninh Kiều
])
def test_successions(level: str, code: str, expected: set[tuple[str, str]]) -> None:
    unit = au.get_unit(code, level=level, era="pre2025")
    assert unit is not None
    assert {(s.new.code, s.relation) for s in au.successors(unit)} == expected


def test_district_splits_into_six_communes() -> None:
    co_do = au.get_unit(925, level="district", era="pre2025")
    assert co_do is not None
    went = au.successors(co_do)
    assert len(went) == 6 and {s.relation for s in went} == {"partly"}
    assert "31261" in {s.new.code for s in went}


def test_bad_era_is_refused() -> None:
    with pytest.raises(ValueError):
        au.find_places("Cần Thơ", era="1999")


def test_data_files_say_source_and_licence() -> None:
    for name in ("admin_units.csv", "admin_units_mapping.csv", "regions.csv"):
        text = resources.files("vnst.loaders").joinpath(f"data/{name}").read_text(encoding="utf-8")
        header = "\n".join(line for line in text.splitlines() if line.startswith("#"))
        assert "source:" in header and "licence" in header


def test_regions_cover_each_pre2025_province_once() -> None:
    text = resources.files("vnst.loaders").joinpath("data/regions.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))
    codes = [row["province_code"] for row in rows]
    assert sorted(codes) == sorted(u.code for u in au.all_units(era="pre2025", level="province"))
    mekong = {row["province_code"] for row in rows if row["name_vi"] == "Đồng bằng sông Cửu Long"}
    assert {"92", "93", "94"} <= mekong and len(mekong) == 13


def test_reference_graph_links_the_two_eras() -> None:
    from vnst.loaders.reference import admin_units_graph

    graph = admin_units_graph()
    old = URIRef("https://w3id.org/vnst/id/place/vn/pre2025/commune/31135")
    new = URIRef("https://w3id.org/vnst/id/place/vn/2025/commune/31135")
    assert (old, VNST.mergedInto, new) in graph
    assert (old, VNST.era, ERA["pre2025"]) in graph and (new, VNST.era, ERA["2025"]) in graph
    assert (old, SCHEMA.containedInPlace,
            URIRef("https://w3id.org/vnst/id/place/vn/pre2025/district/916")) in graph
    co_do = URIRef("https://w3id.org/vnst/id/place/vn/pre2025/district/925")
    assert len(list(graph.objects(co_do, VNST.partlyMergedInto))) == 6
    region = au.region_iri("Đồng bằng sông Cửu Long")
    assert (region, SCHEMA.containsPlace,
            URIRef("https://w3id.org/vnst/id/place/vn/pre2025/province/92")) in graph



@pytest.mark.parametrize(("province", "expected"), [
    ("Gia Lai", ("Bình Định", "Gia Lai")), ("Lâm Đồng", ("Bình Thuận", "Lâm Đồng", "Đắk Nông")),
    ("Hà Nội", ("Hà Nội",)), ("Atlantis", ("Atlantis",)),
])
def test_the_provinces_merged_into_a_2025_province(province: str, expected: tuple[str, ...]) -> None:
    assert tuple(sorted(au.merged_into(province))) == tuple(sorted(expected))
