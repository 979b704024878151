"""Quote speakers of session 47 (lead): a name a judge gives another's claim, which the parser
hangs on the claim as an apposition ("He called Bolivia's new claim “a waste of the court's
time”"), is the judge's words, not the claim's owner's (cues.yaml judging_verbs,
attribute._claim_owner). Near miss: a quotation inside the claim's own that-clause stays the
claim owner's. An officer of a regional body outside the guidelines' IGO list (the East
African Community, CARICOM, the Pacific Islands Forum, CELAC) speaks for that body
(actors/igos.yaml, no event actors)."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker's last word)
_CASES: list[tuple[str, str, str]] = [
    (
        "QUITO — Ecuador's foreign minister, Rafael Andrade, spoke on Monday. He called Peru's"
        ' new claim "a waste of the court\'s time."',
        "waste of the court",
        "Andrade",
    ),
    (
        "RIGA — Latvian Defence Minister Inga Berzina branded Moscow's statement \"a crude lie"
        ' aimed at our soldiers."',
        "crude lie",
        "Berzina",
    ),
    # near miss: the quotation is what the claim says
    (
        "QUITO — Foreign Minister Rafael Andrade rejected Peru's claim that Ecuador had"
        ' "diverted the river."',
        "diverted the river",
        "Peru",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers72_judged_claim_is_the_judges(
    run: Run, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker is not None and quote.speaker.split()[-1] == speaker


#: (text, words of the quote, the speaker's actor code)
_BODIES: list[tuple[str, str, str]] = [
    (
        "ARUSHA — The EAC's secretary-general, Amina Waweru, urged Kenya and Uganda to"
        ' "settle this through dialogue."',
        "settle this through dialogue",
        "EAC",
    ),
    (
        "SUVA — Pacific Islands Forum Secretary-General Tevita Lome said the deal was"
        ' "a win for the whole region."',
        "win for the whole region",
        "PIF",
    ),
]


@pytest.mark.parametrize(("text", "words", "code"), _BODIES)
def test_speakers72_regional_body_officers(run: Run, text: str, words: str, code: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker_actor == code
