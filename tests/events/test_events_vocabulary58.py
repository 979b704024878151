"""Vocabulary 58 (session 37, helper AID): material acts told with plain verbs.

1. A share of a project's cost that a state says it pays ("will pay about 40% of the cost")
   is money given to the project's sides (071, 03 when pledged), as "will cover 40% of the
   cost" was (v.cover_cost, now with "pay"); a share of the payer's own bill names no one,
   and nor does a share of the cost of another thing the of-phrase names ("most of the costs
   of the previous mission": reactions._project_share).

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# 1. a share of a project's cost paid: money given to its sides
SHARES: list[Case] = [
    (
        "HELSINKI",
        "Finland and Norway agreed on Monday to build a railway between Rovaniemi and Tromso."
        " The European Union will pay about 30% of the estimated cost.",
        "FIN>NOR:03|06 NOR>FIN:03|06 EU>FIN:03|07 EU>NOR:03|07",
    ),
    (
        "ACCRA",
        "Ghana and Togo agreed to build a bridge over the Volta. The World Bank paid 90 million"
        " dollars of the cost.",
        "GHA>TGO:03|05|06 TGO>GHA:03|05|06 WB>GHA:07 WB>TGO:07",
    ),
    (
        "LISBON",
        "Portugal and Spain agreed to dredge the Guadiana estuary. Portugal will pay two thirds"
        " of the cost.",
        "PRT>ESP:05 ESP>PRT:05 PRT>ESP:03|07",
    ),
    # a cost of another thing named: no share of the project told before
    (
        "NAIROBI",
        "Kenya and Uganda agreed to build a railway. China paid half of the costs of the old"
        " stadium.",
        "KEN>UGA:03|06 UGA>KEN:03|06",
    ),
]

CASES: list[Case] = SHARES

NONE: list[NearMiss] = [
    # the payer's own bill: no side named, none in the story
    ("BERLIN", "Germany will pay part of the cost of its new frigates."),
    ("ROME", "Italy paid half of the costs of the festival."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary58_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary58_roots(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
