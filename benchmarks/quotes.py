"""Quotes benchmark: newsgraph beside textacy's ``direct_quotations``, same run.

Reads the gold files from ../shared/gold (skips any that are absent), parses
each article once with the configured spaCy pipeline, then runs

- newsgraph: ``actors.resolve_mentions`` + ``quotes.find_quotes``;
- textacy 0.13: ``textacy.extract.triples.direct_quotations`` on the same Doc
  (its speaker is the token list it returns; no coreference).

Both are scored by ``newsgraph.evaluate.score`` (quote-span precision and
recall at token Jaccard >= 0.8, speaker accuracy on matched spans). Times
are for the quote step alone (parsing is shared and reported separately).

Run: ``.venv/bin/python benchmarks/quotes.py [--details]``
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from newsgraph.evaluate import load_gold, score
from newsgraph.model import Article, Quote, Result, stable_id
from newsgraph.settings import Settings

log = logging.getLogger(__name__)

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
STRESS = Path(__file__).resolve().parents[1] / "tests" / "quotes" / "stress_quotes.yaml"
GOLD_FILES = ("seed.jsonl", "news-dev.jsonl")
_OPEN_CLOSE = "“”‘’\"'«»„「」"
_BAILED: list[str] = []  # articles textacy refused (unbalanced marks)


def _article(doc_id: str, text: str) -> Article:
    """The gold text as an Article; a first line followed by a blank line is the headline."""
    first = text.find("\n")
    body_start = first + 1 if first >= 0 and text[first + 1 : first + 2] == "\n" else 0
    return Article(id=doc_id, text=text, body_start=body_start)


def _textacy_quotes(article: Article, doc: object) -> tuple[Quote, ...]:
    from textacy.extract.triples import direct_quotations

    out: list[Quote] = []
    try:
        triples = list(direct_quotations(doc))
    except ValueError as exc:  # textacy bails out on an odd number of marks
        log.info("textacy gave up on %s: %s", article.id, exc)
        _BAILED.append(article.id)
        return ()
    for triple in triples:
        span = triple.content
        start, end = span.start_char, span.end_char
        while start < end and article.text[start] in _OPEN_CLOSE:
            start += 1
        while end > start and article.text[end - 1] in _OPEN_CLOSE:
            end -= 1
        speaker = " ".join(t.text for t in triple.speaker) or None
        out.append(
            Quote(stable_id(article.id, start, end), article.id, start, end,
                  article.text[start:end], speaker=speaker, cue=" ".join(t.text for t in triple.cue))
        )
    return tuple(out)


def _line(name: str, corpus: str, results: list[Result], docs: list, seconds: float) -> str:
    s = score(docs, results)
    q = s.quotes
    return (
        f"{corpus:<15} {name:<10} P={q.precision:.3f} R={q.recall:.3f} "
        f"speaker={s.speaker_accuracy:.3f} (matched {q.matched}, system {q.system}, "
        f"gold {q.gold})  quote step {seconds * 1000:.0f} ms"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--details", action="store_true", help="list misses and wrong speakers")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)

    from newsgraph.actors import resolve_mentions
    from newsgraph.nlp import load_nlp, to_parse
    from newsgraph.quotes import find_quotes

    try:
        import textacy  # noqa: F401
        have_textacy = True
    except ImportError:
        have_textacy = False

    settings = Settings()
    nlp = load_nlp(settings)
    for name in GOLD_FILES:
        path = SHARED / "gold" / name
        if not path.exists():
            print(f"{name}: not found under {SHARED / 'gold'}, skipped")
            continue
        docs = load_gold(path)
        articles = [_article(d.doc_id, d.text) for d in docs]
        t0 = time.perf_counter()
        spacy_docs = list(nlp.pipe([a.text for a in articles]))
        parse_s = time.perf_counter() - t0
        parses = [to_parse(d) for d in spacy_docs]

        t0 = time.perf_counter()
        mentions = [resolve_mentions(a, p, settings) for a, p in zip(articles, parses)]
        actors_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        ours = [
            Result(article=a, quotes=find_quotes(a, p, m, settings))
            for a, p, m in zip(articles, parses, mentions)
        ]
        ours_s = time.perf_counter() - t0
        print(f"{name}: {len(docs)} articles; spaCy parse {parse_s:.1f} s, actors {actors_s:.2f} s")
        print(_line("newsgraph", name, ours, docs, ours_s))
        if have_textacy:
            t0 = time.perf_counter()
            theirs = [
                Result(article=a, quotes=_textacy_quotes(a, d)) for a, d in zip(articles, spacy_docs)
            ]
            print(_line("textacy", name, theirs, docs, time.perf_counter() - t0)
                  + f"  (gave up on {len(_BAILED)} articles: unbalanced marks)")
            _BAILED.clear()
        else:
            print(f"{name:<15} textacy    not installed (pip install textacy==0.13.0)")
        if args.details:
            for line in score(docs, ours).detail_lines():
                if "quote" in line or "speaker" in line:
                    print("   ", line)
    _stress(nlp, settings, have_textacy)
    return 0


def _stress_right(case: dict, quotes: tuple[Quote, ...]) -> bool:  # type: ignore[type-arg]
    """Every expected quotation found, none extra, each with an accepted speaker."""
    want = case.get("quotes") or []
    if len(quotes) != len(want):
        return False
    for w in want:
        names = w["speaker"] if isinstance(w["speaker"], list) else [w["speaker"]]
        hits = [q for q in quotes if w["has"] in q.text]
        if not hits or (hits[0].speaker or "").casefold() not in {n.casefold() for n in names}:
            return False
    return True


def _stress(nlp: object, settings: Settings, have_textacy: bool) -> None:
    """The stress set of passages we wrote (tests/quotes/stress_quotes.yaml): how many
    each system gets wholly right (quotations found and speakers named)."""
    import yaml

    from newsgraph.actors import resolve_mentions
    from newsgraph.nlp import to_parse
    from newsgraph.quotes import find_quotes

    if not STRESS.exists():
        return
    cases = yaml.safe_load(STRESS.read_text(encoding="utf-8"))
    docs = list(nlp.pipe([c["text"] for c in cases]))  # type: ignore[attr-defined]
    ours = theirs = 0
    t0 = time.perf_counter()
    for case, doc in zip(cases, docs):
        article = Article(id=case["id"], text=case["text"])
        parse = to_parse(doc)
        found = find_quotes(article, parse, resolve_mentions(article, parse, settings), settings)
        ours += _stress_right(case, found)
    ours_s = time.perf_counter() - t0
    print(f"stress set: {len(cases)} passages we wrote")
    print(f"{'stress':<15} {'newsgraph':<10} {ours}/{len(cases)} right  ({ours_s * 1000:.0f} ms with actors)")
    if have_textacy:
        for case, doc in zip(cases, docs):
            article = Article(id=case["id"], text=case["text"])
            theirs += _stress_right(case, _textacy_quotes(article, doc))
        print(f"{'stress':<15} {'textacy':<10} {theirs}/{len(cases)} right")
        _BAILED.clear()


if __name__ == "__main__":
    sys.exit(main())
