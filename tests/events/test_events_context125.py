"""Context 125 (session 57, O85): the state a mission is opened in is a party of "the two
countries".

Wire copy tells an embassy opened "in" a state and then what "the two countries" did ("Peru
opened an embassy in Ghana on Tuesday, and the two countries signed agreements on trade"):
the host is a party as the sender is (plurals._place, _mission_host, rules mission_nouns:
the phrase on the mission noun or on the verb that opens it), where a state
after "in" is otherwise only a place ("talks in Lima"). Without the mission noun the state
named after "in" stays a place, and "the two countries" finds no pair of parties there.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

HOSTED: list[Case] = [
    (
        "ACCRA",
        "Peru opened an embassy in Ghana on Tuesday, its first in West Africa, and the two "
        "countries signed agreements on trade and mining.",
        "PER>GHA:05 PER>GHA:05 GHA>PER:05",
    ),
    (
        "ACCRA",
        "Peru opened an embassy in Ghana on Tuesday. The two countries signed agreements on "
        "trade and mining.",
        "PER>GHA:05 PER>GHA:05 GHA>PER:05",
    ),
    (
        "HANOI",
        "Chile opened a consulate in Vietnam on Monday. The two countries signed a fisheries "
        "agreement.",
        "CHL>VNM:05 CHL>VNM:05 VNM>CHL:05",
    ),
]
PLACE_NOT: list[NearMiss] = [
    # a state after "in" on any other noun is a place: no pair for "the two countries"
    (
        "ACCRA",
        "Peru's trade minister gave a speech at a business forum in Ghana on Tuesday. The two "
        "countries have no direct flights.",
    ),
]

CASES: list[Case] = HOSTED
NONE: list[NearMiss] = PLACE_NOT
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context125_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context125_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
