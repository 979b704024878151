"""Vocabulary 129 (session 65, N65): border officers placed in a capital; a turned-back convoy.

"immigration officers in Port of Spain refused entry to 31 Jamaican travelers": a role noun of
several words placed in a capital ("immigration officers", "customs officers", "border
officials") is that state's, as a one-word placed role is ("diplomats in Kabul"); roles.yaml
lists them under `placed` (several-word entries there were never read before) and under COP.
"turned back a convoy of 60 Jordanian aid trucks bound for Gaza": a group of craft (rules
craft_group_nouns) that names no state of its own is its craft's, read from the of-phrase's
modifiers (obj_mod; never a place further down the phrase).

Near misses: officers placed in their own state's capital; officers placed nowhere ("at the
airport"); a convoy whose of-phrase names no state; migrants turned back (nobody's envoys).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # a several-word placed role in a capital is the capital's state's
    (
        "KINGSTON",
        "Immigration officers in Port of Spain refused entry to 31 Jamaican travelers on Monday.",
        "TTO>JAM:16",
    ),
    ("BISHKEK", "Customs officers in Astana seized 40 Kyrgyz trucks on Friday.", "KAZ>KGZ:17"),
    (
        "MANILA",
        "Immigration officials in Beijing detained two Filipino journalists on Tuesday.",
        "CHN>PHL:17",
    ),
    (
        "BEIRUT",
        "Border officials in Damascus turned away a Lebanese delegation on Sunday.",
        "SYR>LBN:12",
    ),
    # a convoy turned back is its of-phrase's state's
    (
        "AMMAN",
        "Israeli authorities turned back a convoy of 60 Jordanian aid trucks bound for Gaza.",
        "ISR>JOR:12",
    ),
    (
        "ATHENS",
        "Bulgaria turned back a convoy of Greek trucks at the border on Monday.",
        "BGR>GRC:12",
    ),
]
NONE: list[NearMiss] = [
    # officers in their own capital, officers placed nowhere
    ("KINGSTON", "Immigration officers in Kingston refused entry to 31 Jamaican travelers."),
    ("NAIROBI", "Immigration officers at the airport detained two Ugandan journalists."),
    ("MANILA", "Business leaders in Beijing criticized two Filipino journalists."),
    # a convoy of no state's, migrants from a state
    ("AMMAN", "Israel turned back a convoy of trucks at the bridge."),
    ("ATHENS", "Bulgaria turned back a convoy of migrants from Greece."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary129_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary129_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
