"""Quote speakers of session 17: a later bare surname without the article written onto it
("Rubaie" after "Saad al-Rubaie", "Sisi" after "Abdel Fattah el-Sisi") is the same person,
as wire copy drops the article on second reference. Near-misses: an article word is not
dropped from a name that merely contains a hyphen ("Asante-Boateng" is not "Boateng"), and
another person with the bare surname as a full name keeps his own quote."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_CASES: list[tuple[str, str, str]] = [
    (
        "AMMAN — Jordanian Water Minister Khaled al-Masri said the canal was delayed again. "
        "“We cannot wait another year,” Masri told reporters.",
        "We cannot wait",
        "Khaled al-Masri",
    ),
    (
        "CAIRO — Egyptian President Abdel Fattah el-Sisi received the envoy on Sunday. "
        "“Our position has not changed,” Sisi said after the meeting.",
        "Our position has not changed",
        "Abdel Fattah el-Sisi",
    ),
    (
        "RIYADH — Saudi Foreign Minister Nasser al-Harbi arrived in Riyadh late on Monday. "
        "“The talks were useful,” al-Harbi said. Harbi later added: “We will meet again.”",
        "We will meet again",
        "Nasser al-Harbi",
    ),
    # near-misses
    (
        "ACCRA — Ghanaian Trade Minister Kwame Asante-Boateng met the delegation. Separately, "
        "a spokesman for the port authority, Yaw Boateng, spoke. “The port is open,” Boateng said.",
        "The port is open",
        "Yaw Boateng",
    ),
    (
        "BAGHDAD — Iraqi Oil Minister Hassan al-Rawi spoke first. Then Sami Rawi, an "
        "opposition lawmaker, rose. “The deal is a scandal,” Sami Rawi said.",
        "The deal is a scandal",
        "Sami Rawi",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _CASES)
def test_speakers17_surname_without_its_article(
    run: Run, text: str, words: str, speaker: str
) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker
