"""Implicit targets and events in subordinate clauses (issue #5, part 3), on sentences we wrote.

Each case is a short article (neutral headline, dateline, body of one to three sentences)
through the whole pipeline; the body must code exactly the listed "SRC>TGT:RR" events ("a|b"
accepts either root), the earlier act included. Every sentence was written for this file in
wire style; none is copied from a gold set. NONE holds near-misses that must code exactly what
is listed (often only the earlier act): the reactor's own deed, no earlier act, an earlier act
with no named target. GAPS are expected failures, each with its reason.
"""

from __future__ import annotations

import pytest

from audit_cases import code_bodies, matches, slug  # tests/events/, on sys.path through conftest

# (dateline, body, expected events)
CASES: list[tuple[str, str, str]] = [
    # a reaction to "the warning", "the appeal", "the offer": whoever made it to the reactor
    (
        "TEHRAN, IRAN",
        "The United States warned Iran on Monday against enriching uranium. "
        "Iran dismissed the warning on Tuesday.",
        "USA>IRN:13 IRN>USA:12",
    ),
    (
        "TEHRAN, IRAN",
        "Washington warned Tehran that it would face consequences. "
        "Iranian officials brushed aside the warning.",
        "USA>IRN:13 IRN>USA:12",
    ),
    (
        "TEHRAN, IRAN",
        "The United Nations urged Iran to release the detained sailors. "
        "Tehran rejected the appeal.",
        "UN>IRN:02 IRN>UN:12",
    ),
    (
        "BAKU, AZERBAIJAN",
        "Russia offered on Monday to mediate between Armenia and Azerbaijan. "
        "Baku rejected the offer.",
        "RUS>ARM:03 RUS>AZE:03 AZE>RUS:12",
    ),
    # "the decision", "the move": the deed just told, also for a bystander and an approval
    (
        "BAMAKO, MALI",
        "Mali expelled the French ambassador on Monday. "
        "The European Union criticized the decision.",
        "MLI>FRA:16 EU>MLI:11",
    ),
    (
        "BAMAKO, MALI",
        "Mali expelled the French ambassador on Monday. France criticized the decision.",
        "MLI>FRA:16 FRA>MLI:11",
    ),
    (
        "MOSCOW",
        "Germany decided to send tanks to Ukraine. "
        "Russia condemned the decision as a provocation.",
        "DEU>UKR:07 RUS>DEU:11",
    ),
    (
        "WARSAW, POLAND",
        "Poland closed its border with Belarus on Monday. The European Union welcomed the move.",
        "POL>BLR:16|19 EU>POL:05",
    ),
    (
        "OTTAWA, CANADA",
        "The United States raised duties on Canadian lumber on Monday. "
        "Canada criticized the decision.",
        "USA>CAN:16 CAN>USA:11",
    ),
    # the earlier act four sentences up
    (
        "MOSCOW",
        "Armenia and Azerbaijan signed a peace deal at the White House on Friday. The two "
        "leaders shook hands. Officials said the border would reopen next month. Trade is "
        "expected to resume. Russia welcomed the agreement on Saturday.",
        "ARM>AZE:05 AZE>ARM:05 RUS>ARM:05 RUS>AZE:05",
    ),
    # a charge coordinated after a deed is an act of its own
    (
        "BAMAKO, MALI",
        "The vote comes weeks after Mali expelled France's ambassador and accused Paris of "
        "supporting rebels.",
        "MLI>FRA:16 MLI>FRA:11",
    ),
    (
        "MINSK, BELARUS",
        "Belarus closed two Polish consulates and accused Warsaw of spying.",
        "BLR>POL:16 BLR>POL:11",
    ),
    # an appeal for calm with no target: both sides of the latest hostile act
    (
        "PARIS",
        "Israeli forces struck targets in southern Lebanon overnight. "
        "France called on both sides to show restraint.",
        "ISR>LBN:19 FRA>ISR:02 FRA>LBN:02",
    ),
    (
        "CAIRO, EGYPT",
        "Israeli jets bombed a camp in Syria on Sunday. Egypt called for calm.",
        "ISR>SYR:19|18 EGY>ISR:02 EGY>SYR:02",
    ),
    (
        "UNITED NATIONS",
        "North Korean troops shelled a South Korean island on Tuesday. "
        "The United Nations urged both sides to ease tensions.",
        "PRK>KOR:19|15 UN>PRK:02 UN>KOR:02",
    ),
    (
        "ANKARA, TURKEY",
        "Azerbaijan shelled Armenian positions on Monday, Armenia said. "
        "Turkey urged the two sides to avoid an escalation.",
        "AZE>ARM:19 TUR>AZE:02 TUR>ARM:02",
    ),
    # leaders act for a group that is no actor ("led by", "headed by")
    (
        "LUSAKA, ZAMBIA",
        "Official creditors, led by China and France, signed a debt agreement with Zambia.",
        "CHN>ZMB:05 FRA>ZMB:05",
    ),
    (
        "SANAA, YEMEN",
        "A coalition of countries led by Saudi Arabia struck targets in Yemen.",
        "SAU>YEM:19",
    ),
    (
        "KYIV, UKRAINE",
        "Western donors, led by the United States, pledged $2 billion to Ukraine.",
        "USA>UKR:03|07",
    ),
    (
        "BEIRUT, LEBANON",
        "A group of Arab states, headed by Egypt, condemned Israel on Tuesday.",
        "EGY>ISR:11",
    ),
    # "whose" stands for the antecedent in its relative clause
    (
        "TUNIS, TUNISIA",
        "Tunisia, whose prime minister visited Algiers last week, signed the accord.",
        "TUN>DZA:04",
    ),
    (
        "TOKYO",
        "The deal was welcomed by Japan, whose foreign minister met Chinese officials in "
        "Beijing on Monday.",
        "JPN>CHN:04",
    ),
    (
        "KYIV, UKRAINE",
        "Ukraine, whose president visited Washington on Friday, thanked the United States for "
        "its support.",
        "UKR>USA:04 UKR>USA:05",
    ),
    (
        "TEHRAN, IRAN",
        "The sanctions target Iran, whose nuclear program Israel struck in June.",
        "ISR>IRN:19",
    ),
    # a relative clause's verb acts on the noun it hangs on
    (
        "JOHANNESBURG, SOUTH AFRICA",
        "Leaders met at a G20 summit the United States boycotted.",
        "USA>G20:16",
    ),
    (
        "JOHANNESBURG, SOUTH AFRICA",
        "Leaders gathered in Johannesburg for a summit hosted by South Africa that the "
        "United States boycotted.",
        "USA>ZAF:16",
    ),
    (
        "PRETORIA, SOUTH AFRICA",
        "The United States boycotted a summit hosted by South Africa.",
        "USA>ZAF:16",
    ),
    # a boycotted summit with no host named: the host told before
    (
        "PRETORIA, SOUTH AFRICA",
        "South Africa is hosting a summit of African leaders this week. "
        "The United States boycotted the summit.",
        "USA>ZAF:16",
    ),
    (
        "JOHANNESBURG, SOUTH AFRICA",
        "South Africa hosted the summit in Johannesburg on Saturday. "
        "Leaders met at a summit the United States boycotted.",
        "USA>ZAF:16",
    ),
    (
        "ALGIERS, ALGERIA",
        "Algeria, which Macron visited in 2022, recalled its ambassador from Paris.",
        "FRA>DZA:04 DZA>FRA:16|10",
    ),
    # a reaction in a relative clause on a charge or a proposal answers whoever voiced it
    (
        "PARIS",
        "Mali's junta said on Monday that France had armed rebels in the north. "
        "Officials in Bamako repeated the accusation, which Paris denied.",
        "FRA>MLI:12",
    ),
    ("KYIV, UKRAINE", "Moscow levelled a fresh charge Kyiv dismissed as absurd.", "UKR>RUS:12"),
    (
        "KYIV, UKRAINE",
        "Russia renewed its claim that Ukraine shelled the plant, a claim Kyiv rejected.",
        "UKR>RUS:12",
    ),
    ("BEIJING", "Japan made a proposal that China rejected.", "CHN>JPN:12"),
    ("PARIS", "Mali's charge, which Paris denied, strained ties further.", "FRA>MLI:12"),
    # the noun a place only locates says what the relative clause's verb took
    (
        "KYIV, UKRAINE",
        "Troops moved into the Bryansk region in western Russia, which Ukraine seized in a "
        "raid in May.",
        "UKR>RUS:19",
    ),
    # a delivery with no recipient goes to the buyer of the same goods named before
    (
        "WARSAW, POLAND",
        "Poland bought 96 Apache helicopters from the United States. "
        "Washington delivered the first helicopters in March.",
        "POL>USA:06 USA>POL:07",
    ),
    (
        "KYIV, UKRAINE",
        "Germany agreed to supply Ukraine with air defense systems. "
        "Berlin delivered the first systems on Tuesday.",
        "DEU>UKR:03 DEU>UKR:07",
    ),
    (
        "KYIV, UKRAINE",
        "Japan pledged to send generators to Ukraine. Tokyo shipped the first generators "
        "this week.",
        "JPN>UKR:03 JPN>UKR:07",
    ),
    # an aid noun's infinitive names whom it helps
    (
        "COLOMBO, SRI LANKA",
        "Japan announced a $10 million grant to help Sri Lanka rebuild its ports.",
        "JPN>LKA:07",
    ),
    (
        "NAIROBI, KENYA",
        "The World Bank approved a $300 million loan to help Kenya expand its power grid.",
        "WB>KEN:07",
    ),
    (
        "PARIS",
        "Israeli forces struck targets in Gaza overnight. France urged restraint.",
        "ISR>PSE:19 FRA>ISR:02 FRA>PSE:02",
    ),
    (
        "PARIS",
        "Russia attacked Ukraine's power grid on Sunday. France regretted the attack.",
        "RUS>UKR:19 FRA>RUS:11",
    ),
    (
        "RABAT, MOROCCO",
        "Morocco ordered a radar system from Israel last year. "
        "Israel delivered the first radars on Monday.",
        "MAR>ISR:06 ISR>MAR:07",
    ),
]

# (dateline, body, expected): near-misses that must code only what is listed
NONE: list[tuple[str, str, str]] = [
    # the deed is the reactor's own
    (
        "OTTAWA, CANADA",
        "The United States raised duties on Canadian lumber on Monday. "
        "U.S. Trade Representative Mark Delaney defended the move.",
        "USA>CAN:16",
    ),
    (
        "BAMAKO, MALI",
        "Mali expelled the French ambassador on Monday. Mali's junta defended the decision.",
        "MLI>FRA:16",
    ),
    # the act's author reacts to its own act
    (
        "YEREVAN, ARMENIA",
        "Armenia and Azerbaijan signed a peace agreement on Friday. "
        "Armenia's prime minister welcomed the agreement.",
        "ARM>AZE:05 AZE>ARM:05",
    ),
    (
        "TOKYO",
        "Japan and South Korea held joint drills on Monday. Tokyo praised the exercise.",
        "JPN>KOR:06 KOR>JPN:06",
    ),
    # no earlier deed
    ("BEIJING", "Japan expressed concern about the drills. China criticized the decision.", ""),
    ("BRUSSELS", "The European Union welcomed the move.", ""),
    ("TEHRAN, IRAN", "Iran dismissed the warning on Tuesday.", ""),
    # one verb of blame after another restates one charge
    ("MOSCOW", "Russia criticized Ukraine and accused Kyiv of lying.", "RUS>UKR:11"),
    # an appeal for calm with no conflict told before, or one that names its target
    ("WASHINGTON", "The United States urged both sides to show restraint.", ""),
    (
        "OTTAWA, CANADA",
        "The United States raised tariffs on Canadian steel. "
        "Canada's prime minister called for calm.",
        "USA>CAN:16",
    ),
    (
        "VIENNA",
        "Venezuela and Guyana signed an agreement on Monday. Austria urged the parties to "
        "respect its terms.",
        "VEN>GUY:05 GUY>VEN:05",
    ),
    # the earlier act has no named target, or there is no earlier act
    (
        "BEIJING",
        "North Korea fired a missile into the sea on Monday. "
        "China urged both sides to show restraint.",
        "",
    ),
    ("MOSCOW", "The agreement took effect on Monday. Russia welcomed the agreement.", ""),
    # a group named as an actor of its own acts itself; a leader of no state adds nothing
    (
        "TOKYO",
        "The G7, led by Japan this year, condemned North Korea's missile launch.",
        "G7>PRK:11",
    ),
    ("MOSCOW", "Protesters led by opposition leaders marched on the Russian embassy.", ""),
    # "whose" of no actor
    ("ALGIERS, ALGERIA", "The company, whose chief executive visited Algiers, won a contract.", ""),
    # a relative clause on an act noun is the act's own; a summit of no one
    ("BRUSSELS", "Leaders met at a summit the United States boycotted.", ""),
    ("CAIRO, EGYPT", "Leaders met in Cairo on Monday. The United States boycotted the summit.", ""),
    (
        "WASHINGTON",
        "Washington criticized the sanctions Beijing imposed on U.S. firms.",
        "USA>CHN:11 CHN>USA:16",
    ),
    # a charge voiced by no actor
    ("PARIS", "Reporters repeated the accusation, which Paris denied.", ""),
    # ", which" after a claim: the claim is denied, not the noun before it
    ("NAIROBI, KENYA", "The United States sent aid to Kenya, which Somalia disputes.", "USA>KEN:07"),
    # a delivery of goods not ordered before, or by another supplier, or named nowhere
    ("WASHINGTON", "Washington delivered the first helicopters in March.", ""),
    (
        "WARSAW, POLAND",
        "Poland bought 96 Apache helicopters from the United States. "
        "France delivered the first helicopters in March.",
        "POL>USA:06",
    ),
    (
        "KYIV, UKRAINE",
        "Germany agreed to supply Ukraine with air defense systems. "
        "Berlin delivered the first tanks on Tuesday.",
        "DEU>UKR:03",
    ),
    ("TOKYO", "Japan announced a $10 million grant to help farmers in the region.", ""),
]

# (dateline, body, expected, why it fails)
GAPS: list[tuple[str, str, str, str]] = [
    (
        "UNITED NATIONS",
        "Russia attacked Ukraine's power grid on Sunday. "
        "The United Nations urged the parties to de-escalate.",
        "RUS>UKR:19 UN>RUS:02 UN>UKR:02",
        "parser: 'de-escalate' split into three nouns under 'to', so 'urged' has no infinitive",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every case through the whole pipeline at once (one nlp.pipe batch, the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    rows = [(d, b) for d, b, _ in CASES] + [(d, b) for d, b, _ in NONE]
    rows += [(d, b) for d, b, _, _ in GAPS]
    return code_bodies(rows)


def test_events_context3_bodies_are_unique() -> None:
    bodies = [c[1] for c in CASES] + [c[1] for c in NONE] + [c[1] for c in GAPS]
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), CASES, ids=[slug(c[1]) for c in CASES])
def test_events_context3_codes_cases(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    assert matches(coded[body], expected), (body, coded[body], expected)


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), NONE, ids=[slug(c[1]) for c in NONE])
def test_events_context3_near_misses_code_only_the_earlier_act(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    assert matches(coded[body], expected), (body, coded[body], expected)


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"),
    [
        pytest.param(d, b, e, marks=pytest.mark.xfail(reason=why), id=slug(b))
        for d, b, e, why in GAPS
    ],
)
def test_events_context3_known_gaps(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    assert matches(coded[body], expected), (body, coded[body], expected)
