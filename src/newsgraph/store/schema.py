"""The store's tables, and the ordered migrations that build and upgrade them.

A store file records its version in ``meta(key, value)`` under
``schema_version``. Each migration is applied in its own transaction together
with the version bump, so a file is always at one whole version or another.
Never edit a released migration: append a new one.
"""

from __future__ import annotations

from dataclasses import dataclass

VERSION_KEY = "schema_version"


@dataclass(frozen=True, slots=True)
class Migration:
    """One upgrade step: from ``version - 1`` to ``version``."""

    version: int
    description: str
    statements: tuple[str, ...]


_V1 = (
    """
    CREATE TABLE meta (
        key VARCHAR PRIMARY KEY,
        value VARCHAR NOT NULL
    )
    """,
    """
    CREATE TABLE articles (
        id VARCHAR PRIMARY KEY,
        path VARCHAR NOT NULL,
        title VARCHAR,
        date DATE,
        dateline VARCHAR,
        source VARCHAR,
        url VARCHAR,
        language VARCHAR,
        text VARCHAR NOT NULL,
        body_start INTEGER NOT NULL,
        repairs JSON,
        ingested_at TIMESTAMP NOT NULL
    )
    """,
    """
    CREATE TABLE sentences (
        article_id VARCHAR NOT NULL,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text VARCHAR NOT NULL
    )
    """,
    """
    CREATE TABLE mentions (
        id VARCHAR NOT NULL,
        article_id VARCHAR NOT NULL,
        sentence_index INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,
        code VARCHAR,
        principal VARCHAR,
        role VARCHAR,
        name VARCHAR,
        person VARCHAR,
        label VARCHAR,
        antecedent VARCHAR,
        token_start INTEGER,
        token_end INTEGER
    )
    """,
    """
    CREATE TABLE events (
        id VARCHAR PRIMARY KEY,
        article_id VARCHAR NOT NULL,
        sentence_index INTEGER NOT NULL,
        sentence VARCHAR NOT NULL,
        source VARCHAR NOT NULL,
        source_actor VARCHAR NOT NULL,
        source_role VARCHAR,
        source_name VARCHAR,
        target VARCHAR NOT NULL,
        target_actor VARCHAR NOT NULL,
        target_role VARCHAR,
        target_name VARCHAR,
        code VARCHAR NOT NULL,
        base_code VARCHAR NOT NULL,
        root VARCHAR NOT NULL,
        quad_class INTEGER NOT NULL,
        goldstein DOUBLE NOT NULL,
        date DATE,
        location VARCHAR,
        location_country VARCHAR,
        location_admin1 VARCHAR,
        location_lat DOUBLE,
        location_lon DOUBLE,
        trigger_start INTEGER NOT NULL,
        trigger_end INTEGER NOT NULL,
        source_start INTEGER NOT NULL,
        source_end INTEGER NOT NULL,
        target_start INTEGER NOT NULL,
        target_end INTEGER NOT NULL,
        evidence VARCHAR NOT NULL,
        rule VARCHAR NOT NULL,
        confidence DOUBLE NOT NULL
    )
    """,
    """
    CREATE TABLE quotes (
        id VARCHAR PRIMARY KEY,
        article_id VARCHAR NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text VARCHAR NOT NULL,
        speaker VARCHAR,
        speaker_actor VARCHAR,
        speaker_code VARCHAR,
        speaker_start INTEGER,
        speaker_end INTEGER,
        cue VARCHAR,
        partial BOOLEAN NOT NULL,
        sentence_indices INTEGER[] NOT NULL,
        rule VARCHAR NOT NULL
    )
    """,
    """
    CREATE TABLE failures (
        path VARCHAR NOT NULL,
        stage VARCHAR NOT NULL,
        reason VARCHAR NOT NULL,
        "at" TIMESTAMP NOT NULL
    )
    """,
)

# Version 2: the article view and the per-article queries look rows up by
# article id; without an index each lookup scans the whole child table.
_V2 = (
    "CREATE INDEX sentences_article ON sentences (article_id)",
    "CREATE INDEX mentions_article ON mentions (article_id)",
    "CREATE INDEX events_article ON events (article_id)",
    "CREATE INDEX quotes_article ON quotes (article_id)",
)

# Version 3: DuckDB holds every ART index whole in memory and never evicts it,
# so each index costs memory for as long as the store is open, growing with
# every article. Measured on a real 33,792-article store: 580 bytes of index
# per article, of which the four article_id indexes were 370 (sentences 117,
# mentions 126, quotes 77, events 47), more than the primary keys (articles
# 70, quotes 112, events 31). A page's per-article lookup without them scans
# the child tables: 20 -> 30 ms at that size. Keeping memory flat over a
# long ingest is worth more; the primary keys stay (article dedup, and
# INSERT OR IGNORE of keyed rows).
_V3 = (
    "DROP INDEX IF EXISTS sentences_article",
    "DROP INDEX IF EXISTS mentions_article",
    "DROP INDEX IF EXISTS events_article",
    "DROP INDEX IF EXISTS quotes_article",
)

# Version 4: the events and quotes primary keys go the way of the article_id
# indexes. Their ART indexes grew the store process by 128 bytes per row, held
# whole and never evicted; without them the store's growth over 100,000
# generated articles fell from 4.1 to 1.8 MB per 10,000 articles
# (benchmarks/memory_100k.py, 2026-11-28 and 2026-11-29). Uniqueness does not
# need them: rows are only ever written with their article, which the articles
# key admits once, and the writer and the Parquet load drop a repeated id
# within what they insert. DuckDB cannot drop a key in place, so each table is
# rebuilt with version 1's columns, the id merely NOT NULL, and copied over.


def _unkeyed(table: str) -> tuple[str, ...]:
    """Rebuild a version-1 table without its primary key, keeping every row."""
    created = next(st for st in _V1 if f"CREATE TABLE {table} (" in st)
    assert "id VARCHAR PRIMARY KEY" in created
    return (
        f"ALTER TABLE {table} RENAME TO {table}_v3",
        created.replace("id VARCHAR PRIMARY KEY", "id VARCHAR NOT NULL"),
        f"INSERT INTO {table} SELECT * FROM {table}_v3",
        f"DROP TABLE {table}_v3",
    )


_V4 = (*_unkeyed("events"), *_unkeyed("quotes"))

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "tables: meta, articles, sentences, mentions, events, quotes, failures", _V1),
    Migration(2, "indexes on article_id for per-article lookups", _V2),
    Migration(3, "drop the article_id indexes (memory that grows with every article)", _V3),
    Migration(4, "drop the events and quotes primary keys (memory that grows with every row)", _V4),
)

LATEST_VERSION = MIGRATIONS[-1].version

# The tables a newsgraph store holds, in the order a batch writes them.
TABLES: tuple[str, ...] = ("articles", "sentences", "mentions", "events", "quotes", "failures")
