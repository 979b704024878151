"""Quote speakers of session 64 (O94), from opened set 94's wrong speakers: a body's "of" name
that runs on through "for".

'The U.N. Office of the High Commissioner for Human Rights said in a statement it "deeply
regrets" ...' spoke as "U.N. Office of the High Commissioner": the place pattern of
attribute._with_place took "of the High Commissioner" and stopped before "for". An "of" name
now runs on through "for" + capitals (_NAME_FOR), as a body's own name does ("Department for
Environment, Food and Rural Affairs"); a lower-case "for the region" stays out. Every text was
written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "GENEVA (Reuters) - The U.N. Office of the High Commissioner for Human Rights said in a "
        'statement it "deeply regrets" the expulsion of its staff from Burundi.',
        "deeply regrets",
        "U.N. Office of the High Commissioner for Human Rights",
    ),
    (
        "AMMAN (Reuters) - The Office of the U.N. High Commissioner for Refugees said the camp was "
        '"close to breaking point."',
        "close to breaking point",
        "Office of the U.N. High Commissioner for Refugees",
    ),
]
#: near misses: a lower-case for-phrase is no part of the name
_KEPT: list[tuple[str, str, str]] = [
    (
        "NAIROBI (Reuters) - The Ministry of Health for the region said it was \"deeply worried\" "
        "about the outbreak.",
        "deeply worried",
        "Ministry of Health",
    ),
    (
        'LONDON (Reuters) - The Ministry of Defence said it was "ready to help" Kenya.',
        "ready to help",
        "Ministry of Defence",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES + _KEPT)
def test_quotes_review314_body_names_through_for(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
