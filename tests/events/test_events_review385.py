"""Review 385 (session 66, O99): concern that a state was sending people or troops.

"it was concerned that Denmark was sending people to a country where ... returnees face
detention": v.dismayed_that judges a deed its that-clause tells of another state (111), only for
deed verbs (clause_words); "send" is now one (people, troops or arms sent somewhere).

Near misses: a sending that may come (a modal), a passive with no state doing it.
Gap: a surprise at a pact that "would" be signed ("surprise" is left out: a surprise may be glad).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "GENEVA",
        "The U.N. refugee agency said it was concerned that Sweden was sending people to a country "
        "where they face jail.",
        "UN>SWE:11",
    ),
    ("LIMA", "Peru was concerned that Chile was sending troops to the border.", "PER>CHL:11"),
]
NONE: list[NearMiss] = [
    ("QUITO", "Ecuador was concerned that Colombia might send troops."),
    ("LA PAZ", "Bolivia said it was concerned that its citizens were being sent home."),
]
GAPS: list[Gap] = [
    (
        "ASUNCION",
        "Paraguay said it was deeply surprised that Uruguay would sign a military pact with a "
        "country that has troops on Paraguayan soil.",
        "PRY>URY:11",
        "surprise is not among v.dismayed_that's feelings, and a would-clause is no deed told",
    ),
]

@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review385_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review385_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
