"""Hostile filter values: a UsageError or an empty result, never an SQL error."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import duckdb
import pytest

from newsgraph import query
from newsgraph.errors import UsageError
from newsgraph.store import Store

HOSTILE: tuple[Any, ...] = (
    "' OR 1=1 --",
    "'; DROP TABLE events; --",
    "KOR' OR '1'='1",
    "\x00",
    "KOR\x00",
    "%",
    "_",
    "\ud800",
    "x" * 10_000,
    10**30,
    -(10**30),
    -1,
    1.5,
    True,
    float("nan"),
    "2024-13-45",
    "2024-02-30",
    "20240101",
    "yesterday",
    ["KOR"],
    {"a": 1},
    b"KOR",
)

CALLS: dict[str, Callable[[Store, Any], Any]] = {
    "articles.limit": lambda s, v: query.articles(s, limit=v),
    "articles.offset": lambda s, v: query.articles(s, offset=v),
    "article.id": lambda s, v: query.article(s, v),
    "events.actor": lambda s, v: query.events(s, actor=v),
    "events.source": lambda s, v: query.events(s, source=v),
    "events.target": lambda s, v: query.events(s, target=v),
    "events.root": lambda s, v: query.events(s, root=v),
    "events.code": lambda s, v: query.events(s, code=v),
    "events.since": lambda s, v: query.events(s, since=v),
    "events.until": lambda s, v: query.events(s, until=v),
    "events.article_id": lambda s, v: query.events(s, article_id=v),
    "events.quad_class": lambda s, v: query.events(s, quad_class=v),
    "events.limit": lambda s, v: query.events(s, limit=v),
    "events.offset": lambda s, v: query.events(s, offset=v),
    "quotes.speaker": lambda s, v: query.quotes(s, speaker=v),
    "quotes.actor": lambda s, v: query.quotes(s, actor=v),
    "quotes.article_id": lambda s, v: query.quotes(s, article_id=v),
    "quotes.limit": lambda s, v: query.quotes(s, limit=v),
    "actors.limit": lambda s, v: query.actors(s, limit=v),
    "failures.offset": lambda s, v: query.failures(s, offset=v),
    "timeline.by": lambda s, v: query.timeline(s, by=v),
    "timeline.since": lambda s, v: query.timeline(s, since=v),
    "timeline.actor": lambda s, v: query.timeline(s, actor=v),
    "graph.actor": lambda s, v: query.graph(s, actor=v),
    "graph.root": lambda s, v: query.graph(s, root=v),
    "graph.quad_class": lambda s, v: query.graph(s, quad_class=v),
    "graph.until": lambda s, v: query.graph(s, until=v),
}


@pytest.mark.parametrize("call", sorted(CALLS))
def test_query_hostile_values_never_reach_sql(filled: Store, call: str) -> None:
    before = query.summary(filled)
    for value in HOSTILE:
        try:
            out = CALLS[call](filled, value)
        except UsageError as exc:
            assert exc.message and "[NG501]" in str(exc)
            continue
        except duckdb.Error as exc:  # the failure this test exists to catch
            pytest.fail(f"{call}={value!r} reached SQL and failed: {exc}")
        empty: Any = {"nodes": [], "edges": []} if call.startswith("graph") else []
        if call.startswith("article."):
            empty = None
        assert out == empty or call.endswith(("limit", "offset")), (call, value, out)
    assert query.summary(filled) == before


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"limit": -1}, "limit must be between 0"),
        ({"limit": 10**12}, "limit must be between 0"),
        ({"offset": -5}, "offset must be between 0"),
        ({"root": "21"}, "root must be a two-digit"),
        ({"root": "4"}, "root must be a two-digit"),
        ({"code": "04a"}, "code must be a CAMEO code"),
        ({"since": "2024-13-01"}, "since must be a real date"),
        ({"until": "2024/01/01"}, "until must be a real date"),
        ({"since": "2024-06-01", "until": "2024-05-01"}, "is after until"),
        ({"quad_class": 5}, "quad_class must be 1, 2, 3 or 4"),
        ({"actor": "' OR 1=1 --"}, "actor must be an actor code"),
        ({"source": "K"}, "source must be an actor code"),
    ],
)
def test_query_hostile_messages_say_what_is_allowed(
    filled: Store, kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(UsageError, match=message):
        query.events(filled, **kwargs)


def test_query_hostile_speaker_is_text_not_pattern(filled: Store) -> None:
    assert query.quotes(filled, speaker="' OR 1=1 --") == []
    assert query.quotes(filled, speaker="%Yi") == []
    with pytest.raises(UsageError, match="control characters"):
        query.quotes(filled, speaker="Wang\x00")
    with pytest.raises(UsageError, match="too long"):
        query.quotes(filled, speaker="W" * 1000)
