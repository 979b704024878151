"""Coordination 18 (session 23, builder PR): pairs and coordinated actors across the
development sets.

Coded: a joint body the pair fields together ("the two leaders agreed to send a joint team
of surveyors", v.send_joint: cooperation, 03 when only agreed); talks restarted as talks
resumed ("agreed to restart talks on a trade deal", v.hold_talks); an appeal for calm made
to the pair an apposition on its source names ("Brazil, a partner of both
countries in the Mercosur trade bloc, called for calm": reactions._aside_pair), after a row of
protests that codes no conflict; a numbered plural followed by "in" and a bloc it belongs to
("the two allies in NATO": plurals._bloc_follows) is a reference back. Each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

JOINT_BODIES: list[Case] = [
    (
        "ACCRA",
        "Ghana's president spoke by telephone with his Togolese counterpart on Friday, and the "
        "two leaders agreed to send a joint team of engineers to the border.",
        "GHA>TGO:04 GHA>TGO:03 TGO>GHA:03",
    ),
    (
        "ABUJA",
        "Nigeria and Niger deployed a joint border force on Tuesday to hunt down kidnappers.",
        "NGA>NER:06 NER>NGA:06",
    ),
    (
        "LIMA",
        "Peru and Bolivia agreed on Monday to dispatch a joint mission of engineers to Lake "
        "Titicaca.",
        "PER>BOL:03 BOL>PER:03",
    ),
    (
        "TASHKENT",
        "Uzbekistan's president hosted his Tajik counterpart in Tashkent on Monday. Later the "
        "two men agreed to send a joint commission to survey the disputed valley.",
        "UZB>TJK:04 UZB>TJK:03 TJK>UZB:03",
    ),
    # teams each side sends are no joint body: aid to the third state only
    ("CAIRO", "Egypt and Jordan sent rescue teams to Turkey on Sunday.", "EGY>TUR:07 JOR>TUR:07"),
]

JOINT_BODIES_NOT: list[NearMiss] = [
    # co-senders of aid with no target named are not each other's recipients (a gap row until
    # session 24's e7bbb43)
    ("CAIRO", "Egypt and Jordan sent rescue teams to the flooded villages on Sunday."),
    # teams each side sends are no joint body; a joint team of one state names no partner
    ("MANILA", "The Philippines sent a joint team of soldiers and police to the island."),
    ("NAIROBI", "Kenya and Uganda sent a team of surveyors to the lake on Monday."),
    ("ROME", "Fiat and Renault agreed to send a joint team of engineers to the plant."),
]

RESTARTED_TALKS: list[Case] = [
    (
        "OTTAWA",
        "Canada and Mexico named new ambassadors to each other's capitals and agreed to "
        "restart talks on a trade deal.",
        "CAN>MEX:05 MEX>CAN:05 CAN>MEX:03 MEX>CAN:03",
    ),
    (
        "SANTIAGO",
        "Peru and Chile restarted talks on a fishing accord in Santiago on Monday.",
        "PER>CHL:04 CHL>PER:04",
    ),
    (
        "HANOI",
        "Vietnam restarted negotiations with Cambodia on the river border on Thursday.",
        "VNM>KHM:04",
    ),
]

RESTARTED_TALKS_NOT: list[NearMiss] = [
    ("WARSAW", "The Polish carmaker restarted talks with its unions on Monday."),
    ("MADRID", "Spain restarted its nuclear reactors after the heat wave."),
]

APPEAL_ASIDES: list[Case] = [
    (
        "LIMA",
        "Chile lodged a formal protest with Peru on Tuesday over the building of a pier. Peru "
        "rejected the protest within hours. Bolivia, a partner of both countries in the Andean "
        "Community, called for calm.",
        "CHL>PER:11 PER>CHL:12 BOL>CHL:02 BOL>PER:02",
    ),
    (
        "BELGRADE",
        "Serbia summoned Croatia's ambassador on Monday over a border dispute. Croatia rejected "
        "the charge. Germany's foreign ministry said the matter was being studied. Slovenia, "
        "a neighbor of both countries, called for restraint.",
        "SRB>HRV:11 HRV>SRB:12 SVN>SRB:02 SVN>HRV:02",
    ),
    (
        # three states in play: the one that offered is no side
        "KHARTOUM",
        "Sudan accused Chad of arming rebels on Monday. Chad denied the charge. Egypt offered "
        "to host talks. Libya, a neighbor of both countries, called for restraint.",
        "SDN>TCD:11 TCD>SDN:12 EGY>SDN:03 EGY>TCD:03 LBY>SDN:02 LBY>TCD:02",
    ),
    (
        "RABAT",
        "Morocco expelled two Algerian diplomats on Monday over a border incident. Algeria "
        "denounced the decision as hostile. Tunisia, a neighbor of both countries, urged calm.",
        "MAR>DZA:16 DZA>MAR:11 TUN>MAR:02 TUN>DZA:02",
    ),
    (
        "ATHENS",
        "Greece and Turkey traded accusations over migrant boats on Monday. The United States "
        "urged the two allies in NATO to resume talks.",
        "GRC>TUR:11 TUR>GRC:11 USA>GRC:02 USA>TUR:02",
    ),
]

APPEAL_ASIDES_NOT: list[NearMiss] = [
    # a pair of companies, the two sides of a domestic quarrel: no states to appeal to
    (
        "TOKYO",
        "Toyota and Honda traded lawsuits over a battery patent. Japan, the home of both "
        "companies, called for calm.",
    ),
    (
        "LIMA",
        "Peru's Congress and its president clashed over the budget on Monday. Chile, a "
        "friend of both sides, called for calm.",
    ),
]

APPEAL_ASIDES_REL: list[Case] = [
    # a relative clause set off by a comma on the appeal's source names the pair as an
    # apposition does (a gap row until session 24's 42e143c)
    (
        "ZAGREB",
        "Serbia summoned Croatia's ambassador on Monday over a border dispute. Croatia rejected "
        "the charge. Slovenia, which borders both countries, called for restraint.",
        "SRB>HRV:11 HRV>SRB:12 SVN>SRB:02 SVN>HRV:02",
    ),
]

APPEAL_ASIDES_LATER: list[Case] = [
    # an aside that names no pair leaves the appeal to the conflict told (none here)
    (
        "SANTIAGO",
        "Chile lodged a formal protest with Peru on Tuesday over the building of a dock. Peru "
        "rejected the protest within hours. Bolivia, like most countries in the region, called "
        "for calm.",
        "CHL>PER:11 PER>CHL:12",
    ),
    (
        "LIMA",
        "Chile lodged a formal protest with Peru on Tuesday over the building of a jetty. Peru "
        "rejected the protest within hours. Bolivia, whose two allies in the Andean Community "
        "back Lima, called for calm.",
        "CHL>PER:11 PER>CHL:12",
    ),
]

HEADS_NAMED: list[Case] = [
    # a head's office, once given to a person named in the dateline's state, is taken: the
    # next unknown holder is the state whose minister tells of the call
    (
        "BOGOTA",
        "Colombia stopped selling power to Ecuador on Tuesday. President Camilo Restrepo called "
        "Ecuador's tariff an aggression. Brazil offered to mediate. Brazilian Foreign Minister "
        "Paulo Sarmento said President Fernanda Couto had spoken with both leaders by phone.",
        "COL>ECU:16 COL>ECU:11 BRA>COL:03 BRA>ECU:03 BRA>COL:04 BRA>ECU:04",
    ),
    (
        "LIMA",
        "Peru closed its border with Bolivia on Tuesday. President Ana Flores said Bolivia had "
        "failed to stop smugglers. Chile offered to mediate. Chilean Foreign Minister Pablo "
        "Soto said in Santiago that President Marta Reyes had spoken with both leaders by "
        "phone.",
        "PER>BOL:16 CHL>PER:03 CHL>BOL:03 CHL>PER:04 CHL>BOL:04",
    ),
    # the same person named again keeps the office
    (
        "LIMA",
        "Peru closed its border with Bolivia on Tuesday. President Ana Flores said Bolivia had "
        "failed to stop smugglers. The president, Ana Flores, also spoke with Chile's president "
        "by phone.",
        "PER>BOL:16 PER>CHL:04",
    ),
]

PENDING_CLAUSES: list[Case] = [
    # a time clause on an act only asked for tells no act
    (
        "QUITO",
        "Ecuador closed its border with Peru on Monday. Ecuador's foreign minister asked Lima "
        "to withdraw its troops while the two governments discuss the matter.",
        "ECU>PER:16 ECU>PER:02",
    ),
    (
        "GUAYAQUIL",
        "Ecuador closed its border with Peru on Monday. Chile urged both countries to keep the "
        "border open while the two governments negotiate a settlement.",
        "ECU>PER:16 CHL>ECU:02 CHL>PER:02",
    ),
    # near-misses: a past clause on a deed done, a contrast on an appeal, still tell theirs
    (
        "CUENCA",
        "Ecuador closed its border with Peru on Monday. Ecuador kept the border closed while "
        "the two governments discussed the matter.",
        "ECU>PER:16 ECU>PER:04 PER>ECU:04",
    ),
    (
        "LOJA",
        "Ecuador closed its border with Peru on Monday. Chile urged restraint, while Peru "
        "accuses Ecuador of smuggling.",
        "ECU>PER:16 CHL>ECU:02 CHL>PER:02 PER>ECU:11",
    ),
]

HELD_BACK: list[Case] = [
    # an act a dispute keeps a pair from doing is not done
    (
        "RABAT",
        "Morocco and Algeria held talks in Rabat on Monday. The dispute has kept the two "
        "countries from signing a border treaty.",
        "MAR>DZA:04 DZA>MAR:04",
    ),
    # near-miss: an act kept up is done
    ("KYIV", "Ukraine kept attacking Russian refineries on Monday.", "UKR>RUS:19"),
]

HELD_BACK_NOT: list[NearMiss] = [
    (
        "OSLO",
        "A quarrel over fishing rights has long kept Norway and Iceland from concluding a trade "
        "pact.",
    ),
]

CUT_RELATIVES: list[Case] = [
    # "a deal the two governments signed": the parser's apposition read as the relative clause
    (
        "KINSHASA",
        "Belgium and Congo held talks in 2022. The return was the first under a bilateral "
        "agreement the two governments signed in October.",
        "BEL>COD:04 COD>BEL:04 BEL>COD:05 COD>BEL:05",
    ),
    (
        "ACCRA",
        "Ghana and Togo held talks in Lome on Monday. The trade dispute was settled under a "
        "bilateral agreement the two governments signed in Accra in March.",
        "GHA>TGO:04 TGO>GHA:04 GHA>TGO:05 TGO>GHA:05",
    ),
]

CUT_RELATIVES_NOT: list[NearMiss] = [
    # an apposition set off by a comma, a deal of no pair named before
    ("OSLO", "Norway welcomed the accord, a document the European Union backed last week."),
    ("TASHKENT", "The deal the two leaders reached in Tashkent was hailed by the press."),
]

BETWEEN_PHRASES: list[Case] = [
    # a participle after a between-phrase is on the deal, not on the pair
    (
        "WARSAW",
        "Serbia and Kosovo exchanged ten prisoners on Thursday, in a rare deal between the two "
        "neighbors brokered by Hungary.",
        "SRB>XKX:08 XKX>SRB:08 HUN>SRB:04 HUN>XKX:04",
    ),
    # one member cuts the dealings between the pair: done to the other
    (
        "LA PAZ",
        "Peru recalled its ambassador from Bolivia on Monday. Peru also suspended direct "
        "flights between the two capitals.",
        "PER>BOL:16 PER>BOL:16",
    ),
]

RESTORED_SERVICES: list[Case] = [
    # staff and services a row took away, brought back: cooperation resumed (03 if planned)
    (
        "OTTAWA",
        "Canada and India held talks on Monday. A minister said the two countries would also "
        "restore consular staff cut during the dispute and resume visa services by April.",
        "CAN>IND:04 IND>CAN:04 CAN>IND:03 IND>CAN:03",
    ),
    (
        "LOME",
        "Ghana and Togo restored consular staff at their embassies on Tuesday.",
        "GHA>TGO:05 TGO>GHA:05",
    ),
]

RESTORED_SERVICES_NOT: list[NearMiss] = [
    # services resumed where no state is their partner, an airline's routes
    ("BERLIN", "Germany resumed consular services in Kabul on Monday."),
    ("NAIROBI", "Kenya and Ethiopia resumed air services on Monday."),
]

GOVERNED_INTENTS: list[Case] = [
    # the talks an agreement to resume them reads as its content are no second act
    (
        "BANGKOK",
        "Relations had improved in November, when Thai Prime Minister Anan Suk visited Phnom "
        "Penh and the two governments agreed to resume high-level economic talks.",
        "THA>KHM:04 THA>KHM:05 KHM>THA:05",
    ),
    # near-miss: a call made to offer congratulations is a call and a congratulation
    (
        "NAIROBI",
        "Kenya's president called Uganda's president to offer his congratulations on Monday.",
        "KEN>UGA:04 KEN>UGA:05",
    ),
]

NONE: list[NearMiss] = (
    JOINT_BODIES_NOT
    + RESTARTED_TALKS_NOT
    + APPEAL_ASIDES_NOT
    + HELD_BACK_NOT
    + CUT_RELATIVES_NOT
    + RESTORED_SERVICES_NOT
)
GAPS: list[Gap] = [
    (
        "BELGRADE",
        "Serbia rejected an EU demand to impose sanctions on Russia. Brussels called the "
        "refusal regrettable. Hungary, a friend of both sides, called for calm.",
        "SRB>EU:12 EU>SRB:11 HUN>SRB:02 HUN>EU:02",
        "'both sides' takes Serbia and Russia: the EU named as a modifier ('an EU demand') is "
        "no party to the sentence's set, and the EU's reply names the refusal, not Serbia",
    ),
]
CASES = (
    JOINT_BODIES
    + RESTARTED_TALKS
    + APPEAL_ASIDES
    + APPEAL_ASIDES_REL
    + APPEAL_ASIDES_LATER
    + HEADS_NAMED
    + PENDING_CLAUSES
    + HELD_BACK
    + CUT_RELATIVES
    + BETWEEN_PHRASES
    + RESTORED_SERVICES
    + GOVERNED_INTENTS
)


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_coord18_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_coord18_pairs(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
