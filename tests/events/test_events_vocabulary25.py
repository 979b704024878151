"""Vocabulary 25 (session 21, builder GL): forms other builders found and left.

Coded: a verb joined after a denial is an act of its own when the parser tags it a
participle ("denied the charge and accused Pakistani troops of ..."): a past tense with a
noun for object governs no conjunct (parties._own_conjunct), as "disputed the charge and"
already did. Talks mediated by a third state that a step followed ("reopened the bridge after
talks mediated by Brazil") make the step's subjects the sides (mediated_host_verbs), as
"signed the deal after talks mediated by" did. A naming verb's object and predicate the
parser merged into one phrase are split ("called the move economic coercion", "called that
move economic pressure": context._merged_predicates). One quoted in the passive speaks
("a spokesperson was quoted as calling the drills ..."). A bare objection or protest after a
deal told one way answers both its parties (deal_objecting_verbs), as "criticized the deal"
does. An offer to mediate or hold talks that names no sides is made to those of the appeal it
is joined to (offering_verbs, go_between_words: context "appeal", _joined_appeal_sides);
a tensed verb joined to an infinitive advcl is joined to its governor
(parties._conj_host: "called on Rwanda and Congo to show restraint and offered ..."). Each
row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

DENIALS_JOINED: list[Case] = [
    (
        "KABUL",
        "Afghanistan denied the charge and accused Pakistani troops of crossing the border.",
        "AFG>PAK:11",
    ),
    (
        "KABUL",
        "Afghanistan denied the report and accused Pakistani troops of crossing the border.",
        "AFG>PAK:11",
    ),
    (
        "ADDIS ABABA",
        "Ethiopia denied the report and accused Eritrean troops of looting the town.",
        "ETH>ERI:11",
    ),
    (
        "TBILISI",
        "Georgia denied the charge and condemned Russian troops for moving the fence.",
        "GEO>RUS:11",
    ),
    # kept (the parser reads these verbs as past tenses already)
    (
        "BAKU",
        "Azerbaijan denied the charge and accused Armenian forces of shelling its positions.",
        "AZE>ARM:11 ARM>AZE:19",
    ),
]

# kept: the denial still governs its own gerunds (a denial, no attack), a refusal its
# infinitive (a rejection, no accusation)
DENIALS_KEPT: list[Case] = [
    (
        "KABUL",
        "Afghanistan denied attacking Pakistani posts and shelling their villages.",
        "AFG>PAK:12",
    ),
    ("MINSK", "Belarus refused to accuse Poland of arming the opposition.", "BLR>POL:12"),
]

# near-misses: an accusation denied in a that-clause
DENIALS_NONE: list[NearMiss] = [
    ("CARACAS", "Venezuela denied that it had accused Guyana of anything."),
]

MEDIATED_STEPS: list[Case] = [
    (
        "BOGOTA",
        "Colombia and Venezuela reopened the bridge on Monday after talks mediated by Brazil.",
        "BRA>COL:04 BRA>VEN:04 COL>VEN:04 VEN>COL:04",
    ),
    (
        "NAIROBI",
        "Ethiopia and Eritrea withdrew troops from the border following negotiations brokered "
        "by Kenya.",
        "KEN>ETH:04 KEN>ERI:04 ETH>ERI:04 ERI>ETH:04",
    ),
    (
        "CAIRO",
        "Israel and Hamas extended the truce after talks mediated by Egypt.",
        "EGY>ISR:04 EGY>PSE:04 ISR>PSE:04 PSE>ISR:04",
    ),
    # kept: a step agreed on is the agreeing clause's
    (
        "LIMA",
        "Peru and Chile agreed to reopen the border after talks mediated by Brazil.",
        "PER>CHL:05|03 CHL>PER:05|03 BRA>PER:04 BRA>CHL:04",
    ),
]

# near-misses: a bystander's reaction, a planned step
MEDIATED_NONE: list[NearMiss] = [
    ("TEHRAN", "Iran criticized the talks mediated by Qatar."),
    ("MUSCAT", "Iran will reopen the crossing after talks mediated by Oman."),
]

MERGED_PREDICATES: list[Case] = [
    (
        "BEIJING",
        "China banned imports from Lithuania. Lithuania called that move economic pressure.",
        "CHN>LTU:16 LTU>CHN:11",
    ),
    (
        "BERLIN",
        "Russia expelled two German diplomats. Germany called the move diplomatic blackmail.",
        "RUS>DEU:16 DEU>RUS:11",
    ),
    # kept: a phrase the parser already splits; praise is no disapproval
    (
        "ANKARA",
        "Greece expelled two Turkish diplomats. Turkey called the decision state piracy.",
        "GRC>TUR:16 TUR>GRC:11",
    ),
    (
        "OSLO",
        "Russia expelled two Danish diplomats. Norway called the move a positive step.",
        # praise by naming is 05 to the act's author (session 21, lead's decision, guidelines)
        "RUS>DNK:16 NOR>RUS:05",
    ),
]

# near-misses: a name given to no act told, a body called to meet
MERGED_NONE: list[NearMiss] = [
    ("BERLIN", "Germany called the move economic development."),
    ("BERLIN", "Germany called the state security council meeting."),
]

QUOTED_PASSIVES: list[Case] = [
    (
        "TAIPEI",
        "China held drills around Taiwan on Monday. A Taiwanese Defense Ministry spokesperson "
        'was quoted as calling the drills "a rehearsal for invasion".',
        "CHN>TWN:15 TWN>CHN:11",
    ),
    (
        "TALLINN",
        "Russia expelled two Estonian diplomats on Monday. An Estonian Foreign Ministry official "
        'was quoted as calling the expulsion "a provocation".',
        "RUS>EST:16 EST>RUS:11",
    ),
]

DEAL_OBJECTIONS: list[Case] = [
    (
        "BERLIN",
        "Germany signed a pipeline deal with Poland on Monday. Russia objected.",
        "DEU>POL:05 RUS>DEU:11 RUS>POL:11",
    ),
    (
        "ABUJA",
        "Nigeria signed a gas pipeline agreement with Morocco. Algeria protested.",
        "NGA>MAR:05 DZA>NGA:11 DZA>MAR:11",
    ),
    # kept: a bare condemnation answers a hostile act only (test_events_context2)
    (
        "MOSCOW",
        "Russia signed a trade pact with Vietnam on Monday. Japan condemned.",
        "RUS>VNM:05",
    ),
    (
        "MOSCOW",
        "Russia sent aid to Cuba on Monday. The United States objected.",
        "RUS>CUB:07",
    ),
]

OFFERS: list[Case] = [
    (
        "ANKARA",
        "Turkey urged Islamabad and Kabul to reopen the crossing and offered to host a "
        "trilateral meeting.",
        "TUR>PAK:02 TUR>AFG:02 TUR>PAK:03 TUR>AFG:03",
    ),
    (
        "DODOMA",
        "Tanzania called on Rwanda and Congo to show restraint and offered to host talks in "
        "Arusha.",
        "TZA>RWA:02 TZA>COD:02 TZA>RWA:03 TZA>COD:03",
    ),
    # kept: a summit hosted has no sides; a readiness to talk is no offer to others' talks
    ("NAIROBI", "Kenya offered to host the African Union summit next year.", "KEN>AU:03"),
    (
        "VILNIUS",
        "Lithuania has clashed with Belarus. Poland said it was ready to talk.",
        "LTU>BLR:19",
    ),
]

# near-misses: no sides told
OFFERS_NONE: list[NearMiss] = [
    ("ACCRA", "Ghana offered to host talks on the debt crisis."),
]

# an offer told alone after a conflict is left to the sides' story (test_events_context34)
OFFER_GAPS: list[Gap] = [
    (
        "LUANDA",
        "Zambia and Malawi clashed on the border on Monday. Angola offered to mediate.",
        "ZMB>MWI:19 MWI>ZMB:19 AGO>ZMB:03 AGO>MWI:03",
        "an offer with no appeal joined names no sides (_joined_appeal_sides)",
    ),
]

NONE: list[NearMiss] = DENIALS_NONE + MEDIATED_NONE + MERGED_NONE + OFFERS_NONE
GAPS: list[Gap] = OFFER_GAPS
CASES = (
    DENIALS_JOINED
    + DENIALS_KEPT
    + MEDIATED_STEPS
    + MERGED_PREDICATES
    + QUOTED_PASSIVES
    + DEAL_OBJECTIONS
    + OFFERS
)


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary25_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary25_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
