"""A run over every article of the shared news sample: no errors, well-formed mentions."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.actors import resolve_mentions
from newsgraph.model import Article
from newsgraph.settings import Settings

pytestmark = [pytest.mark.model, pytest.mark.slow]  # parses 160k characters: ~30 s

SAMPLE = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "news-sample"


def test_actors_news_sample_runs_clean() -> None:
    if not SAMPLE.exists():
        pytest.skip("shared corpus not present")
    from newsgraph.nlp import parse_texts

    settings = Settings()
    paths = sorted(SAMPLE.glob("*.txt"))
    texts = [p.read_text("utf-8") for p in paths]
    total = 0
    for path, text, parse in zip(paths, texts, parse_texts(texts, settings)):
        ms = resolve_mentions(Article(id=path.stem, text=text, date="2024-11-15"), parse, settings)
        assert [m.start for m in ms] == sorted(m.start for m in ms)
        for a, b in zip(ms, ms[1:]):
            assert a.end <= b.start, (path.name, a.text, b.text)
        assert all(text[m.start : m.end] == m.text for m in ms)
        total += len(ms)
    assert total > 10 * len(paths)
