"""Vocabulary 177 (session 70, RX70): forces sent that show no force at the place named.

v.mobilize (154) read any "force" sent as armed forces, and any to-phrase's actor as the one
shown force: "sent a government task force to Phnom Penh" (open set 64) and "sent a frigate to
a NATO patrol" (open set 102) coded 154 at Cambodia and at NATO, whose gold codes other roots.
A task force is a team of officials unless the military's own words name it
(v.mobilize_task_force: "naval", "military", "armed" ...); forces sent to a patrol, mission or
coalition (to- or into-phrase) serve in it, no show of force at its owner.

Kept: warships deployed on patrol near another state; troops sent to another's border; an
armed task force sent toward a state.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("", "China deployed warships near Taiwan.", "CHN>TWN:15"),
    ("", "Russia deployed warships on patrol near Japan's northern islands.", "RUS>JPN:15"),
    ("", "Russia sent troops to Belarus's border with Ukraine.", "RUS>BLR:15"),
    ("", "The United States sent a naval task force toward Venezuela.", "USA>VEN:15"),
]
NONE: list[NearMiss] = [
    ("", "Spain last year sent a police task force to Dakar."),
    ("", "Denmark also sent a frigate to a NATO patrol in the Baltic Sea in March."),
    ("", "Belgium sent a frigate into the EU mission off Libya."),
]
GAPS: list[Gap] = [
    (
        "",
        "The United States sent a naval task force to the waters off Venezuela.",
        "USA>VEN:15",
        "'the waters off Venezuela' names no target slot v.mobilize reads (obj_sub has no 'to')",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary177_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary177_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
