"""The quote stress set (stress_quotes.yaml): passages we wrote, one rule each,
run through the actors and quotes stages. ``python tests/quotes/test_quotes_stress.py``
prints the pass rate and every failure."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from newsgraph.model import Article, Quote
from newsgraph.settings import Settings

CASES_FILE = Path(__file__).with_name("stress_quotes.yaml")
CASES: list[dict[str, Any]] = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))

Run = Callable[[str], tuple[Quote, ...]]


def make_runner() -> Run:
    """Actors then quotes on one passage at a time (for debugging one case)."""
    from newsgraph.actors import resolve_mentions
    from newsgraph.nlp import parse_text
    from newsgraph.quotes import find_quotes

    settings = Settings()

    def go(text: str) -> tuple[Quote, ...]:
        article = Article(id="stress", text=text, date="2025-02-04")
        parse = parse_text(text, settings)
        return find_quotes(article, parse, resolve_mentions(article, parse, settings), settings)

    return go


def problems(case: dict[str, Any], quotes: tuple[Quote, ...]) -> list[str]:
    """What the stage got wrong on one case (empty when it passes)."""
    out = []
    want = case.get("quotes") or []
    if len(quotes) != len(want):
        out.append(f"{len(quotes)} quotes found, {len(want)} expected: {[q.text for q in quotes]}")
    for w in want:
        hits = [q for q in quotes if w["has"] in q.text]
        if not hits:
            out.append(f"no quote holding {w['has']!r}")
            continue
        q = hits[0]
        names = w["speaker"] if isinstance(w["speaker"], list) else [w["speaker"]]
        if (q.speaker or "").casefold() not in {n.casefold() for n in names}:
            out.append(f"{w['has']!r}: speaker {q.speaker!r} ({q.rule}), expected {names}")
        if "actor" in w and q.speaker_actor != w["actor"]:
            out.append(f"{w['has']!r}: actor {q.speaker_actor!r}, expected {w['actor']!r}")
        if "partial" in w and q.partial != w["partial"]:
            out.append(f"{w['has']!r}: partial {q.partial}, expected {w['partial']}")
    return out


def run_all(texts: list[str]) -> list[tuple[Quote, ...]]:
    """Actors then quotes on every passage, parsed in one batch (nlp.pipe)."""
    from newsgraph.actors import resolve_mentions
    from newsgraph.nlp import parse_texts
    from newsgraph.quotes import find_quotes

    settings = Settings()
    out = []
    for text, parse in zip(texts, parse_texts(texts, settings)):
        article = Article(id="stress", text=text, date="2025-02-04")
        out.append(
            find_quotes(article, parse, resolve_mentions(article, parse, settings), settings)
        )
    return out


@pytest.fixture(scope="module")
def found() -> dict[str, tuple[Quote, ...]]:
    """Every case's quotes, computed once for the module (the model loads once)."""
    pytest.importorskip("spacy")
    try:
        results = run_all([c["text"] for c in CASES])
    except OSError:
        pytest.skip("spaCy model not installed")
    return {c["id"]: q for c, q in zip(CASES, results)}


def _param(case: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(reason=case["known"], strict=False)] if case.get("known") else []
    return pytest.param(case, id=case["id"], marks=marks)


@pytest.mark.model
@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_quotes_stress_case(found: dict[str, tuple[Quote, ...]], case: dict[str, Any]) -> None:
    assert problems(case, found[case["id"]]) == []


def test_quotes_stress_cases_are_well_formed() -> None:
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)) >= 40
    for c in CASES:
        assert c["rule"] and c["text"]
        for q in c.get("quotes") or []:
            assert q["has"] in c["text"], (c["id"], q["has"])


if __name__ == "__main__":
    failed = 0
    for c, quotes in zip(CASES, run_all([c["text"] for c in CASES])):
        issues = problems(c, quotes)
        if issues:
            failed += 1
            print(f"FAIL {c['id']} ({c['rule']}){' [known]' if c.get('known') else ''}")
            for p in issues:
                print("    ", p)
    print(f"stress set: {len(CASES) - failed}/{len(CASES)} pass")
    sys.exit(1 if failed else 0)
