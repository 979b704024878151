"""Quote speakers of session 57 (O86): "Her counterpart confirmed it. “...,” he said".

"Ruiz said she had asked her Italian counterpart to ... Her counterpart confirmed as much. “...,”
he said": when the main subject of the sentence just before the quotation is a peer owned by
"his"/"her" ("Her counterpart"), the next "he"/"she" continues that peer, as it continues a named
subject (attribute._peer_subject_before), not the owner the actors stage tied the pronoun to. The
peer speaks as a possessed peer does (attribute._peer_speaker): the holder of its owner's office
in the peer's state, the office without the owner's state adjective ("Italy's defence minister"
for "Peruvian Defence Minister X"'s counterpart). A person named between, or a named subject
before the quotation, still speaks as before.
Every sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker)
_PEER_SUBJECT: list[tuple[str, str, str]] = [
    (
        "ROME (Reuters) - Italy agreed on Monday to sell Peru two patrol boats. Peruvian Defence"
        " Minister Carla Soto said she had asked her Italian counterpart during the talks to lower"
        ' the price.\nHer counterpart confirmed as much at a joint news conference. "The price is'
        ' fixed, and it is not open to talks," he said.',
        "The price is fixed",
        "Italy's defence minister",
    ),
    (
        "OSLO (Reuters) - Norway will buy salmon feed from Chile for its farms, Norwegian Trade"
        " Minister Erik Dahl said on Friday after meeting his Chilean counterpart in Oslo.\nHis"
        ' counterpart was more cautious. "We have not signed anything yet," she said.',
        "We have not signed",
        "Chile's trade minister",
    ),
    # near miss: a person named between the peer's sentence and the quotation speaks
    (
        "ROME (Reuters) - Italy agreed on Monday to sell Peru two patrol boats. Peruvian Defence"
        " Minister Carla Soto said she had asked her Italian counterpart during the talks to lower"
        " the price.\nHer counterpart did not answer. Soto's deputy, Jorge Paredes, was blunter."
        ' "The price is too high," he said.',
        "The price is too high",
        "Jorge Paredes",
    ),
    # near miss: the sentence before has a named subject, not a peer
    (
        "ROME (Reuters) - Italy agreed on Monday to sell Peru two patrol boats. Peruvian Defence"
        " Minister Carla Soto met her Italian counterpart, Marco Bassi, in Rome.\nBassi confirmed"
        ' the sale at a news conference. "The price is fixed," he said.',
        "The price is fixed",
        "Marco Bassi",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), _PEER_SUBJECT)
def test_a_peer_subject_before_speaks_for_the_next_pronoun(run: Run, text: str, words: str, speaker: str) -> None:
    assert quote_with(run(text), words).speaker == speaker
