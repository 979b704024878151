"""Review 176 (session 54, C54): judgements of another state's act told in reported speech,
and measures told as the doers of their harm.

Counts of the blind sets' misses (numbers only) showed criticism (11) and praise (05) told
in a sentence with a saying verb and no listed word as the largest silent class. "Said
Lisbon's decision was disappointing / hasty / a setback": more words that judge an act as
ill-made (v.say_unjust); "said Oslo had misled the commission / was stalling the talks": more
verbs of a state deceiving, endangering or obstructing (v.say_accuse); "said Tokyo's offer was
generous / a welcome step": words that praise an act (v.say_praise_act, 051), with the same
reading of the target as v.say_unjust (only the act noun's author, or the act just told).
A state's conduct, behaviour, response, support or help is an act noun whose possessor is its
author (rules act_nouns). A light act noun's modifier judges "it" as the predicate does
("said it was an unfriendly act": sides._clause_it). "Canada's sanctions target Nicaraguan
judges", "the new Canadian sanctions hit two banks": the object of an active verb of harm
whose subject is the measure is its target (nominals._stricken, slot "striking" of n.sanctions
and n.ban). Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# v.say_unjust: words added
UNJUST: list[Case] = [
    (
        "TALLINN",
        "Estonia said Latvia's decision to close the ferry route was disappointing.",
        "EST>LVA:11",
    ),
    ("TALLINN", "Estonia's prime minister said the Latvian tariffs were hasty and unilateral.", "EST>LVA:11"),
    ("TALLINN", "Estonia said the Latvian decision to cut fishing quotas was a setback for the industry.", "EST>LVA:11"),
    ("TALLINN", "Estonia said Riga's response to the oil spill had been inadequate.", "EST>LVA:11"),
    ("TALLINN", "Estonia's foreign ministry said Latvia's conduct in the talks was unprofessional.", "EST>LVA:11"),
]
UNJUST_NOT: list[NearMiss] = [
    ("TALLINN", "Estonia said the grain harvest had been disappointing this year."),
    ("TALLINN", "Estonia said its own decision to close the route was hasty."),
    ("TALLINN", "Estonia said the Latvian decision was not disappointing."),
    ("TALLINN", "Estonia said the storm was a setback for the fishing industry."),
]

# v.say_accuse: verbs added
ACCUSE: list[Case] = [
    ("VILNIUS", "Lithuania said Belarus had misled the border commission about the fence.", "LTU>BLR:11"),
    ("VILNIUS", "Lithuania said Belarusian guards had endangered the lives of the migrants.", "LTU>BLR:11"),
    ("VILNIUS", "Lithuania said Minsk was stalling the talks on the nuclear plant.", "LTU>BLR:11"),
    ("VILNIUS", "Lithuania said Belarus was obstructing the inquiry into the crash.", "LTU>BLR:11"),
]
ACCUSE_NOT: list[NearMiss] = [
    ("VILNIUS", "Lithuania said the blizzard had endangered the lives of the migrants."),
    ("VILNIUS", "Lithuania said Belarus had not misled the border commission."),
    ("VILNIUS", "Lithuania said the talks on the nuclear plant had stalled."),
    ("VILNIUS", "Lithuania said Belarus had been misled by its own engineers."),
]

# v.say_praise_act
PRAISE: list[Case] = [
    ("JAKARTA", "Indonesia said the Malaysian offer of rescue teams was generous.", "IDN>MYS:05"),
    ("JAKARTA", "Indonesia said Malaysia's support during the floods had been invaluable.", "IDN>MYS:05"),
    ("JAKARTA", "Indonesia's foreign minister said Kuala Lumpur's decision was a welcome step.", "IDN>MYS:05"),
    ("JAKARTA", "Indonesia said the Malaysian move was timely and constructive.", "IDN>MYS:05"),
    (
        "JAKARTA",
        "Malaysia sent 40 tonnes of rice to Indonesia on Monday. Jakarta said the gift was generous.",
        "MYS>IDN:07 IDN>MYS:05",
    ),
]
# a praise weighed down in its clause is left out: the blame alone (v.say_accuse)
PRAISE_WEIGHED: list[Case] = [
    ("JAKARTA", "Indonesia said the Malaysian offer was generous but insufficient.", "IDN>MYS:11"),
]
PRAISE_NOT: list[NearMiss] = [
    ("JAKARTA", "Indonesia said its own decision to wait was wise."),
    ("JAKARTA", "Indonesia said any Malaysian help would be welcome."),
    ("JAKARTA", "Indonesia said the Malaysian offer was not generous."),
    ("JAKARTA", "Indonesia said the dry weather had been helpful for the rescue."),
]

# sides._clause_it: a light act noun's modifier
LIGHT_ACT: list[Case] = [
    (
        "SEOUL",
        "Mongolia expelled two South Korean diplomats on Monday. Seoul said it was an unfriendly "
        "act.",
        "MNG>KOR:16 KOR>MNG:11",
    ),
]
LIGHT_ACT_NOT: list[NearMiss] = [
    ("SEOUL", "Seoul said it was an unfriendly neighbourhood."),
]

# n.sanctions "striking"
STRIKING: list[Case] = [
    ("OTTAWA", "Britain's new sanctions target Venezuelan judges and prosecutors.", "GBR>VEN:16"),
    ("OTTAWA", "The new British sanctions hit two Venezuelan state banks.", "GBR>VEN:16"),
]
STRIKING_NOT: list[NearMiss] = [
    ("OTTAWA", "Britain's new sanctions could hit two Venezuelan state banks."),
    ("OTTAWA", "Britain's new sanctions did not target Venezuelan judges."),
]

# v.host_delegation: a state's travelling officials welcomed or received are hosted (043)
HOSTED: list[Case] = [
    ("WINDHOEK", "Namibia's president welcomed Angolan officials to Windhoek on Tuesday.", "NAM>AGO:04"),
    ("WINDHOEK", "Namibia's prime minister received Zambian lawmakers at State House.", "NAM>ZMB:04"),
]
HOSTED_KEPT: list[Case] = [
    # the officials' step welcomed stays approval
    ("WINDHOEK", "Namibia's president welcomed the Angolan officials' decision.", "NAM>AGO:05"),
]
HOSTED_NOT: list[NearMiss] = [
    ("WINDHOEK", "Namibia's president welcomed Angolan business executives to Windhoek."),
]

# v.ready_to_work help_obj; v.seek_ties
INTENT: list[Case] = [
    (
        "LUSAKA",
        "Zambia said it was ready to help Malawi rebuild the flooded railway.",
        "ZMB>MWI:03",
    ),
    ("LUSAKA", "Zambia said it wanted closer ties with Botswana.", "ZMB>BWA:03"),
    ("LUSAKA", "Zambia is seeking stronger trade ties with Namibia.", "ZMB>NAM:03"),
]
INTENT_NOT: list[NearMiss] = [
    ("LUSAKA", "Zambia said it did not want closer ties with Botswana."),
    ("LUSAKA", "Zambia wants ties with Botswana."),
    ("LUSAKA", "Zambia said it was not ready to help Malawi rebuild the railway."),
]

# v.contest_claim, v.resist_pressure, v.say_false words
CONTESTED: list[Case] = [
    ("ZAGREB", "Croatia contested Slovenia's figures on the catch.", "HRV>SVN:12"),
    ("ZAGREB", "Croatia challenged Serbia's version of the border incident.", "HRV>SRB:12"),
    ("ZAGREB", "Croatia resisted Hungarian pressure to sell the refinery stake.", "HRV>HUN:12"),
    ("ZAGREB", "Croatia said Serbia's account of the shooting was inaccurate.", "HRV>SRB:11"),
]
CONTESTED_NOT: list[NearMiss] = [
    ("ZAGREB", "Croatia challenged Slovenia's national team to a rematch."),
    ("ZAGREB", "Croatia resisted the Hungarian bid in the final minutes of the match."),
    ("ZAGREB", "Croatia said its own account of the shooting was inaccurate."),
    ("ZAGREB", "Croatia did not contest Slovenia's figures on the catch."),
]

# v.blame_failure_on: a failure laid on a state, the on-phrase hung in the failure's phrase
BLAMED_FAILURE: list[Case] = [
    ("CAIRO", "Egypt blamed the collapse of the Nile talks on Ethiopia.", "EGY>ETH:11"),
    ("CAIRO", "Egypt blamed the deadlock in the negotiations on Khartoum.", "EGY>SDN:11"),
]
BLAMED_FAILURE_NOT: list[NearMiss] = [
    ("CAIRO", "Egypt blamed the failure of the sanctions on Sudan on weak enforcement."),
    ("CAIRO", "Egypt did not blame the collapse of the Nile talks on Ethiopia."),
]

# described._party_before: "the delegation" with no visit told is the one state's delegation
# named just before
PARTY: list[Case] = [
    (
        "HANOI",
        "A Laotian delegation met Thai officials in Bangkok on Monday. The delegation then "
        "travelled to Cambodia.",
        "LAO>THA:04 LAO>KHM:04",
    ),
    (
        "HANOI",
        "A delegation from Vientiane met Thai officials on Monday. The delegation later flew "
        "to Myanmar.",
        "LAO>THA:04 LAO>MMR:04",
    ),
]
PARTY_KEPT: list[Case] = [
    # two states' delegations named: which one is meant is not said
    (
        "HANOI",
        "A Laotian delegation and a Cambodian delegation met in Bangkok on Monday. The "
        "delegation then travelled to Myanmar.",
        "LAO>KHM:04 KHM>LAO:04",
    ),
]

CASES: list[Case] = PARTY + PARTY_KEPT + BLAMED_FAILURE + CONTESTED + INTENT + HOSTED + HOSTED_KEPT + UNJUST + ACCUSE + PRAISE + PRAISE_WEIGHED + LIGHT_ACT + STRIKING
NONE: list[NearMiss] = BLAMED_FAILURE_NOT + CONTESTED_NOT + INTENT_NOT + HOSTED_NOT + UNJUST_NOT + ACCUSE_NOT + PRAISE_NOT + LIGHT_ACT_NOT + STRIKING_NOT
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review176_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review176_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
