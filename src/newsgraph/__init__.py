"""newsgraph: who did what to whom, and who said what, from raw news.

    >>> import newsgraph
    >>> result = newsgraph.process("SEOUL — ... text ...", date="2023-01-30")
    >>> result.events, result.quotes
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from newsgraph.model import Result
    from newsgraph.settings import Settings


def process(text: str, date: str | None = None, settings: "Settings | None" = None) -> "Result":
    """Run the whole pipeline on one text; see ``newsgraph.pipeline.process``."""
    from newsgraph.pipeline import process as _process

    return _process(text, date=date, settings=settings)


def open_store(path: str = "newsgraph.duckdb", read_only: bool = False) -> Any:
    """Open (or create) a DuckDB store for querying with ``newsgraph.query``."""
    from newsgraph.store import Store

    return Store.open(path, read_only=read_only)


def fix(text: str) -> str:
    """Repair broken text encodings (mojibake); clean text comes back unchanged."""
    from newsgraph.ingest.repair import fix as _fix

    return _fix(text)


__all__ = ["process", "open_store", "fix", "__version__"]
