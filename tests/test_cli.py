"""Every CLI command, in process, against a real DuckDB file."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_RAW = SHARED / "corpus" / "seed" / "stoltenberg-seoul.raw.txt"
SEED_GOLD = SHARED / "gold" / "seed.jsonl"
needs_shared = pytest.mark.skipif(not SEED_RAW.exists(), reason="../shared not present")

pytestmark = pytest.mark.model

ARTICLE = """Chad and Niger sign border security pact

N'DJAMENA — Chad signed a border security agreement with Niger on Tuesday, and Nigerien President Amadou Toure thanked Chad for its support.

“This agreement protects both our peoples,” Toure said.
"""


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str, code: int = 0) -> str:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == code, (result.stdout, result.stderr)
    return result.stdout


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, runner: CliRunner) -> Path:
    """A store with the examples and one article we wrote."""
    tmp = tmp_path_factory.mktemp("store")
    (tmp / "chad.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp / "test.duckdb"
    run(runner, "ingest", str(ROOT / "examples"), str(tmp / "chad.txt"), "--db", str(db))
    return db


def test_cli_ingest_summary_and_events(store: Path, runner: CliRunner) -> None:
    rows = jsonl(run(runner, "events", "--db", str(store), "--format", "jsonl"))
    assert rows, "the examples and the Chad article hold events"
    fields = {"id", "article_id", "path", "sentence", "sentence_index", "source", "source_actor", "target",
              "target_actor", "code", "root", "quad_class", "goldstein", "date", "location", "evidence",
              "rule", "confidence"}
    for row in rows:
        assert fields <= row.keys()
        assert row["evidence"] in row["sentence"]
        assert row["root"] == row["code"][:2]
    assert any(r["source"] == "TCD" and r["target"] == "NER" for r in rows)


def test_cli_events_filters(store: Path, runner: CliRunner) -> None:
    all_rows = jsonl(run(runner, "events", "--db", str(store), "--format", "jsonl"))
    some = all_rows[0]
    by_actor = jsonl(run(runner, "events", "--db", str(store), "--format", "jsonl", "--actor", some["source"]))
    assert by_actor and all(some["source"] in (r["source"], r["target"]) for r in by_actor)
    by_root = jsonl(run(runner, "events", "--db", str(store), "--format", "jsonl", "--root", some["root"]))
    assert by_root and all(r["root"] == some["root"] for r in by_root)
    none = jsonl(run(runner, "events", "--db", str(store), "--format", "jsonl", "--since", "2999-01-01"))
    assert none == []


def test_cli_bad_filter_is_usage_error(store: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["events", "--db", str(store), "--since", "not-a-date"])
    assert result.exit_code == 2
    assert "date" in result.stderr.lower()


def test_cli_articles_formats(store: Path, runner: CliRunner) -> None:
    rows = jsonl(run(runner, "articles", "--db", str(store), "--format", "jsonl"))
    assert len(rows) == 4
    for row in rows:
        assert {"id", "path", "title", "date", "dateline", "text"} <= row.keys()
    chad = next(r for r in rows if r["path"].endswith("chad.txt"))
    assert chad["dateline"] == "N'DJAMENA"
    assert chad["title"] == "Chad and Niger sign border security pact"
    table = list(csv.reader(io.StringIO(run(runner, "articles", "--db", str(store), "--format", "csv"))))
    assert table[0][:2] == ["id", "date"] and len(table) == 5
    assert "Chad and Niger" in run(runner, "articles", "--db", str(store))


def test_cli_quotes_with_speaker(store: Path, runner: CliRunner) -> None:
    rows = jsonl(run(runner, "quotes", "--db", str(store), "--format", "jsonl", "--speaker", "toure"))
    assert len(rows) == 1
    assert rows[0]["text"] == "This agreement protects both our peoples,"
    assert rows[0]["speaker"] == "Amadou Toure" and rows[0]["speaker_actor"] == "NER"
    assert {"id", "article_id", "path", "text", "start", "end", "speaker", "speaker_actor", "cue"} <= rows[0].keys()


def test_cli_actors_and_show(store: Path, runner: CliRunner) -> None:
    rows = jsonl(run(runner, "actors", "--db", str(store), "--format", "jsonl"))
    principals = {r["principal"] for r in rows}
    assert {"TCD", "NER", "TUR", "GRC", "PHL", "CHN"} <= principals
    assert all({"code", "principal", "role", "name", "mentions"} <= r.keys() for r in rows)
    article = jsonl(run(runner, "articles", "--db", str(store), "--format", "jsonl"))[0]
    shown = run(runner, "show", article["id"], "--db", str(store))
    assert article["text"].split()[0] in shown
    run(runner, "show", "no-such-id", "--db", str(store), code=1)


def test_cli_failures_recorded_and_exit_3(tmp_path: Path, runner: CliRunner) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (docs / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (docs / "empty.txt").write_bytes(b"")
    db = tmp_path / "f.duckdb"
    result = runner.invoke(app, ["ingest", str(docs), "--db", str(db)])
    assert result.exit_code == 3, result.stderr
    rows = jsonl(run(runner, "failures", "--db", str(db), "--format", "jsonl"))
    assert {Path(r["path"]).name for r in rows} == {"picture.txt", "empty.txt"}
    assert all(r["reason"] for r in rows)
    assert len(jsonl(run(runner, "articles", "--db", str(db), "--format", "jsonl"))) == 1


def test_cli_missing_store_says_what_to_do(tmp_path: Path, runner: CliRunner) -> None:
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    assert "newsgraph ingest" in result.stderr


def test_cli_stdin(tmp_path: Path, runner: CliRunner) -> None:
    db = tmp_path / "s.duckdb"
    result = runner.invoke(app, ["ingest", "-", "--db", str(db)], input=ARTICLE.encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    assert len(jsonl(run(runner, "articles", "--db", str(db), "--format", "jsonl"))) == 1


@needs_shared
def test_cli_seed_twice_one_article(tmp_path: Path, runner: CliRunner) -> None:
    db = tmp_path / "seed.duckdb"
    run(runner, "ingest", str(SEED_RAW), "--db", str(db))
    again = runner.invoke(app, ["ingest", str(SEED_RAW), "--db", str(db)])
    assert again.exit_code == 0 and "duplicate 1" in again.stderr
    rows = jsonl(run(runner, "articles", "--db", str(db), "--format", "jsonl"))
    assert len(rows) == 1
    assert rows[0]["dateline"] == "SEOUL"
    assert "RELATED STORIES" not in rows[0]["text"]
    assert "鈥" not in rows[0]["text"]


@needs_shared
def test_cli_eval_json(runner: CliRunner) -> None:
    data = json.loads(run(runner, "eval", str(SEED_GOLD), "--json"))
    assert data["documents"] == 1
    for key in ("precision", "recall", "f1", "strict", "by_root"):
        assert key in data["events"]
    for key in ("precision", "recall", "f1", "speaker_accuracy"):
        assert key in data["quotes"]


def test_cli_eval_causes_counts_misses_without_text(tmp_path: Path, runner: CliRunner) -> None:
    text = ("PARIS — France praised Germany on Monday for its budget. Italy ate pasta on Tuesday. "
            "Germany and Spain held talks in Madrid.")
    events = [
        {"evidence": "France praised Germany", "source": "FRA", "target": "DEU", "root": ["05"]},
        {"evidence": "Italy ate pasta", "source": "ITA", "target": "FRA", "root": ["11"]},
        {"evidence": "Germany and Spain held talks", "source": "DEU", "target": "ESP", "root": ["19"]},
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc_id": "d1", "date": "2026-03-02", "text": text, "events": events}))
    out = run(runner, "eval", str(gold), "--causes")
    assert "no event in the sentence; target not named in it" in out
    assert "same actors, another root" in out
    assert "pasta" not in out and "Madrid" not in out  # counts only: safe on held-out gold
    data = json.loads(run(runner, "eval", str(gold), "--json"))
    causes = data["events"]["missed_by_cause"]
    assert causes["no event in the sentence; target not named in it"] == 1
    assert causes["same actors, another root"] == 1
    assert sum(causes.values()) == 2
    assert sum(data["events"]["extra_by_cause"].values()) == data["events"]["system"] - data["events"]["matched"]


def test_cli_repair_prints_text(tmp_path: Path, runner: CliRunner) -> None:
    damaged = "Russia’s invasion".encode("utf-8").decode("cp1252")
    path = tmp_path / "bad.txt"
    path.write_text(damaged, encoding="utf-8")
    assert run(runner, "repair", str(path)) == "Russia’s invasion"


def test_cli_every_command_has_help(runner: CliRunner) -> None:
    import typer.main

    group = typer.main.get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        assert command.help, f"{name} has no help text"


@pytest.mark.skipif(not (SHARED / "corpus" / "news-sample").is_dir(), reason="../shared not present")
def test_cli_ingest_news_sample_every_article(tmp_path: Path, runner: CliRunner) -> None:
    sample = SHARED / "corpus" / "news-sample"
    db = tmp_path / "sample.duckdb"
    result = runner.invoke(app, ["ingest", str(sample), "--db", str(db)])
    assert result.exit_code == 0, result.stderr
    rows = jsonl(run(runner, "articles", "--db", str(db), "--format", "jsonl"))
    assert len(rows) == len(list(sample.glob("*.txt")))
    for row in rows:
        assert row["sentences"] > 0 and row["mentions"] > 0, row["path"]
        assert row["date"] and row["date"].replace("-", "") in Path(row["path"]).name


@pytest.mark.skipif(not (SHARED / "peers").is_dir(), reason="../shared not present")
def test_cli_dictionaries_import_then_use(tmp_path: Path, runner: CliRunner) -> None:
    peers = SHARED / "peers" / "UniversalPetrarch"
    out = tmp_path / "validate.yml"
    result = runner.invoke(app, ["dictionaries", "import", str(peers / "PETR_Validate_actors_2_02.txt"),
                                 str(peers / "PETR_Validate_agents_2_02.txt"), "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    assert out.exists() and "actors" in result.stderr
    story = tmp_path / "arnor.txt"
    story.write_text("Arnor criticized Gondor on Monday.\n", encoding="utf-8")
    db = tmp_path / "d.duckdb"
    run(runner, "ingest", str(story), "--db", str(db), "--actors", str(out), "--date", "2024-01-02")
    principals = {r["principal"] for r in jsonl(run(runner, "actors", "--db", str(db), "--format", "jsonl"))}
    assert {"ARN", "GON"} <= principals


def test_cli_export_every_format(store: Path, runner: CliRunner, tmp_path: Path) -> None:
    events = jsonl(run(runner, "events", "--db", str(store), "--format", "jsonl"))
    out = tmp_path / "events.jsonl"
    run(runner, "export", str(out), "--format", "jsonl", "--db", str(store))
    assert [r["id"] for r in jsonl(out.read_text("utf-8"))] == [r["id"] for r in events]
    out = tmp_path / "quotes.csv"
    run(runner, "export", str(out), "--format", "csv", "--table", "quotes", "--db", str(store))
    table = list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
    assert any(r["speaker"] == "Amadou Toure" or r["text"].startswith("This agreement") for r in table)
    out = tmp_path / "events.parquet"
    run(runner, "export", str(out), "--format", "parquet", "--db", str(store))
    import pyarrow.parquet as pq

    assert pq.read_table(out).num_rows == len(events)
    out = tmp_path / "events.gdelt.tsv"
    run(runner, "export", str(out), "--format", "gdelt", "--db", str(store))
    lines = out.read_text("utf-8").splitlines()
    assert len(lines) == len(events) and all(len(line.split("\t")) == 61 for line in lines)
    out = tmp_path / "events.plover.jsonl"
    run(runner, "export", str(out), "--format", "plover", "--db", str(store))
    assert out.stat().st_size > 0
    bad = runner.invoke(app, ["export", str(tmp_path / "x"), "--format", "nope", "--db", str(store)])
    assert bad.exit_code == 2
