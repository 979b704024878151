"""Review 157 (session 48, P17): a parse repair that closed the heads into a loop.

- nlp._reactions_read_as_roots makes the report the root when spaCy made an appended denial
  ("..., a charge Greece denies") the sentence's verb. What else the denial held before the
  comma (a while-clause: "Greece has long accused Turkey of X, while Ankara has accused
  Athens of Y, a charge Greece denies") stayed on it, under the noun now hung inside that very
  clause: a loop of heads, and the coder climbing to a root never returned (one sentence hung
  the whole batch). Those dependents now go to the report; and nlp._without_loops gives back
  the parser's own reading of any sentence a repair still leaves in a loop.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # a while-clause of counter-charges before the appended denial
    (
        "BELGRADE",
        "Serbia has accused Croatia of spying, while Zagreb has accused Belgrade of arming "
        "militias, a charge Serbia denies.",
        "SRB>HRV:11 HRV>SRB:11 SRB>HRV:12",
    ),
    # the plain appended denial still answers the accuser
    (
        "ANKARA",
        "Ankara has accused Athens of illegally pushing back boats, a charge Greece denies.",
        "TUR>GRC:11 GRC>TUR:12",
    ),
]

NEAR_MISSES: list[NearMiss] = []

# (these two hung the coder: they now end, both accusations coded, the denial not yet)
GAPS: list[Gap] = [
    (
        "ATHENS",
        "Greece has long accused Turkey of failing to stop smugglers, while Ankara has accused "
        "Athens of illegally pushing back boats, a charge Greece denies.",
        "GRC>TUR:11 TUR>GRC:11 GRC>TUR:12",
        "found by writing, not yet traced: the denial answers no accuser after this while-clause",
    ),
    (
        "LIMA",
        "Peru has accused Bolivia of sheltering smugglers, while La Paz has accused Lima of "
        "closing the border, a charge Peru rejects.",
        "PER>BOL:11 BOL>PER:11 PER>BOL:12",
        "found by writing, not yet traced: the denial answers no accuser after this while-clause",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_review157_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_review157_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
