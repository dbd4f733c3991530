"""``vnst reason``: recompute the OWL 2 RL closure (graph/inferred) now.

The same step runs after every ``vnst load`` (registered in AFTER_LOAD by ``register``).
"""

from __future__ import annotations

from pathlib import Path

import click

from vnst.api.cli_common import handles_errors, open_from, settings_from, store_options


@click.command("reason")
@store_options
@handles_errors
def reason_command(store: Path | None, backend: str | None) -> None:
    """Recompute the OWL 2 RL closure of the ontology and the asserted graphs into
    graph/inferred (never into the asserted graphs). `vnst load` does this itself."""
    from vnst.graph.reasoning import recompute

    db = open_from(settings_from(store=store, backend=backend))
    try:
        stats = recompute(db)
    finally:
        db.close()
    click.echo(f"inferred {stats.inferred_triples} triples from {stats.asserted_graphs} graphs "
               f"in {stats.elapsed_s:.2f} s")


def register(after_load: list) -> None:
    """Reasoning follows every load, after the steps registered before it (the resolver)."""
    from vnst.graph.reasoning import after_load as reasoning_step

    if reasoning_step not in after_load:
        after_load.append(reasoning_step)


__all__ = ["reason_command", "register"]
