"""Actors benchmark: resolution time beside spaCy's, and coverage of the gold's actors.

Usage: .venv/bin/python benchmarks/actors.py [--repeat N] [--gold] [--show]

1. Parses ../shared/corpus/news-sample/*.txt with the configured pipeline
   (entity ruler installed), then times ``resolve_mentions`` over the parses;
   prints both times and the ratio (budget: resolution <= 10% of spaCy).
   Also times the entity ruler alone (the pipeline with and without it).
2. With --gold: on ../shared/gold/news-dev.jsonl (and seed.jsonl), the share
   of gold event sources/targets that have a mention with that principal in
   the evidence's sentence, and the share of quote speakers that some mention
   names (person or actor name) with the gold speaker_actor. --show lists misses.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from newsgraph.actors import resolve_mentions
from newsgraph.model import Article, Mention, Parse
from newsgraph.nlp import load_nlp, to_parse
from newsgraph.settings import Settings

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


def time_sample(settings: Settings, repeat: int) -> None:
    """spaCy time vs resolution time on the news sample."""
    import spacy

    paths = sorted((SHARED / "corpus" / "news-sample").glob("*.txt"))
    texts = [p.read_text("utf-8") for p in paths]
    nlp = load_nlp(settings)
    bare = spacy.load(settings.model)
    list(nlp.pipe(texts[:2]))
    list(bare.pipe(texts[:2]))
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=settings.batch_size))
    spacy_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    list(bare.pipe(texts, batch_size=settings.batch_size))
    bare_s = time.perf_counter() - t0
    parses = [to_parse(d) for d in docs]
    articles = [Article(id=p.stem, text=t, date="2024-11-15") for p, t in zip(paths, texts)]
    resolve_mentions(articles[0], parses[0], settings)  # load the gazetteer outside the timing
    best = float("inf")
    count = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        count = sum(len(resolve_mentions(a, p, settings)) for a, p in zip(articles, parses))
        best = min(best, time.perf_counter() - t0)
    chars = sum(len(t) for t in texts)
    print(f"news-sample: {len(texts)} docs, {chars} chars, {count} mentions")
    print(f"spaCy with ruler   {spacy_s:7.3f} s")
    print(f"spaCy without      {bare_s:7.3f} s   (ruler cost {spacy_s - bare_s:+.3f} s)")
    print(f"resolve_mentions   {best:7.3f} s   = {100 * best / spacy_s:.1f}% of spaCy (budget 10%)")


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _speaker_found(ms: tuple[Mention, ...], speaker: str, code: str | None) -> bool:
    """A person mention with the gold speaker's name and principal, or for an
    institution a mention whose text overlaps the speaker's words."""
    people = [m for m in ms if m.person == speaker]
    if people:
        return any((m.actor.principal if m.actor else None) == code for m in people)
    low = speaker.lower().removeprefix("the ")
    for m in ms:
        text = m.text.lower().removeprefix("the ")
        if m.person is None and (text in low or low in text) and len(text) > 2:
            if code is None or (m.actor is not None and m.actor.principal == code):
                return True
    return False


def gold_coverage(settings: Settings, show: bool) -> None:
    """How often the gold's actors and speakers appear among our mentions."""
    nlp = load_nlp(settings)
    for name in ("seed.jsonl", "news-dev.jsonl"):
        path = SHARED / "gold" / name
        if not path.exists():
            continue
        docs = _load(path)
        ev_hit = ev_all = sp_hit = sp_all = 0
        misses: Counter[str] = Counter()
        for doc, sdoc in zip(docs, nlp.pipe([d["text"] for d in docs])):
            parse: Parse = to_parse(sdoc)
            article = Article(id=doc.get("doc_id", "d"), text=doc["text"], date=doc.get("date"))
            ms = resolve_mentions(article, parse, settings)
            for ev in doc.get("events", ()):
                if ev.get("optional"):
                    continue
                at = doc["text"].find(ev["evidence"])
                if at < 0:
                    continue
                s = parse.sentence_of(at)
                have = {m.actor.principal for m in ms if m.actor and m.sentence_index == s}
                for side in ("source", "target"):
                    ev_all += 1
                    if ev[side] in have:
                        ev_hit += 1
                    else:
                        misses[f"event {side} {ev[side]}"] += 1
                        if show:
                            print(
                                f"  miss {side} {ev[side]:5} in: {parse.sentences[s].text[:150]!r}"
                            )
            for q in doc.get("quotes", ()):
                sp_all += 1
                speaker, code = q.get("speaker"), q.get("speaker_actor")
                ok = _speaker_found(ms, speaker or "", code)
                if ok:
                    sp_hit += 1
                else:
                    misses[f"speaker {code}"] += 1
                    if show:
                        print(f"  miss speaker {speaker!r} ({code})")
        print(
            f"{name}: event actors in sentence {ev_hit}/{ev_all} = {ev_hit / max(ev_all, 1):.3f}; "
            f"speakers named with actor {sp_hit}/{sp_all} = {sp_hit / max(sp_all, 1):.3f}"
        )
        if show:
            print("  most missed:", misses.most_common(12))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--gold", action="store_true")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--no-time", action="store_true", help="skip the timing")
    args = ap.parse_args(argv)
    settings = Settings()
    if not SHARED.exists():
        print("shared data not present", file=sys.stderr)
        return 1
    if not args.no_time:
        time_sample(settings, args.repeat)
    if args.gold:
        gold_coverage(settings, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
