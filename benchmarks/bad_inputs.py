"""Bad-input benchmark: the hostile corpus of tests/reliability through ``newsgraph ingest``.

Usage: .venv/bin/python benchmarks/bad_inputs.py [--big-mb MB] [--workers N] [--keep DIR]

Generates the corpus (tests/reliability/reliability_corpus.py) in a temporary
directory, runs ``newsgraph ingest`` on it as a subprocess, and prints one JSON
object: inputs tried, bad inputs, failures recorded, articles stored, crashes
(a traceback or an exit code other than 3), cases not accounted for, seconds.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "reliability"))

from reliability_checks import account, cli_env, rows  # noqa: E402
from reliability_corpus import write_corpus  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big-mb", type=float, default=0.05, help="size of the single-line file")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--max-document-chars", type=int, default=150_000)
    parser.add_argument("--keep", help="write the corpus and store here instead of a temporary dir")
    args = parser.parse_args()
    base = Path(args.keep or tempfile.mkdtemp(prefix="newsgraph-bad-"))
    corpus, db = base / "corpus", base / "bad.duckdb"
    corpus.mkdir(parents=True, exist_ok=False)
    cases = write_corpus(corpus, big_mb=args.big_mb, too_long_chars=2 * args.max_document_chars)
    env = cli_env(NEWSGRAPH_MAX_DOCUMENT_CHARS=str(args.max_document_chars))
    start = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "newsgraph.cli", "ingest", str(corpus), "--db", str(db),
         "--workers", str(args.workers)],
        capture_output=True, text=True, cwd=ROOT, env=env,
    )
    seconds = time.monotonic() - start
    crashed = "Traceback" in proc.stderr or proc.returncode != 3
    report = {
        "inputs": len(cases),
        "bad_inputs": sum(c.expect != "stored" for c in cases),
        "good_inputs": sum(c.expect == "stored" for c in cases),
        "exit_code": proc.returncode,
        "crashes": int(crashed),
        "failures_recorded": rows(db, "SELECT count(*) FROM failures")[0][0] if db.exists() else 0,
        "articles_stored": rows(db, "SELECT count(*) FROM articles")[0][0] if db.exists() else 0,
        "not_accounted_for": account(corpus, cases, db) if db.exists() else "no store",
        "seconds": round(seconds, 1),
        "summary": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "",
        "where": str(base) if args.keep else None,
    }
    sys.stdout.write(json.dumps(report, indent=2) + "\n")
    if crashed:
        sys.stderr.write(proc.stderr[-4000:])
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
