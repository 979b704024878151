"""Spark's Parquet output into a DuckDB store, or queried where it lies.

``load_parquet`` copies the tables into a store in one transaction with
``INSERT ... SELECT FROM read_parquet``: articles already stored are skipped
with everything they carry, so loading twice adds nothing. ``open_parquet``
instead gives a DuckDB connection whose views, named like the store's
tables, read the Parquet in place, so every ``newsgraph.query`` function
works on it unchanged.
"""

from __future__ import annotations

import logging
from typing import Any

import duckdb

from newsgraph.distributed.tables import ARTICLE_TABLES, DATE_PART, TABLES
from newsgraph.errors import StoreError
from newsgraph.store import Store
from newsgraph.store.writer import ARROW_SCHEMAS, to_arrow

log = logging.getLogger(__name__)

# What makes a child row one row: two runs' outputs put together hold an
# article's rows twice, and the store keeps no key that would refuse them.
_ROW_KEYS = {
    "sentences": "article_id, idx",
    "mentions": "id",
    "events": "id",
    "quotes": "id",
}


def _files(con: duckdb.DuckDBPyConnection, directory: str, table: str) -> str | None:
    """The glob of a table's Parquet files, or None when Spark wrote none (no rows)."""
    pattern = f"{directory.rstrip('/')}/{table}/**/*.parquet"
    found = con.execute("SELECT count(*) FROM glob(?)", [pattern]).fetchall()
    return pattern if found and found[0][0] else None


def _source(
    con: duckdb.DuckDBPyConnection, directory: str, table: str, with_part: bool = False
) -> str:
    """A SELECT of the store's columns of ``table`` from its Parquet (or an empty set).

    ``with_part`` adds the ``date_part`` column of the article tables.
    """
    names = ", ".join(f'"{n}"' for n in ARROW_SCHEMAS[table].names)
    part = with_part and table in ARTICLE_TABLES
    pattern = _files(con, directory, table)
    if pattern is None:
        view = f"_empty_{table}"
        con.register(view, to_arrow(table, []))
        blank = f", CAST(NULL AS VARCHAR) AS {DATE_PART}" if part else ""
        return f"SELECT {names}{blank} FROM {view}"
    quoted = pattern.replace("'", "''")
    extra = f", {DATE_PART}" if part else ""
    # date_part stays text ("unknown" sits beside dates), never autocast to DATE.
    hive = (
        f", hive_partitioning = true, hive_types = {{'{DATE_PART}': 'VARCHAR'}}"
        if table in ARTICLE_TABLES
        else ", hive_partitioning = false"
    )
    return f"SELECT {names}{extra} FROM read_parquet('{quoted}'{hive})"


def load_parquet(directory: str, store: Store) -> dict[str, int]:
    """Add a Spark run's Parquet tables to a store; articles already stored are skipped.

    Args:
        directory: the ``out`` of ``run_spark`` (local, or any URL DuckDB reads).
        store: a Store open for writing.
    Returns:
        Rows added per table, plus ``duplicate``: articles skipped as already stored.
    Raises:
        StoreError: the store is read-only or the load failed; then nothing was added.
    """
    if store.read_only:
        raise StoreError(f"{store.path} is open read-only; open it for writing to load Parquet")
    con = store.connection
    added: dict[str, int] = {}
    try:
        sources = {table: _source(con, directory, table) for table in TABLES}
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(
                "CREATE OR REPLACE TEMP TABLE _parquet_new AS "
                f"SELECT DISTINCT p.id FROM ({sources['articles']}) p "
                "WHERE p.id NOT IN (SELECT id FROM articles)"
            )
            total = con.execute(f"SELECT count(DISTINCT id) FROM ({sources['articles']})").fetchall()
            for table in TABLES:
                added[table] = _copy(con, table, sources[table])
            con.execute("DROP TABLE _parquet_new")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    except duckdb.Error as exc:
        raise StoreError(
            f"could not load the Parquet tables under {directory} into {store.path}: {exc}; "
            "nothing was added"
        ) from exc
    finally:
        for table in TABLES:
            try:
                con.unregister(f"_empty_{table}")
            except duckdb.Error:
                log.debug("no empty view for %s to drop", table)
    added["duplicate"] = int(total[0][0]) - added["articles"]
    log.info("loaded %s: %s", directory, added)
    return added


def _copy(con: duckdb.DuckDBPyConnection, table: str, source: str) -> int:
    names = ", ".join(f'"{n}"' for n in ARROW_SCHEMAS[table].names)
    if table == "articles":
        # One row per new id, even if two runs' outputs were put together.
        where = "WHERE id IN (SELECT id FROM _parquet_new) QUALIFY row_number() OVER (PARTITION BY id) = 1"
    elif table == "failures":
        where = (
            "WHERE NOT EXISTS (SELECT 1 FROM failures f WHERE f.path = s.path "
            "AND f.stage = s.stage AND f.reason = s.reason) "
            "QUALIFY row_number() OVER (PARTITION BY path, stage, reason) = 1"
        )
    else:
        where = (
            "WHERE article_id IN (SELECT id FROM _parquet_new) "
            f"QUALIFY row_number() OVER (PARTITION BY {_ROW_KEYS[table]}) = 1"
        )
    rows = con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM ({source}) s {where}").fetchall()
    return int(rows[0][0]) if rows else 0


def open_parquet(directory: str) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with one view per table over the Parquet, in place.

    ``newsgraph.query`` functions accept it like a Store, e.g.
    ``newsgraph.query.events(open_parquet("out"), root="04")``.
    """
    con = duckdb.connect()
    for table in TABLES:
        source = _source(con, directory, table, with_part=True)
        if f"_empty_{table}" in source:
            con.execute(f"CREATE TABLE {table} AS {source}")
            con.unregister(f"_empty_{table}")
        else:
            con.execute(f"CREATE VIEW {table} AS {source}")
    return con


def describe(directory: str) -> dict[str, Any]:
    """Row counts per table of a Spark run's output, read in place."""
    con = open_parquet(directory)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in TABLES}
    finally:
        con.close()
