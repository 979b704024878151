"""Quote speakers of session 54 (O80): findings and rulings as cues.

"A Kenyan appeals court ruled that the journalist faced “a serious risk of torture”", "A report
by a WHO review team found that clinics were “short of almost everything”": a court's ruling
and a report's or a team's finding tell their own words, so their subject speaks (cues.yaml
verbs rule, find), not the person or thing named inside the clause ("the journalist",
"clinics"). A reporting verb above the finding keeps its own subject ("Investigators found that
..., the minister said"), and so does one after the quotation ("..., he said"). Every sentence
was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "NAIROBI (AP) - Kenya's foreign minister, Grace Wanjiru, met Uganda's envoy on Monday. A"
        " Kenyan appeals court ruled on Tuesday that the journalist Peter Odhiambo faced \"a"
        " serious risk of torture\" if returned.",
        "a serious risk of torture",
        "Kenyan appeals court",
    ),
    (
        "VIENNA (AP) - Egypt's foreign minister, Sameh Adel, spoke on Monday. A report by a WHO"
        " review team, published on Monday, found that clinics in the region were \"short of"
        " almost everything\" and called on Egypt to act.",
        "short of almost everything",
        "WHO review team",
    ),
]

#: near misses: a reporting verb above the finding, or after the quotation
_NEAR: list[tuple[str, str, str]] = [
    (
        "ACCRA (AP) - Ghana's health minister, Kofi Mensah, spoke on Monday. Investigators found"
        " that the ship had \"no chance of staying afloat,\" the minister said.",
        "no chance of staying afloat",
        "Kofi Mensah",
    ),
    (
        "ACCRA (AP) - Kofi Mensah, Ghana's health minister, spoke on Monday. The inspectors found"
        " \"serious gaps\" at the port, he said.",
        "serious gaps",
        "Kofi Mensah",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES + _NEAR)
def test_speakers93_finding_and_ruling(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker
