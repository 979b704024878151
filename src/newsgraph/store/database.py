"""The Store: one DuckDB file, opened once, written in whole batches."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType

import duckdb

from newsgraph.errors import StoreError, StoreLocked
from newsgraph.model import Failure, Result
from newsgraph.settings import Settings, load_settings
from newsgraph.store import writer
from newsgraph.store.migrations import migrate, schema_version
from newsgraph.store.schema import LATEST_VERSION
from newsgraph.store.writer import WriteStats

log = logging.getLogger(__name__)

MEMORY = ":memory:"
MIB = 2**20
_PID = re.compile(r"\(PID (\d+)\)")


def _check_path(path: str, read_only: bool) -> None:
    """Fail early, with a message that says what to do, on paths DuckDB cannot use."""
    if path == MEMORY:
        if read_only:
            raise StoreError("an in-memory store cannot be opened read-only")
        return
    p = Path(path)
    if p.is_dir():
        raise StoreError(
            f"{path} is a directory, not a store file; give a file path such as "
            f"{p / 'newsgraph.duckdb'} with --db"
        )
    if not p.exists():
        if read_only:
            raise StoreError(
                f"{path} does not exist; check --db, or ingest some articles first"
            )
        parent = p.parent
        if not parent.is_dir():
            raise StoreError(
                f"cannot create {path}: {parent} is not an existing directory; "
                "create the directory or use a different --db"
            )
        if not os.access(parent, os.W_OK):
            raise StoreError(
                f"cannot create {path}: the directory {parent} is not writable; "
                "use a different --db"
            )
        return
    if p.stat().st_size == 0:
        raise StoreError(
            f"{path} is an empty file, not a DuckDB store; remove it or use a different --db"
        )
    if not read_only and not os.access(p, os.W_OK):
        raise StoreError(
            f"{path} is not writable; fix its permissions, open it read-only, "
            "or use a different --db"
        )


def _connect(path: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(path, read_only=read_only)
    except duckdb.IOException as exc:
        text = str(exc)
        if "lock" in text.lower():
            pid = _PID.search(text)
            holder = f"another process (PID {pid.group(1)})" if pid else "another process"
            raise StoreLocked(
                f"{path} is open for writing by {holder}; DuckDB allows one writer. "
                "Stop that process or wait for it to finish, or use a different --db"
            ) from exc
        raise StoreError(f"cannot open {path}: {text}; use a different --db") from exc
    except duckdb.ConnectionException as exc:
        if "different configuration" not in str(exc):
            raise StoreError(f"cannot open {path}: {exc}; use a different --db") from exc
        mode = "read-only" if read_only else "for writing"
        raise StoreLocked(
            f"{path} is already open in this process in another mode, so it cannot also be "
            f"opened {mode}; reuse the open Store or close it first"
        ) from exc
    except duckdb.Error as exc:
        raise StoreError(f"cannot open {path}: {exc}; use a different --db") from exc


# DuckDB holds ART indexes (here the primary keys) whole in memory and never
# evicts them: about 70 bytes per key on real articles. The limit grants this
# much per stored key on top of the buffer pool, so a key insert never fails.
_INDEX_BYTES_PER_KEY = 128
_KEYED_TABLES = ("articles",)  # the only primary key left (schema version 4)
# Below this a batch's own working memory (the id lookup's join, the rows not
# yet checkpointed) can fail: 8 MiB failed on batches of 2,000 articles, 16 held.
MIN_POOL_MB = 16


def _key_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """How many rows each keyed table holds."""
    return {
        table: int(con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0])
        for table in _KEYED_TABLES
    }


def _memory_limit_mb(con: duckdb.DuckDBPyConnection, pool_mb: int, keys: int | None = None) -> int:
    """The pool plus room for every primary-key value already stored."""
    if keys is None:
        keys = sum(_key_counts(con).values())
    return max(pool_mb, MIN_POOL_MB) + -(-keys * _INDEX_BYTES_PER_KEY // MIB)


class _IdFilter:
    """A fixed-size Bloom filter of the stored article ids: a negative answer is sure.

    The ingest asks the store about every article before parsing it; a DuckDB
    query costs about 1.9 ms of CPU (three times what writing the article
    costs), and on a fresh stream nearly every answer is "not stored". The
    filter answers those in microseconds from 2 MiB that never grow; a
    possible hit still goes to DuckDB, so a false positive only costs the
    query. (With a million ids stored, about 0.5% of new ids are queried.)
    """

    __slots__ = ("bits", "count")
    _BITS = 1 << 24
    _MASK = _BITS - 1

    def __init__(self) -> None:
        self.bits = bytearray(self._BITS >> 3)
        self.count = 0  # article ids added (the store's row count, while in step)

    @classmethod
    def _slots(cls, key: str) -> tuple[int, int, int]:
        h = hash(key)  # str hashes are stable within the process that holds the filter
        return h & cls._MASK, (h >> 20) & cls._MASK, (h >> 40) & cls._MASK

    def add(self, key: str) -> None:
        for slot in self._slots(key):
            self.bits[slot >> 3] |= 1 << (slot & 7)

    def __contains__(self, key: str) -> bool:
        return all(self.bits[slot >> 3] & (1 << (slot & 7)) for slot in self._slots(key))

    @classmethod
    def of_store(cls, con: duckdb.DuckDBPyConnection) -> _IdFilter:
        """A filter holding every article id stored now (read in chunks)."""
        found = cls()
        result = con.execute("SELECT id FROM articles")
        while rows := result.fetchmany(65536):
            for (article_id,) in rows:
                found.add(article_id)
                found.count += 1
        return found


def _bound_memory(con: duckdb.DuckDBPyConnection, limit_mb: int, temp_dir: str) -> None:
    """Cap DuckDB's memory so a long ingest holds flat memory.

    DuckDB's default limit is 80% of RAM, and until it is reached every block
    written stays cached: storing 100,000 short articles grew a process by
    22 MB per 10,000 (5 MB capped). Under the cap, cold table blocks are
    dropped and read back from the file on demand; what cannot be dropped
    spills to ``temp_dir``.
    """
    con.execute(f"SET memory_limit = '{int(limit_mb)}MiB'")
    if temp_dir:
        quoted = temp_dir.replace("'", "''")
        con.execute(f"SET temp_directory = '{quoted}'")


def _settings() -> Settings:
    """The user's settings, or the defaults if they cannot be read (a store still opens)."""
    try:
        return load_settings()
    except (OSError, ValueError, TypeError) as exc:
        log.warning("could not read the settings (%s); the store uses the defaults", exc)
        return Settings()


def _remove_new_file(path: str) -> None:
    """Delete a store file this process just created and failed to initialise."""
    for leftover in (Path(path), Path(path + ".wal")):
        try:
            leftover.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not remove half-created %s: %s", leftover, exc)


class Store:
    """A newsgraph store: a DuckDB file with the schema of ``schema.py``.

    Open it with ``Store.open(path)``; use it as a context manager or call
    ``close()``. One process at a time may hold a store open for writing.
    """

    __slots__ = (
        "path", "read_only", "version", "_con", "_pool_mb", "_temp_dir", "_limit_mb", "_ids"
    )

    def __init__(
        self,
        path: str,
        con: duckdb.DuckDBPyConnection,
        read_only: bool,
        version: int,
        pool_mb: int = 0,
        temp_dir: str = "",
    ) -> None:
        self.path = path
        self.read_only = read_only
        self.version = version
        self._con: duckdb.DuckDBPyConnection | None = con
        # An in-memory store keeps all its data in DuckDB's pool: never capped.
        self._pool_mb = pool_mb if path != MEMORY else 0
        self._temp_dir = temp_dir
        self._limit_mb = 0  # the cap in force; 0 until the first batch sets one
        self._ids: _IdFilter | None = None  # built by the first known_ids call

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        read_only: bool = False,
        memory_mb: int | None = None,
        temp_dir: str | None = None,
    ) -> Store:
        """Open (creating it if needed) and upgrade the store at ``path``.

        Args:
            path: the DuckDB file, or ":memory:".
            read_only: open without writing; the file must exist at the
                latest schema version.
            memory_mb: DuckDB's buffer pool in MB while writing batches, on
                top of room for the primary-key indexes (0: DuckDB's default
                limit); None takes the ``store_memory_mb`` setting.
            temp_dir: where DuckDB spills past the limit ("": beside the
                file); None takes the ``store_temp_dir`` setting.
        Returns:
            An open Store.
        Raises:
            StoreLocked: another process holds the file open for writing.
            StoreError: the path cannot be used, the file is not a newsgraph
                store, or its schema cannot be brought up to date.
        """
        path = os.fspath(path)
        _check_path(path, read_only)
        created = path != MEMORY and not Path(path).exists()
        if memory_mb is None or temp_dir is None:
            settings = _settings()
            memory_mb = settings.store_memory_mb if memory_mb is None else memory_mb
            temp_dir = settings.store_temp_dir if temp_dir is None else temp_dir
        con = _connect(path, read_only)
        try:
            if read_only:
                version = schema_version(con, path)
                if version != LATEST_VERSION:
                    raise StoreError(
                        f"{path} has schema version {version}, this newsgraph needs "
                        f"{LATEST_VERSION}; open it once for writing to upgrade it"
                    )
            else:
                version = migrate(con, path)
        except duckdb.Error as exc:
            con.close()
            if created:
                _remove_new_file(path)
            raise StoreError(
                f"{path} cannot be read as a newsgraph store ({type(exc).__name__}: {exc}); "
                "it may be cut short or damaged: restore it from a copy, or use a different --db"
            ) from exc
        except BaseException:
            con.close()
            if created:
                _remove_new_file(path)
            raise
        return cls(path, con, read_only, version, memory_mb, temp_dir)

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        """The open DuckDB connection (for the query layer)."""
        if self._con is None:
            raise StoreError(f"the store {self.path} is closed; open it again")
        return self._con

    def write_batch(
        self, results: Sequence[Result], failures: Sequence[Failure] = ()
    ) -> WriteStats:
        """Store a batch of Results and Failures in one transaction.

        Articles already stored are skipped, so re-ingesting adds nothing.
        Returns the counts of what was added (see ``WriteStats``).

        Raises:
            StoreError: the store is read-only, or the write failed; then
                nothing from this batch was stored.
        """
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only; open it for writing to ingest")
        try:
            self._bound_memory()
            stats = writer.write_batch(self.connection, results, failures)
            if self._ids is not None:
                for result in results:
                    self._ids.add(result.article.id)
                self._ids.count += stats.new
        except duckdb.Error as exc:
            raise StoreError(
                f"could not write a batch of {len(results)} articles to {self.path}: {exc}; "
                "nothing from this batch was stored"
            ) from exc
        log.debug("stored batch: %s", stats)
        return stats

    def _bound_memory(self) -> None:
        """Before a batch: cap DuckDB at the pool plus room for the stored keys.

        Only batched writes set the cap: a long ingest is where cached blocks
        pile up, while one large statement on a fresh store (a Parquet load
        that adds a million keys at once) keeps DuckDB's default limit. The
        cap then stays on the connection (queries past it spill to disk).
        """
        if self._pool_mb <= 0 and self._ids is None:
            return
        counts = _key_counts(self.connection)
        if self._ids is not None and counts["articles"] != self._ids.count:
            # Articles came in another way (a Parquet load on this connection):
            # the filter would miss them; it is rebuilt when next asked.
            self._ids = None
        if self._pool_mb <= 0:
            return
        limit = _memory_limit_mb(self.connection, self._pool_mb, sum(counts.values()))
        if limit == self._limit_mb:
            return
        first = self._limit_mb == 0
        _bound_memory(self.connection, limit, self._temp_dir if first else "")
        self._limit_mb = limit

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """Those of ``ids`` already stored as articles (to skip work before parsing).

        Ids the filter of stored ids rules out are not queried (see ``_IdFilter``).
        """
        if self._ids is None:
            self._ids = _IdFilter.of_store(self.connection)
        maybe = [i for i in ids if not isinstance(i, str) or i in self._ids]
        return writer.stored_ids(self.connection, maybe) if maybe else set()

    def close(self) -> None:
        """Close the file; safe to call twice."""
        if self._con is not None:
            self._con.close()
            self._con = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._con is None else ("read-only" if self.read_only else "open")
        return f"Store({self.path!r}, {state}, schema v{self.version})"
