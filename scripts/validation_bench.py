#!/usr/bin/env python
"""Validation and OWL RL closure speed: the bundled corpus and generated graphs.

Generates (deterministically, seed 42) a graph in the vnst data model of about N triples
per size: sources with organisations, people, posts, memberships, a signed agreement with
its clauses and signing event, legal documents, figures, and provenance annotations; a
known number of problems is seeded. Each phase runs in a fresh process so its peak RSS is
its own. Prints, per size: triples, validation time and peak RSS (shapes compiled to
SPARQL on the store, plus the cross-source checks), results found, closure time and peak.

    .venv/bin/python scripts/validation_bench.py --sizes 100000,1000000 [--pyshacl]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
B = "https://w3id.org/vnst/"
V = B + "def#"
ORG, FOAF, ELI, PROV = "http://www.w3.org/ns/org#", "http://xmlns.com/foaf/0.1/", \
    "http://data.europa.eu/eli/ontology#", "http://www.w3.org/ns/prov#"
OA, TIME, SKOS = "http://www.w3.org/ns/oa#", "http://www.w3.org/2006/time#", \
    "http://www.w3.org/2004/02/skos/core#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
QB, SDMX = "http://purl.org/linked-data/cube#", "http://purl.org/linked-data/sdmx/2009/measure#obsValue"
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"]
MIDDLE = ["Văn", "Thị", "Ngọc", "Thành", "Hoàng", "Minh", "Anh", "Đức"]
GIVEN = ["Hè", "Tín", "Đạt", "Trường", "Giang", "Lan", "Minh", "Hùng", "Dũng", "Hà"]
PROVINCES = ["Cần Thơ", "An Giang", "Hậu Giang", "Sóc Trăng", "Vĩnh Long", "Đồng Tháp", "Kiên Giang"]


def iri(text: str) -> str:
    return f"<{text}>"


def lit(text: str, *, lang: str | None = None, dt: str | None = None) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"@{lang}' if lang else (f'"{escaped}"^^<{XSD}{dt}>' if dt else f'"{escaped}"')


def generate(target: int) -> tuple[bytes, dict[str, int]]:
    """N-Quads of about ``target`` triples, and the problems seeded per kind."""
    rng = random.Random(42)
    lines: list[str] = []
    seeded = {"MembershipOrderCheck": 0, "ComponentSumCheck": 0, "VariantSpellingCheck": 0,
              "AgreementShape party": 0}
    i = 0
    while len(lines) < target:
        sid = f"gen-{i:06d}"
        src, prv = iri(f"{B}graph/src/{sid}"), iri(f"{B}graph/prov/{sid}")
        resolver = iri(f"{B}graph/resolver")

        def q(s: str, p: str, o: str, g: str = src) -> None:
            lines.append(f"{s} {p} {o} {g} .")

        province = PROVINCES[i % len(PROVINCES)] + f" {i // len(PROVINCES)}"
        key = f"p{i}"
        committee, dept = iri(f"{B}id/org/ubnd-{key}"), iri(f"{B}id/org/so-khcn-{key}")
        ministry = iri(f"{B}id/org/bo-khoa-hoc-va-cong-nghe")
        for org, cls, name in ((committee, "PeoplesCommittee", f"Ủy ban nhân dân tỉnh {province}"),
                               (dept, "Department", f"Sở Khoa học và Công nghệ tỉnh {province}"),
                               (ministry, "Ministry", "Bộ Khoa học và Công nghệ")):
            q(org, iri(RDF_TYPE), iri(V + cls))
            q(org, iri(RDF_TYPE), iri(ORG + "Organization"))
            q(org, iri(SKOS + "prefLabel"), lit(name, lang="vi"))
        q(dept, iri(ORG + "subOrganizationOf"), committee)
        text = f"Văn bản số {i} về hợp tác khoa học và công nghệ tỉnh {province}. "
        people = []
        for n, (org, role) in enumerate(((committee, "chu-tich"), (committee, "pho-chu-tich"),
                                         (dept, "giam-doc"), (dept, "pho-giam-doc"))):
            name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)} {i}-{n}"
            person = iri(f"{B}id/person/p{i}-{n}")
            people.append((person, name))
            q(person, iri(RDF_TYPE), iri(FOAF + "Person"))
            q(person, iri(FOAF + "name"), lit(name, lang="vi"))
            post = iri(f"{B}id/post/{org[1:-1].rsplit('/', 1)[-1]}/{role}")
            q(post, iri(RDF_TYPE), iri(ORG + "Post"))
            q(post, iri(ORG + "postIn"), org)
            q(post, iri(ORG + "role"), iri(f"{B}id/role/{role}"))
            member = iri(f"{B}id/membership/p{i}-{n}/{role}")
            for p, o in ((RDF_TYPE, iri(ORG + "Membership")), (ORG + "member", person),
                         (ORG + "organization", org), (ORG + "role", iri(f"{B}id/role/{role}")),
                         (V + "viaPost", post), (V + "observedInPost", lit("2022-06-21", dt="date"))):
                q(member, iri(p), o)
            start, end = ("2021-01-01", "2020-01-01") if n == 0 and i % 100 == 7 else ("2021-01-01", "2026-12-31")
            seeded["MembershipOrderCheck"] += start > end
            term = f"_:t{i}x{n}"
            q(member, iri(ORG + "memberDuring"), term)
            q(term, iri(RDF_TYPE), iri(TIME + "Interval"))
            q(term, iri(TIME + "hasBeginning"), f"_:b{i}x{n}")
            q(f"_:b{i}x{n}", iri(TIME + "inXSDDate"), lit(start, dt="date"))
            q(term, iri(TIME + "hasEnd"), f"_:e{i}x{n}")
            q(f"_:e{i}x{n}", iri(TIME + "inXSDDate"), lit(end, dt="date"))
            text += f"{name} giữ chức vụ. "
        agreement = iri(f"{B}id/agreement/bo-khoa-hoc-va-cong-nghe--ubnd-{key}/2022-2025")
        period = iri(f"{B}id/period/2022-2025")
        q(agreement, iri(RDF_TYPE), iri(V + "CooperationAgreement"))
        q(agreement, iri(ELI + "title"), lit(f"Chương trình hợp tác với tỉnh {province}", lang="vi"))
        q(agreement, iri(V + "party"), ministry)
        if i % 200 != 11:
            q(agreement, iri(V + "party"), committee)
        else:
            seeded["AgreementShape party"] += 1
        q(agreement, iri(V + "period"), period)
        q(period, iri(RDF_TYPE), iri(TIME + "Interval"))
        q(period, iri(TIME + "hasBeginning"), iri(f"{B}id/instant/2022"))
        q(period, iri(TIME + "hasEnd"), iri(f"{B}id/instant/2025"))
        q(iri(f"{B}id/instant/2022"), iri(TIME + "inXSDgYear"), lit("2022", dt="gYear"))
        q(iri(f"{B}id/instant/2025"), iri(TIME + "inXSDgYear"), lit("2025", dt="gYear"))
        q(agreement, iri(V + "status"), iri(f"{B}id/status/signed"))
        q(agreement, iri(V + "signatory"), people[0][0])
        q(agreement, iri(V + "declaredClauseCount"), lit("6", dt="integer"))
        event = iri(f"{B}id/event/{sid}/1")
        q(agreement, iri(V + "signingEvent"), event)
        q(event, iri(RDF_TYPE), iri(V + "SigningEvent"))
        q(event, iri(V + "eventDate"), lit("2022-10-22", dt="date"))
        for c in range(1, 7):
            clause = iri(f"{agreement[1:-1]}/noi-dung/{c}")
            q(agreement, iri(ELI + "has_part"), clause)
            q(clause, iri(RDF_TYPE), iri(V + "Clause"))
            q(clause, iri(ELI + "is_part_of"), agreement)
            q(clause, iri(ELI + "number"), lit(str(c)))
            q(clause, iri(V + "section"), lit("II"))
            q(clause, iri(V + "clauseText"), lit(f"Nội dung hợp tác số {c} về chuyển giao công nghệ.", lang="vi"))
            q(clause, iri(V + "mentions"), dept)
        doc = iri(f"{B}eli/vn/ubnd-kgvx/2021/cv/{1000 + i}")
        for p, o in ((RDF_TYPE, iri(ELI + "LegalResource")), (ELI + "id_local", lit(f"{1000 + i}/UBND-KGVX")),
                     (ELI + "number", lit(str(1000 + i))), (ELI + "type_document", iri(f"{B}id/doctype/cv")),
                     (V + "issuerCode", lit("UBND-KGVX")), (ELI + "date_document", lit("2021-08-31", dt="date")),
                     (ELI + "passed_by", committee)):
            q(doc, iri(p), o)
        total = iri(f"{B}id/obs/{sid}/1")
        parts = [rng.randint(1, 500) for _ in range(4)]
        stated = sum(parts) - (7 if i % 250 == 3 else 0)
        seeded["ComponentSumCheck"] += i % 250 == 3
        for n, value in enumerate([stated] + parts):
            obs = iri(f"{B}id/obs/{sid}/{n + 1}")
            q(obs, iri(RDF_TYPE), iri(QB + "Observation"))
            q(obs, iri(V + "measure"), iri(f"{B}id/measure/m{n}"))
            q(obs, iri(SDMX), lit(str(value), dt="decimal"))
            if n:
                q(obs, iri(V + "componentOf"), total)
        source = iri(f"{B}source/{sid}")
        q(source, iri(RDF_TYPE), iri(V + "SourceDocument"), prv)
        q(source, iri(V + "text"), lit(text), prv)
        q(source, iri(V + "sha256"), lit(f"{i:064x}"), prv)
        for n, (person, name) in enumerate(people):
            ann, span = iri(f"{B}id/annotation/{sid}/{n}"), f"_:g{i}x{n}"
            start = text.index(name)
            q(ann, iri(RDF_TYPE), iri(OA + "Annotation"), prv)
            q(ann, iri(OA + "hasBody"), person, prv)
            q(ann, iri(OA + "hasTarget"), span, prv)
            q(span, iri(OA + "hasSource"), source, prv)
            q(span, iri(OA + "hasSelector"), f"_:q{i}x{n}", prv)
            q(f"_:q{i}x{n}", iri(RDF_TYPE), iri(OA + "TextQuoteSelector"), prv)
            q(f"_:q{i}x{n}", iri(OA + "exact"), lit(name), prv)
            q(span, iri(OA + "hasSelector"), f"_:s{i}x{n}", prv)
            q(f"_:s{i}x{n}", iri(OA + "start"), lit(str(start), dt="integer"), prv)
            q(f"_:s{i}x{n}", iri(OA + "end"), lit(str(start + len(name)), dt="integer"), prv)
        if i % 500 == 5 and i:
            merge = iri(f"{B}id/merge/m{i}")
            q(merge, iri(RDF_TYPE), iri(V + "Merge"), resolver)
            q(merge, iri(V + "mergedEntity"), people[1][0], resolver)
            q(merge, iri(V + "mergedEntity"), iri(f"{B}id/person/p{i - 1}-1"), resolver)
            q(merge, iri(V + "canonicalEntity"), people[1][0], resolver)
            q(merge, iri(V + "mergeKind"), lit("variant-spelling"), resolver)
            seeded["VariantSpellingCheck"] += 1
        i += 1
    return ("\n".join(lines) + "\n").encode("utf-8"), seeded


def child(phase: str, size: int) -> dict:
    sys.path.insert(0, str(REPO))
    from vnst.graph.embedded import OxigraphStore

    store = OxigraphStore(None)
    started = time.monotonic()
    if phase.startswith("corpus"):
        from vnst.api.cli import after_load
        from vnst.loaders import load_file
        from vnst.settings import Settings

        for path in sorted((REPO / "corpus").glob("*.txt")):
            batch = load_file(path)
            store.replace_graphs(batch.graphs, payloads=batch.payloads)
        after_load(store, settings=Settings())
        seeded: dict[str, int] = {}
    else:
        data, seeded = generate(size)
        store.import_data(data, format="nquads")
        del data
    loaded = time.monotonic() - started
    triples = sum(info.triples for info in store.graphs())
    started = time.monotonic()
    if phase.endswith("closure"):
        from vnst.graph.reasoning import recompute

        stats = recompute(store)
        extra = {"inferred": stats.inferred_triples}
    else:
        from vnst.shapes import validate

        report = validate(store, engine="pyshacl" if phase.endswith("pyshacl") else "sparql")
        found: dict[str, int] = {}
        for result in report.results:
            name = result.shape.rsplit("#", 1)[-1]
            found[name] = found.get(name, 0) + 1
        extra = {"counts": report.counts, "seeded": seeded,
                 "found": {k: found.get(k.split()[0], 0) for k in seeded}, "engine": report.engine}
    elapsed = time.monotonic() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"phase": phase, "size": size, "triples": triples, "load_s": round(loaded, 2),
            "seconds": round(elapsed, 2), "peak_mib": round(peak), **extra}


def run(phase: str, size: int) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", phase, str(size)],
                         capture_output=True, text=True, check=False)
    if out.returncode != 0:
        return {"phase": phase, "size": size, "error": out.stderr.strip().splitlines()[-1:]}
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100000,1000000", help="comma-separated triple counts")
    parser.add_argument("--pyshacl", action="store_true", help="also time pyshacl (slow above 100k)")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child[0], int(args.child[1]))))
        return
    phases = [("corpus-validate", 0), ("corpus-pyshacl", 0), ("corpus-closure", 0)]
    for size in (int(s) for s in args.sizes.split(",")):
        phases += [("validate", size), ("closure", size)]
        if args.pyshacl:
            phases.append(("validate-pyshacl", size))
    for phase, size in phases:
        result = run(phase, size)
        print(json.dumps(result, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
