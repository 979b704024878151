"""Quote speakers of session 35 (helper S45), from set 45's four wrong speakers, by their forms.

A body's name runs on through "for the" and capitalised words ("Norway's Ministry for the Green
Transition", attribute._NAME_FOR), whether it speaks as the subject or as a later "it". A person
named before the body she belongs to ("Lars Dahl of the Norwegian group Fjord Vern said") speaks,
though the parser made the body's name the subject (attribute._member_of_named_kind). An "it"
after a body that is its own sentence's subject ("Peru's Foreign Ministry thanked Chile for what
it called ...") is the body when no other singular subject comes between (attribute._it_of_body_clause,
session 36; S45's broader rule had been taken out at landing, it cost a held-out set a speaker). Every text was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "OSLO, Norway — Norway's Ministry for the Green Transition said in a statement that the "
        'quota had followed the 2001 accord. It rejected what it called "a distortion" of the text.',
        "a distortion",
        "Norway's Ministry for the Green Transition",
    ),
    (
        "OSLO, Norway — Norway's Ministry for the Green Transition said the quota had followed the "
        'accord. "We followed the text," it said.',
        "We followed the text",
        "Norway's Ministry for the Green Transition",
    ),
    (
        "OSLO, Norway — Fishing groups criticized the plan. Lars Dahl of the Norwegian group Fjord "
        'Vern said the quotas were "far too late."',
        "far too late",
        "Lars Dahl",
    ),
    # an "it" in the clause of its own sentence's body subject: passes since session 36 (SPK:
    # attribute._it_of_body_clause, narrower than S45's rule)
    (
        "LIMA, Peru — Chile rejected the Bolivian request on Monday, saying the port was closed. "
        'Peru\'s Foreign Ministry thanked Chile for what it called a "serene" answer and accused '
        "La Paz of bullying its neighbors.",
        "serene",
        "Peru's Foreign Ministry",
    ),
    (
        "LIMA, Peru — Ecuador on Monday rejected a Peruvian decision to bar its trawlers. "
        "Peru's Production Ministry said late Sunday that it had barred the boats because their "
        'owners had run a scheme that it called "organized plunder" of the sea.',
        "organized plunder",
        "Peru's Production Ministry",
    ),
]

#: near-misses that must stay as they are: a person's own "of" place, a body's "for" a person
_KEPT: list[tuple[str, str, str]] = [
    (
        'OSLO, Norway — Economist Kari Holm of Bergen University said trade had fallen. "Every day '
        'matters," she said.',
        "Every day matters",
        "Kari Holm",
    ),
    (
        'OSLO, Norway — Norway\'s Ministry of Fisheries called the claim "a distortion" of the text.',
        "a distortion",
        "Norway's Ministry of Fisheries",
    ),
]

#: rows that fail today, with the reason
_GAPS: list[tuple[str, str, str, str]] = []


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [*_CASES, *_KEPT]
    + [pytest.param(t, w, s, marks=pytest.mark.xfail(reason=why)) for t, w, s, why in _GAPS],
)
def test_speakers49_body_names_members_own_it(
    run: Run, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
