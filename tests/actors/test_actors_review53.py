"""Review 53 (session 30, helper S35): a bare role a possessive pronoun owns is the
pronoun's state's.

"Chile welcomed the extension. Its Foreign Ministry spokesman, Pablo Rojas, called Peru 'a
reliable partner'": the bare role ("Foreign Ministry spokesman") is resolved before the
pronouns (find_bare_roles runs first), so it took the nearest state named in its sentence
(Peru, the one it speaks of) and the praise was Peru's own, dropped as same-state. After
the pronouns, a role right after "its"/"their" takes the pronoun's state
(resolve.own_possessed_roles); an IGO's pronoun leaves it as it was. Every sentence was
written for this file; each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR").
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
        "LIMA",
        "Peru and Chile agreed on Tuesday to extend a port contract. Chile welcomed the "
        "extension. Its Foreign Ministry spokesman, Pablo Rojas, called Peru \"a reliable "
        "partner\" on Wednesday.",
        "PER>CHL:05 CHL>PER:05 CHL>PER:05 CHL>PER:05",
    ),
    (
        "QUITO",
        "Ecuador hosted talks with Colombia on Monday. Its Defense Ministry spokesman said "
        "Bogota was \"a trusted friend\" of Quito and praised Colombia.",
        "ECU>COL:04 ECU>COL:05",
    ),
    # kept: a role with a state's name keeps it
    (
        "LIMA",
        "Chile welcomed the deal. Peru's Foreign Ministry spokesman praised Chile on Friday.",
        "PER>CHL:05",
    ),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, GAPS)


def test_actors_review53_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_actors_review53_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
