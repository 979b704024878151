"""Quote speakers of session 58 (O79): an IGO's board speaks for the IGO.

"The World Bank's board approved ..., warning that ... “...”": a governing board named by
its owner's possessive (cues igo_boards: board, executive board, board of governors, ...)
speaks for the IGO, by the fullest name the article gives it (attribute._igo_board, then
_igo_name), as the open sets give "the fund's executive board also urged ..." to the
International Monetary Fund. A state's body ("Kenya's Foreign Ministry") and an IGO's other
bodies ("the U.N. refugee agency") keep the article's words.
Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_IGO_BOARD: list[tuple[str, str, str]] = [
    (
        "NAIROBI (Reuters) - The World Bank's board on Tuesday approved $80 million in grants"
        ' for Kenya, while warning the government that its debt "leaves little room."',
        "leaves little room",
        "World Bank",
    ),
    (
        "LUSAKA (AP) - The International Monetary Fund's executive board on Monday urged"
        ' Zambia to "rebuild its buffers" before the election.',
        "rebuild its buffers",
        "International Monetary Fund",
    ),
    (
        "VIENNA (Reuters) - The International Atomic Energy Agency's board of governors said on"
        ' Friday that Iran had been "less than open" about two sites.',
        "less than open",
        "International Atomic Energy Agency",
    ),
    # near miss: a state's body keeps its words
    (
        "NAIROBI (AP) - Kenya's Foreign Ministry said on Monday that visas for German tourists"
        ' were "back to normal."',
        "back to normal",
        "Kenya's Foreign Ministry",
    ),
    # near miss: an IGO's own body named by its description, as before
    (
        "GENEVA (Reuters) - The U.N. refugee agency said on Monday that the camp was"
        ' "full beyond capacity."',
        "full beyond capacity",
        "U.N. refugee agency",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _IGO_BOARD)
def test_speakers105_igo_board_speaks_for_igo(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker
