"""What every CLI command shares: settings flags, opening the store, error exits."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from vnst.errors import (AuthError, ConfigError, InputError, NotFound, QueryTimeout,
                         StoreError, VnstError)
from vnst.graph import Store, open_store
from vnst.settings import Settings, load_settings

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def store_options(command: F) -> F:
    """--store and --backend, the settings every store-using command takes."""
    command = click.option("--backend", type=click.Choice(["oxigraph", "memory", "remote"]),
                           default=None, help="Store backend (env VNST_BACKEND).")(command)
    command = click.option("--store", "store", type=click.Path(file_okay=False, path_type=Path),
                           default=None, help="Store directory (env VNST_STORE).")(command)
    return command


def settings_from(**overrides: Any) -> Settings:
    """Settings from the environment, then the flags given; read once per command."""
    return load_settings(overrides=overrides)


def open_from(settings: Settings) -> Store:
    return open_store(settings)


def fail(message: str, code: int = EXIT_USAGE) -> None:
    click.echo(f"vnst: {message}", err=True)
    sys.exit(code)


def exit_code(error: VnstError) -> int:
    if isinstance(error, (InputError, ConfigError, NotFound, AuthError, QueryTimeout, StoreError)):
        return EXIT_USAGE
    return EXIT_PROBLEMS


def handles_errors(command: F) -> F:
    """One clear line and the right exit code for every expected error."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except VnstError as error:
            fail(str(error), exit_code(error))
    return wrapper  # type: ignore[return-value]


__all__ = ["EXIT_OK", "EXIT_PROBLEMS", "EXIT_USAGE", "fail", "handles_errors", "open_from",
           "settings_from", "store_options"]
