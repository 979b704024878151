"""Vocabulary 131 (session 65, N65): heavy machines given; a tunnel funded between two states.

"Slovakia handed four armoured demining machines to Cambodia": machines, machinery,
bulldozers and excavators given to a state are aid goods as vehicles are (v.provide_aid's
objects). "will finance a road tunnel between Albania and North Macedonia": a tunnel, canal or
interconnector funded in or between states is a project funded as a line or a bridge is
(v.finance_in's objects); the states the between-phrase names are the receivers. "link" was
tried and left out (a gap below).

Near misses: machines handed to one's own army; machines sold to a firm; a link between one's
own cities, or in a region named by no state (no object now, and none with it either).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "PHNOM PENH",
        "Slovakia handed four armoured demining machines to Cambodia on Thursday.",
        "SVK>KHM:07",
    ),
    ("KYIV", "Germany sent 20 excavators and two bulldozers to Ukraine.", "DEU>UKR:07"),
    (
        "TIRANA",
        "Italy will finance a road tunnel between Albania and North Macedonia.",
        "ITA>ALB:03 ITA>MKD:03",
    ),
]
NONE: list[NearMiss] = [
    ("PHNOM PENH", "Slovakia handed four demining machines to its own army."),
    ("BERLIN", "Germany sold 20 excavators to a Ukrainian firm."),
    ("OSLO", "Norway will build a rail link between its two largest cities."),
    ("ROME", "Italy will finance a new road link in Sicily."),
]
GAPS: list[Gap] = [
    (
        "CHISINAU",
        "Ukraine and Moldova opened a bridge on Monday. The European Commission said it would "
        "also fund a rail link between the two countries.",
        "UKR>MDA:06 MDA>UKR:06 EU>UKR:03 EU>MDA:03",
        "'link' is no object of v.finance_in: it names projects too ('the East Coast Rail "
        "Link'), and the open sets lost more than they gained with it (session 65)",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary131_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary131_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
