"""Review 82 (session 46, P11): whose act it is when a sentence names two states' places.

Probes of the direction of two-party acts found these forms right already; they are kept
here so that a later rule does not turn them around:

- an envoy or embassy named by nationality and posted in another state's capital acts for
  his own state ("The Nigerian envoy in Accra criticized Ghana's ...": NGA, not GHA); an
  IGO's envoy to a state acts for the IGO ("The EU's envoy to Kosovo urged Serbia");
- "officials in Hanoi" speak for Vietnam; a speaker "speaking in Tokyo" stays his own
  state's, and the dateline's city is no actor;
- a passive turned around, with or without a relative pronoun ("Burkina Faso, accused by
  Mali of ...", "Finland's president, who was hosted by Estonia"), and a possessive on the
  act noun ("Kenya's expulsion of Ugandan diplomats": KEN the expeller).

Every sentence was written for this file; each row is (dateline, body, expected events of
the whole body as "SRC>TGT:RR"); the cases run through the whole pipeline in one batch
(``audit_cases.code_audit``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import (  # noqa: E402
    Case,
    Gap,
    NearMiss,
    audit_bodies,
    audit_params,
    code_audit,
    matches,
)

CASES: list[Case] = [
    ("ABUJA", "The Nigerian envoy in Accra criticized Ghana's new trade rules.", "NGA>GHA:11"),
    (
        "KATHMANDU",
        "A spokesman for the Nepalese embassy in New Delhi criticized India's new border rules.",
        "NPL>IND:11",
    ),
    ("BRUSSELS", "The EU's envoy to Kosovo urged Serbia to resume talks.", "EU>SRB:02"),
    ("BELGRADE", "NATO's envoy in Belgrade praised Serbia's cooperation.", "NATO>SRB:05"),
    (
        "MANILA",
        "Officials in Hanoi accused Cambodia of violating the river accord.",
        "VNM>KHM:11",
    ),
    (
        "SEOUL",
        "Speaking in Tokyo, South Korea's president thanked Japan for its support.",
        "KOR>JPN:05",
    ),
    ("ACCRA", "Togo criticized Benin's new port fees on Monday.", "TGO>BEN:11"),
    (
        "DAKAR",
        "Burkina Faso, accused by Mali of harbouring militants, rejected the claim.",
        "MLI>BFA:11 BFA>MLI:12",
    ),
    (
        "TALLINN",
        "Finland's president, who was hosted by Estonia last week, praised Tallinn.",
        "EST>FIN:04 FIN>EST:05",
    ),
    ("NAIROBI", "Kenya's expulsion of Ugandan diplomats angered Kampala.", "KEN>UGA:16"),
    (
        "QUITO",
        "Colombia said its ambassador in Quito had been expelled.",
        "ECU>COL:16",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    # an envoy abroad, or officials in a capital, acting on no other state
    ("ABUJA", "The Nigerian envoy in Accra attended a football match on Sunday."),
    ("MANILA", "Officials in Hanoi said the river had flooded three villages."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_actors_review82_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_actors_review82_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
