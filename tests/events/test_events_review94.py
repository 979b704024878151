"""Review 94 (session 34, R05): coast guards in the plural; works paid for with no owner named.

"The Thai and Cambodian coast guards signed an agreement": as "coast guard" and "border guards"
are, plural coast guards named by their state act for it, each state of a joined pair its own
side (057 both ways); "Indonesian coast guards detained a Malaysian boat" is Indonesia's arrest.
Kept uncoded: coast guards of no state ("regional coast guards", "Coast guards rescued 40
people off the coast of Libya": the place is no actor of theirs).

WORKS: "Baku will pay for a second bridge" after "Azerbaijan and Georgia opened a road bridge":
a promise to pay for another's works (v.pay_for, 071; 03 while only promised) whose place names
no owner goes where a gift with no receiver goes (the preposition's object stands for the gift:
the partner of the story's works or deal). Kept uncoded: one's own works ("a new bridge over the
Rhine" with no partner told, "its own port"), a refusal to pay. Each row is (dateline, body,
expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "MANILA",
        "The Thai and Cambodian coast guards signed an agreement on Thursday to set up a hotline.",
        "THA>KHM:05 KHM>THA:05",
    ),
    (
        "JAKARTA",
        "Indonesian coast guards detained a Malaysian fishing boat near Natuna on Friday.",
        "IDN>MYS:17",
    ),
    (
        "BANGKOK",
        "The Thai coast guards held a drill with the Cambodian navy on Monday.",
        "THA>KHM:06",
    ),
]

CASES += [
    (
        "BAKU",
        "Azerbaijan and Georgia opened a road bridge over the river on Monday. Baku will pay for"
        " a second bridge for rail traffic.",
        "AZE>GEO:06 GEO>AZE:06 AZE>GEO:03",
    ),
    (
        "CANBERRA",
        "Australia and Papua New Guinea signed a defense treaty on Monday. Canberra will also pay"
        " for upgrades to the Lombrum naval base.",
        "AUS>PNG:05 PNG>AUS:05 AUS>PNG:03",
    ),
    # the deal alone: its own port, or a refusal to pay, gives no gift
    (
        "HANOI",
        "Vietnam and Laos signed a rail deal on Monday. Vietnam will pay for the upgrade of its"
        " own port at Vung Ang.",
        "VNM>LAO:05 LAO>VNM:05",
    ),
    (
        "HANOI",
        "Vietnam and Laos signed a road deal on Monday. Hanoi will not pay for the new bridge.",
        "VNM>LAO:05 LAO>VNM:05",
    ),
]

NONE: list[NearMiss] = [
    ("BERLIN", "Germany will pay for a new bridge over the Rhine."),
    ("TOKYO", "Officials said new boats would go to regional coast guards next year."),
    ("VALLETTA", "Coast guards rescued 40 people off the coast of Libya on Sunday."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review94_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review94_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
