"""Review 139 (session 45, P6): a plan or a readiness its maker makes known, with the act in
an infinitive on the noun, named both states yet coded nothing.

"Qatar announced plans to invest $7 billion in Egypt", "unveiled a plan to build a port in
Kenya", "expressed willingness to reopen its embassy in Syria": the infinitive hangs on the
noun (acl) and found no doer, where "announced its plan to" (the possessive) and "plans to
invest" (the verb) already coded the intent. The subject of a verb of making a plan known
(rules plan_making_verbs) over a plan noun (plan_nouns), or of voicing a readiness
(readiness_voicing_verbs) over a readiness noun (readiness_nouns), now does the infinitive's
act, with the noun's modality (intent, 03), as a decision noun's taker did
(clauses._subject_tokens). Near misses: a plan only held, denied, reported, judged or dropped.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("DOHA", "The UAE announced plans to invest $3 billion in Jordan.", "ARE>JOR:03"),
    ("ANKARA", "Turkey unveiled plans to build a port in Somalia.", "TUR>SOM:03"),
    ("TOKYO", "Japan announced a plan to send aid to Laos.", "JPN>LAO:03"),
    ("ROME", "Italy confirmed plans to open an embassy in Niger.", "ITA>NER:03"),
    ("ATHENS", "Greece expressed willingness to reopen its embassy in Libya.", "GRC>LBY:03"),
    ("ATHENS", "Greece voiced readiness to send aid to Lebanon.", "GRC>LBN:03"),
    # the possessive and the verb keep coding
    ("DOHA", "The UAE announced its plan to invest $3 billion in Jordan.", "ARE>JOR:03"),
    ("DOHA", "The UAE plans to invest $3 billion in Jordan.", "ARE>JOR:03"),
]

NEAR_MISSES: list[NearMiss] = [
    ("DOHA", "The UAE shelved plans to invest $3 billion in Jordan."),
    ("DOHA", "The UAE criticized plans to invest $3 billion in Jordan."),
    ("DOHA", "The UAE denied it had plans to open an embassy in Jordan."),
    ("DOHA", "The UAE dismissed reports of plans to open an embassy in Jordan."),
    ("LONDON", "Britain has no plans to send troops to Moldova."),
    ("LONDON", "Britain abandoned plans to send troops to Moldova."),
    ("ATHENS", "Greece expressed willingness to fight piracy."),
    ("BRUSSELS", "EU ministers approved the plan to support Moldova's army."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_review139_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_review139_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
