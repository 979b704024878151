"""Vocabulary 105 (session 56, helper O81): forms set 81's opening found, in sentences of our own.

A lender's or donor's payment approved or disbursed to a state is money given, as a tranche is
(v.approve_payment: "The IMF approved a $90 million payment to Kenya"); a payment for goods or
damages, or one merely made, is not. A state asked to do something that "did so" in the next
sentence complied: it does not return the appeal (rules complied_roots in
extract._echoed_acts), while "did the same" after an expulsion still returns it. A warning of
alerts or sirens passed on is information, no threat (v.warn's hazard words), while a warning
of consequences still threatens.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# patterns v.approve_payment
PAYMENT_KEPT: list[Case] = [
    ("NAIROBI", "The IMF on Tuesday approved a $90 million payment to Kenya.", "IMF>KEN:07"),
    ("LUSAKA", "The World Bank disbursed the second payment to Zambia on Monday.", "WB>ZMB:07"),
]
PAYMENT_NOT: list[NearMiss] = [
    ("BAGHDAD", "Iraq approved a $1 billion payment to Iran for gas imports."),
    ("WINDHOEK", "Germany approved the payment of compensation to Namibia."),
    ("BAGHDAD", "Iraq made a $1 billion payment to Iran on Monday."),
]

# rules complied_roots (extract._echoed_acts)
COMPLIED_KEPT: list[Case] = [
    (
        "HANOI",
        "Laos asked Cambodia to return the boats. Cambodia did so on Friday.",
        "LAO>KHM:02",
    ),
    (
        "OSLO",
        "Sweden urged Norway to lift the ban on fish imports. Norway did so a week later.",
        "SWE>NOR:02",
    ),
    (
        "HANOI",
        "Thailand expelled two Cambodian diplomats. Cambodia did the same on Friday.",
        "THA>KHM:16 KHM>THA:16",
    ),
]

# patterns v.warn (hazard words: alert, siren)
ALERT_KEPT: list[Case] = [
    ("RIGA", "Estonia warned Latvia of consequences if it closed the border.", "EST>LVA:13"),
    ("WARSAW", "Poland warned Belarus of a firm response to any border incursion.", "POL>BLR:13"),
]
ALERT_NOT: list[NearMiss] = [
    (
        "TALLINN",
        "Finnish port authorities will warn Estonian officials of missile alerts affecting"
        " ships with Estonian crews.",
    ),
    ("WARSAW", "Lithuania will warn Polish authorities of air raid sirens near the border."),
]

CASES: list[Case] = PAYMENT_KEPT + COMPLIED_KEPT + ALERT_KEPT
NONE: list[NearMiss] = PAYMENT_NOT + ALERT_NOT
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary105_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary105_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
