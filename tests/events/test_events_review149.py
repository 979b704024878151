"""Review 149 (session 47, O67): "our" kin named as partners in the speaker's own act.

'"We are examining the facts together with our Thai friends," a Cambodian spokesman said':
the speaker's side names the other state's people its kin (affirmed.yaml deed_kin) as its
partners in its own act (partner_preps "with", "alongside", a first-person subject), which
praises them (q.affirmed_friendship, 051) as a deed told of them does
(affirmed._kin_partner). Denied, said of others' act, of kin a clause narrows to some people,
or of "counterparts" (no kin word), it is none.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "PHNOM PENH",
        "Cambodia's army expressed regret on Monday. \"We are examining the facts together with"
        " our Thai friends,\" a military spokesman, General Sok Dara, told reporters.",
        "KHM>THA:05",
    ),
    (
        "PHNOM PENH",
        "\"We will rebuild the bridge with our Thai friends,\" Cambodian Defense Minister Sok Dara"
        " told reporters.",
        "KHM>THA:05",
    ),
    (
        "PHNOM PENH",
        "\"We are working alongside our Thai brothers to reopen the border,\" Cambodian Defense"
        " Minister Sok Dara said.",
        "KHM>THA:05",
    ),
    # "counterparts" is no kin word: the talks' own code, as before
    (
        "PHNOM PENH",
        "\"We will discuss the border with our Thai counterparts,\" Cambodian Defense Minister Sok"
        " Dara said.",
        "KHM>THA:04",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    # kin a clause narrows to some people are no state
    (
        "PHNOM PENH",
        "\"We are working with our Thai friends who oppose the dam,\" Cambodian Defense Minister"
        " Sok Dara said.",
    ),
    (
        "PHNOM PENH",
        "\"We are not working with our Thai friends on this,\" Cambodian Defense Minister Sok Dara"
        " said.",
    ),
    (
        "PHNOM PENH",
        "\"Our Thai friends are working with the police,\" Cambodian Defense Minister Sok Dara"
        " said.",
    ),
    (
        "PHNOM PENH",
        "\"They met with our Thai friends last week,\" Cambodian Defense Minister Sok Dara said of"
        " the rebels.",
    ),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_review149_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_review149_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
