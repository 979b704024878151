"""The Spark job in local mode against the local pipeline, on shared data and shards we write.

One Spark session (local[2]) serves the whole file; it is skipped when pyspark
or Java is missing. The equivalence tests read ../shared and skip without it.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

pytest.importorskip("pyspark")
if shutil.which("java") is None:
    pytest.skip("Java is not installed; Spark needs it", allow_module_level=True)

from newsgraph import query  # noqa: E402
from newsgraph.distributed import load_parquet, open_parquet, run_spark, spark_session  # noqa: E402
from newsgraph.ingest.readers import iter_documents  # noqa: E402
from newsgraph.model import Failure, Result  # noqa: E402
from newsgraph.pipeline import Pipeline  # noqa: E402
from newsgraph.settings import Settings  # noqa: E402
from newsgraph.store import Store  # noqa: E402

pytestmark = [pytest.mark.spark, pytest.mark.model]

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
SAMPLE = SHARED / "corpus" / "news-sample"
SEED = SHARED / "corpus" / "seed" / "stoltenberg-seoul.raw.txt"

# Short articles written for these tests.
TALKS = (
    "WASHINGTON (AP) - The United States on Monday criticized Russia over the strike.\n\n"
    '"This is unacceptable," said State Department spokesman Matthew Miller.\n'
)
VISIT = (
    "BERLIN - German Chancellor Olaf Scholz met French President Emmanuel Macron "
    "in Paris on Tuesday to discuss trade.\n"
)


@pytest.fixture(scope="module")
def spark():
    session, created = spark_session("local[2]")
    yield session
    if created:
        session.stop()


@pytest.fixture(scope="module")
def settings() -> Settings:
    return Settings()


@pytest.fixture(scope="module")
def shared_inputs() -> list[str]:
    if not SAMPLE.is_dir() or not SEED.is_file():
        pytest.skip("../shared corpus is absent")
    return [str(SAMPLE.resolve()), str(SEED.resolve())]


@pytest.fixture(scope="module")
def local_results(shared_inputs, settings) -> list[Result | Failure]:
    items = Pipeline(settings).process(iter_documents(shared_inputs))
    return [item for item in items if not isinstance(item, str)]


@pytest.fixture(scope="module")
def spark_out(spark, shared_inputs, settings, tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("spark") / "out"
    stats = run_spark(shared_inputs, str(out), settings=settings)
    return out, stats


def test_distributed_spark_matches_local_pipeline(spark_out, local_results):
    out, stats = spark_out
    results = [r for r in local_results if isinstance(r, Result)]
    con = open_parquet(str(out))
    ids = {r[0] for r in con.execute("SELECT id FROM articles").fetchall()}
    assert ids == {r.article.id for r in results}
    assert stats["articles"] == len(results)
    events = set(
        con.execute(
            "SELECT id, source_actor, target_actor, code, sentence_index FROM events"
        ).fetchall()
    )
    assert events == {
        (e.id, e.source_actor.code, e.target_actor.code, e.code, e.sentence_index)
        for r in results
        for e in r.events
    }
    quotes = set(con.execute("SELECT id, text, speaker FROM quotes").fetchall())
    assert quotes == {(q.id, q.text, q.speaker) for r in results for q in r.quotes}
    paths = {r[0] for r in con.execute("SELECT path FROM articles").fetchall()}
    assert paths == {r.article.path for r in results}


def test_distributed_spark_partitions_by_article_date(spark_out):
    out, _ = spark_out
    con = open_parquet(str(out))
    rows = con.execute(
        "SELECT DISTINCT coalesce(CAST(a.date AS VARCHAR), 'unknown') = e.date_part "
        "FROM events e JOIN articles a ON a.id = e.article_id"
    ).fetchall()
    assert rows == [(True,)]
    assert any(p.name.startswith("date_part=") for p in (out / "articles").iterdir())


def test_distributed_load_matches_local_ingest(spark_out, local_results, tmp_path):
    out, _ = spark_out
    with Store.open(tmp_path / "local.duckdb") as local:
        local.write_batch(
            [r for r in local_results if isinstance(r, Result)],
            [r for r in local_results if isinstance(r, Failure)],
        )
        expected = query.events(local, limit=None)
        expected_quotes = query.quotes(local)
    with Store.open(tmp_path / "spark.duckdb") as store:
        added = load_parquet(str(out), store)
        assert added["articles"] == len([r for r in local_results if isinstance(r, Result)])
        assert query.events(store, limit=None) == expected
        assert query.quotes(store) == expected_quotes
        again = load_parquet(str(out), store)
    assert again["articles"] == 0 and again["events"] == 0 and again["quotes"] == 0
    assert again["duplicate"] == added["articles"]


def test_distributed_duplicates_across_shards_are_dropped(spark, settings, tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    (first / "talks.txt").write_text(TALKS, encoding="utf-8")
    (second / "talks-copy.txt").write_text(TALKS, encoding="utf-8")
    record = {"id": "visit-1", "text": VISIT, "date": "2024-03-05"}
    (second / "more.jsonl").write_text(
        json.dumps(record) + "\n" + json.dumps({"text": TALKS}) + "\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    missing = str(tmp_path / "nowhere.txt")
    stats = run_spark([str(first), str(second), missing], str(out), settings=settings)
    assert stats["articles"] == 2
    assert stats["duplicates"] == 2
    con = open_parquet(str(out))
    articles = con.execute("SELECT path, date_part FROM articles ORDER BY path").fetchall()
    # The copy kept is the first by (shard, record), as a local run keeps the first.
    assert articles == [(str(first / "talks.txt"), "unknown"), ("visit-1", "2024-03-05")]
    orphans = con.execute(
        "SELECT count(*) FROM (SELECT article_id FROM sentences UNION ALL "
        "SELECT article_id FROM mentions UNION ALL SELECT article_id FROM events UNION ALL "
        "SELECT article_id FROM quotes) c WHERE article_id NOT IN (SELECT id FROM articles)"
    ).fetchall()
    assert orphans == [(0,)]
    failures = con.execute("SELECT path, stage, reason FROM failures").fetchall()
    assert failures == [(missing, "read", "no such file or directory")]
