"""Silent sentences that name both actors (session 18, builder SL).

HANDED: a verb of handing with two objects ("handed the Israeli diplomat a protest note"),
which the parser may read as two direct objects: the first is the recipient, as "him" is in
"handed him a note" (rules.yaml ditransitive_verbs, context._double_objects).

SUMMONED: an agentless passive act on another state's envoy that names where it was done ("was
summoned to the Polish Foreign Ministry", "to the Foreign Ministry in Warsaw"): the office's
state did it (extract._summoning_place); a phrase that only dates the act ("on Monday") is no
"call on" either.

FACED: armed forces that "faced off" or "squared off" show military power (v.face_off, 150),
both ways when joined; only armed forces (a match or a debate is none).

SETTLED: agreeing with a creditor to restructure or reschedule loans, or with a neighbour to
demarcate a border, is an agreement between the two (v.agree_resume, 057).

PARTS: an argument headed by a noun of a part of what its of-phrase names ("from most of
Japan", "on much of Syria's banking sector": rules.yaml partitive_heads) is the of-phrase's
actor (parties._actors).

SIMILAR: a deed with no target whose object is "similar" or "the same" ("Hungary and
Slovakia, which imposed similar bans in 2023") is aimed where the latest deed of its root by
another actor was (rules.yaml parallel_adjectives, reactions._similar_deed); never at the
actor itself, and a similar statement or deal is no deed.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every
sentence was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

HANDED: list[Case] = [
    (
        "AMMAN, JORDAN",
        "Jordan's Foreign Ministry handed the Israeli charge d'affaires a protest note on Sunday.",
        "JOR>ISR:11",
    ),
    (
        "TOKYO",
        "Japan's foreign ministry handed the Chinese ambassador a formal complaint over the "
        "incursion.",
        "JPN>CHN:11",
    ),
    (
        "SEOUL, SOUTH KOREA",
        "South Korea's foreign ministry gave the Japanese envoy a note of protest on Tuesday.",
        "KOR>JPN:11",
    ),
    (
        "MANILA, PHILIPPINES",
        "The Philippine foreign ministry handed the Chinese envoy a diplomatic protest on "
        "Monday over the water cannon attack.",
        "PHL>CHN:11",
    ),
]

SUMMONED: list[Case] = [
    (
        "WARSAW, POLAND",
        "Belarus's ambassador was summoned to the Polish Foreign Ministry on Friday evening "
        "over the balloons, a ministry spokesman said.",
        "POL>BLR:11",
    ),
    (
        "ROME",
        "The Italian ambassador was summoned to the Foreign Ministry in Paris on Monday.",
        "FRA>ITA:11",
    ),
    (
        "TOKYO",
        "Japan's ambassador was summoned to the Chinese Foreign Ministry in Beijing on "
        "Tuesday over the remarks.",
        "CHN>JPN:11",
    ),
    (
        "ANKARA, TURKEY",
        "The Swedish charge d'affaires was summoned to the Turkish Foreign Ministry on "
        "Saturday after the burning.",
        "TUR>SWE:11",
    ),
    (
        "BRUSSELS",
        "The Belgian ambassador was summoned to Kinshasa's foreign ministry over the remarks.",
        "COD>BEL:11",
    ),
    # the speaker's own envoy, summoned where he sits: by that state, not by the speaker's
    (
        "BERLIN",
        "Germany's foreign minister said the German ambassador had been summoned in Moscow.",
        "RUS>DEU:11",
    ),
]

SETTLED: list[Case] = [
    (
        "LILONGWE, MALAWI",
        "Malawi has agreed with China and India to restructure $900 million of its loans.",
        "MWI>CHN:05 MWI>IND:05",
    ),
    (
        "DHAKA, BANGLADESH",
        "Bangladesh agreed with Japan to reschedule $300 million of loans.",
        "BGD>JPN:05",
    ),
    (
        "BISHKEK, KYRGYZSTAN",
        "Kyrgyzstan and Tajikistan agreed on Friday to demarcate the last stretch of their border.",
        "KGZ>TJK:05 TJK>KGZ:05",
    ),
]

FACED: list[Case] = [
    (
        "NEW DELHI",
        "India has watched the talks warily since 2017, when Indian and Chinese troops faced "
        "off for 73 days on a Himalayan plateau.",
        "IND>CHN:15 CHN>IND:15",
    ),
    (
        "ATHENS, GREECE",
        "Greek and Turkish warships squared off near the islet on Tuesday.",
        "GRC>TUR:15 TUR>GRC:15",
    ),
    (
        "YEREVAN, ARMENIA",
        "Armenian troops faced off against Azerbaijani forces along the border for a week.",
        "ARM>AZE:15",
    ),
]

PARTS: list[Case] = [
    (
        "BEIJING",
        "China said on Tuesday it would resume imports of beef from most of Brazil.",
        "CHN>BRA:03",
    ),
    (
        "BRUSSELS",
        "The European Union lifted sanctions on much of Syria's banking sector.",
        "EU>SYR:08",
    ),
]

SIMILAR: list[Case] = [
    (
        "WARSAW, POLAND",
        "Poland extended its ban on imports of Ukrainian sugar on Thursday. Hungary and "
        "Slovakia, which imposed similar bans in 2024, said they would keep theirs in place.",
        "POL>UKR:16 HUN>UKR:16 SVK>UKR:16",
    ),
    (
        "SOFIA, BULGARIA",
        "Bulgaria banned imports of Turkish poultry on Monday. Romania imposed a similar ban "
        "on Tuesday.",
        "BGR>TUR:16 ROU>TUR:16",
    ),
    (
        "VILNIUS, LITHUANIA",
        "Lithuania expelled two Russian diplomats on Monday. Latvia expelled the same number "
        "of diplomats on Tuesday.",
        "LTU>RUS:16 LVA>RUS:16",
    ),
    # an answer in kind aimed by its measures' against-phrase, after a similar deed
    (
        "KYIV, UKRAINE",
        "Romania extended its ban on Ukrainian sugar on Monday. Bulgaria, which imposed a "
        "similar ban last year, kept it. Kyiv said it would respond with mirror measures "
        "against Romanian wine.",
        "ROU>UKR:16 BGR>UKR:16 UKR>ROU:13",
    ),
    # similar steps only studied; similar statements; similar curbs on one's own people
    (
        "MINSK, BELARUS",
        "Russia struck Ukraine's power grid on Monday. Belarus imposed similar restrictions "
        "on its own citizens.",
        "RUS>UKR:19",
    ),
    (
        "TEHRAN, IRAN",
        "China banned imports of Japanese seafood in 2023. Turkey and Iran issued similar "
        "statements.",
        "CHN>JPN:16",
    ),
    (
        "TALLINN, ESTONIA",
        "Estonia expelled a Belarusian diplomat on Monday. Latvia and Poland said they were "
        "studying similar steps.",
        "EST>BLR:16",
    ),
]

NONE: list[NearMiss] = [
    # a match, a debate, a vote: no armed forces
    ("BUENOS AIRES, ARGENTINA", "France faced off against Argentina in the World Cup final."),
    ("WASHINGTON", "Biden and Trump faced off in a televised debate."),
    ("NEW DELHI", "India and China faced off at the United Nations over the resolution."),
    # a letter or a copy handed over is no protest; reporters are no state
    (
        "ANKARA, TURKEY",
        "Turkey's foreign minister handed his Greek counterpart a letter on the dispute.",
    ),
    ("CAIRO, EGYPT", "Egypt's foreign minister handed the Sudanese delegation a copy of the plan."),
    (
        "BOGOTA, COLOMBIA",
        "Colombia's foreign ministry handed the reporters a statement on the protest.",
    ),
    # no place named; a place that is the envoy's own capital; a recall
    ("ROME", "Italy's ambassador was summoned on Monday, the ministry said."),
    ("TEHRAN, IRAN", "The Iranian ambassador was summoned over the strike in Israel."),
    ("MOSCOW", "The Russian ambassador was summoned in Moscow on Friday."),
    # a debt of one's own restructured with no partner; a domestic partner
    (
        "COLOMBO, SRI LANKA",
        "Sri Lanka agreed on Monday to restructure the debts of its state oil company.",
    ),
    ("ACCRA, GHANA", "Ghana agreed with the opposition to restructure the cabinet."),
]

GAPS: list[Gap] = [
    # "opened a consulate in the southern city of Almaty": closed in session 65 (rules
    # named_place_heads), see test_events_vocabulary130
    (
        "BERLIN",
        "Iran's ambassador was called in at the German Foreign Office on Monday over the "
        "executions.",
        "DEU>IRN:11",
        "a light-verb pattern with an object (v.call_in_envoy) reads no passive patient",
    ),
    (
        "WARSAW, POLAND",
        "Poland's ambassador was recalled to Warsaw for consultations from Minsk.",
        "POL>BLR:16",
        "a recall's place from which is not read",
    ),
]

CASES = HANDED + SUMMONED + SETTLED + FACED + PARTS + SIMILAR


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_silent18_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_silent18_codes_each_form(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
