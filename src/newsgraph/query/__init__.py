"""Every read of the store, shared by the CLI, the HTTP API and the web page.

Each function takes a Store (or a DuckDB connection), validates its filters
(raising UsageError) and returns JSON-serialisable dicts; see ``reads``.
"""

from newsgraph.query.filters import MAX_LIMIT, MAX_OFFSET
from newsgraph.query.reads import (
    TIMELINE_KEYS,
    StoreLike,
    actors,
    article,
    articles,
    events,
    failures,
    graph,
    quotes,
    summary,
    timeline,
)

__all__ = [
    "MAX_LIMIT",
    "MAX_OFFSET",
    "TIMELINE_KEYS",
    "StoreLike",
    "actors",
    "article",
    "articles",
    "events",
    "failures",
    "graph",
    "quotes",
    "summary",
    "timeline",
]
