"""Review 258 (session 63, O92): a measure taken against a state refused in words.

'"Ecuador will not accept a freeze with no end date"' after a lender froze its loan, "Kenya
would not tolerate the ban" after Tanzania banned Kenyan milk: a negated accept or tolerate of a
measure noun (freeze, suspension, ban, embargo, sanction, tariff, measure, restriction,
expulsion, boycott) is a rejection (v.not_accept_measure, 120) aimed at the state named on the
measure or, with none, at whoever last acted on the source (reaction), as v.not_accept_claim
refuses another's terms.

Near misses: a measure accepted; the refused thing is no measure ("the sale of fake
medicines"); a ban that no other party took against the source.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "NAIROBI",
        "Tanzania banned imports of Kenyan milk on Tuesday. Kenya's trade minister said Kenya "
        "would not tolerate the ban.",
        "TZA>KEN:16 KEN>TZA:12",
    ),
    (
        "NAIROBI",
        "Kenya's trade minister said Kenya would not accept any new tariff from Uganda.",
        "KEN>UGA:12",
    ),
]
NONE: list[NearMiss] = [
    (
        "NAIROBI",
        "Kenya's health minister said the country would not tolerate the sale of fake "
        "medicines.",
    ),
    (
        "NAIROBI",
        "Kenya's president said Kenya would not accept a ban on plastic bags.",
    ),
    (
        "ACCRA",
        "Ghana's environment minister said Ghana accepted the ban on ivory exports.",
    ),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review258_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review258_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
