"""Context 128 (session 57, helper R57b, recall of roots 03, 05, 06 and 07): a bare acceptance
answers the invitation or offer told just before it, coded or not.

A form the open sets' misses hold, rewritten here with other names and words: "X's president
thanked Y ... and invited him to visit ... The Y leader accepted, his office said", "A invited
B to ..., and the minister accepted". When the invitation itself is coded (both sides named)
the acceptance already answers it (_context_target); when it is not (its invitee only a
pronoun, or a person the story names without a state), the acceptance, with no object of its
own, answers the subjects of the latest inviting verb (rules inviting_verbs) earlier in its
sentence or in the sentence before (reactions._invitation_accepted).

Not: an invitation denied, an acceptance with nothing invited before it, nor an invitation by
the accepter's own state.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# reactions._invitation_accepted
ACCEPTED: list[Case] = [
    (
        "NAIROBI",
        "Kenya's president thanked Tanzania for its support and invited him to visit Nairobi in "
        "June. The Tanzanian leader accepted, the palace said.",
        "KEN>TZA:05 TZA>KEN:03|04|05",
    ),
    (
        "ROME",
        "Italy's prime minister praised Albania and invited its president to Rome. The Albanian "
        "leader accepted.",
        "ITA>ALB:05 ALB>ITA:03|04|05",
    ),
    ("ACCRA", "Ghana offered to host the next round of talks, and Togo accepted.", "TGO>GHA:03|04|05"),
]
OWN_SIDE: list[Case] = [
    (
        "LIMA",
        "Peru's president praised the Chilean leader and invited him to Lima. The Peruvian foreign "
        "minister accepted.",
        "PER>CHL:05 PER>CHL:03|04",
    ),
]
NOTHING_INVITED: list[NearMiss] = [
    (
        "LIMA",
        "Peru's president did not invite the Chilean leader. The Chilean leader accepted, his "
        "office said.",
    ),
    ("LA PAZ", "The Bolivian leader accepted, his office said."),
]

CASES: list[Case] = ACCEPTED + OWN_SIDE
NONE: list[NearMiss] = NOTHING_INVITED
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context128_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context128_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
