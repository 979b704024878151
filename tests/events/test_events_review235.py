"""Review 235 (session 62, N62): a passive acceptance of an invitation told before.

"Chile invited Peru's president to visit Santiago. The invitation was accepted during the
talks": a passive names its accepter only by an agent or, with none, as the one the
invitation told before was made to; "during the talks" is no aim of the invitation, and had
made v.accept_invitation read the inviter as the accepter (open set 72). v.accept_invitation
now forbids a passive subject, so v.accept_told_invitation codes the invitee > inviter (036).

Near misses: an acceptance with no invitation told before; an active acceptance keeps its
own accepter and inviter.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest
from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

PASSIVE: list[Case] = [
    (
        "LIMA",
        "Chile invited Peru's president to visit Santiago. The invitation was accepted "
        "during the talks, Peru's foreign minister said.",
        "CHL>PER:03|04 PER>CHL:03|04|05",
    ),
    (
        "ACCRA",
        "Ghana invited Togo's president to Accra for a summit on the border. The invitation "
        "was accepted at the meeting.",
        "GHA>TGO:03|04 TGO>GHA:03|04|05",
    ),
]
ACTIVE: list[Case] = [
    (
        "QUITO",
        "Ecuador accepted an invitation from Colombia to visit Bogota.",
        "ECU>COL:03|04",
    ),
]
CASES: list[Case] = PASSIVE + ACTIVE

NONE: list[NearMiss] = [
    ("QUITO", "The invitation was accepted during the talks, the ministry said."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review235_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review235_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
