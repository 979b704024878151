"""Context 89 (session 44, O60): consular access asked by an embassy, from a miss of the opened
set 60 (its sentences are not used here).

An office's light act with no target named is aimed at the state the office sits in only for
protests and closures (rules office_host_codes: "China's embassy in Buenos Aires lodged a
protest"). Consular access is another such act whatever its code: asked by "Peru's embassy in
Santiago", it is asked of the state that holds the detainees there (rules office_host_objects,
sides._office_hosts), and its to-phrase names the people reached, no addressee.
An embassy that names the one it asks ("asked the government in Suva for access") asks it.
Near misses: help asked of the embassy's own people, a warning to its citizens, access asked
by the state itself with no holder named (review100's gap stays).

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "LIMA",
        "Peru's embassy in Santiago had asked for consular access to the detainees on Monday.",
        "PER>CHL:02",
    ),
    (
        "LIMA",
        "The Peruvian Embassy in Santiago requested consular access to the three fishermen.",
        "PER>CHL:02",
    ),
    # as before: the one asked is named, not the embassy's host
    (
        "LIMA",
        "Peru's embassy in Canberra, which also covers Fiji, had asked the government in Suva for"
        " immediate consular access.",
        "PER>FJI:02",
    ),
]

NONE: list[NearMiss] = [
    (
        "LIMA",
        "Peru's embassy in Santiago asked for help from Peruvians living in the city.",
    ),
    (
        "LIMA",
        "The Peruvian Embassy in Santiago issued a travel warning to its citizens on Monday.",
    ),
    (
        "LIMA",
        "Peru asked for consular access to the detained fishermen.",
    ),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context89_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context89_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
