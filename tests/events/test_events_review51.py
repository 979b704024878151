"""Review 51 (session 26, lead; from extras on text nobody tuned to): who is judged, and who
is committed.

- A judgement of what an actor owns is aimed at the owner, not at the party its phrases name:
  "expressed concern over its transfers of artillery shells to Russia" (its = the state just
  urged) coded a 111 on Russia, through the pattern's slot (clauses._owners_first) and through
  the clause fallback (sides._clause_targets). An owner that is the judge itself leaves no
  target.
- "London was committed to the partnership" is London's commitment, not a commitment made to
  London by the state named before (rules.yaml stative_participles; extract's stative
  passive): it coded the visiting state > GBR 030.
- Bristling at a state's moves is disapproval (v.bristle, 111), not a refusal.
Rows are (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, NearMiss, audit_bodies, audit_params, code_audit, matches

CODED: list[Case] = [
    (
        "TOKYO",
        "Japan expressed alarm at North Korea's transfer of missiles to Russia.",
        "JPN>PRK:11 PRK>RUS:07",
    ),
    ("BRASILIA", "Brazil voiced concern over Venezuela's shipments of oil to Cuba.", "BRA>VEN:11"),
    (
        "PARIS",
        "Kenya's president visited Paris. French Foreign Minister Paul Roux said Paris was "
        "committed to helping Kenya.",
        "KEN>FRA:04 FRA>KEN:03",
    ),
    (
        "TOKYO",
        "Ghana's foreign minister visited Tokyo on Monday. Japan's foreign minister said Tokyo "
        "was committed to supporting Ghana.",
        "GHA>JPN:04 JPN>GHA:03",
    ),
    (
        "LONDON",
        "Nigeria's president arrived in London on Tuesday. Britain's Foreign Secretary Claire "
        'Holt said London was "committed" to the partnership.',
        "NGA>GBR:04",
    ),
    ("WASHINGTON", "Lawmakers in Congress bristled at Pretoria's moves on Monday.", "USA>ZAF:11"),
    ("MOSCOW", "Russia scoffed at Finland's proposal on Tuesday.", "RUS>FIN:12"),
]
NONE: list[NearMiss] = [
    ("ROME", "The G7 expressed concern over its sales of drones to Russia."),
    ("VILNIUS", "NATO voiced alarm over its shortages of shells for Ukraine."),
]
CASES = CODED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, [])


def test_events_review51_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, [])
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, []))
def test_events_review51_owners_and_commitments(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
