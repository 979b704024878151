"""Vocabulary 80 (session 46, P9): debt relief a creditor agreed to is given.

- "China agreed on Monday to defer Zambia's debt repayments", "India agreed to roll over
  $300 million in Sri Lankan debt": the creditor's agreement is the relief itself, coded
  with the act's own code (v.ease_repayment, 071; rules agreed_done_patterns, agreeing_words,
  extract._coded with modality._agreed_measure). Before, nothing: the pattern is never a
  pledge (no_intent), and "agreed to" made it one. "will agree to", "is expected to agree
  to", a negation or a condition keep it uncoded.
- Any other act agreed to stays a pledge (03x), as before: the sets give "agreed to set up a
  joint committee" 05/03 and "agreed to release more water" 07/05/03, the act's own root not
  always (tried on all agreed acts of roots 05-08 and dropped: sets 23, 25, 34, 40 and 57
  fell).

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # debt relief agreed to (v.ease_repayment)
    ("LUSAKA", "China agreed on Monday to defer Zambia's debt repayments.", "CHN>ZMB:07"),
    ("COLOMBO", "India agreed to roll over $300 million in Sri Lankan debt.", "IND>LKA:07"),
    ("VIENTIANE", "Japan has agreed to postpone Laos' loan repayments.", "JPN>LAO:07"),
    ("MALE", "India consented to defer the Maldives' repayments until 2028.", "IND>MDV:07"),
    # other acts agreed to stay pledges
    ("LUSAKA", "China agreed to give Zambia five more years to repay its loans.", "CHN>ZMB:03"),
    ("LIBREVILLE", "France agreed to reschedule Gabon's debt.", "FRA>GAB:07"),
    ("TUNIS", "Algeria agreed on Monday to supply Tunisia with gas.", "DZA>TUN:06"),
    ("NAIROBI", "Japan agreed to lend Kenya $500 million.", "JPN>KEN:07"),
    ("BAKU", "Azerbaijan agreed to release 30 Armenian prisoners.", "AZE>ARM:03"),
    ("SEOUL", "South Korea agreed to resume talks with Japan.", "KOR>JPN:05"),
]

NEAR_MISSES: list[NearMiss] = [
    # agreement still to come, foretold, or on a condition
    ("LUSAKA", "China is expected to agree to defer Zambia's debt repayments."),
    ("LUSAKA", "China will agree to defer Zambia's repayments if Lusaka cuts spending."),
    ("LUSAKA", "China did not agree to defer Zambia's debt repayments."),
    # a debtor's own deferral, and a private lender's
    ("LUSAKA", "Zambia agreed to defer its own debt repayments."),
    ("LUSAKA", "A Chinese bank agreed to defer repayments by a Zambian copper miner."),
]

GAPS: list[Gap] = [
    (
        "ALGIERS",
        "Algeria did not agree to supply gas to Morocco.",
        "DZA>MAR:12",
        "a negated agreement to a cooperative act is not read as a refusal",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_vocabulary80_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_vocabulary80_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
