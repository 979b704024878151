"""Review 38 (session 24, reviewer R): probes of wire stories that read wrongly.

A list that is the subject of a verb whose infinitive is a go-between's, or of one with a
between-phrase ("Saudi Arabia and Iran offered to mediate", "Qatar and Turkey have mediated
between them"), is no pair a later "the two countries" stands for, as a list named as the
agent of a mediation is not (plurals._mediating, plurals.yaml mediating_verbs); guarantors,
hosts and mediators naming no sides stay the pair. Whatever act of a kind a reaction names
("welcomed any step that improved security", "opposed any action that violated Syria's
sovereignty") is a stand taken, answering no deed told (sides._any_act); a named author's
steps and a denial of any involvement are kept.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# plurals._mediating: the go-betweens are no later "the two countries"
MEDIATORS: list[Case] = [
    (
        "ISLAMABAD",
        "India blamed Pakistan for the bombing in Kashmir. Saudi Arabia and Iran offered to "
        "mediate. The two countries have fought three wars since 1947.",
        "IND>PAK:11 IND>PAK:19 PAK>IND:19",
    ),
    (
        "YEREVAN",
        "Armenia accused Azerbaijan of shelling border villages. Qatar and Turkey have mediated "
        "between them before. The two countries signed a peace treaty on Friday.",
        "ARM>AZE:11 ARM>AZE:05 AZE>ARM:05",
    ),
    (
        "ADDIS ABABA",
        "Ethiopia accused Sudan of arming rebels in the north. Kenya and Djibouti offered to "
        "arbitrate. The two countries agreed to hold talks in Nairobi next week.",
        "ETH>SDN:11 ETH>SDN:03 SDN>ETH:03",
    ),
    (
        "LIMA",
        "Peru expelled Ecuador's ambassador on Monday. Brazil and Chile have offered to "
        "facilitate a dialogue. Both governments said they would resume talks in Lima.",
        "PER>ECU:16 PER>ECU:03 ECU>PER:03",
    ),
    # kept: a list that guarantees or hosts, or mediates naming no sides, is still the pair
    (
        "ASUNCION",
        "Uruguay and Paraguay mediated the talks on Monday. The two countries later signed a "
        "trade deal with Bolivia.",
        "URY>BOL:05 PRY>BOL:05",
    ),
    (
        "ATHENS",
        "France and Germany guaranteed the loans to Greece. The two countries later criticized "
        "Athens for missing its targets.",
        "FRA>GRC:11 DEU>GRC:11",
    ),
    (
        "AQABA",
        "Egypt and Jordan hosted the summit in Aqaba. The two countries later signed a gas deal "
        "with Israel.",
        "EGY>ISR:05 JOR>ISR:05",
    ),
]

# sides._any_act: whatever act of a kind is a stand taken, no deed told answered
ANY_ACTS: list[Case] = [
    (
        "BAMAKO",
        "Mali closed its border with Algeria on Monday. The African Union said it welcomed any "
        "step that improved security in the region.",
        "MLI>DZA:19",
    ),
    (
        "TEHRAN",
        "Turkey launched strikes on Kurdish positions in Syria on Sunday. Iran said it opposed "
        "any action that violated Syria's sovereignty.",
        "TUR>SYR:19",
    ),
    (
        "BRASILIA",
        "Venezuela seized a Guyanese fishing boat on Friday. Brazil said it rejected any measure "
        "that threatened peace in the region.",
        "VEN>GUY:17",
    ),
    (
        "AMMAN",
        "Israel struck targets in Lebanon on Sunday. Jordan condemned any attack on civilians.",
        "ISR>LBN:19",
    ),
    # kept: the deed told, a named author's steps, a denial
    (
        "BEIRUT",
        "Israel struck targets in Lebanon on Sunday. Jordan condemned the attack.",
        "ISR>LBN:19 JOR>ISR:11",
    ),
    (
        "VILNIUS",
        "Belarus expelled a Lithuanian diplomat on Monday. Lithuania said it would answer any "
        "further Belarusian steps in kind.",
        "BLR>LTU:16 LTU>BLR:13",
    ),
    (
        "KYIV",
        "Ukraine accused Russia of sabotaging a gas pipeline. Moscow denied any involvement.",
        "UKR>RUS:11 RUS>UKR:12",
    ),
]

CASES: list[Case] = MEDIATORS + ANY_ACTS
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review38_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review38_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
