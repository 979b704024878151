"""Bring a store file to the latest schema version, one transaction per step."""

from __future__ import annotations

import logging

import duckdb

from newsgraph.errors import StoreError
from newsgraph.store.schema import LATEST_VERSION, MIGRATIONS, VERSION_KEY

log = logging.getLogger(__name__)


def _tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
        "AND schema_name = 'main'"
    ).fetchall()
    return {r[0] for r in rows}


def schema_version(con: duckdb.DuckDBPyConnection, path: str) -> int:
    """The file's schema version: 0 for an empty file.

    Raises:
        StoreError: the file holds tables but is not a newsgraph store, or
            its version is unreadable.
    """
    tables = _tables(con)
    if "meta" not in tables:
        if tables:
            raise StoreError(
                f"{path} is a DuckDB file but not a newsgraph store (it has tables "
                f"{', '.join(sorted(tables)[:5])} and no meta table); use a different --db"
            )
        return 0
    rows = con.execute("SELECT value FROM meta WHERE key = ?", [VERSION_KEY]).fetchall()
    row = rows[0] if rows else None
    if row is None or not str(row[0]).isdigit():
        raise StoreError(
            f"{path} has no readable {VERSION_KEY} in its meta table; "
            "it was not written by newsgraph or was damaged: use a different --db"
        )
    return int(row[0])


def migrate(con: duckdb.DuckDBPyConnection, path: str) -> int:
    """Apply every migration newer than the file's version; returns the final version.

    Each step runs in its own transaction with its version bump, so an
    interrupted upgrade leaves the file at the last whole version.

    Raises:
        StoreError: the file is from a newer newsgraph, or a step failed.
    """
    version = schema_version(con, path)
    if version > LATEST_VERSION:
        raise StoreError(
            f"{path} has schema version {version}, newer than this newsgraph "
            f"understands ({LATEST_VERSION}); upgrade newsgraph or use a different --db"
        )
    for step in MIGRATIONS:
        if step.version <= version:
            continue
        log.info("upgrading %s to schema version %d: %s", path, step.version, step.description)
        con.execute("BEGIN TRANSACTION")
        try:
            for statement in step.statements:
                con.execute(statement)
            con.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                [VERSION_KEY, str(step.version)],
            )
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise StoreError(
                f"could not upgrade {path} to schema version {step.version} "
                f"({step.description}): {exc}; the file is left at version {version}"
            ) from exc
        version = step.version
    return version
