"""Vocabulary 116 (session 58, helper V58): verbs whose object or particle the patterns did not know.

The whole cost of another state's works borne, covered or met is money given to it (071, 03
when pledged, v.bear_cost), as "pay for" is (v.pay_for); a price compared ("well below what
it pays for power from its plants") pays for nothing (v.pay_for forbids a verb that is a
preposition's complement); a peace text initialed or the terms of reference of talks signed
are an agreement signed (057, v.sign); a visit or talks put off or pushed back are called
off as "postponed" ones are (160, v.put_off_engagement); a state's diplomats, observers or
inspectors turned away are refused as its flights or ships are (120, v.turn_back). Near misses:
one's own works or a meeting's cost, a decision or a deadline put off, tourists or fishing boats
turned away.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, NearMiss, audit_bodies, audit_params, code_audit, matches

# patterns v.bear_cost, v.pay_for (forbid ^pcomp)
COST_KEPT: list[Case] = [
    ("APIA", "Australia will bear the cost of rebuilding Samoa's port.", "AUS>WSM:03"),
    (
        "TASHKENT",
        "Kazakhstan will cover the costs of the Uzbek section of the pipeline.",
        "KAZ>UZB:03",
    ),
]
COST_PRICE: list[Case] = [
    # v.pay_for: a price compared ("what it pays for"), no payment made, even after works
    # of another state paid for in the story
    (
        "MANILA",
        "Japan would cover the cost of the Philippine section of the line. Vietnam will pay"
        " 4 cents per kilowatt-hour, well below what it pays for power from its coal plants.",
        "JPN>PHL:03",
    ),
]
COST_NOT: list[NearMiss] = [
    ("APIA", "Australia will cover the cost of its own new bridge."),
    ("APIA", "Australia will bear the cost of the summit."),
    ("APIA", "Samoa will bear the cost of rebuilding its port."),
]

# patterns v.put_off_engagement
PUT_OFF_KEPT: list[Case] = [
    ("VALLETTA", "Tunisia put off a planned visit by Algerian officials.", "TUN>DZA:16"),
    ("HANOI", "Cambodia pushed back talks with Thailand.", "KHM>THA:16"),
]
PUT_OFF_NOT: list[NearMiss] = [
    ("VALLETTA", "Tunisia put off the decision until next year."),
    ("VALLETTA", "Tunisia pushed back the deadline for the tender."),
]

# patterns v.turn_back (envoys, observers)
TURNED_KEPT: list[Case] = [
    ("NAIROBI", "Ethiopia turned away Somali diplomats at the border.", "ETH>SOM:12"),
    ("NAIROBI", "Eritrea turned away Sudanese observers at the border.", "ERI>SDN:12"),
]
TURNED_NOT: list[NearMiss] = [
    ("NAIROBI", "Ethiopia turned away Somali tourists at the border."),
    ("NAIROBI", "Ethiopia turned away Somali fishing boats at the border."),
]

# patterns v.sign (text, terms)
SIGN_KEPT: list[Case] = [
    (
        "LIMA",
        "Ecuador and Colombia signed the terms of reference for the negotiations.",
        "ECU>COL:05 COL>ECU:05",
    ),
    ("BAKU", "Georgia and Armenia initialed a peace text.", "GEO>ARM:05 ARM>GEO:05"),
]
SIGN_NOT: list[NearMiss] = [
    ("LIMA", "Ecuador's president signed the text into law."),
    ("LIMA", "Ecuador and Colombia did not sign the terms of the deal."),
]

CASES: list[Case] = COST_KEPT + COST_PRICE + PUT_OFF_KEPT + TURNED_KEPT + SIGN_KEPT
NONE: list[NearMiss] = COST_NOT + PUT_OFF_NOT + TURNED_NOT + SIGN_NOT


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, [])


def test_events_vocabulary116_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, [])
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, []))
def test_events_vocabulary116_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
