"""Review 145 (session 46, P9): debt relief by more time, and wanted people handed over.

- More time given to another state to repay (v.give_time_to_repay, 071): "China gave Zambia
  five more years to repay its loans", "granted Angola a two-year grace period on its loan
  repayments" ease the debt's terms as a deferral does (v.ease_repayment). The time given
  for another deed ("gave Iran a week to respond") or to a state's own lenders is none.
- A wanted man of another state extradited or handed over with no destination named: the
  state named on him is the one his handover serves ("extradited a British businessman",
  v.extradite's obj_mod; "handed over a Togolese militia commander accused of massacres",
  v.hand_over_people's wider &handed_people, judicial cooperation 063 by
  &hand_over_refine). A named destination wins ("to the United States").
- "Chile's ambassador called on the Peruvian foreign minister": "call on" a person with
  nothing asked of him (no infinitive, clause, object or for-phrase) is a visit
  (v.call_on_visit, 042), as "paid a courtesy call on" is; asked to act or for something,
  or a state called on, it stays an appeal (v.call_on, 02).

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # v.give_time_to_repay
    ("LUSAKA", "China gave Zambia five more years to repay its loans.", "CHN>ZMB:07"),
    ("LUANDA", "China granted Angola a two-year grace period on its loan repayments.", "CHN>AGO:07"),
    ("VIENTIANE", "Japan gave Laos more time to repay its debt.", "JPN>LAO:07"),
    ("CAIRO", "Kuwait offered Egypt a three-year moratorium on debt repayments.", "KWT>EGY:03"),
    ("LUSAKA", "China will give Zambia five more years to repay its loans.", "CHN>ZMB:03"),
    # a wanted man handed over or extradited, his state the target
    ("NAIROBI", "Kenya extradited a British businessman on Monday.", "KEN>GBR:06"),
    (
        "ACCRA",
        "Ghana handed over a Togolese militia commander accused of massacres.",
        "GHA>TGO:06",
    ),
    ("MADRID", "Spain extradited a Russian banker to the United States.", "ESP>USA:06"),
    ("KYIV", "Ukraine handed over the Russian prisoners.", "UKR>RUS:08"),
    # v.call_on_visit: a person called on with nothing asked of him is visited
    ("LIMA", "Chile's ambassador called on the Peruvian foreign minister.", "CHL>PER:04"),
    (
        "LIMA",
        "The Chilean ambassador, Rosa Ibarra, called on Peru's foreign minister, Jorge Salas,"
        " on Monday.",
        "CHL>PER:04",
    ),
    (
        "LIMA",
        "Chile's ambassador called on the Peruvian foreign minister, who urged restraint.",
        "CHL>PER:04",
    ),
    # ... and one asked to act, or for something, is appealed to (v.call_on)
    (
        "LIMA",
        "Chile's ambassador called on the Peruvian foreign minister to withdraw the note.",
        "CHL>PER:02",
    ),
    ("LIMA", "Chile called on Peru for restraint.", "CHL>PER:02"),
    ("LIMA", "Chile called on the Peruvian president to resign.", "CHL>PER:02"),
    ("LIMA", "Chile called on the Peruvian president for an explanation.", "CHL>PER:02|10"),
    (
        "LIMA",
        "The Chilean ambassador called on Peru's president, demanding an apology.",
        "CHL>PER:02|10",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    # time for another deed, or a state's own lenders
    ("WASHINGTON", "The United States gave Iran a week to respond to its proposal."),
    ("LUSAKA", "Zambia's central bank gave local lenders more time to repay emergency loans."),
    ("LUSAKA", "China did not give Zambia more time to repay its loans."),
    # no wanted man's state named, or a duty handed over
    ("COLOMBO", "Sri Lanka extradited the former minister on Wednesday."),
    ("COLOMBO", "The Sri Lankan police handed over the investigation to a special unit."),
    ("MALE", "The outgoing Maldivian minister handed over his duties to his successor."),
]

GAPS: list[Gap] = [
    (
        "COLOMBO",
        "Sri Lanka extradited a former Maldivian minister on Wednesday.",
        "LKA>MDV:06",
        "a former official's title resolves to no actor (actors.resolve: former), so the state"
        " named on the one extradited is lost",
    ),
    (
        "ABIDJAN",
        "Ivory Coast handed over a former Liberian rebel commander accused of war crimes.",
        "CIV>LBR:06",
        "as above: a former commander's title carries no state",
    ),
    (
        "NAIROBI",
        "Kenya extradited a British businessman wanted for fraud.",
        "KEN>GBR:06",
        "the parser makes the businessman the subject of 'wanted' (ccomp), leaving no object",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_review145_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_review145_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
