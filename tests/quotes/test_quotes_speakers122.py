"""A title's complement is not a verb's own argument (session 63, helper Q63).

"Addis Ababa had asked the Italian ambassador for an explanation. ... the ambassador had
assured them the loan was “purely commercial.”": the back-reference speaks as the title first
given, "Italian ambassador", not "Italian ambassador for an explanation". The parser hangs the
verb's "for"/"on" phrase on its object; when the title is the object of a verb that takes that
preposition itself (cues.yaml object_arguments: ask/thank/recall/summon ... for, brief/press ...
on), the phrase is the verb's (attribute._verb_argument, read by _title_complement_end). A title
given as a subject keeps its complement ("the minister for energy affairs said").

Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_ARGUMENT: list[tuple[str, str, str]] = [
    (
        "LIMA (AP) - Bolivia's Foreign Ministry said La Paz had asked the Peruvian ambassador for an"
        " explanation.\n\nOfficials in Lima said the ambassador had met Bolivian officials on"
        ' Tuesday and had told them the exercise was "purely routine."',
        "purely routine",
        "Peruvian ambassador",
    ),
    (
        "OSLO (AP) - Norway recalled its ambassador for consultations on Monday.\n\nThe ambassador"
        ' later told reporters the talks had been "frank but useful."',
        "frank but useful",
        "ambassador",
    ),
    (
        "HANOI (AP) - Vietnam's Foreign Ministry briefed the Thai envoy on the talks.\n\nThe envoy"
        ' said afterwards that the meeting had been "constructive."',
        "constructive",
        "Thai envoy",
    ),
]

#: (text, words, speaker): near misses, a complement that is the title's own
_COMPLEMENT: list[tuple[str, str, str]] = [
    (
        "DOHA (AP) - Kuwait's minister of state for energy affairs arrived in Doha on"
        ' Monday.\n\nThe minister said the talks would be "long and hard."',
        "long and hard",
        "Kuwait's minister of state for energy affairs",
    ),
    (
        "SANTIAGO (AP) - Ecuador's ambassador to Chile met officials on Monday.\n\nThe"
        ' ambassador said relations were "in good health."',
        "in good health",
        "Ecuador's ambassador to Chile",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _ARGUMENT)
def test_speakers122_verb_argument_left_out(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker


@pytest.mark.parametrize(("text", "words", "speaker"), _COMPLEMENT)
def test_speakers122_title_complement_kept(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker
