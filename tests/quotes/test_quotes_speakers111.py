"""Quote speakers (session 61): the name an unnamed person's own clause gives ("a driver
who gave only his first name, Zayed,") speaks even when the tagger reads the name as a
verb, or the parser reads a fronted place ("Outside San Marcos University, ...") as the
subject; a capital that is its sentence's subject speaks its own "what it called"; a body
whose own act takes the quoted words ("rejected the note as “...”") speaks them, not the
unnamed source that reports the act after them ("..., a ministry official said")."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

_HEAD = "Peru closes border crossing\n\nLIMA (Reuters) - Peru closed a border crossing with Chile on Monday.\n"

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        # the name tagged a verb ("Zayed" read as a past tense)
        _HEAD + "At a market in the north of the city, a 44-year-old driver from Tacna who gave "
        'only his first name, Zayed, said he had lost "half of my customers" this year. '
        '"Nobody comes any more. Maybe that will change," he said.',
        "half of my customers",
        "Zayed",
    ),
    (
        # the pronoun after it, which the actors stage may tie to the town in his phrase
        _HEAD + "At a market in the north of the city, a 44-year-old driver from Tacna who gave "
        'only his first name, Zayed, said he had lost "half of my customers" this year. '
        '"Nobody comes any more. Maybe that will change," he said.',
        "Nobody comes any more",
        "Zayed",
    ),
    (
        # a fronted place read as the subject, the person set beside it
        _HEAD + "Outside San Marcos University, where riot police stood guard on Friday, a "
        "first-year medical student who gave only her first name, Carla, said the protests "
        'were about rents. "Nobody sent me. I came because I am tired," she said.',
        "Nobody sent me",
        "Carla",
    ),
    (
        # a capital subject's own naming, over the capital named in the sentence before
        _HEAD + "Relations soured after the arrest. Lima summoned Chile’s ambassador within days "
        "and demanded her release, calling the charges “absurd.”\nSantiago rejected what it "
        "called “interference in the work of Chilean courts” and accused the Peruvian "
        "government of encouraging “a campaign of lies” in the press.",
        "interference in the work",
        "Santiago",
    ),
    (
        # a body's naming, reported after by an unnamed diplomat
        _HEAD + "Bolivia’s Foreign Ministry summoned Chile’s envoy on Tuesday over what it called "
        "“a hostile public campaign,” a Bolivian diplomat said.",
        "a hostile public campaign",
        "Bolivia’s Foreign Ministry",
    ),
    (
        # a body's "rejected ... as", reported after by an unnamed official
        _HEAD + "The Paraguayan Foreign Ministry rejected the statement as “interference” and "
        "summoned the Russian charge d’affaires on Tuesday, a ministry official said.",
        "interference",
        "Paraguayan Foreign Ministry",
    ),
]

#: near misses: the words stay with who says them
_NEAR: list[tuple[str, str, str]] = [
    (
        # a named spokesperson, no name given in a clause
        _HEAD + 'Outside the Congress building, Lima Mayor Rosa Quispe said the march was '
        '"peaceful and orderly." "We will march again," she said.',
        "We will march again",
        "Rosa Quispe",
    ),
    (
        # a capital inside what a speaker reports is no speaker of "what it called"
        "South Korea holds drills\n\nSEOUL (AP) - South Korea began naval drills on Tuesday.\n"
        "North Korea’s state news agency KCNA condemned the drills as “a rehearsal for war” and "
        "warned that Pyongyang would punish what it called Seoul’s “reckless moves.”",
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
        _HEAD + "The Paraguayan Foreign Ministry rejected the statement as “interference,” "
        "Foreign Minister Luis Benitez said.",
        "interference",
        "Luis Benitez",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES + _NEAR)
def test_speakers111_given_names_and_acts_over_sources(run: Run, text: str, words: str, speaker: str) -> None:
    assert quote_with(run(text), words).speaker == speaker
