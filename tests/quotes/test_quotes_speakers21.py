"""Quote speakers of session 24 (builder OL), from the lead's list of open gaps: a state's
seat of government at home speaks without the city the sentence places it in ("Libya's
Foreign Ministry in Tripoli" is "Libya's Foreign Ministry", as the annotators give it;
cues.yaml seated_bodies, attribute._with_place), while an embassy, consulate or high
commission keeps its city ("China's embassy in Manila"); an unnamed post's office named with a capital
("Malaysia's Prime Minister's Office", which the tagger reads as a proper noun) speaks as
the office, as "the U.N. secretary-general's office" did (attribute._owned_body)."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        'TUNIS — "The attack was a crime," Libya\'s Foreign Ministry in Tripoli said.',
        "The attack was a crime",
        "Libya's Foreign Ministry",
    ),
    (
        'TEHRAN — "The talks were useful," Iran\'s Foreign Ministry in Tehran said on Sunday.',
        "The talks were useful",
        "Iran's Foreign Ministry",
    ),
    (
        'NAIROBI — "We reject the claims," the Kenyan government in Nairobi said in a statement.',
        "We reject the claims",
        "Kenyan government",
    ),
    (
        "\"We welcome the talks,\" Malaysia's Prime Minister's Office said in a statement.",
        "We welcome the talks",
        "Malaysia's Prime Minister's Office",
    ),
    (
        "\"We are ready,\" Kenya's President's Office said.",
        "We are ready",
        "Kenya's President's Office",
    ),
    # kept: a body posted abroad keeps its city
    (
        'MANILA — "The ship was in our waters," China\'s embassy in Manila said.',
        "The ship was in our waters",
        "China's embassy in Manila",
    ),
    (
        'LAGOS — "We are monitoring the case," the British High Commission in Lagos said.',
        "We are monitoring the case",
        "British High Commission in Lagos",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers21_seated_bodies(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
