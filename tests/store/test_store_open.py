"""Opening stores: creation, schema, bad paths, foreign and newer files."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from newsgraph.errors import StoreError
from newsgraph.store import LATEST_VERSION, TABLES, Store


def _tables(path: str) -> set[str]:
    con = duckdb.connect(path, read_only=True)
    try:
        return {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    finally:
        con.close()


def test_store_open_creates_file_schema_and_version(db_path: str) -> None:
    with Store.open(db_path) as store:
        assert store.version == LATEST_VERSION
        row = store.connection.execute(
            "SELECT value FROM meta WHERE key = 'schema_version'"
        ).fetchall()[0]
        assert row == (str(LATEST_VERSION),)
    assert Path(db_path).is_file()
    assert set(TABLES) | {"meta"} <= _tables(db_path)


def test_store_open_has_the_contract_columns(store: Store) -> None:
    def columns(table: str) -> list[str]:
        return [r[0] for r in store.connection.execute(f"DESCRIBE {table}").fetchall()]

    assert columns("articles")[:12] == [
        "id", "path", "title", "date", "dateline", "source", "url", "language", "text",
        "body_start", "repairs", "ingested_at",
    ]
    assert columns("sentences") == ["article_id", "idx", "start", "end", "text"]
    assert columns("failures") == ["path", "stage", "reason", "at"]
    assert {"trigger_start", "location_lat", "goldstein", "quad_class"} <= set(columns("events"))
    assert {"speaker_start", "sentence_indices", "partial"} <= set(columns("quotes"))
    assert {"principal", "antecedent", "person"} <= set(columns("mentions"))


def test_store_close_twice_and_use_after_close(db_path: str) -> None:
    store = Store.open(db_path)
    store.close()
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.known_ids(["x"])


def test_store_reopen_keeps_version(db_path: str) -> None:
    Store.open(db_path).close()
    with Store.open(db_path) as again:
        assert again.version == LATEST_VERSION
    with Store.open(db_path, read_only=True) as reader:
        assert reader.version == LATEST_VERSION


def test_store_open_read_only_missing_file_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "missing.duckdb"
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(str(path), read_only=True)
    assert not path.exists()


def test_store_open_read_only_refuses_writes(db_path: str) -> None:
    Store.open(db_path).close()
    with Store.open(db_path, read_only=True) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.write_batch([], [])


def test_store_open_directory_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a directory"):
        Store.open(str(tmp_path))


def test_store_open_missing_directory_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "no" / "such" / "dir" / "x.duckdb"
    with pytest.raises(StoreError, match="not an existing directory") as info:
        Store.open(str(path))
    assert "--db" in str(info.value)
    assert not (tmp_path / "no").exists()


def test_store_open_path_under_a_file_is_a_clear_error(tmp_path: Path) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text("not a directory", encoding="utf-8")
    with pytest.raises(StoreError, match="--db"):
        Store.open(str(plain / "x.duckdb"))


def test_store_open_not_a_duckdb_file_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    content = b"these are my notes, not a database\n" * 200
    path.write_bytes(content)
    with pytest.raises(StoreError, match="cannot open"):
        Store.open(str(path))
    assert path.read_bytes() == content


def test_store_open_empty_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.duckdb"
    path.touch()
    with pytest.raises(StoreError, match="empty file"):
        Store.open(str(path))
    assert path.read_bytes() == b""


def test_store_open_foreign_duckdb_file_is_refused(tmp_path: Path) -> None:
    path = str(tmp_path / "other.duckdb")
    con = duckdb.connect(path)
    con.execute("CREATE TABLE orders (id INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a newsgraph store"):
        Store.open(path)
    assert _tables(path) == {"orders"}


def test_store_open_newer_version_is_refused(db_path: str) -> None:
    Store.open(db_path).close()
    con = duckdb.connect(db_path)
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(LATEST_VERSION + 5)])
    con.close()
    with pytest.raises(StoreError, match="upgrade newsgraph"):
        Store.open(db_path)


def test_store_open_memory_store_works() -> None:
    with Store.open(":memory:") as store:
        assert store.version == LATEST_VERSION
    with pytest.raises(StoreError):
        Store.open(":memory:", read_only=True)


def test_store_open_accepts_pathlike(tmp_path: Path) -> None:
    with Store.open(tmp_path / "p.duckdb") as store:  # type: ignore[arg-type]
        assert store.path.endswith("p.duckdb")
