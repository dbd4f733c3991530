"""Curated external links: verification required to publish, and the check against a dump."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import URIRef
from rdflib.namespace import SKOS

from vnst.errors import ParseError
from vnst.loaders.linkcheck import check_links, read_dump
from vnst.loaders.links import (EXTERNAL_IDS_GRAPH, LINKS_GRAPH, links_graph, read_external_ids,
                                read_links)
from vnst.ontology import SCHEMA

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "links"
WD = "http://www.wikidata.org/entity/"


def test_every_shipped_link_carries_its_verification() -> None:
    links = read_links()
    assert links, "the shipped links file is empty"
    for link in links:
        if link.published:
            assert link.verification is not None
            assert link.verification.by and link.verification.source and link.verification.on
        else:
            assert link.verification is None or link.target is None


def test_only_research_verified_links_are_published() -> None:
    published = {(str(l.subject), str(l.target)) for l in read_links() if l.published}
    assert published == {
        ("https://w3id.org/vnst/id/org/tong-cuc-thong-ke", WD + "Q10831788"),
        ("https://w3id.org/vnst/id/place/vn", WD + "Q881"),
    }


def test_unverified_link_is_not_published(tmp_path: Path) -> None:
    graphs = links_graph(links_path=FIXTURES / "links_sample.csv")
    links = graphs[str(LINKS_GRAPH)]
    assert (URIRef("https://w3id.org/vnst/id/org/a"), SKOS.exactMatch, URIRef(WD + "Q881")) in links
    assert not list(links.triples((URIRef("https://w3id.org/vnst/id/org/f"), None, None)))


@pytest.mark.parametrize(("row", "message"), [
    ("id:x,exactMatch,http://e.org/1,L,verified,someone,,src,", "verified_on"),
    ("id:x,exactMatch,http://e.org/1,L,verified,,2026-01-01,src,", "verified_by"),
    ("id:x,exactMatch,http://e.org/1,L,verified,someone,2026-01-01,,", "source"),
    ("id:x,exactMatch,http://e.org/1,L,verified,someone,yesterday,src,", "not a date"),
    ("id:x,sameAs,http://e.org/1,L,verified,someone,2026-01-01,src,", "relation"),
    ("id:x,exactMatch,http://e.org/1,L,maybe,someone,2026-01-01,src,", "status"),
    ("id:x,exactMatch,,L,verified,someone,2026-01-01,src,", "target"),
])
def test_half_verified_rows_are_refused_with_their_line(tmp_path: Path, row: str, message: str) -> None:
    path = tmp_path / "links.csv"
    path.write_text("# comment\nsubject,relation,target,target_label,status,verified_by,"
                    "verified_on,source,note\n" + row + "\n", encoding="utf-8")
    with pytest.raises(ParseError) as info:
        read_links(path)
    assert info.value.line == 3 and message in str(info.value)


def test_external_ids_are_property_values_not_iris(tmp_path: Path) -> None:
    path = tmp_path / "ids.csv"
    path.write_text("subject,property_id,value,url,status,verified_by,verified_on,source\n"
                    "eli:vn/cp/2016/nd/36,vbpl-itemid,123456,,verified,tester,2026-01-01,fixture\n"
                    "eli:vn/cp/2016/nd/37,vbpl-itemid,999,,unverified,,,\n", encoding="utf-8")
    ids = read_external_ids(path)
    assert [i.value for i in ids if i.verification] == ["123456"]
    graph = links_graph(ids_path=path)[str(EXTERNAL_IDS_GRAPH)]
    doc = URIRef("https://w3id.org/vnst/eli/vn/cp/2016/nd/36")
    (value,) = list(graph.objects(doc, SCHEMA.identifier))
    assert (value, SCHEMA.propertyID, None) in graph
    assert str(graph.value(value, SCHEMA.value)) == "123456"
    assert str(graph.value(value, SCHEMA.propertyID)) == "vbpl-itemid"
    assert "999" not in {str(o) for o in graph.objects(None, SCHEMA.value)}


@pytest.mark.parametrize("dump", ["wikidata_dump.json", "wikidata_dump.nt"])
def test_check_reports_vanished_redirected_and_changed(dump: str) -> None:
    results = check_links(read_links(FIXTURES / "links_sample.csv"), read_dump(FIXTURES / dump))
    status = {str(r.link.subject).rsplit("/", 1)[-1]: r.status for r in results}
    assert status == {"a": "ok", "b": "vanished", "c": "redirected", "d": "changed",
                      "e": "not-in-dump-scope", "f": "ok"}


def test_link_check_cli_exits_1_on_problems() -> None:
    run = subprocess.run([sys.executable, "-m", "vnst.api.cli", "link", "--check", "--dump",
                          str(FIXTURES / "wikidata_dump.json"), "--links",
                          str(FIXTURES / "links_sample.csv")], capture_output=True, text=True)
    assert run.returncode == 1, run.stderr
    assert "vanished" in run.stdout and "Q999" in run.stdout
    assert "3 with problems" in run.stderr


def test_link_check_of_shipped_links_against_fixture_passes() -> None:
    run = subprocess.run([sys.executable, "-m", "vnst.api.cli", "link", "--check", "--dump",
                          str(FIXTURES / "wikidata_dump.json")], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_published_organisation_links_name_organisations_the_loaders_mint() -> None:
    """A link's subject must be the IRI the loaders give that body, or it links nothing."""
    import yaml

    from vnst.textnorm import slug

    data = Path(__file__).resolve().parents[2] / "loaders" / "data" / "national_bodies.yaml"
    minted = {f"https://w3id.org/vnst/id/org/{slug(body['name'])}"
              for body in yaml.safe_load(data.read_text(encoding="utf-8"))["bodies"]}
    subjects = {str(link.subject) for link in read_links() if link.published
                and str(link.subject).startswith("https://w3id.org/vnst/id/org/")}
    assert subjects, "no published organisation links to check"
    assert subjects <= minted, subjects - minted
