"""Migrations: old files are upgraded step by step; a failed step leaves a whole version."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from store_results import korea_result

from newsgraph.errors import StoreError
from newsgraph.store import LATEST_VERSION, MIGRATIONS, Migration, Store
from newsgraph.store import migrations as migrations_module


def _make_v1_file(path: str) -> None:
    """A store as version 1 of newsgraph wrote it, with one article in it."""
    con = duckdb.connect(path)
    con.execute("BEGIN TRANSACTION")
    for statement in MIGRATIONS[0].statements:
        con.execute(statement)
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.execute(
        "INSERT INTO articles (id, path, text, body_start, ingested_at) "
        "VALUES ('old-article', 'old.txt', 'Old text.', 0, now())"
    )
    con.execute("COMMIT")
    con.close()


def _indexes(store: Store) -> set[str]:
    rows = store.connection.execute("SELECT index_name FROM duckdb_indexes()").fetchall()
    return {r[0] for r in rows}


def test_store_migrations_are_numbered_in_order() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert LATEST_VERSION == MIGRATIONS[-1].version >= 2
    assert all(m.statements and m.description for m in MIGRATIONS)


def test_store_migrations_upgrade_a_v1_file(db_path: str) -> None:
    _make_v1_file(db_path)
    with Store.open(db_path) as store:
        assert store.version == LATEST_VERSION
        assert not {"events_article", "quotes_article", "mentions_article"} & _indexes(store)
        assert store.known_ids(["old-article"]) == {"old-article"}
        stats = store.write_batch([korea_result()], [])
        assert stats.new == 1
    with Store.open(db_path, read_only=True) as reader:
        rows = reader.connection.execute("SELECT value FROM meta").fetchall()
        assert rows == [(str(LATEST_VERSION),)]


def test_store_migrations_read_only_refuses_an_old_file(db_path: str) -> None:
    _make_v1_file(db_path)
    with pytest.raises(StoreError, match="open it once for writing"):
        Store.open(db_path, read_only=True)


def test_store_migrations_failed_step_leaves_last_whole_version(
    db_path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    Store.open(db_path).close()
    broken = Migration(
        LATEST_VERSION + 1,
        "a step that fails halfway",
        ("CREATE TABLE half_done (a INTEGER)", "SELECT * FROM no_such_table"),
    )
    monkeypatch.setattr(migrations_module, "MIGRATIONS", (*MIGRATIONS, broken))
    monkeypatch.setattr(migrations_module, "LATEST_VERSION", broken.version)
    with pytest.raises(StoreError, match=f"left at version {LATEST_VERSION}"):
        Store.open(db_path)
    monkeypatch.undo()
    with Store.open(db_path) as store:
        assert store.version == LATEST_VERSION
        tables = {r[0] for r in store.connection.execute("SHOW TABLES").fetchall()}
        assert "half_done" not in tables


def test_store_migrations_failed_creation_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = Migration(1, "broken first step", ("CREATE TABLE meta (", ))
    monkeypatch.setattr(migrations_module, "MIGRATIONS", (broken,))
    monkeypatch.setattr(migrations_module, "LATEST_VERSION", 1)
    path = tmp_path / "new.duckdb"
    with pytest.raises(StoreError, match="could not upgrade"):
        Store.open(str(path))
    assert not path.exists()
    assert not Path(str(path) + ".wal").exists()


def _make_v2_file(path: str) -> None:
    """A store as version 2 wrote it: the article_id indexes, and one article stored."""
    _make_v1_file(path)
    con = duckdb.connect(path)
    con.execute("BEGIN TRANSACTION")
    for statement in MIGRATIONS[1].statements:
        con.execute(statement)
    con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    con.execute("COMMIT")
    con.close()


def test_store_migrations_v3_drops_article_indexes_and_keeps_rows(db_path: str) -> None:
    _make_v2_file(db_path)
    with Store.open(db_path) as store:
        assert store.version == LATEST_VERSION >= 3
        indexes = _indexes(store)
        assert not {"sentences_article", "mentions_article", "events_article",
                    "quotes_article"} & indexes
        assert store.known_ids(["old-article"]) == {"old-article"}
        first = store.write_batch([korea_result()], [])
        again = store.write_batch([korea_result()], [])
        rows = store.connection.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), "
            "(SELECT count(*) FROM quotes)"
        ).fetchall()[0]
    assert (first.new, again.new, again.duplicate) == (1, 0, 1)
    assert rows == (2, first.events, first.quotes)


def _keyed(store: Store) -> set[str]:
    rows = store.connection.execute(
        "SELECT table_name FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'"
    ).fetchall()
    return {r[0] for r in rows}


def test_store_migrations_v4_drops_row_keys_and_keeps_rows(db_path: str) -> None:
    Store.open(db_path).close()
    with Store.open(db_path) as store:
        assert _keyed(store) == {"meta", "articles"}
    # An old store with keyed events and quotes and one stored article.
    _make_v2_file(db_path + ".old")
    con = duckdb.connect(db_path + ".old")
    for statement in MIGRATIONS[2].statements:
        con.execute(statement)
    con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    result = korea_result()
    event, quote = result.events[0], result.quotes[0]
    con.execute(
        "INSERT INTO events (id, article_id, sentence_index, sentence, source, source_actor, "
        "target, target_actor, code, base_code, root, quad_class, goldstein, trigger_start, "
        "trigger_end, source_start, source_end, target_start, target_end, evidence, rule, "
        "confidence) VALUES (?, 'old-article', 0, 's', 'KOR', 'KORGOV', 'NATO', 'NATO', "
        "'040', '040', '04', 1, 1.0, 0, 1, 0, 1, 0, 1, 'e', 'r', 0.9)",
        [event.id],
    )
    con.execute(
        "INSERT INTO quotes (id, article_id, start, \"end\", text, partial, sentence_indices, "
        "rule) VALUES (?, 'old-article', 0, 5, 'q', false, [0], 'r')",
        [quote.id],
    )
    keyed_before = {
        r[0]
        for r in con.execute(
            "SELECT table_name FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY'"
        ).fetchall()
    }
    con.close()
    assert {"events", "quotes"} <= keyed_before
    with Store.open(db_path + ".old") as store:
        assert store.version == LATEST_VERSION >= 4
        assert _keyed(store) == {"meta", "articles"}
        kept = store.connection.execute(
            "SELECT (SELECT id FROM events), (SELECT id FROM quotes)"
        ).fetchall()[0]
        assert kept == (event.id, quote.id)
        columns = store.connection.execute(
            "SELECT count(*) FROM duckdb_columns() WHERE table_name = 'events' AND NOT is_nullable"
        ).fetchall()[0][0]
        assert columns == 22  # every NOT NULL column of version 1 kept, the id too
        first = store.write_batch([result], [])
        again = store.write_batch([result], [])
        counts = store.connection.execute(
            "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM quotes)"
        ).fetchall()[0]
    assert (first.new, again.new, again.duplicate) == (1, 0, 1)
    assert counts == (1 + first.events, 1 + first.quotes)
