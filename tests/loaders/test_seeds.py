"""Facts on the five seeds, from hand-written expectations (tests/fixtures/expected)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from loader_helpers import facts_of, prov_of
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, RDF, XSD

from vnst.loaders.resolve import resolve
from vnst.ontology import ELI, ID, QB, SDMX_MEAS, STATUS, VNST

AGREEMENT_2021 = ID["agreement/bo-khoa-hoc-va-cong-nghe--uy-ban-nhan-dan-thanh-pho-can-tho/2021-2025/draft"]
AGREEMENT_2022 = ID["agreement/bo-khoa-hoc-va-cong-nghe--uy-ban-nhan-dan-thanh-pho-can-tho/2022-2025"]


def test_draft_has_eight_clauses_in_section_two(seed_batches) -> None:
    g = facts_of(seed_batches["004"])
    assert (AGREEMENT_2021, VNST.status, STATUS.draft) in g
    clauses = list(g.objects(AGREEMENT_2021, ELI.has_part))
    assert sorted(int(g.value(c, ELI.number)) for c in clauses) == list(range(1, 9))
    assert {str(g.value(c, VNST.section)) for c in clauses} == {"II"}
    second = URIRef(f"{AGREEMENT_2021}/noi-dung/2")
    assert "phát triển hệ sinh thái khởi nghiệp sáng tạo, Chương trình hỗ trợ" in str(g.value(second, VNST.clauseText))
    intended = set(g.objects(AGREEMENT_2021, VNST.intendedSignatory))
    assert intended == {ID["person/tran-viet-truong"], ID["person/huynh-thanh-dat"]}
    assert not list(g.objects(AGREEMENT_2021, VNST.signatory))


def test_news_declares_eleven_contents_2022_2025(seed_batches) -> None:
    g = facts_of(seed_batches["000"])
    assert (AGREEMENT_2022, VNST.declaredClauseCount, Literal(11)) in g
    assert (AGREEMENT_2022, VNST.status, STATUS.signed) in g
    assert set(g.objects(AGREEMENT_2022, VNST.signatory)) == {ID["person/huynh-thanh-dat"],
                                                               ID["person/tran-viet-truong"]}


def test_university_agreement_ten_fields(seed_batches) -> None:
    g = facts_of(seed_batches["002"])
    [agreement] = g.subjects(RDF.type, VNST.CooperationAgreement)
    assert (agreement, VNST.declaredFieldCount, Literal(10)) in g
    assert (agreement, VNST.declaredClauseCount, None) not in g
    assert (agreement, VNST.signingDate, Literal(date(2020, 7, 3), datatype=XSD.date)) in g


def test_letter_dated_and_cites(seed_batches) -> None:
    g = facts_of(seed_batches["004"])
    [letter] = g.subjects(ELI.id_local, Literal("3645/UBND-KGVX"))
    assert g.value(letter, ELI.date_document) == Literal(date(2021, 8, 31), datatype=XSD.date)
    [cited] = g.subjects(ELI.id_local, Literal("59-NQ/TW"))
    assert (letter, ELI.cites, cited) in g
    assert g.value(cited, ELI.date_document) == Literal(date(2020, 8, 5), datatype=XSD.date)
    assert (cited, ELI.passed_by, ID["org/bo-chinh-tri"]) in g
    assert (letter, ELI.passed_by, ID["person/nguyen-ngoc-ha"]) in g
    assert (letter, DCTERMS.hasPart, AGREEMENT_2021) in g


def test_total_with_four_components(seed_batches) -> None:
    g = facts_of(seed_batches["003"])
    [total] = g.subjects(SDMX_MEAS.obsValue, Literal(Decimal(3176), datatype=XSD.decimal))
    parts = set(g.subjects(VNST.componentOf, total))
    values = sorted(int(g.value(p, SDMX_MEAS.obsValue).toPython()) for p in parts)
    assert values == [1, 15, 192, 2968]
    assert len(list(g.subjects(RDF.type, QB.Observation))) == 50   # one per (value, unit), preview not counted


def test_preview_not_double_counted(seed_batches) -> None:
    g = facts_of(seed_batches["003"])
    dated = [d for d in g.subjects(ELI.id_local, Literal("02-NQ/TU"))]
    assert len(dated) == 1
    assert g.value(dated[0], ELI.date_document) == Literal(date(2016, 8, 1), datatype=XSD.date)


def test_memberships_observed_on_event_date(seed_batches) -> None:
    g = facts_of(seed_batches["001"])
    membership = ID["membership/nguyen-ngoc-he/uy-ban-nhan-dan-thanh-pho-can-tho/pho-chu-tich"]
    assert g.value(membership, ORG.member) == ID["person/nguyen-ngoc-he"]
    assert g.value(membership, VNST.observedInPost) == Literal(date(2022, 6, 21), datatype=XSD.date)
    assert (ID["person/nguyen-ngoc-he"], VNST.honorific, Literal("đồng chí")) in g


def test_footer_publisher_not_a_fact(seed_batches) -> None:
    batch = seed_batches["002"]
    prov, facts = prov_of(batch), facts_of(batch)
    [source] = prov.subjects(RDF.type, VNST.SourceDocument)
    assert prov.value(source, DCTERMS.publisher) == ID["org/so-khoa-hoc-va-cong-nghe-thanh-pho-can-tho"]
    labels = {str(o) for o in facts.objects(None, None) if isinstance(o, Literal)}
    assert not any("0292" in label or "sokhcn@" in label for label in labels)
    assert not list(facts.subjects(FOAF.name, Literal("Lý Thường kiệt", lang="vi")))


def test_resolver_on_seeds(seed_batches) -> None:
    sources = {k: (facts_of(b), prov_of(b)) for k, b in seed_batches.items()}
    r = resolve(sources)
    assert (ID["person/nguyen-ngoc-ha"], VNST.sameEntityAs, ID["person/nguyen-ngoc-he"]) in r \
        or (ID["person/nguyen-ngoc-he"], VNST.sameEntityAs, ID["person/nguyen-ngoc-ha"]) in r
    assert (ID["person/ngo-anh"], VNST.sameEntityAs, ID["person/ngo-anh-tin"]) in r
    kinds = {str(o) for o in r.objects(None, VNST.mergeKind)}
    assert kinds == {"variant-spelling", "truncated-name"}
    assert (AGREEMENT_2022, URIRef("http://www.w3.org/ns/prov#wasRevisionOf"), AGREEMENT_2021) in r
    assert not list(r.triples((None, URIRef("http://www.w3.org/2002/07/owl#sameAs"), None)))


def test_working_visit(seed_batches) -> None:
    g = facts_of(seed_batches["001"])
    [visit] = g.subjects(RDF.type, VNST.WorkingVisit)
    assert g.value(visit, VNST.visitor) == ID["person/nguyen-hoang-giang"]
    assert g.value(visit, VNST.host) == ID["org/so-khoa-hoc-va-cong-nghe-thanh-pho-can-tho"]
    assert g.value(visit, VNST.eventDate) == Literal(date(2022, 6, 21), datatype=XSD.date)
