"""Spark scale-out: the same job on local[1] and local[2], same input, same run.

The input is ../shared/corpus/news-sample copied COPIES times, each copy with a
distinct last line so dedup keeps them all. Each master runs in a fresh
process (`python -m newsgraph.distributed`), so each pays its own JVM start
and model loads. Reported per master: process wall time, the job's own time
once Spark is up (reading, parsing, coding, writing Parquet), articles/s on
that job time, and articles/s per core; then the speedup of local[2] over
local[1] on job time (goal: >= 1.8) and on wall time.

    python benchmarks/spark_scaling.py [--copies 4] [--masters 'local[1]' 'local[2]']
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT.parent / "shared" / "corpus" / "news-sample"


def make_corpus(target: Path, copies: int) -> int:
    """Write COPIES distinct copies of the sample; returns how many articles."""
    sources = sorted(SAMPLE.glob("*.txt"))
    target.mkdir()
    for k in range(copies):
        for src in sources:
            text = src.read_text(encoding="utf-8").rstrip("\n")
            (target / f"{src.stem}-{k}.txt").write_text(
                f"{text}\n\nCopy {k} of this article.\n", encoding="utf-8"
            )
    return copies * len(sources)


def run(master: str, corpus: Path, out: Path) -> dict:
    """One job in a fresh process: its stats plus the process wall time."""
    cmd = [sys.executable, "-m", "newsgraph.distributed", str(out), str(corpus), "--master", master]
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=out.parent)
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 3):
        sys.exit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr[-3000:]}")
    stats = json.loads(proc.stdout.strip().splitlines()[-1])
    stats["wall_seconds"] = round(wall, 3)
    return stats


def cores(master: str) -> int:
    found = re.fullmatch(r"local\[(\d+)\]", master)
    return int(found.group(1)) if found else 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=4)
    parser.add_argument("--masters", nargs="+", default=["local[1]", "local[2]"])
    args = parser.parse_args()
    if not SAMPLE.is_dir():
        sys.exit(f"no corpus at {SAMPLE}")
    report: dict = {"masters": {}}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        report["articles"] = make_corpus(corpus, args.copies)
        for master in args.masters:
            stats = run(master, corpus, Path(tmp) / f"out-{cores(master)}")
            job = stats["seconds"]
            report["masters"][master] = {
                "wall_seconds": stats["wall_seconds"],
                "startup_seconds": stats["startup_seconds"],
                "job_seconds": job,
                "articles": stats["articles"],
                "articles_per_s": round(stats["articles"] / job, 3),
                "articles_per_s_per_core": round(stats["articles"] / job / cores(master), 3),
                "events": stats["events"],
            }
    if len(args.masters) >= 2:
        one, two = (report["masters"][m] for m in args.masters[:2])
        report["speedup_job"] = round(one["job_seconds"] / two["job_seconds"], 3)
        report["speedup_wall"] = round(one["wall_seconds"] / two["wall_seconds"], 3)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
