"""The one exception tree of vnst.

    VnstError
    ├── InputError            bad input from the user (file, query, request); exit 2, HTTP 400
    │   ├── ParseError        a file that does not parse: names the file, line and column
    │   ├── QuerySyntaxError  a SPARQL query or update that does not parse: line and column
    │   ├── UnsupportedInput  binary, non-UTF-8, unknown format
    │   └── ForbiddenOperation  SERVICE/LOAD/FROM that the settings do not allow
    ├── AuthError             missing or wrong credentials (HTTP 401/403)
    ├── NotFound              unknown graph, resource or page (HTTP 404)
    ├── PayloadTooLarge       request body over the cap (HTTP 413)
    ├── QueryTimeout          a query stopped at its deadline (HTTP 503)
    ├── ConfigError           settings that cannot work (exit 2)
    └── StoreError            the store failed (HTTP 500): a server bug or an I/O fault

HTTP status codes are assigned in one place, ``vnst.api.errors``.
"""

from __future__ import annotations


class VnstError(Exception):
    """Base of every error vnst raises on purpose."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(VnstError):
    """The user's input is wrong; nothing was changed."""


class ParseError(InputError):
    """A file that does not parse, with where."""

    def __init__(self, message: str, *, path: str | None = None,
                 line: int | None = None, column: int | None = None) -> None:
        self.path = path
        self.line = line
        self.column = column
        where = ":".join(str(p) for p in (path, line, column) if p is not None)
        super().__init__(f"{where}: {message}" if where else message)
        self.detail = message


class QuerySyntaxError(InputError):
    """A SPARQL query or update that does not parse."""

    def __init__(self, message: str, *, line: int | None = None,
                 column: int | None = None) -> None:
        self.line = line
        self.column = column
        where = f"line {line}, column {column}: " if line is not None else ""
        super().__init__(f"SPARQL syntax error at {where}{message}" if where
                         else f"SPARQL syntax error: {message}")
        self.detail = message


class UnsupportedInput(InputError):
    """A file vnst refuses: binary, not UTF-8, or of no known kind."""


class ForbiddenOperation(InputError):
    """An operation the settings forbid (SERVICE, LOAD, FROM of a non-dataset graph)."""


class AuthError(VnstError):
    """Credentials missing (401) or wrong (403)."""

    def __init__(self, message: str, *, missing: bool) -> None:
        super().__init__(message)
        self.missing = missing


class NotFound(VnstError):
    """Something asked for by name that does not exist."""


class PayloadTooLarge(VnstError):
    """A request body over the configured cap."""


class QueryTimeout(VnstError):
    """A query stopped at its deadline."""

    def __init__(self, message: str, *, limit_s: float) -> None:
        super().__init__(message)
        self.limit_s = limit_s


class ConfigError(VnstError):
    """Settings that cannot work together."""


class StoreError(VnstError):
    """The store failed for a reason that is not the user's input."""


__all__ = [
    "AuthError", "ConfigError", "ForbiddenOperation", "InputError", "NotFound",
    "ParseError", "PayloadTooLarge", "QuerySyntaxError", "QueryTimeout",
    "StoreError", "UnsupportedInput", "VnstError",
]
