"""Review 179 (session 55, C55a): criticism (11) and rejection (12) in the common wire forms
of the blind sets' silent classes, written for the rules, never taken from a gold sentence.

Counts of the blind sets' misses (numbers only: root, rule id, condition, and the parse shape
of the sentence) put criticism and rejection told in a quotation, and in a saying verb whose
clause holds no listed word, as the largest silent classes. '"This is a hostile act," the
minister said' after a deed: a quotation set before its speaker that calls "this" or "it" a
wrong answers the act just told, as "said this was a hostile act" does (sides._clause_it);
after the same charge of the pair it restates it and is dropped (extract._quoted_it: the gold
leaves such restatements out). '"These are lies," "That is simply not true"' after a charge:
a telling called false answers the claim (rules plural_thing_pronouns, truth_words,
falsity_words; objects._untrue), and "said the claims were false" finds the claims told by
the accusing (rules act_derivations "claim accuse"). "Said Chile's demands were
unacceptable", "said the Swedish plan was unworkable": terms another side asks or offers said
to be past accepting are turned down (v.say_terms_refused, 120, rules terms_nouns), where
"said Chile's decision was unacceptable" still judges a deed (112). "Said the charges were
politically motivated": a predicate read with its adverb (objects._judged_clauses;
v.say_unjust), and more words of an act ill-made. "Said Lima's refusal was hampering the
inquiry", "was hindering the search", "the government is corrupt and brutal": more words of
a charge (v.say_accuse). "We have serious concerns about Cambodia's conduct" (v.have_concerns),
"vented its anger at" (v.express). "Said its tariffs were consistent with trade rules": a
state's own deed defended against the complaint just told (v.say_lawful, 120; not "acted in
self-defence", said of standing conduct as often). Each row is (dateline, body, expected
events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# sides._clause_it: a quotation set before its speaker
QUOTED_IT: list[Case] = [
    (
        "HANOI",
        'Cambodia expelled two Vietnamese diplomats on Monday. "This is a hostile act," '
        "Vietnam's foreign minister Tran Minh said.",
        "KHM>VNM:16 VNM>KHM:11",
    ),
    (
        "HANOI",
        'Cambodia expelled two Vietnamese diplomats on Monday. "It is an outrageous decision," '
        "Vietnam's foreign minister Tran Minh told reporters.",
        "KHM>VNM:16 VNM>KHM:11",
    ),
    (
        "RIGA",
        'Belarus closed two border crossings with Latvia on Friday. "This is unacceptable," '
        "Latvian Prime Minister Janis Ozols said.",
        "BLR>LVA:16 LVA>BLR:11",
    ),
]
QUOTED_IT_NOT: list[NearMiss] = [
    # no act told before
    ("HANOI", '"This is a hostile act," Vietnam\'s foreign minister Tran Minh said.'),
]
QUOTED_IT_KEPT: list[Case] = [
    # a denied wrong answers nothing
    (
        "RIGA",
        'Belarus closed two border crossings with Latvia on Friday. "This is not '
        'unacceptable," Latvian Prime Minister Janis Ozols said.',
        "BLR>LVA:16",
    ),
]

# v.say_terms_refused: terms asked or offered, said to be past accepting
TERMS: list[Case] = [
    ("OSLO", "Norway said Sweden's demands were unacceptable.", "NOR>SWE:12"),
    ("OSLO", "Norway said the Swedish plan was unworkable.", "NOR>SWE:12"),
    (
        "OSLO",
        '"Sweden\'s conditions are unacceptable," Norwegian Foreign Minister Anders Berg said.',
        "NOR>SWE:12",
    ),
    (
        "OSLO",
        "Sweden demanded compensation from Norway for the oil spill. Norway said the demand was "
        "unacceptable.",
        "SWE>NOR:10 NOR>SWE:12",
    ),
]
TERMS_NOT: list[NearMiss] = [
    ("OSLO", "Norway said Sweden's demands were not unacceptable."),
    ("OSLO", "Norway said its own demands were reasonable."),
    ("OSLO", "Norway said Sweden's plan was excellent."),
]
TERMS_DEED: list[Case] = [
    # a deed judged stays a charge
    ("OSLO", "Norway said Sweden's decision was unacceptable.", "NOR>SWE:11"),
]

# v.say_unjust: a predicate with its adverb, more words
UNJUST: list[Case] = [
    (
        "QUITO",
        "Ecuador said Peru's decision to close the port was politically motivated.",
        "ECU>PER:11",
    ),
    (
        "QUITO",
        "Ecuador's foreign minister said Peru's decision was unfortunate and ill-conceived.",
        "ECU>PER:11",
    ),
]
UNJUST_NOT: list[NearMiss] = [
    ("QUITO", "Ecuador said Peru's decision was politically sensitive."),
    ("QUITO", "Ecuador said its own budget was unfortunate."),
    ("QUITO", "Ecuador said the decision to close the port was motivated by safety concerns."),
]

# v.say_accuse: verbs added
ACCUSE: list[Case] = [
    (
        "QUITO",
        "Ecuador said Peru's refusal to share data was hampering the investigation.",
        "ECU>PER:11",
    ),
    (
        "QUITO",
        "Ecuador said Peru was hindering the search for the missing fishermen.",
        "ECU>PER:11",
    ),
    (
        "QUITO",
        "Ecuador said Peru's government was showing disrespect for the region.",
        "ECU>PER:11",
    ),
]
ACCUSE_NOT: list[NearMiss] = [
    ("QUITO", "Ecuador said the heavy rain was hampering the rescue."),
    ("QUITO", "Ecuador said Peru was not hindering the search for the missing fishermen."),
]

# v.say_lawful: self-defence, conformity with rules
LAWFUL: list[Case] = [
    (
        "ACCRA",
        "Togo criticized Ghana's new tariffs. Ghana said its tariffs were consistent with "
        "regional trade rules.",
        "TGO>GHA:11 GHA>TGO:12",
    ),
]
LAWFUL_NOT: list[Case] = [
    # another's deed said to be lawful; self-defence claimed is left out (a government says
    # it of its forces' standing conduct as often as in answer to a complaint)
    (
        "ACCRA",
        "Togo criticized Ghana's new tariffs. Ghana said Togo's own tariffs were consistent "
        "with regional trade rules.",
        "TGO>GHA:11",
    ),
    (
        "ACCRA",
        "Togo accused Ghana of sending troops across the border. Ghana says its troops are "
        "acting in self-defence against smugglers.",
        "TGO>GHA:11",
    ),
]

# extract._quoted_it: after the same charge of the pair, a quoted "it" restates it
QUOTED_RESTATED: list[Case] = [
    (
        "YEREVAN",
        "Armenian President Aram Petrosyan accused Baku of planning the border shooting. "
        '"It was a deliberate provocation," Petrosyan said in a televised address.',
        "ARM>AZE:11",
    ),
]

# v.have_concerns; v.express: more feelings
CONCERNS: list[Case] = [
    (
        "HANOI",
        "\"We have serious concerns about Cambodia's conduct,\" Vietnam's foreign minister "
        "Tran Minh said.",
        "VNM>KHM:11",
    ),
    ("HANOI", "Vietnam said it had grave reservations about Cambodia's dam project.", "VNM>KHM:11"),
    ("LIMA", "Chile vented its anger at Bolivia's handling of the gas talks.", "CHL>BOL:11"),
    ("LIMA", "Chile expressed unease about Bolivia's troop movements.", "CHL>BOL:11"),
]
CONCERNS_NOT: list[NearMiss] = [
    ("HANOI", "Vietnam said it had no concerns about Cambodia's dam project."),
    ("HANOI", "Vietnam and Laos have concerns about the drought."),
    ("LIMA", "Chile vented its frustration on social media."),
]

# v.say_accuse: a state or its deed said to be dishonest, brutal, oppressive
CHARGED: list[Case] = [
    (
        "HANOI",
        '"The Cambodian government is corrupt and brutal," Vietnam\'s foreign minister Tran '
        "Minh said.",
        "VNM>KHM:11",
    ),
    (
        "HANOI",
        "Vietnam said Cambodian officials had concealed the extent of the spill.",
        "VNM>KHM:11",
    ),
    ("HANOI", "Vietnam said Cambodia was politicizing the dispute over the river.", "VNM>KHM:11"),
]
# v.say_inflames, v.say_unjust: more words
CHARGED += [
    (
        "TEHRAN",
        "Iran's foreign ministry said the British statement was interventionist.",
        "IRN>GBR:11",
    ),
    (
        "MOSCOW",
        "Russian foreign ministry spokeswoman Irina Petrova said Finland was fuelling hysteria "
        "about Russia.",
        "RUS>FIN:11",
    ),
    (
        "MOSCOW",
        "Estonia expelled two Russian diplomats. The Russian foreign ministry said the "
        "expulsion was yet another Russophobic step.",
        "EST>RUS:16 RUS>EST:11",
    ),
]
CHARGED_NOT: list[NearMiss] = [
    ("MOSCOW", "Petrova said the crowd at the stadium was fuelling the hysteria."),
    ("HANOI", "Vietnam said the flood in the delta was brutal."),
    ("HANOI", "Vietnam said Cambodia had not concealed anything."),
]

# "claim accuse" (rules act_derivations); objects._untrue; falsity_words in extract
FALSE_CLAIM: list[Case] = [
    (
        "LIMA",
        "Bolivia accused Chile of stealing water from the Silala. Chile said the claims were "
        "false.",
        "BOL>CHL:11 CHL>BOL:11",
    ),
    (
        "LIMA",
        "Bolivia accused Chile of diverting the Lauca. Chile said the claims were not true.",
        "BOL>CHL:11 CHL>BOL:11",
    ),
    (
        "LIMA",
        'Bolivia accused Chile of stealing water from the Silala. "These are lies," Chilean '
        "President Jorge Rivas said.",
        "BOL>CHL:11 CHL>BOL:11",
    ),
    (
        "LIMA",
        'Bolivia accused Chile of diverting the Lauca. "That is simply not true," Chilean '
        "President Jorge Rivas said.",
        "BOL>CHL:11 CHL>BOL:11",
    ),
]
FALSE_CLAIM_KEPT: list[Case] = [
    # only possible; or a rumour with no teller
    (
        "LIMA",
        "Bolivia accused Chile of stealing water from the Silala. Chile said the claims may "
        "not be accurate.",
        "BOL>CHL:11",
    ),
]
FALSE_CLAIM_NOT: list[NearMiss] = [
    ("LIMA", "Chile said the rumours about the minister were not true."),
]

CASES: list[Case] = (
    (QUOTED_RESTATED + CONCERNS + CHARGED + FALSE_CLAIM + FALSE_CLAIM_KEPT)
    + QUOTED_IT
    + QUOTED_IT_KEPT
    + TERMS
    + TERMS_DEED
    + UNJUST
    + ACCUSE
    + LAWFUL
    + LAWFUL_NOT
)
NONE: list[NearMiss] = (
    CONCERNS_NOT
    + CHARGED_NOT
    + FALSE_CLAIM_NOT
    + QUOTED_IT_NOT
    + TERMS_NOT
    + UNJUST_NOT
    + ACCUSE_NOT
)
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review179_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review179_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
