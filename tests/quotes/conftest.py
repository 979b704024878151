"""Shared fixture of the quote tests: a short article through actors and quotes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsgraph.model import Article, Quote
from newsgraph.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quote_lookup import Run  # noqa: E402 - the line above puts it on sys.path


@pytest.fixture(scope="module")
def run() -> Run:
    """The quotes of a text, dated 2025-02-04, with mentions resolved as in a real run."""
    from newsgraph.actors import resolve_mentions
    from newsgraph.nlp import parse_text
    from newsgraph.quotes import find_quotes

    settings = Settings()

    def go(text: str) -> tuple[Quote, ...]:
        article = Article(id="t", text=text, date="2025-02-04")
        parse = parse_text(text, settings)
        return find_quotes(article, parse, resolve_mentions(article, parse, settings), settings)

    return go
