"""write_batch: one transaction, idempotent, bulk, and honest about what it rejects."""

from __future__ import annotations

import dataclasses
import gc
import json
from typing import Any

import pytest
from store_results import china_result, korea_result, undated_result

from newsgraph.errors import StoreError
from newsgraph.model import Failure, Result
from newsgraph.store import TABLES, Store
from newsgraph.store import writer as writer_module


def _counts(store: Store) -> dict[str, int]:
    con = store.connection
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in TABLES}


def _batch() -> list[Result]:
    return [korea_result(), china_result(), undated_result()]


def test_store_write_batch_counts_and_rows(store: Store) -> None:
    stats = store.write_batch(_batch(), [Failure("bad.txt", "read", "not UTF-8")])
    assert (stats.new, stats.duplicate, stats.events, stats.quotes, stats.failures) == (
        3, 0, 5, 2, 1,
    )
    assert stats.mentions == 9 and stats.sentences == 7
    assert _counts(store) == {
        "articles": 3, "sentences": 7, "mentions": 9, "events": 5, "quotes": 2, "failures": 1,
    }


def test_store_write_batch_round_trips_values(store: Store) -> None:
    result = korea_result()
    store.write_batch([result], [])
    con = store.connection
    art = con.execute(
        "SELECT path, CAST(date AS VARCHAR), dateline, repairs, text FROM articles"
    ).fetchall()[0]
    assert art[:3] == (result.article.path, "2024-05-06", "SEOUL")
    assert json.loads(art[3])[0]["codecs"] == "utf-8>cp1252"
    assert art[4] == result.article.text
    event = result.events[1]
    row = con.execute(
        "SELECT source, source_actor, target, code, base_code, root, quad_class, goldstein, "
        "CAST(date AS VARCHAR), trigger_start, trigger_end, source_start, target_end, "
        "location_lat, evidence FROM events WHERE id = ?",
        [event.id],
    ).fetchall()[0]
    assert row == (
        "PRK", "PRK", "KOR", "111", "111", "11", 3, -2.0, "2024-05-05",
        *event.trigger, event.source_span[0], event.target_span[1], 37.57, event.evidence,
    )
    quote = result.quotes[0]
    qrow = con.execute(
        "SELECT text, speaker, speaker_actor, speaker_code, speaker_start, partial, "
        "sentence_indices FROM quotes"
    ).fetchall()[0]
    assert qrow == (
        quote.text, "Jens Stoltenberg", "NATO", "NATO", quote.speaker_span[0], False, [1]
    )
    mrow = con.execute(
        "SELECT code, principal, role, name FROM mentions WHERE text = 'South Korea'"
    ).fetchall()
    assert mrow == [("KORGOV", "KOR", "GOV", "South Korea")]


def test_store_write_batch_twice_adds_nothing(store: Store) -> None:
    store.write_batch(_batch(), [Failure("bad.txt", "read", "not UTF-8")])
    before = _counts(store)
    again = store.write_batch(_batch(), [Failure("bad.txt", "read", "not UTF-8")])
    assert (again.new, again.duplicate, again.events, again.quotes) == (0, 3, 0, 0)
    assert _counts(store) == before


def test_store_write_batch_idempotent_across_sessions(db_path: str) -> None:
    with Store.open(db_path) as first:
        first.write_batch(_batch()[:2], [])
    with Store.open(db_path) as second:
        stats = second.write_batch(_batch(), [])
        assert (stats.new, stats.duplicate) == (1, 2)
        assert _counts(second)["articles"] == 3
        assert _counts(second)["events"] == 5


def test_store_write_batch_repeated_article_in_one_batch(store: Store) -> None:
    stats = store.write_batch([korea_result(), korea_result()], [])
    assert (stats.new, stats.duplicate, stats.events) == (1, 1, 2)


def test_store_write_batch_known_ids(store: Store) -> None:
    batch = _batch()
    store.write_batch(batch[:1], [])
    ids = [r.article.id for r in batch]
    assert store.known_ids(ids) == {ids[0]}
    assert store.known_ids([]) == set()
    hostile: list[Any] = ["' OR 1=1 --", "\x00", "\ud800", None, 7]
    assert store.known_ids(iter(hostile)) == set()


def test_store_write_batch_known_ids_one_at_a_time(store: Store) -> None:
    batch = _batch()
    store.write_batch(batch[:2], [])
    assert [store.known_ids([r.article.id]) for r in batch] == [
        {batch[0].article.id}, {batch[1].article.id}, set(),
    ]
    assert store.known_ids(["' OR 1=1 --"]) == set()
    assert store.known_ids([batch[0].article.id, batch[0].article.id]) == {batch[0].article.id}


def test_store_write_batch_failures_not_duplicated(store: Store) -> None:
    failures = [Failure("a.txt", "read", "empty"), Failure("a.txt", "read", "empty")]
    assert store.write_batch([], failures).failures == 2
    store.write_batch([], [Failure("a.txt", "read", "empty"), Failure("b.txt", "clean", "x")])
    rows = store.connection.execute("SELECT path, stage FROM failures ORDER BY path").fetchall()
    assert rows == [("a.txt", "read"), ("b.txt", "clean")]


def test_store_write_batch_failure_with_lone_surrogate_is_kept(store: Store) -> None:
    store.write_batch([], [Failure("bad\udcff.txt", "read", "undecodable \udcff byte")])
    (path,) = store.connection.execute("SELECT path FROM failures").fetchall()[0]
    assert path.startswith("bad") and path.endswith(".txt")


def test_store_write_batch_empty(store: Store) -> None:
    stats = store.write_batch([], [])
    assert stats == writer_module.WriteStats()


def test_store_write_batch_atomic_when_an_insert_fails(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_insert = writer_module._insert

    def failing_insert(con: Any, table: str, data: Any) -> int:
        if table == "quotes":
            raise writer_module.duckdb.ConversionException("simulated failure inserting quotes")
        return real_insert(con, table, data)

    monkeypatch.setattr(writer_module, "_insert", failing_insert)
    with pytest.raises(StoreError, match="nothing from this batch was stored"):
        store.write_batch(_batch(), [Failure("x.txt", "read", "bad")])
    assert set(_counts(store).values()) == {0}
    monkeypatch.undo()
    assert store.write_batch(_batch(), []).new == 3


def test_store_write_batch_atomic_on_interrupt(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(con: Any, table: str, data: Any) -> int:
        if table == "events":
            raise KeyboardInterrupt
        return real(con, table, data)

    real = writer_module._insert
    monkeypatch.setattr(writer_module, "_insert", interrupted)
    with pytest.raises(KeyboardInterrupt):
        store.write_batch(_batch(), [])
    assert set(_counts(store).values()) == {0}


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"date": "2024-02-30"}, "not a real date"),
        ({"date": "May 6, 2024"}, "not an ISO date"),
        ({"text": "lone surrogate \ud800 here"}, "articles"),
        ({"body_start": 2**40}, "articles"),
        ({"title": 42}, "articles"),
        ({"id": None}, "articles.id is required"),
        ({"body_start": None}, "articles.body_start is required"),
    ],
)
def test_store_write_batch_rejects_unstorable_article(
    store: Store, change: dict[str, Any], reason: str
) -> None:
    bad = korea_result("bad")
    bad = dataclasses.replace(bad, article=dataclasses.replace(bad.article, **change))
    stats = store.write_batch([china_result(), bad, undated_result()], [])
    assert (stats.new, stats.failures) == (2, 1)
    path, stage, message = store.connection.execute(
        "SELECT path, stage, reason FROM failures"
    ).fetchall()[0]
    assert (path, stage) == (bad.article.path, "store")
    assert reason in message
    if bad.article.id is not None:
        assert store.known_ids([bad.article.id]) == set()
    counts = _counts(store)
    assert counts["events"] == 3 and counts["mentions"] == 5


def test_store_write_batch_rejects_bad_event_value(store: Store) -> None:
    bad = korea_result("bad-event")
    broken = dataclasses.replace(bad.events[0], trigger=(10**12, 10**12 + 3))
    bad = dataclasses.replace(bad, events=(broken, bad.events[1]))
    stats = store.write_batch([bad, china_result()], [])
    assert (stats.new, stats.events, stats.failures) == (1, 2, 1)
    assert _counts(store)["mentions"] == 3


def test_store_write_batch_rejects_missing_required_value(store: Store) -> None:
    bad = korea_result("no-rule")
    broken = dataclasses.replace(bad.quotes[0], rule=None)  # type: ignore[arg-type]
    bad = dataclasses.replace(bad, quotes=(broken,))
    stats = store.write_batch([bad, china_result()], [])
    assert (stats.new, stats.quotes, stats.failures) == (1, 1, 1)
    reason = store.connection.execute("SELECT reason FROM failures").fetchall()[0][0]
    assert "quotes.rule is required" in reason


def test_store_write_batch_keeps_nul_and_unicode(store: Store) -> None:
    result = korea_result("nul")
    text = result.article.text.replace("Monday", "Mon\x00day")
    result = dataclasses.replace(result, article=dataclasses.replace(result.article, text=text))
    store.write_batch([result], [])
    stored = store.connection.execute("SELECT text FROM articles").fetchall()[0][0]
    assert stored == text and len(stored) == len(result.article.text)


def test_store_write_batch_restores_the_garbage_collector(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert gc.isenabled()
    store.write_batch(_batch(), [])
    assert gc.isenabled()
    monkeypatch.setattr(writer_module, "_insert", _raise_conversion)
    with pytest.raises(StoreError):
        store.write_batch([china_result("other")], [])
    assert gc.isenabled()


def _raise_conversion(con: Any, table: str, data: Any) -> int:
    raise writer_module.duckdb.ConversionException("simulated")


def test_store_write_batch_repeated_event_id_stored_once(store: Store) -> None:
    # The store keeps no key on events and quotes (schema version 4): the
    # writer itself must drop a row whose id the batch already holds.
    result = korea_result()
    doubled = dataclasses.replace(
        result, events=result.events + result.events[:1], quotes=result.quotes * 2
    )
    stats = store.write_batch([doubled], [])
    assert (stats.events, stats.quotes) == (2, 1)
    ids = store.connection.execute("SELECT id FROM events").fetchall()
    assert len(ids) == len(set(ids)) == 2
