"""Cross-document identity: a pure function from all sources' facts and provenance
graphs to the resolver graph (ontology/MODEL.md, "Identity across documents").

- truncated-name: 'Ngô Anh' beside the same post as 'Ngô Anh Tín' (one name's
  words begin the other's) -> one person, the longer name canonical.
- variant-spelling: names that fold to strings one letter apart ('Nguyễn Ngọc Hè' /
  'Nguyễn Ngọc Hà'), in the same post, observed within two years of each other ->
  one person; both spellings stay in their sources for validation to report.
- The same name in another post is already one IRI with two memberships: no merge.
- A signed agreement and a draft with the same parties and overlapping periods:
  the signed one ``prov:wasRevisionOf`` the draft, with the evidence.
Merges are ``vnst:Merge`` nodes plus ``vnst:sameEntityAs``; never ``owl:sameAs``."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, ORG, PROV, RDF, TIME

from vnst.ontology import ID, OA, STATUS, VNST
from vnst.textnorm import fold

MAX_GAP_DAYS = 730


@dataclass
class PersonFacts:
    iri: URIRef
    names: set[str] = field(default_factory=set)
    posts: dict[tuple[URIRef, URIRef], set[date]] = field(default_factory=dict)   # (org, role) -> dates
    annotations: set[URIRef] = field(default_factory=set)


@dataclass
class AgreementFacts:
    iri: URIRef
    parties: frozenset[URIRef]
    years: tuple[int, int]
    status: URIRef | None
    annotations: set[URIRef] = field(default_factory=set)


def resolve(sources: Mapping[str, tuple[Graph, Graph]]) -> Graph:
    """``sources``: source id -> (facts graph, provenance graph). Returns the resolver graph."""
    people: dict[URIRef, PersonFacts] = {}
    agreements: dict[URIRef, AgreementFacts] = {}
    for facts, prov in sources.values():
        bodies: dict[URIRef, set[URIRef]] = {}
        for ann, _, body in prov.triples((None, OA.hasBody, None)):
            bodies.setdefault(body, set()).add(ann)
        _collect_people(facts, bodies, people)
        _collect_agreements(facts, bodies, agreements)
    out = Graph()
    _merge_people(out, people)
    _link_agreements(out, agreements)
    return out


def _collect_people(facts: Graph, bodies: dict, people: dict[URIRef, PersonFacts]) -> None:
    for person in facts.subjects(RDF.type, FOAF.Person):
        entry = people.setdefault(person, PersonFacts(person))
        entry.names.update(str(n) for n in facts.objects(person, FOAF.name))
        entry.annotations |= bodies.get(person, set())
        for membership in facts.subjects(ORG.member, person):
            org, role = facts.value(membership, ORG.organization), facts.value(membership, ORG.role)
            if org is None or role is None:
                continue
            seen = entry.posts.setdefault((org, role), set())
            seen.update(d.toPython() for d in facts.objects(membership, VNST.observedInPost)
                        if isinstance(d.toPython(), date))


def _collect_agreements(facts: Graph, bodies: dict, agreements: dict[URIRef, AgreementFacts]) -> None:
    for agreement in facts.subjects(RDF.type, VNST.CooperationAgreement):
        period = facts.value(agreement, VNST.period)
        years = []
        for prop in (TIME.hasBeginning, TIME.hasEnd):
            instant = facts.value(period, prop) if period is not None else None
            year = facts.value(instant, TIME.inXSDgYear) if instant is not None else None
            years.append(int(str(year)[:4]) if year is not None else None)
        if None in years:
            continue
        entry = agreements.setdefault(agreement, AgreementFacts(
            agreement, frozenset(facts.objects(agreement, VNST.party)), (years[0], years[1]),
            facts.value(agreement, VNST.status)))
        entry.annotations |= bodies.get(agreement, set())


def _words(name: str) -> list[str]:
    return fold(name).split()


def _one_apart(a: str, b: str) -> bool:
    """Folded names equal (they differ only in diacritics) or one edit apart."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _shared_post(a: PersonFacts, b: PersonFacts, *, within_days: int | None) -> tuple | None:
    for post in set(a.posts) & set(b.posts):
        if within_days is None:
            return post
        gaps = [abs((x - y).days) for x in a.posts[post] for y in b.posts[post]]
        if gaps and min(gaps) <= within_days:
            return post
    return None


def _pairs_sharing(entries: list, keys) -> list[tuple]:  # type: ignore[no-untyped-def]
    """Pairs of entries that share at least one key, each pair once, in a stable order.
    Every merge rule needs a shared post (people) or equal parties (agreements), so
    comparing only within those blocks finds the same pairs as comparing all of them,
    in time that grows with the block sizes instead of the square of the entries."""
    blocks: dict[object, list] = {}
    for entry in sorted(entries, key=lambda e: str(e.iri)):
        for key in keys(entry):
            blocks.setdefault(key, []).append(entry)
    pairs: dict[tuple[str, str], tuple] = {}
    for members in blocks.values():
        for a, b in combinations(members, 2):
            pairs.setdefault((str(a.iri), str(b.iri)), (a, b))
    return [pairs[key] for key in sorted(pairs)]


def _merge_people(out: Graph, people: dict[URIRef, PersonFacts]) -> None:
    for a, b in _pairs_sharing(list(people.values()), lambda p: p.posts):
        name_a, name_b = sorted(a.names)[0], sorted(b.names)[0]
        wa, wb = _words(name_a), _words(name_b)
        if len(wa) != len(wb) and min(len(wa), len(wb)) >= 2:
            short, long_ = (a, b) if len(wa) < len(wb) else (b, a)
            if _words(sorted(long_.names)[0])[:len(_words(sorted(short.names)[0]))] == \
                    _words(sorted(short.names)[0]) and _shared_post(a, b, within_days=MAX_GAP_DAYS):
                _merge(out, short, long_, "truncated-name",
                       "one name is the start of the other, same post", "tên viết tắt phần cuối, cùng chức vụ")
        elif len(wa) == len(wb) and wa[0] == wb[0] and name_a != name_b and _one_apart(" ".join(wa), " ".join(wb)):
            if _shared_post(a, b, within_days=MAX_GAP_DAYS):
                canonical, variant = (a, b) if len(a.annotations) >= len(b.annotations) else (b, a)
                _merge(out, variant, canonical, "variant-spelling",
                       "same post within two years, names differ by one letter or diacritic",
                       "cùng chức vụ trong vòng hai năm, tên khác nhau một chữ cái hoặc dấu")


def _merge(out: Graph, a: PersonFacts, canonical: PersonFacts, kind: str, en: str, vi: str) -> None:
    digest = hashlib.sha1(f"{kind}|{a.iri}|{canonical.iri}".encode()).hexdigest()[:16]
    merge = ID[f"merge/{digest}"]
    out.add((merge, RDF.type, VNST.Merge))
    out.add((merge, VNST.mergedEntity, a.iri))
    out.add((merge, VNST.mergedEntity, canonical.iri))
    out.add((merge, VNST.canonicalEntity, canonical.iri))
    out.add((merge, VNST.mergeKind, Literal(kind)))
    out.add((merge, VNST.reason, Literal(en, lang="en")))
    out.add((merge, VNST.reason, Literal(vi, lang="vi")))
    for ann in sorted(a.annotations | canonical.annotations):
        out.add((merge, PROV.wasDerivedFrom, ann))
    out.add((a.iri, VNST.sameEntityAs, canonical.iri))


def _link_agreements(out: Graph, agreements: dict[URIRef, AgreementFacts]) -> None:
    for a, b in _pairs_sharing(list(agreements.values()), lambda x: [x.parties]):
        if a.parties != b.parties or len(a.parties) < 2:
            continue
        if a.years[0] > b.years[1] or b.years[0] > a.years[1]:
            continue
        statuses = {a.status, b.status}
        if statuses == {STATUS.draft, STATUS.signed}:
            signed, draft = (a, b) if a.status == STATUS.signed else (b, a)
            out.add((signed.iri, PROV.wasRevisionOf, draft.iri))
            digest = hashlib.sha1(f"revision|{signed.iri}|{draft.iri}".encode()).hexdigest()[:16]
            node = ID[f"revision/{digest}"]
            out.add((node, RDF.type, PROV.Revision))
            out.add((signed.iri, PROV.qualifiedRevision, node))
            out.add((node, PROV.entity, draft.iri))
            out.add((node, VNST.reason, Literal(
                f"same parties, periods {draft.years[0]}-{draft.years[1]} (draft) and "
                f"{signed.years[0]}-{signed.years[1]} (signed) overlap", lang="en")))
            for ann in sorted(a.annotations | b.annotations):
                out.add((node, PROV.wasDerivedFrom, ann))
        elif a.iri != b.iri and a.status == b.status:
            out.add((a.iri, VNST.sameEntityAs, b.iri))


__all__ = ["resolve"]
