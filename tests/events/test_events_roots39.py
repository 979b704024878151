"""Roots 39 (session 37, S50): suspects handed over (06), sums owed written off (07).

People handed over as suspects ("two suspects", "nationals suspected of fraud", "citizens
wanted for smuggling") are judicial cooperation (063), as every development set codes such a
handover (sets 16, 42, 44, 46 and 50: 06, with 08 beside it in some) and as v.extradite codes
an extradition; held people (prisoners, hostages, detainees, captives) handed back stay a
release (0841). The refinement is patterns.yaml's &hand_over_refine, shared by v.hand_over,
v.turn_over, v.hand_over_people and v.hand_people_to. Judicial cooperation carried out on a
state's nationals is coded to their state as a release or an arrest is (rules.yaml
private_target_codes: "Mexico extradited two Chinese nationals" is MEX>CHN).

A sum owed written off or waived ("write off $300 million of its unpaid gas bills", "waived
fees owed by Sudan") is debt relief (v.forgive_debt, 071), only with a word saying it is owed:
"cancelled the bill" is a law withdrawn. Every sentence was written for this file; each row
is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

SUSPECTS: list[Case] = [
    (
        "BANGKOK",
        "Laos handed over 900 Vietnamese nationals suspected of running online scams to"
        " Vietnamese police on Tuesday.",
        "LAO>VNM:06",
    ),
    ("BANGKOK", "Cambodia handed over 40 Thai nationals accused of fraud.", "KHM>THA:06"),
    ("VIENTIANE", "Laos handed over two suspects to Thailand on Friday.", "LAO>THA:06"),
    ("BAGHDAD", "Jordan turned over the three suspects to Iraq on Sunday.", "JOR>IRQ:06"),
    ("NAIROBI", "Kenya handed the two suspects to Ugandan police on Monday.", "KEN>UGA:06"),
    (
        "KUALA LUMPUR",
        "Malaysia will hand over to Indonesia 15 Indonesian nationals wanted for smuggling.",
        "MYS>IDN:03",
    ),
    ("MEXICO CITY", "Mexico extradited two Chinese nationals on Monday.", "MEX>CHN:06"),
]

# held people handed back stay a release
CAPTIVES: list[Case] = [
    ("KYIV", "Ukraine handed over 40 Russian prisoners of war on Sunday.", "UKR>RUS:08"),
    ("NIAMEY", "Niger handed four captured soldiers to Mali at the border.", "NER>MLI:08"),
    (
        "DAMASCUS",
        "Syria handed over 12 Jordanian detainees to Jordan on Thursday.",
        "SYR>JOR:08",
    ),
]

DEBTS: list[Case] = [
    (
        "TUNIS",
        "Algeria wrote off $200 million of Tunisia's unpaid electricity bills on Monday.",
        "DZA>TUN:07",
    ),
    ("KHARTOUM", "Qatar waived $50 million in unpaid fees owed by Sudan.", "QAT>SDN:07"),
]

NONE: list[NearMiss] = [
    ("NAIROBI", "Kenya's parliament cancelled the bill on Monday."),
    ("NAIROBI", "Kenya waived the entry fee for the festival on Monday."),
]

GAPS: list[Gap] = []

CASES = SUSPECTS + CAPTIVES + DEBTS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_roots39_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_roots39_handovers_and_debts(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
