"""Context 47 (session 29, builder S30): whom a pronoun stands for, read from set 30's misses.

An object pronoun is never the state of its own verb's doer, nor of the doer its verb shares
with a verb joined before it by "and" ("Cambodia had no ties with Kosovo and urged it to
withdraw": not Cambodia, in any of its mentions; coref._state_antecedent), and an object
"it" asked to act ("urged it to", "asked it to") is the state the resolver tied it to when a
name of that state is told before it in the sentence (parties._urged_it: one urges a state,
not a thing). "him" after verbs that met a nameless title ("had spoken by phone with
Colombia's president and asked him") is the one met, over the reporter named before
(coref._person_antecedent, _met_verb_of). A clause the parser hangs on the noun of "said in a
statement that it had sent a protest note" is what the teller says of itself, with its own
doer (a pronoun), no participle of the noun (context._participle_noun: content_nouns). Kept: "on suspicion that
it had carried fuel" stays a suspicion of a ship, no act of a state. Each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

URGED_IT: list[Case] = [
    (
        "PHNOM PENH",
        "A Cambodian Foreign Ministry spokesperson said Cambodia had no diplomatic ties with"
        " Kosovo and urged it to withdraw its request.",
        "KHM>XKX:02",
    ),
    ("ACCRA", "Ghana criticized Togo on Monday and asked it to reopen the border.", "GHA>TGO:11 GHA>TGO:02"),
    (
        "ACCRA",
        "Ghana signed the accord with Togo and asked it to ratify the text quickly.",
        "GHA>TGO:05 GHA>TGO:02",
    ),
]

HIM_MET: list[Case] = [
    (
        "QUITO",
        "Ecuador's information minister, Maria Vera, said the president had spoken by phone"
        " with Colombia's president and asked him to pull the soldiers back.",
        "ECU>COL:04 ECU>COL:02",
    ),
    # kept: a title met and thanked, with no reporter
    (
        "QUITO",
        "Ecuador's president met Colombia's president on Friday and thanked him for the help.",
        "ECU>COL:04 ECU>COL:05",
    ),
]

STATEMENT_CLAUSES: list[Case] = [
    (
        "LIMA",
        "Peru's Foreign Ministry said in a statement that it had sent a protest note to Chile.",
        "PER>CHL:11",
    ),
    (
        "ASTANA",
        "Kazakhstan's Foreign Ministry said in a statement that it had lodged a protest with"
        " Kyrgyzstan over the shooting.",
        "KAZ>KGZ:11",
    ),
]

NONE: list[NearMiss] = [
    # a suspicion about a ship: no clause of a statement, no state's act
    ("MANILA", "Philippine police held a cargo ship on suspicion that it had carried fuel to a Chinese vessel."),
    # "her", "him" with no state met
    ("QUITO", "Maria Vera said the president had called her on Monday and asked her to resign."),
]

GAPS: list[Gap] = []
CASES = URGED_IT + HIM_MET + STATEMENT_CLAUSES


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context47_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context47_pairs(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
