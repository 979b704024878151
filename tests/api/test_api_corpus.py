"""The API over a real store: the seed and the news sample ingested by the real pipeline.

Skipped when ../shared is absent; the hand-made store covers the rest.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsgraph.api import create_app
from newsgraph.settings import Settings

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
CORPUS = (SHARED / "corpus" / "seed", SHARED / "corpus" / "news-sample")

pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(not all(p.is_dir() for p in CORPUS), reason="../shared/corpus is absent"),
]


def ingest_corpus(db: Path) -> None:
    """What ``newsgraph ingest`` does, on the corpus's .txt files (not their READMEs)."""
    from newsgraph.ingest.readers import iter_documents
    from newsgraph.model import Failure, Result
    from newsgraph.pipeline import Pipeline
    from newsgraph.store import Store

    paths = sorted(str(p) for d in CORPUS for p in d.glob("*.txt"))
    results: list[Result] = []
    failures: list[Failure] = []
    for item in Pipeline(Settings(db=str(db))).process(iter_documents(paths)):
        if isinstance(item, Result):
            results.append(item)
        elif isinstance(item, Failure):
            failures.append(item)
    with Store.open(str(db)) as store:
        store.write_batch(results, failures)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = tmp_path_factory.mktemp("corpus") / "corpus.duckdb"
    ingest_corpus(db)
    with TestClient(create_app(Settings(db=str(db))), client=("127.0.0.1", 50000)) as c:
        yield c


def _all(client: TestClient, path: str, **params: object) -> list[dict]:
    rows: list[dict] = []
    offset: int | None = 0
    while offset is not None:
        page = client.get(path, params={**params, "limit": 1000, "offset": offset}).json()
        rows += page["items"]
        offset = page["next_offset"]
    return rows


def test_api_corpus_every_article_opens_with_consistent_offsets(corpus: TestClient) -> None:
    summary = corpus.get("/api/summary").json()
    articles = _all(corpus, "/api/articles")
    assert summary["articles"] == len(articles) >= 30
    assert summary["events"] > 0 and summary["quotes"] > 0
    for listed in articles:
        body = corpus.get(f"/api/articles/{listed['id']}").json()
        text = body["text"]
        assert len(body["events"]) == listed["events"]
        for e in body["events"]:
            assert 0 <= e["trigger_start"] < e["trigger_end"] <= len(text)
            assert text[e["trigger_start"] : e["trigger_end"]].strip()
            assert e["rule"]
        for q in body["quotes"]:
            assert text[q["start"] : q["end"]] == q["text"]


def test_api_corpus_filters_agree_with_the_rows(corpus: TestClient) -> None:
    events = _all(corpus, "/api/events")
    assert len(events) == corpus.get("/api/summary").json()["events"]
    busiest = max(
        {e["source"] for e in events},
        key=lambda a: sum(a in (e["source"], e["target"]) for e in events),
    )
    mine = _all(corpus, "/api/events", actor=busiest)
    assert mine and all(busiest in (e["source"], e["target"]) for e in mine)
    assert len(mine) == sum(busiest in (e["source"], e["target"]) for e in events)
    for quad in (1, 2, 3, 4):
        assert all(e["quad_class"] == quad for e in _all(corpus, "/api/events", quad_class=quad))


def test_api_corpus_graph_and_timeline_count_the_events(corpus: TestClient) -> None:
    events = _all(corpus, "/api/events")
    graph = corpus.get("/api/graph", params={"max_nodes": 500}).json()
    assert sum(e["count"] for e in graph["edges"]) == len(events)
    for edge in graph["edges"]:
        assert sum(edge["by_quad"].values()) == edge["count"]
    timeline = corpus.get("/api/timeline").json()["rows"]
    assert sum(r["count"] for r in timeline) == sum(1 for e in events if e["date"])


def test_api_corpus_hostile_filters_never_give_5xx(corpus: TestClient) -> None:
    for params in (
        {"actor": "' OR 1=1 --"},
        {"since": "9999-99-99"},
        {"speaker": "\x00"},
        {"limit": 10**20},
        {"code": "0" * 50},
        {"speaker": "%' OR '1'='1"},
    ):
        for path in ("/api/events", "/api/quotes", "/api/graph", "/api/timeline"):
            assert corpus.get(path, params=params).status_code < 500
