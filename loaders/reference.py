"""Reference data as RDF: the administrative units of both eras, their 2025 successions and regions.

Everything lands in one named graph, ``graph:ref/admin-units``, replaced whole
when reference data is loaded (``vnst load-reference``). The graph describes
itself (source, licence, generation time) so its provenance travels with it.
"""

from __future__ import annotations

import csv
from datetime import datetime, timezone
from importlib import resources

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS, XSD

from vnst.batch import LoadBatch
from vnst.loaders import adminunits as au
from vnst.ontology import ERA, GRAPH, ID, SCHEMA, VNST

ADMIN_UNITS_GRAPH = GRAPH["ref/admin-units"]
GPL3 = URIRef("https://spdx.org/licenses/GPL-3.0-or-later")
COUNTRY = ID["place/vn"]
_CLASS = {"province": VNST.Province, "district": VNST.District, "commune": VNST.Commune}
_RELATION = {"merged": VNST.mergedInto, "partly": VNST.partlyMergedInto}


def _data_text(name: str) -> str:
    return resources.files("vnst.loaders").joinpath(f"data/{name}").read_text(encoding="utf-8")


def data_header(name: str) -> list[str]:
    """The '# ...' header lines of a shipped data file (its source, date and licence)."""
    return [line[1:].strip() for line in _data_text(name).splitlines() if line.startswith("#")]


def _add_unit(graph: Graph, unit: au.AdminUnit) -> None:
    iri = au.place_iri(unit)
    graph.add((iri, RDF.type, _CLASS[unit.level]))
    graph.add((iri, RDF.type, VNST.AdministrativeUnit))
    graph.add((iri, SKOS.prefLabel, Literal(unit.name, lang="vi")))
    graph.add((iri, SKOS.altLabel, Literal(unit.bare_name, lang="vi")))
    graph.add((iri, SCHEMA.name, Literal(unit.name, lang="vi")))
    graph.add((iri, VNST.officialCode, Literal(unit.code)))
    graph.add((iri, VNST.era, ERA[unit.era]))
    graph.add((iri, DCTERMS.type, Literal(unit.division_type, lang="vi")))
    up = au.parent(unit)
    graph.add((iri, SCHEMA.containedInPlace, COUNTRY if up is None else au.place_iri(up)))


def _add_regions(graph: Graph) -> None:
    lines = [line for line in _data_text("regions.csv").splitlines() if not line.startswith("#")]
    for row in csv.DictReader(lines):
        region = au.region_iri(row["name_vi"])
        graph.add((region, RDF.type, VNST.Region))
        graph.add((region, SKOS.prefLabel, Literal(row["name_vi"], lang="vi")))
        graph.add((region, SKOS.prefLabel, Literal(row["name_en"], lang="en")))
        province = au.get_unit(row["province_code"], level="province", era=row["era"])
        if province is not None:
            graph.add((region, SCHEMA.containsPlace, au.place_iri(province)))
            graph.add((au.place_iri(province), SCHEMA.containedInPlace, region))


def admin_units_graph(*, generated_at: datetime | None = None) -> Graph:
    graph = Graph()
    graph.add((COUNTRY, RDF.type, SCHEMA.Country))
    graph.add((COUNTRY, SKOS.prefLabel, Literal("Việt Nam", lang="vi")))
    graph.add((COUNTRY, SKOS.prefLabel, Literal("Viet Nam", lang="en")))
    for unit in au.all_units():
        _add_unit(graph, unit)
    for succession in au.all_successions():
        graph.add((au.place_iri(succession.old), _RELATION[succession.relation],
                   au.place_iri(succession.new)))
    _add_regions(graph)
    when = generated_at or datetime.now(timezone.utc)
    graph.add((ADMIN_UNITS_GRAPH, RDF.type, PROV.Entity))
    graph.add((ADMIN_UNITS_GRAPH, PROV.generatedAtTime, Literal(when, datatype=XSD.dateTime)))
    graph.add((ADMIN_UNITS_GRAPH, DCTERMS.license, GPL3))
    for line in data_header("admin_units.csv") + data_header("regions.csv"):
        graph.add((ADMIN_UNITS_GRAPH, DCTERMS.source, Literal(line)))
    return graph


def reference_batch(*, generated_at: datetime | None = None) -> LoadBatch:
    """All reference graphs vnst ships, as one batch the store replaces atomically."""
    from vnst.loaders.links import links_graph

    return LoadBatch(source="<reference data>", graphs={
        str(ADMIN_UNITS_GRAPH): admin_units_graph(generated_at=generated_at),
        **links_graph(),
    })


__all__ = ["ADMIN_UNITS_GRAPH", "COUNTRY", "admin_units_graph", "data_header", "reference_batch"]
