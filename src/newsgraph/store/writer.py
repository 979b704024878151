"""Batched writes: Results become Arrow tables, inserted in one transaction.

Row-by-row inserts into DuckDB cost a round trip each; a registered Arrow
table is inserted with one ``INSERT ... SELECT`` per table, which keeps a
batch of a thousand articles well under a second.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import duckdb
import pyarrow as pa

from newsgraph.data import collector_paused
from newsgraph.model import Article, Event, Failure, Mention, Quote, Result, Sentence

log = logging.getLogger(__name__)

STAGE = "store"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

_S = pa.string()
_I = pa.int32()
_F = pa.float64()

ARROW_SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        [
            ("id", _S), ("path", _S), ("title", _S), ("date", pa.date32()),
            ("dateline", _S), ("source", _S), ("url", _S), ("language", _S),
            ("text", _S), ("body_start", _I), ("repairs", _S),
            ("ingested_at", pa.timestamp("us")),
        ]
    ),
    "sentences": pa.schema(
        [("article_id", _S), ("idx", _I), ("start", _I), ("end", _I), ("text", _S)]
    ),
    "mentions": pa.schema(
        [
            ("id", _S), ("article_id", _S), ("sentence_index", _I), ("start", _I),
            ("end", _I), ("text", _S), ("kind", _S), ("code", _S), ("principal", _S),
            ("role", _S), ("name", _S), ("person", _S), ("label", _S),
            ("antecedent", _S), ("token_start", _I), ("token_end", _I),
        ]
    ),
    "events": pa.schema(
        [
            ("id", _S), ("article_id", _S), ("sentence_index", _I), ("sentence", _S),
            ("source", _S), ("source_actor", _S), ("source_role", _S),
            ("source_name", _S), ("target", _S), ("target_actor", _S),
            ("target_role", _S), ("target_name", _S), ("code", _S), ("base_code", _S),
            ("root", _S), ("quad_class", _I), ("goldstein", _F), ("date", pa.date32()),
            ("location", _S), ("location_country", _S), ("location_admin1", _S),
            ("location_lat", _F), ("location_lon", _F), ("trigger_start", _I),
            ("trigger_end", _I), ("source_start", _I), ("source_end", _I),
            ("target_start", _I), ("target_end", _I), ("evidence", _S), ("rule", _S),
            ("confidence", _F),
        ]
    ),
    "quotes": pa.schema(
        [
            ("id", _S), ("article_id", _S), ("start", _I), ("end", _I), ("text", _S),
            ("speaker", _S), ("speaker_actor", _S), ("speaker_code", _S),
            ("speaker_start", _I), ("speaker_end", _I), ("cue", _S),
            ("partial", pa.bool_()), ("sentence_indices", pa.list_(_I)), ("rule", _S),
        ]
    ),
    "failures": pa.schema(
        [("path", _S), ("stage", _S), ("reason", _S), ("at", pa.timestamp("us"))]
    ),
}

# Child tables whose rows carry their own id. The store keeps no index on it
# (schema version 4: memory); a row whose id repeats within a batch is dropped
# here, and rows of an article already stored are never written again.
_KEYED = ("events", "quotes")


@dataclass(frozen=True, slots=True)
class WriteStats:
    """What one batch added to the store.

    ``new``: articles stored; ``duplicate``: articles skipped because their id
    was already stored (or repeated in the batch); ``events``/``quotes``/
    ``mentions``/``sentences``: rows stored; ``failures``: failures recorded
    for this batch (including articles the store itself rejected).
    """

    new: int = 0
    duplicate: int = 0
    events: int = 0
    quotes: int = 0
    failures: int = 0
    mentions: int = 0
    sentences: int = 0


class _Invalid(ValueError):
    """A value the store cannot hold; the article becomes a Failure."""


# Arrow checks types, ranges and Unicode when it builds a column; these are
# the errors it raises for a value the column cannot hold.
_CONVERSION_ERRORS = (pa.ArrowException, TypeError, ValueError, OverflowError)


def _date(value: str | None, what: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise _Invalid(f"{what} {value!r} is not an ISO date (YYYY-MM-DD)")
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise _Invalid(f"{what} {value!r} is not a real date") from exc


def _span(span: tuple[int, int] | None) -> tuple[int | None, int | None]:
    if span is None:
        return None, None
    return span[0], span[1]


def _repairs_json(article: Article) -> str:
    return json.dumps(
        [
            {
                "start": r.start,
                "end": r.end,
                "original": r.original,
                "replacement": r.replacement,
                "codecs": r.codecs,
                "confidence": r.confidence,
            }
            for r in article.repairs
        ],
        ensure_ascii=False,
    )


def _article_row(a: Article, now: dt.datetime) -> tuple[Any, ...]:
    return (
        a.id, a.path or "", a.title, _date(a.date, "article date"), a.dateline, a.source,
        a.url, a.language, a.text, a.body_start, _repairs_json(a), now,
    )


def _sentence_row(aid: str, s: Sentence) -> tuple[Any, ...]:
    return (aid, s.index, s.start, s.end, s.text)


def _mention_row(aid: str, m: Mention) -> tuple[Any, ...]:
    a = m.actor
    return (
        m.id, aid, m.sentence_index, m.start, m.end, m.text, m.kind,
        a.code if a else None, a.principal if a else None, a.role if a else None,
        a.name if a else None, m.person, m.label, m.antecedent, m.token_start, m.token_end,
    )


def _event_row(aid: str, e: Event) -> tuple[Any, ...]:
    loc, src, tgt = e.location, e.source_actor, e.target_actor
    code = e.code if isinstance(e.code, str) else ""
    return (
        e.id, aid, e.sentence_index, e.sentence,
        src.principal, src.code, src.role, src.name,
        tgt.principal, tgt.code, tgt.role, tgt.name,
        e.code, code[:3], e.root, e.quad_class, e.goldstein, _date(e.date, "event date"),
        loc.name if loc else None, loc.country if loc else None,
        loc.admin1 if loc else None, loc.lat if loc else None, loc.lon if loc else None,
        *_span(e.trigger), *_span(e.source_span), *_span(e.target_span),
        e.evidence, e.rule, e.confidence,
    )


def _quote_row(aid: str, q: Quote) -> tuple[Any, ...]:
    return (
        q.id, aid, q.start, q.end, q.text, q.speaker, q.speaker_actor, q.speaker_code,
        *_span(q.speaker_span), q.cue, q.partial, list(q.sentence_indices), q.rule,
    )


def result_rows(result: Result, now: dt.datetime) -> dict[str, list[tuple[Any, ...]]]:
    """Flatten one Result into rows per table (types are checked by ``to_arrow``).

    Raises:
        ValueError: a date that is not ISO YYYY-MM-DD.
    """
    aid = result.article.id
    return {
        "articles": [_article_row(result.article, now)],
        "sentences": [_sentence_row(aid, s) for s in result.sentences],
        "mentions": [_mention_row(aid, m) for m in result.mentions],
        "events": [_event_row(aid, e) for e in result.events],
        "quotes": [_quote_row(aid, q) for q in result.quotes],
    }


def _unique_ids(
    rows: dict[str, list[tuple[Any, ...]]], seen: dict[str, set[str]]
) -> dict[str, list[tuple[Any, ...]]]:
    """One article's rows without the keyed rows whose id the batch already holds.

    An event's id hashes its article, sentence, actors, code and trigger, a quote's its
    article and span: a repeat tells the same event or quote again, and the first is kept.
    """
    for table, ids in seen.items():
        kept = []
        for row in rows[table]:
            if row[0] not in ids:
                ids.add(row[0])
                kept.append(row)
        rows[table] = kept
    return rows


def to_arrow(
    table: str, rows: Sequence[tuple[Any, ...]], required: frozenset[str] = frozenset()
) -> pa.Table:
    """Rows (tuples in schema order) as an Arrow table with the exact column types.

    ``required`` names the NOT NULL columns; a missing value there is caught
    here, for one article, rather than by DuckDB for the whole batch.

    Raises:
        ValueError, TypeError, pyarrow.ArrowException: a value the column
            cannot hold (wrong type, out of range, lone surrogate, missing).
    """
    schema = ARROW_SCHEMAS[table]
    columns = list(zip(*rows)) if rows else [() for _ in schema]
    arrays = [pa.array(col, type=field.type) for col, field in zip(columns, schema)]
    for array, field in zip(arrays, schema):
        if array.null_count and field.name in required:
            raise _Invalid(f"{table}.{field.name} is required but missing")
    return pa.Table.from_arrays(arrays, schema=schema)


def required_columns(con: duckdb.DuckDBPyConnection) -> dict[str, frozenset[str]]:
    """The NOT NULL columns of each table, read from the schema itself."""
    rows = con.execute(
        "SELECT table_name, column_name FROM duckdb_columns() "
        "WHERE database_name = current_database() AND schema_name = 'main' AND NOT is_nullable"
    ).fetchall()
    found: dict[str, set[str]] = {t: set() for t in ARROW_SCHEMAS}
    for table, column in rows:
        found.setdefault(table, set()).add(column)
    return {t: frozenset(c) for t, c in found.items()}


def _check_rows(
    rows: dict[str, list[tuple[Any, ...]]], required: dict[str, frozenset[str]]
) -> None:
    """Raise _Invalid naming the table if any of one article's rows cannot be stored."""
    for table, table_rows in rows.items():
        try:
            to_arrow(table, table_rows, required[table])
        except _CONVERSION_ERRORS as exc:
            raise _Invalid(f"{table}: {exc}") from exc


def _batch_tables(
    per_article: list[tuple[Result, dict[str, list[tuple[Any, ...]]]]],
    rejected: list[Failure],
    required: dict[str, frozenset[str]],
) -> dict[str, pa.Table]:
    """Arrow tables for the whole batch; articles with unstorable values are rejected.

    The whole batch is converted at once; only if that fails is each
    article checked alone, to find and reject the bad ones.
    """
    tables = [t for t in ARROW_SCHEMAS if t != "failures"]
    try:
        return {
            t: to_arrow(t, [r for _, rows in per_article for r in rows[t]], required[t])
            for t in tables
        }
    except _CONVERSION_ERRORS:
        log.debug("batch conversion failed; checking articles one by one")
    good = []
    for result, rows in per_article:
        try:
            _check_rows(rows, required)
        except _Invalid as exc:
            rejected.append(_rejection(result, exc))
            continue
        good.append(rows)
    return {t: to_arrow(t, [r for rows in good for r in rows[t]], required[t]) for t in tables}


def _rejection(result: Result, exc: Exception) -> Failure:
    where = result.article.path or str(result.article.id)
    log.warning("not storing %s: %s", where, exc)
    return Failure(where, STAGE, f"the store cannot hold this article: {exc}")


def _insert(con: duckdb.DuckDBPyConnection, table: str, data: pa.Table) -> int:
    """Insert an Arrow table in one statement; returns the rows inserted."""
    if data.num_rows == 0:
        return 0
    view = f"_batch_{table}"
    names = ", ".join(f'"{n}"' for n in data.schema.names)
    con.register(view, data)
    try:
        # fetchall, not fetchone: DuckDB refuses new work while a result is unread.
        rows = con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM {view}").fetchall()
    finally:
        con.unregister(view)
    return int(rows[0][0]) if rows else 0


def _storable(text: str) -> bool:
    """Whether DuckDB can hold the text (no lone surrogates)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def stored_ids(con: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> set[str]:
    """Those of ``ids`` that are already stored as articles."""
    wanted = sorted({i for i in ids if isinstance(i, str) and _storable(i)})
    if not wanted:
        return set()
    if len(wanted) == 1:
        # The ingest asks for one id per article: a pushed-down filter costs
        # half the CPU of the join below (1.0 vs 2.5 ms on 33,792 articles).
        rows = con.execute("SELECT id FROM articles WHERE id = ?", wanted).fetchall()
        return {r[0] for r in rows}
    rows = con.execute(
        "SELECT id FROM articles WHERE id IN (SELECT unnest(CAST(? AS VARCHAR[])))", [wanted]
    ).fetchall()
    return {r[0] for r in rows}


def write_batch(
    con: duckdb.DuckDBPyConnection, results: Sequence[Result], failures: Sequence[Failure]
) -> WriteStats:
    """Write a batch in ONE transaction: all of it or none of it.

    Articles already stored (or repeated within the batch) are skipped with
    everything they carry. A Result the store cannot hold becomes a Failure
    of stage "store"; the rest of the batch goes on. A failure already
    recorded with the same path, stage and reason is not recorded twice.

    Raises:
        duckdb.Error: the transaction failed and was rolled back; nothing
            from this batch is stored.
    """
    # flattening allocates ~10^5 tuples with no cycles: the collector's passes over them
    # (and over a big process heap, e.g. spaCy's) cost a third of the batch time
    with collector_paused():
        return _write(con, results, failures)


def _write(
    con: duckdb.DuckDBPyConnection, results: Sequence[Result], failures: Sequence[Failure]
) -> WriteStats:
    """The body of ``write_batch``."""
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    rejected: list[Failure] = []
    con.execute("BEGIN TRANSACTION")
    try:
        existing = stored_ids(con, (r.article.id for r in results))
        seen: set[str] = set()
        row_ids: dict[str, set[str]] = {table: set() for table in _KEYED}
        duplicate = 0
        per_article: list[tuple[Result, dict[str, list[tuple[Any, ...]]]]] = []
        for result in results:
            aid = result.article.id
            if aid in existing or aid in seen:
                duplicate += 1
                continue
            seen.add(aid)
            try:
                per_article.append((result, _unique_ids(result_rows(result, now), row_ids)))
            except _CONVERSION_ERRORS as exc:
                rejected.append(_rejection(result, exc))
        tables = _batch_tables(per_article, rejected, required_columns(con))
        all_failures = [*failures, *rejected]
        tables["failures"] = to_arrow("failures", _new_failures(con, all_failures, now))
        counts = {name: _insert(con, name, data) for name, data in tables.items()}
        con.execute("COMMIT")
    except BaseException:
        _rollback(con)
        raise
    return WriteStats(
        new=counts["articles"],
        duplicate=duplicate,
        events=counts["events"],
        quotes=counts["quotes"],
        failures=len(all_failures),
        mentions=counts["mentions"],
        sentences=counts["sentences"],
    )


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back without hiding the error that caused it."""
    try:
        con.execute("ROLLBACK")
    except duckdb.Error as exc:
        log.error("rollback failed: %s", exc)


def _new_failures(
    con: duckdb.DuckDBPyConnection, failures: Sequence[Failure], now: dt.datetime
) -> list[tuple[Any, ...]]:
    """Failure rows not already stored, so re-running a bad file adds nothing."""
    rows: dict[tuple[str, str, str], tuple[Any, ...]] = {}
    for f in failures:
        path, stage, reason = (
            (str(v).encode("utf-8", "replace").decode("utf-8") if v is not None else "")
            for v in (f.path, f.stage, f.reason)
        )
        rows.setdefault((path, stage, reason), (path, stage, reason, now))
    if not rows:
        return []
    known = pa.table(
        {
            "path": pa.array([k[0] for k in rows], type=_S),
            "stage": pa.array([k[1] for k in rows], type=_S),
            "reason": pa.array([k[2] for k in rows], type=_S),
        }
    )
    con.register("_batch_failure_keys", known)
    try:
        stored = con.execute(
            "SELECT f.path, f.stage, f.reason FROM failures f "
            "JOIN _batch_failure_keys k USING (path, stage, reason)"
        ).fetchall()
    finally:
        con.unregister("_batch_failure_keys")
    for path, stage, reason in stored:
        rows.pop((path, stage, reason), None)
    return list(rows.values())
