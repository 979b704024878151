"""Quote speakers (session 61): the name an unnamed person's own clause gives ("a driver
who gave only his first name, Zayed,") speaks even when the tagger reads the name as a
verb, or the parser reads a fronted place ("Outside Central University, ...") as the
subject; a capital that is its sentence's subject speaks its own "what it called"; a body
whose own act takes the quoted words ("rejected the claim as “...”") speaks them, not the
unnamed source that reports the act after them ("..., a diplomat said")."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

_HEAD = "Peru closes border crossing\n\nLIMA (Reuters) - Peru closed a border crossing with Ecuador on Monday.\n"

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        # the name tagged a verb ("Zayed" read as a past tense)
        _HEAD + "Near the bus station in Arequipa, a 52-year-old cook who gave only his first "
        "name, Zayed, said business had fallen by “almost half” since June. “The tourists "
        "stopped coming. We wait,” he said.",
        "almost half",
        "Zayed",
    ),
    (
        # the pronoun after a fronted place read as the subject, the person set beside it
        _HEAD + "Outside Central University, where soldiers waited in trucks, a nursing student "
        "who gave only her first name, Carla, said the rally had been peaceful. “My parents "
        "told me to stay home. I came anyway,” she said.",
        "My parents told me",
        "Carla",
    ),
    (
        # a capital subject's own naming, over the capital that spoke just before
        _HEAD + "Lima summoned Ecuador’s envoy on Monday, calling the count “deeply flawed.” "
        "Quito rejected what it called “meddling in a sovereign election.”",
        "meddling in a sovereign election",
        "Quito",
    ),
    (
        # a body's naming, reported after it by an unnamed source
        _HEAD + "Kenya’s Foreign Ministry expelled two Somali diplomats after what it described "
        "as “repeated provocations,” a Kenyan security source said.",
        "repeated provocations",
        "Kenya’s Foreign Ministry",
    ),
    (
        _HEAD + "Chile’s Foreign Ministry branded the claim “pure fiction” on Wednesday, two "
        "officials said.",
        "pure fiction",
        "Chile’s Foreign Ministry",
    ),
    (
        # a body's "rejected ... as", reported after it by an unnamed diplomat
        _HEAD + "Chile’s Foreign Ministry rejected the claim as “pure fiction” and later met "
        "Bolivia’s consul, a diplomat said.",
        "pure fiction",
        "Chile’s Foreign Ministry",
    ),
]

#: near misses: the words stay with who says them
_NEAR: list[tuple[str, str, str]] = [
    (
        # a named speaker, no name given in a clause
        _HEAD + "Outside the Congress building, Lima Mayor Rosa Quispe said the march was "
        "“peaceful and orderly.” “We will march again,” she said.",
        "We will march again",
        "Rosa Quispe",
    ),
    (
        # a capital inside what a speaker reports is no speaker of "what it called"
        "South Korea holds drills\n\nSEOUL (AP) - South Korea began naval drills on Tuesday.\n"
        "KCNA accused Seoul of “rehearsing an invasion” and warned that Pyongyang would answer "
        "what it called the South’s “reckless moves” in kind.",
        "reckless moves",
        "KCNA",
    ),
    (
        # no act done by the subject: the official's own words
        _HEAD + "Chile would answer “in due course,” a ministry official said.",
        "in due course",
        "official",
    ),
    (
        # the source itself names the thing: no subject of its own below the report
        _HEAD + "The talks were “productive,” officials in Lima said.",
        "productive",
        "officials in Lima",
    ),
    (
        # a named official who reports is the speaker
        _HEAD + "Chile’s Foreign Ministry rejected the claim as “pure fiction,” Foreign Minister "
        "Luis Benitez said.",
        "pure fiction",
        "Luis Benitez",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES + _NEAR)
def test_speakers111_given_names_and_acts_over_sources(run: Run, text: str, words: str, speaker: str) -> None:
    assert quote_with(run(text), words).speaker == speaker
