"""Event coding on the gold files: parse -> resolve_mentions -> code_events, scored by gold-format.md.

Usage: python benchmarks/events_dev.py [GOLD.jsonl ...] [--show]
Default gold files: ../shared/gold/seed.jsonl and ../shared/gold/news-dev.jsonl.
Prints root-level P/R/F1 per file (and with --show the misses and extras).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from newsgraph.events import code_events
from newsgraph.model import Article, Mention, Parse, stable_id
from newsgraph.nlp import load_nlp, to_parse
from newsgraph.settings import Settings

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


def _article(doc: dict) -> Article:
    from newsgraph.ingest.clean import clean_text

    cleaned = clean_text(doc["text"])
    return Article(
        id=stable_id(cleaned.text),
        text=cleaned.text,
        title=cleaned.title,
        date=doc.get("date"),
        dateline=cleaned.dateline,
        body_start=cleaned.body_start,
    )


def _mentions(article: Article, parse: Parse, settings: Settings) -> tuple[Mention, ...]:
    from newsgraph.actors import resolve_mentions

    return resolve_mentions(article, parse, settings)


def _score(doc: dict, article: Article, parse: Parse, events: tuple) -> dict:
    """Match events to gold as gold-format.md says; return counts and the misses/extras."""
    gold = doc["events"]
    sent_of = []
    for g in gold:
        pos = article.text.find(g["evidence"])
        sent_of.append(parse.sentence_of(pos) if pos >= 0 else -1)
    used: set[int] = set()
    matched = optional_only = 0
    extras = []
    for e in events:
        hit = None
        for k, g in enumerate(gold):
            if k in used or sent_of[k] != e.sentence_index:
                continue
            if g["source"] == e.source and g["target"] == e.target and e.root in g["root"]:
                if hit is None or (gold[hit].get("optional") and not g.get("optional")):
                    hit = k
        if hit is None:
            near = [g for k, g in enumerate(gold) if sent_of[k] == e.sentence_index]
            extras.append((e, near))
        elif gold[hit].get("optional"):
            used.add(hit)
            optional_only += 1
        else:
            used.add(hit)
            matched += 1
    required = [k for k, g in enumerate(gold) if not g.get("optional")]
    misses = [gold[k] for k in required if k not in used]
    return {
        "matched": matched,
        "system": len(events) - optional_only,
        "required": len(required),
        "misses": misses,
        "extras": extras,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("gold", nargs="*")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args(argv)
    paths = args.gold or [str(SHARED / "gold/seed.jsonl"), str(SHARED / "gold/news-dev.jsonl")]
    settings = Settings()
    nlp = load_nlp(settings)
    for path in paths:
        docs = [json.loads(line) for line in Path(path).read_text("utf-8").splitlines() if line]
        tot = Counter()
        t_nlp = t_ev = 0.0
        by_rule: Counter = Counter()
        for doc in docs:
            article = _article(doc)
            t0 = time.perf_counter()
            parse = to_parse(nlp(article.text))
            t1 = time.perf_counter()
            mentions = _mentions(article, parse, settings)
            t2 = time.perf_counter()
            events = code_events(article, parse, mentions, settings)
            t3 = time.perf_counter()
            t_nlp += t1 - t0
            t_ev += t3 - t2
            res = _score(doc, article, parse, events)
            for key in ("matched", "system", "required"):
                tot[key] += res[key]
            for e, _ in res["extras"]:
                by_rule[e.rule] += 1
            if args.show:
                for g in res["misses"]:
                    print(
                        f"  MISS {doc['doc_id']} {g['source']}->{g['target']} {g['root']} | {g['evidence']}"
                    )
                for e, near in res["extras"]:
                    print(
                        f"  EXTRA {doc['doc_id']} {e.source}->{e.target} {e.code} {e.rule} | {e.evidence}"
                    )
                    for g in near:
                        opt = "opt" if g.get("optional") else "REQ"
                        print(
                            f"      gold {opt} {g['source']}->{g['target']} {g['root']} | {g['evidence']}"
                        )
        p = tot["matched"] / tot["system"] if tot["system"] else 0.0
        r = tot["matched"] / tot["required"] if tot["required"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(
            f"{Path(path).name}: docs={len(docs)} matched={tot['matched']} system={tot['system']} "
            f"required={tot['required']} P={p:.3f} R={r:.3f} F1={f:.3f} "
            f"events_time={t_ev:.2f}s spacy_time={t_nlp:.2f}s ({100 * t_ev / max(t_nlp, 1e-9):.1f}%)"
        )
        if args.show and by_rule:
            print("  extras by rule:", dict(by_rule.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
