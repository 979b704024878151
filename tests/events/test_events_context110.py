"""Context 110 (session 48, P17): a visit that names its own place is not made to the
dateline's state.

- n.visit's dateline slot gives a visit told as the frame of the news ("said during a visit
  by Japan's minister") the dateline's state as the place visited. A visit whose noun names
  where it went ("said during a visit to the southern province of Syunik", "during a trip to
  the north") went there: when that place is no state (the to-slot found none), the
  dateline's state is not it (nominals, the dateline slot's placed check). A frame visit
  with no place still takes the dateline.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # a frame visit with no place still takes the dateline's state
    (
        "TBILISI",
        "The agreement was announced during a visit by Armenia's foreign minister, officials said.",
        "ARM>GEO:04",
    ),
    # a time phrase names no place
    (
        "HANOI",
        "The deals, sealed during the first state visit by a Laotian leader in nine years, open "
        "two border crossings.",
        "LAO>VNM:04",
    ),
    # a visit to a named state codes as before
    ("TBILISI", "The Armenian foreign minister spoke during a visit to Georgia.", "ARM>GEO:04"),
]

NEAR_MISSES: list[NearMiss] = [
    # the visit names its own place, in the visitor's own country
    ("BAKU", '"We will not be provoked," Armenia\'s prime minister said during a visit to the southern province of Syunik.'),
    ("HANOI", "Cambodia's prime minister spoke to reporters during a trip to the northern province of Siem Reap."),
    ("ANKARA", "Greece's defence minister made the remarks during a visit to the island of Rhodes."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_context110_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_context110_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
