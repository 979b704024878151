"""A store held open for writing by another process: ingest says so, exits 1, harms nothing."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.model import Article, Failure, Result
from newsgraph.store import LATEST_VERSION, Store
from reliability_checks import PYTHON, REPO, cli_env, rows

HOLDER = """
import sys
from newsgraph.store import Store
store = Store.open(sys.argv[1])
print("ready", flush=True)
sys.stdin.read()
store.close()
"""

TEXT = "Chad thanked Niger on Tuesday for its help.\n"


@pytest.fixture()
def held(tmp_path: Path) -> Iterator[Path]:
    """A store with one article and one failure, held open for writing by a subprocess."""
    db = tmp_path / "held.duckdb"
    with Store.open(db) as store:
        store.write_batch([Result(Article("a1", TEXT, path="chad.txt"))], [Failure("x.txt", "read", "empty file")])
    holder = subprocess.Popen(
        [PYTHON, "-c", HOLDER, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True, cwd=REPO, env=cli_env(),
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
    yield db
    holder.communicate("", timeout=60)
    assert holder.returncode == 0
    with Store.open(db, read_only=True) as store:
        assert store.version == LATEST_VERSION
    assert rows(db, "SELECT id, path, text FROM articles") == [("a1", "chad.txt", TEXT)]
    assert rows(db, "SELECT path, stage FROM failures") == [("x.txt", "read")]


def test_reliability_ingest_into_locked_store_exits_1_in_process(held: Path, tmp_path: Path) -> None:
    news = tmp_path / "news.txt"
    news.write_text("Peru recalled its ambassador to Bolivia on Friday.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(news), "--db", str(held)])
    assert result.exit_code == 1, (result.exit_code, result.stderr)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    message = " ".join(result.stderr.split())
    assert str(held) in message and "another process" in message
    assert "Traceback" not in result.stderr


def test_reliability_ingest_into_locked_store_exits_1_subprocess(held: Path, tmp_path: Path) -> None:
    news = tmp_path / "news.txt"
    news.write_text("Peru recalled its ambassador to Bolivia on Friday.\n", encoding="utf-8")
    proc = subprocess.run(
        [PYTHON, "-m", "newsgraph.cli", "ingest", str(news), "--db", str(held)],
        capture_output=True, text=True, timeout=120, cwd=REPO, env=cli_env(),
    )
    assert proc.returncode == 1, proc.stderr
    message = " ".join(proc.stderr.split())
    assert str(held) in message and "PID" in message and "Traceback" not in proc.stderr
    assert "Stop that process" in message or "different --db" in message


def test_reliability_reading_a_locked_store_exits_1(held: Path) -> None:
    result = CliRunner().invoke(app, ["failures", "--db", str(held)])
    assert result.exit_code == 1 and str(held) in " ".join(result.stderr.split())
