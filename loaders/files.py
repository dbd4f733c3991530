"""Which files vnst loads and how: text documents become sources, RDF files payloads."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from vnst.batch import LoadBatch, RdfPayload
from vnst.errors import UnsupportedInput
from vnst.loaders.decode import decode_text
from vnst.loaders.document import text_batch
from vnst.loaders.sources import source_ref

TEXT_SUFFIXES = {".txt": "text", ".md": "text"}
TABLE_SUFFIXES = {".csv": "csv"}  # with a mapping beside each (loaders/csvmap_spec.py)
RDF_SUFFIXES = {".ttl": "turtle", ".nt": "ntriples", ".nq": "nquads", ".trig": "trig",
                ".jsonld": "jsonld", ".rdf": "rdfxml", ".owl": "rdfxml"}
SUPPORTED_SUFFIXES = tuple(sorted({**TEXT_SUFFIXES, **RDF_SUFFIXES, **TABLE_SUFFIXES}))


def discover(paths: Iterable[Path]) -> list[Path]:
    """Files to load: each file given, and every supported file below each folder."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*")
                                if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                                and not any(part.startswith(".") for part in p.relative_to(path).parts)))
        elif path.exists():
            found.append(path)
        else:
            raise UnsupportedInput(f"{path}: no such file or directory")
    return found


def load_file(path: Path, *, kind: str | None = None, loaded_at: datetime | None = None,
              on_bad_row: str = "refuse") -> LoadBatch:
    """Read one file and turn it into a batch; never touches the store."""
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnsupportedInput(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if suffix in RDF_SUFFIXES:
        from vnst.loaders.rdf import inspect_payload
        from vnst.loaders.rdf_prov import describe_payload

        ref = source_ref(str(path))
        payload = inspect_payload(RdfPayload(path=str(path), data=data,
                                             format=RDF_SUFFIXES[suffix], graph=str(ref.facts_graph)))
        return LoadBatch(source=str(path), payloads=[payload], graphs={
            str(ref.prov_graph): describe_payload(ref, payload, loaded_at=loaded_at)})
    if suffix in TABLE_SUFFIXES:
        from vnst.loaders.csvmap import csv_batch

        return csv_batch(path, data, on_bad_row=on_bad_row, loaded_at=loaded_at)
    if suffix in TEXT_SUFFIXES or kind is not None:
        text = decode_text(data, path=str(path))
        return text_batch(text, path=str(path), kind=kind, loaded_at=loaded_at)
    raise UnsupportedInput(
        f"{path}: unknown kind of file {suffix or '(no extension)'}; vnst loads "
        + ", ".join(SUPPORTED_SUFFIXES))


__all__ = ["RDF_SUFFIXES", "SUPPORTED_SUFFIXES", "TEXT_SUFFIXES", "discover", "load_file"]
