"""Quote speakers of session 18: a later hyphenated name alone ("Nomin-Erdene" after
"Nomin-Erdene Bold", "Asante-Boateng" after "Kwame Asante-Boateng"), which the tokenizer splits
at the hyphen, is the one earlier full name it opens or ends, as a one-word name already was
(rows the parser already read whole are kept beside them)."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "ULAANBAATAR, Mongolia — Prime Minister Enkh-Amgalan Luvsan defended the trip on "
        "Tuesday. “Our country keeps its word,” Enkh-Amgalan said.",
        "Our country keeps its word",
        "Enkh-Amgalan Luvsan",
    ),
    (
        "PARIS — French envoy Jean-Marc Dufresne arrived in Beirut on Monday. "
        "“We came to listen,” Jean-Marc told reporters after the meeting.",
        "We came to listen",
        "Jean-Marc Dufresne",
    ),
    (
        "ULAANBAATAR — Foreign Minister Bat-Erdene Tsogt met his Chinese counterpart. "
        "“The talks were frank,” Bat-Erdene said. “We agreed on the railway.”",
        "We agreed on the railway",
        "Bat-Erdene Tsogt",
    ),
    (
        "ULAANBAATAR, Mongolia — Foreign Minister Nomin-Erdene Bold met the envoy on "
        "Tuesday. “Our country keeps its word,” Nomin-Erdene said.",
        "Our country keeps its word",
        "Nomin-Erdene Bold",
    ),
    (
        "ACCRA — Ghanaian Trade Minister Kwame Asante-Boateng met the delegation. "
        "“The port is open,” Asante-Boateng said.",
        "The port is open",
        "Kwame Asante-Boateng",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers18_hyphenated_given_name(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
