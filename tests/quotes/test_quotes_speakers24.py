"""Quote speakers of session 26 (builder S25), from set 25's one wrong speaker: a reply or
response a body hands over speaks for the body, as a statement or a note does ("Malaysia's
Foreign Ministry summoned the Philippine ambassador to hand over its reply, which said Sabah
“is ...”" named "Malaysia's reply": attribute._possessive_office read "its reply" as an
office of the state; the paper now goes to _document_author, cues.yaml documents take reply
and response). An office owned by "its" still speaks as "<state>'s <office>". Every text was
written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "KUALA LUMPUR — Malaysia's Foreign Ministry summoned the Thai ambassador on Monday to "
        'hand over its reply, which said the islands "belong to Malaysia."',
        "belong to Malaysia",
        "Malaysia's Foreign Ministry",
    ),
    (
        "NAIROBI — Kenya's Foreign Ministry sent its reply to Uganda on Friday, which said the "
        'border "has never been in doubt."',
        "never been in doubt",
        "Kenya's Foreign Ministry",
    ),
    (
        "SANTIAGO — Chile's Foreign Ministry published its response on Tuesday, which said the "
        'Bolivian claim "has no legal basis."',
        "no legal basis",
        "Chile's Foreign Ministry",
    ),
]

#: near-misses that must stay as they are: an office owned by "its" speaks as the office
_KEPT: list[tuple[str, str, str]] = [
    (
        "Timor-Leste signs gas deal\n\nDILI — Timor-Leste signed the gas deal on Monday. Its "
        'prime minister said the plant would "change everything."',
        "change everything",
        "Timor-Leste's prime minister",
    ),
    (
        "BEIJING — China's Foreign Ministry said its response to the Philippine protest "
        '"will be firm."',
        "will be firm",
        "China's Foreign Ministry",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES + _KEPT)
def test_speakers24_papers(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
