"""Session 17 review: near misses of the session's new rules, with wire copy we wrote.

ANSWERS: an answer announced (v.vow_response and its kin) threatens whoever acted on the
speaker. Not when its to-phrase names neither a state nor an act ("would respond to rising rice
prices", "to reporters", "will not remain indifferent to the suffering of civilians"), when
it is a forecast ("would likely respond", told by another state's speaker or by analysts),
nor when the act told before was done to a third state with no word of the speaker ("Russia
cut gas to Bulgaria. Poland said it would respond").
APPEALS: an appeal for calm that names whom it asks in a phrase of no state ("urged restraint
by police") is aimed at no sides of a conflict told before.
ENVOYS: a charge told to the teller's own envoy is aimed at no one.
JUDGED: a deed judged in a reported clause whose by-phrase names a doer of no state ("the
blockade by the unions") is not the state's deed told before.
OUTCOMES: "the outcome" sums up the deed told before only when no process with an outcome of
its own (talks, a vote, an election, a match, a summit) is told after it or named by an
of-phrase.
DEMONYMS: a pronoun owner's friends of one demonym ("our Indonesian friends") are that state,
unless a clause narrows them to some people ("our Russian friends who oppose the war").
REPORTED ENVOYS: a speaker's report that another state's envoy was summoned is its own
state's act, unless the clause names another state ("had been summoned in Warsaw").
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

ANSWERS: list[Case] = [
    # the builders' readings, kept
    (
        "MOSCOW",
        "The United States expelled two Russian diplomats on Monday. Russia said it would respond.",
        "USA>RUS:16 RUS>USA:13",
    ),
    (
        "MOSCOW",
        "Estonia expelled a Russian diplomat on Monday. Moscow said it would respond to the "
        "expulsion.",
        "EST>RUS:16 RUS>EST:13",
    ),
    (
        "BEIJING",
        "The United States deployed missiles to the Philippines on Monday. China said it would "
        "respond to the deployment.",
        "USA>PHL:15 CHN>USA:13",
    ),
    # the wrong readings, gone
    (
        "TOKYO",
        "China sent a survey ship near the Senkaku islands on Monday. Separately, Japan said it "
        "would respond to rising rice prices with new subsidies.",
        "",
    ),
    (
        "MOSCOW",
        "The United States expelled three Russian diplomats on Monday. Kremlin spokesman Dmitry "
        "Peskov said he would respond to reporters later in the day.",
        "USA>RUS:16",
    ),
    (
        "ANKARA",
        "Syria's army shelled the town of Idlib on Monday. Turkey said it would not remain "
        "indifferent to the suffering of civilians there.",
        "",
    ),
    (
        "MOSCOW",
        "The United States expelled four Russian diplomats on Monday. Analysts in London said "
        "Moscow would likely respond.",
        "USA>RUS:16",
    ),
    (
        "WARSAW",
        "Russia cut gas supplies to Bulgaria on Monday. Poland's energy minister said Poland "
        "would respond by buying more LNG from Qatar.",
        "RUS>BGR:16 POL>QAT:03",
    ),
    # a forecast by another state's speaker is no vow; its own state's speaker vows
    (
        "MOSCOW",
        "The United States expelled six Russian diplomats on Monday. Kremlin spokesman Dmitry "
        "Peskov said Russia would respond.",
        "USA>RUS:16 RUS>USA:13",
    ),
    (
        "MOSCOW",
        "The United States expelled seven Russian diplomats on Monday. Washington said Moscow "
        "would respond.",
        "USA>RUS:16",
    ),
    (
        "MOSCOW",
        'The EU imposed new sanctions on Russia on Monday. "Russia will respond," a German '
        "diplomat predicted.",
        "EU>RUS:16",
    ),
    # a commentator's forecast is no vow
    (
        "MOSCOW",
        "The United States expelled five Russian diplomats on Monday. Analysts in London said "
        "Moscow would respond.",
        "USA>RUS:16",
    ),
    # an answer by calm means, or with reforms, threatens no one; nor is standing idly by
    # any stand with anyone
    (
        "MOSCOW",
        "The EU imposed more sanctions on Russia on Monday. Russia said it would react calmly.",
        "EU>RUS:16",
    ),
    (
        "ATHENS",
        "The EU fined Greece over its budget on Monday. Greece said it would answer with reforms.",
        "EU>GRC:16",
    ),
    (
        "SUVA",
        "Australia cut aid to Fiji on Monday. Fiji's prime minister said his country would not "
        "stand idly by while the climate crisis worsens.",
        "AUS>FJI:16",
    ),
]

APPEALS: list[Case] = [
    (
        "ADDIS ABABA",
        "Fighting broke out between Ethiopia and Eritrea on Monday. The African Union urged "
        "both governments to halt the fighting. The United States urged restraint.",
        "AU>ETH:02 AU>ERI:02 USA>ETH:02 USA>ERI:02",
    ),
    (
        "JERUSALEM",
        "Israeli jets struck targets in Lebanon on Monday. France urged restraint from both sides.",
        "ISR>LBN:19 FRA>ISR:02 FRA>LBN:02",
    ),
    (
        "ADDIS ABABA",
        "The African Union urged Ethiopia and Eritrea to halt the fighting on Monday. In "
        "Washington, the U.S. president urged restraint by police facing protesters.",
        "AU>ETH:02 AU>ERI:02",
    ),
]

ENVOYS: list[Case] = [
    (
        "SEOUL",
        "South Korea summoned the Russian ambassador on Monday and told him that the transfer "
        "of arms to North Korea violated U.N. resolutions.",
        "KOR>RUS:11 KOR>PRK:11",
    ),
]

JUDGED: list[Case] = [
    (
        "MANILA",
        "China blockaded a Philippine outpost in the South China Sea on Monday. Manila said "
        "the blockade was illegal.",
        "CHN>PHL:19 PHL>CHN:11",
    ),
    (
        "MANILA",
        "China blockaded a Philippine outpost on Monday. Separately, fishermen's unions blocked "
        "a port in Cebu. Manila said the blockade by the unions was illegal.",
        "CHN>PHL:19",
    ),
]

OUTCOMES: list[Case] = [
    # the builder's reading, kept: the outcome of the deed just told
    (
        "NEW YORK",
        "Russia vetoed the Security Council resolution on Monday. Turkey welcomed the outcome.",
        "RUS>UN:12 TUR>RUS:05",
    ),
    # the outcome of a process told after the deed: no deed's
    (
        "BRUSSELS",
        "The United States imposed tariffs on Canadian steel on Monday. On Tuesday, Canada and "
        "Mexico held talks in Ottawa. Germany welcomed the outcome.",
        "USA>CAN:16 CAN>MEX:04 MEX>CAN:04",
    ),
    (
        "CHISINAU",
        "Russia vetoed the UN resolution on Monday. Moldovan voters elected a pro-EU president "
        "on Sunday. Turkey welcomed the outcome.",
        "RUS>UN:12",
    ),
    (
        "KYIV",
        "Russia launched drones at Kyiv on Monday. Ukraine's parliament voted to extend martial "
        "law. Poland welcomed the outcome.",
        "RUS>UKR:19",
    ),
    (
        "DOHA",
        "Qatar expelled an Iranian diplomat on Monday. Qatar's football team beat Iran 2-1 on "
        "Tuesday. Iran's sports minister said he regretted the outcome.",
        "QAT>IRN:16",
    ),
    (
        "BEIJING",
        "China imposed sanctions on Lithuania on Monday. Leaders of the G7 met in Rome on "
        "Tuesday. Japan welcomed the outcome of the summit.",
        "CHN>LTU:16",
    ),
]

REPORTED: list[Case] = [
    # the builder's reading, kept
    (
        "WARSAW",
        "Poland's foreign minister said the Belarusian ambassador had been summoned over the "
        "border incident.",
        "POL>BLR:11",
    ),
    (
        "VILNIUS",
        "Lithuania's foreign minister said the Belarusian ambassador had been summoned in Warsaw.",
        # no Lithuanian summons; the place names Poland's (test_events_silent18)
        "POL>BLR:11",
    ),
]

DEMONYMS: list[Case] = [
    # the builder's reading, kept: a pronoun owner's friends of one demonym are that state
    (
        "MANILA",
        'The Philippine foreign minister said on Monday: "We thank our Indonesian friends for '
        'their help."',
        "PHL>IDN:05",
    ),
]

CASES = ANSWERS + APPEALS + ENVOYS + JUDGED + OUTCOMES + DEMONYMS + REPORTED

NONE: list[NearMiss] = [
    # friends a clause narrows to some people are no state
    (
        "VILNIUS",
        "Lithuania's president said on Monday: \"We stand with our Russian friends who oppose "
        'the war."',
    ),
    (
        "PARIS",
        'France\'s president said: "We welcome our Iranian friends living in exile in Paris."',
    ),
    (
        "SEOUL",
        "South Korea's minister told the South Korean ambassador to Russia that the sanctions "
        "were unjust.",
    ),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review27_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review27_codes_near_misses(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
