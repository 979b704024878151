"""Vocabulary 80 (session 46, P9): a cooperative act its actor agreed to is coded as settled.

- "Algeria agreed to supply gas to Tunisia", "India agreed to roll over $300 million in Sri
  Lankan debt", "Azerbaijan agreed to release 30 Armenian prisoners": the infinitive act of
  a verb of agreeing (rules agreeing_words) whose root is one of agreed_kept_roots (05-08)
  is a term its actor settled, coded with its own code as a signed deal's term is
  (extract._coded, modality._agreed_measure). Before, it was a pledge (03x), which the sets
  do not always accept, or nothing for a pattern that is never a pledge (v.ease_repayment's
  no_intent). "will agree to", "is expected to agree to", a negation or a condition on the
  act keep the old reading.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # debt relief agreed to (v.ease_repayment, v.restructure_debt, v.give_time_to_repay)
    ("LUSAKA", "China agreed on Monday to defer Zambia's debt repayments.", "CHN>ZMB:07"),
    ("COLOMBO", "India agreed to roll over $300 million in Sri Lankan debt.", "IND>LKA:07"),
    ("LIBREVILLE", "France agreed to reschedule Gabon's debt.", "FRA>GAB:07"),
    ("LUSAKA", "China agreed to give Zambia five more years to repay its loans.", "CHN>ZMB:07"),
    # supplies, loans, staff, intelligence, releases agreed to
    ("TUNIS", "Algeria agreed on Monday to supply Tunisia with gas.", "DZA>TUN:06"),
    ("TUNIS", "Algeria agreed to sell more gas to Tunisia.", "DZA>TUN:06"),
    ("NAIROBI", "Japan agreed to lend Kenya $500 million.", "JPN>KEN:07"),
    ("VIENTIANE", "Japan has agreed to send 40 engineers to Laos.", "JPN>LAO:06|07"),
    ("BAGHDAD", "Turkey agreed to share intelligence with Iraq.", "TUR>IRQ:06"),
    ("BAKU", "Azerbaijan agreed to release 30 Armenian prisoners.", "AZE>ARM:08"),
    # talks agreed to keep their agreement reading
    ("SEOUL", "South Korea agreed to resume talks with Japan.", "KOR>JPN:05"),
    # an agreement on a condition is still a pledge
    ("TUNIS", "Algeria agreed to supply gas to Tunisia if Tunis paid its arrears.", "DZA>TUN:03"),
]

NEAR_MISSES: list[NearMiss] = [
    # agreement still to come, or foretold
    ("ALGIERS", "Algeria is expected to agree to supply gas to Morocco."),
    ("ALGIERS", "Algeria will soon agree to sell gas to Morocco, analysts said."),
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
