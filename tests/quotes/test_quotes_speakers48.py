"""Quote speakers of session 34 (helper S44), from set 44's three wrong speakers, by their forms.

A quotation a colon opens speaks for the cue verb the colon closes ("while the Dutch embassy
posted on X: “...”"), whatever clause the parser hangs the quotation on (attribute._colon_cue:
the last cue a few tokens before the colon). An "it" speaks for no plural body named before it
("after Chilean courts reviewed the request. It said ...": the ministry; attribute._body_before
skips plural nouns). A term quoted as what a text is on ("passed a law on “foreign agents”,
which the EU said ...") is the wording of the text's issuer, the subject of the issuing verb
(attribute._text_issuer), not of a speaker whose relative clause hangs on the term. Every text
was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "TBILISI, Georgia — Britain and the Netherlands criticized the verdict. A British "
        'spokesperson said London was "concerned," while the Dutch embassy in Tbilisi posted on '
        'X: "Free media is the backbone of democracy. We urge Georgia to respect it."',
        "Free media is the backbone of democracy",
        "Dutch embassy in Tbilisi",
    ),
    (
        "SANTIAGO, Chile — Chile's Foreign Ministry said the transfer followed a 2015 treaty, "
        'after Chilean courts reviewed the Peruvian request. It said Chile "will never shelter" '
        "fugitives from justice.",
        "will never shelter",
        "Chile's Foreign Ministry",
    ),
    (
        "TBILISI, Georgia — Georgia has since fined two newspapers and passed a law on "
        '"foreign agents" modeled on Russia\'s, which the EU said in 2024 could silence critics.',
        "foreign agents",
        "Georgia",
    ),
]

#: near-misses that must stay as they are: a colon after a cue of another sentence part
_KEPT: list[tuple[str, str, str]] = [
    (
        "LIMA — Peru's foreign ministry released a statement on Monday.\n\n"
        'It read: "We reject the claim and will answer in court."',
        "We reject the claim",
        "Peru's foreign ministry",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES + _KEPT)
def test_speakers48_colon_it_texts(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
