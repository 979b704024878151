"""Context 83 (session 40, builder CTX4): a reply to "the offer" that no word "offer" told.

"Iran said it was ready to resume crude sales to Sri Lanka on credit. Sri Lanka's president
welcomed the offer": the offer was told by "ready to", so no telling of the noun gave its
author (block `no-told-target`). An offer or invitation is made to someone: its addressee's
reply answers the latest act of the noun's roots (reaction_matches: 03, 04) aimed at it, up to
the bystander window back (rules addressed_nouns; reactions._offer_to_reactor). A third
party's reply (whose offer is meant is not said), the replier's own promise, and an offer told
too far back give nothing.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# the addressee's reply to an offer told by other words
ADDRESSEE: list[Case] = [
    (
        "COLOMBO",
        "Iran said on Thursday it was ready to resume crude sales to Sri Lanka on credit. Sri"
        " Lanka's president welcomed the offer.",
        "IRN>LKA:03 LKA>IRN:05",
    ),
    (
        "COLOMBO",
        "Iran said on Thursday it would send a team to Sri Lanka and was ready to resume crude"
        " sales to Sri Lanka on credit. Sri Lanka's president welcomed the offer.",
        "IRN>LKA:03 LKA>IRN:05",
    ),
    (
        "TEHRAN",
        "Qatar said on Monday it was ready to supply gas to Iraq at a discount. Iraq rejected"
        " the offer on Tuesday.",
        "QAT>IRQ:03 IRQ>QAT:12",
    ),
]

# a third party's reply, the replier's own promise, or an offer too far back: nothing
NO_ADDRESSEE: list[Case] = [
    (
        "COLOMBO",
        "Iran said on Thursday it was ready to resume crude sales to Sri Lanka on credit. India"
        " welcomed the offer.",
        "IRN>LKA:03",
    ),
    (
        "ACCRA",
        "Mali said on Monday it was ready to resume talks with Ghana. Mali welcomed the offer.",
        "MLI>GHA:03",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = []

CASES: list[Case] = ADDRESSEE + NO_ADDRESSEE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context83_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context83_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
