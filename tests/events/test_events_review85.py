"""Review 85 (session 32, helper S39b): fire on a place near a town.

"A Sudanese army drone fired on a market near Ndele": what fire is aimed at stands for the
place its phrase names (v.fire_at's prep_place). A market is such a place (rules.yaml
aimed_place_nouns), and "near" a town, region or district (a place mention, no state's name)
is still inside the town's state (clauses._NEAR_PREPS); near a state's own name ("into the sea
near Japan", "at a target area near Japan") is outside it, aimed at no one. Fire by no state
("gunmen") and a market opened, not fired on, code nothing. Each row is (dateline, body,
expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "BANGUI",
        "Government spokesman Jean Malo said that a Sudanese army drone fired on a market near "
        "Ndele on Sunday.",
        "SDN>CAF:19",
    ),
    (
        "BAMAKO",
        "Malian officials said a Burkinabe army helicopter fired at a village near Sikasso on "
        "Tuesday.",
        "BFA>MLI:19",
    ),
]

NONE: list[NearMiss] = [
    ("TOKYO", "North Korea fired two missiles into the sea near Japan on Sunday."),
    ("TOKYO", "North Korea fired two missiles at a target area near Japan on Sunday."),
    ("BANGUI", "Sudanese traders opened a market near Ndele on Sunday."),
    ("BANGUI", "Gunmen fired on a market near Ndele on Sunday."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review85_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review85_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
