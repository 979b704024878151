"""Reactions to an act that coded nothing, bare reactions, threats in answer (issue #5, part 17).

UNCODED: a hostile answer with no target of its own ("Greece reacted angrily", "voiced
concern", "cried foul", "urged restraint", "vowed a response") answers the act told just
before even when that act coded no event (no target, a measure on a state's media or ships,
an act inside a place): its target is the act's author, a state or IGO other than the
reactor. Sentences of other answers in between are crossed; any other sentence, an act of
no state (protesters, a company), the reactor's own act, a domestic object ("its budget"),
a game, a future, negated or conditional reaction, a company as reactor code nothing.
CODED: a bare protest by a state that is no party to the acts just coded answers their one
author, or both parties of a deal told both ways ("Egypt and Sudan signed a pact. Ethiopia
objected").
WORDS: bare "objected", "cried foul", "warned of consequences" (130), "said it would respond
in kind" (130), and judgements of an act ("said the step was deeply troubling", "described
the veto as deplorable": 111).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

UNCODED: list[Case] = [
    (
        "ANKARA",
        "Turkey sent a drill ship into contested waters on Tuesday. Greece reacted angrily. "
        "The European Union voiced concern. Cyprus urged restraint.",
        "GRC>TUR:11 EU>TUR:11 CYP>TUR:02",
    ),
    (
        "SEOUL",
        "North Korea fired a ballistic missile into the sea off its east coast on Sunday. "
        "Japan protested through diplomatic channels. South Korea condemned the launch.",
        "JPN>PRK:11 KOR>PRK:11",
    ),
    (
        "MANILA",
        "China built a new airstrip on a disputed reef last week. The Philippines cried foul. "
        "Vietnam hit back, calling the move illegal.",
        "PHL>CHN:11 VNM>CHN:11",
    ),
    (
        "JERUSALEM",
        "Iran began enriching uranium to 90 percent purity on Monday. Israel warned of "
        "consequences. France said the step was deeply troubling.",
        "ISR>IRN:13 FRA>IRN:11",
    ),
    (
        "CAIRO",
        "Ethiopia began filling the reservoir of its giant Nile dam on Thursday. Egypt vowed to "
        "retaliate. Sudan described the move as reckless.",
        "EGY>ETH:13 SDN>ETH:11",
    ),
    (
        "TOKYO",
        "China imposed export curbs on rare earth metals on Friday. Japan voiced concern. The "
        "United States called the curbs coercive.",
        "JPN>CHN:11 USA>CHN:11",
    ),
    (
        "LONDON",
        "Britain granted asylum to a former Russian intelligence officer on Tuesday. The Kremlin "
        "cried foul.",
        "RUS>GBR:11",
    ),
    (
        "SEOUL",
        "North Korea tested a hypersonic missile on Wednesday. Tokyo lodged a protest. Seoul "
        "expressed alarm.",
        "JPN>PRK:11 KOR>PRK:11",
    ),
    (
        "NEW DELHI",
        "Pakistan test-fired a nuclear-capable cruise missile on Saturday. India's foreign "
        "ministry expressed concern.",
        "IND>PAK:11",
    ),
    (
        "ATHENS",
        "Turkey sent a survey vessel into waters claimed by Greece on Monday. Athens hit back, "
        "saying the mission was illegal.",
        "GRC>TUR:11",
    ),
    (
        "BEIJING",
        "Japan released treated water from the Fukushima plant into the Pacific on Thursday. "
        "China reacted furiously. Beijing warned of consequences.",
        "CHN>JPN:11 CHN>JPN:13",
    ),
    (
        "MOSCOW",
        "Finland closed its border crossings on Friday. Russia's foreign ministry called the "
        "decision a provocation.",
        "RUS>FIN:11",
    ),
    (
        "BRUSSELS",
        "Hungary vetoed the aid package on Monday. The European Commission described the veto as "
        "deplorable.",
        "EU>HUN:11",
    ),
    (
        "BAKU",
        "Armenia held military exercises near the border on Tuesday. Azerbaijan warned of a "
        "response.",
        "AZE>ARM:13",
    ),
    (
        "WELLINGTON",
        "France conducted a nuclear test in the Pacific on Monday. New Zealand protested. "
        "Australia said the test was unacceptable.",
        "NZL>FRA:11 AUS>FRA:11",
    ),
    (
        "ISLAMABAD",
        "India suspended the Indus Waters Treaty on Wednesday. Pakistan vowed to respond in kind.",
        "PAK>IND:13",
    ),
    (
        "MEXICO CITY",
        "The United States built a new wall section along the border on Monday. Mexico's "
        "president urged restraint.",
        "MEX>USA:02",
    ),
    (
        "VILNIUS",
        "Lithuania began building a fence along its eastern frontier on Monday. Minsk vowed a "
        "response. Belarus called the decision illegal. Minsk said it would retaliate.",
        "BLR>LTU:13 BLR>LTU:11 BLR>LTU:13",
    ),
    (
        "TOKYO",
        "China launched its third aircraft carrier on Friday. Japan voiced concern.",
        "JPN>CHN:11",
    ),
    (
        "ATHENS",
        "Greece sent a frigate to the area on Tuesday. Turkey reacted angrily.",
        "TUR>GRC:11",
    ),
    # a present perfect act; a feeling told as the predicate of a reported clause
    (
        "NICOSIA",
        "Turkey has moved a drilling platform off the island's coast. Cyprus has protested.",
        "CYP>TUR:11",
    ),
    (
        "ATHENS",
        "Turkey sent a seismic survey ship south of Crete on Tuesday. Greece said it was deeply "
        "concerned. Cyprus said it was alarmed.",
        "GRC>TUR:11 CYP>TUR:11",
    ),
    # the act told in the reaction's own after-clause; a date names no act
    (
        "TOKYO",
        "Japan lodged a protest after China sailed two warships near the Senkaku Islands.",
        "JPN>CHN:11",
    ),
    (
        "TOKYO",
        "Japan voiced concern after North Korea fired a ballistic missile into the sea.",
        "JPN>PRK:11",
    ),
    (
        "TOKYO",
        "After North Korea fired a cruise missile into the sea, Japan lodged a protest.",
        "JPN>PRK:11",
    ),
    (
        "ATHENS",
        "Greece protested on Tuesday after Turkey sent a drill ship into disputed waters.",
        "GRC>TUR:11",
    ),
    (
        "ATHENS",
        "Turkey sent a research vessel into disputed waters on Tuesday. Greece protested on "
        "Wednesday.",
        "GRC>TUR:11",
    ),
    # an act a saying verb reports as done
    (
        "VILNIUS",
        "Lithuania said on Monday it had finished building a fence along its eastern frontier. "
        "Minsk protested.",
        "BLR>LTU:11",
    ),
    (
        "TOKYO",
        "China's defence ministry said it had conducted a missile test. Japan expressed concern.",
        "JPN>CHN:11",
    ),
]

UNCODED_NONE: list[NearMiss] = [
    # no criticism in the manner
    ("ANKARA", "Turkey sent a drill ship into disputed waters on Tuesday. Greece reacted calmly."),
    # no act: the weather, protesters, a company
    ("TOKYO", "A typhoon struck southern Japan on Friday. China expressed concern."),
    (
        "LIMA",
        "Protesters stormed the parliament building in Lima on Tuesday. The United States "
        "voiced concern.",
    ),
    ("PARIS", "Apple released a new iPhone on Tuesday. France objected."),
    # the reactor's own act
    (
        "PARIS",
        "France tested a new hypersonic missile on Monday. Paris said the test was a success.",
    ),
    ("ATHENS", "Greece sent a frigate to the area on Tuesday. Greek officials defended the move."),
    # a domestic object
    ("MADRID", "Spain raised its minimum wage on Monday. Portugal objected."),
    # a game
    (
        "RIO DE JANEIRO",
        "Brazil beat Argentina 2-1 in the World Cup final on Sunday. Argentina protested.",
    ),
    # future, conditional, negated reactions; a company or private people reacting
    (
        "ANKARA",
        "Turkey sent a drill ship into disputed waters on Tuesday. Greece is expected to protest.",
    ),
    (
        "ANKARA",
        "Turkey sent a drill ship into disputed waters on Tuesday. Greece would object if the "
        "ship entered its waters.",
    ),
    ("ANKARA", "Turkey sent a drill ship into disputed waters on Tuesday. Greece did not object."),
    (
        "ANKARA",
        "Turkey sent a drill ship into disputed waters on Tuesday. ExxonMobil voiced concern.",
    ),
    (
        "SEOUL",
        "North Korea fired a missile into the sea on Sunday. South Korean fishermen protested.",
    ),
    # an appeal to sides the story has not named; an act still under way; a feeling about
    # something else
    (
        "ATHENS",
        "Turkey sent a drill ship into disputed waters on Monday. The United States urged both "
        "countries to show restraint.",
    ),
    ("ATHENS", "Turkey is sending a drill ship into disputed waters. Greece reacted angrily."),
    (
        "ATHENS",
        "Turkey sent a drill ship into disputed waters on Friday. Greece said it was concerned "
        "about rising fuel prices.",
    ),
    # an after-clause of no state's act, of a domestic act, or a before-clause
    ("ATHENS", "Greece protested after protesters burned a Greek flag in Istanbul."),
    ("ATHENS", "Greece voiced concern after Turkey raised its minimum wage."),
    ("TOKYO", "Japan voiced concern before North Korea fired a missile."),
    # a reported act denied, or the reactor's own
    (
        "VILNIUS",
        "Lithuania said it had not finished the fence along its eastern frontier. Minsk protested.",
    ),
    (
        "TOKYO",
        "China's defence ministry said Japan had conducted a missile test. Japan expressed "
        "concern.",
    ),
    # a reaction with nothing told before it
    ("ATHENS", "Greece reacted angrily on Tuesday."),
    # a story that moved on: an act of someone else in between
    (
        "ANKARA",
        "Turkey sent a drill ship into disputed waters on Tuesday. On Thursday, Greece's prime "
        "minister toured Crete. Greece reacted angrily.",
    ),
    # "welcomed the rain" answers no act
    ("CAIRO", "Ethiopia began filling its reservoir on Thursday. Sudan welcomed the rain."),
]

CODED: list[Case] = [
    # a denial with its own clause answers no act just told: it codes the denied deed's harm
    # (clauses25; this row was a near miss while "its jets" was read as Poland's)
    (
        "MOSCOW",
        "Poland invoked a NATO treaty article on Monday. Russia denied that its jets had entered "
        "Polish airspace.",
        "RUS>POL:12",
    ),
    (
        "COLOMBO",
        "Sri Lanka and India signed a maritime treaty on Wednesday. The Maldives protested.",
        "LKA>IND:05 IND>LKA:05 MDV>LKA:11 MDV>IND:11",
    ),
    (
        "CAIRO",
        "Egypt and Sudan signed a defence pact on Sunday. Ethiopia objected.",
        "EGY>SDN:05 SDN>EGY:05 ETH>EGY:11 ETH>SDN:11",
    ),
    (
        "HANOI",
        "Vietnam and the Philippines signed a coast guard accord on Monday. China reacted angrily.",
        "VNM>PHL:05 PHL>VNM:05 CHN>VNM:11 CHN>PHL:11",
    ),
    (
        "GENEVA",
        "The U.N. Human Rights Council voted on Friday to open an inquiry into Myanmar. Thailand "
        "welcomed the vote. China objected.",
        "UN>MMR:09 THA>UN:05 CHN>UN:11",
    ),
    # the reactor is a party to the deal: only the deal
    (
        "CAIRO",
        "Egypt and Sudan signed a water pact on Sunday. Sudan's parliament objected.",
        "EGY>SDN:05 SDN>EGY:05",
    ),
]

WORDS: list[Case] = [
    (
        "TALLINN",
        "Russia expelled two Estonian diplomats on Monday. Tallinn said it would respond with "
        "similar steps.",
        "RUS>EST:16 EST>RUS:13",
    ),
    (
        "OTTAWA",
        "India expelled a Canadian diplomat on Monday. Canada objected. Ottawa warned of "
        "consequences.",
        "IND>CAN:16 CAN>IND:11 CAN>IND:13",
    ),
    (
        "MANILA",
        "A Chinese coast guard vessel fired a water cannon at a Philippine supply boat on Sunday. "
        "Manila cried foul.",
        "CHN>PHL:17 PHL>CHN:11",
    ),
    (
        "SEOUL",
        "North Korea fired artillery near the border on Friday. South Korea said it would respond "
        "firmly.",
        "KOR>PRK:13",
    ),
    # a predicate read with its adverb (session 55, C55a: objects._judged_clauses; a gap
    # until then: "motivated" alone judges nothing, "motivated by safety")
    (
        "GENEVA",
        "The U.N. Human Rights Council voted on Friday to open an inquiry into Belarus. Russia "
        "said the decision was politically motivated.",
        "UN>BLR:09 RUS>UN:11",
    ),
]

WORDS_NONE: list[NearMiss] = [
    ("CANBERRA", "Australia warned of heavy rain along the coast on Monday."),
    ("CANBERRA", "Australia's foreign minister said she would respond to questions later."),
    ("LONDON", "The referee cried foul after the match on Saturday."),
]

GAPS: list[Gap] = [
    (
        "VILNIUS",
        "Lithuania banned two Belarusian TV channels on Monday. Belarus called the ban censorship.",
        "BLR>LTU:11",
        "the parser reads 'the ban censorship' as one noun phrase with 'ban' as a compound",
    ),
]

CASES = UNCODED + CODED + WORDS
NONE = UNCODED_NONE + WORDS_NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context17_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_context17_codes_reactions_to_uncoded_acts(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
