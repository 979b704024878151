"""Vocabulary 58 (session 37, helper AID): material acts told with plain verbs.

1. A share of a project's cost that a state says it pays ("will pay about 40% of the cost")
   is money given to the project's sides (071, 03 when pledged), as "will cover 40% of the
   cost" was (v.cover_cost, now with "pay"); a share of the payer's own bill names no one,
   and nor does a share of the cost of another thing the of-phrase names ("most of the costs
   of the previous mission": reactions._project_share).
2. Another state's staff or workers trained ("sent two medics to train Fijian medical staff",
   "to train Peruvian port workers") are specialists trained (v.train_specialists, 060, 03
   when pledged), as its nurses and engineers were; a state's own staff give no second party.
3. A concession, lease or contract granted to another state or its state firm ("will grant
   Bolivia a 99-year concession") is economic cooperation (061, 03 when pledged), as one
   awarded is (v.grant_concession beside v.award_contract); a private firm is no state, and
   a licence granted is a waiver, no deal.
4. Another state's armed forces backed or supported ("have backed the Malian army since
   2019") get military support (072, v.back_forces), no approval of a stance (051): support
   is 07 with a state as its object; a claim or a bid backed stays 051.

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

# 2. another state's staff or workers trained
TRAINED: list[Case] = [
    (
        "SUVA",
        "Australia will send three army doctors to train Tongan hospital staff.",
        "AUS>TON:03|06",
    ),
    ("LIMA", "Chile trained 40 Bolivian port workers in Arica last year.", "CHL>BOL:06"),
    ("HANOI", "Japan trained 300 Lao air traffic controllers.", "JPN>LAO:06"),
]

# 3. a concession or licence granted to another state
GRANTED: list[Case] = [
    (
        "ASUNCION",
        "Paraguay will grant Uruguay a 50-year concession at the port of Villeta.",
        "PRY>URY:03|06",
    ),
    ("ACCRA", "Ghana granted a gold mine concession to a Chinese state company.", "GHA>CHN:06"),
]

# 4. another state's armed forces backed: military support
BACKED: list[Case] = [
    (
        "BANGUI",
        "Rwandan instructors, who have backed the Central African army since 2020, left Bria.",
        "RWA>CAF:07",
    ),
    ("TRIPOLI", "Egypt supports the Libyan army, the report said.", "EGY>LBY:07"),
    # a claim or bid of the army's backed: approval
    ("ACCRA", "Ghana backed Togo's bid for a seat.", "GHA>TGO:05"),
]

CASES: list[Case] = SHARES + TRAINED + GRANTED + BACKED

NONE: list[NearMiss] = [
    # the payer's own bill: no side named, none in the story
    ("BERLIN", "Germany will pay part of the cost of its new frigates."),
    ("ROME", "Italy paid half of the costs of the festival."),
    # a state's own staff, or a firm's trainees
    ("BERLIN", "Germany will train its own staff in cyber defence."),
    ("WARSAW", "The company trained Ukrainian workers at its plant."),
    # a private firm granted a licence
    ("NAIROBI", "Kenya granted a mining concession to a Canadian firm."),
    # a licence granted: a waiver, no deal
    ("CARACAS", "Washington granted Colombia a license to buy Venezuelan gas."),
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
