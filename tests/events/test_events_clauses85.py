"""Clauses 85 (session 63, V63): an aid cut decided by the state a protest is aimed at.

"summoned Sweden's envoy to protest Stockholm's decision to suspend aid": an aid cut that
names no receiver, decided (a state decision noun: decision, move) by the one state the
protest is aimed at, was done to the protester (162, v.halt_aid in rules
protested_party_patterns; nominals._protested_decision finds the protest through the
decision noun, as _answering_protest does through an after-clause: "summoned Japan's envoy
after Tokyo suspended aid"). "suspend aid" is no state shut out of a body: aid words are
unless_objects of v.suspend_member, so v.halt_aid reads it.

A decision by a third state, a plan (no decision taken), a summons for talks and a decision
told with no protest code no cut on the protester.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest
from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "BAMAKO",
        "Mali summoned France's ambassador to protest Paris's decision to halt development aid.",
        "MLI>FRA:11 FRA>MLI:16",
    ),
    (
        "KATHMANDU",
        "Nepal summoned Norway's envoy to protest Oslo's decision to suspend its aid.",
        "NPL>NOR:11 NOR>NPL:16",
    ),
    (
        "LUSAKA",
        "Zambia summoned Denmark's envoy to protest Copenhagen's move to freeze aid.",
        "ZMB>DNK:11 DNK>ZMB:16",
    ),
    ("VIENTIANE", "Laos summoned Japan's envoy after Tokyo suspended aid.", "LAO>JPN:11 JPN>LAO:16"),
    # a third state's decision: protested, but not done by the one summoned
    (
        "ACCRA",
        "Ghana summoned Britain's envoy to protest Norway's decision to cut aid.",
        "GHA>GBR:11 GHA>NOR:11",
    ),
    # a plan is no decision taken; a summons to discuss protests nothing
    (
        "ACCRA",
        "Ghana summoned Britain's envoy to protest London's plan to cut aid.",
        "GHA>GBR:11",
    ),
    (
        "ACCRA",
        "Ghana summoned Britain's envoy to discuss London's decision to cut aid.",
        "GHA>GBR:11",
    ),
    # aid with its receiver named, and a body shutting a state out, as before
    ("STOCKHOLM", "Sweden suspended aid to Bolivia on Monday.", "SWE>BOL:16"),
    ("ADDIS ABABA", "The African Union suspended Gabon from all its activities.", "AU>GAB:16"),
]
NONE: list[NearMiss] = [
    ("STOCKHOLM", "Sweden announced a decision to suspend aid."),
    ("MANAGUA", "Officials discussed Stockholm's decision to suspend aid."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses85_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses85_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
