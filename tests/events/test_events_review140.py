"""Review 140 (session 46, O64): threats, recalls and defences that set 64's opening found
uncoded or mis-coded.

- A negated if-clause is an unless-clause (extract._unmet_condition): what another state
  must do to avert the act ("would close the border if Accra did not release the traders")
  tells not what the act is, so v.warn_if's unless_words (release, agree, ...) are not read
  there, as they never were in "unless Accra released them". A friendly step promised on a
  met condition ("would reopen the border if Accra released them") stays none.
- A high commissioner (the Commonwealth's ambassador) recalled is an envoy recalled
  (v.recall_envoy, 161), as v.exchange_ambassadors already read "commissioner".
- "Trinidad and Tobago's security minister, X," (extract via actors.resolve._office_before_
  comma): a state of two names joined by "and" whose last word the parser made the title's
  possessor is the office's state, so a defence by that minister reaches the protester.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # a threat on a negated condition
    (
        "NAIROBI",
        "Kenya warned that it would close the border if Uganda did not release the traders within a week.",
        "KEN>UGA:13",
    ),
    (
        "NAIROBI",
        "Foreign Minister Jane Otieno warned that Kenya would suspend the two countries' joint"
        " commission on trade if Uganda did not release the traders within 10 days.",
        "KEN>UGA:13",
    ),
    (
        "LUSAKA",
        "Zambia warned that it would shut the border if Lilongwe did not agree to new customs checks.",
        "ZMB>MWI:13",
    ),
    # a high commissioner recalled
    ("ACCRA", "Ghana recalled its high commissioner from Abuja on Monday.", "GHA>NGA:16"),
    ("WELLINGTON", "New Zealand recalled its high commissioner to Fiji for consultations.", "NZL>FJI:16"),
    # a two-name state's minister
    (
        "KINGSTON",
        "Jamaica summoned the envoy of Antigua and Barbuda after Antiguan police detained"
        " 20 Jamaican travelers. Antigua and Barbuda's foreign minister, Calvin Roberts,"
        " defended the decision.",
        "JAM>ATG:11|16 ATG>JAM:17 ATG>JAM:12",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    # a friendly step on a met condition, or a loss foretold for oneself
    ("NAIROBI", "Kenya warned that it would reopen the border if Uganda released the traders."),
    ("NAIROBI", "Kenya warned that it would lose funds if Uganda did not agree to the deal."),
    ("NAIROBI", "Kenya warned it would respond positively if Uganda did not raise tariffs."),
    # a commissioner of no state's mission
    ("ACCRA", "Ghana recalled the police commissioner of its Volta region on Monday."),
]

GAPS: list[Gap] = [
    (
        "NAIROBI",
        'Kenya said it had asked Uganda for an explanation and would consider "reciprocal'
        ' measures" if none came within a week.',
        "KEN>UGA:02|10 KEN>UGA:13",
        "found by writing, not yet traced: the threat in a conjunct after a request names its"
        " target only in the first verb's object; alone the same words code",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_review140_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_review140_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
