"""Quote speakers of session 53 (O75): the sender of a paper a term was put in.

"The envoy was declared “persona non grata” in a letter from Foreign Minister X to the U.N.
coordinator, according to a copy seen by The Associated Press": the term hangs on a verb whose
in-phrase names the paper and who it was from, so the sender speaks (attribute._document_sender),
not the copy the press saw (which the "according to" step took) nor the one the letter went
to. A paper sent to someone names no sender, a reporting verb above the term keeps its
subject ("..., the ministry said"), and so does a verb with a doer of its own ("In a statement
from Apia, Samoa's prime minister thanked Fiji for its “...”"). Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "BAMAKO (AP) - The French diplomat was declared \"persona non grata\" in a letter from"
        " Foreign Minister Awa Traore to the French embassy, according to a copy seen by"
        " Reuters.",
        "persona non grata",
        "Awa Traore",
    ),
    (
        "PORT MORESBY (AP) - The proposal was called \"a dead end\" in a note from Prime Minister"
        " Peter Kila, according to a copy obtained by The Associated Press.",
        "a dead end",
        "Peter Kila",
    ),
    (
        "SUVA (AP) - Samoa's offer was rejected as \"too little, too late\" in a letter from"
        " Foreign Minister Losa Tuilagi to his Samoan counterpart, according to a copy seen by"
        " Reuters.",
        "too little, too late",
        "Losa Tuilagi",
    ),
]

#: near misses: a paper sent to someone, and a report cue above the term
_NEAR: list[tuple[str, str, str]] = [
    (
        "BAMAKO (AP) - The French diplomat was declared \"persona non grata\" in a letter to"
        " Foreign Minister Awa Traore, Mali's Foreign Ministry said.",
        "persona non grata",
        "Mali's Foreign Ministry",
    ),
    (
        "APIA (AP) - Fiji sent 40 police officers on Monday. In a statement from Apia, Samoa's"
        " prime minister thanked Fiji for its \"swift and kind help\" and asked for more.",
        "swift and kind help",
        "Samoa's prime minister",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES + _NEAR)
def test_speakers92_paper_sender(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker
