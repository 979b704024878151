"""Context 100 (session 45, P6): whose act a reaction or a restating passive answers.

- An eliciting participle hung on a reporting verb ("Chad closed the crossing, the ministry
  said, prompting criticism from Sudan") answers the act reported before the teller, not the
  teller: its target is the reported clause's subject (nominals._reported_doers). A teller
  that reports after the participle's host, or no teller, keeps the old reading.
- An agentless passive that restates an act noun ("the offer had been made in good faith")
  takes its doer from the nearest earlier sentence that tells the act; a verb that takes the
  noun as an act another state owns ("Chile spurned an Argentine offer") answers it and tells
  no doing of it (sides._others_act), so it no longer lends its own subject as the doer.

Every sentence was written for this file (new names and states). Each row is (article body
after the dateline, expected events of the whole article as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "N'DJAMENA",
        "Chad closed its border crossing with Sudan, the interior ministry said on Friday,"
        " prompting criticism from Egypt.",
        "TCD>SDN:16 EGY>TCD:11",
    ),
    (
        "VIENNA",
        "Syria refused to let IAEA inspectors visit a workshop, the agency said on Monday,"
        " drawing condemnation from France and Canada.",
        "SYR>IAEA:12 FRA>SYR:11 CAN>SYR:11",
    ),
    # the teller before its clause: as before
    (
        "VIENNA",
        "The agency said Syria had barred its inspectors, prompting criticism from Italy.",
        "ITA>SYR:11",
    ),
    # a passive restating the offer of the state that made it (the telling verb is its own)
    (
        "TOKYO",
        "Japan made an offer of talks to Peru. The offer was renewed on Friday.",
        "JPN>PER:03 JPN>PER:03",
    ),
]

NEAR_MISSES: list[NearMiss] = []

GAPS: list[Gap] = []

# (dateline, body, events the body must NOT hold)
ABSENT: list[tuple[str, str, str]] = [
    (
        "SANTIAGO",
        "Chile spurned an Argentine offer of gas on Monday. Buenos Aires said the offer had been"
        " made in good faith.",
        "CHL>ARG:03",
    ),
    (
        "SANTIAGO",
        "Chile rejected Bolivia's proposal on Monday. La Paz said the proposal had been made in"
        " good faith.",
        "CHL>BOL:03",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES + [(d, b, "") for d, b, _ in ABSENT], NEAR_MISSES, GAPS)


def test_events_context100_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS) + [b for _, b, _ in ABSENT]
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_context100_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events."""
    assert matches(coded[body], expected), (body, coded[body], expected)


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "absent"), ABSENT)
def test_events_context100_no_borrowed_doer(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, absent: str
) -> None:
    """A passive restating another's offer takes no doer from the verb that answered it."""
    assert absent not in coded[body], (body, coded[body])
