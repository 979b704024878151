"""Roots 32 (session 32, helper ROOTX): the right pair coded at the wrong root.

A joint body that only meets to talk ("set up a strategic partnership council", "a forum of
foreign ministers") is diplomatic cooperation (05), not the material cooperation (06) of a
joint commission, command or fund (v.establish_joint's refine: a defense or trade council
still does material work). A coordination with no object ("Warsaw is coordinating closely with
Vilnius") coordinates what the states do, material cooperation (06, v.coordinate_with); a
thing coordinated ("coordinated its response with France") stays diplomatic (05). Each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # a talking body: 05 both ways
    (
        "NAIROBI",
        "Kenya and Tanzania set up a strategic partnership council in 2021 that meets every year.",
        "KEN>TZA:05 TZA>KEN:05",
    ),
    (
        "LIMA",
        "Peru and Bolivia created a forum of their foreign ministers last March.",
        "PER>BOL:05 BOL>PER:05",
    ),
    # planned: intent (03) as before
    (
        "HANOI",
        "Vietnam and Laos agreed on Monday to set up a strategic partnership council.",
        "VNM>LAO:03 LAO>VNM:03",
    ),
    # near misses in kind: bodies that do material work stay 06
    (
        "NAIROBI",
        "Kenya and Uganda set up a joint defense council in 2020.",
        "KEN>UGA:06 UGA>KEN:06",
    ),
    (
        "ACCRA",
        "Ghana and Togo set up a joint border commission last year.",
        "GHA>TGO:06 TGO>GHA:06",
    ),
    (
        "ASUNCION",
        "Paraguay set up a trade council with Uruguay in 2019.",
        "PRY>URY:06",
    ),
]

CASES += [
    (
        "WARSAW",
        "Poland said it was closely coordinating with Lithuania and Latvia.",
        "POL>LTU:06 POL>LVA:06",
    ),
    (
        "SANTIAGO",
        "Chile is coordinating with Argentina on the rescue, the ministry said.",
        "CHL>ARG:06",
    ),
    # planned: intent
    ("TALLINN", "Estonia and Finland agreed to coordinate closely.", "EST>FIN:03 FIN>EST:03"),
    # near miss in kind: a position or response coordinated stays diplomatic
    ("BERLIN", "Austria coordinated its response with Hungary.", "AUT>HUN:05"),
]

NONE: list[NearMiss] = [
    # a council of one state's own names no partner
    ("LIMA", "Peru set up a national security council last year."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_roots32_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_roots32_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
