"""Context 182 (session 65, O95): "grateful for X's help" thanks X (v.grateful).

'"We are grateful for the agency's presence," Hrytsenko said': v.grateful read the one thanked
from a to- or of-phrase ("grateful to China") or the that-clause ("grateful that Manila has
listened"), not from the owner of what the speaker is grateful for. The possessor of the
for-phrase's noun is the one thanked (clauses slot phrase_owner), a pronoun resolved as usual.
Found opening blind set 95 (article 07).

Near misses: gratitude for one's own people's deeds, or for a people's (no state) support.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# v.grateful: the owner of the for-phrase's noun
CASES: list[Case] = [
    (
        "KYIV",
        '"We are grateful for Poland\'s help," Ukraine\'s energy minister said.',
        "UKR>POL:05",
    ),
    (
        "KYIV",
        "The International Atomic Energy Agency's chief arrived in Kyiv on Wednesday. \"We are "
        "grateful for the agency's presence, but presence is not enough,\" Ukraine's energy "
        "minister said.",
        "IAEA>UKR:04 UKR>IAEA:05",
    ),
    ("KYIV", "Ukraine is grateful for Poland's help but wants more.", "UKR>POL:05"),
    # ... as a to-phrase still names the one thanked
    ("KYIV", "Ukraine is grateful to Poland for its help.", "UKR>POL:05"),
]
# ... not its own people's deeds, nor a people's support
NONE: list[NearMiss] = [
    ("KYIV", "Ukraine is grateful for its own soldiers' courage, the minister said."),
    ("MANILA", "The Philippines is grateful for the people's support, the president said."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context182_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context182_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
