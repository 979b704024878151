"""A spokesperson for an IGO's body named before by a common noun (session 63, helper Q63).

Convention 3 of "Conventions decided (session 63)" (tests/gold/README.md): an unnamed
spokesperson speaks as the article gives it, word order kept, a bare owner noun resolved as a
title is: "The U.N. refugee agency urged ... a spokeswoman for the agency said" is
"U.N. refugee agency spokeswoman" (set 66; the role last since session 68's decision 6, news-dev's
order; it was "spokeswoman for the U.N. refugee agency"), not "United Nations spokeswoman": the
agency is a body of the IGO with no other name (attribute._igo_body), so the owner noun takes
the words the article named that body with (attribute._earlier_igo_body). The IGO itself
described ("a spokesperson for the alliance" after NATO) keeps the IGO's name first, as sets
27 and news-dev give it.

Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_BODY: list[tuple[str, str, str]] = [
    (
        "BANGKOK (AP) - The U.N. refugee agency asked Thailand to stop deporting Uyghur men."
        ' "These men face serious risks on return," a spokesman for the agency said in Geneva.',
        "serious risks",
        "U.N. refugee agency spokesman",
    ),
    (
        "DHAKA (AP) - The U.N. children's agency warned of a measles outbreak in the camps."
        ' "Every week without vaccines costs lives," a spokeswoman for the agency told reporters.',
        "without vaccines",
        "U.N. children's agency spokeswoman",
    ),
]

#: (text, words, last word of the speaker): near misses, the IGO itself described
_IGO: list[tuple[str, str, str]] = [
    (
        "VILNIUS (AP) - NATO said it would send more jets to the Baltic states. \"We will defend"
        ' every inch of allied territory," a spokesperson for the alliance said.',
        "every inch",
        "spokesperson",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _BODY)
def test_speakers124_igo_body_resolved(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker


@pytest.mark.parametrize(("text", "words", "last"), _IGO)
def test_speakers124_igo_itself_keeps_order(run: Run, text: str, words: str, last: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker is not None and quote.speaker.split()[-1] == last, quote.speaker
    assert "for the alliance" not in quote.speaker, quote.speaker
