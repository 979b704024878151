"""Vocabulary 124 (session 62, K62): "invited her counterpart to visit, and he accepted".

"Koleva invited her Omani counterpart to visit Sofia, and he accepted": a pronoun's bare
acceptance joined after an invitation told in its own sentence answers it, so the pronoun
stands for the one invited (the inviting verb's object, one state's) and the acceptance goes
from the invitee to the inviter (05/04/03 in the open sets: sets 48, 73), where the pronoun
had been read as the inviter, whose own acceptance answers nothing
(reactions._pronoun_invitee, in _invitation_accepted).

Near misses: a named accepter keeps its name; an invitee of no state, or one of the inviter's
own, gives nothing; an acceptance with an object names what it answers.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest
from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

ACCEPTED: list[Case] = [
    (
        "LIMA",
        "Peru's foreign minister Ana Ruiz invited her Chilean counterpart to visit Lima, and "
        "he accepted, the Peruvian ministry said.",
        "PER>CHL:03|04 CHL>PER:03|04|05",
    ),
    (
        "QUITO",
        "Ecuador's defense minister Pablo Mena invited his Colombian counterpart to Quito for "
        "talks, and she accepted.",
        "ECU>COL:03|04 COL>ECU:03|04|05",
    ),
]
NAMED: list[Case] = [
    (
        "LIMA",
        "Peru's foreign minister Ana Ruiz invited her Bolivian counterpart to visit Lima, and "
        "the Bolivian minister accepted.",
        "PER>BOL:03|04 BOL>PER:03|04|05",
    ),
    (
        "LIMA",
        "Peru's trade minister Luis Soto invited Chile's president to visit Lima next year. "
        "He accepted.",
        "PER>CHL:03|04 CHL>PER:03|04|05",
    ),
]
CASES: list[Case] = ACCEPTED + NAMED

NONE: list[NearMiss] = [
    ("QUITO", "Ecuador's foreign minister invited Ana Ruiz to visit Quito, and she accepted."),
    ("QUITO", "The minister invited the reporters to the palace, and they accepted."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary124_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary124_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
