"""Review 147 (session 46, P11): a demand told to "his counterpart".

"Thailand's foreign minister told his Cambodian counterpart to withdraw troops": v.tell_to
keeps out orders to the teller's own staff ("instructed its ambassador in Santiago to lodge a
protest"), read from a possessive pronoun tied to the teller (objects._own_marked). A
counterpart, host, guest or rival is never the owner's own, whatever the pronoun
(rules.yaml no_possessor_nouns): the demand on the other state is now coded. Orders to one's
own envoy, ministers or army still code nothing.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "BANGKOK",
        "Thailand's foreign minister told his Cambodian counterpart to withdraw troops from"
        " the border.",
        "THA>KHM:10",
    ),
    (
        "LIMA",
        "Peru's president told his Bolivian counterpart to release the detained truck drivers.",
        "PER>BOL:10",
    ),
    (
        "TUNIS",
        "Tunisia's interior minister urged his Libyan counterpart to reopen the border"
        " crossing.",
        "TUN>LBY:02|10",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    # orders to one's own people
    ("LIMA", "Peru's president told his ministers to prepare a response."),
    ("LIMA", "Peru's president instructed his ambassador to stay in the capital."),
    ("BANGKOK", "The Thai foreign minister told his staff to leave the building."),
    # a counterpart told nothing to do
    ("BANGKOK", "Thailand's foreign minister told reporters his Cambodian counterpart was ill."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_review147_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_review147_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
