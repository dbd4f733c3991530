"""What the page, search and Linked Data routers share.

The app factory (``vnst.api.app.create_app``) puts ``settings`` and ``store`` on
``app.state``; these helpers read them, so the routers work in any app that sets
them. The search index is kept on ``app.state.search_index``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from fastapi import Request
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape

from vnst.graph.search import SearchIndexHolder
from vnst.graph.store import QueryResult, Store
from vnst.ontology import BASE, PREFIXES
from vnst.settings import Settings

# Paths of this server that mirror the IRI families under BASE.
LD_FAMILIES = ("id", "eli", "source", "graph")


def settings_of(request: Request) -> Settings:
    return request.app.state.settings


def store_of(request: Request) -> Store:
    return request.app.state.store


def search_holder(request: Request) -> SearchIndexHolder:
    """The app's search index holder, made on first use."""
    state = request.app.state
    holder = getattr(state, "search_index", None)
    if holder is None:
        holder = SearchIndexHolder(store_of(request))
        state.search_index = holder
    return holder


def run_query(request: Request, sparql: str, *, max_rows: int | None = None) -> QueryResult:
    """One query with the settings' deadline and row cap. The app's store runs it
    where the deadline holds (worker processes for the on-disk store)."""
    settings = settings_of(request)
    rows = min(max_rows or settings.max_rows, settings.max_rows)
    return store_of(request).query(sparql, timeout_s=settings.query_timeout, max_rows=rows)


def local_path(iri: str) -> str | None:
    """This server's path for an IRI it mints (``https://w3id.org/vnst/id/x`` -> ``/id/x``)."""
    if not iri.startswith(BASE):
        return None
    path = iri[len(BASE):]
    if path.split("/", 1)[0] in LD_FAMILIES and "/" in path:
        return "/" + path
    return None


def short_iri(iri: str) -> str:
    """The prefixed form of an IRI when a known prefix covers it."""
    best = ""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(namespace) > len(best):
            best, name = namespace, prefix
    if best and len(iri) > len(best):
        return f"{name}:{iri[len(best):]}"
    return iri


def wants_html(request: Request) -> bool:
    """Browsers get HTML; API clients (no Accept, or JSON/RDF first) get data."""
    accept = request.headers.get("accept", "")
    best, best_q = "", -1.0
    for index, part in enumerate(accept.split(",")):
        fields = part.strip().split(";")
        media = fields[0].strip().lower()
        quality = 1.0
        for param in fields[1:]:
            key, _, value = param.strip().partition("=")
            if key == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media and quality > best_q and media != "*/*":
            best, best_q = media, quality
    return best in {"text/html", "application/xhtml+xml"}


@lru_cache(maxsize=1)
def templates() -> Jinja2Templates:
    folder = str(resources.files("vnst.api").joinpath("templates"))
    env = Environment(loader=FileSystemLoader(folder), autoescape=select_autoescape(["html"]))
    env.filters["short_iri"] = short_iri
    env.globals["local_path"] = local_path
    return Jinja2Templates(env=env)


__all__ = ["LD_FAMILIES", "local_path", "run_query", "search_holder", "settings_of",
           "short_iri", "store_of", "templates", "wants_html"]
