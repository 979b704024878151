"""Review 207 (session 59, helper O88): people expelled, named by a plural demonym alone.

"Ghana expelled 12 Nigerians": a state's people named only by a plural demonym are deported
individuals (174), as the nationals and migrants of v.expel_people already were; v.expel read
them as diplomats (166). Envoys, spies and officials told so stay with v.expel.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# people named by a demonym, expelled: deported individuals (17)
DEMONYM: list[Case] = [
    (
        "ACCRA",
        "Ghana expelled 12 Nigerians last year after a dispute over market stalls.",
        "GHA>NGA:17",
    ),
    (
        "VIENTIANE",
        "Laos expelled dozens of Vietnamese in March in a crackdown on illegal logging.",
        "LAO>VNM:17",
    ),
]

# near misses: envoys and spies expelled stay 16
ENVOYS: list[Case] = [
    ("ACCRA", "Ghana expelled two Nigerian diplomats last year after a dispute.", "GHA>NGA:16"),
    (
        "OSLO",
        "Norway expelled four Russians it said were intelligence officers working under "
        "diplomatic cover.",
        "NOR>RUS:16",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = []

CASES = DEMONYM + ENVOYS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review207_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review207_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
