"""Bugs found by the reliability work in modules this suite does not own.

Each test states the behaviour we want and is marked ``xfail(strict=True)``:
when the owner fixes the bug the test passes, strict xfail turns that into a
failure, and the mark should be removed.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph import pipeline
from newsgraph.cli import app
from newsgraph.model import Article, Failure, Parse, RawDocument, Result
from newsgraph.settings import Settings
from newsgraph.store import Store
from reliability_checks import PYTHON, REPO, cli_env
from reliability_corpus import LONG_SENTENCE


def test_reliability_truncated_store_file_is_a_clear_fatal_error(tmp_path: Path) -> None:
    db = tmp_path / "cut.duckdb"
    with Store.open(db) as store:
        store.write_batch([Result(Article(f"a{k}", f"Chad thanked Niger on day {k}.", path=f"{k}.txt"))
                           for k in range(200)])
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])
    news = tmp_path / "news.txt"
    news.write_text("Peru recalled its ambassador to Bolivia on Friday.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(news), "--db", str(db)])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.exception
    assert str(db) in " ".join(result.stderr.split())


def test_reliability_repair_is_fast_on_short_cjk_runs() -> None:
    script = (
        "import random\nfrom newsgraph.ingest.repair import repair_text\n"
        "r = random.Random(3)\n"
        "s = ''.join(chr(r.randrange(0x4e00, 0x9fff)) if r.random() < 0.3 "
        "else chr(r.randrange(0x20, 0x7f)) for _ in range(40000))\n"
        "repair_text(s)\n"
    )
    try:
        proc = subprocess.run([PYTHON, "-c", script], timeout=6, cwd=REPO, env=cli_env(),
                              capture_output=True, text=True)
    except subprocess.TimeoutExpired:
        pytest.fail("repair_text of 40,000 characters took over 6 s (2 s of it is start-up)")
    assert proc.returncode == 0, proc.stderr


@pytest.mark.slow
def test_reliability_oversized_document_is_refused_quickly(tmp_path: Path) -> None:
    big = tmp_path / "one-line.txt"
    big.write_bytes((LONG_SENTENCE * (20 * 1024 * 1024 // len(LONG_SENTENCE) + 1)).encode())
    try:
        proc = subprocess.run(
            [PYTHON, "-m", "newsgraph.cli", "ingest", str(big), "--db", str(tmp_path / "big.duckdb")],
            timeout=30, cwd=REPO, env=cli_env(), capture_output=True, text=True,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("ingest of a 20 MB single-line file was still running after 30 s")
    assert proc.returncode == 3 and "Traceback" not in proc.stderr


def _fake_parses(texts, settings) -> Iterator[Parse]:
    for _ in texts:
        yield Parse((), (), ())


def test_reliability_stage_error_costs_one_document(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(article, parse, mentions, settings):
        if "deep" in article.text:
            raise RecursionError("maximum recursion depth exceeded")
        return ()

    monkeypatch.setattr("newsgraph.nlp.parse_texts", _fake_parses)
    monkeypatch.setattr(pipeline, "ANALYSIS_STAGES", {"quotes": boom})
    docs = [RawDocument(f"{k}.txt", text, (("kind", "text"),)) for k, text in
            enumerate(("Chad thanked Niger on Monday.", "A deep sentence here.", "Peru met Chile."))]
    items = list(pipeline.Pipeline(Settings()).process(docs))
    assert [type(i).__name__ for i in items] == ["Result", "Failure", "Result"]


def test_reliability_prepare_error_costs_one_document(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsgraph.ingest import clean

    real = clean.clean_text

    def fragile(text: str):
        if "deep" in text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(text)

    monkeypatch.setattr(clean, "clean_text", fragile)
    docs = [RawDocument(f"{k}.txt", text, (("kind", "text"),)) for k, text in
            enumerate(("Chad thanked Niger on Monday.", "A deep sentence here.", "Peru met Chile."))]
    items = list(pipeline.Pipeline(Settings()).prepare_all(docs))
    assert [type(i).__name__ for i in items] == ["Article", "Failure", "Article"]
    assert isinstance(items[1], Failure) and items[1].path == "1.txt"
