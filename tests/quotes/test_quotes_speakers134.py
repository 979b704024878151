"""A state's board or regulator speaks as itself, not as the state's adjective (session 66,
helper Q66).

'“We do not censor facts,” the Philippine film board said' spoke as "Philippine": a body
noun the quotes stage does not know as a body ("board") left the subject's one mention, the
state's adjective, to speak. The scorer's last word then misses ("Philippine" for "...
board"). cues.yaml ``bodies`` now holds "board", "regulator", "directorate" and
"inspectorate", as it held "commission" ("the Kenyan electoral commission said" spoke as
that phrase already). Found by Q66's gold-free battery (/tmp/s66/Q66/battery_src.py, d14).

Near misses: an IGO's board speaks for the IGO (cues ``igo_boards``: "the bank's board" after
the World Bank).

Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "MANILA (Reuters) - China's embassy protested a war film on Monday.\n"
        "“We do not censor facts,” the Philippine film board said. “We classify films,” the board "
        "added.",
        "classify films",
        "Philippine film board",
    ),
    (
        "NAIROBI (Reuters) - Foreign arrivals fell by a fifth in May.\n"
        '"We are ready for the season," the Kenyan tourism board said.',
        "ready for the season",
        "Kenyan tourism board",
    ),
    (
        "LONDON (Reuters) - Britain fined a Swiss bank 40 million pounds on Monday.\n"
        "“The failures were serious,” the British financial regulator said.",
        "failures were serious",
        "British financial regulator",
    ),
    (
        "ACCRA (Reuters) - Cocoa farmers protested in Kumasi on Monday.\n"
        '"Prices will fall," the board of Ghana\'s cocoa regulator said.',
        "Prices will fall",
        "board of Ghana's cocoa regulator",
    ),
]

_NEAR: list[tuple[str, str, str]] = [
    (
        "WASHINGTON (Reuters) - The World Bank delayed a loan to Laos on Monday.\n"
        "“The failures were serious,” the bank's board said.",
        "failures were serious",
        "World Bank",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES + _NEAR)
def test_speakers134_state_boards(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker
