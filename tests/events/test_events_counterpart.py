"""The source's counterpart in the discourse as an implicit target (issue #5, round 2).

An interactional act whose sentence names no target ("Ankara pledged 200 million dollars",
"Islamabad vowed a firm response") is aimed at the one other principal of the latest events
that involve the source, up to three sentences back; a reaction only at who acted on it. An
agentless passive ("the Chinese ambassador was summoned") takes the patient's counterpart as
source. Each case is a short article through the whole pipeline; the body must code exactly
the listed "SRC>TGT:RR" events ("a|b" accepts either root), the earlier acts included. Every
sentence was written for this file in wire style; none is copied from a gold set. CASES were
written before the rule; SECOND were written after it, in phrasings it was not built from.
NONE holds near-misses whose earlier acts are listed alone (the guards: two counterparts, a
third state since, the source's own business, an act out of tune with the relation, someone
else named by a to/with phrase, saying, intent, negation, asides). GAPS are
expected failures, each with its reason.
"""

from __future__ import annotations

import pytest

from audit_cases import audit_bodies, audit_params, code_audit, matches

# (dateline, body, expected events)
CASES: list[tuple[str, str, str]] = [
    # a clash: replies to the shelling, phrased three ways
    (
        "ISLAMABAD",
        "Indian troops shelled Pakistani border posts in Kashmir on Tuesday. "
        "Islamabad vowed a firm response.",
        "IND>PAK:19 PAK>IND:13",
    ),
    (
        "ISLAMABAD",
        "Indian troops shelled Pakistani border posts in Kashmir on Tuesday. "
        "Islamabad lodged a strong protest.",
        "IND>PAK:19 PAK>IND:11",
    ),
    (
        "ISLAMABAD",
        "Indian troops shelled Pakistani border posts in Kashmir on Tuesday. "
        "Pakistan condemned the shelling as unprovoked.",
        "IND>PAK:19 PAK>IND:11",
    ),
    # a deal: money and help offered with no recipient named
    (
        "ANKARA, TURKEY",
        "Turkey and Iraq signed a water-sharing agreement on Monday. "
        "Ankara pledged 200 million dollars for new dams.",
        "TUR>IRQ:05 IRQ>TUR:05 TUR>IRQ:03|07",
    ),
    (
        "ANKARA, TURKEY",
        "Turkish and Iraqi ministers met in Ankara to discuss water sharing. "
        "Turkey offered technical assistance.",
        "TUR>IRQ:04 IRQ>TUR:04 TUR>IRQ:03|07",
    ),
    # a diplomatic row: the summons, active and agentless passive
    (
        "WARSAW, POLAND",
        "Belarus expelled a Polish diplomat on Friday. "
        "Poland summoned the Belarusian charge d'affaires.",
        "BLR>POL:16 POL>BLR:11",
    ),
    (
        "WARSAW, POLAND",
        "Belarus expelled a Polish diplomat on Friday. "
        "Belarus's ambassador was summoned to the foreign ministry.",
        "BLR>POL:16 POL>BLR:11",
    ),
    (
        "MANILA, PHILIPPINES",
        "Chinese coast guard ships blocked a Philippine supply boat near the shoal on Monday. "
        "The Chinese ambassador was summoned in Manila.",
        "CHN>PHL:19|15|16|17 PHL>CHN:11",
    ),
    (
        "TEHRAN, IRAN",
        "British forces seized an Iranian oil tanker near Gibraltar. "
        "Britain's envoy was summoned on Friday.",
        "GBR>IRN:17 IRN>GBR:11",
    ),
    # a court case: the lawsuit is rejected by the one it was filed against
    (
        "THE HAGUE",
        "Guyana filed a case against Venezuela at the International Court of Justice. "
        "Caracas rejected the lawsuit.",
        "GUY>VEN:11 VEN>GUY:12",
    ),
    # aid after a disaster: the one state in reach
    (
        "MAPUTO, MOZAMBIQUE",
        "A cyclone killed dozens of people in Mozambique this week. "
        "Portugal sent a team of rescuers and pledged 2 million euros.",
        # two acts: the rescuers sent (07) and the money pledged (03)
        "PRT>MOZ:07 PRT>MOZ:03",
    ),
    # a summit: a pledge after a visit
    (
        "NEW DELHI",
        "Prime Minister Modi hosted Japan's prime minister in New Delhi on Monday. "
        "The two leaders praised the growing partnership, and Japan pledged new investment.",
        "IND>JPN:04 JPN>IND:03",
    ),
]

# Written after the rule, in phrasings it was not built from (see the module docstring):
# of twelve, seven code as listed with no change to the rule (three of them through it), the
# rest are in GAPS.
SECOND: list[tuple[str, str, str]] = [
    (
        "RIYADH, SAUDI ARABIA",
        "Saudi Arabia and Iran agreed on Thursday to restore diplomatic ties. Tehran welcomed "
        "the breakthrough and promised to reopen its embassy within two months.",
        "SAU>IRN:05 IRN>SAU:05 IRN>SAU:05|03",
    ),
    (
        "VILNIUS, LITHUANIA",
        "Russian border guards detained two Lithuanian fishermen on the Curonian Lagoon. "
        "Lithuania demanded their immediate release.",
        "RUS>LTU:17 LTU>RUS:10",
    ),
    (
        "NAIROBI, KENYA",
        "Somalia severed diplomatic relations with Kenya on Monday. "
        "Nairobi expressed regret over the decision.",
        "SOM>KEN:16 KEN>SOM:11",
    ),
    (
        "SEOUL",
        "North Korea fired two ballistic missiles toward Japan on Sunday. "
        "Tokyo strongly protested through diplomatic channels.",
        "PRK>JPN:19 JPN>PRK:11",
    ),
    (
        "BEIJING",
        "The Philippines accused China of ramming one of its coast guard vessels. "
        "Beijing rejected the charge as groundless.",
        "PHL>CHN:11 CHN>PHL:12",
    ),
    (
        "MADRID",
        "Morocco and Spain held talks on migration in Rabat on Monday. "
        "Madrid offered 50 million euros to help patrol the coast.",
        "MAR>ESP:04 ESP>MAR:04 ESP>MAR:03|07",
    ),
    (
        "DHAKA, BANGLADESH",
        "Myanmar troops fired mortar shells into Bangladeshi territory on Saturday. "
        "Dhaka summoned Myanmar's envoy and lodged a formal complaint.",
        "MMR>BGD:19 BGD>MMR:11",
    ),
    # a third batch, after widening the rule to a governed clause ("pledged to deepen ...")
    (
        "TOKYO",
        "Japan and South Korea signed an intelligence-sharing pact on Monday. "
        "Tokyo pledged to deepen cooperation.",
        "JPN>KOR:05|06 KOR>JPN:05|06 JPN>KOR:03",
    ),
    (
        "ISLAMABAD",
        "Indian troops shelled Pakistani border posts on Tuesday. Pakistan vowed to retaliate.",
        "IND>PAK:19 PAK>IND:13",
    ),
    (
        "ISLAMABAD",
        "Indian troops shelled Pakistani border posts on Tuesday. "
        "Pakistan warned that it would respond with force.",
        "IND>PAK:19 PAK>IND:13",
    ),
]

# near-misses: (dateline, body, the earlier acts that alone must be coded)
NONE: list[tuple[str, str, str]] = [
    # two counterparts in the latest sentence (one of them not coded): nobody is meant
    (
        "CAIRO",
        "Egypt signed a gas deal with Israel and a port deal with Greece on Monday. "
        "Cairo pledged 1 billion dollars for new pipelines.",
        # the second object's own with-phrase (_split_objects, session 16)
        "EGY>ISR:05|06 EGY>GRC:05|06",
    ),
    # the source's own business
    (
        "ANKARA, TURKEY",
        "Turkey and Iraq signed a water-sharing agreement on Monday. "
        "Ankara also increased its defense budget.",
        "TUR>IRQ:05 IRQ>TUR:05",
    ),
    (
        "ISLAMABAD",
        "Indian troops shelled Pakistani border posts in Kashmir on Tuesday. "
        "Pakistan's army chief praised his soldiers.",
        "IND>PAK:19",
    ),
    (
        "ISLAMABAD",
        "Indian troops shelled Pakistani border posts in Kashmir on Tuesday. "
        "Pakistan arrested three suspected militants.",
        "IND>PAK:19",
    ),
    # the story moved on: a new pair of states named since
    (
        "ANKARA, TURKEY",
        "Turkey and Iraq signed a water-sharing agreement on Monday. "
        "Germany and France held talks in Berlin. "
        "Ankara pledged 200 million dollars for new dams.",
        "TUR>IRQ:05 IRQ>TUR:05 DEU>FRA:04 FRA>DEU:04",
    ),
    # an act on no one ("returned"), a reversed pattern, an aside
    (
        "ATHENS, GREECE",
        "Turkish jets violated Greek airspace 30 times on Monday. "
        "The ambassador returned to Athens.",
        "TUR>GRC:15|19|17",
    ),
    (
        "ANKARA, TURKEY",
        "Turkey and Iraq signed a water-sharing agreement on Monday. "
        "Ankara pledged to raise its defense budget.",
        "TUR>IRQ:05 IRQ>TUR:05",
    ),
    # an act out of tune with the relation, or aimed at someone the sentence names
    (
        "PARIS",
        "France imposed sanctions on three Russian banks on Monday. "
        "Paris also praised the work of investigators.",
        "FRA>RUS:16",
    ),
    (
        "TOKYO",
        "Japan and South Korea signed an intelligence-sharing pact on Monday. "
        "Tokyo welcomed the rise in tourism.",
        "JPN>KOR:05|06 KOR>JPN:05|06",
    ),
    (
        "TOKYO",
        "Japan and South Korea signed an intelligence-sharing pact on Monday. "
        "Tokyo offered condolences to the victims of the floods.",
        "JPN>KOR:05|06 KOR>JPN:05|06",
    ),
    (
        "PARIS",
        "France imposed sanctions on three Russian banks on Monday. "
        "France rejected a proposal by farmers to cut fuel taxes.",
        "FRA>RUS:16",
    ),
    # saying, intent, negation
    (
        "ANKARA, TURKEY",
        "Turkey and Iraq signed a water-sharing agreement on Monday. "
        "Ankara said the accord was historic.",
        "TUR>IRQ:05 IRQ>TUR:05",
    ),
    (
        "ANKARA, TURKEY",
        "Turkey and Iraq signed a water-sharing agreement on Monday. "
        "Ankara plans to offer technical assistance next year.",
        "TUR>IRQ:05 IRQ>TUR:05",
    ),
    (
        "ANKARA, TURKEY",
        "Turkey and Iraq signed a water-sharing agreement on Monday. "
        "Ankara did not offer any money.",
        "TUR>IRQ:05 IRQ>TUR:05",
    ),
]

# (dateline, body, expected, why it fails)
GAPS: list[tuple[str, str, str, str]] = [
    # the second batch's failures
    (
        "ADDIS ABABA, ETHIOPIA",
        "Ethiopia and Eritrea signed a border demarcation deal in Jeddah. "
        "Addis Ababa hailed the accord as historic.",
        "ETH>ERI:05|06 ERI>ETH:05|06 ETH>ERI:05",
        "praise of one's own accord reaches no one (antecedent: the signers include the source)",
    ),
    (
        "WELLINGTON",
        "A tsunami struck Tonga's main island this week. New Zealand dispatched two navy "
        "ships carrying water and medical supplies.",
        "NZL>TON:07",
        "no earlier event involves New Zealand, and a possessive ('Tonga's island') is no "
        "recipient for _sole_recipient",
    ),
    (
        "ANKARA, TURKEY",
        "Sweden's ambassador was summoned after a Quran was burned in Stockholm. "
        "Turkey also postponed a planned visit by the Swedish defense minister.",
        "TUR>SWE:11 TUR>SWE:16|12",
        "the summoner is named only in the next sentence; the counterpart looks back only",
    ),
    (
        "LONDON",
        "Iranian forces seized a British-flagged tanker in the Strait of Hormuz. London "
        "called the seizure illegal and summoned Iran's charge d'affaires.",
        "IRN>GBR:17 GBR>IRN:11",
        "actors/patterns: a British-flagged tanker gives no target, and 'London' as a "
        "subject after a LONDON dateline is not resolved",
    ),
    (
        "BUDAPEST, HUNGARY",
        "Hungary blocked a European Union aid package for Ukraine on Friday. "
        "Kyiv denounced the veto as blackmail.",
        "HUN>UKR:12|16 UKR>HUN:11",
        "patterns: the package's owner (EU) is read as the target of the block",
    ),
    (
        "WARSAW, POLAND",
        "Belarus expelled a Polish diplomat on Friday. Poland rejected the accusation.",
        "BLR>POL:16 POL>BLR:12",
        "a named act kind ('the accusation') answers only an act of that kind; none was told",
    ),
    (
        "WARSAW, POLAND",
        "Belarus expelled a Polish diplomat on Friday, accusing him of espionage. "
        "Warsaw called the expulsion unjustified and promised to reciprocate.",
        "BLR>POL:16 BLR>POL:11 POL>BLR:11 POL>BLR:13|16",
        "one event per pair and sentence: the promise is dropped after the criticism",
    ),
]

CASES_ALL = CASES + SECOND + NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every case through the whole pipeline at once (one nlp.pipe batch, the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES_ALL, [], GAPS)


def test_events_counterpart_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES_ALL, [], GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES_ALL, [], GAPS))
def test_events_counterpart_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """Cases and near-misses code exactly what is listed; gaps are expected to fail."""
    assert matches(coded[body], expected), (body, coded[body], expected)
