"""Review 431 (session 68, O102): the holders of people counted by a partitive.

"Pakistan on Thursday demanded consular access to 14 of its citizens arrested in Bahrain": the
holder slot (clauses, "the release of two French citizens held in Iran") read the participle on
the people of the release or of the access, not on the people a number is of, so the demand
found only "its" (the demander's own state) and coded nothing. The people under a count's
of-phrase are read too: a number, or a count word of rules.yaml people_counts ("some",
"dozens", "hundreds").

Near miss: the count with no holding participle names no holder.

Since review480 (session 69, PA69) the participle itself codes the holding by the place's state
("arrested in Bahrain": BHR>PAK 17), as the finite passive does and as set 102 codes it.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "ISLAMABAD (AP) --",
        "Pakistan on Thursday demanded consular access to 14 of its citizens arrested in Bahrain.",
        "PAK>BHR:10 BHR>PAK:17",
    ),
    (
        "NEW DELHI",
        "India called for the release of three of its nationals detained in Qatar.",
        "IND>QAT:02",
    ),
    ("ACCRA", "Ghana demanded access to two of its nationals who are held in Togo.", "GHA>TGO:10"),
    (
        "MANILA",
        "The Philippines demanded consular access to dozens of its workers detained in Kuwait on "
        "Monday.",
        "PHL>KWT:10",
    ),
]
# ... a count with no holding participle names no holder
NONE: list[NearMiss] = [
    ("ISLAMABAD", "Pakistan demanded consular access to 14 of its citizens on Thursday."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review431_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review431_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
