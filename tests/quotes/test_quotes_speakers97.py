"""Quote speakers of session 56 (lead): an office with no name speaks by its whole title.

The guidelines give the speaker as "the full name as the article first gives it"; an office no
name is given for is named by its title, and the title of an ambassador, envoy, minister,
representative or commissioner runs on through its complement ("Russia's ambassador to
Bolivia", "the OSCE's representative on freedom of the media", "minister of state for energy
affairs", "the prime minister of the Government of National Unity"). The speaker stopped at the
head word ("Russia's ambassador"), and a back-reference ("the director general told
reporters", "the Qatari minister said") spoke by its own short words, not by the title first
given. attribute._title_in_full now runs the title on through its "of/to/for/on" complement
(cues titled_heads, title_complement_preps; also when the parser hung the complement of a
subject on the verb after it), and sends a back-reference with no complement to the one earlier
title of the same office word that had one: its describing words ("energy" in "the energy
minister") must be in it and its state or body (when the back-reference has one) named there;
another office of the word, or of another state, before it leaves the short words. An office
the article names by a person right after ("The representative, Ilona Berzina, said") is that
person (attribute._title_named_later), not another office's holder. A date
("the ambassador on Monday") is no complement; a title with a name in apposition is that
person's. Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker): the title runs on through its complement
_COMPLEMENT: list[tuple[str, str, str]] = [
    (
        "LA PAZ (AP) - Chile's ambassador to Bolivia, who attended the signing, called the deal"
        ' "a fair bargain."',
        "a fair bargain",
        "Chile's ambassador to Bolivia",
    ),
    (
        "ADDIS ABABA - The African Union's commissioner for peace and security called on Chad to"
        ' stop the raids. "Enough blood has been spilled," the commissioner said.',
        "Enough blood",
        "African Union's commissioner for peace and security",
    ),
    (
        "ACCRA - Ghana's minister for trade and industry signed the accord with Togo on Friday."
        ' "This opens our markets," the minister said.',
        "opens our markets",
        "Ghana's minister for trade and industry",
    ),
    (
        "HANOI - Last week, the OSCE's representative on freedom of the media wrote to the speaker"
        ' of parliament. The representative said the bill was "far too broad".',
        "far too broad",
        "OSCE's representative on freedom of the media",
    ),
    (
        "ROME - Meier was received by the prime minister of the Tripoli-based Government of"
        ' National Unity, who thanked him for his "patience and fairness."',
        "patience and fairness",
        "prime minister of the Tripoli-based Government of National Unity",
    ),
]

#: (text, words of the quote, speaker): a back-reference speaks by the title first given
_FIRST_GIVEN: list[tuple[str, str, str]] = [
    (
        "VIENNA (AP) - The director general of the World Health Organization met Chad's"
        ' president on Monday. "Chad has done a great deal," the director general told reporters.',
        "a great deal",
        "director general of the World Health Organization",
    ),
    (
        "MONTEVIDEO - Uruguay gave $5 million during a visit by the chairperson of the AU"
        " Commission. The AU chairperson was received by Uruguay's president. \"Your soldiers"
        ' are remembered," the chairperson said.',
        "are remembered",
        "chairperson of the AU Commission",
    ),
    (
        "SUVA (Reuters) - The deal was signed in Suva by Japan's minister of state for foreign"
        " affairs and Fiji's trade minister, Ratu Tevita. The Japanese minister, who was received"
        ' by Fiji\'s prime minister, invited Tevita to Tokyo. "Fiji is a true partner," the'
        " Japanese minister said.",
        "a true partner",
        "Japan's minister of state for foreign affairs",
    ),
]

#: (text, words of the quote, speaker): an office named by a person right after is that person
_NAMED_LATER: list[tuple[str, str, str]] = [
    (
        "VALLETTA (AP) - The media freedom representative of the Council of Europe on Tuesday"
        ' criticized Malta over the arrest, calling it "a worrying step backwards" for the'
        " country. The representative, Ilona Berzina, said in a statement that she had written to"
        " Malta's justice minister.",
        "a worrying step",
        "Ilona Berzina",
    ),
]

#: near misses: no complement, or no one title first given, keeps the words as they are
_KEPT: list[tuple[str, str, str]] = [
    (
        "SUVA (Reuters) - Japan's minister of state for foreign affairs met Fiji's leaders."
        " Japan's defence minister also visited Suva. \"Fiji is a true partner,\" the Japanese"
        " minister said.",
        "a true partner",
        "Japanese minister",
    ),
    (
        "GENEVA - The special rapporteur on torture criticized Egypt, calling the trial \"a"
        " sham.\" The rapporteur, who visited Cairo in May, has asked for access. Egypt's"
        " ambassador, Omar Sayed, rejected the charge.",
        "a sham",
        "special rapporteur on torture",
    ),
    (
        'SUVA - The ambassador on Monday presented his credentials. "We are friends," the'
        " ambassador said.",
        "We are friends",
        "ambassador",
    ),
    (
        "SUVA - Fiji's minister for trade, Ratu Tevita, met Japan's envoy. \"We are friends,\""
        " the minister said.",
        "We are friends",
        "Ratu Tevita",
    ),
    (
        "NAIROBI - Kenya's foreign minister met Somalia's president in Mogadishu on Tuesday."
        ' "The border must reopen," the minister said.',
        "must reopen",
        "Kenya's foreign minister",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _COMPLEMENT + _FIRST_GIVEN + _NAMED_LATER + _KEPT)
def test_speakers97_office_speaks_by_its_whole_title(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker
