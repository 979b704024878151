"""Coordination 22 (session 30, TWO): a refusal joined after a judgement of one state.

"Chad accused Sudan of protecting smugglers and said it would not bow to pressure": a refusal
said as a negated will (a when_negated pattern of root 12: v.not_bow_to, v.not_accept_lessons)
whose slots name no one was dropped (no target); joined after its source's own judgement
(rules refused_after_roots: 11, 12) of one state in the sentence, it refuses that state
(extract: context "refusal", reactions._joined_after_partner), and nothing else may give it a
target. Kept: a refusal naming its own state keeps it; none is coded after a praise, after a
judgement of two states, when a third state refuses, or when the will is not negated. Each row
is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "N'DJAMENA",
        "On Monday, Chad accused Sudan of protecting smugglers and said it would not bow to "
        "pressure.",
        "TCD>SDN:11 TCD>SDN:12",
    ),
    (
        "N'DJAMENA",
        'On Monday, Chad\'s foreign minister accused Sudan of "protecting smugglers" and said '
        'N\'Djamena would not accept "lectures from a former ally."',
        "TCD>SDN:11 TCD>SDN:12",
    ),
    (
        "N'DJAMENA",
        "The EU imposed sanctions on Chad. Chad's president called the sanctions \"an act of "
        'colonial aggression" and said Chad would "not accept lessons from Europe."',
        "EU>TCD:16 TCD>EU:11 TCD>EU:12",
    ),
    # its own target named: kept as before
    (
        "N'DJAMENA",
        'On Monday, Chad\'s foreign minister accused Sudan of "protecting smugglers" and said '
        "N'Djamena would not bow to pressure from Libya.",
        "TCD>SDN:11 TCD>LBY:12",
    ),
    # near-misses: a praise, two states judged, a third state's refusal, a will not negated
    (
        "N'DJAMENA",
        "On Monday, Chad praised Sudan and said N'Djamena would not bow to pressure.",
        "TCD>SDN:05",
    ),
    (
        "N'DJAMENA",
        'On Monday, Chad accused Sudan and Libya of "protecting smugglers" and said '
        "N'Djamena would not bow to pressure.",
        "TCD>SDN:11 TCD>LBY:11",
    ),
    (
        "N'DJAMENA",
        'On Monday, Chad accused Sudan of "protecting smugglers," and Niger said it would '
        "not bow to pressure.",
        "TCD>SDN:11",
    ),
    (
        "N'DJAMENA",
        'On Monday, Chad accused Sudan of "protecting smugglers" and said N\'Djamena might '
        "bow to pressure.",
        "TCD>SDN:11",
    ),
]

NONE: list[NearMiss] = [("N'DJAMENA", "Chad said N'Djamena would never bow to pressure.")]
GAPS: list[Gap] = [
    (
        "N'DJAMENA",
        'On Monday, Chad\'s foreign minister accused Sudan of "protecting smugglers" and said it '
        "would not bow to pressure.",
        "TCD>SDN:11 TCD>SDN:12",
        "'it' after a minister's judgement is not read as Chad, so the refusal has no source",
    ),
    (
        "N'DJAMENA",
        "On Monday, Chad's foreign minister said he regretted Sudan's decision but would not "
        "change the law.",
        "TCD>SDN:11 TCD>SDN:12",
        "'would not change the law' is no refusal pattern (a law of one's own kept is a refusal "
        "only beside the judgement)",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_coord22_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_coord22_refusals(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
