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
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from proctree import tree_pids  # benchmarks/ is on sys.path when run as a script

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


def _cpu_ticks(pid: int) -> int | None:
    """User + system clock ticks a process has used so far (None once it is gone)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, IndexError, ValueError):
        return None


def run(master: str, corpus: Path, out: Path) -> dict:
    """One job in a fresh process: its stats, the process wall time and the tree's CPU time."""
    cmd = [sys.executable, "-m", "newsgraph.distributed", str(out), str(corpus), "--master", master]
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as stdout, tempfile.TemporaryFile("w+") as stderr:
        proc = subprocess.Popen(cmd, stdout=stdout, stderr=stderr, text=True, cwd=out.parent)
        ticks: dict[int, int] = {}
        while proc.poll() is None:
            for pid in tree_pids(proc.pid):
                used = _cpu_ticks(pid)
                if used is not None:
                    ticks[pid] = max(used, ticks.get(pid, 0))
            time.sleep(0.2)
        wall = time.perf_counter() - start
        stdout.seek(0)
        stderr.seek(0)
        out_text, err_text = stdout.read(), stderr.read()
    if proc.returncode not in (0, 3):
        sys.exit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{err_text[-3000:]}")
    stats = json.loads(out_text.strip().splitlines()[-1])
    stats["wall_seconds"] = round(wall, 3)
    stats["cpu_seconds"] = round(sum(ticks.values()) / os.sysconf("SC_CLK_TCK"), 1)
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
                "cpu_seconds": stats["cpu_seconds"],
                "cores_busy": round(stats["cpu_seconds"] / stats["wall_seconds"], 2),
            }
    if len(args.masters) >= 2:
        one, two = (report["masters"][m] for m in args.masters[:2])
        report["speedup_job"] = round(one["job_seconds"] / two["job_seconds"], 3)
        report["speedup_wall"] = round(one["wall_seconds"] / two["wall_seconds"], 3)
        report["wall_speedup_bound_2_cores"] = round(2 * one["wall_seconds"] / one["cpu_seconds"], 3)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
