"""Quote speakers of session 52 (lead): an office named with "a" or "an" is no one.

Wire copy marks a visit as "the first visit to Lima by an Indonesian head of state" or "the
first visit by a Brazilian head of state to Kazakhstan": the office with an indefinite article
is any holder of it, not the leader the story names ("Indonesia's president"). A later "the
Brazilian leader" refers back to the leader named by title (actors.resolve._head_before), and
"His guest" to the visitor so named (actors.described._visitor_before; quotes attribute
_possessed_peer), so the speaker is named as the article first gives him.

An IGO's office owned through "of" speaks by the whole phrase, as the article gives it ("the
secretary-general of the Association of Southeast Asian Nations said", not "secretary"; "the
head of the International Monetary Fund"), and a title split by its hyphen ("secretary-general")
is one title (attribute._phrase, _owner_phrase_end, _office_word). A lowercase noun of a
person read as the compound of a name of two words or more ("farmer Khamla Vongsa said") makes
the name a person, though the model called it an organisation (actors.resolve
_appositive_people). Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "HANOI (Reuters) - Chile's president arrived in Hanoi on Monday for the first visit by a"
        " Chilean head of state to Vietnam, and the two governments signed a trade accord.\n\n"
        '"Chile and Vietnam can feed each other\'s markets," the Chilean leader told reporters.',
        "Chile and Vietnam can feed",
        "Chile's president",
    ),
    (
        "MANILA (Reuters) - Kenya's president signed a maritime agreement with the Philippines"
        " on Tuesday, the first visit to Manila by a Kenyan head of state.\n\nThe Philippine"
        " president welcomed his guest at Malacanang Palace.\n\nHis guest thanked Manila for"
        ' "a warm welcome" and invited the Philippine leader to Nairobi.',
        "a warm welcome",
        "Kenya's president",
    ),
]


#: an IGO's office owned through "of" speaks by the whole phrase, a hyphened title whole
_OFFICE_OF: list[tuple[str, str, str]] = [
    (
        "JAKARTA (Reuters) - ASEAN leaders met on Monday. \"We need calm,\" the"
        " secretary-general of the Association of Southeast Asian Nations said.",
        "We need calm",
        "secretary-general of the Association of Southeast Asian Nations",
    ),
    (
        "WASHINGTON (Reuters) - Ghana's finance minister met lenders on Monday. \"The program is"
        ' on track," the head of the International Monetary Fund said.',
        "The program is on track",
        "head of the International Monetary Fund",
    ),
]


#: a lowercase noun of a person before a name the model called an organisation
_PLAIN_PEOPLE: list[tuple[str, str, str]] = [
    (
        "VIENTIANE (AP) - Laos opened a new dam on Monday.\n\n\"The grid is fragile,\" said"
        " Anna Berg, a researcher at the Mekong Institute.\n\nIn the village of Ban Na, farmer"
        " Khamla Vongsa said the lights came on for the first time. \"We were promised light"
        ' for ten years," she said.',
        "We were promised light",
        "Khamla Vongsa",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _PLAIN_PEOPLE)
def test_speakers90_plain_person_noun_before_a_name(
    run: Run, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker


@pytest.mark.parametrize(("text", "words", "speaker"), _OFFICE_OF)
def test_speakers90_office_of_a_body(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers90_indefinite_office_is_no_one(
    run: Run, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker
