"""Clauses 69 (session 49, P22): a state's verb the parser hung on its apposition, in a
sentence closed by an attribution.

"China, Myanmar's largest neighbor and main arms supplier, called on both countries to ...,
a Chinese Foreign Ministry spokesperson said": the parser makes "China" the subject of
"said" and hangs "called" on the apposition as a participle (acl). The name is the verb's
subject, as it already was when the name was the sentence's root (newsgraph.nlp.cut_subject,
shared by the event stage's _cut_subject and the plural resolver's _acting_on): the appeal
codes, and "both countries" no longer takes the appealing state as one of the pair. Only a
verb that takes an object or a clause: "Chile's envoy, appointed in May, said" keeps its
participle.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "NAIROBI",
        "Kenya accused Uganda of sending police to a disputed island in Lake Victoria. Rwanda, "
        "Uganda's western neighbor and a member of the East African Community, called on both "
        "governments to show restraint, a Rwandan Foreign Ministry spokesman said in Kigali.",
        "KEN>UGA:11 RWA>KEN:02 RWA>UGA:02",
    ),
    (
        "LIMA",
        "Peru accused Ecuador of seizing two fishing boats. Chile, Peru's southern neighbor, "
        "urged both countries to settle the dispute through talks, a Chilean diplomat said.",
        "PER>ECU:11 CHL>PER:02 CHL>ECU:02",
    ),
    # a participle with no object stays a participle: no act of the apposed name
    (
        "SANTIAGO",
        "Peru accused Ecuador of seizing two fishing boats. Ana Ruiz, Chile's envoy, appointed "
        "in May, said the talks would resume.",
        "PER>ECU:11",
    ),
]

NEAR_MISSES: list[NearMiss] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, [])


def test_events_clauses69_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, [])
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, []))
def test_events_clauses69_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events."""
    assert matches(coded[body], expected), (body, coded[body], expected)
