"""What the app does after it writes to the store: caches of store content are dropped."""

from __future__ import annotations

from typing import Any


def after_write(state: Any) -> None:
    """Call after every successful write (update, Graph Store PUT/POST/DELETE)."""
    holder = getattr(state, "search_index", None)
    if holder is not None:
        holder.invalidate()


__all__ = ["after_write"]
