"""Roots 42 (session 39, ROOT): people forcibly sent back, or sent back to the state they
fled, are deported (17), no captives freed (08).

v.release read every person "returned" to a state as a release (084; 0841 for citizens and
the like). People sent back against their will ("forcibly returned 80 North Koreans") or back
to the state they fled ("Uzbeks who had fled across the border", "North Korean escapees") are
deported (174, as v.deport and v.send_back_migrants code), as sets 19 and 54 code such
returns (17 or 06, never 08); v.hand_over's shared refinement (&hand_over_refine: "sent 40
Uyghurs back", "handed over nationals who had fled") reads them so too, after its suspects. The refinement reads the trigger's own words (forcibly,
forcible, flee, escapee, defector) before the 0841 one, so prisoners, sailors and children
handed back stay a release. Every sentence was written for this file; each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

DEPORTED: list[Case] = [
    (
        "BEIJING",
        "China has forcibly returned about 80 North Koreans who fled their country.",
        "CHN>PRK:17",
    ),
    (
        "BANGKOK",
        "Thailand forcibly returned 40 Cambodian nationals to Cambodia on Monday.",
        "THA>KHM:17",
    ),
    (
        "TASHKENT",
        "Kazakhstan returned 12 Uzbeks who had fled across the border to Uzbekistan.",
        "KAZ>UZB:17",
    ),
    (
        "BEIJING",
        "Beijing returned five North Korean escapees to Pyongyang last month.",
        "CHN>PRK:17",
    ),
]

# the same refinement read by v.hand_over and the patterns sharing its &hand_over_refine
SENT_BACK: list[Case] = [
    ("BANGKOK", "Thailand forcibly sent 40 Uyghurs back to China on Thursday.", "THA>CHN:17"),
    ("BEIJING", "China sent back 30 North Korean defectors to North Korea.", "CHN>PRK:17"),
    (
        "VIENTIANE",
        "Laos handed over 15 Vietnamese nationals who had fled to Vietnam on Friday.",
        "LAO>VNM:17",
    ),
    ("KYIV", "Russia handed over 50 Ukrainian prisoners of war on Monday.", "RUS>UKR:08"),
]

# held people, crews and children handed back stay a release
RELEASED: list[Case] = [
    ("KYIV", "Russia returned 30 Ukrainian prisoners of war on Sunday.", "RUS>UKR:08"),
    ("TEHRAN", "Iran returned three British sailors to Britain on Friday.", "IRN>GBR:08"),
    ("CANBERRA", "Australia returned 20 Indonesian fishermen to Indonesia.", "AUS>IDN:08"),
    ("MOSCOW", "Russia returned 11 Ukrainian children to Ukraine on Thursday.", "RUS>UKR:08"),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = []

CASES = DEPORTED + SENT_BACK + RELEASED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_roots42_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_roots42_returns_deported(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
