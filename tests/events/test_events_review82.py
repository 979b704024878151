"""Review 82 (session 32, helper ROOTX): acts coded at the wrong root, read from the extras of
the development sets.

MILITARY STAFF: armed servants of a state withdrawn from another ("withdrew its military
personnel from Somalia") are troops withdrawn (0874, v.withdraw_military_staff), not envoys
recalled (161, v.recall_envoy reads bare staff and personnel).

CHARGE: a state's chargé d'affaires is its official (actors offices GOV, as its ambassador), so
"summoned Latvia's chargé d'affaires and handed him a note demanding ..." gives "him" an
antecedent and the demand a target: the summons (11) and the demand (10) are two acts, as they
are for an ambassador (the gold sets 19 and 39 list both).

SENT BACK: migrants, refugees and asylum seekers sent back or handed over to the state they
came from are deported (17, v.send_back_migrants, as v.send_nationals_home), where v.hand_over
read a return (084); captives and the dead handed back stay releases (0841).

VISA: "ended visa-free visits to the islands by former residents" ends a right of travel; it is
no visit of the state's own (v.pay_visit read 042).

RAID: a police raid ("Georgian police raided the office of a Russian news agency") is coercion
(17, v.police_raid), as arrests and seizures are, no military attack (v.attack's 19). Each row is (dateline, body,
expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

MILITARY_STAFF: list[Case] = [
    (
        "NAIROBI",
        "Kenya withdrew its military personnel from Somalia in 2024.",
        "KEN>SOM:08",
    ),
    ("PARIS", "France pulled its defense staff out of Niger last year.", "FRA>NER:08"),
    # near misses in kind: diplomats and bare staff are envoys recalled
    ("OTTAWA", "Canada withdrew its embassy personnel from Haiti.", "CAN>HTI:16"),
    ("MADRID", "Spain withdrew its personnel from Venezuela.", "ESP>VEN:16"),
]

CHARGE: list[Case] = [
    (
        "TALLINN",
        "Estonia summoned Latvia's charge d'affaires on Monday and handed him a note demanding "
        "compensation for the fishermen.",
        "EST>LVA:11 EST>LVA:10",
    ),
    (
        "QUITO",
        "Ecuador's foreign minister summoned Peru’s chargé d’affaires and handed him a note "
        "demanding that work on the dam stop within a week.",
        "ECU>PER:11 ECU>PER:10",
    ),
]

SENT_BACK: list[Case] = [
    (
        "SANTO DOMINGO",
        "The Dominican Republic sent 300 Haitian migrants back to Haiti on Monday.",
        "DOM>HTI:17",
    ),
    ("KUALA LUMPUR", "Malaysia sent 40 Rohingya refugees back to Myanmar last year.", "MYS>MMR:17"),
    (
        "ATHENS",
        "Greece handed over 20 asylum seekers to Turkey at the Evros crossing.",
        "GRC>TUR:17",
    ),
    # near misses in kind: captives and the dead are released
    ("KYIV", "Ukraine handed over 50 Russian prisoners to Russia.", "UKR>RUS:08"),
    ("KHARTOUM", "Sudan handed back the migrants' bodies to Chad.", "SDN>TCD:08"),
]

VISA: list[Case] = [
    (
        "OSLO",
        "In 2022, Moscow suspended talks with Oslo and ended visa-free visits to the islands by "
        "former Norwegian residents.",
        "RUS>NOR:16",
    ),
    # near miss in kind: a visit of the subject's own that it ends is a visit
    ("TALLINN", "The Estonian president ended her visit to Finland on Tuesday.", "EST>FIN:04"),
]

RAID: list[Case] = [
    (
        "TBILISI",
        "Georgian police raided the office of a Russian news agency in Tbilisi on Monday.",
        "GEO>RUS:17",
    ),
    # near misses in kind: troops or commandos raiding a village attack it
    ("KYIV", "Russian troops raided a Ukrainian village near the border.", "RUS>UKR:19"),
    ("KHARTOUM", "Sudanese commandos raided a village in eastern Chad.", "SDN>TCD:19"),
]

CASES: list[Case] = MILITARY_STAFF + CHARGE + SENT_BACK + VISA + RAID
NONE: list[NearMiss] = [
    # a chargé who speaks of an incident names no other party
    ("RIGA", "Latvia’s chargé d’affaires said on Monday that Riga regretted the incident."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review82_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review82_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
