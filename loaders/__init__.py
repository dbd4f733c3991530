"""Loaders: pure functions from bytes to named graphs plus provenance.

They never touch the store: each returns a ``vnst.batch.LoadBatch`` that the
CLI hands to the store, which replaces the batch's graphs atomically.
"""

from vnst.loaders.files import SUPPORTED_SUFFIXES, discover, load_file

__all__ = ["SUPPORTED_SUFFIXES", "discover", "load_file"]
