"""Quote speakers of session 67 (helper Q2): an unnamed speaker's adjective phrase after the
head is part of the description ("a source close to the talks", "people familiar with the
matter"), as tests/gold/README.md's "Conventions decided (session 67)", decision 4, keeps
every modifier after the head (attribute._adjective_tail_end). Before, the adjective phrase
was dropped ("source").

Near misses: an adjective set apart by a comma, a definite "the source" (a reference back,
left as it was), a named person, and a relative clause (never part of the description).
Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

_LEAD = "VIENNA (Reuters) - Iran and the IAEA ended two days of talks on Tuesday without a deal. "

#: (text, words of the quote, speaker): the adjective phrase kept
CASES: list[tuple[str, str, str]] = [
    (_LEAD + '"Neither side moved an inch," said a source close to the talks.', "moved an inch", "source close to the talks"),
    (
        _LEAD + '"The gap is narrower than it looks," said a diplomat familiar with the negotiations.',
        "narrower than it looks",
        "diplomat familiar with the negotiations",
    ),
    (
        _LEAD + 'People familiar with the matter said the inspectors were "not allowed near the site."',
        "not allowed near the site",
        "People familiar with the matter",
    ),
    (
        _LEAD + '"They will meet again in March," said a person with direct knowledge of the plans.',
        "meet again in March",
        "person with direct knowledge of the plans",
    ),
]

#: near misses: (text, words, speaker) without the adjective phrase
NEAR: list[tuple[str, str, str]] = [
    (  # set apart by a comma: no part of the description
        _LEAD + '"Neither side moved an inch," said a diplomat, familiar with the talks.',
        "moved an inch",
        "diplomat",
    ),
    (  # a relative clause is dropped as before
        _LEAD + '"Neither side moved an inch," said a diplomat who asked not to be named.',
        "moved an inch",
        "diplomat",
    ),
    (  # a named person is the name
        _LEAD + '"Neither side moved an inch," said Anna Berger, a diplomat close to the talks.',
        "moved an inch",
        "Anna Berger",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), CASES + NEAR)
def test_speakers146_adjective_phrase_kept(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker


@pytest.mark.xfail(strict=True, reason="a listed role ('official') reads its owner, not the adjective phrase")
def test_speakers146_official_close_to_someone(run: Run) -> None:
    """"a senior official close to the president" is the whole description (decision 4)."""
    text = _LEAD + '"Neither side moved an inch," said a senior official close to the president.'
    assert quote_with(run(text), "moved an inch").speaker == "senior official close to the president"
