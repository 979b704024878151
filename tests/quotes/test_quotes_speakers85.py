"""Quote speakers of session 50 (helper P23), from full wire articles written for held-out
shapes:

- "the 52-year-old said" / "the 52-year-old former diplomat said": a definite age used as a
  role (with role words after it) refers back to the person named just before, also when the
  parser left the verb no subject ("52-year" read apart from "old": _loose_subject takes the
  adjective, and _age_antecedent no longer needs "the" as the adjective's own determiner);
  cues.yaml age_role. Near miss: "a 52-year-old farmer said" is a new person.
- "“...” ¶ That was how X summed up the deal": "sum up" is a saying verb (cues.yaml verbs).
- A speaker named in an envoy's post with "in" ("UNICEF's representative in Mozambique,
  X, said ... “...,” he said") and a hyphened surname after a title ("EU fisheries
  commissioner Helena Vasquez-Moreau") are spoken for by their full names (the mentions
  stage: tests/actors/test_actors_review98.py).

Every sentence was written for this file (invented people, real states and IGOs).
"""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

_KAMAU = "Kenya's foreign minister, Mercy Kamau, opened the talks in Nairobi.\n\n"

#: (text, words of the quote, the speaker's full name)
_CASES: list[tuple[str, str, str]] = [
    (_KAMAU + '"Our peoples are one people," the 52-year-old said.', "one people", "Mercy Kamau"),
    (
        _KAMAU + '"Our peoples are one people," the 52-year-old former diplomat said.',
        "one people",
        "Mercy Kamau",
    ),
    (
        "Chile's finance minister, Tomas Riquelme, presented the budget.\n\n"
        '"Not one peso will be wasted," the 61-year-old economist told lawmakers.',
        "Not one peso",
        "Tomas Riquelme",
    ),
    (
        "Peru and Bolivia agreed on Thursday to share the cost, the two governments said.\n\n"
        '"The lake does not know borders."\n\n'
        "That was how Bolivian Environment Minister Carmen Quispe summed up the deal at a "
        "ceremony in Copacabana.",
        "know borders",
        "Carmen Quispe",
    ),
    (
        "Paraguay's agriculture minister, Lidia Ramos, met farmers' leaders in Asuncion on "
        'Monday. "We owe the farmers an answer," she summed up after the meeting.',
        "owe the farmers",
        "Lidia Ramos",
    ),
    (
        "UNICEF's representative in Mozambique, Kristof Lindqvist, said the agency was flying "
        'in tablets. "Every tablet is a life," he said.',
        "Every tablet",
        "Kristof Lindqvist",
    ),
    (
        '"We came here to find a compromise," EU fisheries commissioner Helena Vasquez-Moreau '
        "told Reuters.",
        "find a compromise",
        "Helena Vasquez-Moreau",
    ),
    (
        "Ethiopia's water minister, Getachew Bekele, rejected the plan.\n\n"
        "Sudan, the third party to the talks, sent its irrigation minister, Omer Abdelrahman. "
        'He told reporters Khartoum was "caught in the middle."',
        "caught in the middle",
        "Omer Abdelrahman",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers85_full_name(run: Run, text: str, words: str, speaker: str) -> None:
    assert quote_with(run(text), words).speaker == speaker


#: near misses: (text, words of the quote, a name that must not speak it)
_NEAR: list[tuple[str, str, str]] = [
    # an indefinite age introduces someone new
    (_KAMAU + '"We waited three days," a 52-year-old farmer said.', "three days", "Mercy Kamau"),
    # a quotation closing its sentence, followed by another person's act, is not theirs
    (
        "Peru and Bolivia agreed on Thursday to share the cost, Peru's foreign ministry said.\n\n"
        '"The lake does not know borders," the ministry said.\n\n'
        "That was before Bolivian Environment Minister Carmen Quispe arrived in Copacabana.",
        "know borders",
        "Carmen Quispe",
    ),
]


@pytest.mark.parametrize(("text", "words", "other"), _NEAR)
def test_speakers85_near_miss(run: Run, text: str, words: str, other: str) -> None:
    assert quote_with(run(text), words).speaker != other
