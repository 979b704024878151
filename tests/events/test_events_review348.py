"""Review 348 (session 65, P65): relief let through to another state (v.allow_aid_delivery).

"reopened a rail crossing to allow shipments of flour to Kyrgyzstan": v.allow_access
reads access, inspectors and convoys let in (086, 0863 for aid convoys), but a delivery,
shipment, passage or transit of relief let through coded nothing. v.allow_aid_delivery codes
it 0863 (CAMEO: allow delivery of humanitarian aid) at the state the relief goes to, only when
the clause names relief (humanitarian, aid, food, grain, medicine ...).

Near misses: the delivery of arms or the transit of gas (no relief); a negated allowing (no
act told); an appeal to allow it (the appeal alone, 02).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# relief let through to another state: 0863 (root 08)
CASES: list[Case] = [
    (
        "ANKARA",
        "Turkey allowed the delivery of food aid to Syria on Monday.",
        "TUR>SYR:08",
    ),
    (
        "ASTANA",
        "Kazakhstan reopened a rail crossing to allow shipments of flour to Kyrgyzstan.",
        "KAZ>KGZ:08",
    ),
    (
        "CAIRO",
        "Egypt allowed the passage of medical aid into Gaza on Sunday.",
        "EGY>PSE:08",
    ),
    # a refusal stays v.reject's, an appeal the appeal's
    (
        "AMMAN",
        "Jordan refused to allow the delivery of aid to Syria.",
        "JOR>SYR:12",
    ),
    (
        "NEW YORK",
        "The UN urged Turkey to allow the delivery of aid to Syria.",
        "UN>TUR:02",
    ),
]
# ... no relief, or no allowing told
NONE: list[NearMiss] = [
    ("BERLIN", "Germany allowed the delivery of tanks to Ukraine."),
    ("BUDAPEST", "Hungary allowed the transit of Russian gas to Serbia."),
    ("ANKARA", "Turkey did not allow the delivery of food aid to Syria."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review348_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review348_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
