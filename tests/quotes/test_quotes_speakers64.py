"""Quote speakers of session 46 (helper O64): a double-barrelled surname opening a sentence
("Gayle-Morrison said ... 'reciprocal measures'") was read as its last part only when the
parser left the first part an unlabelled ``dep`` (nlp._hyphened_names makes it a compound),
so the speaker was "Morrison" and matched no one. Near miss: a name the parser already
compounds."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, the speaker's full name)
_CASES: list[tuple[str, str, str]] = [
    (
        "KINGSTON — The travelers were sent home on Tuesday, Foreign Minister Andrea Gayle-Morrison"
        ' said.\n\nGayle-Morrison said Jamaica would weigh "firm responses" if nothing changed.',
        "firm responses",
        "Andrea Gayle-Morrison",
    ),
    (
        "LIMA — Foreign Minister Rosa Vargas-Llosa spoke on Monday.\n\nVargas-Llosa said Peru"
        ' would send "a strong message" to Quito.',
        "a strong message",
        "Rosa Vargas-Llosa",
    ),
    (
        "NAIROBI — The traders were sent home on Tuesday, Foreign Minister Mary Wanjiru-Kamau said."
        '\n\nWanjiru-Kamau said Kenya would take "firm steps" soon.',
        "firm steps",
        "Mary Wanjiru-Kamau",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers64_hyphened_surname_is_whole(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
