"""Quote speakers of session 27 (builder S26), from set 26's one wrong speaker: a body named
"<state>'s Department for <capitalised words>" was cut to "<state>'s Department" (the actors
stage's mention ends at the body noun, and attribute._with_place ran the name on through "in"
or "of" only). A capitalised body's name now runs on through "for" and a list of capitalised
words joined by commas and "and" (_NAME_FOR). Every text was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "OTTAWA — Canada's Department for Fisheries, Oceans and Coastal Affairs said it was "
        '"disappointed" by the ruling.',
        "disappointed",
        "Canada's Department for Fisheries, Oceans and Coastal Affairs",
    ),
    (
        "LONDON — Britain's Department for Business and Trade said the new duties were "
        '"regrettable."',
        "regrettable",
        "Britain's Department for Business and Trade",
    ),
    (
        "DUBLIN — Ireland's Department for Agriculture, Food and the Marine said it was "
        '"surprised" by the ban.',
        "surprised",
        "Ireland's Department for Agriculture, Food and the Marine",
    ),
]

#: near-misses that must stay as they are: "of" names, a person "of" a state, a "for" that
#: names no body's words
_KEPT: list[tuple[str, str, str]] = [
    (
        'WASHINGTON — The U.S. Department of Agriculture said the quota was "unjustified."',
        "unjustified",
        "U.S. Department of Agriculture",
    ),
    (
        'DOHA — Sheikh Tamim of Qatar said the blockade was "unfair."',
        "unfair",
        "Sheikh Tamim",
    ),
    (
        'BERLIN — Germany\'s Foreign Office for weeks has called the plan "reckless."',
        "reckless",
        "Germany's Foreign Office",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES + _KEPT)
def test_speakers25_body_names(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
