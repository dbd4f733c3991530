"""The store layer: one ``Store`` protocol, an embedded and a remote backend.

``open_store(settings)`` picks the backend named by the settings; callers use
only the protocol and read ``store.capabilities`` (data, not isinstance checks).
"""

from vnst.graph.store import Capabilities, GraphInfo, QueryResult, Store, open_store

__all__ = ["Capabilities", "GraphInfo", "QueryResult", "Store", "open_store"]
