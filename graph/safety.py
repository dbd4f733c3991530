"""What a query or update may do, checked before it runs.

Policy (see the README's "Safe by default"):
- FROM / FROM NAMED / USING name graphs of the dataset only: the engine
  (Oxigraph) resolves them against the store and never fetches them, so they
  need no refusal; nothing is read from the network or the disk.
- SERVICE is refused (HTTP 400) unless its IRI starts with an entry of
  ``service_allowlist``; a variable SERVICE (``SERVICE ?x``) is always refused.
  ``SERVICE SILENT`` to a refused IRI behaves as a failed silent call is
  specified to: one empty solution (the call is replaced by ``{}``).
- LOAD is refused (HTTP 403) unless updates are on and its IRI is
  allow-listed; ``LOAD SILENT`` of a refused IRI does nothing, as a failed
  silent LOAD is specified to.
- Only http and https IRIs can ever be allow-listed: no request reads a local file.

The checks run on tokens (graph.sparql_tokens), so keywords in strings, IRIs
and comments do not count, and ``\\u`` escapes are decoded first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from vnst.errors import ForbiddenOperation
from vnst.graph.sparql_tokens import (Prologue, Token, decode_escapes, matching_close,
                                      scan_prologue, tokenize)

QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
_FETCHING_SCHEMES = ("http://", "https://")


@dataclass
class Inspection:
    """What the text does, and the text to run (with refused silent calls neutralised)."""

    form: str | None            # SELECT, ASK, CONSTRUCT, DESCRIBE (queries) or None
    text: str
    dataset: bool = False       # the query names its dataset (FROM / FROM NAMED)
    services: list[str] = field(default_factory=list)   # allowed SERVICE IRIs
    loads: list[str] = field(default_factory=list)      # allowed LOAD IRIs

    @property
    def kind(self) -> str:
        return {"SELECT": "select", "ASK": "ask"}.get(self.form or "", "graph")


def forbidden(message: str, *, operation: str) -> ForbiddenOperation:
    error = ForbiddenOperation(message)
    error.operation = operation  # type: ignore[attr-defined]
    if operation == "LOAD":
        error.http_status = 403  # type: ignore[attr-defined]  # read by vnst.api.errors
    return error


def allowed(iri: str | None, allowlist: Sequence[str]) -> bool:
    if not iri or not iri.lower().startswith(_FETCHING_SCHEMES):
        return False
    return any(entry and iri.startswith(entry) for entry in allowlist)


def inspect_query(text: str, *, allowlist: Sequence[str] = ()) -> Inspection:
    """Check a query; raise ForbiddenOperation for a refused SERVICE."""
    return _inspect(text, allowlist=allowlist, update=False)


def inspect_update(text: str, *, allowlist: Sequence[str] = ()) -> Inspection:
    """Check an update; raise ForbiddenOperation for a refused SERVICE or LOAD."""
    return _inspect(text, allowlist=allowlist, update=True)


def _inspect(text: str, *, allowlist: Sequence[str], update: bool) -> Inspection:
    decoded = decode_escapes(text)
    tokens = tokenize(decoded)
    inspection = Inspection(form=None if update else _query_form(tokens), text=text,
                            dataset=any(token.keyword == "FROM" for token in tokens))
    cuts: list[tuple[int, int, str]] = []  # (start, end, replacement) in the decoded text
    refused: list[tuple[tuple[int, int], ForbiddenOperation]] = []
    for index, token in enumerate(tokens):
        if token.keyword == "SERVICE":
            cut = _check_call(tokens, index, allowlist, inspection.services, what="SERVICE")
            if cut:
                cuts.append(cut)
        elif token.keyword == "LOAD" and update:
            try:
                cut = _check_call(tokens, index, allowlist, inspection.loads, what="LOAD")
            except ForbiddenOperation as error:
                refused.append((_load_span(tokens, index), error))
                continue
            if cut:
                cuts.append(cut)
    if refused:
        check_update_syntax(decoded, [span for span, _ in refused])
        raise refused[0][1]
    if cuts:
        if decoded != text:
            raise forbidden("a refused SERVICE SILENT or LOAD SILENT cannot be skipped in a "
                            "request that uses \\u escapes; remove it", operation="SERVICE")
        for start, end, replacement in sorted(cuts, reverse=True):
            decoded = decoded[:start] + replacement + decoded[end:]
        inspection.text = decoded
    return inspection


def _query_form(tokens: list[Token]) -> str | None:
    for token in tokens:
        if token.keyword in QUERY_FORMS:
            return token.keyword
    return None


def _check_call(tokens: list[Token], index: int, allowlist: Sequence[str], seen: list[str],
                *, what: str) -> tuple[int, int, str] | None:
    """Allow the SERVICE/LOAD at ``tokens[index]``, neutralise it when silent, or raise."""
    position = index + 1
    silent = position < len(tokens) and tokens[position].keyword == "SILENT"
    if silent:
        position += 1
    if position >= len(tokens):
        return None  # incomplete: the engine reports the syntax error
    target = tokens[position]
    if target.kind not in ("iri", "pname", "var"):
        return None  # malformed: the engine reports the syntax error
    if target.kind == "var":
        raise forbidden(f"{what} with a variable IRI ({target.text}) is not allowed",
                        operation=what)
    prologue = Prologue()
    scan_prologue(tokens, index, prologue)
    iri = prologue.resolve(target)
    if allowed(iri, allowlist):
        seen.append(iri or "")
        return None
    if silent:
        return _silent_cut(tokens, index, position, what=what)
    if what == "SERVICE":
        raise forbidden(f"SERVICE <{iri or target.text}> is not allowed: this endpoint does "
                        "not call other services (ask its operator to allow-list the IRI)",
                        operation=what)
    raise forbidden(f"LOAD <{iri or target.text}> is not allowed: this endpoint does not "
                    "fetch documents (ask its operator to allow-list the IRI)", operation=what)


def check_update_syntax(text: str, refused_loads: list[tuple[int, int]]) -> None:
    """Raise QuerySyntaxError if ``text`` does not parse: refused LOADs are replaced by a
    same-shaped operation that fetches nothing, and the result runs on an empty
    in-memory store (pyoxigraph has no parse-only call)."""
    import pyoxigraph as ox

    from vnst.graph.terms import query_syntax_error

    probe = text
    for start, end in sorted(refused_loads, reverse=True):
        probe = probe[:start] + "CLEAR SILENT DEFAULT" + probe[end:]
    try:
        ox.Store().update(probe, base_iri="http://localhost/")
    except SyntaxError as exc:
        raise query_syntax_error(exc) from exc
    except Exception:  # noqa: BLE001 - it parsed; evaluation on an empty store may fail
        pass


def _load_span(tokens: list[Token], index: int) -> tuple[int, int]:
    """Offsets of ``LOAD [SILENT] iri [INTO GRAPH iri]`` starting at ``tokens[index]``."""
    end = index + 1
    if end < len(tokens) and tokens[end].keyword == "SILENT":
        end += 1
    if (end + 3 < len(tokens) and tokens[end + 1].keyword == "INTO"
            and tokens[end + 2].keyword == "GRAPH"):
        end += 3
    return tokens[index].start, tokens[min(end, len(tokens) - 1)].end


def _silent_cut(tokens: list[Token], index: int, position: int,
                *, what: str) -> tuple[int, int, str] | None:
    if what == "SERVICE":
        brace = position + 1
        if brace >= len(tokens) or tokens[brace].text != "{":
            return None
        close = matching_close(tokens, brace)
        if close < 0:
            return None
        return (tokens[index].start, tokens[close].end, "{}")
    end = position
    if (end + 2 < len(tokens) and tokens[end + 1].keyword == "INTO"
            and tokens[end + 2].keyword == "GRAPH"):
        end += 3
    return (tokens[index].start, tokens[end].end, "INSERT DATA {}")


__all__ = ["Inspection", "QUERY_FORMS", "allowed", "forbidden", "inspect_query", "inspect_update"]
