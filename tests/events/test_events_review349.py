"""Review 349 (session 65, P65): posts and troops evacuated from another state's ground.

"Syria will evacuate its outposts in Lebanon": v.withdraw_troops read troops
withdrawn, pulled out or recalled, but "evacuate" was only a rescue (v.evacuate_from, 073) or
an embassy emptied (v.recall_envoy), so settlements, bases and troops evacuated coded nothing.
v.evacuate_posts codes posts held on another state's ground given up (settlement, outpost,
base, garrison) as a military retreat (0874) at the state the place is in, and
v.withdraw_troops now reads "evacuated its troops from". As for a withdrawal, an announced
evacuation is intent (03, 0356).

Near misses: the wounded or a state's own citizens brought out (v.evacuate_from and
v.evacuate_nationals leave a state's own people out); troops pulled back within their own
state; an embassy emptied (no troops); a seat vacated.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# posts or troops evacuated from another state's ground: 0874 (root 08), announced 03
CASES: list[Case] = [
    (
        "JERUSALEM",
        "Israel evacuated its settlements in Gaza on Monday.",
        "ISR>PSE:08",
    ),
    (
        "NIAMEY",
        "The United States evacuated its last base in Niger on Friday.",
        "USA>NER:08",
    ),
    (
        "MOSCOW",
        "Russia evacuated its troops from Syria.",
        "RUS>SYR:08",
    ),
    (
        "BEIRUT",
        "Syria will evacuate its outposts in Lebanon by the end of June.",
        "SYR>LBN:03",
    ),
    # a rescue stays v.evacuate_from's aid
    (
        "DAMASCUS",
        "U.N. helicopters evacuated the wounded from a besieged Syrian town.",
        "UN>SYR:07",
    ),
]
# ... not a state's own troops at home, its own citizens, an embassy or a seat
NONE: list[NearMiss] = [
    ("KYIV", "Ukraine evacuated its troops from Avdiivka."),
    ("BAMAKO", "France evacuated its citizens from Mali."),
    ("KYIV", "The United States evacuated its embassy in Kyiv."),
    ("LONDON", "The minister vacated his seat in parliament."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review349_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review349_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
