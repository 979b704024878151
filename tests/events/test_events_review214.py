"""Review 214 (session 60, helper C60): a refusal in the second clause a saying verb reports.

"Said Chile's tariff was an act of aggression and that his government would not negotiate
under pressure": one saying verb, two reported clauses, two acts (11, then 12); the refusal
names no one and is aimed where the judgement in the first clause is (a refusal joined after
it: reactions._clause_joined_after reads a clause joined to the saying verb's first reported
clause as joined after the act that verb told). Talks refused under pressure are a refusal
(v.not_negotiate_under, as v.not_bow_to). Near misses: talks refused with others (no
pressure turned down), talks held under pressure (not negated), and a refusal with no
judgement before it and no one named.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

TWO_REPORTED_ACTS: list[Case] = [
    (
        "LIMA",
        "Peru's president said Chile's tariff was an act of aggression and that his government"
        " would not negotiate under pressure.",
        "PER>CHL:11 PER>CHL:12",
    ),
    # a charge, then a saying joined after it
    (
        "LIMA",
        "Peru accused Chile of blackmail and said it would not negotiate under pressure.",
        "PER>CHL:11 PER>CHL:12",
    ),
    # the pressure's author named
    ("LIMA", "Peru said it would not negotiate under pressure from Chile.", "PER>CHL:12"),
]
ONE_ACT: list[Case] = [
    # talks refused with others turn down no pressure
    (
        "LIMA",
        "Peru's president said Chile's tariff was an act of aggression and that his government"
        " would not negotiate with the rebels.",
        "PER>CHL:11",
    ),
]
NOTHING: list[NearMiss] = [
    # talks held under pressure: no refusal
    ("LIMA", "Peru said it had negotiated under pressure from Chile."),
    # no one named and no judgement before it
    ("LIMA", "Peru's president said his government would not negotiate under pressure."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(TWO_REPORTED_ACTS + ONE_ACT, NOTHING, GAPS)


def test_events_review214_bodies_are_unique() -> None:
    bodies = audit_bodies(TWO_REPORTED_ACTS + ONE_ACT, NOTHING, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(TWO_REPORTED_ACTS + ONE_ACT, NOTHING, GAPS)
)
def test_events_review214_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
