""" "Its ally" and a bare "Foreign Secretary" in a Philippine story (session 31, task REF).

"The United States backed its ally." named no one: "its ally" is now the state that the
owner's own next sentence names first, not as its subject and under a verb of backing
("'We share Chile's concern,' the U.S. Embassy said": Chile; not "'We condemn Togo's raids'"),
when the owner is a subject of that sentence (coref._ally, pronouns.yaml ally_backing_verbs). Not the one other state in reach, as "its neighbor" takes: that state is as
often the adversary ("Ghana asked Lome to withdraw them. Britain backed its ally" is not
Togo). Left unresolved when the next sentence is another party's ("Togo criticized Ghana"),
or not the owner's ("Officials in Accra welcomed the statement from London"), and for the
plural "its allies". "Foreign Secretary X" with no state word took Britain in a Manila
story, and every "she" after with it: the Philippines now shares the title
(offices.yaml title_also), so the article's state decides when it is the Philippines;
elsewhere, or with "British" before it, the title stays Britain's. A "she" after a man of
another state named in between keeps the woman. Every sentence was written for this
file; the cases run through the whole pipeline in one batch (``audit_cases.code_audit``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import audit_params, code_audit, matches  # noqa: E402

# (dateline, body, expected events "SRC>TGT:RR")
ALLY: list[tuple[str, str, str]] = [
    # the owner's own next sentence names the ally
    (
        "SANTIAGO",
        "Bolivian boats blocked a Chilean survey ship on Monday. Peru and Chile protested to "
        "La Paz. The United States backed its ally. “We share Chile’s concern,” the U.S. "
        "Embassy said.",
        "BOL>CHL:19 PER>BOL:11 CHL>BOL:11 USA>CHL:05 USA>CHL:05",
    ),
    # the adversary is the one other state in reach before: not the ally
    (
        "ACCRA",
        "Ghana said Togolese troops had crossed its border. Ghana asked Lome to withdraw them. "
        "Britain backed its ally. A Foreign Office spokesperson said London stood with Ghana "
        "and urged Togo to pull back.",
        "TGO>GHA:15 GHA>TGO:02 GBR>GHA:05 GBR>GHA:05 GBR>TGO:02",
    ),
    # kept unresolved: the next sentence is another party's
    (
        "ACCRA",
        "Ghana said Togolese troops had crossed its border and asked Lome to withdraw them. "
        "Britain backed its ally. Togo criticized Ghana on Tuesday.",
        "TGO>GHA:15 GHA>TGO:02 TGO>GHA:11",
    ),
    # kept unresolved: the owner is no subject of the next sentence
    (
        "ACCRA",
        "Ghana said Togolese troops had crossed its border and asked Lome to withdraw them. "
        "Britain backed its ally. Officials in Accra welcomed the statement from London.",
        "TGO>GHA:15 GHA>TGO:02",
    ),
    # kept unresolved: the state the next sentence names stands under no verb of backing
    (
        "ACCRA",
        "Ghana said Togolese troops had crossed its border and asked Lome to withdraw them. "
        "Britain backed its ally. “We condemn Togo’s raids,” the British Foreign Office said.",
        "TGO>GHA:15 GHA>TGO:02 GBR>TGO:11",
    ),
    # kept unresolved: "its allies" is a set, not the one ally
    (
        "ACCRA",
        "Ghana said Togolese troops had crossed its border and asked Lome to withdraw them. "
        "Britain backed its allies. “We stand with Ghana,” a British spokesperson said.",
        "TGO>GHA:15 GHA>TGO:02 GBR>GHA:05",
    ),
]

# a bare "Foreign Secretary" is the Philippines' in a Philippine story, and so is her "she"
SECRETARY: list[tuple[str, str, str]] = [
    (
        "MANILA",
        "“Smuggling across our border will not be tolerated,” Foreign Secretary Ana Quispe "
        "told reporters in Manila. She said she had also handed Bolivia’s ambassador a note "
        "of protest.",
        "PHL>BOL:11",
    ),
    # kept: a London story's Foreign Secretary is Britain's
    (
        "LONDON",
        "“Smuggling across our border will not be tolerated,” Foreign Secretary Ana Quispe "
        "told reporters in London. She said she had also handed Bolivia’s ambassador a note "
        "of protest.",
        "GBR>BOL:11",
    ),
    # kept: "British" before the title decides in a Manila story
    (
        "MANILA",
        "“Smuggling must stop,” British Foreign Secretary Ana Quispe told reporters in Manila. "
        "She said she had also handed Bolivia’s ambassador a note of protest.",
        "GBR>BOL:11",
    ),
    # "she" is not the man of another state named in between
    (
        "MANILA",
        "Foreign Secretary Ana Quispe said Bolivia’s foreign minister, Carlos Rojas, had "
        "misled the region. She said she had also handed Bolivia’s ambassador a note of "
        "protest.",
        # (session 54) "said ... had misled the region" is itself an accusation (v.say_accuse)
        "PHL>BOL:11 PHL>BOL:11",
    ),
    # two women: "she" after "Quispe said" is Quispe
    (
        "MANILA",
        "Foreign Secretary Ana Quispe met Bolivian Foreign Minister Marta Rojas on Monday. "
        "“Smuggling must stop,” Quispe said. She said she had also handed Bolivia’s "
        "ambassador a note of protest.",
        "PHL>BOL:04 PHL>BOL:11",
    ),
]
CASES = ALLY + SECRETARY


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, [], [])


def test_actors_refs10_bodies_are_unique() -> None:
    bodies = [b for _, b, _ in CASES]
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, [], []))
def test_actors_refs10_ally_and_secretary(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
