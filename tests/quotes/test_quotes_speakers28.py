"""Quote speakers of session 29 (builder S28), from set 28's wrong speakers: a party named
after its state's group.

"North Macedonia's opposition Social Democratic Union attacked the deal, calling it “...”"
spoke as "North Macedonia's opposition": a proper name after a state's group that the actors
stage read ("opposition", role OPP) is the body's own name, and speaks for that state
(attribute._speaker_of_token). A group with no name after it keeps its words. Every text was
written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker, speaker's actor)
_CASES: list[tuple[str, str, str, str]] = [
    (
        "SKOPJE, North Macedonia — North Macedonia's opposition Social Democratic Union also "
        'attacked the deal, calling it "a betrayal" and saying the government had hidden it.',
        "a betrayal",
        "Social Democratic Union",
        "MKD",
    ),
    (
        "TBILISI, Georgia — Georgia's opposition United National Movement rejected the bill on "
        'Monday, calling it "a Russian law."',
        "a Russian law",
        "United National Movement",
        "GEO",
    ),
]

#: near-misses that must stay as they are: a group with no name after it
_KEPT: list[tuple[str, str, str, str]] = [
    (
        'ZAGREB, Croatia — Croatia\'s opposition said the deal was "a disgrace."',
        "a disgrace",
        "Croatia's opposition",
        "HRV",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "actor"), _CASES + _KEPT)
def test_speakers28_named_party(run: Run, text: str, words: str, speaker: str, actor: str) -> None:
    quote = quote_with(run(text), words)
    assert (quote.speaker, quote.speaker_actor) == (speaker, actor)
