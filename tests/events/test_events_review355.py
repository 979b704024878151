"""Review 355 (session 65, A65): "our friends in Brazil", a state named by its friends.

'"We ask our friends in Brazil to say so," he said' (Congo's president) coded nothing: the
plural "friends" was no one, and the ask was left with no target. "friends" now takes its
members from the state, capital or IGO after "in"/"from"/"of" as "counterparts" and "peers" do
(plurals.yaml ``partner_nouns``), so the ask is aimed at Brazil.

Near misses: friends in a region or in the opposition (no state after the preposition); a
speaker's personal "many friends in Brazil" (no act aimed at them).
Gap: "We call on our friends in Georgia to release the crews" still codes no appeal (the
plural's members are set, but the appeal to release does not read them as "our counterparts
in Georgia" are read).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "KINSHASA",
        "Congo's president met Brazil's president in Brasilia on Monday. \"We ask our friends "
        'in Brazil to say so," he said.',
        "COD>BRA:04 COD>BRA:02",
    ),
    # ... no state after the preposition, or no act aimed at the friends
    (
        "KINSHASA",
        "Congo's president met Brazil's president in Brasilia on Monday. \"We ask our friends "
        'in the region to say so," he said.',
        "COD>BRA:04",
    ),
    (
        "KINSHASA",
        "Congo's president met Brazil's president on Monday. \"I have many friends in Brazil,\" "
        "he said.",
        "COD>BRA:04",
    ),
]
NONE: list[NearMiss] = [
    (
        "NAIROBI",
        "Kenya's president spoke in Berlin on Monday. He urged his friends in the opposition to "
        "support the bill.",
    ),
]
GAPS: list[Gap] = [
    (
        "ANKARA",
        "Georgia seized four Turkish boats on Monday. \"We call on our friends in Georgia to "
        'release the crews," Turkey\'s foreign minister said.',
        "GEO>TUR:17 TUR>GEO:02",
        "the appeal to release does not read the plural's members as it reads 'our "
        "counterparts in Georgia'",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review355_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True))
def test_events_review355_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
