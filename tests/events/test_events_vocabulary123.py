"""Vocabulary 123 (session 62, helper J62): friendship sought.

"said Laos wanted friendship with Cambodia": a friendship sought with a partner named is an
intent to cooperate (03, v.seek_friendship), as closer ties sought are (v.seek_ties), with no
modifier needed, as friendship is warm by itself. Near misses: friendship with no partner
named, a friendship not wanted, plain ties with no modifier (v.seek_ties still needs one).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

SOUGHT: list[Case] = [
    (
        "DUSHANBE",
        "Tajikistan's foreign minister said his country wanted friendship with Kyrgyzstan.",
        "TJK>KGZ:03",
    ),
    (
        "ASMARA",
        "Eritrea seeks brotherhood with Djibouti, its information minister said on Monday.",
        "ERI>DJI:03",
    ),
]
NOTHING: list[NearMiss] = [
    ("DUSHANBE", "Tajikistan's foreign minister said his country wanted friendship with everyone."),
    (
        "DUSHANBE",
        "Tajikistan's foreign minister said his country did not want friendship with Kyrgyzstan.",
    ),
    (
        "DUSHANBE",
        "Tajikistan's foreign minister said his country wanted relations with Kyrgyzstan.",
    ),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(SOUGHT, NOTHING, GAPS)


def test_events_vocabulary123_bodies_are_unique() -> None:
    bodies = audit_bodies(SOUGHT, NOTHING, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(SOUGHT, NOTHING, GAPS))
def test_events_vocabulary123_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
