"""Every query function, every filter, on a real store."""

from __future__ import annotations

import json

import duckdb
import pytest
from store_results import china_result, korea_result, undated_result

from newsgraph import query
from newsgraph.errors import UsageError
from newsgraph.store import Store

KOREA = korea_result().article.id
CHINA = china_result().article.id
WAR = undated_result().article.id

ARTICLE_FIELDS = [
    "id", "path", "title", "date", "dateline", "source", "url", "text",
    "sentences", "mentions", "events", "quotes",
]
EVENT_FIELDS = [
    "id", "article_id", "path", "sentence", "sentence_index", "source", "source_actor",
    "target", "target_actor", "code", "root", "quad_class", "goldstein", "date", "location",
    "evidence", "rule", "confidence",
]
EVENT_EXTRAS = {
    "trigger_start", "trigger_end", "source_start", "source_end", "target_start", "target_end",
    "location_country", "location_lat", "location_lon", "base_code", "source_name", "target_name",
}
QUOTE_FIELDS = [
    "id", "article_id", "path", "text", "start", "end", "speaker", "speaker_actor", "cue",
]


def _plain(value: object) -> object:
    """Round-trip through JSON: fails if anything is not JSON-serialisable."""
    return json.loads(json.dumps(value, allow_nan=False))


def test_query_articles_fields_and_counts(filled: Store) -> None:
    rows = query.articles(filled)
    assert _plain(rows) == rows
    assert all(list(r)[: len(ARTICLE_FIELDS)] == ARTICLE_FIELDS for r in rows)
    assert [r["id"] for r in rows] == [CHINA, KOREA, WAR]  # newest first, undated last
    korea = rows[1]
    assert (korea["sentences"], korea["mentions"], korea["events"], korea["quotes"]) == (3, 4, 2, 1)
    assert korea["date"] == "2024-05-06" and korea["path"] == "corpus/korea.txt"
    assert rows[2]["date"] is None


def test_query_articles_limit_and_offset(filled: Store) -> None:
    assert [r["id"] for r in query.articles(filled, limit=1, offset=1)] == [KOREA]
    assert query.articles(filled, limit=0) == []
    assert query.articles(filled, limit="2", offset="2")[0]["id"] == WAR
    assert query.articles(filled, offset=50) == []


def test_query_article_view(filled: Store) -> None:
    view = query.article(filled, KOREA)
    assert view is not None and _plain(view) == view
    assert list(view)[:8] == ARTICLE_FIELDS[:8]
    text = view["text"]
    assert [s["idx"] for s in view["sentences"]] == [0, 1, 2]
    for m in view["mentions"]:
        assert text[m["start"] : m["end"]] == m["text"]
    assert {m["code"] for m in view["mentions"]} == {"KORGOV", "NATO", "PRK"}
    for e in view["events"]:
        assert text[e["trigger_start"] : e["trigger_end"]] in {"met", "condemned"}
    (quote,) = view["quotes"]
    assert text[quote["start"] : quote["end"]] == quote["text"]
    assert view["repairs"][0]["replacement"] == "\u2014"


def test_query_article_absent_or_hostile_is_none(filled: Store) -> None:
    assert query.article(filled, "no-such-id") is None
    assert query.article(filled, "' OR 1=1 --") is None
    with pytest.raises(UsageError):
        query.article(filled, "a\x00b")
    with pytest.raises(UsageError):
        query.article(filled, "")


def test_query_events_fields_and_order(filled: Store) -> None:
    rows = query.events(filled)
    assert _plain(rows) == rows
    assert all(list(r)[: len(EVENT_FIELDS)] == EVENT_FIELDS for r in rows)
    assert EVENT_EXTRAS <= set(rows[0])
    assert [r["code"] for r in rows] == ["111", "040", "0311", "130", "190"]
    condemn = rows[0]
    assert condemn["date"] == "2024-05-05"  # its own date before its article's
    assert condemn["path"] == "corpus/korea.txt"
    assert rows[1]["date"] == "2024-05-06"  # the article's date
    assert rows[-1]["date"] is None


@pytest.mark.parametrize(
    ("filters", "codes"),
    [
        ({"actor": "KOR"}, ["111", "040"]),
        ({"actor": "korgov"}, ["111", "040"]),
        ({"actor": "NATO"}, ["040"]),
        ({"source": "CHN"}, ["130"]),
        ({"source": "CHNGOV"}, ["130"]),
        ({"target": "USA"}, ["130"]),
        ({"target": "KOR", "source": "PRK"}, ["111"]),
        ({"root": "03"}, ["0311"]),
        ({"root": 19}, ["190"]),
        ({"code": "031"}, ["0311"]),
        ({"code": "0311"}, ["0311"]),
        ({"code": "04"}, ["040"]),
        ({"since": "2024-05-06"}, ["040", "0311", "130"]),
        ({"until": "2024-05-05"}, ["111"]),
        ({"since": "2024-05-06", "until": "2024-05-06"}, ["040"]),
        ({"article_id": CHINA}, ["0311", "130"]),
        ({"quad_class": 3}, ["111", "130"]),
        ({"quad_class": "4"}, ["190"]),
        ({"limit": 2, "offset": 1}, ["040", "0311"]),
        ({"actor": "FRA"}, []),
    ],
)
def test_query_events_filters(filled: Store, filters: dict[str, object], codes: list[str]) -> None:
    assert [r["code"] for r in query.events(filled, **filters)] == codes  # type: ignore[arg-type]


def test_query_quotes_fields_and_filters(filled: Store) -> None:
    rows = query.quotes(filled)
    assert _plain(rows) == rows
    assert all(list(r)[: len(QUOTE_FIELDS)] == QUOTE_FIELDS for r in rows)
    assert [r["speaker"] for r in rows] == ["Wang Yi", "Jens Stoltenberg"]
    assert {"speaker_code", "partial", "rule"} <= set(rows[0])
    assert [r["speaker"] for r in query.quotes(filled, speaker="stolten")] == ["Jens Stoltenberg"]
    assert [r["speaker"] for r in query.quotes(filled, speaker="WANG")] == ["Wang Yi"]
    assert query.quotes(filled, speaker="%") == []
    assert query.quotes(filled, speaker="_") == []
    assert [r["cue"] for r in query.quotes(filled, actor="CHN")] == ["told"]
    assert [r["cue"] for r in query.quotes(filled, actor="chngov")] == ["told"]
    assert [r["path"] for r in query.quotes(filled, article_id=KOREA)] == ["corpus/korea.txt"]
    assert len(query.quotes(filled, limit=1)) == 1


def test_query_actors(filled: Store) -> None:
    rows = query.actors(filled)
    assert _plain(rows) == rows
    assert all(list(r)[:5] == ["code", "principal", "role", "name", "mentions"] for r in rows)
    top = {k: rows[0][k] for k in ("code", "principal", "role", "mentions")}
    assert top == {"code": "CHNGOV", "principal": "CHN", "role": "GOV", "mentions": 2}
    assert rows[1]["code"] == "NATO" and rows[1]["mentions"] == 2
    counts = [r["mentions"] for r in rows]
    assert counts == sorted(counts, reverse=True)
    assert {r["code"] for r in rows} == {
        "CHNGOV", "NATO", "KORGOV", "PRK", "USAGOV", "RUSMIL", "UKR",
    }


def test_query_failures(filled: Store) -> None:
    rows = query.failures(filled)
    assert [list(r)[:3] for r in rows] == [["path", "stage", "reason"]]
    assert rows[0]["path"] == "broken.html" and rows[0]["stage"] == "clean"
    assert _plain(rows) == rows


def test_query_timeline_by_quad_class_and_root(filled: Store) -> None:
    rows = query.timeline(filled)
    assert rows == [
        {"date": "2024-05-05", "key": "3", "count": 1},
        {"date": "2024-05-06", "key": "1", "count": 1},
        {"date": "2024-06-01", "key": "1", "count": 1},
        {"date": "2024-06-01", "key": "3", "count": 1},
    ]
    by_root = query.timeline(filled, by="root", since="2024-06-01")
    assert by_root == [
        {"date": "2024-06-01", "key": "03", "count": 1},
        {"date": "2024-06-01", "key": "13", "count": 1},
    ]
    assert query.timeline(filled, actor="PRK") == [{"date": "2024-05-05", "key": "3", "count": 1}]
    assert query.timeline(filled, until="2024-01-01") == []
    with pytest.raises(UsageError, match="by must be one of"):
        query.timeline(filled, by="goldstein")


def test_query_graph(filled: Store) -> None:
    graph = query.graph(filled)
    assert _plain(graph) == graph
    assert {n["id"]: n["count"] for n in graph["nodes"]} == {
        "KOR": 2, "USA": 2, "CHN": 2, "NATO": 1, "PRK": 1, "RUS": 1, "UKR": 1,
    }
    edge = next(e for e in graph["edges"] if (e["source"], e["target"]) == ("CHN", "USA"))
    assert edge == {
        "source": "CHN", "target": "USA", "count": 1,
        "by_quad": {"1": 0, "2": 0, "3": 1, "4": 0}, "mean_goldstein": -4.4,
    }
    assert len(query.graph(filled, quad_class=4)["edges"]) == 1
    assert [e["source"] for e in query.graph(filled, root="04")["edges"]] == ["KOR"]
    assert {n["id"] for n in query.graph(filled, actor="USA")["nodes"]} == {"USA", "CHN"}
    assert query.graph(filled, since="2030-01-01") == {"nodes": [], "edges": []}


def test_query_summary(filled: Store) -> None:
    summary = query.summary(filled)
    assert _plain(summary) == summary
    assert {k: summary[k] for k in ("articles", "events", "quotes", "failures")} == {
        "articles": 3, "events": 5, "quotes": 2, "failures": 1,
    }
    assert summary["sentences"] == 7 and summary["mentions"] == 9
    assert (summary["first_date"], summary["last_date"]) == ("2024-05-06", "2024-06-01")


def test_query_accepts_a_connection(filled: Store) -> None:
    con: duckdb.DuckDBPyConnection = filled.connection
    assert len(query.events(con, actor="KOR")) == 2
    with pytest.raises(TypeError):
        query.events("news.duckdb")  # type: ignore[arg-type]


def test_query_read_only_store(tmp_path_factory: pytest.TempPathFactory) -> None:
    path = str(tmp_path_factory.mktemp("ro") / "ro.duckdb")
    with Store.open(path) as writer:
        writer.write_batch([korea_result()], [])
    with Store.open(path, read_only=True) as reader:
        assert query.summary(reader)["events"] == 2
        assert query.article(reader, KOREA) is not None


def test_query_empty_store(tmp_path_factory: pytest.TempPathFactory) -> None:
    with Store.open(str(tmp_path_factory.mktemp("empty") / "e.duckdb")) as store:
        assert query.articles(store) == [] and query.events(store) == []
        assert query.graph(store) == {"nodes": [], "edges": []}
        assert query.summary(store)["articles"] == 0
        assert query.actors(store) == [] and query.timeline(store) == []
