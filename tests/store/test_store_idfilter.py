"""The filter of stored ids in front of ``known_ids``: sure negatives, no query for them."""

from __future__ import annotations

import pytest
from store_results import china_result, korea_result

from newsgraph.model import stable_id
from newsgraph.store import Store
from newsgraph.store import writer as writer_module
from newsgraph.store.database import _IdFilter


def test_store_idfilter_never_misses_an_added_id() -> None:
    ids = [stable_id("filter", i) for i in range(5000)]
    found = _IdFilter()
    for i in ids:
        found.add(i)
    assert all(i in found for i in ids)
    others = [stable_id("other", i) for i in range(5000)]
    assert sum(i in found for i in others) < 5  # 2 MiB for 5,000 ids: false positives rare


def test_store_idfilter_unknown_ids_are_not_queried(
    db_path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[list[str]] = []
    real = writer_module.stored_ids

    def counting(con, ids):  # type: ignore[no-untyped-def]
        ids = list(ids)
        asked.append(ids)
        return real(con, ids)

    monkeypatch.setattr(writer_module, "stored_ids", counting)
    with Store.open(db_path) as store:
        store.write_batch([korea_result()], [])
        asked.clear()
        new = [stable_id("never stored", i) for i in range(200)]
        assert all(store.known_ids([i]) == set() for i in new)
        assert asked == []
        kid = korea_result().article.id
        assert store.known_ids([kid]) == {kid}
        assert asked == [[kid]]


def test_store_idfilter_follows_writes_and_reopening(db_path: str) -> None:
    korea, china = korea_result(), china_result()
    with Store.open(db_path) as store:
        assert store.known_ids([korea.article.id, china.article.id]) == set()
        store.write_batch([korea], [])
        assert store.known_ids([korea.article.id]) == {korea.article.id}
        assert store.known_ids([china.article.id]) == set()
        store.write_batch([china, korea], [])  # korea again: a duplicate, not counted twice
        assert store.known_ids([china.article.id]) == {china.article.id}
    with Store.open(db_path) as store:  # a new process's filter is read from the file
        assert store.known_ids([korea.article.id, china.article.id]) == {
            korea.article.id,
            china.article.id,
        }


def test_store_idfilter_rebuilt_when_articles_arrive_another_way(db_path: str) -> None:
    korea, china = korea_result(), china_result()
    with Store.open(db_path) as store:
        assert store.known_ids([china.article.id]) == set()  # the filter is built here
        store.connection.execute(
            "INSERT INTO articles (id, text, path, body_start, ingested_at) "
            "VALUES (?, ?, ?, 0, now())",
            [china.article.id, china.article.text, "loaded/elsewhere.txt"],
        )
        store.write_batch([korea], [])  # the count check before a batch drops the filter
        assert store.known_ids([china.article.id]) == {china.article.id}
