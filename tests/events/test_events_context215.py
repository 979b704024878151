"""Context 215 (session 69, TC69): givers listed in one sentence are no recipients of each
other's gift, whatever they give (`reactions._sum_givers`).

"The European Union pledged 3 million euros for the response, and the United States said it
would send a team of doctors": the United States' gift found Congo (the EU, an IGO, is no
recipient), but the EU's found two states in reach, Congo and the United States, and gave
nothing: only a giver of a sum of money counted as a fellow donor. Now the giver of any other
gift of aid the sentence tells (gift_codes: a team, tents, doctors) counts too.

Near misses: a state in the sentence that asks rather than gives ("Uganda asked for help too");
a fellow giver whose own gift names another state ("sent a medical team to Uganda": Uganda may
be whom the pledge is for).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "KINSHASA",
        "An outbreak of cholera has killed 80 people in eastern Congo, the health ministry "
        "said. The European Union pledged 3 million euros for the response, and the United "
        "States said it would send a team of doctors.",
        "EU>COD:03 USA>COD:03",
    ),
    (
        "KINSHASA",
        "An outbreak of cholera has killed 80 people in eastern Congo, the health ministry "
        "said. The European Union pledged 3 million euros for the response, and the United "
        "States sent a team of doctors.",
        "EU>COD:03 USA>COD:07",
    ),
    (
        "NAIROBI",
        "Floods have displaced 40,000 people in Kenya, the Red Cross said. Britain pledged 2 "
        "million pounds for the relief effort, and Japan said it would send a medical team.",
        "GBR>KEN:03 JPN>KEN:03",
    ),
]
NONE_AFTER: list[Case] = [
    (
        "NAIROBI",
        "Floods have displaced 40,000 people in Kenya, the Red Cross said. Britain pledged 2 "
        "million pounds for the relief effort, and Japan sent a medical team to Uganda.",
        "JPN>UGA:07",
    ),
]
NONE: list[NearMiss] = [
    (
        "NAIROBI",
        "Floods have displaced 40,000 people in Kenya, the Red Cross said. Britain pledged 2 "
        "million pounds for the relief effort, and Uganda asked for help too.",
    ),
]
GAPS: list[Gap] = []

ALL: list[Case] = CASES + NONE_AFTER


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(ALL, NONE, GAPS)


def test_events_context215_bodies_are_unique() -> None:
    bodies = audit_bodies(ALL, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(ALL, NONE, GAPS, strict=True)
)
def test_events_context215_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
