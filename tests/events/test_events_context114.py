"""Context 114 (session 49, O71): a promise made for another state's people.

"Osei-Tutu spoke by phone with her Thai counterpart, who promised that Ghanaian consular
officers could visit the men" named both states, yet the promise reached no one: v.pledge
reads whom a promise is to from datives, to-phrases and objects only. What is promised to
another state's people or officials (the subject of the promised clause) is now promised to
that state (v.promise_to_people, 030: the clause subject, ccomp_subj). It comes after
v.say_threat, so a cost promised to a state ("promised that Peru would pay a heavy price")
stays a threat, and a promise about the promiser's own people or about no state's names no
target. Set 69 left the same class ("promised that accredited Cape Verdean reporters would be
welcome").

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "ACCRA",
        "Ghana's foreign minister spoke by phone with her Togolese counterpart, Kofi Amegah, who"
        " promised that Ghanaian consular officers could visit the men this week.",
        "GHA>TGO:04 TGO>GHA:03",
    ),
    ("LIMA", "Chile promised that Peru would pay a heavy price.", "CHL>PER:13"),
]

NEAR_MISSES: list[NearMiss] = [
    ("LIMA", "Chile promised that its troops would leave the border area."),
    ("LIMA", "Chile promised that the inspectors would have full access."),
]

GAPS: list[Gap] = [
    (
        "LIMA",
        "Chile promised that Peruvian fishermen would be released within days.",
        "CHL>PER:03",
        "a promised release told in the passive: its subject is no clause subject ccomp_subj reads",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_context114_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_context114_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
