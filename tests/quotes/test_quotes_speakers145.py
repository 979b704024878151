"""Quote speakers of session 67 (helper Q2): one quotation spoken by the office holders of
two or more parties at once, told by a counted plural ("In a joint communique, the two
ministers condemned “...”", "Both leaders said ..."), is all of theirs: each party's person
the article named before, joined by "and" in the order the article named the parties
(tests/gold/README.md, "Conventions decided (session 67)", decision 3;
attribute._joint_persons, cues.yaml joint_person_heads and pair_counts). Before, the bare
plural ("ministers") spoke.

Near misses: the plural not counted ("the ministers"), a party with no person named, and
parties named together in the subject (already joined by the article's own words). Every
sentence was written for this file."""

from __future__ import annotations

import pytest

from quote_lookup import Run, quote_with  # tests/quotes/, on sys.path through conftest

pytestmark = pytest.mark.model

#: (text, words of the quote, speaker): the counted plural resolved to each party's person
CASES: list[tuple[str, str, str]] = [
    (
        "ALGIERS (AP) - Algerian Foreign Minister Ali Bensaid met his Cuban counterpart, Rosa"
        ' Delgado, on Monday. In a joint communique, the two ministers condemned "illegal'
        ' blockades."',
        "illegal blockades",
        "Ali Bensaid and Rosa Delgado",
    ),
    (
        "HAVANA (AP) - Cuban President Jorge Ruiz received Vietnamese President Tran Van Long"
        ' on Monday. Both leaders said the embargo was "a crime against a people."',
        "a crime against a people",
        "Jorge Ruiz and Tran Van Long",
    ),
]

#: near misses: (text, words, speaker) that are not resolved this way
NEAR: list[tuple[str, str, str]] = [
    (  # not counted: "the ministers" is left as it was
        "PARIS (AP) - French Foreign Minister Paul Arnaud met German Foreign Minister Karl Weiss"
        ' in Berlin. The ministers said the plan was "ready for a vote."',
        "ready for a vote",
        "ministers",
    ),
    (  # one party has no person named: the plural stays
        "HAVANA (AP) - Cuban President Jorge Ruiz received Vietnamese officials on Monday."
        ' The two leaders said the embargo was "a crime against a people."',
        "a crime against a people",
        "leaders",
    ),
    (  # parties named in the subject speak as the article joins them
        "BAMAKO (Reuters) - Niger and Chad praised the decision in a joint statement, calling"
        ' it "a victory for sovereignty."',
        "a victory for sovereignty",
        "Niger and Chad",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), CASES + NEAR)
def test_speakers145_joint_speakers(run: Run, text: str, words: str, speaker: str) -> None:
    quote = quote_with(run(text), words)
    assert quote.speaker == speaker, quote.speaker


def test_speakers145_joint_speaker_acts_for_the_first_named(run: Run) -> None:
    """`speaker_actor` of a joint quotation of two states is the first-named party's."""
    text = (
        "ALGIERS (AP) - Algerian Foreign Minister Ali Bensaid met his Cuban counterpart, Rosa"
        ' Delgado, on Monday. In a joint communique, the two ministers condemned "illegal'
        ' blockades."'
    )
    assert quote_with(run(text), "illegal blockades").speaker_actor == "DZA"
