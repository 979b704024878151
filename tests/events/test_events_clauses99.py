"""Clauses 99 (session 69, SA69): a second act told beside the first, "X did A and said it
would/was ready to do B".

Two forms of one class, a second act of the same pair joined to the first act's verb:

- A readiness adjective after an act of its own root ("offered to host talks with Sudan and
  said it was willing to send medical teams to Sudan"): the one-act-per-root rule kept the
  first 03 and dropped the readiness as a restatement. When the readiness names its own
  target under it (extract._coordinated_act's own-target test), it is a second offer.
- "and said it would <joint act>" with the pronoun subject read as the sayer ("lifted its ban
  on Yemeni fish and said it would resume flights to Sanaa"): a reported clause beside the
  first act was its own act only with a noun subject (extract._reported_own_act); a pronoun
  resolved to the act's source now counts too.

Near misses: a readiness with no target of its own ("was ready to do so within weeks"), a
second act whose doer is someone else (coded for that doer, unchanged), a denied one, and a
reported clause whose pronoun is the thing acted on ("said the ban had hurt ...").

Strict gaps: a second act of the very same code ("pledged 10 million euros to Tunisia and said
it was ready to help Tunisia"), kept out by the same-code guard of the one-act-per-root rule;
and a second act after a joint act ("reopened its border with Syria and said it would resume
flights to Damascus"), which the rule reads as the one story told twice.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # a readiness beside an offer or a delivery: two 03 acts of the pair
    (
        "DOHA",
        "Qatar offered to host talks between Sudan's rival factions and said it was willing to "
        "send medical teams to Sudan.",
        "QAT>SDN:03 QAT>SDN:03",
    ),
    (
        "ANKARA",
        "Turkey will deliver two drones to Somalia next year and is prepared to train Somali "
        "pilots.",
        "TUR>SOM:03 TUR>SOM:03",
    ),
    # "and said it would <joint act>", the pronoun the sayer
    (
        "MUSCAT",
        "Oman lifted its ban on fish imports from Yemen and said it would resume flights to "
        "Sanaa next month.",
        "OMN>YEM:08 OMN>YEM:03",
    ),
    # ... near misses: another doer keeps its own event, as before
    (
        "CAIRO",
        "Qatar offered to host talks with Sudan, and Egypt said it was willing to send medical "
        "teams to Sudan.",
        "QAT>SDN:03 EGY>SDN:03",
    ),
    (
        "SALALAH",
        "Oman lifted its ban on fish imports from Yemen and said Saudi Arabia would resume "
        "flights to Sanaa.",
        "OMN>YEM:08 SAU>YEM:03",
    ),
    # ... a readiness with no target of its own, a denied second act, a pronoun for the thing
    (
        "DOHA",
        "Qatar offered to host talks between Sudan's rival factions and said it was ready to do "
        "so within weeks.",
        "QAT>SDN:03",
    ),
    (
        "AL WAKRAH",
        "Qatar offered to host talks with Sudan but denied it was ready to send troops to Sudan.",
        "QAT>SDN:03",
    ),
    (
        "SOHAR",
        "Oman lifted its ban on fish imports from Yemen and said the ban had hurt fishermen in "
        "both countries.",
        "OMN>YEM:08",
    ),
    (
        "NIZWA",
        "Oman lifted its ban on fish imports from Yemen and denied it would resume flights to "
        "Sanaa.",
        "OMN>YEM:08",
    ),
]
NONE: list[NearMiss] = [
    ("SUR", "The company lifted its ban on fish imports and said it would resume flights."),
]
GAPS: list[Gap] = [
    (
        "ROME",
        "Italy pledged 10 million euros to Tunisia and said it was ready to help Tunisia rebuild "
        "its ports.",
        "ITA>TUN:03 ITA>TUN:03",
        "two acts of one code: the one-act-per-root rule keeps a second only of another code",
    ),
    (
        "AMMAN",
        "Jordan reopened its border with Syria on Monday and said it would resume flights to "
        "Damascus.",
        "JOR>SYR:08 JOR>SYR:03",
        "the first act is a joint one (v.reopen_border is reciprocal): one story told twice",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses99_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_clauses99_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
