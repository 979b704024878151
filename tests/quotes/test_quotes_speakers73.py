"""Quote speakers of session 48 (helper O68).

- "he" or "she" stands for one person, never a plural title ("Speaking after a meeting of
  ASEAN foreign ministers in Manila, he said ..." is the minister of the sentence before):
  actors.coref._person_antecedent passes over mentions headed by a plural noun.
- "his host" after a visitor "was met at the airport by" another state's leader is that
  leader (cues visit_met: a passive "meet" tells who hosts; "X met Y" tells no host).

Near misses: the plural title speaking itself, and an active "met". Every sentence was
written for this file.
"""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, the speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "JAKARTA — Malaysia's foreign minister defended the decision on Wednesday evening."
        " Speaking to reporters after a meeting of ASEAN foreign ministers in Manila, he said his"
        ' government had "every respect for Indonesia" but would not tolerate abuse.',
        "every respect for Indonesia",
        "Malaysia's foreign minister",
    ),
    (
        "APIA — Tonga's president arrived in Apia on Wednesday. He was met at the airport by"
        " Samoa's prime minister. Samoa's fisheries minister once called the deal"
        ' "worthless." "We are one family," the Tongan president said. His host said the'
        ' agreement showed that "small nations can solve problems."',
        "small nations can solve problems",
        "Samoa's prime minister",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers73_speaker(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker


#: (text, words of the quote, the speaker): near misses that keep their speaker
_KEPT: list[tuple[str, str, str]] = [
    # the plural title speaks itself
    (
        "MANILA — ASEAN foreign ministers met in Manila on Monday. \"We stand together,\" they"
        " said in a statement.",
        "We stand together",
        "ASEAN foreign ministers",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _KEPT)
def test_speakers73_kept(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
