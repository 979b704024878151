"""Context 112 (session 48, P20): an event noun that is only offered, asked for or planned.

"Malaysia's offer to host talks between Thailand and Cambodia was welcomed by Bangkok": the
talks between the two were not held, only offered (the guidelines make a planned act
optional at most). An event noun that is the object of an infinitive on an offer, request or
plan ("a proposal to hold a summit with Japan"), or that stands in the to-phrase of one ("an
invitation to talks"; "offer to host talks", the parser reading "host" as a compound), is
no event of its own (nominals._asked_only; rules asked_nouns, plan_nouns). The same talks
held, or decided on, are still coded; and the offer itself is still answered (welcomed).

"If Azerbaijan attacks again, Armenia would ...": the tagger may read the condition's verb as
a plural noun (an adverbial clause of the main verb, the "if" hung on that verb), which then
coded as an attack continued from the story; a condition is no act
(nominals._conditional_verb_read_as_noun, rules condition_marks).

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # the offer is answered; the talks it offers are not told as held
    ("BRASILIA", "Brazil's offer to host talks between Bolivia and Paraguay was welcomed by La Paz.", "BOL>BRA:05"),
    # talks held, or hosted, are coded as before
    ("BRASILIA", "Brazil hosted talks between Bolivia and Paraguay on Monday.", "BRA>BOL:04 BRA>PRY:04 BOL>PRY:04 PRY>BOL:04"),
    # a condition's verb the tagger read as a plural noun: only the strike told before codes
    (
        "BISHKEK",
        "Tajik drones struck a Kyrgyz border post on Tuesday. If Tajikistan attacks again, Kyrgyzstan would ask Russia for help.",
        "TJK>KGZ:19",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    # an event noun under an offer, request, invitation or plan (nominals._asked_only)
    ("BRASILIA", "An offer to host talks between Bolivia and Paraguay was made in March."),
    ("BRASILIA", "A proposal to hold talks between Bolivia and Paraguay was shelved."),
    ("BRASILIA", "The plan to hold a summit between Bolivia and Paraguay collapsed in May."),
    ("ASUNCION", "An invitation to talks between Bolivia and Paraguay went unanswered."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_context112_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_context112_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
