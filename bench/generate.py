"""Deterministic synthetic data in vnst's own model (ontology/MODEL.md), streamed as N-Quads.

    .venv/bin/python bench/generate.py 10k 100k 1m 10m      # -> bench/data/vnst-{scale}.nq

One run of a scale always writes the same bytes. The world: 63 provinces with
their People's Committees, departments and offices; the Government and its
ministries; officials whose memberships change over the years; cooperation
agreements with clauses; legal documents (ELI IRIs) citing older ones;
projects; statistical figures (qb:Observation); and for every synthetic
source document its facts graph (``graph:src/{id}``) and its provenance graph
(``graph:prov/{id}``: the document, its load run and one oa:Annotation with
position and quote selectors per mention). Lines are written as they are
made, so 10M triples never need 10M Python objects.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from world import (CLAUSE_TEMPLATES, DEPARTMENTS, DOC_TYPES, FAMILY, GIVEN, MEASURES,  # noqa: E402
                   MIDDLE, MINISTRIES, PROJECT_KINDS, PROVINCES, slug)

B = "https://w3id.org/vnst/"
V, ID, ELI_D, G, SRC = B + "def#", B + "id/", B + "eli/", B + "graph/", B + "source/"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
ORG, ELI = "http://www.w3.org/ns/org#", "http://data.europa.eu/eli/ontology#"
OA, PROV = "http://www.w3.org/ns/oa#", "http://www.w3.org/ns/prov#"
SKOS, TIME = "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/2006/time#"
SCHEMA, QB = "https://schema.org/", "http://purl.org/linked-data/cube#"
DCT, FOAF = "http://purl.org/dc/terms/", "http://xmlns.com/foaf/0.1/"
SDMX = "http://purl.org/linked-data/sdmx/2009/"
XSD = "http://www.w3.org/2001/XMLSchema#"
DEFAULT_OUT = Path(__file__).resolve().parent / "data"
REF_GRAPH = f"<{G}ref/bench-world>"


def parse_scale(text: str) -> int:
    match = re.fullmatch(r"(\d+)([km]?)", text.strip().lower())
    if not match:
        raise SystemExit(f"bad scale {text!r}: use 10k, 100k, 1m, 10m or a number")
    return int(match.group(1)) * {"": 1, "k": 1_000, "m": 1_000_000}[match.group(2)]


def lit(text: str, lang: str | None = "vi") -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"@{lang}' if lang else f'"{escaped}"'


def typed(value: object, datatype: str) -> str:
    return f'"{value}"^^<{XSD}{datatype}>'


class Writer:
    """Counts the quads it writes; ``q`` writes one."""

    def __init__(self, out) -> None:  # type: ignore[no-untyped-def]
        self.out = out
        self.count = 0

    def q(self, s: str, p: str, o: str, g: str) -> None:
        self.out.write(f"{s} {p} {o} {g} .\n")
        self.count += 1


class World:
    """The fixed part (places, bodies, posts) and the growing pools (people, documents)."""

    def __init__(self, target: int) -> None:
        self.provinces = [(code, name, slug(name)) for code, name in PROVINCES]
        self.government = f"<{ID}org/chinh-phu>"
        self.ministries = [f"<{ID}org/{slug(name)}>" for name in MINISTRIES]
        self.committees = [f"<{ID}org/uy-ban-nhan-dan-{key}>" for _, _, key in self.provinces]
        self.departments: list[tuple[str, int]] = []  # (iri, province index)
        for index, (_, _, key) in enumerate(self.provinces):
            for dept in DEPARTMENTS:
                self.departments.append((f"<{ID}org/{slug(dept)}-{key}>", index))
        self.people = max(300, target // 120)
        self.documents: list[str] = []  # legal documents so far, for citations
        self.projects: list[tuple[str, int]] = []

    def person(self, k: int) -> tuple[str, str]:
        name = f"{FAMILY[k % len(FAMILY)]} {MIDDLE[(k // 7) % len(MIDDLE)]} {GIVEN[(k // 31) % len(GIVEN)]}"
        return f"<{ID}person/{slug(name)}-{k}>", name

    def write_reference(self, w: Writer) -> None:
        g = REF_GRAPH
        w.q(self.government, RDF_TYPE, f"<{V}Government>", g)
        w.q(self.government, f"<{SKOS}prefLabel>", lit("Chính phủ"), g)
        for iri, name in zip(self.ministries, MINISTRIES):
            self._org(w, iri, "Ministry", name, self.government)
        for index, (code, name, key) in enumerate(self.provinces):
            place = f"<{ID}place/vn/pre2025/province/{code}>"
            w.q(place, RDF_TYPE, f"<{V}Province>", g)
            w.q(place, f"<{SKOS}prefLabel>", lit(name), g)
            w.q(place, f"<{V}officialCode>", lit(code, None), g)
            w.q(place, f"<{V}era>", f"<{ID}era/pre2025>", g)
            committee = self.committees[index]
            self._org(w, committee, "PeoplesCommittee", f"Ủy ban nhân dân {name}", self.government)
            w.q(committee, f"<{V}location>", place, g)
        for position, (iri, index) in enumerate(self.departments):
            dept = DEPARTMENTS[position % len(DEPARTMENTS)]
            self._org(w, iri, "Department", f"{dept} {self.provinces[index][1]}",
                      self.committees[index])
            office = iri[:-1] + "/van-phong>"
            self._org(w, office, "Department", f"Văn phòng {dept} {self.provinces[index][1]}", iri)

    def _org(self, w: Writer, iri: str, cls: str, label: str, parent: str) -> None:
        g = REF_GRAPH
        w.q(iri, RDF_TYPE, f"<{V}{cls}>", g)
        w.q(iri, RDF_TYPE, f"<{ORG}Organization>", g)
        w.q(iri, f"<{SKOS}prefLabel>", lit(label), g)
        w.q(iri, f"<{SKOS}prefLabel>", lit(f"{cls} {iri.rsplit('/', 1)[1][:-1]}", "en"), g)
        w.q(iri, f"<{ORG}subOrganizationOf>", parent, g)


def source_quads(world: World, w: Writer, i: int) -> None:
    """One synthetic source document: facts in graph:src/{id}, provenance in graph:prov/{id}."""
    rng = random.Random(i * 1_000_003 + 17)
    source_id = f"bench-{i:07d}"
    src, prv = f"<{G}src/{source_id}>", f"<{G}prov/{source_id}>"
    doc = f"<{SRC}{source_id}>"
    year = 2010 + (i * 7) % 16
    date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    mentions: list[tuple[str, str]] = []  # (entity, quote)
    kind = i % 4
    if kind == 0:
        agreement_quads(world, w, rng, src, i, year, date, mentions)
    elif kind == 1:
        legal_document_quads(world, w, rng, src, i, year, date, mentions)
    elif kind == 2:
        report_quads(world, w, rng, src, i, year, date, mentions)
    else:
        membership_quads(world, w, rng, src, i, year, date, mentions)
    text = " ".join(quote for _, quote in mentions)
    w.q(doc, RDF_TYPE, f"<{V}SourceDocument>", prv)
    w.q(doc, f"<{DCT}title>", lit(f"Văn bản tổng hợp số {i}"), prv)
    w.q(doc, f"<{DCT}issued>", typed(date, "date"), prv)
    w.q(doc, f"<{V}sha256>", lit(hashlib.sha256(text.encode()).hexdigest(), None), prv)
    w.q(doc, f"<{V}text>", lit(text, None), prv)
    run = f"<{ID}run/{source_id}>"
    w.q(run, RDF_TYPE, f"<{V}LoadRun>", prv)
    w.q(run, f"<{PROV}used>", doc, prv)
    w.q(run, f"<{PROV}startedAtTime>", typed(f"{date}T08:00:00Z", "dateTime"), prv)
    offset = 0
    for n, (entity, quote) in enumerate(mentions):
        ann, target = f"<{ID}annotation/{source_id}/{n}>", f"_:t{i}x{n}"
        pos, exact = f"_:p{i}x{n}", f"_:q{i}x{n}"
        w.q(ann, RDF_TYPE, f"<{OA}Annotation>", prv)
        w.q(ann, f"<{OA}motivatedBy>", f"<{OA}identifying>", prv)
        w.q(ann, f"<{OA}hasBody>", entity, prv)
        w.q(ann, f"<{V}inGraph>", src, prv)
        w.q(ann, f"<{OA}hasTarget>", target, prv)
        w.q(target, RDF_TYPE, f"<{OA}SpecificResource>", prv)
        w.q(target, f"<{OA}hasSource>", doc, prv)
        w.q(target, f"<{OA}hasSelector>", pos, prv)
        w.q(target, f"<{OA}hasSelector>", exact, prv)
        w.q(pos, RDF_TYPE, f"<{OA}TextPositionSelector>", prv)
        w.q(pos, f"<{OA}start>", typed(offset, "nonNegativeInteger"), prv)
        w.q(pos, f"<{OA}end>", typed(offset + len(quote), "nonNegativeInteger"), prv)
        w.q(exact, RDF_TYPE, f"<{OA}TextQuoteSelector>", prv)
        w.q(exact, f"<{OA}exact>", lit(quote, None), prv)
        offset += len(quote) + 1


def party_pool(world: World, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.15:
        return rng.choice(world.ministries)
    if roll < 0.35:
        return rng.choice(world.committees)
    return rng.choice(world.departments)[0]


def agreement_quads(world, w, rng, src, i, year, date, mentions) -> None:  # type: ignore[no-untyped-def]
    parties = sorted({party_pool(world, rng) for _ in range(rng.randint(2, 3))})
    end = year + rng.choice((3, 5))
    keys = "--".join(p.rsplit("/", 1)[1][:-1] for p in parties)[:120]
    agreement = f"<{ID}agreement/{keys}/{year}-{end}/{i}>"
    signed = rng.random() < 0.7
    w.q(agreement, RDF_TYPE, f"<{V}CooperationAgreement>", src)
    w.q(agreement, f"<{ELI}title>", lit(f"Chương trình hợp tác khoa học và công nghệ giai đoạn {year}-{end}"), src)
    period = f"<{ID}period/{year}-{end}>"
    w.q(agreement, f"<{V}period>", period, src)
    w.q(period, RDF_TYPE, f"<{TIME}Interval>", src)
    w.q(agreement, f"<{V}status>", f"<{ID}status/{'signed' if signed else 'draft'}>", src)
    for party in parties:
        w.q(agreement, f"<{V}party>", party, src)
        mentions.append((party, "bên tham gia"))
    for _ in range(len(parties)):
        person, name = world.person(rng.randrange(world.people))
        w.q(agreement, f"<{V}signatory>" if signed else f"<{V}intendedSignatory>", person, src)
        w.q(person, RDF_TYPE, f"<{FOAF}Person>", src)
        w.q(person, f"<{FOAF}name>", lit(name), src)
        mentions.append((person, name))
    if signed:
        event = f"<{ID}event/bench-{i:07d}/0>"
        w.q(agreement, f"<{V}signingEvent>", event, src)
        w.q(event, RDF_TYPE, f"<{V}SigningEvent>", src)
        w.q(event, f"<{V}eventDate>", typed(date, "date"), src)
    clauses = rng.randint(5, 15)
    w.q(agreement, f"<{V}declaredClauseCount>", typed(clauses, "integer"), src)
    for n in range(1, clauses + 1):
        clause = f"{agreement[:-1]}/noi-dung/{n}>"
        w.q(agreement, f"<{ELI}has_part>", clause, src)
        w.q(clause, RDF_TYPE, f"<{V}Clause>", src)
        w.q(clause, f"<{ELI}is_part_of>", agreement, src)
        w.q(clause, f"<{ELI}number>", lit(str(n), None), src)
        w.q(clause, f"<{V}clauseText>", lit(rng.choice(CLAUSE_TEMPLATES).format(year=year)), src)
        if world.projects and rng.random() < 0.3:
            w.q(clause, f"<{V}mentions>", rng.choice(world.projects)[0], src)
    mentions.append((agreement, "chương trình hợp tác"))


def legal_document_quads(world, w, rng, src, i, year, date, mentions) -> None:  # type: ignore[no-untyped-def]
    code, name, key = world.provinces[rng.randrange(len(world.provinces))]
    doctype = rng.choice(DOC_TYPES)
    number = str(i // 4 + 1)
    issuer = f"UBND-{rng.choice(('KGVX', 'KT', 'NC', 'VP'))}"
    doc = f"<{ELI_D}vn/{slug(issuer)}-{key}/{year}/{doctype}/{number}>"
    w.q(doc, RDF_TYPE, f"<{ELI}LegalResource>", src)
    w.q(doc, f"<{ELI}id_local>", lit(f"{number}/{issuer}", None), src)
    w.q(doc, f"<{ELI}number>", lit(number, None), src)
    w.q(doc, f"<{ELI}type_document>", f"<{ID}doctype/{doctype}>", src)
    w.q(doc, f"<{V}issuerCode>", lit(issuer, None), src)
    w.q(doc, f"<{ELI}date_document>", typed(date, "date"), src)
    w.q(doc, f"<{ELI}passed_by>", world.committees[int(code) % len(world.committees)], src)
    w.q(doc, f"<{ELI}title>", lit(f"Về việc triển khai nhiệm vụ khoa học và công nghệ năm {year} tại {name}"), src)
    recent = world.documents[-1000:]
    for cited in sorted({rng.choice(recent) for _ in range(rng.randint(1, 3))} if recent else set()):
        w.q(doc, f"<{ELI}cites>", cited, src)
    world.documents.append(doc)
    mentions.append((doc, f"{number}/{issuer}"))


def report_quads(world, w, rng, src, i, year, date, mentions) -> None:  # type: ignore[no-untyped-def]
    index = rng.randrange(len(world.provinces))
    code, name, key = world.provinces[index]
    place = f"<{ID}place/vn/pre2025/province/{code}>"
    kind_class, kind_label = rng.choice(PROJECT_KINDS)
    project = f"<{ID}project/{slug(kind_label)}-{key}-{i}>"
    w.q(project, RDF_TYPE, f"<{V}{kind_class}>", src)
    w.q(project, f"<{SKOS}prefLabel>", lit(f"{kind_label} {name} số {i}"), src)
    w.q(project, f"<{V}location>", place, src)
    budget = f"_:b{i}"
    w.q(project, f"<{V}budget>", budget, src)
    w.q(budget, RDF_TYPE, f"<{SCHEMA}MonetaryAmount>", src)
    w.q(budget, f"<{SCHEMA}value>", typed(rng.randint(1, 500) * 1_000_000_000, "decimal"), src)
    w.q(budget, f"<{SCHEMA}currency>", lit("VND", None), src)
    if world.documents:
        w.q(project, f"<{V}foundingDocument>", rng.choice(world.documents[-1000:]), src)
    w.q(project, f"<{V}operator>", world.departments[index * len(DEPARTMENTS)][0], src)
    world.projects.append((project, index))
    world.projects = world.projects[-2000:]
    mentions.append((project, f"{kind_label} {name}"))
    for n in range(rng.randint(5, 15)):
        obs = f"<{ID}obs/bench-{i:07d}/{n}>"
        measure, unit = rng.choice(MEASURES)
        w.q(obs, RDF_TYPE, f"<{QB}Observation>", src)
        w.q(obs, f"<{V}measure>", f"<{ID}measure/{measure}>", src)
        w.q(obs, f"<{SDMX}measure#obsValue>", typed(rng.randint(1, 5000), "decimal"), src)
        w.q(obs, f"<{SDMX}attribute#unitMeasure>", lit(unit), src)
        w.q(obs, f"<{SDMX}dimension#refArea>", place, src)
        w.q(obs, f"<{SDMX}dimension#refPeriod>", typed(year, "gYear"), src)
        mentions.append((obs, f"{rng.randint(1, 5000)} {unit}"))


def membership_quads(world, w, rng, src, i, year, date, mentions) -> None:  # type: ignore[no-untyped-def]
    for _ in range(rng.randint(3, 8)):
        k = rng.randrange(world.people)
        person, name = world.person(k)
        org_iri = world.departments[(k + year // 5) % len(world.departments)][0]  # posts change every term
        role = "giam-doc" if rng.random() < 0.3 else "pho-giam-doc"
        org_key = org_iri.rsplit("/", 1)[1][:-1]
        post = f"<{ID}post/{org_key}/{role}>"
        membership = f"<{ID}membership/{slug(name)}-{k}/{org_key}/{role}>"
        start = year - year % 5 + 1
        interval = f"<{ID}period/{start}-{start + 5}>"
        w.q(person, RDF_TYPE, f"<{FOAF}Person>", src)
        w.q(person, f"<{FOAF}name>", lit(name), src)
        w.q(post, RDF_TYPE, f"<{ORG}Post>", src)
        w.q(post, f"<{ORG}postIn>", org_iri, src)
        w.q(post, f"<{ORG}role>", f"<{ID}role/{role}>", src)
        w.q(membership, RDF_TYPE, f"<{ORG}Membership>", src)
        w.q(membership, f"<{ORG}member>", person, src)
        w.q(membership, f"<{ORG}organization>", org_iri, src)
        w.q(membership, f"<{ORG}role>", f"<{ID}role/{role}>", src)
        w.q(membership, f"<{V}viaPost>", post, src)
        w.q(membership, f"<{V}observedInPost>", typed(date, "date"), src)
        w.q(membership, f"<{ORG}memberDuring>", interval, src)
        w.q(interval, RDF_TYPE, f"<{TIME}Interval>", src)
        mentions.append((person, name))


def generate(target: int, out_path: Path) -> dict[str, object]:
    world = World(target)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8", buffering=1 << 20) as out:
        w = Writer(out)
        world.write_reference(w)
        sources = 0
        while w.count < target:
            source_quads(world, w, sources)
            sources += 1
    tmp.replace(out_path)
    manifest = {"target": target, "quads": w.count, "sources": sources,
                "graphs": 1 + 2 * sources, "people": world.people, "file": out_path.name}
    out_path.with_suffix(".json").write_text(json.dumps(manifest, indent=2))
    return manifest


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("scales", nargs="+", help="10k, 100k, 1m, 10m or a number of quads")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    for scale in args.scales:
        target = parse_scale(scale)
        manifest = generate(target, args.out / f"vnst-{scale.lower()}.nq")
        print(json.dumps(manifest))


if __name__ == "__main__":
    main()
