"""Check curated links against a dump of their target: gone, redirected or relabelled.

A dump is a Wikidata JSON file (``Special:EntityData`` form ``{"entities": {...}}``,
or the full-dump form: a JSON array of entities, or one entity per line) or
an RDF file (N-Triples, Turtle, ...). Offline on purpose: the check runs
where the dump is, and a dump is evidence that can be kept with the result.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDFS, SKOS

from vnst.errors import ParseError, UnsupportedInput
from vnst.loaders.links import Link
from vnst.ontology import SCHEMA

WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"
_LABELS = (RDFS.label, SKOS.prefLabel, SCHEMA.name, URIRef("http://schema.org/name"))


@dataclass(frozen=True)
class TargetState:
    labels: frozenset[str]
    redirect: str | None = None


@dataclass(frozen=True)
class CheckResult:
    link: Link
    status: str   # ok | vanished | redirected | changed | not-in-dump-scope
    detail: str = ""

    @property
    def problem(self) -> bool:
        return self.status in {"vanished", "redirected", "changed"}


def read_dump(path: Path) -> dict[str, TargetState]:
    """Targets described by a dump: their labels and where they redirect."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnsupportedInput(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if path.suffix.lower() in {".json", ".jsonl", ".ndjson"}:
        return _wikidata_json(data, path=str(path))
    formats = {".nt": "nt", ".ttl": "turtle", ".nq": "nquads", ".trig": "trig", ".rdf": "xml"}
    fmt = formats.get(path.suffix.lower())
    if fmt is None:
        raise UnsupportedInput(f"{path}: a dump must be .json/.jsonl (Wikidata) or RDF ({', '.join(formats)})")
    graph = Graph()
    try:
        graph.parse(data=data, format=fmt)
    except Exception as exc:  # rdflib raises many kinds; the user's file is the cause
        raise ParseError(f"not valid {fmt}: {exc}", path=str(path)) from exc
    states: dict[str, TargetState] = {}
    for subject in set(graph.subjects()):
        if not isinstance(subject, URIRef):
            continue
        labels = frozenset(str(o) for p in _LABELS for o in graph.objects(subject, p))
        redirect = next((str(o) for o in graph.objects(subject, OWL.sameAs)), None)
        states[str(subject)] = TargetState(labels=labels, redirect=redirect)
    return states


def _wikidata_json(data: bytes, *, path: str) -> dict[str, TargetState]:
    text = data.decode("utf-8")
    try:
        parsed = json.loads(text)
        entities = list(parsed["entities"].items()) if isinstance(parsed, dict) else \
            [(e.get("id"), e) for e in parsed]
    except json.JSONDecodeError:
        entities = []
        for line_no, line in enumerate(text.splitlines(), start=1):
            line = line.strip().rstrip(",")
            if line in {"", "[", "]"}:
                continue
            try:
                entity = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ParseError(f"not a JSON entity: {exc.msg}", path=path, line=line_no) from exc
            entities.append((entity.get("id"), entity))
    states: dict[str, TargetState] = {}
    for asked, entity in entities:
        labels = frozenset(v["value"] for v in (entity.get("labels") or {}).values())
        actual = entity.get("id") or asked
        redirect = entity.get("redirects", {}).get("to") or (actual if actual != asked else None)
        states[WIKIDATA_ENTITY + str(asked)] = TargetState(
            labels=labels, redirect=WIKIDATA_ENTITY + redirect if redirect else None)
    return states


def dump_namespaces(dump: dict[str, TargetState]) -> tuple[str, ...]:
    """The namespaces a dump covers: each described IRI up to its last '/' or '#'."""
    return tuple(sorted({iri[:max(iri.rfind("/"), iri.rfind("#")) + 1] for iri in dump}))


def check_links(links: list[Link], dump: dict[str, TargetState], *,
                namespaces: tuple[str, ...] | None = None) -> list[CheckResult]:
    """One result per link with a target. Targets outside ``namespaces`` (default: those
    of the dump) are not judged: a Wikidata dump says nothing about other registries."""
    scope = dump_namespaces(dump) if namespaces is None else namespaces
    results = []
    for link in links:
        if link.target is None:
            continue
        target = str(link.target)
        if not target.startswith(scope):
            results.append(CheckResult(link, "not-in-dump-scope"))
            continue
        state = dump.get(target)
        if state is None:
            results.append(CheckResult(link, "vanished", "not in the dump"))
        elif state.redirect and state.redirect != target:
            results.append(CheckResult(link, "redirected", f"now {state.redirect}"))
        elif link.target_label and state.labels and link.target_label not in state.labels:
            results.append(CheckResult(link, "changed",
                                       f"label {link.target_label!r} is now one of {sorted(state.labels)}"))
        else:
            results.append(CheckResult(link, "ok"))
    return results


__all__ = ["CheckResult", "TargetState", "WIKIDATA_ENTITY", "check_links", "dump_namespaces", "read_dump"]
