"""Review 58 (session 32, helper S39): a chargé d'affaires is an envoy.

"Suriname summoned Brazil's charge d'affaires and handed him a note demanding compensation":
"charge d'affaires" was no title, so "him" found no envoy and the demand the note carried
(extract._carried_demand) had no target. The GOV titles of offices.yaml list it (with its
accented and curly spellings) beside "ambassador". Every sentence was written for this file;
each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
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
    (
        "PARAMARIBO",
        "Brazilian soldiers fired on a Surinamese patrol boat on Tuesday. Suriname summoned "
        "Brazil's charge d'affaires and handed him a note demanding compensation for the "
        "victims' families.",
        "BRA>SUR:19 SUR>BRA:11 SUR>BRA:10",
    ),
    (
        "PARAMARIBO",
        "Suriname summoned Brazil’s chargé d’affaires on Monday over a border shooting.",
        "SUR>BRA:11",
    ),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, GAPS)


def test_actors_review58_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_actors_review58_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
