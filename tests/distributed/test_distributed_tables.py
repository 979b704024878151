"""The wide Arrow table the Spark analysis hands to the JVM: no Spark and no model needed."""

from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("pyarrow")

from newsgraph.distributed.profile import RecordsParam, summarise  # noqa: E402
from newsgraph.distributed.tables import (  # noqa: E402
    DATE_PART,
    TABLE_COLUMN,
    WIDE_SCHEMA,
    table_columns,
    wide_name,
    wide_table,
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


def test_distributed_tables_wide_rows_fill_their_own_columns():
    table = wide_table([_result("a1", "2024-03-05"), _result("a2", None)], NOW)
    assert table.schema == WIDE_SCHEMA
    rows = table.to_pylist()
    assert [r[TABLE_COLUMN] for r in rows] == ["articles", "articles", "sentences", "sentences",
                                               "quotes", "quotes"]
    assert [r[DATE_PART] for r in rows[:2]] == ["2024-03-05", "unknown"]
    first_quote = rows[4]
    assert first_quote[wide_name("quotes", "speaker")] == "the minister"
    assert first_quote[wide_name("quotes", "sentence_indices")] == [0]
    # Columns of other tables stay empty.
    assert first_quote[wide_name("articles", "id")] is None
    assert first_quote[wide_name("sentences", "text")] is None
    assert rows[0][wide_name("articles", "date")] == dt.date(2024, 3, 5)


def test_distributed_tables_failures_and_rejections_become_failure_rows():
    bad_date = _result("a3", "5 March 2024")  # not ISO: the store rejects the article
    failure = Failure("b.txt", "analyse", "internal error: boom")
    rows = wide_table([failure, bad_date], NOW).to_pylist()
    assert {r[TABLE_COLUMN] for r in rows} == {"failures"}
    assert [r[wide_name("failures", "path")] for r in rows] == ["b.txt", "a3.txt"]
    assert rows[1][wide_name("failures", "stage")] == "store"
    assert all(r[DATE_PART] is None for r in rows)


def test_distributed_tables_empty_batch_and_column_names():
    assert wide_table([], NOW).num_rows == 0
    assert table_columns("events")[-1] == (DATE_PART, DATE_PART)
    assert table_columns("failures")[0] == (wide_name("failures", "path"), "path")


def test_distributed_tables_profile_summarises_task_records():
    param = RecordsParam()
    records = param.addInPlace(param.zero(()), (
        {"phase": "analyse", "pid": 1, "items": 3, "wall": 2.0, "cpu": 1.5, "setup_cpu": 0.5},
        {"phase": "analyse", "pid": 2, "items": 5, "wall": 4.0, "cpu": 3.0, "setup_cpu": 0.5},
    ))
    summary = summarise(records)["analyse"]
    assert summary["tasks"] == 2 and summary["workers"] == 2 and summary["items"] == 8
    assert summary["cpu"] == 4.5 and summary["max_wall"] == 4.0 and summary["setup_cpu"] == 1.0
