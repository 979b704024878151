"""Roots 23 (session 24, builder CX): two rulings of the lead applied as general forms.

FORWARD: "called X an important step forward" is praise by naming (05 to the act's author), as
"called X a positive step" is (session 21); the parser hangs the name on the adverb as its
measure (npadvmod of "forward"), which objects._has_need now reads as the name given, as it
reads a predicate apposition. A time is no name ("called Seoul a second time"), and a name
with no deal or decision told names no one.
ASIDE: an appeal for calm by a state whose aside names a pair is made to that pair, a relative
clause set off by a comma ("Angola, which mediates between the two countries, urged calm") as
much as an apposition (reactions._aside_pair); a restrictive clause, or an aside naming no
pair, gives nothing, and another verb than an appeal keeps its own target.
Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

FORWARD: list[Case] = [
    ("CANBERRA", "Australia called Jakarta's decision a major step forward.", "AUS>IDN:05"),
    (
        "BERN",
        "Serbia and Kosovo signed an accord on Friday on a border crossing. Switzerland called "
        "the accord a significant step forward.",
        "SRB>XKX:05 XKX>SRB:05 CHE>SRB:05 CHE>XKX:05",
    ),
    ("STOCKHOLM", "Sweden called Colombia's ceasefire a real step forward.", "SWE>COL:05"),
]

FORWARD_NONE: list[NearMiss] = [
    # no act told: nothing praised
    ("OSLO", "Norway called the talks a step forward."),
    # a step back is no praise
    ("OTTAWA", "Canada called Mexico's decision a step backward."),
]

ASIDE: list[Case] = [
    (
        "VIENTIANE",
        "Thailand accused Cambodia of moving troops to the border. Cambodia denied it. Laos, "
        "which borders both countries, urged calm.",
        "THA>KHM:11 KHM>THA:12 LAO>THA:02 LAO>KHM:02",
    ),
    (
        "NAIROBI",
        "Ethiopia and Eritrea traded accusations over the border on Monday. Kenya, which "
        "mediated between the two neighbors in 2018, urged restraint.",
        "ETH>ERI:11 ERI>ETH:11 KEN>ETH:04 KEN>ERI:04 KEN>ETH:02 KEN>ERI:02",
    ),
    # an aside naming no pair, a restrictive clause: no addressees
    (
        "VIENTIANE",
        "Thailand accused Cambodia of sending troops to the border. Cambodia denied it. Laos, "
        "which is a member of ASEAN, urged calm.",
        "THA>KHM:11 KHM>THA:12",
    ),
    (
        "VIENTIANE",
        "Thailand accused Cambodia of massing troops at the border. Cambodia denied it. The "
        "country which mediates between the two urged calm.",
        "THA>KHM:11 KHM>THA:12",
    ),
]

GAPS: list[Gap] = []
CASES = FORWARD + ASIDE
NONE = FORWARD_NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_roots23_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_roots23_codes(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
