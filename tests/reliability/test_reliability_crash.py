"""Crash safety: kill ``newsgraph ingest`` with SIGKILL partway, run it again, lose and repeat nothing.

A store is written in whole batches (one transaction each), so after a kill
it holds whole articles only; the second run skips those by id and stores
the rest. The result must equal an uninterrupted run, id for id.
"""

from __future__ import annotations

import logging
import shutil
import signal
import subprocess
import time
from pathlib import Path

import duckdb
import pytest

from reliability_checks import PYTHON, REPO, cli_env, rows

pytestmark = pytest.mark.model
log = logging.getLogger(__name__)

STATES = (
    ("Chad", "Niger", "N'DJAMENA", "Amadou Toure"),
    ("Peru", "Bolivia", "LIMA", "Rosa Quispe"),
    ("Kenya", "Uganda", "NAIROBI", "Joseph Mwangi"),
    ("Finland", "Estonia", "HELSINKI", "Anna Virtanen"),
    ("Ghana", "Togo", "ACCRA", "Kwame Mensah"),
    ("Chile", "Argentina", "SANTIAGO", "Pablo Rojas"),
)
VERBS = (
    ("condemned", "for the border raid"),
    ("praised", "for its help after the floods"),
    ("accused", "of violating the ceasefire"),
    ("thanked", "for the aid"),
    ("criticized", "over the new tariffs"),
)
DAYS = ("Monday", "Tuesday")
N_ARTICLES = 60


def article(k: int) -> str:
    """The k-th generated article: a headline, a dateline sentence with an event, a quote."""
    a, b, city, speaker = STATES[k % len(STATES)]
    b = STATES[(k // len(STATES) + 1 + k) % len(STATES)][0] if b == a else b
    verb, why = VERBS[k % len(VERBS)]
    day = DAYS[(k // 30) % 2]
    return (
        f"{a} {verb} {b}, report {k}\n\n"
        f"{city} — The government of {a} {verb} {b} on {day} {why}, officials said. "
        f"Talks on item {k} will go on next week.\n\n"
        f"\u201cWe want peace with our neighbours, and case {k} shows it,\u201d {speaker} said.\n"
    )


def _ingest(corpus: Path, db: Path) -> subprocess.Popen[str]:
    env = cli_env(NEWSGRAPH_COMMIT_EVERY="5", NEWSGRAPH_BATCH_SIZE="4")
    return subprocess.Popen(
        [PYTHON, "-m", "newsgraph.cli", "ingest", str(corpus), "--db", str(db)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO, env=env,
    )


def _snapshot_count(db: Path, scratch: Path) -> int:
    """Articles committed so far, read from a copy (the writer holds the file's lock)."""
    copy = scratch / "snap.duckdb"
    for suffix in ("", ".wal"):
        Path(str(copy) + suffix).unlink(missing_ok=True)
        source = Path(str(db) + suffix)
        try:
            shutil.copyfile(source, Path(str(copy) + suffix))
        except FileNotFoundError:
            continue
    try:
        con = duckdb.connect(str(copy), read_only=True)
    except duckdb.Error:
        return 0  # a torn copy: try again
    try:
        return int(con.execute("SELECT count(*) FROM articles").fetchone()[0])
    except duckdb.Error:
        return 0
    finally:
        con.close()


def _totals(db: Path) -> dict[str, object]:
    out: dict[str, object] = {}
    for table in ("articles", "events", "quotes", "mentions"):
        ids = [i for (i,) in rows(db, f"SELECT id FROM {table}")]
        out[table] = sorted(ids)
        out[f"{table} duplicates"] = len(ids) - len(set(ids))
    keys = rows(db, "SELECT article_id, idx FROM sentences")
    out["sentences"] = len(keys)
    out["sentences duplicates"] = len(keys) - len(set(keys))
    out["failures"] = rows(db, "SELECT count(*) FROM failures")[0][0]
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("crash") / "news"
    root.mkdir()
    for k in range(N_ARTICLES):
        (root / f"article-{k:03d}.txt").write_text(article(k), encoding="utf-8")
    return root


def test_reliability_sigkill_then_resume_equals_uninterrupted_run(corpus: Path, tmp_path: Path) -> None:
    reference_db, db = tmp_path / "reference.duckdb", tmp_path / "killed.duckdb"
    reference = _ingest(corpus, reference_db)
    victim = _ingest(corpus, db)
    deadline = time.monotonic() + 180
    committed = 0
    while time.monotonic() < deadline and victim.poll() is None:
        committed = _snapshot_count(db, tmp_path)
        if committed >= 5:
            break
        time.sleep(0.05)
    assert victim.poll() is None, f"ingest ended before it could be killed: {victim.stderr.read()[-2000:]}"
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=30)
    assert victim.returncode == -signal.SIGKILL
    assert reference.wait(timeout=240) == 0, reference.stderr.read()[-2000:]

    partial = len(rows(db, "SELECT id FROM articles"))
    assert 5 <= partial < N_ARTICLES, partial

    resumed = _ingest(corpus, db)
    out, err = resumed.communicate(timeout=240)
    assert resumed.returncode == 0, err[-2000:]
    assert "Traceback" not in err
    assert f"new {N_ARTICLES - partial}," in err and f"duplicate {partial}," in err

    want, got = _totals(reference_db), _totals(db)
    log.info(
        "killed after %d articles; reference has %d articles, %d events, %d quotes",
        partial, len(want["articles"]), len(want["events"]), len(want["quotes"]),  # type: ignore[arg-type]
    )
    assert len(want["articles"]) == N_ARTICLES  # type: ignore[arg-type]
    assert want["events"] and want["quotes"], "the generated articles must give events and quotes"
    assert got == want
    assert all(got[f"{t} duplicates"] == 0 for t in ("articles", "events", "quotes", "mentions", "sentences"))

    again = _ingest(corpus, db)
    _, err = again.communicate(timeout=240)
    assert again.returncode == 0 and "new 0," in err and f"duplicate {N_ARTICLES}," in err
    assert _totals(db) == want
