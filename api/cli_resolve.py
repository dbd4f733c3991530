"""The resolver step that follows every ``vnst load``: read what identity resolution
needs from every source through the Store protocol, resolve identities across sources
(a pure function, ``vnst.loaders.resolve``), and replace the resolver graph.

Only the triples the resolver looks at are read (people and their names and posts,
agreements with their parties, periods and status, and the annotations naming them),
in two queries over all sources: exporting whole source graphs into rdflib cost
minutes and gigabytes on a 10M-triple store."""

from __future__ import annotations

from rdflib import Graph

from vnst.loaders.resolve import resolve
from vnst.ontology import GRAPH, OA, RESOLVER_GRAPH, sparql_prologue

_SRC, _PROV = str(GRAPH["src/"]), str(GRAPH["prov/"])
# A load step, not a user's query: its limit is generous and fixed, so a slow step is an
# error the user sees rather than a resolver graph silently left out.
_STEP_TIMEOUT_S = 3600.0
_STEP_MAX_ROWS = 100_000_000

FACTS = sparql_prologue() + f"""
SELECT ?g ?s ?p ?o WHERE {{
  GRAPH ?g {{
    {{ ?s ?p ?o .
       VALUES ?p {{ foaf:name org:member org:organization org:role vnst:observedInPost
                    vnst:period time:hasBeginning time:hasEnd time:inXSDgYear vnst:party vnst:status }} }}
    UNION
    {{ ?s a ?o . VALUES ?o {{ foaf:Person vnst:CooperationAgreement }} BIND(rdf:type AS ?p) }}
  }}
  FILTER(STRSTARTS(STR(?g), "{_SRC}"))
}}"""

BODIES = sparql_prologue() + f"""
SELECT ?g ?a ?b WHERE {{
  GRAPH ?g {{ ?a oa:hasBody ?b }}
  FILTER(STRSTARTS(STR(?g), "{_PROV}"))
  FILTER EXISTS {{ GRAPH ?f {{ ?b a ?t . VALUES ?t {{ foaf:Person vnst:CooperationAgreement }} }} }}
}}"""


def read_sources(db: object) -> dict[str, tuple[Graph, Graph]]:
    """source id -> (the facts the resolver uses, the annotations naming them)."""
    sources: dict[str, tuple[Graph, Graph]] = {}

    def graphs_of(source_id: str) -> tuple[Graph, Graph]:
        return sources.setdefault(source_id, (Graph(), Graph()))

    facts = db.query(FACTS, timeout_s=_STEP_TIMEOUT_S, max_rows=_STEP_MAX_ROWS)  # type: ignore[attr-defined]
    for g, s, p, o in facts.rows:
        graphs_of(str(g)[len(_SRC):])[0].add((s, p, o))
    bodies = db.query(BODIES, timeout_s=_STEP_TIMEOUT_S, max_rows=_STEP_MAX_ROWS)  # type: ignore[attr-defined]
    for g, a, b in bodies.rows:
        source_id = str(g)[len(_PROV):]
        if source_id in sources:
            sources[source_id][1].add((a, OA.hasBody, b))
    return sources


def resolve_step(db: object, *, settings: object) -> None:
    db.replace_graphs({str(RESOLVER_GRAPH): resolve(read_sources(db))})  # type: ignore[attr-defined]


__all__ = ["read_sources", "resolve_step"]
