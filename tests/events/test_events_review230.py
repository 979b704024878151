"""Review 230 (session 62, O93): forms of set 93 opened as a development set.

"Peru values the friendship of Chile": ties held dear name their partner in an of-phrase as
well as in a with-phrase (patterns.yaml v.value_ties, 051).

"Nepal would suspend new recruitment for Qatari construction firms": a labor flow stopped
by the sending state names the receiving state by the employers it recruits for
(patterns.yaml v.halt_worker_deployment, 160); recruitment for an army or a team is none.

"Peru's military government charged the six Chilean inspectors before a military court": a
charge laid before a court is legal action on the persons (patterns.yaml v.charge_in_court,
173), whoever they serve; a charge with no court named stays blame (v.charge, 112), and a fee
charged is neither.

"Papua New Guinea asked last year to become an observer of ASEAN", "asked to join the African
Union": a state asking, for itself, to join a body or hold a status with it requests
it of the body (patterns.yaml v.ask_to_join, 020; clauses' xcomp_args reads a copula's
predicate noun as an object); "asked Uganda to join the talks" asks another (v.ask).

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

VALUED: list[Case] = [
    ("LIMA", "Peru's prime minister said Lima values the friendship of Chile.", "PER>CHL:05"),
    ("HANOI", "Vietnam values the partnership of Japan, its foreign minister said on Monday.", "VNM>JPN:05"),
]
RECRUITMENT: list[Case] = [
    (
        "KATHMANDU",
        "Nepal's labour minister said Kathmandu would suspend new recruitment for Qatari "
        "construction firms until the inquiry was over.",
        "NPL>QAT:16",
    ),
    (
        "MANILA",
        "The Philippines halted recruitment for Kuwaiti households on Friday.",
        "PHL>KWT:16",
    ),
]

COURT: list[Case] = [
    (
        "LIMA",
        "Peru's military government charged the six Chilean inspectors on Friday before a "
        "military court.",
        "PER>CHL:17",
    ),
    ("QUITO", "Ecuador charged two Colombian customs officers in court with smuggling.", "ECU>COL:17"),
]

JOINING: list[Case] = [
    ("PORT MORESBY", "Papua New Guinea asked last year to become an observer of ASEAN.", "PNG>ASEAN:02"),
    ("RABAT", "Morocco asked on Monday to rejoin the African Union.", "MAR>AU:02"),
    ("NAIROBI", "Kenya asked Uganda to join the talks on Monday.", "KEN>UGA:02"),
]

CASES: list[Case] = VALUED + RECRUITMENT + COURT + JOINING
NONE: list[NearMiss] = [
    ("LIMA", "Peru values the friendship of its people above all, the minister said."),
    ("KATHMANDU", "Nepal suspended recruitment for its army on Friday."),
    ("MANILA", "The Philippines halted recruitment for the national football team."),
    ("LIMA", "The port of Callao charged Chilean ships a fee at the harbour court."),
    ("NAIROBI", "Kenya asked to join the talks on Monday."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review230_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review230_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
