"""Coordination 23 (session 30, TWO3): a pledge joined after an act names that act's partner.

"Japan praised Ghana's reforms and said Tokyo would help rebuild the coastal highway": a pledge
(root 03 once told with will/would and announced by its own source) whose slots name no one was
dropped (no target); joined after its source's own act of rules pledged_after_roots (05) naming
one state in the sentence, it is made to that state (extract: context "pledge", the refusal
helper reactions._joined_after_partner with pledge_roots / pledged_after_roots). Kept out: a pledge
naming its own target, a third state's pledge, a pledge kept at home ("its own roads"), one
after a hostile act or after an act naming two states, a pledge on a condition or only possible
("might", "could ... if"), and a pledge with no act before it. Each row is (dateline, body,
expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "ACCRA",
        "Japan praised Ghana's reforms and said Tokyo would help rebuild the coastal highway.",
        "JPN>GHA:05 JPN>GHA:03",
    ),
    (
        "ACCRA",
        'Japan\'s prime minister praised Ghana as "a trusted friend" and said Tokyo would also '
        "help rebuild the coastal highway, which storms damaged last year.",
        "JPN>GHA:05 JPN>GHA:03",
    ),
    (
        "VILNIUS",
        "Poland praised Lithuania's reforms and said Warsaw would send engineers to rebuild the "
        "old bridge.",
        "POL>LTU:05 POL>LTU:03",
    ),
    (
        "HANOI",
        "Australia welcomed Vietnam's decision and said it would send engineers to rebuild the "
        "bridges.",
        "AUS>VNM:05 AUS>VNM:03",
    ),
    # its own target named: that one, as before
    (
        "HANOI",
        "Australia welcomed Vietnam's decision and said it would help Laos rebuild its bridges.",
        "AUS>VNM:05 AUS>LAO:03",
    ),
    # near-misses: at home, a third state's pledge, after a hostile act, after two states, on a
    # condition, only possible
    (
        "HANOI",
        "Australia welcomed Vietnam's decision and said it would train its own border guards.",
        "AUS>VNM:05",
    ),
    (
        "HANOI",
        "Australia welcomed Vietnam's decision and said it would help rebuild its own roads.",
        "AUS>VNM:05",
    ),
    (
        "HANOI",
        "Australia welcomed Vietnam's decision and said it would help its farmers.",
        "AUS>VNM:05",
    ),
    (
        "HANOI",
        "Australia welcomed Vietnam's decision, and Laos said it would help rebuild the bridges.",
        "AUS>VNM:05",
    ),
    (
        "HANOI",
        "Australia welcomed Vietnam's decision and said Vietnam would help rebuild the bridges.",
        "AUS>VNM:05",
    ),
    (
        "HANOI",
        "Australia condemned Vietnam's decision and said it would help rebuild the bridges.",
        "AUS>VNM:11",
    ),
    (
        "HANOI",
        "Australia accused Vietnam of negligence and said it would help rebuild the bridges.",
        "AUS>VNM:11",
    ),
    (
        "HANOI",
        "Australia praised Vietnam and Cambodia and said it would help rebuild the bridges.",
        "AUS>VNM:05 AUS>KHM:05",
    ),
    (
        "HANOI",
        "Australia welcomed Vietnam's decision and said it would help rebuild the bridges if the "
        "rains stopped.",
        "AUS>VNM:05",
    ),
    (
        "HANOI",
        "Australia welcomed Vietnam's decision and said it might help rebuild the bridges.",
        "AUS>VNM:05",
    ),
    (
        "HANOI",
        "Australia welcomed Vietnam's decision and said it could help rebuild the bridges if "
        "asked.",
        "AUS>VNM:05",
    ),
]

NONE: list[NearMiss] = [("HANOI", "Australia said it would help rebuild the bridges.")]
GAPS: list[Gap] = [
    (
        "HANOI",
        "Australia visited Vietnam and said it would help rebuild the bridges.",
        "AUS>VNM:04 AUS>VNM:03",
        "a visit (04) is not in pledged_after_roots: only a friendly 05 act was checked against "
        "the development sets",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_coord23_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_coord23_pledges(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
