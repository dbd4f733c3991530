"""The query page at ``/``: the editor (YASGUI, served from ``api/static``), the
gallery of example queries (``api/examples/*.rq``) and the search box.

An example's first line is ``# Vietnamese title | English title``; the
following comment lines, if any, describe it.
"""

from __future__ import annotations

import json
import mimetypes
from dataclasses import asdict, dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse

from vnst.api.page_support import templates
from vnst.errors import NotFound
from vnst.ontology import PREFIXES

router = APIRouter(tags=["pages"])


@dataclass(frozen=True)
class Example:
    name: str
    title_vi: str
    title_en: str
    description: str
    query: str


def _parse_example(name: str, text: str) -> Example:
    lines = text.splitlines()
    if not lines or not lines[0].startswith("#") or "|" not in lines[0]:
        raise ValueError(f"{name}.rq: the first line must be '# tiêu đề | title'")
    title_vi, _, title_en = lines[0].lstrip("# ").partition("|")
    described = []
    for line in lines[1:]:
        if not line.startswith("#"):
            break
        described.append(line.lstrip("# ").strip())
    return Example(name, title_vi.strip(), title_en.strip(), " ".join(described).strip(), text)


@lru_cache(maxsize=1)
def examples() -> tuple[Example, ...]:
    folder = resources.files("vnst.api").joinpath("examples")
    found = [_parse_example(Path(entry.name).stem, entry.read_text(encoding="utf-8"))
             for entry in folder.iterdir() if entry.name.endswith(".rq")]
    return tuple(sorted(found, key=lambda example: example.name))


def _static_root() -> Path:
    return Path(str(resources.files("vnst.api").joinpath("static"))).resolve()


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def query_page(request: Request) -> HTMLResponse:
    gallery = [asdict(example) for example in examples()]
    return templates().TemplateResponse(request, "index.html", {
        "examples": gallery,
        "examples_json": json.dumps(gallery, ensure_ascii=False).replace("</", "<\\/"),
        "prefixes_json": json.dumps(PREFIXES),
    })


@router.get("/examples", summary="The example queries of the gallery")
def example_list() -> JSONResponse:
    return JSONResponse([asdict(example) for example in examples()])


@router.get("/prefixes.json", include_in_schema=False)
def prefix_list() -> JSONResponse:
    """vnst's prefixes, for the editor's prefix completion (prefix.cc's format)."""
    return JSONResponse(PREFIXES)


@router.get("/static/{path:path}", include_in_schema=False)
def static_file(path: str) -> FileResponse:
    """The page's own assets (no CDN): files under api/static, never outside it."""
    root = _static_root()
    target = (root / path).resolve()
    if root not in target.parents or not target.is_file():
        raise NotFound(f"no static file {path!r}")
    media_type = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
    return FileResponse(target, media_type=media_type,
                        headers={"Cache-Control": "public, max-age=3600"})


__all__ = ["Example", "examples", "router"]
