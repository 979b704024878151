"""Refs 29 (session 47, P15): "its northern neighbour" opening a sentence.

"Ghana accused Togo of closing the border. Its eastern neighbour denied the claim.": with no
subject before it in its sentence, "its" stands for a state named before (Ghana), and the
neighbour is then the one other state named in this or the previous sentence that may be
called the owner's neighbour (a land border or the same continent: plurals.nearby_states).
Before, the owner was only a subject before "its" in the same sentence, so "Its ... neighbour"
opening a sentence found two states in reach and stayed unresolved, or, with one state in
reach, took the owner itself as its own neighbour ("Austria condemned the attack. Its northern
neighbour expressed concern" coded Austria against the attack's earlier target). Two states
in reach, or none that neighbours the owner, leave it unresolved (actors/coref._neighbor).

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "ACCRA",
        "Ghana accused Togo of closing the border on Monday. Its eastern neighbour denied the "
        "claim.",
        "GHA>TGO:11 TGO>GHA:12",
    ),
    (
        "ASUNCION",
        "Paraguay recalled its ambassador from Brazil on Friday. Its northern neighbour "
        "condemned the decision.",
        "PRY>BRA:16 BRA>PRY:11",
    ),
    (
        "KATHMANDU",
        "Nepal accused India of blocking fuel trucks. Its southern neighbour rejected the "
        "accusation.",
        "NPL>IND:11 IND>NPL:12",
    ),
    (
        "ULAANBAATAR",
        "Mongolia accused China of dumping steel. Its southern neighbour denied the claim.",
        "MNG>CHN:11 CHN>MNG:12",
    ),
    # two states in reach: "its neighbour" stays unresolved
    (
        "COPENHAGEN",
        "Denmark criticized Sweden and Norway on Monday. Its neighbour rejected the criticism.",
        "DNK>SWE:11 DNK>NOR:11",
    ),
    # the one other state is no neighbour of the owner (another continent)
    (
        "SANTIAGO",
        "Chile accused Japan of overfishing. Its northern neighbour rejected the claim.",
        "CHL>JPN:11",
    ),
    (
        "BRUSSELS",
        "Belgium criticized Brazil and Peru. Its neighbour rejected the criticism.",
        "BEL>BRA:11 BEL>PER:11",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    # no other state in reach: the owner is never its own neighbour
    ("VIENNA", "Austria condemned the attack. Its northern neighbour expressed concern."),
    (
        "VIENNA",
        "Pakistan shelled villages in Kashmir, India said.\n\nAustria condemned the attack. Its "
        "western neighbour expressed concern.",
    ),
]

GAPS: list[Gap] = [
    (
        "HANOI",
        "Vietnam accused Cambodia of moving border markers. The neighbouring country rejected "
        "the accusation.",
        "VNM>KHM:11 KHM>VNM:12",
        "'the neighbouring country' with no 'its': kind_blocked keeps it no reference back",
    ),
    (
        "DAKAR",
        "Senegal criticized France over the closure of a base. Dakar accused its former "
        "colonial ruler of ignoring its sovereignty.",
        "SEN>FRA:11 SEN>FRA:11",
        "'its former colonial ruler' is no kin noun (neighbor_nouns, ally_nouns)",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_refs29_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_refs29_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
