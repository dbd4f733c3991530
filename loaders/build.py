"""One text -> its facts graph and annotations: organisations, places, people and posts,
legal documents, agreements and clauses, projects, figures and events."""

from __future__ import annotations

import re
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS, TIME, XSD

from vnst.batch import LoadWarning
from vnst.loaders.adminunits import find_places
from vnst.loaders.agreements import Agreement, sentences
from vnst.loaders.clauses import Clause
from vnst.loaders.annotate import Annotator
from vnst.loaders.emit import Emitter, legal_iri_and_types
from vnst.loaders.extract import LegalMention, Mentions
from vnst.loaders.orgs import OrgMention
from vnst.loaders.projects import project_details
from vnst.loaders.places import MERGER
from vnst.loaders.sources import SourceRef
from vnst.loaders.vietnamese import WS1, parse_amount
from vnst.ontology import ELI, ID, ORG, SCHEMA, STATUS, VNST


def build_facts(ref: SourceRef, m: Mentions, annotator: Annotator) -> tuple[Graph, list[LoadWarning]]:
    e = Emitter(ref, m, annotator)
    g = e.g
    orgs = {o.start: e.org(o) for o in m.orgs}
    _units_of_ministries(e, m)
    places = [(p, e.place(p)) for p in m.places]
    if m.home is not None:
        e.home_place = next((iri for p, iri in places if p.level == "province" and p.name == m.home.name), None)
    for p in m.people:
        org_iri = ID[f"org/{p.org.key}"] if p.org else None
        if p.org is not None and p.org.start not in orgs:
            org_iri = e.org(p.org) if p.org.end > p.org.start else org_iri
        e.person(p, org_iri, m.observed)
    legal = _legal(e, m)
    agreements = [_agreement(e, m, index, a, legal) for index, a in m.agreements]
    _projects(e, m, legal)
    e.figures(m.figures)
    _events(e, m, agreements)
    warnings = [LoadWarning(ref.path, note, m.text.count("\n", 0, offset) + 1) for offset, note in m.notes]
    if not len(g):
        warnings.append(LoadWarning(ref.path, "no facts recognised; stored as a source only"))
    return g, warnings


def _units_of_ministries(e: Emitter, m: Mentions) -> None:
    """'Vụ X, Bộ Y': a ministry's department; with one ministry in the text, a 'Vụ' is its unit."""
    ministries = {o.key: o for o in m.orgs if o.cls == "Ministry"}
    for i, o in enumerate(m.orgs):
        if o.cls != "MinistryUnit" or o.parent:
            continue
        following = m.orgs[i + 1] if i + 1 < len(m.orgs) else None
        parent = None
        if following and following.cls == "Ministry" and m.text[o.end:following.start].strip() in (",", "-", "thuộc"):
            parent = following
        elif len(ministries) == 1 and o.name.startswith("Vụ "):
            parent = next(iter(ministries.values()))
        if parent is not None:
            e.g.add((ID[f"org/{o.key}"], ORG.unitOf, ID[f"org/{parent.key}"]))
            e.g.add((ID[f"org/{o.key}"], ORG.subOrganizationOf, ID[f"org/{parent.key}"]))


def _legal(e: Emitter, m: Mentions) -> dict[str, URIRef]:
    """Legal documents by id_local: one entity per number, dated where any mention dates it."""
    dated = {}
    for mention in m.legal:
        if mention.issued:
            dated.setdefault(mention.number.written_normalised, mention.issued)
    iris: dict[str, URIRef] = {}
    locality = _province_code(m)
    for mention in m.legal:
        key = mention.number.written_normalised
        issued = dated.get(key)
        iri = iris.setdefault(key, mention.number.iri(issued, locality=locality))
        legal_iri_and_types(e.g, iri, mention.number, issued)
        if mention.issuer is not None:
            e.g.add((iri, ELI.passed_by, ID[f"org/{mention.issuer.key}"]))
        e.ann.mark(iri, mention.start, mention.end)
    for header in (l for l in m.legal if l.header):
        own = iris[header.number.written_normalised]
        for other in m.legal:
            if other.segment == header.segment and not other.header:
                # (the other party's number of the same text is related to it, not cited by it)
                e.g.add((own, ELI.related_to if other.co_number else ELI.cites, iris[other.number.written_normalised]))
        signers = [p for p in m.people if p.signature and m.segments[header.segment].start <= p.start
                   < m.segments[header.segment].end]
        for signer in signers:
            e.g.add((own, ELI.passed_by, ID[f"person/{signer.slug}"]))
        _clauses(e, m, own, m.tasks.get(header.segment, []), path="nhiem-vu")
    for index, tasks in m.tasks.items():
        annexed = None if any(l.header and l.segment == index for l in m.legal) else _annexed_to(m, index)
        if annexed is not None:
            # a programme issued with a decision ('Ban hành kèm theo Quyết định số ...') and numbered by it
            _clauses(e, m, iris[annexed.number.written_normalised], tasks, path="nhiem-vu")
    return iris


_ANNEXED = re.compile(r"(?i:kèm" + WS1 + r"theo)" + WS1 + r"(?i:quyết" + WS1 + r"định|nghị" + WS1 + r"quyết)" + WS1
                      + r"(?i:số)" + WS1)


def _annexed_to(m: Mentions, index: int) -> LegalMention | None:
    """The decision or resolution an unnumbered segment says, near its top, it was issued with."""
    seg = m.segments[index]
    said = _ANNEXED.search(m.text, seg.start, min(seg.end, seg.start + 1500))
    return next((l for l in m.legal if said and l.start == said.end()), None) if said else None


def _province_code(m: Mentions) -> str | None:
    """The official code of the document's own province, in the era of its date."""
    if m.home is None:
        return None
    when = m.issued or m.observed
    era = "2025" if when is not None and when >= MERGER else "pre2025"
    units = find_places(m.home.name, level="province", era=era)
    return units[0].code if len(units) == 1 else None


def _agreement(e: Emitter, m: Mentions, index: int, a: Agreement, legal: dict[str, URIRef]) -> URIRef:
    g = e.g
    tail = "/draft" if a.draft else ""
    dated = a.start_year is not None and a.end_year is not None
    when = f"{a.start_year}-{a.end_year}" if dated else (
        f"ky-ngay-{a.signing_date.value.isoformat()}" if a.signing_date and a.signing_date.value
        else "chua-ro-giai-doan")
    iri = ID[f"agreement/{'--'.join(a.party_keys)}/{when}{tail}"]
    g.add((iri, RDF.type, VNST.CooperationAgreement))
    g.add((iri, ELI.title, e.lit(a.title)))
    for party in a.parties:
        party_iri = ID[f"org/{party.key}"]
        if party.start not in {o.start for o in m.orgs}:
            e.org(party)
        g.add((iri, VNST.party, party_iri))
    period = ID[f"period/{a.start_year}-{a.end_year}"] if dated else None
    if period is not None:
        g.add((iri, VNST.period, period))
        g.add((period, RDF.type, TIME.Interval))
        for prop, year in ((TIME.hasBeginning, a.start_year), (TIME.hasEnd, a.end_year)):
            instant = ID[f"period/{a.start_year}-{a.end_year}/{'begin' if prop == TIME.hasBeginning else 'end'}"]
            g.add((period, prop, instant))
            g.add((instant, TIME.inXSDgYear, Literal(str(year), datatype=XSD.gYear)))
    status = "draft" if a.draft else "signed" if a.signed else None
    if status:
        g.add((iri, VNST.status, STATUS[status]))
    for s, t in a.spans:
        e.ann.mark(iri, s, t)
        if period is not None:
            e.ann.mark(period, s, t)
    for p in a.signatories:
        g.add((iri, VNST.signatory, ID[f"person/{p.slug}"]))
    for p in a.intended:
        g.add((iri, VNST.intendedSignatory, ID[f"person/{p.slug}"]))
    if a.declared_clauses:
        count, s, t = a.declared_clauses
        g.add((iri, VNST.declaredClauseCount, Literal(count)))
        e.ann.mark(iri, s, t)
    if a.declared_fields:
        count, s, t = a.declared_fields
        g.add((iri, VNST.declaredFieldCount, Literal(count)))
        for name in a.fields:
            g.add((iri, VNST.coversField, e.lit(name)))
        e.ann.mark(iri, s, t)
    seg = m.segments[index]
    for mention in m.legal:
        if seg.start <= mention.start < seg.end and not mention.header:
            g.add((iri, ELI.cites, legal[mention.number.written_normalised]))
    if index > 0:
        letter = next((legal[l.number.written_normalised] for l in m.legal if l.header and l.segment == 0), None)
        if letter is not None:
            g.add((letter, DCTERMS.hasPart, iri))
            g.add((iri, DCTERMS.isPartOf, letter))
    _clauses(e, m, iri, a.clauses, path="noi-dung")
    return iri


def _clauses(e: Emitter, m: Mentions, iri: URIRef, clauses: list[Clause], *, path: str) -> None:
    """An agreement's numbered contents ('noi-dung') or a plan's numbered tasks ('nhiem-vu')."""
    g = e.g
    for clause in clauses:
        c = URIRef(f"{iri}/{path}/{clause.number}")
        g.add((c, RDF.type, VNST.Clause))
        g.add((c, ELI.is_part_of, iri))
        g.add((iri, ELI.has_part, c))
        g.add((c, ELI.number, Literal(str(clause.number))))
        if clause.section:   # (tasks a sentence announces stand under no section)
            g.add((c, VNST.section, Literal(clause.section)))
        g.add((c, VNST.clauseText, e.lit(clause.text)))
        for o in clause.orgs:
            g.add((c, VNST.mentions, ID[f"org/{o.key}"]))
        for p in m.projects:
            if any(clause.start <= s < clause.end for s, _ in p.spans):
                g.add((c, VNST.mentions, ID[f"project/{p.key}"]))
        e.ann.mark(c, clause.start, clause.end)


def _projects(e: Emitter, m: Mentions, legal: dict[str, URIRef]) -> None:
    g = e.g
    for p in m.projects:
        iri = ID[f"project/{p.key}"]
        g.add((iri, RDF.type, VNST[p.cls]))
        g.add((iri, SKOS.prefLabel, e.lit(p.name)))
        for written in set(p.written) - {p.name}:
            g.add((iri, SKOS.altLabel, e.lit(written)))
        for s, t in p.spans:
            e.ann.mark(iri, s, t)
        if p.item is None:
            continue
        start, end = p.item
        area = next((f for f in m.figures if start <= f.start < end and f.unit == "ha"), None)
        if area:
            node = URIRef(f"{iri}/area")
            g.add((iri, VNST.area, node))
            g.add((node, RDF.type, SCHEMA.QuantitativeValue))
            g.add((node, SCHEMA.value, Literal(area.value, datatype=XSD.decimal)))
            g.add((node, SCHEMA.unitCode, Literal("HAR")))
            e.ann.mark(node, area.start, area.end)
        doc = next((l for l in m.legal if start <= l.start < end), None)
        if doc:
            g.add((iri, VNST.foundingDocument, legal[doc.number.written_normalised]))
        place = next((pl for pl in m.places if start <= pl.start < end and pl.level in ("commune", "district")), None)
        if place:
            g.add((iri, VNST.location, e._place_iri(place.level, place.name)))
        details = project_details(m.text, p.item)
        if "budget" in details:
            num, mult, s, t = details["budget"]
            node = URIRef(f"{iri}/budget")
            g.add((iri, VNST.budget, node))
            g.add((node, RDF.type, SCHEMA.MonetaryAmount))
            g.add((node, SCHEMA.value, Literal(parse_amount(num, mult) or Decimal(0), datatype=XSD.decimal)))
            g.add((node, SCHEMA.currency, Literal("VND")))
            e.ann.mark(node, s, t)
        if "investor" in details:
            s, t = details["investor"]
            who = next((o for o in m.orgs if s <= o.start < t), None)
            if who:
                g.add((iri, VNST.investor, ID[f"org/{who.key}"]))
    for p in m.projects:
        for s, t in p.spans:
            line_end = m.text.find("\n\n", t)
            site = _site(m.text, t, line_end if line_end > 0 else len(m.text))
            if site:
                g.add((ID[f"project/{p.key}"], VNST.website, URIRef(f"http://{site.lower()}/")))


def _site(text: str, start: int, end: int) -> str | None:
    from vnst.loaders.projects import _WEBSITE
    hit = _WEBSITE.search(text, start, min(end, start + 200))
    return hit.group("site") if hit else None


def _events(e: Emitter, m: Mentions, agreements: list[URIRef]) -> None:
    g = e.g
    n = 0
    for (_, a), iri in zip(m.agreements, agreements):
        if not a.signed:
            continue
        n += 1
        event = ID[f"event/{e.ref.id}/{n}"]
        g.add((event, RDF.type, VNST.SigningEvent))
        g.add((iri, VNST.signingEvent, event))
        when = a.signing_date.value if a.signing_date else None
        if when:
            g.add((event, VNST.eventDate, Literal(when, datatype=XSD.date)))
            g.add((iri, VNST.signingDate, Literal(when, datatype=XSD.date)))
        if a.signing_place:
            s, t = a.signing_place
            g.add((event, PROV.atLocation, e.lit(" ".join(m.text[s:t].split()))))
        for p in a.signatories:
            g.add((event, PROV.wasAssociatedWith, ID[f"person/{p.slug}"]))
        s, t = a.spans[0]
        e.ann.mark(event, s, t)
    _visit(e, m, n)


_VISIT = re.compile(r"(?i:thăm" + WS1 + r"và" + WS1 + r"làm" + WS1 + r"việc|làm" + WS1 + r"việc" + WS1 + r"(?:với|tại)|"
                    r"đến" + WS1 + r"thăm)")


def _visit(e: Emitter, m: Mentions, n: int) -> None:
    """A news report of a working visit: who came (the first official of the sentence that
    names the visit), whom they visited (the organisation after 'với'/'tại'), when and who took part."""
    if m.kind != "news":
        return
    found = []
    for s, t in sentences(m.text, 0, min(len(m.text), 1500)):
        hit = _VISIT.search(m.text, s, t)
        if hit:
            visitor = next((p for p in m.people if s <= p.start < hit.start() and p.title), None)
            host = next((o for o in m.orgs if hit.start() <= o.start < t), None)
            if visitor is not None or host is not None:
                found.append((visitor is not None and host is not None, -s, s, t, visitor, host))
    if found:
        _, _, s, t, visitor, host = max(found)
        g = e.g
        event = ID[f"event/{e.ref.id}/{n + 1}"]
        g.add((event, RDF.type, VNST.WorkingVisit))
        if m.observed:
            g.add((event, VNST.eventDate, Literal(m.observed, datatype=XSD.date)))
        if visitor is not None:
            g.add((event, VNST.visitor, ID[f"person/{visitor.slug}"]))
        if host is not None:
            g.add((event, VNST.host, ID[f"org/{host.key}"]))
        for p in {p.slug for p in m.people if p.title}:
            g.add((event, PROV.wasAssociatedWith, ID[f"person/{p}"]))
        e.ann.mark(event, s, t)


def org_iri(o: OrgMention) -> URIRef:
    return ID[f"org/{o.key}"]


__all__ = ["build_facts", "org_iri"]
