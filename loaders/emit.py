"""Mentions -> RDF: the facts graph of one source and its annotations (ontology/MODEL.md)."""

from __future__ import annotations

from datetime import date

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, RDF, SKOS, XSD
from rdflib.plugins.stores.memory import SimpleMemory

from vnst.loaders import adminunits
from vnst.loaders.annotate import Annotator
from vnst.loaders.extract import Mentions
from vnst.loaders.figures import Figure
from vnst.loaders.orgs import OrgMention
from vnst.loaders.people import PersonMention
from vnst.loaders.places import PlaceMention
from vnst.loaders.sources import SourceRef
from vnst.ontology import DOCTYPE, ELI, ERA, ID, MEASURE, ORG, QB, ROLE, SCHEMA, SDMX_ATTR, SDMX_DIM, SDMX_MEAS, VNST
from vnst.textnorm import slug

VNST_QB_OBS = QB.Observation
SDMX_VALUE = SDMX_MEAS.obsValue
SDMX_UNIT = SDMX_ATTR.unitMeasure
SDMX_AREA = SDMX_DIM.refArea
_LEVEL_CLASS = {"province": VNST.Province, "district": VNST.District, "commune": VNST.Commune,
                "region": VNST.Region}


class Emitter:
    """Builds the facts graph; every node it types gets an annotation."""

    def __init__(self, ref: SourceRef, m: Mentions, annotator: Annotator) -> None:
        self.ref, self.m, self.ann = ref, m, annotator
        self.g = Graph(store=SimpleMemory())   # (one source's named graph needs no context indexes: see sources.py)
        self.era = m.era
        self._place_cache: dict[tuple[str, str], URIRef] = {}
        self.home_place: URIRef | None = None
        self.names = _preferred_names(m)

    def lit(self, value: str) -> Literal:
        return Literal(value, lang="vi")

    # organisations --------------------------------------------------------------------------
    def org(self, o: OrgMention) -> URIRef:
        iri = ID[f"org/{o.key}"]
        g = self.g
        g.add((iri, RDF.type, VNST[o.cls]))
        g.add((iri, RDF.type, ORG.Organization))
        name = self.names.get(o.key, o.name)
        g.add((iri, SKOS.prefLabel, self.lit(name)))
        written = " ".join(self.m.text[o.start:o.end].split())
        if written != name:
            g.add((iri, SKOS.altLabel, self.lit(written)))
        if o.en:
            g.add((iri, SKOS.prefLabel, Literal(o.en, lang="en")))
        if o.parent:
            parent = ID[f"org/{slug(o.parent)}"]
            g.add((iri, ORG.subOrganizationOf, parent))
            if o.cls == "MinistryUnit":
                g.add((iri, ORG.unitOf, parent))
        self.ann.mark(iri, o.start, o.end)
        return iri

    # places ---------------------------------------------------------------------------------
    def place(self, p: PlaceMention) -> URIRef:
        iri = self._place_iri(p.level, p.name)
        self.g.add((iri, RDF.type, _LEVEL_CLASS[p.level]))
        self.g.add((iri, SKOS.prefLabel, self.lit(p.name)))
        self.ann.mark(iri, p.start, p.end)
        return iri

    def _place_iri(self, level: str, name: str) -> URIRef:
        key = (level, name)
        if key in self._place_cache:
            return self._place_cache[key]
        if level == "region":
            iri = adminunits.region_iri(name)
        else:
            within = self.m.home.name if self.m.home and level != "province" else None
            try:
                units = adminunits.find_places(name, level=level, within=within, era=self.era)
            except (ValueError, KeyError):
                units = []
            if len(units) == 1:
                unit = units[0]
                iri = adminunits.place_iri(unit)
                self.g.add((iri, VNST.officialCode, Literal(unit.code)))
                self.g.add((iri, VNST.era, ERA[unit.era]))
                parent = adminunits.parent(unit)
                if parent is not None:
                    self.g.add((iri, SCHEMA.containedInPlace, adminunits.place_iri(parent)))
            else:
                iri = ID[f"place/name/{level}-{slug(name)}"]
        self._place_cache[key] = iri
        return iri

    # people ---------------------------------------------------------------------------------
    def person(self, p: PersonMention, org_iri: URIRef | None, observed: date | None) -> URIRef:
        iri = ID[f"person/{p.slug}"]
        g = self.g
        g.add((iri, RDF.type, FOAF.Person))
        g.add((iri, FOAF.name, self.lit(p.name)))
        if p.honorific:
            g.add((iri, VNST.honorific, Literal(p.honorific)))
        if p.academic:
            g.add((iri, SCHEMA.honorificPrefix, Literal(p.academic.replace(" ", ""))))
        self.ann.mark(iri, p.start, p.end)
        if p.title and org_iri is not None and p.org is not None:
            post = ID[f"post/{p.org.key}/{p.title}"]
            g.add((post, RDF.type, ORG.Post))
            g.add((post, ORG.postIn, org_iri))
            g.add((post, ORG.role, ROLE[p.title]))
            membership = ID[f"membership/{p.slug}/{p.org.key}/{p.title}"]
            g.add((membership, RDF.type, ORG.Membership))
            g.add((membership, ORG.member, iri))
            g.add((membership, ORG.organization, org_iri))
            g.add((membership, ORG.role, ROLE[p.title]))
            g.add((membership, VNST.viaPost, post))
            g.add((iri, ORG.holds, post))
            if observed:
                # ('nguyên Giám đốc': the post had been held, and left, by the text's date)
                g.add((membership, VNST.heldBefore if p.former else VNST.observedInPost,
                       Literal(observed, datatype=XSD.date)))
            if p.title_span:
                self.ann.mark(post, *p.title_span)
                self.ann.mark(membership, min(p.start, p.title_span[0]), max(p.end, p.title_span[1]))
            else:
                self.ann.mark(post, p.start, p.end)
                self.ann.mark(membership, p.start, p.end)
        return iri

    # figures --------------------------------------------------------------------------------
    def figures(self, figures: list[Figure]) -> list[URIRef]:
        iris = [ID[f"obs/{self.ref.id}/{n}"] for n in range(1, len(figures) + 1)]
        for iri, f in zip(iris, figures):
            g = self.g
            g.add((iri, RDF.type, VNST_QB_OBS))
            g.add((iri, VNST.measure, MEASURE[slug(f.unit.replace("%", "phan tram").replace("‰", "phan nghin")) or "value"]))
            g.add((iri, SDMX_VALUE, Literal(f.value, datatype=XSD.decimal)))
            g.add((iri, VNST.originalValue, Literal(f.written)))
            g.add((iri, SDMX_UNIT, self.lit(f.unit)))
            if f.approximate:
                g.add((iri, VNST.approximate, Literal(True)))
            if f.component_of is not None:
                g.add((iri, VNST.componentOf, iris[f.component_of]))
            if self.home_place is not None:
                g.add((iri, SDMX_AREA, self.home_place))
            for start, end in f.spans:
                self.ann.mark(iri, start, end)
        return iris


def _preferred_names(m: Mentions) -> dict[str, str]:
    """One label per organisation: as written in running text rather than in an upper-case header."""
    names: dict[str, str] = {}
    for o in sorted(m.orgs, key=lambda o: (m.text[o.start:o.end].isupper(), o.start)):
        names.setdefault(o.key, o.name)
    return names


def legal_iri_and_types(g: Graph, iri: URIRef, number, issued: date | None) -> None:
    g.add((iri, RDF.type, ELI.LegalResource))
    g.add((iri, ELI.id_local, Literal(number.written_normalised)))
    g.add((iri, ELI.number, Literal(number.number)))
    g.add((iri, ELI.type_document, DOCTYPE[number.type]))
    g.add((iri, VNST.issuerCode, Literal(number.issuer)))
    if issued:
        g.add((iri, ELI.date_document, Literal(issued, datatype=XSD.date)))


__all__ = ["Emitter", "legal_iri_and_types"]
