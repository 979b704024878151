"""Review 228 (session 62, K62): a bystander's welcome of "the agreement" reaches both parties.

"New Zealand agreed to fund a hospital in the Cook Islands ... Australia welcomed the
agreement", "Liberia agreed to transfer the suspect to the ICC ... Sierra Leone welcomed the
agreement": the open sets give such an approval to both parties of the deal (sets 32, 79, 89),
where the context found only the party that acted, because the deal was told one way. The
approval (rules.yaml approval_codes, 051) of a deal (agreement_nouns) aimed at one party now
also reaches every target of that party's latest act told before, when that act is friendly
(approved_act_codes: pledges, recognition, agreements, cooperation, aid, concessions;
reactions._approved_act_parties).

Left out: "welcomed the move", "the step", "the decision", "the release", "the pledge". The
open sets give these to both parties five times and to the author alone eleven times (sets 11,
12, 16, 17, 41, 43, 72: tried in the whole table, 7 rows gained and 16 extras), so the author
alone stays (a row below). Near misses: the reactor is never its own target; the judgement of
a hostile act answers its author alone.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest
from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

WELCOMED: list[Case] = [
    (
        "LIMA",
        "Peru agreed to fund a new hospital in Bolivia. Chile welcomed the agreement.",
        "PER>BOL:03|07 CHL>PER:05 CHL>BOL:05",
    ),
    (
        "SANTIAGO",
        "Chile signed a gas supply agreement with Bolivia on Monday. The European Commission "
        "welcomed the agreement.",
        "CHL>BOL:05 EU>CHL:05 EU>BOL:05",
    ),
]
ALONE: list[Case] = [
    (
        "ASUNCION",
        "Paraguay restored diplomatic ties with Taiwan on Monday. The United States welcomed "
        "the move.",
        "PRY>TWN:05 USA>PRY:05",
    ),
    (
        "LA PAZ",
        "Bolivia expelled Chile's ambassador on Monday. Peru criticized the move.",
        "BOL>CHL:16 PER>BOL:11",
    ),
    (
        "LA PAZ",
        "Bolivia expelled Chile's consul on Tuesday. Argentina welcomed the move.",
        "BOL>CHL:16 ARG>BOL:05",
    ),
    (
        "BRASILIA",
        "Brazil pledged $20 million to Bolivia for road repairs. Bolivia welcomed the pledge.",
        "BRA>BOL:03 BOL>BRA:05",
    ),
    (
        "QUITO",
        "Ecuador signed a fishing agreement with Peru on Monday. Colombia criticized the "
        "agreement.",
        "ECU>PER:05 COL>ECU:11 COL>PER:11",
    ),
    (
        "LIMA",
        "Peru agreed to fund a new clinic in Bolivia. Bolivia welcomed the agreement.",
        "PER>BOL:03|07 BOL>PER:05",
    ),
]
CASES: list[Case] = WELCOMED + ALONE

NONE: list[NearMiss] = [
    ("QUITO", "The United States welcomed the move."),
    ("QUITO", "Colombia welcomed the decision on Tuesday."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review228_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review228_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
