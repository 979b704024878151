"""Roots 35 (session 33, NOCODE): a measure its speaker says will stay until another state
acts demands that act (v.say_held_until, 100).

"Tanzania said the ban would stay in force until Kenya lifted its own measure": the one an
until-clause on a will/would clause of staying puts the end of the measure to is asked to act
(clauses._held_until); the measure stays in force, in place, closed or suspended. Kept
uncoded: a forecast about the other state itself ("said Kenya would remain isolated until
..."), a date, a denial, an open border, the speaker's own people, a past measure told as
history. Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "DODOMA",
        "Tanzania said the ban would stay in force until Kenya lifted its own measure.",
        "TZA>KEN:10",
    ),
    (
        "MANAGUA",
        "Nicaragua said the crossing would remain closed until Honduras hands over those"
        " responsible.",
        "NIC>HND:10",
    ),
    (
        "BANGKOK",
        "Thailand said the cuts would stay in place until Myanmar authorities closed the scam"
        " centers.",
        "THA>MMR:10",
    ),
]

NONE: list[NearMiss] = [
    # a forecast about the other state, not a measure held
    ("DODOMA", "Tanzania said Kenya would remain isolated until it lifted its own measure."),
    # no one asked: a date, the speaker's own people
    ("DODOMA", "Tanzania said the ban would stay in force until the end of the year."),
    ("DODOMA", "Tanzania said the ban would stay in force until Tanzanian farmers recovered."),
    # denied; a good turn kept; history
    ("DODOMA", "Tanzania said the ban would not stay in force until Kenya lifted its own measure."),
    ("DODOMA", "Tanzania said the border would remain open until Kenya decided otherwise."),
    ("DODOMA", "The ban stayed in force until Kenya lifted its own measure in 2019."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_roots35_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_roots35_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
