"""Full-text search over labels, names and source texts, as people type Vietnamese.

Matching is on the canonical form of ``vnst.graph.search_text`` (diacritics
folded, đ -> d, NFC and NFD alike, abbreviations such as KH&CN, UBND, TP.
written out), so "so khcn" finds "Sở KH&CN" and "do duc" finds "Đỗ Đức". Hits
whose text contains the query exactly as typed (same diacritics) rank first.

The index is built from the store through the ``Store`` protocol
(``SearchIndex.build``); ``SearchIndexHolder`` rebuilds it when the store's
graphs change. The same matching is available inside SPARQL as the custom
functions ``vnst:fold`` and ``vnst:matches`` (``CUSTOM_FUNCTIONS``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import pyoxigraph as ox

from vnst.graph.search_text import (MappedText, canonical, canonical_with_offsets, find_phrase,
                                    has_all_words)
from vnst.graph.store import Store
from vnst.ontology import BASE, PREFIXES, VNST
from vnst.textnorm import collapse_spaces, fold, nfc

# Label properties, best first: a hit on a preferred name outranks one on a variant.
LABEL_PROPERTIES: tuple[str, ...] = tuple(PREFIXES[p] + local for p, local in (
    ("skos", "prefLabel"), ("foaf", "name"), ("rdfs", "label"), ("eli", "title"),
    ("dct", "title"), ("eli", "id_local"), ("skos", "altLabel"), ("vnst", "abbreviation"),
    ("vnst", "clauseText")))
PASSAGE_PROPERTIES: tuple[str, ...] = (str(VNST["text"]),)
_ENTITY_FAMILIES = (BASE + "id/", BASE + "eli/")
_SNIPPET_CONTEXT = 60
_BUILD_ROWS = 2_000_000


@dataclass(frozen=True)
class SearchHit:
    iri: str
    label: str            # the best display label of the resource
    matched: str          # the text that matched (a label, or a passage snippet)
    property: str         # the predicate whose value matched
    kind: str             # "label" or "passage"
    score: float
    exact: bool           # the query occurs with the same diacritics as typed
    types: tuple[str, ...] = ()
    start: int | None = None  # passage hits: code-point span in the NFC text
    end: int | None = None


@dataclass
class _Entry:
    iri: str
    property: str
    text: str
    lowered: str
    canon: str
    rank: int
    mapped: MappedText | None = None  # passages: computed on first search, then kept


@dataclass
class SearchIndex:
    labels: list[_Entry] = field(default_factory=list)
    passages: list[_Entry] = field(default_factory=list)
    display: dict[str, str] = field(default_factory=dict)
    types: dict[str, tuple[str, ...]] = field(default_factory=dict)
    truncated: bool = False
    _display_rank: dict[str, int] = field(default_factory=dict, repr=False)
    # word -> positions in ``labels`` of the entries that contain it, so a search
    # scores only the labels that have every query word (not all of them).
    _words: dict[str, set[int]] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, store: Store, *, timeout_s: float = 120.0) -> "SearchIndex":
        wanted = " ".join(f"<{iri}>" for iri in LABEL_PROPERTIES + PASSAGE_PROPERTIES)
        result = store.query(
            f"SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?p {{ {wanted} }} ?s ?p ?o "
            f"FILTER(isLITERAL(?o)) }}", timeout_s=timeout_s, max_rows=_BUILD_ROWS)
        index = cls(truncated=result.truncated)
        for subject, predicate, value in result.rows:
            if subject is None or predicate is None or value is None:
                continue
            index.add(str(subject), str(predicate), str(value))
        typed = store.query(
            f"SELECT DISTINCT ?s ?t WHERE {{ VALUES ?p {{ {wanted} }} ?s ?p ?o . ?s a ?t }}",
            timeout_s=timeout_s, max_rows=_BUILD_ROWS)
        kinds: dict[str, list[str]] = {}
        for subject, kind in typed.rows:
            if subject is not None and kind is not None:
                kinds.setdefault(str(subject), []).append(str(kind))
        index.types = {iri: tuple(sorted(values, key=_type_order)) for iri, values in kinds.items()}
        return index

    def add(self, iri: str, property: str, text: str) -> None:
        text = nfc(text)
        if property in PASSAGE_PROPERTIES:
            self.passages.append(_Entry(iri, property, text, text.lower(), "", 99))
            return
        rank = LABEL_PROPERTIES.index(property) if property in LABEL_PROPERTIES else 50
        entry = _Entry(iri, property, text, text.lower(), canonical(text), rank)
        for word in set(entry.canon.split(" ")):
            self._words.setdefault(word, set()).add(len(self.labels))
        self.labels.append(entry)
        best = self.display.get(iri)
        if best is None or rank < self._display_rank.get(iri, 99):
            self.display[iri] = collapse_spaces(text)
            self._display_rank[iri] = rank

    def search(self, q: str, *, limit: int = 20) -> list[SearchHit]:
        query = collapse_spaces(nfc(q))
        canon = canonical(query)
        if not canon:
            return []
        words = canon.split(" ")
        typed = query.lower()
        best: dict[str, SearchHit] = {}
        for position in sorted(self._candidates(words)):
            entry = self.labels[position]
            hit = self._label_hit(entry, canon, words, typed)
            if hit is not None and (entry.iri not in best or best[entry.iri].score < hit.score):
                best[entry.iri] = hit
        for entry in self.passages:
            hit = self._passage_hit(entry, canon, typed)
            if hit is not None and (entry.iri not in best or best[entry.iri].score < hit.score):
                best[entry.iri] = hit
        ordered = sorted(best.values(), key=lambda hit: (-hit.score, hit.label, hit.iri))
        return ordered[:limit]

    def _candidates(self, words: list[str]) -> set[int]:
        found: set[int] | None = None
        for word in sorted(set(words), key=len, reverse=True):
            having: set[int] = set()
            for known, positions in self._words.items():
                if known.startswith(word):
                    having |= positions
            found = having if found is None else found & having
            if not found:
                return set()
        return found or set()

    def _label_hit(self, entry: _Entry, canon: str, words: list[str],
                   typed: str) -> SearchHit | None:
        at = find_phrase(entry.canon, canon)
        if at == -1 and not has_all_words(entry.canon, words):
            return None
        exact = typed in entry.lowered
        score = 50.0 - entry.rank - min(len(entry.canon), 200) / 20
        score += 100 if exact else 0
        score += 20 if at != -1 else 0
        score += 15 if entry.canon == canon else (5 if at == 0 else 0)
        # People look for things (organisations, people, documents), then for sources.
        score += 8 if entry.iri.startswith(_ENTITY_FAMILIES) else 0
        return SearchHit(entry.iri, self.display.get(entry.iri, entry.text), entry.text,
                         entry.property, "label", round(score, 3), exact,
                         self.types.get(entry.iri, ()))

    def _passage_hit(self, entry: _Entry, canon: str, typed: str) -> SearchHit | None:
        exact_at = entry.lowered.find(typed)
        if exact_at != -1:
            start, end, exact = exact_at, exact_at + len(typed), True
        else:
            if entry.mapped is None:
                entry.mapped = canonical_with_offsets(entry.text)
            mapped = entry.mapped
            at = find_phrase(mapped.text, canon)
            if at == -1:
                return None
            (start, end), exact = mapped.span(at, at + len(canon)), False
        snippet = _snippet(entry.text, start, end)
        score = (100.0 if exact else 0.0) - 10
        return SearchHit(entry.iri, self.display.get(entry.iri, entry.iri), snippet,
                         entry.property, "passage", score, exact,
                         self.types.get(entry.iri, ()), start, end)


def _snippet(text: str, start: int, end: int) -> str:
    left = max(0, start - _SNIPPET_CONTEXT)
    right = min(len(text), end + _SNIPPET_CONTEXT)
    body = collapse_spaces(text[left:right])
    return ("…" if left > 0 else "") + body + ("…" if right < len(text) else "")


def _type_order(iri: str) -> tuple[int, str]:
    return (0 if iri.startswith(BASE) else 1, iri)


class SearchIndexHolder:
    """The current index of one store, rebuilt when its graphs change.

    The store is asked for its graph sizes at most every ``check_every_s``
    seconds; ``invalidate()`` (called after an update) forces the next check.
    """

    def __init__(self, store: Store, *, check_every_s: float = 5.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._store = store
        self._check_every_s = check_every_s
        self._clock = clock
        self._lock = threading.Lock()
        self._index: SearchIndex | None = None
        self._fingerprint: tuple[tuple[str, int], ...] | None = None
        self._checked_at = float("-inf")

    def invalidate(self) -> None:
        """The store was written: rebuild on next use, even if no graph changed size."""
        with self._lock:
            self._checked_at = float("-inf")
            self._fingerprint = None

    def current(self) -> SearchIndex:
        with self._lock:
            now = self._clock()
            if self._index is not None and now - self._checked_at < self._check_every_s:
                return self._index
            fingerprint = tuple((info.iri, info.triples) for info in self._store.graphs())
            self._checked_at = now
            if self._index is None or fingerprint != self._fingerprint:
                self._index = SearchIndex.build(self._store)
                self._fingerprint = fingerprint
            return self._index


# -- inside SPARQL ------------------------------------------------------------

FOLD_FUNCTION = str(VNST["fold"])
MATCHES_FUNCTION = str(VNST["matches"])


def sparql_fold(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> ox.Literal | None:
    """vnst:fold(?x): the string lower-cased, diacritics removed, đ -> d."""
    if isinstance(term, ox.BlankNode):
        return None
    return ox.Literal(fold(nfc(term.value)))


def sparql_matches(term: ox.NamedNode | ox.BlankNode | ox.Literal,
                   query: ox.NamedNode | ox.BlankNode | ox.Literal) -> ox.Literal | None:
    """vnst:matches(?x, "so khcn"): true when every word of the query, folded and with
    abbreviations written out, starts a word of ?x (the search box's matching)."""
    if isinstance(term, ox.BlankNode) or not isinstance(query, ox.Literal):
        return None
    words = canonical(query.value).split(" ")
    return ox.Literal(bool(words[0]) and has_all_words(canonical(term.value), words))


CUSTOM_FUNCTIONS: dict[ox.NamedNode, Callable[..., ox.Literal | None]] = {
    ox.NamedNode(FOLD_FUNCTION): sparql_fold,
    ox.NamedNode(MATCHES_FUNCTION): sparql_matches,
}

__all__ = ["CUSTOM_FUNCTIONS", "FOLD_FUNCTION", "LABEL_PROPERTIES", "MATCHES_FUNCTION",
           "PASSAGE_PROPERTIES", "SearchHit", "SearchIndex", "SearchIndexHolder", "sparql_fold",
           "sparql_matches"]
