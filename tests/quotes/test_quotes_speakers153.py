"""Quote speakers of session 69 (helper SP69): the one a verb of causing moves to act speaks
the cue of its infinitive ("Denmark barred the minister, prompting Oslo to summon the envoy
and accuse Copenhagen of “...”": Oslo's words, not Denmark's; attribute._caused_speaker,
cues.yaml causing_verbs).

Near misses: a verb of asking ("Denmark urged Norway to call the ban “...”") leaves the words
with the asker (request_verbs); a causing verb with no object ("prompting calls to ...") lends
nothing; the nearest name before the quotation (the object of the cue) never speaks. Every
sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
CAUSED: list[tuple[str, str, str]] = [
    (
        "Ban\nOSLO - Denmark barred a Norwegian minister on Monday, prompting Oslo to summon the"
        ' Danish envoy and accuse Copenhagen of "open hostility".',
        "open hostility",
        "Oslo",
    ),
    (
        "Ban\nOSLO - Denmark barred a Norwegian minister on Monday, leading Norway to call the"
        ' ban "a provocation".',
        "a provocation",
        "Norway",
    ),
    (
        "Strike\nRIGA - Russia closed the last crossing on Friday, forcing Latvia to describe"
        ' the border as "sealed for now".',
        "sealed for now",
        "Latvia",
    ),
    (
        "Row\nLIMA - Chile expelled a Peruvian diplomat on Tuesday, which prompted Lima to"
        ' denounce the move as "a hostile act".',
        "a hostile act",
        "Lima",
    ),
]

NEAR: list[tuple[str, str, str]] = [
    # a verb of asking: the asker's words
    (
        'Ban\nOSLO - Denmark urged Norway on Monday to call the ban "a mistake".',
        "a mistake",
        "Denmark",
    ),
    (
        "Ban\nOSLO - Denmark asked Sweden on Monday to describe the ban as"
        ' "temporary".',
        "temporary",
        "Denmark",
    ),
    # the cue's own subject stands: the causing verb is below it
    (
        "Ban\nOSLO - Norway accused Denmark of \"open hostility\" on Monday, prompting"
        " Copenhagen to recall its envoy.",
        "open hostility",
        "Norway",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), CAUSED + NEAR)
def test_speakers153_caused_speaker(run: Run, text: str, words: str, speaker: str) -> None:
    """The one prompted speaks the cue of its infinitive; an asker keeps its words."""
    assert quote_with(run(text), words).speaker == speaker
