"""Said 3 (session 31, JUDGE): judgements carried by what a statement says about another state,
each tested on sentences written here.

Coded: a state its speaker calls a pillar or anchor of stability or peace is praised
(v.say_pillar, 051); a state named "a sister nation" is a friend named (v.call_friend, 051); a
state said to be making or to have made a mistake or error is criticized (v.say_mistake, 111);
a claim or demand of another state said to be "maximalist" or "overblown" is turned down
(v.say_overstated, 120: a claim judged, not an act, as the guidelines' ruling on "baseless"
claims has it). Judgements of another state's act in words ("the ban was illegal and
unacceptable") were coded before this session and are pinned here beside their near misses.
Kept uncoded: the judgement of a non-state party's act, of the speaker's own state or its act,
a hypothetical or conditional judgement, a judgement of a situation with no actor, an analyst's
judgement, and a judgement denied. An act noun told by its infinitive ("the decision to
shelter Moussa") names its patient there, not its author: the act just told gives the target
(sides._act_content). Each row is (dateline, body, expected events of the whole
body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

PILLAR: list[Case] = [
    (
        "ACCRA",
        '"Senegal is a pillar of peace in West Africa," Ghana\'s president told reporters.',
        "GHA>SEN:05",
    ),
    (
        "AMMAN",
        "Britain's foreign secretary said Jordan was an anchor of peace in the Middle East.",
        "GBR>JOR:05",
    ),
    (
        "ACCRA",
        "Ghana's president said Senegal was a pillar of stability in the region and thanked"
        " Dakar for its help.",
        "GHA>SEN:05",
    ),
]

SISTER: list[Case] = [
    (
        "SUVA",
        '"Samoa is a partner we can rely on," Fiji\'s prime minister said.',
        "FJI>WSM:05",
    ),
    ("LUSAKA", 'Zambia\'s president called Malawi "a sister nation."', "ZMB>MWI:05"),
    (
        "LUSAKA",
        'Zambia\'s president called Malawi "a sister nation" and thanked Tanzania for its support.',
        "ZMB>MWI:05 ZMB>TZA:05",
    ),
]

MISTAKE: list[Case] = [
    (
        "TIRANA",
        'Albania\'s foreign minister said Serbia was making "a grave mistake."',
        "ALB>SRB:11",
    ),
    (
        "TIRANA",
        "Albania's foreign minister said Belgrade had committed a historic error by closing the"
        " crossing.",
        "ALB>SRB:11",
    ),
]

OVERSTATED: list[Case] = [
    (
        "VALLETTA",
        "Malta's Foreign Ministry said Tunisia's objections were \"maximalist.\"",
        "MLT>TUN:12",
    ),
    (
        "VALLETTA",
        "Malta's Foreign Ministry said Tunisia's demands were \"overblown and ludicrous.\"",
        "MLT>TUN:12",
    ),
]

ACT_JUDGED: list[Case] = [
    (
        "QUITO",
        "Colombia banned Ecuadorian rice imports on Monday. Ecuador's trade minister said the ban"
        ' was "illegal and unacceptable."',
        "COL>ECU:16 ECU>COL:11",
    ),
    (
        "QUITO",
        "Ecuador's trade minister said Colombia's ban on rice was \"illegal and unacceptable.\"",
        "ECU>COL:11",
    ),
]

# the act told by its infinitive names its patient, not its author (_act_content)
ACT_BY_INFINITIVE: list[Case] = [
    (
        "NIAMEY",
        "Chad granted asylum to a former Nigerien minister, Ali Moussa, on Monday. Niger's"
        ' foreign minister said the decision to shelter Moussa was "a hostile act."',
        "NER>TCD:11",
    ),
    (
        "NIAMEY",
        "Chad expelled two Nigerien diplomats on Monday. Niger's foreign minister said the"
        ' decision to expel them was "unacceptable."',
        "TCD>NER:16 NER>TCD:11",
    ),
    # the speaker's own act, defended
    (
        "NIAMEY",
        "Niger expelled two Chadian diplomats on Monday. Niger's foreign minister said the"
        ' decision to expel them was "lawful and final."',
        "NER>TCD:16",
    ),
]

NONE: list[NearMiss] = [
    # an act told by its infinitive only, whose author no telling gives
    (
        "NIAMEY",
        'Niger\'s foreign minister said the decision to close the border was "unacceptable."',
    ),
    # a non-state party's act
    (
        "QUITO",
        "Ecuador's trade minister said the mining company's ban on local workers was illegal.",
    ),
    (
        "QUITO",
        "Ecuador's trade minister said the rebels' blockade of the highway was illegal and"
        " unacceptable.",
    ),
    # the speaker's own state, its role or its claim
    ("ACCRA", '"We are a pillar of stability in West Africa," Ghana\'s president said.'),
    ("TIRANA", "Albania's foreign minister said Tirana had made a mistake in the talks."),
    ("VALLETTA", "Malta's Foreign Ministry said its own demands were not maximalist."),
    # hypothetical or conditional
    ("QUITO", "Ecuador's trade minister said any Colombian ban on rice would be unacceptable."),
    (
        "QUITO",
        "Ecuador's trade minister said a Colombian ban on rice would be illegal if it came into"
        " force.",
    ),
    (
        "ACCRA",
        "Ghana's president said Senegal would be a pillar of stability if the vote went well.",
    ),
    (
        "TIRANA",
        "Albania's foreign minister said Serbia would be making a grave mistake if it closed the"
        " crossing.",
    ),
    (
        "VALLETTA",
        "Malta's Foreign Ministry said Tunisia's demands would be maximalist if they included the"
        " islands.",
    ),
    # a situation with no actor; a claim no state owns; a mistake no state made
    ("QUITO", "Ecuador's trade minister said the situation on the border was dangerous."),
    ("VALLETTA", "Malta's Foreign Ministry said reports of a clash were overblown."),
    ("TIRANA", "Albania's foreign minister said the referee had made a mistake."),
    ("ACCRA", "Ghana's president said the dam was a pillar of stability for the region."),
    # an analyst speaks
    (
        "QUITO",
        'A trade analyst in Quito said Colombia\'s ban on rice was "illegal and unacceptable."',
    ),
    (
        "ACCRA",
        "A political scientist in Accra said Senegal was a pillar of stability in West Africa.",
    ),
    ("TIRANA", "An analyst in Tirana said Serbia was making a serious mistake."),
    ("VALLETTA", "A Maltese analyst said Tunisia's demands were maximalist."),
    # denied
    ("QUITO", "Ecuador's trade minister said Colombia's ban on rice was not illegal."),
    ("ACCRA", "Ghana's president said Senegal was no pillar of stability."),
    ("TIRANA", "Albania's foreign minister said Serbia had not made a mistake."),
    ("VALLETTA", "Malta's Foreign Ministry said Tunisia's demands were not maximalist."),
    # a pillar of no common good; "exaggerated" as a verb is no claim turned down
    ("ACCRA", "Ghana's president said Senegal was a pillar of Iran's strategy."),
    (
        "OSLO",
        "Sweden's fisheries minister said Denmark had exaggerated the threat to the herring stock.",
    ),
    ("LUSAKA", 'Zambia\'s president called the ban "a blow to sister nations."'),
]

GAPS: list[Gap] = [
    (
        "PORT MORESBY",
        '"We are a friend of Fiji, but a friend does not walk into your house without'
        " knocking,\" Vanuatu's prime minister told reporters.",
        "VUT>FJI:05",
        "the speaker's own role toward the state its of-phrase names: role_clause keeps the"
        " speaker's own role out, and v.say_partner's unless_words keep out 'of'",
    ),
]
# a charge noun under the of-phrase of a shown object (session 55, C55a: "harassment" among
# v.say_accuse's words, read through the light verb's of-phrase; a gap until then)
SHOWN_PATTERN: list[Case] = [
    (
        "GEORGETOWN",
        "Guyana's foreign minister said Venezuela's coast guard had shown \"a pattern of"
        ' harassment" toward its neighbors.',
        "GUY>VEN:11",
    ),
]
CASES = PILLAR + SISTER + MISTAKE + OVERSTATED + ACT_JUDGED + ACT_BY_INFINITIVE + SHOWN_PATTERN


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_said3_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_said3_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
