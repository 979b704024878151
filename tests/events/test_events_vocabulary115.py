"""Vocabulary 115 (session 58, helper V58): light verbs whose object the patterns did not know.

A trigger verb with a noun of disapproval, threat or legal action names the act as its own
verb would: accusations or allegations made, brought or renewed against a state accuse it
(112, v.make_accusation); a threat issued, made or sent to a state threatens it (130, refined
for sanctions and force, v.issue_threat); an objection or grievance lodged or filed with a
state is a protest (114, v.lodge_protest); legal action taken, a legal challenge launched,
arbitration launched or filed for against a state is legal action (115, v.take_legal_action,
v.file_for_arbitration, v.file_case); a condemnation, criticism, rejection or endorsement
expressed "of" a state or its act judges it (111, 120, 051, v.express_condemnation_of) and an
endorsement given to one backs it (051, v.throw_support). Near misses: the same verbs with a
neutral or domestic object, a threat posed or faced, a denied act, an alert issued.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# patterns v.make_accusation
ACCUSATION_KEPT: list[Case] = [
    ("LUSAKA", "Zambia made accusations against Malawi on Tuesday.", "ZMB>MWI:11"),
    ("KIGALI", "Burundi brought fresh allegations against Rwanda over the raid.", "BDI>RWA:11"),
    (
        "BAKU",
        "Armenia renewed its accusations against Azerbaijan of shelling border villages.",
        "ARM>AZE:11",
    ),
]
ACCUSATION_NOT: list[NearMiss] = [
    ("LUSAKA", "Zambia's opposition made allegations about the vote count."),
    ("LUSAKA", "Zambia made no accusations against anyone, the minister said."),
]

# patterns v.issue_threat
THREAT_KEPT: list[Case] = [
    ("VILNIUS", "Belarus made threats against Lithuania on Friday.", "BLR>LTU:13"),
    ("YEREVAN", "Azerbaijan issued a veiled threat to Armenia.", "AZE>ARM:13"),
    (
        "SEOUL",
        "North Korea made a threat of military action against South Korea.",
        "PRK>KOR:13",
    ),
    ("OTTAWA", "The United States issued threats of sanctions against Canada.", "USA>CAN:13"),
]
THREAT_NOT: list[NearMiss] = [
    ("VILNIUS", "Belarus poses a threat to Lithuania."),
    ("VILNIUS", "Lithuania faces a threat from Belarus."),
    ("VILNIUS", "Belarus did not make any threats against Lithuania."),
    ("OSLO", "Norway issued a terror threat alert for travellers to Sweden."),
]
THREAT_GAPS: list[Gap] = [
    (
        "SEOUL",
        "North Korea leveled new threats at South Korea.",
        "PRK>KOR:13",
        "level is read by v.level_at and v.trade_barbs first, whose objects or targets stop it",
    ),
]

# patterns v.lodge_protest (objection, grievance)
PROTEST_KEPT: list[Case] = [
    ("HANOI", "China lodged a formal objection with Vietnam.", "CHN>VNM:11"),
    ("ACCRA", "Togo filed a grievance with Ghana over the seizure.", "TGO>GHA:11"),
]

# patterns v.take_legal_action, v.file_for_arbitration, v.file_case (arbitration)
LEGAL_KEPT: list[Case] = [
    ("GEORGETOWN", "Guyana took legal action against Venezuela.", "GUY>VEN:11"),
    (
        "WARSAW",
        "Hungary launched a legal challenge against Poland at the European Court of Justice.",
        "HUN>POL:11",
    ),
    ("DOHA", "Qatar filed for international arbitration against Egypt.", "QAT>EGY:11"),
    ("ACCRA", "Nigeria launched arbitration against Ghana.", "NGA>GHA:11"),
]
# a relative clause's verb that is a trigger lemma must not stop the judgement it sits under
LEGAL_CLAUSE: list[Case] = [
    ("ATHENS", "Cyprus denounced the survey Israel started near Rhodes.", "CYP>ISR:11"),
    ("ATHENS", "Cyprus denounced the exercise Israel mounted near Rhodes.", "CYP>ISR:11"),
    ("ATHENS", "Cyprus denounced the survey Israel pursued near Rhodes.", "CYP>ISR:11"),
]
LEGAL_NOT: list[NearMiss] = [
    ("LAGOS", "Nigeria took legal action over the oil spill."),
    ("BUENOS AIRES", "Argentina filed for bankruptcy protection."),
]
LEGAL_GAPS: list[Gap] = [
    (
        "ACCRA",
        "Nigeria filed a request for arbitration against Ghana.",
        "NGA>GHA:11",
        "the request heads the object; arbitration hangs under it",
    ),
]

# patterns v.express_condemnation_of, v.throw_support (endorsement)
OF_KEPT: list[Case] = [
    ("CAIRO", "Egypt expressed condemnation of Israel's actions.", "EGY>ISR:11"),
    ("TOKYO", "China voiced sharp criticism of Japan.", "CHN>JPN:11"),
    ("CAIRO", "Egypt expressed its categorical rejection of Ethiopia's plan.", "EGY>ETH:12"),
    ("DAKAR", "Senegal expressed its endorsement of Gambia's candidacy.", "SEN>GMB:05"),
    ("DAKAR", "Mali gave its endorsement to Niger's candidacy.", "MLI>NER:05"),
]
OF_NOT: list[NearMiss] = [
    ("MANILA", "The Philippines voiced criticism of the plan."),
    ("MANILA", "The Philippines voiced criticism of its own police."),
    ("CAIRO", "Egypt expressed its rejection of the budget."),
]

CASES: list[Case] = (
    ACCUSATION_KEPT + THREAT_KEPT + PROTEST_KEPT + LEGAL_KEPT + LEGAL_CLAUSE + OF_KEPT
)
NONE: list[NearMiss] = ACCUSATION_NOT + THREAT_NOT + LEGAL_NOT + OF_NOT
GAPS: list[Gap] = THREAT_GAPS + LEGAL_GAPS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary115_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary115_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
