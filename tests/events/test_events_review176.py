"""Review 176 (session 54, C54): judgements of another state's act told in reported speech,
measures told as the doers of their harm, and other forms of the blind sets' silent classes.

Counts of the blind sets' misses (numbers only) showed criticism (11) told in a sentence
with a saying verb and no listed word as the largest silent class. "Said Lisbon's decision
was disappointing / hasty / unilateral": more words that judge an act as ill-made
(v.say_unjust; not "a setback", which may tell a loss with no blame); "said Oslo had misled
the commission / was obstructing the inquiry": more verbs of a state deceiving, endangering or
obstructing (v.say_accuse; not "stall": "said the talks had stalled" blames no one). A
state's conduct, behaviour, response, support or help is an act noun whose possessor is its
author (rules act_nouns). A light act noun's modifier judges "it" as the predicate does
("said it was an unfriendly act": sides._clause_it). "Canada's sanctions target Nicaraguan
judges", "the new Canadian sanctions hit two banks": the object of an active verb of harm
whose subject is the measure is its target (nominals._stricken, slot "striking" of n.sanctions
and n.ban). "Said it was ready to help Malawi rebuild": the one helped is the target of the
readiness (v.ready_to_work help_obj); "wanted closer ties with Botswana": better ties sought
are an intent to cooperate (v.seek_ties, 030). "Contested Slovenia's figures", "challenged
Serbia's version": a telling contested is rejected (v.contest_claim, 120); "resisted
Hungarian pressure" holds off an appeal (v.resist_pressure, 120); "said the account was
inaccurate" (v.say_false). "Blamed the collapse of the Nile talks on Ethiopia": a failure laid
on a state, the parser hanging "on Ethiopia" on the talks (v.blame_failure_on, 112). "A
Laotian delegation met Thai officials. The delegation then travelled to Cambodia": with no
visit told, "the delegation" is the one state's delegation named just before
(actors.described._party_before). Each row is (dateline, body, expected events of the whole
body as "SRC>TGT:RR").
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
    ("TALLINN", "Estonia said Riga's response to the oil spill had been inadequate.", "EST>LVA:11"),
    ("TALLINN", "Estonia's foreign ministry said Latvia's conduct in the talks was unprofessional.", "EST>LVA:11"),
]
UNJUST_NOT: list[NearMiss] = [
    ("TALLINN", "Estonia said the grain harvest had been disappointing this year."),
    ("TALLINN", "Estonia said its own decision to close the route was hasty."),
    ("TALLINN", "Estonia said the Latvian decision was not disappointing."),
]

# v.say_accuse: verbs added
ACCUSE: list[Case] = [
    ("VILNIUS", "Lithuania said Belarus had misled the border commission about the fence.", "LTU>BLR:11"),
    ("VILNIUS", "Lithuania said Belarusian guards had endangered the lives of the migrants.", "LTU>BLR:11"),
    ("VILNIUS", "Lithuania said Belarus was obstructing the inquiry into the crash.", "LTU>BLR:11"),
]
ACCUSE_NOT: list[NearMiss] = [
    ("VILNIUS", "Lithuania said the blizzard had endangered the lives of the migrants."),
    ("VILNIUS", "Lithuania said Belarus had not misled the border commission."),
    ("VILNIUS", "Lithuania said the talks on the nuclear plant had stalled."),
    ("VILNIUS", "Lithuania said Belarus had been misled by its own engineers."),
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

CASES: list[Case] = PARTY + PARTY_KEPT + BLAMED_FAILURE + CONTESTED + INTENT + UNJUST + ACCUSE + LIGHT_ACT + STRIKING
NONE: list[NearMiss] = BLAMED_FAILURE_NOT + CONTESTED_NOT + INTENT_NOT + UNJUST_NOT + ACCUSE_NOT + LIGHT_ACT_NOT + STRIKING_NOT
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
