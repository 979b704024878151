"""Context 115 (session 49, O72): parties a reaction missed when they were told in a second
by-phrase or only in the meeting a signing was joined after.

- "was praised by Greenpeace and by the European Union": a "by" joined to the agent phrase
  is an agent too (context._agents), so each state or body it names reacts.
- "held talks with Ghana's president and signed an agreement on cocoa ... Russia called the
  agreement a good example": whom the signer met in the verb the signing is joined after
  signed it too (coordination._met_before, rules meeting_verbs), so a later welcome of "the
  agreement" reaches both parties, as it does for "signed an agreement with Ghana".

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # a second by-phrase
    (
        "ATHENS",
        "Greece seized a Turkish trawler on Monday. The seizure was praised by Greenpeace and by "
        "the European Union.",
        "GRC>TUR:17 EU>GRC:05",
    ),
    ("LIMA", "Peru was criticized by Chile and by Bolivia on Monday.", "CHL>PER:11 BOL>PER:11"),
    (
        "NAIROBI",
        "Kenya and Ethiopia signed a border deal. The deal was welcomed by Japan and by South "
        "Korea on Tuesday.",
        "KEN>ETH:05 ETH>KEN:05 JPN>KEN:05 JPN>ETH:05 KOR>KEN:05 KOR>ETH:05",
    ),
    # the partner met signed the deal a later welcome names
    (
        "ACCRA",
        "An African Union delegation held talks in Accra on Tuesday with Ghana's president and "
        "signed an agreement on cocoa. Russia's ambassador called the agreement a good example.",
        "AU>GHA:04 AU>GHA:05 RUS>AU:05 RUS>GHA:05",
    ),
    (
        "ATHENS",
        "The Greek president met the Egyptian president and signed a gas deal. Italy welcomed "
        "the deal.",
        "GRC>EGY:04 GRC>EGY:05 ITA>GRC:05 ITA>EGY:05",
    ),
    # (a gap until session 51, T72: memoranda, protocols and frameworks got a family of
    # their own, rules act_families instrument, so the protocol's author is its signing's)
    (
        "NAIROBI",
        "Kenya's president visited Addis Ababa and signed a protocol on water. The United "
        "Nations welcomed the protocol.",
        "KEN>ETH:04 KEN>ETH:05 UN>KEN:05 UN>ETH:05",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    # a deal told with no party named is welcomed with no one
    ("TOKYO", "Japan's trade minister signed a deal on Monday. Korea welcomed the deal."),
    # a passive with one by-phrase and a second verb's own agent
    ("OSLO", "The report was written by Norwegian scholars and published by a Swedish press."),
]

GAPS: list[Gap] = [
    (
        "ACCRA",
        "A European Union delegation held talks in Accra on Tuesday with Ghana's president and "
        "signed a framework on cocoa. Russia's ambassador called the agreement a good example.",
        "EU>GHA:04 EU>GHA:05 RUS>EU:05 RUS>GHA:05",
        "a memorandum, protocol or framework is no noun of the agreement family (a side "
        "memorandum or 'its investment framework' took 'the agreement' on sets 23 and 63), "
        "so 'the agreement' welcomed later finds no signing",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_context115_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_context115_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
