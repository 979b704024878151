"""Context 119 (session 51, O70): whom an appeal, a promise and a threat told in passing reach.

- "its embassy in Hanoi was in contact with Vietnamese authorities and had asked for
  consular access": an appeal naming no one, joined after a talk, is asked of whom the talk
  was with (extract._after_talk); being in contact or in touch with a state is such a talk
  now (extract._in_talks, rules.yaml talk_state_nouns).
- "Peru promised that Chilean consular officials would be allowed to visit the fishermen":
  the subject of a clause of permission in the passive is the one let act, as an active
  clause's subject is (clauses._permitted, read by ccomp_subj), so v.promise_to_people
  reaches Chile (030).
- "Officials in Lima said ... any further Chilean steps would be answered in kind": a threat
  to answer another's acts, told in the passive with no agent, is the speaker's state's
  (extract._reporting_state, as for a summons told by a speaker) (130).

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "PRAGUE",
        "The Czech embassy in Hanoi was in contact with Vietnamese authorities and had asked for "
        "consular access to the three Czech sailors.",
        "CZE>VNM:04 CZE>VNM:02",
    ),
    (
        "SANTIAGO",
        "Chile said it remained in touch with Lima and asked for the crew to be released.",
        "CHL>PER:04 CHL>PER:10|02",
    ),
    (
        "LIMA",
        "Peru promised that Chilean consular officials would be allowed to visit the detained "
        "fishermen.",
        "PER>CHL:03",
    ),
    (
        "CALLAO",
        "Peru promised that Chilean diplomats would be able to visit the crew.",
        "PER>CHL:03",
    ),
    (
        "AREQUIPA",
        "Officials in Lima said Peru would not bow to pressure and that any further Chilean steps "
        "would be answered in kind.",
        "PER>CHL:13",
    ),
    (
        "CUSCO",
        "Peru's foreign minister said any new Chilean measures would be answered in kind.",
        "PER>CHL:13",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    # a contact with no appeal joined after it keeps to the contact
    ("BRNO", "The Czech embassy was in contact with the sailors' families and asked for calm."),
    ("TACNA", "Peru said Chilean steps had been answered by Bolivia."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_context119_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_context119_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
