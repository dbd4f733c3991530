"""The resolver: a pure function from sources' graphs to merges and revision links."""

from __future__ import annotations

from datetime import date

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, ORG, OWL, PROV, RDF, TIME, XSD

from vnst.loaders.resolve import resolve
from vnst.ontology import ID, OA, ROLE, STATUS, VNST


def _person(g: Graph, prov: Graph, slug: str, name: str, org: str, role: str, seen: date, n: int) -> URIRef:
    person = ID[f"person/{slug}"]
    g.add((person, RDF.type, FOAF.Person))
    g.add((person, FOAF.name, Literal(name, lang="vi")))
    ms = ID[f"membership/{slug}/{org}/{role}"]
    g.add((ms, RDF.type, ORG.Membership))
    g.add((ms, ORG.member, person))
    g.add((ms, ORG.organization, ID[f"org/{org}"]))
    g.add((ms, ORG.role, ROLE[role]))
    g.add((ms, VNST.observedInPost, Literal(seen, datatype=XSD.date)))
    prov.add((ID[f"annotation/s/{slug}-{n}"], OA.hasBody, person))
    return person


def _source(*people) -> tuple[Graph, Graph]:
    g, prov = Graph(), Graph()
    for i, spec in enumerate(people):
        _person(g, prov, *spec, n=i)
    return g, prov


UBND = "uy-ban-nhan-dan-tinh-ca-mau"


def test_variant_spelling_same_post_within_two_years() -> None:
    r = resolve({"a": _source(("nguyen-van-an", "Nguyễn Văn An", UBND, "pho-chu-tich", date(2020, 3, 1))),
                 "b": _source(("nguyen-van-an-2", "Nguyễn Văn Ân", UBND, "pho-chu-tich", date(2021, 1, 9))),
                 "c": _source(("nguyen-van-on", "Nguyễn Văn Ôn", UBND, "pho-chu-tich", date(2020, 5, 1)))})
    merges = list(r.subjects(RDF.type, VNST.Merge))
    # An/Ân fold alike; An/Ôn and Ân/Ôn differ by one letter too: all three pairs are one person
    assert {str(o) for o in r.objects(None, VNST.mergeKind)} == {"variant-spelling"}
    assert len(merges) == 3
    for merge in merges:
        assert len(list(r.objects(merge, PROV.wasDerivedFrom))) == 2
        assert {o.language for o in r.objects(merge, VNST.reason)} == {"en", "vi"}
    assert not list(r.triples((None, OWL.sameAs, None)))


def test_no_merge_in_other_post_or_years_apart() -> None:
    r = resolve({"a": _source(("le-thi-mai", "Lê Thị Mai", UBND, "chu-tich", date(2015, 1, 1))),
                 "b": _source(("le-thi-mai-2", "Lê Thị Mại", UBND, "chu-tich", date(2022, 1, 1))),
                 "c": _source(("le-thi-mai-3", "Lê Thị Mải", "so-y-te-tinh-ca-mau", "giam-doc", date(2015, 2, 1)))})
    assert len(r) == 0


def test_truncated_name() -> None:
    sd = "so-khoa-hoc-va-cong-nghe-tinh-ca-mau"
    r = resolve({"a": _source(("tran-van", "Trần Văn", sd, "giam-doc", date(2022, 10, 1))),
                 "b": _source(("tran-van-hai", "Trần Văn Hải", sd, "giam-doc", date(2022, 6, 1)))})
    assert (ID["person/tran-van"], VNST.sameEntityAs, ID["person/tran-van-hai"]) in r
    [merge] = r.subjects(RDF.type, VNST.Merge)
    assert r.value(merge, VNST.canonicalEntity) == ID["person/tran-van-hai"]
    assert str(r.value(merge, VNST.mergeKind)) == "truncated-name"


def test_same_person_new_post_is_not_a_merge() -> None:
    uni = "truong-dai-hoc-can-tho"
    ministry = "bo-khoa-hoc-va-cong-nghe"
    r = resolve({"a": _source(("pham-van-b", "Phạm Văn B", uni, "hieu-truong", date(2015, 1, 1))),
                 "b": _source(("pham-van-b", "Phạm Văn B", ministry, "bo-truong", date(2021, 1, 1)))})
    assert len(r) == 0


def _agreement(status: str | None, years: tuple[int, int], suffix: str) -> tuple[Graph, Graph]:
    g, prov = Graph(), Graph()
    ag = ID[f"agreement/a--b/{years[0]}-{years[1]}{suffix}"]
    g.add((ag, RDF.type, VNST.CooperationAgreement))
    for party in ("org/a", "org/b"):
        g.add((ag, VNST.party, ID[party]))
    period = ID[f"period/{years[0]}-{years[1]}"]
    g.add((ag, VNST.period, period))
    for prop, year, tag in ((TIME.hasBeginning, years[0], "b"), (TIME.hasEnd, years[1], "e")):
        g.add((period, prop, ID[f"{period}/{tag}"]))
        g.add((ID[f"{period}/{tag}"], TIME.inXSDgYear, Literal(str(year), datatype=XSD.gYear)))
    if status:
        g.add((ag, VNST.status, STATUS[status]))
    prov.add((ID[f"annotation/{suffix or 'x'}/1"], OA.hasBody, ag))
    return g, prov


def test_signed_is_revision_of_overlapping_draft() -> None:
    r = resolve({"draft": _agreement("draft", (2021, 2025), "/draft"),
                 "news": _agreement("signed", (2022, 2025), ""),
                 "old": _agreement("draft", (2015, 2019), "/draft")})
    signed, draft = ID["agreement/a--b/2022-2025"], ID["agreement/a--b/2021-2025/draft"]
    assert set(r.triples((None, PROV.wasRevisionOf, None))) == {(signed, PROV.wasRevisionOf, draft)}
    [revision] = r.objects(signed, PROV.qualifiedRevision)
    assert r.value(revision, PROV.entity) == draft
    assert len(list(r.objects(revision, PROV.wasDerivedFrom))) == 2


def test_pure_and_deterministic() -> None:
    sources = {"a": _source(("ngo-anh", "Ngô Anh", "so-x", "giam-doc", date(2022, 10, 22))),
               "b": _source(("ngo-anh-tin", "Ngô Anh Tín", "so-x", "giam-doc", date(2022, 6, 21)))}
    before = {k: (len(g), len(p)) for k, (g, p) in sources.items()}
    first, second = resolve(sources), resolve(sources)
    assert set(first) == set(second)
    assert before == {k: (len(g), len(p)) for k, (g, p) in sources.items()}
