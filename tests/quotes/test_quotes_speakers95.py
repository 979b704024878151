"""Quote speakers of session 55 (O77): a term under a verb of thanking or judging in a sentence
only a channel reports; a naming verb's term beside a side clause's report.

"He was received at the palace by Jordan's king, who thanked the emir and “the people of
Kuwait” for the aid, state television reported": when every cue of the sentence is a channel
reporting (a news agency, state television: attribute._channel_report), a term quoted under a
verb of thanking, praising or blaming (cues expressing_verbs) with a subject of its own before
it, a relative "who" too, is that subject's (attribute._expressing_verb), as "X denounced it as
“...”, the agency reported" already was; a person's or an official's report still speaks, and
a term under a verb of another kind ("police held “dozens of people”, the agency reported")
stays the channel's.

"Kyrgyzstan protested to Tajikistan over what it called an “unprovoked attack,” while a
spokesman ... said the Kyrgyz guards had fired first": a report verb of a side clause hung on
a clause that holds the naming cue deeper down (attribute._beside_holder in _not_coordinated)
is another speaker's, as a side clause hung on the cue itself was.
Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CHANNEL: list[tuple[str, str, str]] = [
    (
        "AMMAN (AP) - Kuwait's foreign minister began a visit to Amman on Monday. He was received"
        ' at the palace by Jordan\'s king, who thanked the emir and "the people of Kuwait" for the'
        " aid, state television reported.",
        "the people of Kuwait",
        "Jordan's king",
    ),
    (
        "LIMA (Reuters) - Peru's president, who thanked Chile for its \"quick help,\" met reporters"
        " on Monday, the state news agency said.",
        "quick help",
        "Peru's president",
    ),
    (
        "HANOI (AP) - Vietnam's foreign minister praised Laos for its \"steady friendship\" during"
        " the talks, state media reported.",
        "steady friendship",
        "Vietnam's foreign minister",
    ),
]

#: near misses: a term under a verb of no judging stays the channel's; a person's report
_CHANNEL_NEAR: list[tuple[str, str, str]] = [
    (
        "MINSK (AP) - Police detained \"dozens of troublemakers\" in the capital on Sunday, the"
        " state news agency reported.",
        "dozens of troublemakers",
        "state news agency",
    ),
    (
        "LIMA (Reuters) - Peru's president, who thanked Chile for its \"quick help,\" met reporters"
        " on Monday, Foreign Minister Rosa Vargas said.",
        "quick help",
        "Rosa Vargas",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CHANNEL + _CHANNEL_NEAR)
def test_speakers95_term_under_thanking_in_channel_report(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker


#: (text, words of the quote, speaker): a naming verb's term beside a side clause's report
_BESIDE: list[tuple[str, str, str]] = [
    (
        "BISHKEK (Reuters) - Kyrgyzstan protested to Tajikistan over what it called an \"unprovoked"
        ' attack," while a spokesman for the Defense Ministry in Dushanbe said the Kyrgyz guards'
        " had fired first.",
        "unprovoked attack",
        "Kyrgyzstan",
    ),
    (
        "YEREVAN (AP) - Armenia complained to Baku about what it called \"reckless shelling,\" while"
        " Azerbaijan's Defense Ministry said Armenian troops had started the fighting.",
        "reckless shelling",
        "Armenia",
    ),
    # the report governing the term is still its speaker
    (
        "YEREVAN (AP) - Azerbaijan's Defense Ministry said Armenia had carried out what it called"
        ' "reckless shelling."',
        "reckless shelling",
        "Azerbaijan's Defense Ministry",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _BESIDE)
def test_speakers95_naming_term_beside_side_report(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker
