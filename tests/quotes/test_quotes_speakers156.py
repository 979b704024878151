"""Quote speakers of session 70 (helper SK70): a definite role read back to a description
whose owner is a common noun's possessive ("The ship's agent in Dakar, who asked not to be
named, said ... “...,” the agent said") speaks as that first description, its seat kept and
its relative clause left out ("ship's agent in Dakar"), as session 67's decision 4 resolves a
later "the official" to the first description (attribute._fuller_description). Before, such a
phrase tied to no state or IGO gave the bare "agent".

Near misses: a description with no possessive and no actor stays bare ("A senior official
said ... the official said" keeps today's answer, a strict gap); a possessive tied to a state
("The president's adviser in Nairobi") keeps the actor path's phrase, and a document's ("The
ministry's statement") its own; a possessive naming a person ("Trump's executive order") is
left to the rules for named owners. Every sentence was written for this
file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
OWNED: list[tuple[str, str, str]] = [
    (
        "Seizure\nDAKAR - Senegal seized a trawler on Monday. The ship's agent in Dakar, who asked"
        " not to be named, said the captain had denied fishing illegally. \"He says the nets were"
        ' empty," the agent said.',
        "He says the nets were empty",
        "ship's agent in Dakar",
    ),
    (
        "Seizure\nDAKAR - Senegal seized a trawler on Monday. The vessel's lawyer in Dakar said the"
        ' captain had denied fishing. "He says the nets were empty," the lawyer told reporters.',
        "He says the nets were empty",
        "vessel's lawyer in Dakar",
    ),
    (
        "Seizure\nDAKAR - Senegal seized a trawler on Monday. The captain's wife said he had done"
        ' nothing wrong. "He is a fisherman, not a criminal," the wife said.',
        "He is a fisherman, not a criminal",
        "captain's wife",
    ),
]

NEAR: list[tuple[str, str, str]] = [
    (
        "Talks\nNAIROBI - Kenya and Somalia held talks on Monday. The president's adviser in"
        ' Nairobi said the talks had gone well. "We are close," the adviser said.',
        "We are close",
        "president's adviser",
    ),
    (
        "Report\nGENEVA - Chad's health ministry rejected the criticism on Monday. The ministry's"
        ' statement said cases had fallen. "The outbreak is under control," the statement said.',
        "The outbreak is under control",
        "ministry's statement",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), OWNED + NEAR)
def test_speakers156_owned_description_read_back(run: Run, text: str, words: str, speaker: str) -> None:
    """"the agent" after "The ship's agent in Dakar, who ...," is that description."""
    assert quote_with(run(text), words).speaker == speaker


@pytest.mark.xfail(strict=True, reason="'A senior official' tied to no actor: the later 'the official' stays bare")
def test_speakers156_gap_unowned_description(run: Run) -> None:
    text = (
        "Seizure\nDAKAR - Senegal seized a trawler on Monday. A senior official in the port said"
        ' the captain had denied fishing. "He says the nets were empty," the official said.'
    )
    assert quote_with(run(text), "He says the nets were empty").speaker == "senior official in the port"
