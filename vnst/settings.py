"""Settings: one frozen object, read once at start and passed in.

Every setting is a row of ``SETTINGS`` (name, environment variable, type,
default, help). That one table drives the CLI flags, the environment
variables, ``vnst serve --help`` and the documentation test, so a setting
cannot exist in one place and be missing in another. Nothing else in vnst
reads the environment.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from vnst.errors import ConfigError


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    kind: Callable[[str], Any]
    default: Any
    help: str


def _path(value: str) -> Path:
    return Path(value).expanduser()


def _csv(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


def _bool(value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off", ""}:
        return False
    raise ValueError(f"not a boolean: {value!r}")


def default_store_path(environ: Mapping[str, str]) -> Path:
    data_home = environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "vnst" / "store"


SETTINGS: tuple[Setting, ...] = (
    Setting("store", "VNST_STORE", _path, None,
            "Directory of the embedded on-disk store (default: $XDG_DATA_HOME/vnst/store)."),
    Setting("backend", "VNST_BACKEND", str, "oxigraph",
            "Store backend: 'oxigraph' (embedded, on disk), 'memory' (embedded, lost at exit) "
            "or 'remote' (a SPARQL 1.1 server given by the remote_* settings)."),
    Setting("remote_query_url", "VNST_REMOTE_QUERY_URL", str, None,
            "Remote backend: SPARQL query endpoint URL."),
    Setting("remote_update_url", "VNST_REMOTE_UPDATE_URL", str, None,
            "Remote backend: SPARQL update endpoint URL."),
    Setting("remote_store_url", "VNST_REMOTE_STORE_URL", str, None,
            "Remote backend: Graph Store Protocol URL (optional; updates are used without it)."),
    Setting("remote_user", "VNST_REMOTE_USER", str, None, "Remote backend: user name."),
    Setting("remote_password", "VNST_REMOTE_PASSWORD", str, None, "Remote backend: password."),
    Setting("remote_timeout", "VNST_REMOTE_TIMEOUT", float, 60.0,
            "Remote backend: seconds to wait for the server on one request."),
    Setting("host", "VNST_HOST", str, "127.0.0.1", "Address the server listens on."),
    Setting("port", "VNST_PORT", int, 8000, "Port the server listens on."),
    Setting("base_url", "VNST_BASE_URL", str, None,
            "Public URL of the server, for links in descriptions (default: http://HOST:PORT)."),
    Setting("query_timeout", "VNST_QUERY_TIMEOUT", float, 30.0,
            "Time limit of one query in seconds; a request may ask for less."),
    Setting("max_rows", "VNST_MAX_ROWS", int, 10000,
            "Row cap of one query's answer; the answer says when it was cut."),
    Setting("max_body_bytes", "VNST_MAX_BODY_BYTES", int, 16 * 1024 * 1024,
            "Largest request body the server accepts."),
    Setting("query_workers", "VNST_QUERY_WORKERS", int, 2,
            "Worker processes that run queries (killed and replaced at a deadline)."),
    Setting("update_token", "VNST_UPDATE_TOKEN", str, None,
            "Bearer token that enables SPARQL Update and Graph Store writes; off when unset."),
    Setting("service_allowlist", "VNST_SERVICE_ALLOWLIST", _csv, (),
            "Comma-separated IRI prefixes that SERVICE and LOAD may reach (empty: none)."),
    Setting("service_timeout", "VNST_SERVICE_TIMEOUT", float, 10.0,
            "Time limit in seconds of one allowed SERVICE call."),
    Setting("cors_origins", "VNST_CORS_ORIGINS", _csv, ("*",),
            "Origins allowed by CORS for browser clients."),
    Setting("access_log", "VNST_ACCESS_LOG", _bool, True, "Write an access log line per request."),
    Setting("union_default_graph", "VNST_UNION_DEFAULT_GRAPH", _bool, True,
            "Queries see the union of all graphs as their default graph (vnst keeps every "
            "fact in a named graph); off: the default graph is the store's own, as the W3C "
            "SPARQL tests expect."),
    Setting("reasoning", "VNST_REASONING", _bool, True,
            "Include the OWL RL closure (graph/inferred) in queries by default; a query may "
            "leave it out (vnst query --no-reasoning, /sparql?reasoning=false)."),
    Setting("publisher", "VNST_PUBLISHER", str, "vnst",
            "Publisher named in the dataset description."),
    Setting("license", "VNST_LICENSE", str, "https://creativecommons.org/licenses/by/4.0/",
            "Licence IRI of the published dataset."),
)

_BY_NAME = {setting.name: setting for setting in SETTINGS}


@dataclass(frozen=True)
class Settings:
    store: Path | None = None
    backend: str = "oxigraph"
    remote_query_url: str | None = None
    remote_update_url: str | None = None
    remote_store_url: str | None = None
    remote_user: str | None = None
    remote_password: str | None = field(default=None, repr=False)
    remote_timeout: float = 60.0
    host: str = "127.0.0.1"
    port: int = 8000
    base_url: str | None = None
    query_timeout: float = 30.0
    max_rows: int = 10000
    max_body_bytes: int = 16 * 1024 * 1024
    query_workers: int = 2
    update_token: str | None = field(default=None, repr=False)
    service_allowlist: tuple[str, ...] = ()
    service_timeout: float = 10.0
    cors_origins: tuple[str, ...] = ("*",)
    access_log: bool = True
    union_default_graph: bool = True
    reasoning: bool = True
    publisher: str = "vnst"
    license: str = "https://creativecommons.org/licenses/by/4.0/"

    @property
    def public_url(self) -> str:
        return (self.base_url or f"http://{self.host}:{self.port}").rstrip("/")

    def replace(self, **changes: Any) -> "Settings":
        return dataclasses.replace(self, **changes)


def load_settings(*, environ: Mapping[str, str] | None = None,
                  overrides: Mapping[str, Any] | None = None) -> Settings:
    """Build the settings from the environment, then explicit overrides (CLI flags).

    Overrides whose value is None are ignored, so unset flags fall back to the
    environment and then to the defaults.
    """
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for setting in SETTINGS:
        raw = env.get(setting.env)
        if raw is None or raw == "":
            continue
        try:
            values[setting.name] = setting.kind(raw)
        except ValueError as exc:
            raise ConfigError(f"{setting.env}={raw!r}: {exc}") from exc
    for name, value in (overrides or {}).items():
        if name not in _BY_NAME:
            raise ConfigError(f"unknown setting: {name}")
        if value is not None:
            values[name] = value
    values.setdefault("store", default_store_path(env))
    settings = Settings(**values)
    _check(settings)
    return settings


def _check(settings: Settings) -> None:
    if settings.backend not in {"oxigraph", "memory", "remote"}:
        raise ConfigError(f"backend must be oxigraph, memory or remote, not {settings.backend!r}")
    if settings.backend == "remote" and not settings.remote_query_url:
        raise ConfigError("the remote backend needs VNST_REMOTE_QUERY_URL (--remote-query-url)")
    if settings.query_timeout <= 0:
        raise ConfigError("query_timeout must be positive")
    if settings.max_rows <= 0:
        raise ConfigError("max_rows must be positive")


__all__ = ["SETTINGS", "Setting", "Settings", "default_store_path", "load_settings"]
