"""Review 211 (session 60, O90): a staff mission to a state; aid frozen for works placed in a
state.

"reached a staff-level agreement with Ghana after a three-week mission to Accra", "An IMF team
wrapped up a two-week mission to Lusaka": a body's staff mission to a state is a visit (042;
patterns.yaml n.mission_visit, v.pay_mission), the state's capital or name after "to"; a
standing mission to a body ("Russia's permanent mission to the United Nations"), an armed or
training mission, a planned one and a mission to no state code nothing.

"The World Bank froze payments for a $200 million dam project in northern Kenya": an aid cut
naming no one holds the aid from the one state the works it paid for are placed in (rules.yaml
withheld_aid_codes, reactions._placed_recipient); a venue ("for a conference in Nairobi") and
the payer's own works are none, and a sum withheld from a state named is read as before.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

MISSIONS: list[Case] = [
    (
        "ACCRA",
        "The International Monetary Fund said on Friday it had reached a staff-level agreement "
        "with Ghana after a three-week mission to Accra.",
        "IMF>GHA:05 IMF>GHA:04",
    ),
    (
        "LUSAKA",
        "An IMF team wrapped up a two-week mission to Lusaka on Wednesday, the fund said.",
        "IMF>ZMB:04",
    ),
    (
        "COLOMBO",
        "The World Bank's mission to Colombo ended on Tuesday with a pledge of new loans.",
        "WB>LKA:04",
    ),
]
WITHHELD: list[Case] = [
    (
        "NAIROBI",
        "The World Bank on Tuesday froze payments for a $200 million dam project in northern "
        "Kenya, saying families had been moved without compensation.",
        "WB>KEN:16",
    ),
    (
        "DODOMA",
        "The World Bank suspended funding for a $90 million railway project in Tanzania on "
        "Monday.",
        "WB>TZA:16",
    ),
    # a sum withheld from a state named still reads as before (v.withhold_aid)
    (
        "TOKYO",
        "Japan said on Friday it would withhold 5 billion yen in budget support from Laos after "
        "Vientiane signed a rail deal with China.",
        "JPN>LAO:16 LAO>CHN:05",
    ),
]
CASES: list[Case] = MISSIONS + WITHHELD
NONE: list[NearMiss] = [
    ("NEW YORK", "Russia's permanent mission to the United Nations said the vote was illegal."),
    ("NEW YORK", "India launched a mission to Mars on Tuesday."),
    ("LUSAKA", "The IMF plans a mission to Zambia in June."),
    ("NAIROBI", "Kenya's mission to the African Union said it backed the plan."),
    ("NAIROBI", "The World Bank froze payments for a conference in Nairobi."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review211_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review211_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
