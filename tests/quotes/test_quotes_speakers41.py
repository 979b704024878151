"""Quote speakers of session 32 (helper S39), from set 39's wrong speakers: a title named by a
portfolio of two words or a commander's description keeps the whole title.

"Ghana's armed forces chief said" is the chief, not "Ghana's armed forces" (the military
epithets of offices.yaml list "armed forces chief" beside "army chief"); "Ghana's international
development minister said" is the minister, not the state (the portfolios list "international
development" and "international trade", as "international cooperation"). A one-word portfolio
and "army chief" were titles already. Every text was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker, speaker's actor)
_CASES: list[tuple[str, str, str, str]] = [
    (
        "ACCRA, Ghana — Ghana's armed forces chief said the patrols would stay inside the "
        'country. "Our mission ends at the river," he said.',
        "Our mission ends",
        "Ghana's armed forces chief",
        "GHA",
    ),
    (
        'LOME, Togo — "Togo is family to us," Ghana\'s international development minister said '
        "in a statement announcing aid to its neighbor.",
        "Togo is family",
        "Ghana's international development minister",
        "GHA",
    ),
    (
        "OSLO, Norway — Norway's international trade minister met Iceland's president on "
        'Monday. "Reykjavik is a natural partner," she said.',
        "natural partner",
        "Norway's international trade minister",
        "NOR",
    ),
    # as before: a one-word portfolio, "army chief"
    (
        'LOME, Togo — "Togo is family to us," Ghana\'s development minister said on Friday.',
        "family to us",
        "Ghana's development minister",
        "GHA",
    ),
    (
        "ACCRA, Ghana — Ghana's army chief said the patrols would stay inside the country. "
        '"Our work ends at the border," he said.',
        "Our work ends",
        "Ghana's army chief",
        "GHA",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "actor"), _CASES)
def test_quotes_speakers41_whole_title(
    run: Run, text: str, words: str, speaker: str, actor: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
    assert quote.speaker_actor is not None and quote.speaker_actor.startswith(actor)
