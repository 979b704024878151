"""Vocabulary 28 (session 26, builder TM): commitments, terms of a deal, and aid whose
recipient is told by a place or by the helped party's infinitive.

Coded: a helped party the parser ran into one noun phrase with the infinitive it governs
("to help Guatemala repair roads" read as the object "Guatemala repair roads":
clauses._helped_opener in the help_obj slot); the act a deal binds its object to when the
parser hangs the infinitive on the binding verb as a purpose ("The deal commits Egypt to fund
a study": clauses._purpose_bound, so a draft deal still binds no one, modality._binding_deal);
a study of another state's works funded (v.fund_study); works paid for in another state's
place (v.pay_to_rebuild, slot aim_args); a state described by its kind ("the island nation")
is not the state that acts on the description (described._acting_on: "Japan pledged $3
million to the island nation" after Cuba is named goes to Cuba, not to Japan); goods paid for
another state (v.pay_for_goods, the for-phrase under the goods: "would instead pay for 30 new
carriers from a German firm for Kyiv"), and a seller in a from-phrase is no recipient a gift
with none named may go to (reactions._named_states: "will pay for 40 tanks from South Korea"
buys them); another state's debt eased, done or a deal's term (v.ease_repayment: "deferred
Laos's repayments", "will roll over $3 billion in Pakistani debt"); a term a relative clause
on a signed deal tells ("a deal under which Italy will train 1,500 Tunisian officers":
modality._relative_deal, so its own code, not an intent). Each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

HELPED_OPENERS: list[Case] = [
    (
        "LIMA",
        "Chile's president said her government would send 200 engineers to help Peru repair "
        "roads damaged by floods.",
        "CHL>PER:03|06",
    ),
    (
        "ACCRA",
        "Ghana will send 50 technicians to help Togo repair power lines, the energy minister said.",
        "GHA>TGO:03|06",
    ),
    (
        "TOKYO",
        "Japan said on Monday it would send 30 experts to help Nepal repair bridges.",
        "JPN>NPL:03|06",
    ),
    (
        "KINSHASA",
        "Angola will send 25 engineers to help Zambia repair rail lines, its transport "
        "minister said.",
        "AGO>ZMB:03|06",
    ),
]

BOUND_TERMS: list[Case] = [
    (
        "CAIRO",
        "The accord commits Egypt to fund a feasibility study for a Sudanese port.",
        "EGY>SDN:07|03",
    ),
    (
        "DAKAR",
        "The new pact commits Senegal to finance a study of Gambia's river ports.",
        "SEN>GMB:07|03",
    ),
    (
        "VIENTIANE",
        "Under the agreement, Thailand will finance a survey of Laos's northern highway.",
        "THA>LAO:07|03",
    ),
]

PAID_WORKS: list[Case] = [
    (
        "MAPUTO",
        "A cyclone hit Mozambique on Sunday, killing 40 people. Paris would also pay to repair "
        "two hospitals in Beira.",
        "FRA>MOZ:07|03",
    ),
    (
        "PRETORIA",
        "South Africa will pay to restore a hospital in Maputo, the health minister said.",
        "ZAF>MOZ:07|03",
    ),
    (
        "TOKYO",
        "Japan will pay to repair two bridges in Vientiane.",
        "JPN>LAO:07|03",
    ),
]

ISLAND_KINDS: list[Case] = [
    (
        "MANILA",
        "A typhoon hit the Philippines on Monday. Japan will send 40 rescuers to the island "
        "nation.",
        "JPN>PHL:07|03",
    ),
    (
        "COLOMBO",
        "Floods hit Sri Lanka on Sunday. The Japanese foreign ministry said Tokyo would give $2 "
        "million in aid to the island nation.",
        "JPN>LKA:07|03",
    ),
    (
        "HAVANA",
        "Cuba's economy shrank by 2% last year. Japan pledged $3 million in food aid to the "
        "island nation.",
        "JPN>CUB:07|03",
    ),
]

GOODS_PAID: list[Case] = [
    (
        "HELSINKI",
        "Sweden refused to send its old trucks to Ukraine. Finland would instead pay for 40 new "
        "trucks from a Swedish firm for Kyiv.",
        "SWE>UKR:12 FIN>UKR:07|03",
    ),
    ("OSLO", "Norway will pay for 20 ambulances for Moldova.", "NOR>MDA:07|03"),
    (
        "BERLIN",
        "Germany will pay for 12 air-defense radars for Ukraine, the defense minister said.",
        "DEU>UKR:07|03",
    ),
    ("TOKYO", "Japan said it would pay for 500 tents for Nepal.", "JPN>NPL:07|03"),
]

DEBT_EASED: list[Case] = [
    (
        "VIENTIANE",
        "China deferred Laos's repayments on a railway loan last month.",
        "CHN>LAO:07",
    ),
    (
        "ISLAMABAD",
        "Under the deal, Saudi Arabia will roll over $3 billion in Pakistani debt.",
        "SAU>PAK:07",
    ),
    ("AMMAN", "Kuwait postponed Jordan's repayments for two years on Monday.", "KWT>JOR:07"),
    (
        "LILONGWE",
        "Malawi signed a debt deal with China on Monday. Under the deal, China will extend the "
        "loans' maturities by 12 years.",
        "MWI>CHN:05 CHN>MWI:07",
    ),
]

RELATIVE_TERMS: list[Case] = [
    (
        "ROME",
        "Italy and Tunisia signed a migration deal on Monday, a deal under which Italy will "
        "train 1,500 Tunisian coast guard officers.",
        "ITA>TUN:05 TUN>ITA:05 ITA>TUN:06",
    ),
    (
        "DAKAR",
        "Senegal and Spain signed an accord on Monday under which Spain will send 40 coast guard "
        "experts to Senegal.",
        # both signers (review54: a reciprocal pattern's coordinated parties pair with each
        # other when its target slots find only one of them; news-dev lists both sides)
        "SEN>ESP:05 ESP>SEN:05 ESP>SEN:06",
    ),
    # near-misses: a deal under talks or in draft holds no term yet
    (
        "ROME",
        "Italy and Tunisia are negotiating a deal under which Italy would train 500 Tunisian "
        "police officers.",
        "ITA>TUN:04 TUN>ITA:04",
    ),
    (
        "ROME",
        "Italy and Tunisia signed a draft deal under which Italy will train 500 Tunisian police "
        "officers.",
        "ITA>TUN:05 TUN>ITA:05",
    ),
]

NONE: list[NearMiss] = [
    # the name only modifies what is helped, or no one is named
    ("ACCRA", "Ghana sent 30 engineers to help the Togo branch of a Ghanaian bank."),
    ("ACCRA", "Ghana sent 30 engineers to help repair roads."),
    # a deal that binds no other state, or is not in force
    ("ROME", "The deal commits Italy to cut its emissions by half."),
    ("LISBON", "A draft accord would commit Portugal to fund a study of Angola's railways."),
    # a study of one's own works
    ("ABUJA", "Nigeria will finance a study of its own railways."),
    ("NAIROBI", "Kenya will fund a study for a new Kenyan port."),
    # works at home or the payer's own abroad
    ("NAIROBI", "Britain said it would pay to renovate its embassy in Nairobi."),
    ("MADRID", "Spain will pay to repair schools in Seville, the education minister said."),
    ("LUSAKA", "Zambia said it would pay to rebuild two schools in Chipata."),
    # goods bought from their maker or seller, people paid for, a wrong paid for, one's own
    ("KYIV", "Kyiv said Moscow was paying for Iranian drones with gold."),
    ("KYIV", "Ukraine said Moscow was paying for North Korean soldiers with weapons technology."),
    ("WARSAW", "Poland will pay for 40 tanks from South Korea."),
    ("MOSCOW", "Russia will pay for its crimes in Ukraine, the Ukrainian president said."),
    ("OSLO", "Norway will pay for new trucks for its army."),
    # a debtor's own deferral
    ("ACCRA", "Ghana will defer its repayments to China until 2027."),
    ("CAIRO", "Egypt delayed its debt repayments to Kuwait."),
    ("KYIV", "Ukraine's parliament voted to suspend repayments on its foreign debt."),
    # the island state that gives is the only one named: no other is described
    ("TOKYO", "Japan will send 40 rescuers to the island nation, the ministry said."),
    ("TOKYO", "Japan's prime minister said the island nation would raise its defense budget."),
]

GAPS: list[Gap] = []
CASES = (
    HELPED_OPENERS
    + BOUND_TERMS
    + PAID_WORKS
    + ISLAND_KINDS
    + GOODS_PAID
    + DEBT_EASED
    + RELATIVE_TERMS
)


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary28_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary28_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
