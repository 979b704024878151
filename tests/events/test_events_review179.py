"""Review 179 (session 55, C55a): criticism (11) and rejection (12) in the common wire forms
of the blind sets' silent classes, written for the rules, never taken from a gold sentence.

Counts of the blind sets' misses (numbers only: root, rule id, condition, and the parse shape
of the sentence) put criticism and rejection told in a quotation, and in a saying verb whose
clause holds no listed word, as the largest silent classes. '"This is a hostile act," the
minister said' after a deed: a quotation set before its speaker that calls "this" or "it" a
wrong answers the act just told, as "said this was a hostile act" does (sides._clause_it; a
restated charge is optional in the gold, so no harm when it restates one). "Said Chile's
demands were unacceptable", "said the Swedish plan was unworkable": terms another side asks
or offers said to be past accepting are turned down (v.say_terms_refused, 120, rules
terms_nouns), where "said Chile's decision was unacceptable" still judges a deed (112). "Said
the charges were politically motivated": a predicate read with its adverb (objects.
_judged_clauses; v.say_unjust), and more words of an act ill-made (unfortunate, ill-conceived,
unnecessary). "Said Lima's refusal was hampering the inquiry", "had exaggerated the threat",
"was showing disrespect": more verbs of a charge (v.say_accuse). "Said its troops had acted in
self-defence", "said its tariffs were consistent with trade rules": a state's own deed
defended against the complaint just told (v.say_lawful, 120). Each row is (dateline, body,
expected events of the whole body as "SRC>TGT:RR").
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
    ("QUITO", "Ecuador said Peru's decision to close the port was politically motivated.", "ECU>PER:11"),
    ("QUITO", "Ecuador's foreign minister said Peru's decision was unfortunate and ill-conceived.", "ECU>PER:11"),
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
    ("QUITO", "Ecuador said Peru had exaggerated the threat from the rebels.", "ECU>PER:11"),
    ("QUITO", "Ecuador said Peru's government was showing disrespect for the region.", "ECU>PER:11"),
]
ACCUSE_NOT: list[NearMiss] = [
    ("QUITO", "Ecuador said the heavy rain was hampering the rescue."),
    ("QUITO", "Ecuador said Peru had not exaggerated the threat from the rebels."),
]

# v.say_lawful: self-defence, conformity with rules
LAWFUL: list[Case] = [
    (
        "ACCRA",
        "Togo accused Ghana of sending troops across the border. Ghana said its troops had "
        "acted in self-defence.",
        "TGO>GHA:11 GHA>TGO:12",
    ),
    (
        "ACCRA",
        "Togo criticized Ghana's new tariffs. Ghana said its tariffs were consistent with "
        "regional trade rules.",
        "TGO>GHA:11 GHA>TGO:12",
    ),
]
LAWFUL_NOT: list[Case] = [
    # another's deed said to be lawful, or no deed at all
    (
        "ACCRA",
        "Togo accused Ghana of sending troops across the border. Ghana said Togo's troops had "
        "acted in self-defence.",
        "TGO>GHA:11",
    ),
    (
        "ACCRA",
        "Togo accused Ghana of sending troops across the border. Ghana said its troops had "
        "acted in the north.",
        "TGO>GHA:11",
    ),
]

CASES: list[Case] = QUOTED_IT + QUOTED_IT_KEPT + TERMS + TERMS_DEED + UNJUST + ACCUSE + LAWFUL + LAWFUL_NOT
NONE: list[NearMiss] = QUOTED_IT_NOT + TERMS_NOT + UNJUST_NOT + ACCUSE_NOT
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
