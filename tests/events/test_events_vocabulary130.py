"""Vocabulary 130 (session 65, N65): "in the southern city of Almaty", a place named by the
of-phrase of a place noun.

A pattern that takes a place for its target (place_target: v.open_office, v.reopen_embassy,
v.pledge's for-phrase place) read "the southern city of Almaty" as the noun "city", which names
no place; a common noun of place (rules named_place_heads: city, town, port, province, island,
...) whose of-phrase names a place now stands for that place, as a partitive head does ("from
most of Japan").

Near misses: the place noun with no of-phrase; a consulate in one's own city; a firm's branch
(no state's act).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("KABUL", "Afghanistan will open a consulate in the southern city of Almaty.", "AFG>KAZ:03"),
    ("ANKARA", "Turkey will open a consulate in the northern city of Erbil.", "TUR>IRQ:03"),
    # closed from test_events_silent18's and test_events_clauses24's gaps
    (
        "KABUL, AFGHANISTAN",
        "Afghanistan opened a consulate in the southern city of Almaty on Monday.",
        "AFG>KAZ:05",
    ),
    (
        "ASTANA",
        "Kabul will open a consulate in the southern city of Almaty by the summer.",
        "AFG>KAZ:03",
    ),
    (
        "TOKYO",
        "Japan pledged $30 million for a desalination plant on the island of Funafuti.",
        "JPN>TUV:03",
    ),
]
NONE: list[NearMiss] = [
    ("KABUL", "Afghanistan will open a consulate in the city."),
    ("ASTANA", "Kazakhstan will open a consulate in the southern city of Almaty."),
    ("ANKARA", "A Turkish bank will open a branch in the city of Erbil."),
    ("TOKYO", "Japan pledged $30 million for a desalination plant on the island."),
]
GAPS: list[Gap] = [
    (
        "AMMAN",
        "Jordan will supply 200 megawatts of electricity to the western province of Anbar.",
        "JOR>IRQ:03",
        "v.supply_energy takes no place target: a province names no state there, with or "
        "without the of-phrase ('to Anbar province' codes nothing either)",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary130_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary130_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
