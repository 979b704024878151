"""Quote speakers of session 59 (O78): "Its spokeswoman" after a body.

"Russia's Foreign Ministry rejected the accusation. Its spokeswoman said ... “...”": "its" is
the body just named, so the voice is "Russia's Foreign Ministry spokeswoman" (the
guidelines' pronoun resolved; attribute._possessive_office reading _body_just_before, which
the bare "a spokesman said" reads too), not "Russia's spokeswoman"; "its" after a state
alone keeps "<state>'s spokesman". Session 68's decision 6 put the role last, news-dev's order
(it was "spokeswoman for Russia's Foreign Ministry"; tests/quotes/test_quotes_speakers150.py).

Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_ITS_VOICE: list[tuple[str, str, str]] = [
    (
        "MOSCOW (Reuters) - Russia's Foreign Ministry rejected the accusation on Monday. Its"
        ' spokeswoman said all foreigners in the army had signed contracts "of their own free'
        ' will."',
        "of their own free will",
        "Russia's Foreign Ministry spokeswoman",
    ),
    (
        "BEIJING (AP) - China's Defense Ministry dismissed the report. Its spokesman said the"
        ' drills were "routine and lawful."',
        "routine and lawful",
        "China's Defense Ministry spokesman",
    ),
    (
        "BRUSSELS (Reuters) - The European Commission rejected the claim. Its spokesman said"
        ' the money was "for schools only."',
        "for schools only",
        "European Commission spokesman",
    ),
    # near miss: "its" after a state alone
    (
        "KATHMANDU (AP) - Nepal said it would protest the decision. Its spokesman said the move"
        ' was "deeply unfair."',
        "deeply unfair",
        "Nepal's spokesman",
    ),
]
@pytest.mark.parametrize(("text", "words", "speaker"), _ITS_VOICE)
def test_speakers106_its_spokesperson_of_body(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker

