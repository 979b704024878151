"""Review 455 (session 68, P68): "joined X in criticising drills" joins a voice, not drills.

v.join_drill codes "South Korea joined U.S. and Japanese forces in naval exercises" as
military cooperation (062) with the forces joined; its object words (exercise, drill, patrol)
were found anywhere under "join", so "Australia joined the United States and Japan in
criticising Chinese naval drills" coded two drills with the allies. A verb of protest or
blame under "join" makes the drills the topic of a joint criticism (v.join_drill
unless_words).

Near misses: drills joined outright, with a place or a protest told after them, still code.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # a criticism joined: the drills' owner is the one criticised, no drill with the allies
    (
        "SYDNEY",
        "Australia joined the United States and Japan in criticising Chinese naval drills "
        "near Taiwan.",
        "AUS>CHN:11",
    ),
    (
        "TOKYO",
        "Japan joined Britain in condemning Russian military exercises near Finland.",
        "JPN>RUS:11 RUS>FIN:15",
    ),
    # ... drills joined outright still code, with a protest told after them
    (
        "CANBERRA",
        "Australia joined the United States and Japan in naval drills near Guam.",
        "AUS>USA:06 AUS>JPN:06",
    ),
    (
        "SEOUL",
        "South Korea joined U.S. and Japanese forces in naval exercises off Jeju island on "
        "Monday.",
        "KOR>USA:06 KOR>JPN:06",
    ),
    (
        "MANILA",
        "The Philippines joined Australia in joint patrols in the South China Sea, drawing a "
        "protest from China.",
        "PHL>AUS:06 CHN>PHL:11",
    ),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = [
    (
        "OTTAWA",
        "Canada joined Germany in criticising Russian naval drills in the Baltic Sea.",
        "CAN>RUS:11 DEU>RUS:11",
        "the joined party's own criticism (DEU>RUS) is not read from 'joined X in criticising'",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review455_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review455_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
