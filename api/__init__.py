"""The outer layer: the ``vnst`` CLI and the HTTP server translate to ``vnst.graph`` calls."""
