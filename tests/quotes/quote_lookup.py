"""Finding one quote by its words, for the speaker tests."""

from __future__ import annotations

from collections.abc import Callable

from newsgraph.model import Quote

#: A text in, its quotes out (the `run` fixture of conftest.py).
Run = Callable[[str], tuple[Quote, ...]]


def quote_with(quotes: tuple[Quote, ...], words: str) -> Quote:
    """The first quote whose text holds ``words``; fails the test with what was found."""
    hits = [q for q in quotes if words in q.text]
    assert hits, f"no quote with {words!r} in {[q.text for q in quotes]}"
    return hits[0]
