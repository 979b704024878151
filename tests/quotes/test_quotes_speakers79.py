"""Quote speakers of session 49 (helper O72):

- "according to" any source (a palace, a statement, a ministry), not only a news channel,
  only carries the words that a cue verb governing the quotation gives its subject ("Peru's
  president praised Chile as “...”, according to the presidential palace": the president;
  attribute._according_to through _carried_teller, as the open sets annotate 7 of 7);
- the subject of a "whose" clause speaks for a body named by a common noun that the actors
  stage placed ("welcomed by the U.N. Secretary-General's office, whose spokesman said it
  “...”": the office; attribute._whose_owner), as it did for a proper name.

Near misses: a quotation with no cue verb over it stays the according-to source's, and a
"whose" clause on people no actor stands for names no body. Every sentence was written for
this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, the speaker's last word)
_CASES: list[tuple[str, str, str]] = [
    (
        "LIMA — Peru's president praised Chile as \"a true neighbor in hard times,\" according"
        " to the presidential palace.",
        "a true neighbor in hard times",
        "president",
    ),
    (
        "NAIROBI — Kenya's foreign minister called the accord \"a gift to our herders,\""
        " according to a government statement.",
        "a gift to our herders",
        "minister",
    ),
    (
        "SANTIAGO — Chile pledged $2 million to the fund. The pledge was welcomed by the U.N."
        " Secretary-General's office, whose spokesman said it showed \"that small states can"
        ' lead."',
        "small states can lead",
        "office",
    ),
    (
        "ACCRA — The plan was criticized by the Ghanaian foreign ministry, whose spokesman said"
        ' it was "a step backward."',
        "a step backward",
        "ministry",
    ),
    # near misses: no cue over the quotation; a "whose" clause on people of no body
    (
        'NAIROBI — The talks were "frank and useful," according to the Kenyan foreign ministry.',
        "frank and useful",
        "ministry",
    ),
    (
        "LIMA — The plan was criticized by local farmers, whose spokesman said it was \"a step"
        ' backward for us."',
        "a step backward for us",
        "spokesman",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers79_reported_and_relative_speakers(
    run: Run, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker is not None and quote.speaker.split()[-1] == speaker, quote.speaker
