"""Session 19 review (auditor PM): the most used event patterns on light, idle and wished
uses of their trigger words, with wire copy we wrote.

IDLE NOUNS: an event noun with a phrase that names another sense of it is no event: "talk of a
pact" is speculation and "its call for a truce" an appeal (rules idle_noun_preps), while "its
call with Chile's president" and "its talks with Cambodia" are still held.
CALLS FOR: "called on Thursday for a review" asks; a for-phrase (not a time) keeps v.phone
from reading a phone call whose callee the clause search would guess.
MET TARGETS: "met its export target", "met the deadline" satisfy a demand; no meeting
(v.meet unless_objects); nor is "summoned the courage to respond" a summons (v.summon).
WISHES: a that-clause with its own named subject under hope, wish or want is the speaker's wish
for others, no plan of theirs ("France hoped Russia and Ukraine would sign a truce":
parties._wished_clause); a clause with a personal pronoun ("Japan hopes it will sign",
"Moldova hopes Romania will supply it with gas") may hold the hoper's own plan or a promise
to it, and stays coded.
HALTED GIFTS: a gift noun a verb of stopping governs was not given ("Canada's aid to Haiti has
been cut by half": rules halting_verbs, halted_gift_roots); the halt with its agent named is
v.halt_aid's ("Norway suspended its aid to Mali").
ADVISORIES: a warning to the state's own people ("warned its citizens against travel to
Burkina Faso") is a travel advisory, aimed at no state its clause names
(sides._own_people_addressed).
SCHEDULED: a verb in the simple present dated ahead ("visits India next month", "signs a
gas deal later this month") is a plan, coded as "will visit" is (parties._scheduled, rules
scheduling_words: a meeting to come keeps its 04, review191; another act is an intent, 03);
"on Sunday" may be the news day and stays told.
TOPICS: a trigger's phrase of topic ("spoke of his sorrow over the war with China", "talked
about the dam dispute with Ethiopia") names no partner; the clause search does not enter it
(sides._topic_phrase, rules topic_preps, topic_of_verbs); "walked out of the talks with Greece"
still leads to its partner.
SORROWS: sorrow at what befell people ("regretted the loss of life in the floods", "lamented
the deaths of three fishermen") is aimed at no counterpart the story offers (rules
sorrow_nouns in sides._counterpart_fits); "regretted the decision" still answers the deed.
ADDRESSED: an act whose own prep slot names an addressee no actor stands for ("demanded
answers from the airline") is aimed at no counterpart the story offers
(sides._slot_addressee in _counterpart_fits); "demanded their immediate release" still answers
the detention.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

IDLE_NOUNS: list[Case] = [
    ("LIMA", "Peru's call with Chile's president lasted an hour.", "PER>CHL:04"),
    ("HANOI", "Vietnam's talks with Cambodia on the border ended on Tuesday.", "VNM>KHM:04"),
]
IDLE_NONE: list[NearMiss] = [
    ("ROME", "Italy's talk of a new pact with Tunisia alarmed rights groups."),
    ("BRUSSELS", "Belgium's talk of a deal with Congo was premature, analysts said."),
    ("CAIRO", "Egypt's calls for a truce with Israel have gone unheeded."),
]

CALLS_FOR: list[Case] = [
    (
        "WARSAW",
        "Poland's president called Ukraine's leader on Friday to discuss grain.",
        "POL>UKR:04",
    ),
]
CALLS_NONE: list[NearMiss] = [
    ("MADRID", "Spain called on Thursday for a review of EU fishing rules with Morocco."),
]

SUMMONED: list[Case] = [
    (
        "PARIS",
        "Niger expelled France's ambassador. France summoned the courage to respond calmly.",
        "NER>FRA:16",
    ),
    (
        "VILNIUS",
        "Belarus sent balloons over the border. Lithuania summoned the Belarusian charge "
        "d'affaires.",
        "LTU>BLR:11",
    ),
]

MET_TARGETS: list[Case] = [
    ("RABAT", "Morocco's king met the Spanish prime minister in Rabat on Wednesday.", "MAR>ESP:04"),
]
MET_NONE: list[NearMiss] = [
    ("SEOUL", "South Korea met its target of exports to China."),
]

WISHES: list[Case] = [
    ("TOKYO", "Japan hopes it will sign a trade deal with India next month.", "JPN>IND:03"),
    ("NAIROBI", "Kenya hoped to sign a trade deal with Britain by June.", "KEN>GBR:03"),
    ("CHISINAU", "Moldova hopes Romania will supply it with gas this winter.", "ROU>MDA:03"),
]
WISH_NONE: list[NearMiss] = [
    ("PARIS", "France hoped Russia and Ukraine would sign a truce before winter."),
    ("LONDON", "Britain expressed hope that India and Pakistan would hold talks soon."),
    ("OTTAWA", "Canada expressed the hope that Israel and Lebanon would meet again."),
    (
        "BERLIN",
        "Germany's chancellor said he wished Serbia and Kosovo would normalize relations.",
    ),
]

HALTED_GIFTS: list[Case] = [
    ("OSLO", "Norway suspended its aid to Mali after the coup.", "NOR>MLI:16"),
    ("SEOUL", "South Korea's aid to Ukraine reached $2 billion this year.", "KOR>UKR:07"),
]
HALTED_NONE: list[NearMiss] = [
    ("OTTAWA", "Canada's aid to Haiti has been cut by half since 2020."),
    ("LONDON", "Britain's aid to Kenya was suspended over corruption claims."),
    ("TOKYO", "Japan's loans to Sri Lanka were frozen after the default."),
]

ADVISORIES: list[Case] = [
    ("SEOUL", "South Korea warned North Korea against further provocations.", "KOR>PRK:13"),
]
ADVISORY_NONE: list[NearMiss] = [
    ("ACCRA", "Ghana warned its citizens against travel to Burkina Faso."),
    ("CANBERRA", "Australia warned its nationals against all travel to Niger."),
]

SCHEDULED: list[Case] = [
    ("TOKYO", "Japan's prime minister visits India next month.", "JPN>IND:04"),
    ("LONDON", "Britain has a summit with France next week.", "GBR>FRA:04"),
    ("ROME", "Italy signs a gas deal with Algeria later this month.", "ITA>DZA:03"),
    ("MADRID", "Spain hosts Morocco's king next month.", "ESP>MAR:04"),
    ("HANOI", "Vietnam's president visited Laos last month.", "VNM>LAO:04"),
    ("OTTAWA", "Canada's prime minister flies to Mexico on Sunday for talks.", "CAN>MEX:04"),
]

TOPICS: list[Case] = [
    ("ANKARA", "Turkey walked out of the talks with Greece.", "TUR>GRC:16"),
    (
        "HANOI",
        "Vietnam's leader spoke with China's president about the sea dispute.",
        "VNM>CHN:04",
    ),
]
TOPIC_NONE: list[NearMiss] = [
    ("TOKYO", "Japan's emperor spoke of his sorrow over the war with China."),
    ("CAIRO", "Egypt's president talked about the dam dispute with Ethiopia."),
    ("BERLIN", "Germany's chancellor spoke about trade with China at a forum in Davos."),
    ("MADRID", "Spain's king spoke of the friendship of his people with Morocco."),
]

SORROWS: list[Case] = [
    (
        "NAIROBI",
        "Uganda closed its border with Kenya. Kenya said it regretted the loss of life in the "
        "floods.",
        "UGA>KEN:16",
    ),
    (
        "ACCRA",
        "Togo closed its border with Ghana. Ghana lamented the deaths of three fishermen in a "
        "storm.",
        "TGO>GHA:16",
    ),
    (
        "PARIS",
        "Algeria expelled 12 French diplomats. France regretted the decision.",
        "DZA>FRA:16 FRA>DZA:11",
    ),
]

ADDRESSED: list[Case] = [
    (
        "TOKYO",
        "China detained a Japanese businessman. Japan demanded answers from the airline over "
        "the delays.",
        "CHN>JPN:17",
    ),
    (
        "ROME",
        "Libya detained 40 Italian fishermen. Italy demanded their immediate release.",
        "LBY>ITA:17 ITA>LBY:10",
    ),
]

CASES = (
    ADDRESSED
    + IDLE_NOUNS
    + CALLS_FOR
    + MET_TARGETS
    + WISHES
    + HALTED_GIFTS
    + ADVISORIES
    + SCHEDULED
    + TOPICS
    + SORROWS
    + SUMMONED
)
NONE: list[NearMiss] = (
    IDLE_NONE + CALLS_NONE + MET_NONE + WISH_NONE + HALTED_NONE + ADVISORY_NONE + TOPIC_NONE
)
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review30_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review30_light_uses(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
