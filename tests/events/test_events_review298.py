"""Review 298 (session 64, C64): "detained 11 Saudi citizens, accusing them of ...", an
accusation of the private people just held.

Private people (citizens, nationals, journalists: rules private_roles) are a target only of
what is done to the people themselves (private_target_roots: arrests, expulsions, aid), so
"accusing them of hunting protected birds" after "detained 11 Saudi citizens" lost its target,
where "four Kyrgyz fishermen" (read as the state's name) kept it. The open sets code such an
accusation at the people's state with the arrest (sets 7, 24, 64, 70, 74, 80, 93; optional in
65, 87, 88, 92). An accusation (rules pronoun_patient_roots) whose target is the people a
pronoun object stands for, when the verb that pronoun hangs on is an act done to those people
(its patterns' roots among private_target_roots: detained, deported, arrested), now goes to
their state as the arrest does (extract._patients_held).

Near misses: the people only met or praised, an accusation of people named by no state.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# the people just detained or deported, accused in the same sentence
CASES: list[Case] = [
    (
        "TBILISI",
        "Georgian police detained nine Iranian citizens near the Armenian border on Monday, "
        "accusing them of smuggling rare falcons.",
        "GEO>IRN:17 GEO>IRN:11",
    ),
    (
        "ASTANA",
        "Kazakhstan deported six Uzbek nationals on Friday, accusing them of working without "
        "permits.",
        "KAZ>UZB:17 KAZ>UZB:11",
    ),
    (
        "BAKU",
        "Azerbaijani police arrested two Russian journalists and accused them of filming a "
        "military base.",
        "AZE>RUS:17 AZE>RUS:11",
    ),
]
# ... not people met or praised, nor people of no state
NONE: list[NearMiss] = [
    (
        "ASTANA",
        "Kazakh officials met four Tajik businessmen on Sunday, accusing them of hoarding fuel.",
    ),
    ("ASTANA", "Kazakh officials praised three Kyrgyz students and accused them of nothing."),
    ("NAIROBI", "Kenyan police detained 14 protesters on Monday, accusing them of rioting."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review298_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, True))
def test_events_review298_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
