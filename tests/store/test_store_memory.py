"""The memory cap while writing: a bounded pool, room for every key, no failed inserts."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_results import china_result, korea_result

from newsgraph.model import Article, Result, Sentence, stable_id
from newsgraph.store import Store
from newsgraph.store import database as database_module

_UNITS = {"KiB": 2**10, "MiB": 2**20, "GiB": 2**30, "TiB": 2**40}


def _limit_mb(store: Store) -> float:
    text = store.connection.execute("SELECT current_setting('memory_limit')").fetchall()[0][0]
    number, unit = str(text).split()
    return float(number) * _UNITS[unit] / 2**20


def _tiny(i: int) -> Result:
    """An article with one sentence and no events: one primary key each."""
    aid = stable_id("memory-test", i)
    text = f"Officials met on day {i}."
    return Result(Article(aid, text, f"m/{i}.txt"), (Sentence(0, 0, len(text), text, 0, 6),))


def test_store_memory_write_caps_duckdb_at_the_pool(db_path: str) -> None:
    with Store.open(db_path, memory_mb=48) as store:
        before = _limit_mb(store)
        store.write_batch([korea_result(), china_result()], [])
        assert 48 <= _limit_mb(store) <= 49
    assert before > 49  # opening alone leaves DuckDB's default


def test_store_memory_cap_grows_with_the_stored_keys(
    db_path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_module, "_INDEX_BYTES_PER_KEY", 2**20)

    def keys(store: Store) -> int:  # articles hold the only primary key (schema version 4)
        return int(store.connection.execute("SELECT count(*) FROM articles").fetchall()[0][0])

    with Store.open(db_path, memory_mb=40) as store:
        store.write_batch([korea_result()], [])
        assert _limit_mb(store) == 40  # set before the batch: nothing was stored yet
        after_first = keys(store)
        store.write_batch([china_result()], [])
        assert after_first > 0
        assert _limit_mb(store) == 40 + after_first


def test_store_memory_zero_and_in_memory_are_not_capped(db_path: str) -> None:
    with Store.open(db_path, memory_mb=0) as store:
        store.write_batch([korea_result()], [])
        assert _limit_mb(store) > 1024
    with Store.open(db_path, memory_mb=1) as store:
        store.write_batch([china_result()], [])
        assert database_module.MIN_POOL_MB <= _limit_mb(store) <= database_module.MIN_POOL_MB + 1
    with Store.open(":memory:", memory_mb=16) as store:
        store.write_batch([korea_result()], [])
        assert _limit_mb(store) > 1024


def test_store_memory_setting_from_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spill = tmp_path / "spill"
    monkeypatch.setenv("NEWSGRAPH_STORE_MEMORY_MB", "56")
    monkeypatch.setenv("NEWSGRAPH_STORE_TEMP_DIR", str(spill))
    with Store.open(tmp_path / "env.duckdb") as store:
        store.write_batch([korea_result()], [])
        assert 56 <= _limit_mb(store) <= 57
        temp = store.connection.execute("SELECT current_setting('temp_directory')").fetchall()
        assert temp[0][0] == str(spill)


def test_store_memory_allowance_covers_the_key_indexes(db_path: str) -> None:
    """The room granted per key is more than DuckDB's unevictable ART index takes."""
    per_batch, batches = 1500, 6
    with Store.open(db_path, memory_mb=16) as store:
        for b in range(batches):
            stats = store.write_batch([_tiny(b * per_batch + i) for i in range(per_batch)], [])
            assert stats.new == per_batch
        again = store.write_batch([_tiny(i) for i in range(per_batch)], [])
        art = store.connection.execute(
            "SELECT memory_usage_bytes FROM duckdb_memory() WHERE tag = 'ART_INDEX'"
        ).fetchall()[0][0]
        limit = _limit_mb(store)
    assert (again.new, again.duplicate) == (0, per_batch)
    keys = per_batch * batches
    assert 0 < art < keys * database_module._INDEX_BYTES_PER_KEY
    assert limit == 16 + -(-keys * database_module._INDEX_BYTES_PER_KEY // 2**20)


def test_store_memory_unreadable_settings_fall_back_to_defaults(
    db_path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSGRAPH_STORE_MEMORY_MB", "lots")
    with Store.open(db_path) as store:
        store.write_batch([korea_result()], [])
        default = database_module.Settings().store_memory_mb
        assert default <= _limit_mb(store) <= default + 1
