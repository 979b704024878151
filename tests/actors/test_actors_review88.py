"""Review 88 (session 48, O69): a name two states share, read by the article.

"Congo" and "Congolese" are the Democratic Republic of the Congo's in current news
(states.yaml), so a story from Brazzaville about the Republic of the Congo gave its
"Congolese territory" and "Congolese counterparts" to the DRC. A shared name
(false_friends.yaml shared_names) is now the other state's when the article names that state
by a name of its own (the Republic of Congo, Brazzaville, Congo-Brazzaville) and never the
usual holder by one of its own (the DRC, Kinshasa, the Democratic Republic): the resolver
swaps the hit (resolve.Resolver._share_names). A story that names both, or only the DRC,
keeps the DRC. Every sentence was written for this file; each row is (dateline, body,
expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import (  # noqa: E402
    Case,
    Gap,
    NearMiss,
    audit_bodies,
    audit_params,
    code_audit,
    matches,
)

CASES: list[Case] = [
    # the Republic of the Congo named by its own name or capital, the DRC never
    (
        "BRAZZAVILLE",
        "Gabon denied that its rangers had entered Congolese territory.",
        "GAB>COG:12",
    ),
    (
        "BRAZZAVILLE",
        "Libreville said it was ready to hold joint patrols with their Congolese counterparts.",
        "GAB>COG:03",
    ),
    (
        "LIBREVILLE",
        "The Republic of Congo recalled its ambassador from Libreville. Gabon criticized the Congolese decision.",
        "COG>GAB:16 GAB>COG:11",
    ),
    (
        "YAOUNDE",
        "Cameroon and the Republic of Congo met on Monday. Chad praised Congo for its restraint.",
        "CMR>COG:04 COG>CMR:04 TCD>COG:05",
    ),
    # the DRC named, or both: the usual holder stays
    (
        "KINSHASA",
        "Angola denied that its troops had entered Congolese territory.",
        "AGO>COD:12",
    ),
    (
        "LUANDA",
        "The DRC thanked Angola on Monday. Zambia praised Congo for its restraint.",
        "COD>AGO:05 ZMB>COD:05",
    ),
    (
        "BRAZZAVILLE",
        "Kinshasa accused Rwanda of backing the rebels. Uganda praised Congo for its restraint.",
        "COD>RWA:11 UGA>COD:05",
    ),
]

NEAR_MISSES: list[NearMiss] = []

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_actors_review88_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_actors_review88_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
