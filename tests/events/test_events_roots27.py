"""Roots 11 beside 02 (session 29, ROOT): a judgement aimed at whom the appeal after it is.

A root census of the development sets (same actors, another root) found a judgement with no
target of its own left uncoded when its source appeals to one state in a verb joined after
it: "said it was deeply disappointed and urged Lome to ...": the judgement, naming nothing
judged as its object, is aimed at the state appealed to (reactions._appeal_partner, rules
appealed_roots). A judgement of a named deed whose words name no other state is aimed
there too ("criticized the arrests and called on Togo to ...", lead's ruling). Kept as
before: an appeal to two states, or two appeals to two states after it (whose?), an appeal
by another state, an offer (no appeal root). Each row is (dateline, body, expected events of
the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "ACCRA",
        'Ghana said it was "deeply disappointed" and urged Lome to honor its obligations.',
        "GHA>TGO:02 GHA>TGO:11",
    ),
    (
        "ACCRA",
        "Ghana said it was disappointed by the decision and called on Togo to resume talks.",
        "GHA>TGO:02 GHA>TGO:11",
    ),
    (
        "ACCRA",
        "Ghana's foreign minister said he was disappointed with the result and urged Togo to "
        "respect the vote.",
        "GHA>TGO:02 GHA>TGO:11",
    ),
    # a judged deed naming no doer is the appealed state's (lead's ruling, session 29)
    (
        "ACCRA",
        "Ghana criticized the arrests and called on Togo to free the activists.",
        "GHA>TGO:02 GHA>TGO:11",
    ),
    (
        "ACCRA",
        "Ghana's foreign ministry called the raid \"a flagrant violation of Ghana's "
        'sovereignty" and urged Togo to withdraw its troops.',
        "GHA>TGO:02 GHA>TGO:11",
    ),
    # near-misses: the judgement stays uncoded
    (
        "ACCRA",
        "Ghana said it was deeply disappointed and urged Togo and Benin to resume talks.",
        "GHA>TGO:02 GHA>BEN:02",
    ),
    (
        "ACCRA",
        "Ghana condemned the border raid, urged Togo to return to talks and called on Benin to "
        "close the rebel camps.",
        "GHA>TGO:02 GHA>BEN:02",
    ),
    (
        "ACCRA",
        "Ghana said it was deeply disappointed, and Nigeria urged Togo to resume talks.",
        "NGA>TGO:02",
    ),
    (
        "ACCRA",
        "Ghana said it was deeply disappointed and offered to host talks with Togo.",
        "GHA>TGO:03",
    ),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_roots27_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_roots27_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
