"""Review 206 (session 59, O78): observers from a party invited; radar tracks shared; an
agreement in principle.

"Laos invited observers from ASEAN to inspect the dam site": a party's people invited
(observers, monitors, inspectors, experts, a delegation) are the party invited
(patterns.yaml v.invite_observers, 036), the party named under the invited noun; observers
from no party, journalists, and delegations described by an invitation told in passing
("delegations invited by the government, including ones from the AU") code nothing.

"Finland's navy shared radar tracks of the ship with Estonia": a craft's tracks are data
(v.share_intel's objects gain track, 064); a railway track shared is no data.

"Malawi asked Zambia ... Zambia's health ministry said it had received the request and agreed
in principle": an agreement in principle names no one and answers the request, proposal or
offer made of its source before (v.agree_in_principle, a reaction, 050; rules.yaml
reaction_matches principle: 02, 03, 10); after an accusation it answers nothing.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

INVITED: list[Case] = [
    (
        "VIENTIANE",
        "Laos invited observers from the Association of Southeast Asian Nations to inspect the "
        "dam site.",
        "LAO>ASEAN:03|04",
    ),
    (
        "YEREVAN",
        "Armenia invited monitors from the OSCE to visit the border villages on Friday.",
        "ARM>OSCE:03|04",
    ),
    (
        "BAKU",
        "Azerbaijan invited a delegation from Turkey to attend the opening of the pipeline.",
        "AZE>TUR:03|04",
    ),
]
TRACKS: list[Case] = [
    (
        "HELSINKI",
        "Finland's navy shared radar tracks of the ship with Estonia on Monday.",
        "FIN>EST:06",
    ),
]

PRINCIPLE: list[Case] = [
    (
        "LUSAKA",
        "Malawi formally asked Zambia on Monday to open a joint vaccination campaign. Zambia's "
        "health ministry said it had received the request and agreed in principle, but gave no "
        "date.",
        "MWI>ZMB:02 ZMB>MWI:05",
    ),
    (
        "HANOI",
        "Laos invited Vietnam to join talks on the Mekong dams. Vietnam agreed in principle on "
        "Thursday.",
        "LAO>VNM:03 VNM>LAO:05",
    ),
    # near miss: an accusation is no request agreed to
    (
        "LUSAKA",
        "Malawi accused Zambia of blocking trucks at the border. Zambia agreed in principle to "
        "reopen the crossing.",
        "MWI>ZMB:11",
    ),
]

CASES: list[Case] = INVITED + TRACKS + PRINCIPLE
NONE: list[NearMiss] = [
    ("VIENTIANE", "Laos invited observers to inspect the dam site."),
    ("VIENTIANE", "Laos invited foreign journalists to visit the dam site."),
    (
        "ADDIS ABABA",
        "The vote will go ahead with help from delegations invited by the government, "
        "including ones from the African Union.",
    ),
    ("RIGA", "Latvia and Lithuania share a railway track near the border."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review206_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review206_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
