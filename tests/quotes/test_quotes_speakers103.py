"""Quote speakers of session 58 (O84): a term quoted in a relative clause of thanking.

"The loan was announced by the bank's country director, X, at a news conference with Peru's
finance minister, Y, who thanked the bank for acting “in weeks, not months.”": a quotation
under a relative clause of thanking or judging (cues expressing_verbs), straight or through a
gerund of its for-phrase, is the words of that clause's subject, whatever cue the main clause
has (attribute._relative_expresser); the main clause's announcer said nothing of it. Near
misses: a relative clause on a reported subject that does not hold the quotation, and a
quotation before its cue, keep their speakers.
Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_RELATIVE_THANKS: list[tuple[str, str, str]] = [
    (
        "LIMA (Reuters) - The loan was announced in Lima by the bank's country director, Maria"
        " Soto, at a joint news conference with Peru's finance minister, Jorge Rivas, who thanked"
        ' the bank for acting "in weeks, not months."',
        "in weeks, not months",
        "Jorge Rivas",
    ),
    (
        "NAIROBI (AP) - The aid was announced by the UN's country director, Tom Berg, at a news"
        " conference with Kenya's health minister, Mary Wanjiru, who praised the agency for"
        ' moving "faster than ever."',
        "faster than ever",
        "Mary Wanjiru",
    ),
    (
        "QUITO (Reuters) - The fund approved a $300 million loan to Ecuador on Friday after a"
        " year of floods left roads cut for weeks. The decision was announced in Quito by the"
        " bank's regional director, Lars Holm, at a joint news conference with Ecuador's finance"
        ' minister, Pablo Mena, who thanked the bank for moving "in days, not weeks."',
        "in days, not weeks",
        "Pablo Mena",
    ),
    # near miss: the relative clause holds no quotation; the reporting verb's subject speaks
    (
        "NAIROBI (AP) - Kenya's health minister, Mary Wanjiru, said the agency, which thanked"
        ' donors on Monday, had moved "faster than ever."',
        "faster than ever",
        "Mary Wanjiru",
    ),
    # near miss: a quotation before its cue, as before
    (
        'NAIROBI (AP) - "We are grateful," said Kenya\'s health minister, Mary Wanjiru, who'
        " thanked the UN's country director, Tom Berg.",
        "We are grateful",
        "Mary Wanjiru",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _RELATIVE_THANKS)
def test_speakers103_relative_thanker_speaks(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker
