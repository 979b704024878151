"""Speakers through both stages (actors, then quotes) on passages written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.model import Article, Quote
from newsgraph.settings import Settings

pytestmark = pytest.mark.model

Run = Callable[..., tuple[Quote, ...]]


@pytest.fixture(scope="module")
def run() -> Run:
    from newsgraph.actors import resolve_mentions
    from newsgraph.nlp import parse_text
    from newsgraph.quotes import find_quotes

    settings = Settings()

    def go(text: str, date: str = "2025-02-04") -> tuple[Quote, ...]:
        article = Article(id="t", text=text, date=date)
        parse = parse_text(text, settings)
        mentions = resolve_mentions(article, parse, settings)
        return find_quotes(article, parse, mentions, settings)

    return go


def _speaker(quotes: tuple[Quote, ...], words: str) -> Quote:
    hits = [q for q in quotes if words in q.text]
    assert hits, f"no quote with {words!r} in {[q.text for q in quotes]}"
    return hits[0]


def test_speakers_the_embassy_takes_the_name_given_before(run: Run) -> None:
    qs = run(
        "In a statement, the Chinese Embassy in Washington condemned the tariffs.\n\n"
        "“China firmly opposes these measures,” the embassy said."
    )
    q = _speaker(qs, "firmly opposes")
    assert q.speaker == "Chinese Embassy in Washington"
    assert q.speaker_actor == "CHN"


def test_speakers_the_party_takes_the_party_named_before(run: Run) -> None:
    qs = run(
        "The centrist Liberal Union party strongly opposed the new budget on Tuesday.\n\n"
        "“This budget will hurt families,” the party said in a statement."
    )
    assert _speaker(qs, "hurt families").speaker == "Liberal Union"


def test_speakers_the_president_is_the_latest_head_named(run: Run) -> None:
    qs = run(
        "U.S. President Donald Trump spoke at the White House on Monday.\n\n"
        "Later, Volodymyr Zelenskyy addressed his nation.\n\n"
        "“The army must adapt quickly,” the president said."
    )
    q = _speaker(qs, "army must adapt")
    assert q.speaker == "Volodymyr Zelenskyy"
    assert q.speaker_actor == "UKR"


def test_speakers_editorial_read_in_a_newspaper(run: Run) -> None:
    qs = run(
        "The vote has divided the country.\n\n"
        '"The election marks a turning point for the region," read a recent editorial '
        "in the influential Daily Courier newspaper.\n\n"
        'It warned that leaders had "ignored every warning."'
    )
    assert _speaker(qs, "turning point").speaker == "Daily Courier"
    assert _speaker(qs, "turning point").speaker_actor is None
    assert _speaker(qs, "ignored every").speaker == "Daily Courier"


def test_speakers_capital_right_after_its_ministry_is_that_ministry(run: Run) -> None:
    qs = run(
        "The Indonesian Foreign Ministry clarified on Sunday that it rejects the claim.\n\n"
        'The claim, Jakarta said, "does not comply" with the convention.'
    )
    assert _speaker(qs, "does not comply").speaker == "Indonesian Foreign Ministry"


def test_speakers_capital_alone_stays_as_given(run: Run) -> None:
    qs = run('Officials met in Geneva.\n\n"We will respond," Beijing said on Monday.')
    assert _speaker(qs, "will respond").speaker == "Beijing"


def test_speakers_dotted_state_abbreviation_speaks_as_the_state(run: Run) -> None:
    qs = run(
        "The two powers compete for influence in Africa.\n\n"
        'The U.S. says Chinese loans are "often opaque and leave countries worse off."'
    )
    q = _speaker(qs, "often opaque")
    assert q.speaker == "United States"
    assert q.speaker_actor == "USA"


def test_speakers_person_in_apposition_to_an_outlet_subject(run: Run) -> None:
    qs = run(
        "The law passed in May.\n\n"
        "In her column on the website The Observer, law professor Anna Marie Kowalski of "
        "Warsaw University described the law as “a tool to reduce inequality.”"
    )
    assert _speaker(qs, "reduce inequality").speaker == "Anna Marie Kowalski"
