"""Clauses 65 (session 47, O67): a threatened act on a way through the warned state.

"Tajikistan warned that it would close a rail route through Uzbekistan unless Tashkent freed
the drivers": v.warn_if reads the speaker's own act on a condition (own_act_clause) only when
the act names no party beyond its subject and the condition's; the way's state ("through",
"across", "via": rules.yaml transit_preps) named a party, so the warning coded nothing. A way
crossing the condition's own party now names it as a place (clauses._transit_place in
_own_unaimed_acts). A way through a third state keeps the act aimed at it, and a loss foretold
for itself stays no threat.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "DUSHANBE",
        "Tajikistan warned on Monday that it would close a new rail route through Uzbekistan"
        " unless Tashkent freed four Tajik train drivers.",
        "TJK>UZB:13",
    ),
    (
        "DUSHANBE",
        "Tajikistan warned that it would shut a gas pipeline across Uzbekistan unless Uzbekistan"
        " paid its debts.",
        "TJK>UZB:13",
    ),
    (
        "BAKU",
        "Azerbaijan warned that it would halt shipments via Georgia unless Tbilisi lifted the new"
        " tariffs.",
        "AZE>GEO:13",
    ),
    # no way named: as before
    (
        "DUSHANBE",
        "Tajikistan warned that it would close its border unless Uzbekistan released the drivers.",
        "TJK>UZB:13",
    ),
]

NEAR_MISSES: list[NearMiss] = [
    # a way through a third state; a loss foretold for itself
    (
        "DUSHANBE",
        "Tajikistan warned that it would close a rail route through Kazakhstan unless Uzbekistan"
        " released the drivers.",
    ),
    (
        "DUSHANBE",
        "Tajikistan warned that it would lose a rail route through Uzbekistan unless Uzbekistan"
        " released the drivers.",
    ),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_clauses65_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_clauses65_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
