"""Salience 25 (session 25, builder OL): a short name led by an honorific joins the full name
the article gave before ("Sheikh Tamim" after "Sheikh Tamim bin Hamad Al Thani"), so a quote's
speaker is the full name; told alone, it stays as written."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.actors import resolve_mentions
from newsgraph.model import Article, Mention
from newsgraph.settings import Settings

pytestmark = pytest.mark.model

Resolve = Callable[..., tuple[Mention, ...]]


@pytest.fixture(scope="module")
def resolve() -> Resolve:
    from newsgraph.nlp import parse_text

    settings = Settings()

    def run(text: str, date: str = "2026-03-04") -> tuple[Mention, ...]:
        article = Article(id="t", text=text, date=date)
        return resolve_mentions(article, parse_text(text, settings), settings)

    return run


def _person(mentions: tuple[Mention, ...], text: str) -> str | None:
    hits = [m for m in mentions if m.text == text]
    assert hits, f"no mention {text!r} in {[m.text for m in mentions]}"
    return hits[-1].person


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (
            "Qatar's emir, Sheikh Tamim bin Hamad Al Thani, met the French president in Paris "
            "on Monday. “We want peace,” Sheikh Tamim said.",
            "Sheikh Tamim",
            "Tamim bin Hamad Al Thani",
        ),
        (
            "Qatar's emir, Tamim bin Hamad Al Thani, arrived in Tehran on Sunday. "
            "“We came to listen,” Sheikh Tamim told reporters.",
            "Sheikh Tamim",
            "Tamim bin Hamad Al Thani",
        ),
    ],
)
def test_actors_salience25_honorific_short_name_joins_full_name(
    resolve: Resolve, text: str, short: str, full: str
) -> None:
    assert _person(resolve(text), short) == full


def test_actors_salience25_honorific_name_alone_stays(resolve: Resolve) -> None:
    ms = resolve("“We want peace,” Sheikh Tamim said on Monday in Doha.")
    assert _person(ms, "Sheikh Tamim") == "Sheikh Tamim"
