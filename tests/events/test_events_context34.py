"""Context 34 (session 21, builder PR): references to a pair of states, and reactions to a
deal two states made.

Coded: "the arrangement", with no earlier use of the noun itself, sums up a deal told before
by any noun of the agreement family ("signed an accord ... welcomed the arrangement": rules
deal_summary_nouns, coordination _antecedent_author); a deal's
signers named by a relative clause on its noun ("under an agreement the two governments
signed last year") are its authors (coordination _relative_authors), so a third state's
later reaction to "the arrangement" is aimed at both. A pair reference a third party appeals
to or is in contact with ("urged both governments", "in touch with both capitals", "sent
envoys to both capitals") passes over a nearer pair that only offered, called for or voiced
something for the pair at odds before it (plurals _onlooker, onlooker_verbs, contact_preps);
two clauses joined by ", and" make no list (plurals _new_clause); the subject of a plural's own
clause is no speaker whose state the pair must hold (plurals _reported). Each row is (dateline, body, expected
events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

ARRANGEMENTS: list[Case] = [
    (
        "NAIROBI",
        "Kenya and Somalia signed a deal on Friday to share water from the Juba river. "
        "Ethiopia criticized the arrangement.",
        "KEN>SOM:05 SOM>KEN:05 ETH>KEN:11 ETH>SOM:11",
    ),
    (
        "LIMA",
        "Peru and Bolivia reached an accord on Tuesday on gas exports. Chile, which buys most "
        "of Bolivia's gas, welcomed the arrangement.",
        "PER>BOL:05 BOL>PER:05 CHL>PER:05 CHL>BOL:05",
    ),
    (
        "LONDON",
        "Britain sent 30 migrants to Rwanda on Monday under an agreement the two governments "
        "signed in April. France criticized the arrangement.",
        "GBR>RWA:05 RWA>GBR:05 FRA>GBR:11 FRA>RWA:11",
    ),
    (
        "CANBERRA",
        "Australian police arrested 12 men on Nauru on Thursday under a pact the two "
        "governments concluded last year. New Zealand condemned the pact.",
        "AUS>NRU:05 NRU>AUS:05 NZL>AUS:11 NZL>NRU:11",
    ),
    (
        "ROME",
        "Italy sent 25 migrants to Albania on Friday under an agreement the two governments "
        "signed last year. Tunisia, which has its own deal with Italy, praised the arrangement.",
        "ITA>ALB:05 ALB>ITA:05 TUN>ITA:05 TUN>ALB:05",
    ),
]

# a pair reference a third party appeals to or is in contact with: the pair at odds, not a
# nearer pair that only offered, called for or voiced something (plurals _onlooker)
ONLOOKERS: list[Case] = [
    (
        "NEW DELHI",
        "India and Pakistan closed their airspace to each other's airlines on Tuesday. Saudi "
        'Arabia and the United Arab Emirates offered to mediate. "We are in touch with both '
        'capitals," a U.S. State Department spokesperson said.',
        "IND>PAK:16 PAK>IND:16 SAU>IND:03 SAU>PAK:03 ARE>IND:03 ARE>PAK:03 USA>IND:04 USA>PAK:04",
    ),
    (
        "YEREVAN",
        "Armenia accused Azerbaijan of shelling border villages on Sunday. Russia and France "
        "called for restraint. Germany urged both governments to return to talks.",
        "ARM>AZE:11 DEU>ARM:02 DEU>AZE:02",
    ),
    (
        "KHARTOUM",
        "Sudan and Chad traded accusations on Monday over a cross-border raid. Egypt and Libya "
        "offered to host talks. Qatar's foreign minister spoke with both leaders by phone.",
        "SDN>TCD:11 TCD>SDN:11 EGY>SDN:03 EGY>TCD:03 LBY>SDN:03 LBY>TCD:03 QAT>SDN:04 QAT>TCD:04",
    ),
    (
        "LIMA",
        "Peru expelled Ecuador's ambassador on Wednesday over a fishing dispute. Colombia and "
        "Brazil voiced concern. Chile said it was in contact with both governments.",
        "PER>ECU:16 COL>PER:11 BRA>PER:11 CHL>PER:04 CHL>ECU:04",
    ),
    (
        "NAIROBI",
        "Kenya accused Uganda on Sunday of closing a border post. Rwanda and Burundi called "
        "for calm. Tanzania later sent envoys to both capitals.",
        "KEN>UGA:11 TZA>KEN:04 TZA>UGA:04",
    ),
    (
        "HANOI",
        "Vietnam protested to China on Friday over the seizure of a fishing boat. Malaysia and "
        "Indonesia expressed concern. Singapore said it had spoken to both governments.",
        "VNM>CHN:11 MYS>VNM:11 IDN>VNM:11 SGP>VNM:04 SGP>CHN:04",
    ),
    # kept: praise or blame aimed at the onlookers themselves, a pair with no dispute before
    (
        "ABUJA",
        "Mali accused Niger of arming rebels. Ghana and Senegal offered on Monday to mediate in "
        "the dispute. Nigeria thanked both countries.",
        "MLI>NER:11 GHA>MLI:03 GHA>NER:03 SEN>MLI:03 SEN>NER:03 NGA>GHA:05 NGA>SEN:05",
    ),
    (
        "DAR ES SALAAM",
        "Kenya and Uganda raised tariffs on Tanzanian sugar on Monday. Tanzania criticized both "
        "countries.",
        "KEN>TZA:16 UGA>TZA:16 TZA>KEN:11 TZA>UGA:11",
    ),
    (
        "QUITO",
        "Ecuador accused Peru on Monday of moving troops to the border. Chile and Argentina "
        "called for dialogue. Brazil said it would send envoys to both capitals.",
        "ECU>PER:11 BRA>ECU:04 BRA>PER:04",
    ),
    (
        "BANGKOK",
        "Thailand and Cambodia traded accusations on Monday over new mines on the border. "
        "Malaysia and Indonesia offered to mediate. Troops on both sides of the border were "
        "put on alert.",
        "THA>KHM:11 KHM>THA:11 MYS>THA:03 MYS>KHM:03 IDN>THA:03 IDN>KHM:03",
    ),
    (
        "MONROVIA",
        "Ghana and Nigeria offered on Monday to send observers. Liberia said it was in touch "
        "with both governments.",
        "LBR>GHA:04 LBR>NGA:04",
    ),
]

# two clauses joined by ", and" are no list ("Uganda is Kenya's largest market after Tanzania,
# and Kenya relies on Ugandan rail"): a later "both leaders" is the pair that spoke (_new_clause)
CLAUSES: list[Case] = [
    (
        "ALGIERS",
        "Algeria recalled its ambassador from Morocco on Tuesday after a border incident.\n\n"
        '"Morocco is Algeria\'s biggest trading partner after France, and Algeria needs Moroccan '
        'ports," said an analyst.\n\nAlgerian President Amine Larbi spoke by phone with '
        "Morocco's king on Monday evening, his office said. It said Larbi \"stressed Algeria's "
        'rejection" of any incursion, while both leaders agreed that trade should continue.',
        "DZA>MAR:16 DZA>MAR:04 DZA>MAR:05 MAR>DZA:05",
    ),
    (
        "NAIROBI",
        "Kenya expelled two Ugandan diplomats on Thursday after a dispute over fishing on Lake "
        'Victoria.\n\n"Uganda is Kenya\'s largest market after Tanzania, and Kenya relies on '
        'Ugandan rail," said Joseph Mwangi, an economist in Nairobi.\n\nKenyan President '
        "Daniel Kamau spoke with Uganda's president by phone on Friday, his office said. Both "
        "leaders agreed to set up a joint commission.",
        "KEN>UGA:16 KEN>UGA:04 KEN>UGA:03 UGA>KEN:03",
    ),
    # kept: a list of three signers stays a list
    (
        "PARIS",
        "France, Germany and Italy signed a defense pact on Monday. The three countries will "
        "share satellite data.",
        "FRA>DEU:05 DEU>FRA:05 FRA>ITA:05 ITA>FRA:05",
    ),
]

# the subject of a plural's own clause acts on it, and is no speaker whose state the pair must
# hold ("Thailand, which plans its own link, praised 'the courage' of the two governments"):
# the story's pair (plurals _reported); a reported "he hoped the two countries" still needs it
SUBJECTS: list[Case] = [
    (
        "HANOI, Vietnam",
        "The first passenger train crossed the border at Lao Cai on Friday. Officials said it "
        "carried 300 passengers. Crowds waved flags. Vietnam and Laos signed the deal for the "
        "line in 2024. Work on the line began in 2021. Costs doubled. Floods delayed it in 2023 "
        "after Vietnamese engineers left Laos. Tickets sold out within hours. Thailand, which "
        'plans its own link, praised "the courage" of the two governments.',
        "VNM>LAO:05 LAO>VNM:05 THA>VNM:05 THA>LAO:05",
    ),
    (
        "PHNOM PENH, Cambodia",
        "The first cargo train crossed the border at Poipet on Friday. Officials said it carried "
        "rice. Crowds waved flags. Cambodia and Thailand signed the deal for the line in 2024. "
        "Work on the line began in 2021. Costs doubled. Floods delayed it in 2023 after Thai "
        "engineers left Cambodia. Tickets sold out within hours. Vietnam's prime minister said "
        'he hoped "the two countries" would soon add a second line.',
        "KHM>THA:05 THA>KHM:05",
    ),
]

# near-misses: arrangements of no deal told, a plan only discussed; onlookers named alone
NONE: list[NearMiss] = [
    (
        "TOKYO",
        "Japan opened a new coast guard base on Friday. China criticized the security "
        "arrangements at the base.",
    ),
    (
        "MADRID",
        "Spanish police detained 40 migrants on Friday under a plan the two governments "
        "discussed last year. Morocco criticized the arrangement.",
    ),
    (
        "DOHA",
        "Qatar and Egypt offered on Monday to host new talks on Gaza. Both countries have "
        "hosted earlier rounds.",
    ),
]
GAPS: list[Gap] = []
CASES = ARRANGEMENTS + ONLOOKERS + CLAUSES + SUBJECTS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context34_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context34_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
