"""Said 25 (session 48, P19): another state's call heeded or refused, its good faith doubted.

- A call, appeal or pressure given in to ("Uganda heeded Tanzania's call to reopen the
  crossing", "bowed to pressure from Paris") is a yielding (v.heed_call, 080), as a demand
  met is (v.accede); only verbs of giving in (a call "answered" or "given" may be a phone
  call), never negated (v.not_bow_to refuses).
- A request, demand or proposal not agreed to is refused (v.not_agree_to_request, 120; 127
  for a plan or proposal): "Zambia did not agree to Zimbabwe's request". A request still
  pending ("has not yet agreed") is none.
- Doubt cast on another state's good faith ("cast doubt on Malawi's commitment to the
  treaty", "raised doubts about Hanoi's sincerity") is disapproval (v.cast_doubt, 111), as
  v.question_good_faith reads "questioned ...'s commitment"; doubt about a forecast or a plan
  blames no one.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # yielding to a call or to pressure
    ("KAMPALA", "Uganda heeded Tanzania's call to reopen the border crossing at Mutukula on Monday.", "UGA>TZA:08"),
    ("KIGALI", "Rwanda bowed to pressure from Paris and released the two journalists.", "RWA>FRA:08"),
    ("ASUNCION", "Paraguay caved in to pressure from Brazil over the dam tariff.", "PRY>BRA:08"),
    ("DHAKA", "Bangladesh heeded an appeal from the United Nations to keep the camps open.", "BGD>UN:08 UN>BGD:02|10"),  # the appeal made, too
    # a request not agreed to
    ("LUSAKA", "Zambia did not agree to Zimbabwe's request for more electricity imports.", "ZMB>ZWE:12"),
    ("SANTIAGO", "Chile would not agree to Bolivia's proposal for a sovereign corridor.", "CHL>BOL:12"),
    # good faith doubted
    ("MAPUTO", "Mozambique cast doubt on Malawi's commitment to the river treaty.", "MOZ>MWI:11"),
    ("PHNOM PENH", "Cambodia raised doubts about Vietnam's sincerity in the border talks.", "KHM>VNM:11"),
]

NEAR_MISSES: list[NearMiss] = [
    # no call given in to: negated, one's own side's, a bow of greeting
    ("KAMPALA", "Uganda did not heed Tanzania's call to reopen the crossing."),
    ("KAMPALA", "Uganda heeded the call of its own parliament to cut fuel taxes."),
    ("TOKYO", "The Japanese prime minister bowed to the crowd in Osaka."),
    # a request still pending
    ("LUSAKA", "Zambia has not yet agreed to Zimbabwe's request for more electricity imports."),
    # doubt about a thing, or by private persons
    ("LIMA", "Peru cast doubt on the growth forecast for next year."),
    ("LIMA", "Analysts cast doubt on Chile's commitment to the trade pact."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_said25_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_said25_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
