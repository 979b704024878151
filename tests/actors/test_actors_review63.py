"""Review 63 (session 33, helper S41): a person stated with no state who names "her
Indonesian counterpart" is no official of the dateline's state.

"JAKARTA -- Malaysia welcomed the decision. Foreign Minister Aisha Rahman said she had spoken by
phone with her Indonesian counterpart": a titled person with no state took the dateline's
(Indonesia), so the call was Indonesia's with itself and lost. Resolver._home_counterpart: one
whose own sentence, after the person and with no other person between, names "his" or "her"
counterpart of the dateline's state is of another state (the one the sentence before has as
its subject, as for an official who acts on the dateline's state). A counterpart named before
another person ("X was received by his Egyptian counterpart, and later met President Y") is
X's, and Y keeps the dateline's state. Every sentence was written for this file; each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import (  # noqa: E402
    Case,
    Gap,
    NearMiss,
    audit_bodies,
    audit_params,
    code_audit,
    matches,
)

CASES: list[Case] = [
    (
        "JAKARTA",
        "Malaysia welcomed the decision. Foreign Minister Aisha Rahman said she had spoken by "
        "phone with her Indonesian counterpart on Tuesday.",
        "MYS>IDN:04",
    ),
    (
        "NAIROBI",
        "Uganda protested on Monday. Foreign Minister John Okello said he had met his Kenyan "
        "counterpart and urged Nairobi to reopen the border.",
        "UGA>KEN:04 UGA>KEN:02",
    ),
    # the counterpart is the visitor's, named before the president: the president is Egypt's
    (
        "CAIRO",
        "India's foreign minister arrived in Cairo on Sunday. Minister Arun Das was received at "
        "the airport by his Egyptian counterpart, and later met President Karim Nassar at the "
        "palace.",
        "IND>EGY:04 EGY>IND:04 IND>EGY:04",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, GAPS)


def test_actors_review63_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_actors_review63_home_counterpart(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events (none for a near-miss)."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
