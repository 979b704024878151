"""Roots 11 beside 02 (session 29, ROOT2): a judged deed and an appeal to its doer.

Lead's ruling on ROOT's open question: a judgement naming a deed ("criticized the
detentions", "called the flight a gross violation") followed by an appeal of its source to one
state codes the judgement against that state too, when the deed's words name no other state
(reactions._open_judgement, _appeal_partner). Near-misses: a deed named as a third state's
("Serbia's detentions", "the Albanian raid"), an appeal to two states, an appeal by another
state. Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "LJUBLJANA",
        "Slovenia criticized the detentions and called on Zagreb to release the fishermen.",
        "SVN>HRV:02 SVN>HRV:11",
    ),
    (
        "VILNIUS",
        "Lithuania condemned the overflight and urged Minsk to respect its airspace.",
        "LTU>BLR:02 LTU>BLR:11",
    ),
    (
        "SANTIAGO",
        "Chile's foreign ministry denounced the seizure of the trawler and urged Peru to "
        "return the crew.",
        "CHL>PER:02 CHL>PER:11",
    ),
    (
        "TALLINN",
        "Estonia called the flight a gross violation of Estonian airspace and urged Moscow to "
        "stop such incursions.",
        "EST>RUS:02 EST>RUS:11",
    ),
    # near-misses: the deed is a third state's, or the appeal names two states or is another's
    (
        "LJUBLJANA",
        "Slovenia criticized Serbia's detentions and called on Zagreb to mediate.",
        "SVN>SRB:11 SVN>HRV:02",
    ),
    (
        "VILNIUS",
        "Lithuania condemned the overflight and urged Minsk and Moscow to respect its airspace.",
        "LTU>BLR:02 LTU>RUS:02",
    ),
    (
        "SANTIAGO",
        "Chile criticized the seizure of the trawler, and Argentina urged Peru to return the crew.",
        "ARG>PER:02",
    ),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_roots28_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_roots28_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
