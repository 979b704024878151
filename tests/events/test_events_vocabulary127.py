"""Vocabulary 127 (session 63, V63): drills ended or taken up again were held together.

"South Korea and the United States ended their annual summer drills": drills ended (as
planned), concluded, finished or resumed were held between the parties as "completed" and
"wrapped up" drills are (062, v.joint_drill, coordinated subjects both ways, a with-phrase
one way). A halt is v.suspend_joint_work's (160); a drill resumed only in a plan is intent
(03), refused when denied (12); a condition, a negation, drills near another state (v.war_games
holds those) and a dispute ended code nothing here.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest
from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "KUALA LUMPUR",
        "Malaysia and Thailand ended their annual naval exercises on Friday.",
        "MYS>THA:06 THA>MYS:06",
    ),
    (
        "SANTIAGO",
        "Chile and Argentina ended their annual summer drills on Saturday.",
        "CHL>ARG:06 ARG>CHL:06",
    ),
    ("CAIRO", "Egypt ended joint naval exercises with Saudi Arabia on Thursday.", "EGY>SAU:06"),
    (
        "CANBERRA",
        "Australia and Indonesia concluded their joint air exercises on Thursday.",
        "AUS>IDN:06 IDN>AUS:06",
    ),
    (
        "NEW DELHI",
        "India and Vietnam finished a week of joint naval exercises on Sunday.",
        "IND>VNM:06 VNM>IND:06",
    ),
    (
        "ATHENS",
        "Greece and Cyprus resumed joint military drills on Monday after a two-year pause.",
        "GRC>CYP:06 CYP>GRC:06",
    ),
    (
        "MANILA",
        "Japan and the Philippines ended their annual drills on Friday.",
        "JPN>PHL:06 PHL>JPN:06",
    ),
    (
        "BANDAR SERI BEGAWAN",
        "Brunei and Indonesia concluded joint air drills over the Timor Sea on Thursday.",
        "BRN>IDN:06 IDN>BRN:06",
    ),
    # only planned: intent (03); denied: refusal (12), as for "hold"
    ("RABAT", "Morocco said it would resume joint drills with Senegal next month.", "MAR>SEN:03"),
    ("RABAT", "Morocco said it would not resume joint drills with Mauritania.", "MAR>MRT:12"),
]
NONE: list[NearMiss] = [
    ("MANILA", "The Philippines and Japan did not resume joint drills this year."),
    ("TAIPEI", "China ended its drills around the island on Saturday."),
    ("VILNIUS", "Lithuania and Poland ended their dispute over the pipeline."),
    (
        "SEOUL",
        "If Mongolia and Kazakhstan resumed joint drills, the region would be calmer.",
    ),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary127_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary127_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
