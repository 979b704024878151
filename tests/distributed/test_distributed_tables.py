"""The Arrow tables the Spark analysis hands to the JVM: no Spark and no model needed."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("pyarrow")

from newsgraph.distributed.profile import RecordsParam, summarise  # noqa: E402
from newsgraph.distributed.tables import (  # noqa: E402
    DATE_PART,
    arrow_schema,
    batch_tables,
    decode_tables,
    encode_table,
)
from newsgraph.model import Article, Failure, Quote, Result, Sentence  # noqa: E402

NOW = dt.datetime(2026, 11, 28, 12, 0, 0)
TEXT = '"We will talk," the minister said on Monday.'


def _result(article_id: str, date: str | None) -> Result:
    article = Article(id=article_id, text=TEXT, path=f"{article_id}.txt", date=date)
    sentence = Sentence(index=0, start=0, end=len(TEXT), text=TEXT, token_start=0, token_end=10)
    quote = Quote(id=f"{article_id}-q", article_id=article_id, start=1, end=13, text="We will talk,",
                  speaker="the minister", cue="said", sentence_indices=(0,), rule="said-after")
    return Result(article=article, sentences=(sentence,), quotes=(quote,))


def test_distributed_tables_batch_gives_typed_tables_with_date_part():
    tables = batch_tables([_result("a1", "2024-03-05"), _result("a2", None)], NOW)
    assert sorted(tables) == ["articles", "quotes", "sentences"]  # no empty tables
    for name, data in tables.items():
        assert data.schema == arrow_schema(name)
    assert tables["articles"].column(DATE_PART).to_pylist() == ["2024-03-05", "unknown"]
    assert tables["articles"].column("date").to_pylist() == [dt.date(2024, 3, 5), None]
    quotes = tables["quotes"].to_pylist()
    assert [q["speaker"] for q in quotes] == ["the minister", "the minister"]
    assert quotes[0]["sentence_indices"] == [0]


def test_distributed_tables_failures_and_rejections_become_failure_rows():
    bad_date = _result("a3", "5 March 2024")  # not ISO: the store rejects the article
    failure = Failure("b.txt", "analyse", "internal error: boom")
    tables = batch_tables([failure, bad_date], NOW)
    assert list(tables) == ["failures"]
    rows = tables["failures"].to_pylist()
    assert [(r["path"], r["stage"]) for r in rows] == [("b.txt", "analyse"), ("a3.txt", "store")]
    assert DATE_PART not in tables["failures"].schema.names
    assert batch_tables([], NOW) == {}


def test_distributed_tables_ipc_bytes_round_trip():
    tables = batch_tables([_result("a1", "2024-03-05")], NOW)
    blobs = [encode_table(tables["quotes"]), encode_table(tables["quotes"])]
    batches = list(decode_tables(blobs))
    assert sum(b.num_rows for b in batches) == 2
    assert all(b.schema == arrow_schema("quotes") for b in batches)


def test_distributed_tables_profile_summarises_task_records():
    param = RecordsParam()
    records = param.addInPlace(param.zero(()), (
        {"phase": "analyse", "pid": 1, "items": 3, "wall": 2.0, "cpu": 1.5, "setup_cpu": 0.5},
        {"phase": "analyse", "pid": 2, "items": 5, "wall": 4.0, "cpu": 3.0, "setup_cpu": 0.5},
    ))
    summary = summarise(records)["analyse"]
    assert summary["tasks"] == 2 and summary["workers"] == 2 and summary["items"] == 8
    assert summary["cpu"] == 4.5 and summary["max_wall"] == 4.0 and summary["setup_cpu"] == 1.0
    assert summary["max_cpu"] == 3.0 and summary["min_cpu"] == 1.5
