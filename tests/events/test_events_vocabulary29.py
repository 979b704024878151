"""Vocabulary 29 (session 27, builder PV1): other wordings of appeals, intent, cooperation
and aid (CAMEO roots 02-07) than the development sets use.

Coded: an act asked of the object of "lobbied", "implored", "begged" and the like is the one
asked's, and not done (rules blocking_governors, object_control_verbs), so "lobbied Germany
to send tanks to Ukraine" is an appeal to Germany only; help asked for that names its owner ("asked for Libya's help",
"appealed for Kenyan assistance": v.ask_for_help, 020); the helped party's own works are no
delivery back to the helper ("vowed to help Vietnam build a metro line":
reactions._helped_own_work); staple grains shipped by the ton (v.ship_tons); a withdrawal
demanded of its owner ("demanded Russia's withdrawal": v.demand_withdrawal); intelligence or
imagery given to a receiver named as the object ("providing Ukraine with intelligence":
v.share_intel's dobj_other), training received (v.receive_training, 062); help an owner's
noun of intent tells ("reaffirmed its commitment to help Morocco": v.help's need helper); an
undertaking done jointly ("conducted a joint search": v.joint_operation); relief goods
received (v.receive_aid) or given by a noun ("India's gift of doses to Bangladesh":
n.delivery); a deal renewed, extended or forged (v.renew_deal, after v.not_renew) and a
consensus reached (v.reach_consensus); flights resumed by a state (v.resume_flights, 080) or
agreed to a named state (v.agree_resume); salaries paid are not a gift when they are the
payer's own people's (reactions._own_receiver); an event noun whose past verb only denies its own
object ("Spain's request drew no reply": nominals._untold_host); an act done together
("are working together", "patrolled jointly", "jointly developing": v.act_together). Each
row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

ASKED_ACTS: list[Case] = [
    (
        "WARSAW",
        "Poland lobbied Germany to send more air-defense systems to Ukraine.",
        "POL>DEU:02",
    ),
    ("WARSAW", "Poland implored Germany to send more tanks to Ukraine.", "POL>DEU:02"),
]

HELP_ASKED: list[Case] = [
    ("ROME", "Italy asked for Libya's help in stopping the smugglers.", "ITA>LBY:02"),
    ("KAMPALA", "Uganda appealed for Kenyan assistance after the floods on Monday.", "UGA>KEN:02"),
]

HELPED_WORKS: list[Case] = [
    ("HANOI", "Japan vowed to help Vietnam build a new metro line.", "JPN>VNM:03"),
    ("ACCRA", "China has helped Ghana build a new port.", "CHN>GHA:07"),
    ("BAKU", "Turkey pledged to help Azerbaijan build a new railway.", "TUR>AZE:03"),
]

STAPLES: list[Case] = [
    ("JUBA", "Kenya has shipped 500 tons of maize to South Sudan.", "KEN>SSD:07"),
    ("LILONGWE", "Zambia sent 2,000 tons of cereal to Malawi after the drought.", "ZMB>MWI:07"),
]

WITHDRAWALS_DEMANDED: list[Case] = [
    ("TBILISI", "Georgia demanded Russia's withdrawal from Abkhazia.", "GEO>RUS:10"),
    ("CHISINAU", "Moldova demanded the Russian withdrawal from Transnistria.", "MDA>RUS:10"),
]

SHARED_AND_TRAINED: list[Case] = [
    (
        "OSLO",
        "Norway is providing Ukraine with intelligence on Russian ships, officials said.",
        "NOR>UKR:06",
    ),
    ("LONDON", "Britain supplied Kyiv with satellite imagery of the front.", "GBR>UKR:06"),
    ("AMMAN", "Jordan's military is receiving training from the British army.", "GBR>JOR:06"),
    ("KYIV", "Ukraine received training from the United States on F-16 jets.", "USA>UKR:06"),
]

HELP_INTENDED: list[Case] = [
    (
        "RABAT",
        "Spain reaffirmed its commitment to help Morocco fight illegal migration.",
        "ESP>MAR:03",
    ),
    (
        "ASTANA",
        "China expressed its willingness to help Kazakhstan build a nuclear plant.",
        "CHN>KAZ:03",
    ),
    (
        "KYIV",
        "Germany stressed its readiness to help Ukraine rebuild its power grid.",
        "DEU>UKR:03",
    ),
]

JOINT_OPERATIONS: list[Case] = [
    (
        "SANTIAGO",
        "Peru and Chile conducted a joint search for the missing fishermen.",
        "PER>CHL:06 CHL>PER:06",
    ),
    (
        "BOGOTA",
        "Colombia carried out a joint anti-drug operation with Ecuador on Monday.",
        "COL>ECU:06",
    ),
    (
        "TASHKENT",
        "Uzbek and Tajik police launched a joint investigation into the smuggling ring.",
        "UZB>TJK:06 TJK>UZB:06",
    ),
]

RECEIVED: list[Case] = [
    ("RABAT", "Morocco got 40 ambulances from Spain last week.", "ESP>MAR:07"),
    ("SUVA", "Fiji received 300 tents from Australia after the cyclone.", "AUS>FJI:07"),
    (
        "DHAKA",
        "India's gift of 1 million vaccine doses to Bangladesh arrived on Monday.",
        "IND>BGD:07",
    ),
    ("VIENTIANE", "Japan's consignment of rice to Laos left Yokohama on Monday.", "JPN>LAO:07"),
]

DEALS_KEPT: list[Case] = [
    (
        "ACCRA",
        "Ghana and Burkina Faso renewed their defense pact on Monday.",
        "GHA>BFA:05 BFA>GHA:05",
    ),
    (
        "NOUAKCHOTT",
        "Mauritania extended its fisheries agreement with the European Union for four years.",
        "MRT>EU:05",
    ),
    ("ATHENS", "France forged a new alliance with Greece.", "FRA>GRC:05"),
    ("KUALA LUMPUR", "Malaysia reached a consensus with Indonesia on the border.", "MYS>IDN:05"),
    ("CAIRO", "Egypt saluted Algeria's mediation efforts in Libya.", "EGY>DZA:05"),
    # a refusal to renew stays a cut (v.not_renew, read first)
    (
        "DAKAR",
        "Senegal said it would not renew its fisheries agreement with the European Union.",
        "SEN>EU:16",
    ),
]

FLIGHTS_RESUMED: list[Case] = [
    ("TBILISI", "Russia resumed direct flights to Georgia on Monday.", "RUS>GEO:08"),
    ("TBILISI", "Moscow agreed to resume flights to Georgia.", "RUS>GEO:05"),
    (
        "RIYADH",
        "Saudi Arabia and Iran resumed direct flights on Monday.",
        "SAU>IRN:08 IRN>SAU:08",
    ),
]

NOUNS_ANSWERED: list[Case] = [
    (
        "MADRID",
        "Spain's request to Morocco for help with the migrants drew no reply.",
        "ESP>MAR:02",
    ),
    (
        "LIMA",
        "The talks between Peru and Chile produced no agreement on Monday.",
        "PER>CHL:04 CHL>PER:04",
    ),
    (
        "BELGRADE",
        "Talks between Serbia and Kosovo have brought no breakthrough.",
        "SRB>XKX:04 XKX>SRB:04",
    ),
]

ACTS_TOGETHER: list[Case] = [
    (
        "FRANKFURT",
        "German and Polish border guards are working together to stop smugglers.",
        "DEU>POL:06 POL>DEU:06",
    ),
    (
        "MANILA",
        "The Philippines and Japan began patrolling the waters together on Monday.",
        "PHL>JPN:06 JPN>PHL:06",
    ),
    ("HANOI", "Vietnam's navy patrolled the gulf jointly with Cambodia last week.", "VNM>KHM:06"),
]

NONE: list[NearMiss] = [
    # an act begged of others is not done, and the one who begs names no state
    ("KYIV", "Ukraine begged its allies to send more air-defense systems, the president said."),
    # help asked of no actor
    ("ROME", "The mayor asked for help from the public in finding the boy."),
    ("KHARTOUM", "The charity called for more help for Sudan's refugees."),
    # grain shipped home
    ("NAIROBI", "Kenya shipped 500 tons of maize to its northern counties."),
    # one's own withdrawal demanded
    ("LONDON", "Britain demanded its own withdrawal from the treaty."),
    # images for no actor, data for one's own service, training from a firm
    ("PARIS", "The ministry shared images of the flood with the press."),
    ("TOKYO", "Japan provided its coast guard with new data on the reefs."),
    ("KYIV", "The soldiers received training from a private firm in Poland."),
    # help as a purpose or a topic, with no owner who intends it
    ("KYIV", "Lawmakers criticized a plan to help Kyiv with taxpayers' money."),
    ("KYIV", "The effort to help Ukraine rebuild has stalled."),
    # a joint operation of one state's own forces
    ("ABUJA", "Nigeria's army and police conducted a joint operation in Borno state."),
    # goods bought by a firm from a firm, a gift to no actor
    ("SEATTLE", "The airline got 40 new jets from Boeing last year."),
    ("PARIS", "The gift of a painting to the Louvre was praised."),
    # trade goods received by the shipment (v.receive_batch needs an aid word)
    ("NEW DELHI", "India received a shipment of crude oil from Russia on Monday."),
    ("BEIJING", "China received a consignment of coal from Australia."),
    ("NEW DELHI", "Russia's consignment of oil to India arrived on Monday."),
    # deals and compromises of no two actors, a salute to no actor
    ("LONDON", "Britain renewed its partnership with Shell on Monday."),
    ("ROME", "The Italian parties reached a compromise on the budget."),
    ("KYIV", "The soldiers saluted the flag as the anthem played."),
    # an airline's flights, also one named after a state
    ("ANKARA", "Turkish Airlines resumed flights to Baghdad on Monday."),
    ("DUBAI", "Emirates restored flights to Beirut after the ceasefire."),
    # wages of the payer's own people abroad
    ("NAIROBI", "Kenya will pay its soldiers' salaries in Haiti."),
    ("NAIROBI", "Kenya will pay its own soldiers' salaries in Haiti."),
    # a present stance, or an event that did not take place
    ("BEIJING", "Cooperation between China and Brazil targets no third party, the spokesman said."),
    ("LIMA", "The talks between Peru and Chile did not take place."),
    # a manner of the main act, parties of one state, firms' products
    ("NUUK", "Working together, Washington and Copenhagen can find common ground, he said."),
    ("MADRID", "The two main parties in Spain worked together on the budget."),
    ("SEOUL", "Samsung and Hyundai are jointly developing a new chip."),
]

GAPS: list[Gap] = []
CASES = (
    ASKED_ACTS
    + HELP_ASKED
    + HELPED_WORKS
    + STAPLES
    + WITHDRAWALS_DEMANDED
    + SHARED_AND_TRAINED
    + HELP_INTENDED
    + JOINT_OPERATIONS
    + RECEIVED
    + DEALS_KEPT
    + FLIGHTS_RESUMED
    + NOUNS_ANSWERED
    + ACTS_TOGETHER
)


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary29_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary29_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
