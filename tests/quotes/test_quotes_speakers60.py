"""Quote speakers of session 44 (O60), from set 60's wrong speaker: the "it" of "what it
called" in a sentence whose subject is a state named alone is that state, not a body named
in the sentence before ("its Foreign Ministry said ... ¶ Peru also summoned Bolivia's envoy to
protest what it called “...”": Peru; quotes/attribute.py _state_subject_over). A body as the
sentence's own subject keeps its words. And set 60's "The ASEAN Secretariat in Jakarta": an
IGO's secretariat at its seat speaks without the city, as a ministry at home does
(cues.yaml seated_bodies). Every text was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "LIMA, Peru — Peru will require visas from Bolivian visitors from June, its Foreign "
        "Ministry said on Monday. Peru also summoned Bolivia's ambassador to protest what it "
        "called the “humiliating” treatment of Peruvian travelers.",
        "humiliating",
        "Peru",
    ),
    (
        "HANOI, Vietnam — Vietnam will close two border gates, its Trade Ministry said on Friday. "
        "Vietnam also summoned China's ambassador over what it called “reckless” patrols.",
        "reckless",
        "Vietnam",
    ),
    (
        "HANOI, Vietnam — Vietnam will close two border gates, officials said on Friday. "
        "Vietnam's Foreign Ministry also summoned China's ambassador over what it called "
        "“reckless” patrols.",
        "reckless",
        "Vietnam's Foreign Ministry",
    ),
    # an IGO's secretariat at its seat speaks without the city (cues.yaml seated_bodies), as
    # a ministry at home does; an embassy keeps its city
    (
        "KIGALI, Rwanda — Rwanda signed a trade accord with Gabon on Monday. The ECOWAS "
        "Secretariat in Abuja welcomed the accord and urged other members to help the newest "
        "member “catch up” with its neighbors.",
        "catch up",
        "ECOWAS Secretariat",
    ),
    (
        "KIGALI, Rwanda — Rwanda signed a trade accord with Gabon on Monday. The Kenyan Embassy "
        "in Kigali welcomed the accord and urged other states to help the two “catch up” with "
        "their neighbors.",
        "catch up",
        "Kenyan Embassy in Kigali",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers60_state_and_seated_speakers(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
