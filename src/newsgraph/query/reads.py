"""Every read of the store: the CLI, the HTTP API and the web page call these.

Each function takes a Store (or a DuckDB connection), validates its filters
(UsageError on a bad value), runs parameterised SQL on its own cursor (so
threads of a web server can share one Store) and returns plain,
JSON-serialisable dicts whose leading fields are a public contract.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import duckdb

from newsgraph.errors import UsageError
from newsgraph.query import filters
from newsgraph.store import Store
from newsgraph.store.schema import TABLES, VERSION_KEY

StoreLike = Store | duckdb.DuckDBPyConnection

TIMELINE_KEYS = ("quad_class", "root")

_ARTICLE_COLUMNS = """
    p.id, p.path, p.title, CAST(p.date AS VARCHAR) AS date, p.dateline, p.source, p.url,
    p.text"""

_ARTICLE_EXTRAS = """
    p.language, p.body_start, strftime(p.ingested_at, '%Y-%m-%dT%H:%M:%SZ') AS ingested_at"""

_EVENT_COLUMNS = """
    e.id, e.article_id, a.path, e.sentence, e.sentence_index, e.source, e.source_actor,
    e.target, e.target_actor, e.code, e.root, e.quad_class, e.goldstein,
    CAST(coalesce(e.date, a.date) AS VARCHAR) AS date, e.location, e.evidence, e.rule,
    e.confidence, e.trigger_start, e.trigger_end, e.source_start, e.source_end,
    e.target_start, e.target_end, e.location_country, e.location_lat, e.location_lon,
    e.base_code, e.source_name, e.target_name, e.source_role, e.target_role,
    e.location_admin1, CAST(e.date AS VARCHAR) AS event_date"""

# An event's date is its own when the text gave one, else its article's.
_EVENT_DATE = "coalesce(e.date, a.date)"

_QUOTE_COLUMNS = """
    q.id, q.article_id, a.path, q.text, q.start, q."end", q.speaker, q.speaker_actor, q.cue,
    q.speaker_code, q.partial, q.rule, q.speaker_start, q.speaker_end, q.sentence_indices,
    CAST(a.date AS VARCHAR) AS date"""

_MENTION_COLUMNS = """
    m.id, m.sentence_index, m.start, m."end", m.text, m.kind, m.code, m.principal, m.role,
    m.name, m.person, m.label, m.antecedent"""


def _connection(store: StoreLike) -> duckdb.DuckDBPyConnection:
    if isinstance(store, Store):
        return store.connection
    if isinstance(store, duckdb.DuckDBPyConnection):
        return store
    raise TypeError(f"expected a Store or a DuckDB connection, got {type(store).__name__}")


@contextmanager
def _cursor(store: StoreLike) -> Iterator[duckdb.DuckDBPyConnection]:
    """A cursor of its own, so concurrent readers do not share a connection."""
    cur = _connection(store).cursor()
    try:
        yield cur
    finally:
        cur.close()


def _rows(store: StoreLike, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    with _cursor(store) as cur:
        cur.execute(sql, params)
        names = [d[0] for d in cur.description or ()]
        return [dict(zip(names, row)) for row in cur.fetchall()]


def _page(limit: Any, offset: Any) -> tuple[str, list[Any]]:
    """The LIMIT/OFFSET clause and its parameters."""
    n, skip = filters.limit(limit), filters.offset(offset)
    if n is None:
        return " OFFSET ?", [skip]
    return " LIMIT ? OFFSET ?", [n, skip]


def _where(clauses: list[str]) -> str:
    return (" WHERE " + " AND ".join(clauses)) if clauses else ""


def _event_filters(
    *,
    actor: Any = None,
    source: Any = None,
    target: Any = None,
    root: Any = None,
    code: Any = None,
    since: Any = None,
    until: Any = None,
    article_id: Any = None,
    quad_class: Any = None,
) -> tuple[list[str], list[Any]]:
    """WHERE clauses over ``events e JOIN articles a``: one place for every event filter."""
    clauses: list[str] = []
    params: list[Any] = []
    if (value := filters.actor(actor)) is not None:
        clauses.append("(e.source = ? OR e.source_actor = ? OR e.target = ? OR e.target_actor = ?)")
        params += [value] * 4
    if (value := filters.actor(source, "source")) is not None:
        clauses.append("(e.source = ? OR e.source_actor = ?)")
        params += [value] * 2
    if (value := filters.actor(target, "target")) is not None:
        clauses.append("(e.target = ? OR e.target_actor = ?)")
        params += [value] * 2
    if (value := filters.root(root)) is not None:
        clauses.append("e.root = ?")
        params.append(value)
    if (value := filters.code(code)) is not None:
        clauses.append("starts_with(e.code, ?)")
        params.append(value)
    lo, hi = filters.date_range(since, until)
    if lo is not None:
        clauses.append(f"{_EVENT_DATE} >= CAST(? AS DATE)")
        params.append(lo)
    if hi is not None:
        clauses.append(f"{_EVENT_DATE} <= CAST(? AS DATE)")
        params.append(hi)
    if (value := filters.identifier(article_id, "article_id")) is not None:
        clauses.append("e.article_id = ?")
        params.append(value)
    if (quad := filters.quad_class(quad_class)) is not None:
        clauses.append("e.quad_class = ?")
        params.append(quad)
    return clauses, params


def articles(store: StoreLike, limit: Any = None, offset: Any = 0) -> list[dict[str, Any]]:
    """Stored articles, newest first, with counts of what was found in each.

    Returns dicts: id, path, title, date, dateline, source, url, text,
    sentences, mentions, events, quotes (counts); then language, body_start,
    ingested_at.

    Raises:
        UsageError: a bad limit or offset.
    """
    page, params = _page(limit, offset)
    sql = f"""
        WITH p AS (SELECT * FROM articles ORDER BY date DESC NULLS LAST, id{page})
        SELECT {_ARTICLE_COLUMNS},
            (SELECT count(*) FROM sentences s WHERE s.article_id = p.id) AS sentences,
            (SELECT count(*) FROM mentions m WHERE m.article_id = p.id) AS mentions,
            (SELECT count(*) FROM events e WHERE e.article_id = p.id) AS events,
            (SELECT count(*) FROM quotes q WHERE q.article_id = p.id) AS quotes,
            {_ARTICLE_EXTRAS}
        FROM p ORDER BY p.date DESC NULLS LAST, p.id"""
    return _rows(store, sql, params)


def article(store: StoreLike, id: Any) -> dict[str, Any] | None:
    """One article with everything found in it, for the article view; None if absent.

    Returns the article fields (id, path, title, date, dateline, source, url,
    text, language, body_start, ingested_at, repairs) plus lists, each with
    character offsets into ``text``: ``sentences`` (idx, start, end, text),
    ``mentions``, ``events`` (as ``events()``), ``quotes`` (as ``quotes()``).

    Raises:
        UsageError: a bad id.
    """
    key = filters.identifier(id, "id")
    if key is None:
        raise UsageError("an article id is required")
    found = _rows(
        store,
        f"SELECT {_ARTICLE_COLUMNS}, {_ARTICLE_EXTRAS}, p.repairs FROM articles p WHERE p.id = ?",
        [key],
    )
    if not found:
        return None
    row = found[0]
    row["repairs"] = json.loads(row["repairs"]) if row["repairs"] else []
    row["sentences"] = _rows(
        store,
        'SELECT idx, start, "end", text FROM sentences WHERE article_id = ? ORDER BY idx',
        [key],
    )
    row["mentions"] = _rows(
        store,
        f"SELECT {_MENTION_COLUMNS} FROM mentions m WHERE m.article_id = ? "
        "ORDER BY m.start, m.\"end\", m.id",
        [key],
    )
    row["events"] = events(store, article_id=key)
    row["quotes"] = quotes(store, article_id=key)
    return row


def events(
    store: StoreLike,
    actor: Any = None,
    source: Any = None,
    target: Any = None,
    root: Any = None,
    code: Any = None,
    since: Any = None,
    until: Any = None,
    article_id: Any = None,
    quad_class: Any = None,
    limit: Any = None,
    offset: Any = 0,
) -> list[dict[str, Any]]:
    """Coded events matching every given filter, in date and text order.

    Args:
        actor: a principal ("KOR") or full code ("KORGOV") on either side.
        source, target: the same, on one side only.
        root: a two-digit CAMEO root ("04").
        code: a CAMEO code; matches it and its sub-codes ("036" matches "0362").
        since, until: ISO dates, inclusive, on the event's date (else its article's).
        article_id, quad_class (1-4), limit, offset.
    Returns dicts: id, article_id, path, sentence, sentence_index, source,
        source_actor, target, target_actor, code, root, quad_class, goldstein,
        date, location, evidence, rule, confidence; then spans, location
        details, base_code, names and roles, event_date (the event's own date).
    Raises:
        UsageError: a bad filter value.
    """
    clauses, params = _event_filters(
        actor=actor, source=source, target=target, root=root, code=code, since=since,
        until=until, article_id=article_id, quad_class=quad_class,
    )
    page, page_params = _page(limit, offset)
    sql = (
        f"SELECT {_EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id"
        f"{_where(clauses)} ORDER BY {_EVENT_DATE} NULLS LAST, e.article_id, "
        f"e.sentence_index, e.trigger_start, e.id{page}"
    )
    return _rows(store, sql, params + page_params)


def quotes(
    store: StoreLike,
    speaker: Any = None,
    actor: Any = None,
    article_id: Any = None,
    limit: Any = None,
    offset: Any = 0,
) -> list[dict[str, Any]]:
    """Quotations matching every given filter, in article and text order.

    Args:
        speaker: text found in the speaker's name, ignoring case.
        actor: the speaker's principal ("NATO") or full code ("KORGOV").
        article_id, limit, offset.
    Returns dicts: id, article_id, path, text, start, end, speaker,
        speaker_actor, cue; then speaker_code, partial, rule, speaker_start,
        speaker_end, sentence_indices, date (the article's).
    Raises:
        UsageError: a bad filter value.
    """
    clauses: list[str] = []
    params: list[Any] = []
    if (value := filters.text(speaker, "speaker")) is not None:
        clauses.append("strpos(lower(q.speaker), lower(?)) > 0")
        params.append(value)
    if (value := filters.actor(actor)) is not None:
        clauses.append("(q.speaker_actor = ? OR q.speaker_code = ?)")
        params += [value] * 2
    if (value := filters.identifier(article_id, "article_id")) is not None:
        clauses.append("q.article_id = ?")
        params.append(value)
    page, page_params = _page(limit, offset)
    sql = (
        f"SELECT {_QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id"
        f"{_where(clauses)} ORDER BY a.date DESC NULLS LAST, q.article_id, q.start, q.id{page}"
    )
    return _rows(store, sql, params + page_params)


def actors(store: StoreLike, limit: Any = None, offset: Any = 0) -> list[dict[str, Any]]:
    """One row per full actor code mentioned, most mentioned first.

    Returns dicts: code, principal, role, name, mentions; then articles (how
    many articles mention it).
    """
    page, params = _page(limit, offset)
    sql = f"""
        SELECT code, mode(principal) AS principal, mode(role) AS role, mode(name) AS name,
            count(*) AS mentions, count(DISTINCT article_id) AS articles
        FROM mentions WHERE code IS NOT NULL AND code <> ''
        GROUP BY code ORDER BY mentions DESC, code{page}"""
    return _rows(store, sql, params)


def failures(store: StoreLike, limit: Any = None, offset: Any = 0) -> list[dict[str, Any]]:
    """Documents that could not be processed, latest first: path, stage, reason; then at."""
    page, params = _page(limit, offset)
    sql = (
        """SELECT path, stage, reason, strftime("at", '%Y-%m-%dT%H:%M:%SZ') AS "at" """
        f'FROM failures ORDER BY "at" DESC, path, stage, reason{page}'
    )
    return _rows(store, sql, params)


def timeline(
    store: StoreLike,
    by: str = "quad_class",
    since: Any = None,
    until: Any = None,
    actor: Any = None,
) -> list[dict[str, Any]]:
    """Events per day, split by quad class or by root: rows of date, key, count.

    ``key`` is a string ("1".."4" or "01".."20"). Events with no date (and
    no article date) are left out.

    Raises:
        UsageError: a bad ``by`` or filter value.
    """
    field = filters.choice(by, "by", TIMELINE_KEYS)
    clauses, params = _event_filters(actor=actor, since=since, until=until)
    clauses.append(f"{_EVENT_DATE} IS NOT NULL")
    sql = (
        f"SELECT CAST({_EVENT_DATE} AS VARCHAR) AS date, CAST(e.{field} AS VARCHAR) AS key, "
        "count(*) AS count FROM events e JOIN articles a ON a.id = e.article_id"
        f"{_where(clauses)} GROUP BY 1, 2 ORDER BY 1, 2"
    )
    return _rows(store, sql, params)


def graph(
    store: StoreLike,
    since: Any = None,
    until: Any = None,
    actor: Any = None,
    root: Any = None,
    quad_class: Any = None,
) -> dict[str, list[dict[str, Any]]]:
    """Who acts on whom: principals as nodes, source-to-target event counts as edges.

    Returns ``{"nodes": [{"id", "count"}], "edges": [{"source", "target",
    "count", "by_quad": {"1".."4": n}, "mean_goldstein"}]}``; a node's count
    is the number of events it takes part in. Busiest first.

    Raises:
        UsageError: a bad filter value.
    """
    clauses, params = _event_filters(
        actor=actor, since=since, until=until, root=root, quad_class=quad_class
    )
    sql = (
        "SELECT e.source, e.target, count(*) AS n, "
        "count(*) FILTER (WHERE e.quad_class = 1) AS q1, "
        "count(*) FILTER (WHERE e.quad_class = 2) AS q2, "
        "count(*) FILTER (WHERE e.quad_class = 3) AS q3, "
        "count(*) FILTER (WHERE e.quad_class = 4) AS q4, "
        "avg(e.goldstein) AS mean_goldstein "
        f"FROM events e JOIN articles a ON a.id = e.article_id{_where(clauses)} "
        "GROUP BY 1, 2 ORDER BY n DESC, 1, 2"
    )
    edges: list[dict[str, Any]] = []
    degree: dict[str, int] = {}
    for row in _rows(store, sql, params):
        edges.append(
            {
                "source": row["source"],
                "target": row["target"],
                "count": row["n"],
                "by_quad": {str(q): row[f"q{q}"] for q in range(1, 5)},
                "mean_goldstein": round(float(row["mean_goldstein"]), 2),
            }
        )
        for node in {row["source"], row["target"]}:
            degree[node] = degree.get(node, 0) + row["n"]
    nodes = [
        {"id": node, "count": n}
        for node, n in sorted(degree.items(), key=lambda item: (-item[1], item[0]))
    ]
    return {"nodes": nodes, "edges": edges}


def summary(store: StoreLike) -> dict[str, Any]:
    """Row counts per table, then schema_version and the span of article dates."""
    counts = " UNION ALL ".join(f"SELECT '{t}' AS name, count(*) AS n FROM {t}" for t in TABLES)
    out: dict[str, Any] = {r["name"]: r["n"] for r in _rows(store, counts, [])}
    ordered: dict[str, Any] = {t: out[t] for t in TABLES}
    version = _rows(store, "SELECT value FROM meta WHERE key = ?", [VERSION_KEY])
    ordered["schema_version"] = int(version[0]["value"]) if version else None
    span = _rows(
        store,
        "SELECT CAST(min(date) AS VARCHAR) AS first, CAST(max(date) AS VARCHAR) AS last "
        "FROM articles",
        [],
    )[0]
    ordered["first_date"], ordered["last_date"] = span["first"], span["last"]
    return ordered
