"""Roots 40 (session 39, helper OBJ): works and links paid for in another state.

Paying for another state's works is economic aid (v.pay_for, 071; 03 when pledged), as paying
for its port, road or hospital is: stations, plants, pipelines, power or rail lines and links,
grids and border crossings count as such works. One's own works ("a new pipeline of its own")
name no one (needs others_works); upkeep is not read: "will pay for the sites and their upkeep"
keeps up what the payer was given.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "AMMAN",
        "The United Nations will pay for two monitoring stations in Jordan.",
        "UN>JOR:03",
    ),
    ("BAGHDAD", "Kuwait will pay for a power line to Iraq.", "KWT>IRQ:03"),
    ("NDJAMENA", "Qatar paid for a new border crossing in Chad last year.", "QAT>TCD:07"),
    # the upkeep of what one was given: only the gift
    (
        "ULAANBAATAR",
        "Japan will give Mongolia two radars. Mongolia will pay for the sites and their upkeep.",
        "JPN>MNG:03",
    ),
]

NONE: list[NearMiss] = [
    # one's own works and forces
    ("ANKARA", "Turkey will pay for a new pipeline of its own."),
    ("ROME", "Italy will pay for the upkeep of its navy."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_roots40_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_roots40_roots(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
