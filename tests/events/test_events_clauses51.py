"""Clauses 51 (session 44, O60): two readings of the opened set 60's misses (its sentences are
not used here):
- a said-clause judging an act whose noun carries a state's adjective: "said the Peruvian
  measure was disproportionate" is a charge against Peru (sides._national_author, beside
  _named_author's "Peru's measure"); a deal is two sides', no one's;
- "X hosted Y ..., where he praised ...": the "he" of a where-clause is the subject of the
  clause its place hangs on, not the nearer object (coref._place_clause_hosts).
Near misses: a judgement of an act with no author, of a deal, a where-clause told of a place
only.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "LA PAZ",
        "Peru will require visas from Bolivian visitors from June. Bolivia's Foreign Ministry said"
        ' the Peruvian measure was "disproportionate" and would harm trade.',
        "PER>BOL:16 BOL>PER:11",
    ),
    (
        "LA PAZ",
        "Bolivia's Foreign Ministry said on Friday that the Peruvian decision was unjustified.",
        "BOL>PER:11",
    ),
    (
        "TOKYO",
        "Japan's prime minister hosted the Fijian president for talks and a lunch at his"
        ' residence, where he praised Fiji as "a friend we can count on."',
        "JPN>FJI:04 JPN>FJI:05",
    ),
    (
        "TOKYO",
        "Japan's prime minister met the Fijian president at his residence, where he praised Fiji"
        " for its climate work.",
        "JPN>FJI:04 JPN>FJI:05",
    ),
]

NONE: list[NearMiss] = [
    (
        "LA PAZ",
        "Bolivia's Foreign Ministry said the Peruvian deal was unfair to farmers.",
    ),
    (
        "LA PAZ",
        "Bolivia's Foreign Ministry said the new measure was excessive.",
    ),
    (
        "TOKYO",
        "The two leaders later toured Kyoto, where he praised the temples.",
    ),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses51_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses51_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
