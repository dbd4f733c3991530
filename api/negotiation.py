"""Content negotiation: the ``Accept`` header with q-values, or a ``format`` parameter."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from vnst.errors import InputError

# format key -> media types that name it (the first is the one we send)
MEDIA_TYPES: dict[str, tuple[str, ...]] = {
    "json": ("application/sparql-results+json", "application/json"),
    "xml": ("application/sparql-results+xml", "application/xml", "text/xml"),
    "csv": ("text/csv",),
    "tsv": ("text/tab-separated-values",),
    "turtle": ("text/turtle", "application/x-turtle"),
    "ntriples": ("application/n-triples", "text/plain"),
    "nquads": ("application/n-quads",),
    "trig": ("application/trig",),
    "jsonld": ("application/ld+json",),
    "rdfxml": ("application/rdf+xml",),
}
RESULT_KEYS = ("json", "xml", "csv", "tsv")
GRAPH_KEYS = ("turtle", "ntriples", "nquads", "trig", "jsonld", "rdfxml")
ALIASES = {"srj": "json", "srx": "xml", "ttl": "turtle", "nt": "ntriples", "nq": "nquads",
           "json-ld": "jsonld", "rdf": "rdfxml", "rdf+xml": "rdfxml", "n-triples": "ntriples",
           "n-quads": "nquads", "text": "tsv"}


@dataclass(frozen=True)
class Range:
    type: str
    subtype: str
    q: float
    order: int

    def matches(self, media: str) -> int:
        """Specificity of the match (0: no match)."""
        kind, _, sub = media.partition("/")
        if self.type == "*" and self.subtype == "*":
            return 1
        if self.type == kind and self.subtype == "*":
            return 2
        return 3 if (self.type, self.subtype) == (kind, sub) else 0


def parse_accept(header: str | None) -> list[Range]:
    ranges: list[Range] = []
    for order, part in enumerate((header or "").split(",")):
        fields = [field.strip() for field in part.split(";")]
        media = fields[0].lower()
        if "/" not in media:
            continue
        q = 1.0
        for parameter in fields[1:]:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        kind, _, sub = media.partition("/")
        ranges.append(Range(kind, sub, q, order))
    return ranges


def ranked_media(accept: str | None) -> list[str]:
    """The media ranges of an Accept header, most wanted first (q, then order); q=0 dropped."""
    ranges = sorted(parse_accept(accept), key=lambda r: (-r.q, r.order))
    return [f"{r.type}/{r.subtype}" for r in ranges if r.q > 0]


def quality(ranges: Sequence[Range], media: str) -> tuple[float, int]:
    """The q of the most specific range matching ``media``, and its specificity."""
    best: tuple[int, float] = (0, 0.0)
    for candidate in ranges:
        specificity = candidate.matches(media)
        if specificity > best[0]:
            best = (specificity, candidate.q)
    return best[1], best[0]


def choose(keys: Sequence[str], accept: str | None, format_param: str | None) -> str:
    """The format key to answer with, among ``keys`` (the first is the default)."""
    if format_param:
        wanted = format_param.strip().lower()
        wanted = ALIASES.get(wanted, wanted)
        for key in keys:
            if wanted == key or wanted in MEDIA_TYPES[key]:
                return key
        raise InputError(f"format {format_param!r} is not available for this answer; "
                         f"use one of {', '.join(keys)}")
    ranges = parse_accept(accept)
    if not ranges:
        return keys[0]
    scored = []
    for rank, key in enumerate(keys):
        # aliases (application/json for SPARQL JSON, text/xml ...) count only when named
        candidates = [quality(ranges, MEDIA_TYPES[key][0])]
        candidates += [pair for pair in (quality(ranges, media) for media in MEDIA_TYPES[key][1:])
                       if pair[1] == 3]
        q, specificity = max(candidates)
        if q > 0:
            scored.append((q, specificity, -rank, key))
    if not scored:
        return keys[0]  # answer in the default rather than 406: every client can read it
    return max(scored)[3]


__all__ = ["ALIASES", "GRAPH_KEYS", "MEDIA_TYPES", "RESULT_KEYS", "choose", "parse_accept",
           "ranked_media"]
