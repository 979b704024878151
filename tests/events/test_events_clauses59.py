"""Clauses 59 (session 45, P3): what a pledged infinitive gives is for the state its for- or
to-phrase names, not for the giver a premodifier names.

"Spain's prime minister promised to push for more European Union funding for Egypt" coded a
pledge to the EU: xcomp_args read "European Union funding" (the infinitive's for-phrase) before
the state the funding is for. Now an object or phrase of the infinitive that is no actor
mention itself puts the actors of its own to-, for- or with-phrase first (clauses
xcomp_args), so the pledge is to Egypt.
Near misses and rows that keep their target: the giver lobbied itself ("to lobby the EU for
more funding"), an actor object ("to defend Morocco"), a to-phrase on the infinitive.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "LISBON",
        "Portugal's prime minister promised on Monday to push for more European Union funding"
        " for Cape Verde.",
        "PRT>CPV:03",
    ),
    (
        "ROME",
        "Italy pledged to seek more EU aid for Tunisia.",
        "ITA>TUN:03",
    ),
    (
        "ROME",
        "Italy promised to lobby the European Union for more funding for Libya.",
        "ITA>EU:03",
    ),
    (
        "ATHENS",
        "Greece vowed on Friday to defend Cyprus.",
        "GRC>CYP:03",
    ),
    (
        "ATHENS",
        "Greece promised to continue military aid to Armenia.",
        "GRC>ARM:03",
    ),
]

NONE: list[NearMiss] = [
    ("LISBON", "Portugal promised to push for more funding for its own farmers."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses59_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses59_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
