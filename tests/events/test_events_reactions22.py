"""Reactions 22 (session 22, builder RX2): criticism of a deed told sentences back, named by
its owner or by a noun that is not its verb.

Coded: a naming verb whose complement opens with an owner and an act noun ("called Morocco's
decision a provocation", "called Tokyo's decision economic coercion", "called its decision
economic retaliation") is split into object and predicate however the parser merged them,
and a past-tense verb hung as a clause on the subject right before it ("Spain's prime
minister called ...") is the sentence's verb (context._merged_predicates,
_verbs_read_as_adjectives); a future act its subject announced is told as a done one is
("France announced it would sell armored vehicles to Armenia ... criticized the sale":
reactions._announced_plan); "the attack" answers water cannon fired (175) but no arrest, a
code of three digits in reaction_matches answering that code only (reactions._answered);
"the deployment" is told by troops moved, "the construction" by a thing built
(act_derivations); nationals ordered out of a country are deported (v.order_people_leave, 174)
and "the expulsions" answer that, also in a saying with no telling of its own word
(extract._with_context, context "told" falling back to the latest deed of the noun's kind).
A hostile deed's noun merged with a bare predicate is split as "the decision" is ("called the
seizure piracy"); "the closure" answers a border closed (191); "the seizures" are told by
property nationalized, "the overflights" by jets flown, "the demolition" by roads blown up;
"an act of economic aggression" judges as "aggression" does (objects._has_need).
Near-misses: a domestic court's or party's decision, a plan only possible ("might sell") or
a stance ("would continue to sail"), an attack after an arrest with a bomb in between, a
construction by no state, citizens called home, workers sent out of a building, a
deployment whose of-phrase names a thing no act told.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# "called Morocco's decision a provocation": the owner's act, however the parse merged it
OWNED_NAMES: list[Case] = [
    (
        "MADRID",
        "Morocco suspended cooperation with Spain on migration on Tuesday. About 8,000 migrants "
        "crossed into Ceuta in two days. Spain's prime minister called Morocco's decision a "
        "provocation.",
        "MAR>ESP:16 ESP>MAR:11",
    ),
    (
        "SEOUL",
        "Japan tightened export controls on chips sent to South Korea on Monday. South Korean "
        "chip makers warned of delays. Seoul called Tokyo's decision economic coercion.",
        "JPN>KOR:16 KOR>JPN:11",
    ),
    (
        "SEOUL",
        "Japan tightened export controls on chips sent to South Korea on Monday. Seoul called "
        "its decision economic retaliation.",
        "JPN>KOR:16 KOR>JPN:11",
    ),
    (
        "NAIROBI",
        "Tanzania banned imports of Kenyan maize on Wednesday. Kenya's trade minister called "
        "Tanzania's move blackmail.",
        "TZA>KEN:16 KEN>TZA:11",
    ),
]

# an announced future act is told as a done one
ANNOUNCED: list[Case] = [
    (
        "BAKU",
        "France announced on Monday it would sell armored vehicles to Armenia. Azerbaijan "
        "criticized the sale.",
        "FRA>ARM:03 AZE>FRA:11",
    ),
    (
        "ISLAMABAD",
        "India announced it would build a dam on the Chenab river near the Pakistani border. "
        "Pakistan condemned the construction.",
        "PAK>IND:11",
    ),
    # a plan only possible is no decision: the sale answers nothing
    (
        "BAKU",
        "France said it might sell armored vehicles to Armenia. Azerbaijan criticized the sale.",
        "FRA>ARM:03",
    ),
]

# "the attack" of water cannon fired; "the deployment" of troops moved; "the construction"
ATTACKS_AND_DEPLOYMENTS: list[Case] = [
    (
        "HANOI",
        "Chinese coast guard ships fired water cannon at a Vietnamese patrol boat near the "
        "Paracel Islands on Friday. Vietnam has long claimed the islands. A spokeswoman for "
        "Vietnam's Foreign Ministry called the attack a serious violation of Vietnamese "
        "sovereignty.",
        "CHN>VNM:17 VNM>CHN:11",
    ),
    (
        "MANILA",
        "Chinese coast guard vessels used water cannon against two Philippine supply boats on "
        "Tuesday. Manila condemned the attack.",
        "CHN>PHL:17 PHL>CHN:11",
    ),
    # an arrest is no attack: the bomb's author is not told
    (
        "TALLINN",
        "Russia arrested two Estonian journalists on Monday. A bomb exploded outside a police "
        "station in Tallinn on Tuesday. Estonia condemned the attack.",
        "RUS>EST:17",
    ),
    (
        "KYIV",
        "Belarus moved tanks close to its border with Ukraine over the weekend. Belarusian "
        "officials described the movement as a routine exercise. Ukrainian border guards said "
        "they had seen dozens of armored vehicles. Kyiv called the deployment a threat.",
        "UKR>BLR:11",
    ),
    (
        "NEW DELHI",
        "China built a new village on land claimed by India last year. India's foreign "
        "ministry said the construction was illegal.",
        "IND>CHN:11",
    ),
]

# nationals ordered out are deported; "the expulsions" answer it
EXPULSIONS: list[Case] = [
    (
        "ASTANA",
        "Kazakhstan ordered 300 Uzbek workers to leave the country within a month. Uzbekistan "
        "called the expulsions unfair.",
        "KAZ>UZB:17 UZB>KAZ:11",
    ),
    (
        "BANGKOK",
        "Thailand told hundreds of Cambodian migrants to leave the country on Monday. "
        "Cambodia's labor ministry said the expulsions were cruel. Phnom Penh also condemned "
        "the move.",
        "THA>KHM:17 KHM>THA:11 KHM>THA:11",
    ),
    # a deployment whose of-phrase names a thing no act told answers no latest deed
    (
        "BERLIN",
        "Germany ordered two Russian journalists to leave the country on Friday. A Russian "
        "diplomat said the deployment of the tanks was provocative.",
        "DEU>RUS:10",
    ),
]

# a hostile deed's noun merged with a bare predicate; a closure of a border; the seizure of
# property nationalized; overflights; a demolition; "an act of aggression"
KINDS_OF_DEEDS: list[Case] = [
    (
        "TEHRAN",
        "The United States seized an Iranian oil tanker off the coast of Greece on Friday. "
        "Iran's foreign ministry spokesman called the seizure piracy.",
        "USA>IRN:17 IRN>USA:11",
    ),
    (
        "COTONOU",
        "Niger's military government ordered the closure of the border with Benin on Monday. "
        "Benin said the closure was unjustified.",
        "NER>BEN:16 BEN>NER:11",
    ),
    (
        "WARSAW",
        "Poland ordered the closure of its border with Belarus on Friday. Truck drivers said "
        "thousands of vehicles were stuck. The closure was criticized by Russia.",
        "POL>BLR:16 RUS>POL:11",
    ),
    (
        "LIMA",
        "Bolivia nationalized two mines owned by Peruvian companies on Friday. The mines "
        "produce tin and silver near Potosi. Bolivia's president said the step would protect "
        "national resources. Peru's foreign minister said on Saturday that the seizures "
        "violated a bilateral investment treaty.",
        "PER>BOL:11",
    ),
    (
        "ATHENS",
        "Turkish fighter jets flew over two Greek islands on Tuesday, the Greek military said. "
        "Greece's foreign ministry said the overflights were a violation of its sovereignty.",
        "GRC>TUR:11",
    ),
    (
        "SEOUL",
        "North Korea blew up roads linking it with South Korea on Tuesday. South Korea's "
        "military fired warning shots. Seoul's unification ministry called the demolition "
        '"a regrettable act."',
        "KOR>PRK:11",
    ),
    (
        "BOGOTA",
        "Ecuador raised tariffs on Colombian goods to 30 percent on Thursday. Colombia "
        "responded by cutting electricity sales to Ecuador. Economists said both countries "
        "would lose. Colombia's trade minister said the tariffs were \"an act of economic "
        'aggression."',
        "ECU>COL:16 COL>ECU:16 COL>ECU:11",
    ),
]

NONE: list[NearMiss] = [
    # a friendly noun merged with its predicate, overflights and a demolition by no state, an
    # act of good faith
    ("MOSCOW", "Putin called the summit talks productive."),
    (
        "ATHENS",
        "Private planes flew over the Acropolis on Sunday. Greece criticized the overflights.",
    ),
    (
        "SEOUL",
        "Workers blew up an old bridge in Seoul on Monday. North Korea called the demolition a "
        "provocation.",
    ),
    ("BOGOTA", "Colombia's trade minister said the new rules were an act of good faith."),
    # a domestic decision named by its owner
    ("MADRID", "Spain's prime minister called the court's decision blackmail."),
    ("MADRID", "Spain's prime minister called his party's decision a mistake."),
    # a stance, not an announced act on another
    (
        "CANBERRA",
        "Australia said it would continue to sail through the Taiwan Strait. China criticized "
        "the transit.",
    ),
    # a construction by no state
    (
        "BUDAPEST",
        "Workers built a new bridge over the Danube. Hungary criticized the construction.",
    ),
    # citizens called home, workers sent out of a building
    ("ACCRA", "Ghana ordered its citizens to leave Sudan as fighting spread."),
    ("LONDON", "The company ordered its workers to leave the building after a fire alarm."),
]

GAPS: list[Gap] = [
    (
        "ANKARA",
        "Greece deployed troops to the island of Lesbos on Thursday. Turkish officials said the "
        "deployment breached treaties that keep the islands demilitarized.",
        "TUR>GRC:11",
        "the parser reads 'the deployment breached treaties' as one noun phrase",
    ),
    (
        "LA PAZ",
        "Chile closed its main border crossing with Bolivia on Monday. Bolivia's foreign "
        "minister met the Chilean ambassador on Tuesday. A ministry spokesman later criticized "
        "the closure.",
        "CHL>BOL:19 BOL>CHL:04 BOL>CHL:11",
        "a nameless ministry's spokesman gets no state from the minister two sentences back",
    ),
    (
        "NICOSIA",
        "Turkey sent a drilling ship into waters claimed by Cyprus on Sunday. The Cypriot "
        "government said the drilling was a violation of its sovereign rights.",
        "CYP>TUR:11",
        "'a drilling ship' sent tells no drilling",
    ),
    (
        "CANBERRA",
        "Beijing imposed new checks on Australian beef on Tuesday. Australia's trade minister "
        "said the checks were disappointing.",
        "AUS>CHN:11",
        "'disappointing' is no judging word yet ('the talks were disappointing' is no blame)",
    ),
]
CASES = OWNED_NAMES + ANNOUNCED + ATTACKS_AND_DEPLOYMENTS + EXPULSIONS + KINDS_OF_DEEDS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions22_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions22_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
