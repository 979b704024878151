"""An office owned by "its" after a described body that spoke (session 63, helper Q63).

"The rival administration in eastern Libya condemned the transfer. Its foreign ministry said
Bern had “chosen a side ...”": "its" tied to no actor spoke as "Its foreign ministry", a
pronoun left in the speaker. The guidelines resolve pronouns, so "its" stands for the
subject of the sentence before, a body described with no name, and the office speaks as
"foreign ministry of the rival administration in eastern Libya", the article's words kept
(set 74's gold form; attribute._office_of_subject). A state's "its" keeps "<state>'s
foreign ministry" (attribute._possessive_office, as before).

Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_DESCRIBED: list[tuple[str, str, str]] = [
    (
        "ADEN (AP) - Oman reopened the crossing on Monday. The breakaway council in the south"
        ' welcomed the move. Its foreign office said the decision was "a sign of good faith."',
        "a sign of good faith",
        "foreign office of the breakaway council in the south",
    ),
    (
        "BENGHAZI (AP) - Malta released the seized tanker on Friday.\n\nThe rival government in"
        " eastern Libya praised the decision. Its foreign ministry said Valletta had acted"
        ' "with wisdom and restraint."',
        "with wisdom and restraint",
        "foreign ministry of the rival government in eastern Libya",
    ),
]

#: (text, words, speaker): near misses, "its" standing for a state
_STATE: list[tuple[str, str, str]] = [
    (
        'HANOI (AP) - Vietnam protested the seizure. Its foreign ministry said the boat was "in'
        ' Vietnamese waters."',
        "in Vietnamese waters",
        "Vietnam's foreign ministry",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _DESCRIBED)
def test_speakers125_office_of_described_body(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker


@pytest.mark.parametrize(("text", "words", "speaker"), _STATE)
def test_speakers125_state_office_unchanged(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker
