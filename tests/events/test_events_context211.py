"""Context 211 (session 68, T68): "the soldiers" and "about 20 soldiers" name again the one
state's force named before.

"Guyana condemned an incursion by Venezuelan soldiers ... about 20 armed soldiers crossed into
Guyana": a bare force noun, with "the" or a count ("about 20", "some 300", one adjective
allowed: "20 armed soldiers"), had no actor, so the act it did or suffered lost its source or
target ("source not named" in the battery sets' blind style). As "the warship" names again the
one state's warship named before (described.find_crafts_again), "the <force>" and a count of
it (descriptions.yaml state_forces: soldiers, troops, servicemen, paratroopers, marines,
commandos; count_openers) now name again the one state's force named before with the same
noun within craft_lookback sentences, as that state's armed service.

Near misses: forces of two states named so ("Venezuelan and Brazilian troops"); forces of no
state ("Rebel soldiers"); another noun ("Pakistani troops ... 12 soldiers were killed": the
soldiers may be anyone's); a count inside a longer phrase.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "GEORGETOWN",
        "Guyana condemned an incursion by Venezuelan soldiers on Friday. The foreign minister "
        "said about 20 armed soldiers crossed into Guyana on Wednesday.",
        "GUY>VEN:11 VEN>GUY:15",
    ),
    (
        "GEORGETOWN",
        "Guyana condemned an incursion by Venezuelan soldiers on Friday. About 20 soldiers "
        "crossed the river on Wednesday and detained four Guyanese miners.",
        "GUY>VEN:11 VEN>GUY:17",
    ),
    (
        "CARACAS",
        "Venezuelan troops crossed into Guyana on Friday. The troops detained four Guyanese "
        "miners.",
        "VEN>GUY:15 VEN>GUY:17",
    ),
    (
        "LETHEM",
        "Guyana protested an incursion by Venezuelan soldiers on Friday. Guyanese police "
        "detained the soldiers.",
        "GUY>VEN:11 GUY>VEN:17",
    ),
    (
        "KINSHASA",
        "Rwandan troops crossed into Congo on Sunday. Congo's army said it had captured 15 "
        "troops.",
        "RWA>COD:15 COD>RWA:17",
    ),
    # ... not forces of two states, of no state, or told by another noun
    (
        "BOA VISTA",
        "Venezuelan and Brazilian troops held drills near the border. The troops crossed into "
        "Guyana.",
        "VEN>BRA:06 BRA>VEN:06",
    ),
]
NONE: list[NearMiss] = [
    ("BAMAKO", "Rebel soldiers attacked a town in northern Mali. The soldiers later crossed into Niger."),
    (
        "KABUL",
        "Pakistani troops shelled a village on Monday. Afghan officials said 12 soldiers were "
        "killed.",
    ),
]
GAPS: list[Gap] = [
    (
        "PORT MORESBY",
        "Papua New Guinea accused Indonesian soldiers of crossing the border. The foreign "
        "minister said about 30 soldiers entered the village of Tamora.",
        "PNG>IDN:11 IDN>PNG:15",
        "a village named by no state's place is no border crossed (v.cross_border)",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context211_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_context211_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
