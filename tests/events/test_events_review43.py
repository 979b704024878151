"""Review 43 (session 25, lead): a placed role led by a non-state noun is no state's.

"Diplomats in Kabul", "leaders in Asmara" stand for the state whose capital places them
(roles.yaml placed), but "opposition leaders in Bratislava", "business leaders in Nairobi"
and "rebel negotiators in Doha" are not the government seated there: a noun of roles.yaml
unplaced right before the role keeps it unplaced (resolve.find_bare_roles). Each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, NearMiss, audit_bodies, audit_params, code_audit, matches

UNPLACED: list[Case] = [
    (
        "WARSAW",
        "Poland on Monday expelled two Slovak diplomats. Opposition leaders in Bratislava "
        "criticized Poland, saying the move was rash.",
        "POL>SVK:16|17",
    ),
    (
        "ADDIS ABABA",
        "Ethiopia closed its border with Eritrea on Monday. Opposition leaders in Asmara "
        "condemned the closure, and Eritrea's government recalled its envoy.",
        "ETH>ERI:16|19 ERI>ETH:16",
    ),
]
# Placed roles with no such noun keep their state.
PLACED: list[Case] = [
    (
        "ADDIS ABABA",
        "Ethiopia closed its border with Eritrea on Monday. Leaders in Asmara condemned the "
        "closure.",
        "ETH>ERI:16|19 ERI>ETH:11",
    ),
    (
        "LIMA",
        "Senior officials in Santiago rejected Peru's claim to the islets on Tuesday.",
        "CHL>PER:12",
    ),
]
NONE: list[NearMiss] = [
    ("NAIROBI", "Business leaders in Nairobi urged Uganda to lift the ban on Kenyan milk."),
    ("KHARTOUM", "Rebel negotiators in Doha rejected Sudan's offer of a truce."),
    ("CARACAS", "Opposition leaders in Caracas thanked Colombia for its support."),
]
CASES = UNPLACED + PLACED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, [])


def test_events_review43_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, [])
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, []))
def test_events_review43_placed_roles(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
