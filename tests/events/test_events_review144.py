"""Review 144 (session 46, P8): pledges to send people or goods named by their maker.

- "promised to send more EU monitors to Mali", "vowed to deliver German tanks to Moldova",
  "offered to send more UN peacekeepers to Lebanon": a state or body named only before what
  is sent (a nationality or IGO modifier, or a name-led mention such as "UN peacekeepers") is
  its maker or master; the destination the infinitive names is the one pledged to
  (clauses xcomp_args, _named_by_modifier). With no destination named, the modifier is still
  read as before. Peacekeepers pledged or offered refine to 0334.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("PARIS", "France promised to send more EU monitors to Mali.", "FRA>MLI:03"),
    ("BERLIN", "Germany pledged to send additional NATO troops to Latvia.", "DEU>LVA:03"),
    ("MADRID", "Spain offered to send more UN peacekeepers to Lebanon.", "ESP>LBN:03"),
    ("WARSAW", "Poland vowed to deliver more German tanks to Moldova.", "POL>MDA:03"),
    ("OTTAWA", "Canada promised to send more Ukrainian grain to Ethiopia.", "CAN>ETH:03"),
    # the people sent are the destination's own: one target either way
    ("TOKYO", "Japan vowed to return the Chinese fishermen to Beijing.", "JPN>CHN:03"),
    ("ROME", "Italy promised to send Italian doctors to Tunisia.", "ITA>TUN:03"),
]

NEAR_MISSES: list[NearMiss] = []

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_review144_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_review144_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events."""
    assert matches(coded[body], expected), (body, coded[body], expected)


def test_events_review144_peacekeepers_refine() -> None:
    """An offer to send peacekeepers is an intent to provide peacekeeping (0334)."""
    from newsgraph.pipeline import process

    result = process("MADRID — Spain offered to send more UN peacekeepers to Lebanon.\n", date="2025-03-14")
    assert [(e.source, e.target, e.code) for e in result.events] == [("ESP", "LBN", "0334")]
