"""Quote speakers of session 69 (helper SP69): "he"/"she" after a title whose holder is named
between commas is that holder, also when the actors stage missed the name as a person ("its
ambassador in Quito, Dilani Wickramasinghe, said ... “...,” she told": Wickramasinghe, as
the title's own subject already reads; attribute._comma_set_holder).

Near misses: a title with no comma-set name keeps its phrase; a person named inside the
title's relative clause ("who met Ana Ruiz") is not its holder. Every sentence was written
for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
HOLDER: list[tuple[str, str, str]] = [
    (
        "Airport\nLIMA - Peru closed the border on Monday. Chile has no embassy in Lima, and its"
        " ambassador in Quito, Dilani Wickramasinghe, said the visit was \"refused outright.\""
        ' "I waited all day," she told Reuters by phone.',
        "I waited all day",
        "Dilani Wickramasinghe",
    ),
    (
        "Crossing\nACCRA - Togo shut the crossing. Ghana's envoy to Lome, Kofi Boateng"
        ' Asamoah-Mensah, said the talks were "stuck." "We keep knocking," he told reporters.',
        "We keep knocking",
        "Kofi Boateng Asamoah-Mensah",
    ),
]

NEAR: list[tuple[str, str, str]] = [
    (
        "Airport\nLIMA - Peru closed the border on Monday. Chile's ambassador in Quito said the"
        ' visit was "refused outright." "I waited all day," she told Reuters by phone.',
        "I waited all day",
        "Chile's ambassador in Quito",
    ),
    (
        "Airport\nLIMA - Peru closed the border on Monday. Chile's ambassador in Quito, who met"
        ' Ana Ruiz on Friday, said the visit was "refused outright." "I waited all day," she'
        " told Reuters by phone.",
        "I waited all day",
        "Chile's ambassador in Quito",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), HOLDER + NEAR)
def test_speakers154_pronoun_after_comma_set_holder(run: Run, text: str, words: str, speaker: str) -> None:
    """"she" after "<title>, <Name>," is the name; without one, the title's phrase."""
    assert quote_with(run(text), words).speaker == speaker
