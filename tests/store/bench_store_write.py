"""Time write_batch on synthetic batches (not a test: run it by hand).

    .venv/bin/python tests/store/bench_store_write.py [articles] [events_per_article]

Each article has 40 sentences, 40 mentions, the given number of events and
3 quotes; prints the seconds per batch for a new batch, the same batch again
(all duplicates), and a second new batch into the now non-empty store.
CPU time counts every thread of the process (DuckDB inserts in parallel).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from newsgraph.model import (
    Actor,
    Article,
    Event,
    Location,
    Mention,
    Quote,
    Result,
    Sentence,
    stable_id,
)
from newsgraph.store import Store

SENTENCE = "Seoul said it would talk to Pyongyang. "
KORGOV = Actor("KORGOV", "KOR", "GOV", "South Korea")
PRK = Actor("PRK", "PRK", "", "North Korea")


def synthetic(i: int, n_events: int) -> Result:
    aid = stable_id("bench", i)
    size = len(SENTENCE)
    text = SENTENCE * 40
    sents = tuple(
        Sentence(k, k * size, k * size + size - 1, SENTENCE.strip(), k * 8, k * 8 + 8)
        for k in range(40)
    )
    mentions = tuple(
        Mention(stable_id(aid, "m", k), aid, k * size, k * size + 5, "Seoul", k, k * 8,
                k * 8 + 1, "metonym", KORGOV)
        for k in range(40)
    )
    events = tuple(
        Event(stable_id(aid, "e", k), aid, k % 40, SENTENCE.strip(), KORGOV, PRK, "036", "03", 1,
              4.0, (k * size + 6, k * size + 10), (k * size, k * size + 5),
              (k * size + 28, k * size + 37), "bench.rule", 0.9, "2024-05-01",
              Location("Seoul", "KOR", None, 37.5, 127.0), SENTENCE.strip())
        for k in range(n_events)
    )
    quotes = tuple(
        Quote(stable_id(aid, "q", k), aid, k * size, k * size + 10, text[k * size : k * size + 10],
              "Jens Stoltenberg", "NATO", "NATO", (0, 5), "said", False, (k,), "bench.quote")
        for k in range(3)
    )
    article = Article(aid, text, f"bench/{i}.txt", "Title", "2024-05-01", "SEOUL", "VOA")
    return Result(article, sents, mentions, events, quotes)


def main(n_articles: int = 1000, n_events: int = 20) -> None:
    first = [synthetic(i, n_events) for i in range(n_articles)]
    second = [synthetic(i, n_events) for i in range(n_articles, 2 * n_articles)]
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "bench.duckdb") as store:
        for label, batch in (("new batch", first), ("same batch again", first),
                             ("second new batch", second)):
            start, cpu = time.perf_counter(), time.process_time()
            stats = store.write_batch(batch, [])
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
            sys.stdout.write(f"{label:18s} {seconds:6.2f} s wall {cpu:6.2f} s cpu  {stats}\n")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
