"""``vnst serve``: the SPARQL endpoint under uvicorn.

Every row of ``vnst.settings.SETTINGS`` is a flag here (generated from the
table, so none can be missing) and an environment variable; flags win.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import click

from vnst.api.cli_common import handles_errors
from vnst.settings import SETTINGS, Setting, Settings, load_settings


def _flag(setting: Setting) -> str:
    return "--" + setting.name.replace("_", "-")


def _show_default(setting: Setting) -> str:
    if setting.default is None:
        return ""
    value = setting.default
    if isinstance(value, tuple):
        value = ",".join(value)
    return f" [default: {value}]"


def settings_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """One option per setting: ``--query-timeout SECONDS`` (env VNST_QUERY_TIMEOUT)."""
    for setting in reversed(SETTINGS):
        help_text = f"{setting.help} (env {setting.env}){_show_default(setting)}"
        if setting.default is True or setting.default is False:
            command = click.option(f"{_flag(setting)}/--no-{setting.name.replace('_', '-')}",
                                   setting.name, default=None, help=help_text)(command)
        else:
            command = click.option(_flag(setting), setting.name, default=None, metavar=_metavar(setting),
                                   help=help_text)(command)
    return command


def _metavar(setting: Setting) -> str:
    kind = setting.kind
    if kind is int:
        return "N"
    if kind is float:
        return "SECONDS" if "timeout" in setting.name else "NUMBER"
    if setting.name in ("store",):
        return "DIR"
    return "TEXT"


def _convert(values: dict[str, Any]) -> dict[str, Any]:
    converted: dict[str, Any] = {}
    by_name = {setting.name: setting for setting in SETTINGS}
    for name, value in values.items():
        if value is None:
            continue
        setting = by_name[name]
        if isinstance(value, str):
            try:
                value = setting.kind(value)
            except ValueError as exc:
                raise click.BadParameter(str(exc), param_hint=_flag(setting)) from exc
        converted[name] = value
    return converted


@click.command("serve", context_settings={"max_content_width": 100})
@settings_options
@handles_errors
def serve(**values: Any) -> None:
    """Serve the store over HTTP: SPARQL 1.1 Protocol at /sparql, Update at /update
    (with --update-token), Graph Store at /store, the query page at /, /healthz,
    /metrics and the OpenAPI page at /docs. Every option can also be set by its
    environment variable."""
    # Never let an rdflib SPARQL evaluation (pyshacl's SPARQL constraints, for one)
    # fetch the IRIs of FROM / FROM NAMED / LOAD from the network or the disk.
    import rdflib.plugins.sparql

    rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False
    settings = load_settings(overrides=_convert(values))
    app, shutdown = build_app(settings)
    import uvicorn

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    click.echo(f"vnst: serving {settings.backend} store on http://{settings.host}:{settings.port}/ "
               f"(query limit {settings.query_timeout:g} s, {settings.max_rows} rows; updates "
               f"{'on' if settings.update_token else 'off'})", err=True)
    try:
        uvicorn.run(app, host=settings.host, port=settings.port,
                    access_log=settings.access_log, log_level="info",
                    timeout_graceful_shutdown=5)
    finally:
        shutdown()


def build_app(settings: Settings) -> tuple[Any, Callable[[], None]]:
    """Open the store the settings name and build the app; returns (app, shutdown)."""
    from vnst.api.app import create_app
    from vnst.graph import open_store

    if settings.backend == "oxigraph":
        from vnst.graph.executor import PoolExecutor, WorkerPool
        from vnst.graph.pooled import PooledStore

        primary = open_store(settings)  # creates the store, drops staging leftovers
        primary.close()
        assert settings.store is not None
        pool = WorkerPool(settings.store, size=settings.query_workers).start()
        store = PooledStore(settings.store, pool, write_wait_s=settings.query_timeout)
        return create_app(settings, store, executor=PoolExecutor(pool)), pool.close
    store = open_store(settings)
    return create_app(settings, store), store.close


__all__ = ["build_app", "serve", "settings_options"]
