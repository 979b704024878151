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

"NATO's secretary-general held talks ... “...,” the NATO chief told reporters": a generic
word with an IGO and no name (offices igo_head_words: chief, head) refers back to the IGO's
head named by an IGO head title alone (resolve.Resolver._add_title, _head_before), as "the
Bhutanese leader" does to a state's head; a named head keeps the name, and with no head told
before the words stay the back-reference's.

"received ... by Kenya's health minister, Dr. Amina Otieno, who thanked the agency for acting
“...”": an honorific between the comma and the name (offices honorifics) no longer keeps the
name from the title before it (resolve.Resolver._add_person), so the person speaks by name.
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


#: (text, words of the quote, speaker): an IGO's head named back by "chief" or "head"
_IGO_HEAD: list[tuple[str, str, str]] = [
    (
        "OSLO (Reuters) - NATO's secretary-general held talks with Norway's prime minister on"
        ' Monday. "Norway is a pillar of the alliance," the NATO chief told reporters.',
        "Norway is a pillar of the alliance",
        "NATO's secretary-general",
    ),
    (
        "NAIROBI (AP) - The IMF's managing director met Kenya's president on Monday. \"Kenya has"
        ' done well," the IMF head said.',
        "Kenya has done well",
        "IMF's managing director",
    ),
    # a named head keeps the name; no head told before: the words stay the chief's
    (
        "OSLO (Reuters) - NATO Secretary-General Jens Halvorsen met Norway's prime minister on"
        ' Monday. "Norway is a pillar of the alliance," the NATO chief told reporters.',
        "Norway is a pillar of the alliance",
        "Jens Halvorsen",
    ),
    (
        "PORT-AU-PRINCE (AP) - A WHO team arrived in Haiti on Monday. \"We need access,\" the WHO"
        " chief said in Geneva.",
        "We need access",
        "WHO chief",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _IGO_HEAD)
def test_speakers95_igo_head_named_back(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker


#: (text, words of the quote, speaker): a title, an honorific and the name
_HONORIFIC: list[tuple[str, str, str]] = [
    (
        "NAIROBI (AP) - The medicines were received at the airport by Kenya's health minister,"
        ' Dr. Amina Otieno, who thanked the agency for acting "in days, not weeks."',
        "in days, not weeks",
        "Amina Otieno",
    ),
    (
        "LUSAKA (Reuters) - The grain was handed over at the port to Zambia's agriculture"
        ' minister, Dr. Joseph Banda, who praised the donors for their "quick response."',
        "quick response",
        "Joseph Banda",
    ),
    # with no honorific, as before
    (
        "NAIROBI (AP) - The medicines were received at the airport by Kenya's health minister,"
        ' Amina Otieno, who thanked the agency for acting "in days, not weeks."',
        "in days, not weeks",
        "Amina Otieno",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _HONORIFIC)
def test_speakers95_honorific_after_title(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker
