"""The resolver step reads only what resolution needs, and finds what reading everything finds."""

from __future__ import annotations

import io
import random
from itertools import combinations
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from vnst.api.cli_resolve import read_sources
from vnst.graph.embedded import OxigraphStore
from vnst.loaders import load_file
from vnst.loaders.resolve import _pairs_sharing, resolve
from vnst.ontology import GRAPH

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def whole_graphs(store: OxigraphStore) -> dict[str, tuple[Graph, Graph]]:
    """The slow, obvious reading: every source's facts and provenance graphs, whole."""
    def read(iri: str) -> Graph:
        buffer = io.BytesIO()
        store.export(buffer, format="ntriples", graph=iri)
        return Graph().parse(data=buffer.getvalue(), format="nt")

    names = {info.iri for info in store.graphs()}
    src, prov = str(GRAPH["src/"]), str(GRAPH["prov/"])
    return {iri[len(src):]: (read(iri), read(prov + iri[len(src):]))
            for iri in names if iri.startswith(src)}


def test_targeted_reading_resolves_like_reading_everything():
    store = OxigraphStore(None)
    for path in sorted(CORPUS.glob("*.txt")):
        batch = load_file(path)
        store.replace_graphs(batch.graphs, payloads=batch.payloads)
    expected = resolve(whole_graphs(store))
    assert len(expected) > 0, "the corpus should give merges"
    assert isomorphic(resolve(read_sources(store)), expected)


class Entry:
    def __init__(self, iri: str, keys: set[int]) -> None:
        self.iri, self.keys = URIRef(iri), keys


def test_blocking_finds_exactly_the_pairs_that_share_a_key():
    rng = random.Random(7)
    entries = [Entry(f"http://x/{i:03d}", {rng.randrange(12) for _ in range(rng.randrange(4))})
               for i in range(120)]
    brute = [(a, b) for a, b in combinations(sorted(entries, key=lambda e: str(e.iri)), 2)
             if a.keys & b.keys]
    assert _pairs_sharing(entries, lambda e: e.keys) == brute
    assert brute, "the random fixture should have pairs"
