"""Review 174 (session 52, lead): rejections of a telling and welcomes of a promised gift.

A rejection of a telling that names no act of its own ("rejected that account", "that
version", "that view", "the suggestion") answers the state whose voice spoke in the sentence
just before, as "rejected the remarks" does (rules remarked_nouns, act_nouns;
reactions._remarked_just_before): a speaker named by a pronoun ("He said the boat's tracker
showed ..."), a voice that also praised or warned the reactor in that sentence ("said Luanda
'remains Namibia's oldest partner' and warned ..."). A voice that only speaks of the claim
("said it was studying the claim") made none; words with a content clause of their own and
no determiner ("rejected suggestions that the dam was aimed at Kenya") answer no one told
before (sides._context_kind). A shipment welcomed after a sending only announced ("will send
40,000 tons of rice") is that promise (act_derivations "shipment send"), and "the package"
names aid, a deal's terms or measures (reaction_matches). "After a morning of talks" measures
talks as "after two days of talks" does (rules talk_span_nouns, duration_nouns); "a visit to
Algiers by its foreign minister" is a visit by the state the possessive names (nominals: only a
bare pronoun agent, "his visit", restates). "They" after one person met another are the two
("Indonesia's foreign minister received his Malaysian counterpart. They signed ...":
actors.coref._met_pair, pronouns.yaml pair_meeting_verbs). A gift naming no recipient, in a story
whose lead tells gifts to one state, goes to that state when the giver has no act with a third
state and the sentence names no other recipient (reactions._lead_recipient). A deal named after
plural goods that the parser read as a verb ("signed a fisheries deal", "a rare earths deal") is
the verb's object (nlp._deal_nouns_read_as_verbs, data/nlp/deal_nouns.yaml). An envoy in
person placed in another state ("the Dutch ambassador in Caracas") whose appeal or demand names
no one makes it of that state (extract._posted_hosts, rules posted_people_nouns,
posted_asking_roots); its saying does not, nor an embassy's warning to its citizens. "The Trade
Ministry", any portfolio's ministry named bare, is the context state's as "the Foreign Ministry"
is (actors.gazetteer). An explanation, apology or compensation a state expects, wants or
awaits is demanded of the one who wronged it, as "demanded an explanation" is (v.expect_redress).
Another state's goods no longer cleared, accepted or admitted are trade halted (v.stop_pumping),
and a state's customs service is its border police (actors roles COP). Gifts told in a quoted
present ('"India sends helicopters, China sends money," he said') are a portrait, no gift of the
round (reactions._quoted_present in _fellow_recipient, _lead_recipient); an agentless order to a
state's forces reported by that state's voice is its own (extract._own_forces_reported). Armed
forces that cross into another state with no border named show force there as those crossing
its border do ("Cameroonian troops crossed into Congo": v.cross_into, 150); migrants do not.
Names right after a granting participle that the parser read as the object's modifier are the
deal's counterparts ("signed agreements giving Mali and Niger duty-free access":
clauses._deal_grantees). Consent, a blessing or permission given answers the request made of
the giver before, an agreement (v.give_consent, 050; rules reaction_matches consent ...).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# reactions._remarked_just_before: a telling rejected answers the voice just before
TELLING: list[Case] = [
    (
        "SUVA",
        "Fiji demanded on Monday that Tonga free four Fijian sailors. \"These are fishermen,\" "
        "Fiji's foreign minister, Ratu Seru, told reporters. He said the boat's tracker showed "
        "it inside Fijian waters. Tonga rejected that account.",
        "FJI>TON:10 TON>FJI:12",
    ),
    (
        "WINDHOEK",
        "Namibia's president thanked Zambia on Monday. Angola's energy minister, Paulo Neto, "
        "said Luanda \"remains Namibia's oldest partner\" and warned that the new line would "
        "cost Windhoek more. Namibian officials rejected that view.",
        "NAM>ZMB:05 NAM>AGO:12",
    ),
    (
        "TALLINN",
        "Estonia said on Tuesday its border guards had detained two Russian men. Moscow's "
        "foreign ministry said the men had been hunting on Russian land. Estonia rejected that "
        "version.",
        "EST>RUS:17 EST>RUS:12",
    ),
]
# a voice speaking of the claim made none; words with content of their own answer no one
TELLING_KEPT: list[Case] = [
    (
        "SUVA",
        "Fiji demanded on Monday that Tonga free four Fijian sailors. Fiji's foreign minister, "
        "Ratu Seru, said the boat's tracker showed it inside Fijian waters. Australia's foreign "
        "ministry said it was studying the claim. Tonga rejected the claim.",
        "FJI>TON:10 TON>FJI:12",
    ),
    (
        "NAIROBI",
        "Kenya's president met Uganda's president on Monday. Ethiopia rejected suggestions that "
        "its new dam was aimed at Kenya.",
        "KEN>UGA:04",
    ),
    (
        "NAIROBI",
        "Kenya accused Ethiopia on Monday of sending troops across the border. Ethiopia "
        "rejected allegations that its troops had crossed into Kenya.",
        "KEN>ETH:11 ETH>KEN:12",
    ),
]
# act_derivations "shipment send"; reaction_matches "package"
PROMISED: list[Case] = [
    (
        "DHAKA",
        "India will send 40,000 tons of rice to Bangladesh, officials said on Monday. The "
        "World Food Programme welcomed the shipment.",
        "IND>BGD:03 UN>IND:05 UN>BGD:05",
    ),
    (
        "PORT VILA",
        "Australia pledged $80 million on Wednesday to build police posts in Vanuatu. New "
        "Zealand welcomed the package.",
        "AUS>VUT:03 NZL>AUS:05",
    ),
]

# rules talk_span_nouns, duration_nouns: "a morning of talks" as "two days of talks"
SPAN: list[Case] = [
    (
        "PORT VILA",
        "Australia and Vanuatu signed a policing pact on Wednesday after a morning of talks.",
        "AUS>VUT:05 VUT>AUS:05 AUS>VUT:04 VUT>AUS:04",
    ),
]
# nominals: an agent in a by-phrase owned by a pronoun is no restatement by pronoun
VISIT_BY: list[Case] = [
    (
        "ALGIERS",
        "Ireland signed a gas supply deal with Algeria on Monday during a visit to Algiers by "
        "its foreign minister.",
        "IRL>DZA:05 IRL>DZA:04",
    ),
]
# "his visit" alone restates a visit told before: still uncoded
VISIT_BY_KEPT: list[Case] = [
    (
        "ALGIERS",
        "Ireland's foreign minister arrived in Algiers on Monday. His visit follows a gas deal "
        "signed last year.",
        "IRL>DZA:04",
    ),
]

# coref._met_pair: "they" after one person met another are the two
MET_PAIR: list[Case] = [
    (
        "JAKARTA",
        "Indonesia's foreign minister received his Malaysian counterpart in Jakarta on Monday. "
        "They signed a memorandum on border patrols.",
        "IDN>MYS:04 IDN>MYS:05 MYS>IDN:05",
    ),
    (
        "DILI",
        "East Timor's president met Australia's prime minister in Dili on Tuesday. They agreed "
        "to open a joint maritime center.",
        "TLS>AUS:04 TLS>AUS:03|05 AUS>TLS:03|05",
    ),
]
# people met who act for no state are no pair
MET_PAIR_NOT: list[NearMiss] = [
    (
        "NAIROBI",
        "Kenya's president met protesters outside parliament on Monday. They demanded lower "
        "fuel prices.",
    ),
]
# reactions._lead_recipient: the lead's one recipient of gifts
LEAD_RECIPIENT: list[Case] = [
    (
        "NUKU'ALOFA",
        "Australia and New Zealand pledged emergency aid to Tonga on Monday after a cyclone "
        "flattened villages on its main island. Tonga's prime minister thanked both "
        "governments. The storm killed nine people. Japan said it would send water purifiers "
        "and a medical team.",
        "AUS>TON:03 NZL>TON:03 TON>AUS:05 TON>NZL:05 JPN>TON:03",
    ),
]
# gifts to two states in the lead, or a standing supply, go nowhere
LEAD_RECIPIENT_KEPT: list[Case] = [
    (
        "SUVA",
        "Australia pledged emergency aid to Tonga and Fiji on Monday after a cyclone hit both. "
        "Japan said it would send water purifiers.",
        "AUS>TON:03 AUS>FJI:03",
    ),
    (
        "NUKU'ALOFA",
        "Australia pledged emergency aid to Tonga on Monday after a cyclone hit its main "
        "island. Japan has supplied water purifiers for years.",
        "AUS>TON:03",
    ),
]
# nlp._deal_nouns_read_as_verbs: a deal named after plural goods
GOODS_DEAL: list[Case] = [
    (
        "HANOI",
        "Japan and Vietnam signed a fisheries deal on Monday.",
        "JPN>VNM:05 VNM>JPN:05",
    ),
    (
        "HANOI",
        "South Korea and Laos signed a rare earths deal on Tuesday.",
        "KOR>LAO:05 LAO>KOR:05",
    ),
    (
        "HANOI",
        "Thailand signed a fisheries deal with Cambodia on Monday.",
        "THA>KHM:05",
    ),
]
GOODS_DEAL_NOT: list[NearMiss] = [
    ("HANOI", "Officials said the two fishing fleets deal with storms every season."),
]

# extract._posted_hosts: an envoy's act naming no one is aimed at the state it is posted in
POSTED: list[Case] = [
    (
        "THE HAGUE",
        "The Dutch ambassador in Caracas demanded an explanation on Monday.",
        "NLD>VEN:10",
    ),
    (
        "THE HAGUE",
        "Venezuela seized a Dutch tanker on Sunday. The Dutch ambassador in Caracas asked to "
        "visit the crew.",
        "VEN>NLD:17 NLD>VEN:02",
    ),
]
POSTED_NOT: list[NearMiss] = [
    ("THE HAGUE", "The Dutch ambassador in Caracas said the crew was well."),
    ("THE HAGUE", "The Dutch ambassador in Caracas did not ask to visit the crew."),
    ("THE HAGUE", "The Dutch embassy in Caracas asked Dutch citizens to avoid the border."),
]
# actors.gazetteer: "the <portfolio> ministry" named bare
BARE_MINISTRY: list[Case] = [
    (
        "SEOUL",
        "South Korea's navy increased its patrols on Monday. The Trade Ministry asked Beijing "
        "to lift the curbs.",
        "KOR>CHN:02",
    ),
]

# v.expect_redress: an explanation or apology expected is demanded of the wrongdoer
REDRESS: list[Case] = [
    (
        "PRAIA",
        "Guinea-Bissau expelled two Cape Verdean journalists on Monday. \"We expect an "
        "explanation,\" Cape Verde's foreign minister said.",
        "GNB>CPV:16 CPV>GNB:10",
    ),
    (
        "PRAIA",
        "Guinea-Bissau expelled two Cape Verdean journalists on Monday. Cape Verde said it "
        "wanted an apology from Bissau.",
        "GNB>CPV:16 CPV>GNB:10",
    ),
]
REDRESS_KEPT: list[Case] = [
    (
        "PRAIA",
        "Guinea-Bissau expelled two Cape Verdean journalists on Monday. Cape Verde did not "
        "expect an apology, its minister said.",
        "GNB>CPV:16",
    ),
]

# v.stop_pumping clearing/accepting; actors roles COP customs
STOPPED_CLEARING: list[Case] = [
    (
        "ULAANBAATAR",
        "Mongolia protested on Monday after Chinese customs stopped clearing Mongolian coal "
        "trucks.",
        "CHN>MNG:16 MNG>CHN:11",
    ),
    ("CAIRO", "Egypt stopped clearing Moroccan cars at its ports on Monday.", "EGY>MAR:16"),
]
# reactions._quoted_present: a gift told in a quoted present is a portrait
QUOTED_GIFT: list[Case] = [
    (
        "KATHMANDU",
        "India sent four helicopters to Nepal on Monday after floods. \"Japan sends engineers, "
        "China sends money,\" an analyst said.",
        "IND>NPL:07",
    ),
]
# v.cross_into: armed forces crossing into a state with no border named
CROSSED: list[Case] = [
    ("BRAZZAVILLE", "Cameroonian troops crossed into Congo on Monday.", "CMR>COG:15|19"),
    (
        "JUBA",
        "Ethiopian troops crossed into South Sudan on Tuesday to pursue the gunmen.",
        "ETH>SSD:15|19",
    ),
]
CROSSED_NOT: list[NearMiss] = [
    ("MADRID", "More than 8,000 migrants crossed into Ceuta on Monday."),
]
# clauses._deal_grantees: names right after a granting participle read as the object's nmod
GRANTEES: list[Case] = [
    (
        "RABAT",
        "Morocco signed agreements on Thursday giving Mali and Niger duty-free access to its "
        "Atlantic ports.",
        "MAR>MLI:05 MAR>NER:05",
    ),
]
# v.give_consent: consent given answers the request made of the giver
CONSENT: list[Case] = [
    (
        "NEW DELHI",
        "India asked Russia for permission to sell the missiles to Vietnam. Moscow gave its "
        "blessing in January.",
        "IND>RUS:02 IND>VNM:03 RUS>IND:05",
    ),
    ("BRUSSELS", "The EU gave Ukraine permission to export grain through Poland.", "EU>UKR:05"),
]
CONSENT_NOT: list[NearMiss] = [
    ("NEW DELHI", "Russia gave its consent on Monday to the sale of the missiles."),
]
STOPPED_CLEARING_NOT: list[NearMiss] = [
    ("CAIRO", "Egypt's customs stopped accepting paper forms on Monday."),
]

CASES: list[Case] = (
    TELLING + TELLING_KEPT + PROMISED + SPAN + VISIT_BY + VISIT_BY_KEPT + MET_PAIR
    + LEAD_RECIPIENT + LEAD_RECIPIENT_KEPT + GOODS_DEAL + POSTED + BARE_MINISTRY
    + REDRESS + REDRESS_KEPT + STOPPED_CLEARING + QUOTED_GIFT + CROSSED + GRANTEES + CONSENT
)
NONE: list[NearMiss] = (
    MET_PAIR_NOT + GOODS_DEAL_NOT + POSTED_NOT + STOPPED_CLEARING_NOT + CROSSED_NOT
    + CONSENT_NOT
)
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review174_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review174_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
