"""Context 167 (session 63, T63): help naming no one goes where the works it helps are.

"Japan will help rebuild bridges in northern Laos", "Canada helped to repair clinics in eastern
Chad": help (07, or the intent to give it, 033) whose slots and clause name no one is aimed at
the one state the works it helps are placed in, as an aid cut naming no one is held back from
it (rules placed_aid_codes, reactions._placed_recipient). The works are the help's infinitive,
bare ("help rebuild") or with "to".

Near misses: a venue, no works ("help organize a conference in Geneva"); works in two states;
works in the helper's own land; a helper with no state.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "TOKYO",
        "Japan will help rebuild bridges in northern Laos.",
        "JPN>LAO:03",
    ),
    (
        "OTTAWA",
        "Canada helped to repair clinics in eastern Chad last year.",
        "CAN>TCD:07",
    ),
    (
        "BERLIN",
        "Germany will help rebuild schools in Ukraine's east after the winter.",
        "DEU>UKR:03",
    ),
]
NONE: list[NearMiss] = [
    (
        "TOKYO",
        "Japan will help organize a conference in Geneva next spring.",
    ),
    (
        "HANOI",
        "Japan will help rebuild bridges in Laos and Cambodia.",
    ),
    (
        "VIENTIANE",
        "Laos will help rebuild bridges in northern Laos after the floods.",
    ),
]
GAPS: list[Gap] = [
    (
        "ROME",
        "Italy will help restore temples in central Myanmar, the culture minister said.",
        "ITA>MMR:03",
        "a future help its trailing attribution makes an announced measure goes to the pledge "
        "rule (extract: _announced_measure) before the works' place is read",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context167_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_context167_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
