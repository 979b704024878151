"""Context 135 (session 58, helper R58): an embassy's praise judges its host's deed.

"The Australian Embassy in Jakarta praised the operation" after Indonesian police broke up a
ring: a friendly judgement (office_judged_roots) by an office abroad that no context rule
placed judges the deed of the state it sits in, when that state is named in the sentence or
the one before outside the office's phrase (reactions._office_judged).

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# an embassy's praise: its host's deed, told just before
OFFICE: list[Case] = [
    (
        "JAKARTA",
        "Indonesian police broke up a ring that smuggled migrants to Australia by boat, "
        "arresting 14 people in Kupang on Monday. The Australian Embassy in Jakarta praised "
        "the operation.",
        "AUS>IDN:05",
    ),
]

# near misses: hostile words, no host named, or a host that did nothing told
NONE: list[NearMiss] = [
    (
        "JAKARTA",
        "Indonesian police broke up a ring that smuggled migrants to Australia by boat, "
        "arresting 14 people in Kupang on Monday. The Australian Embassy in Jakarta condemned "
        "the operation.",
    ),
    (
        "JAKARTA",
        "Indonesian police broke up a ring that smuggled migrants to Australia by boat, "
        "arresting 14 people in Kupang on Monday. The Australian Embassy praised the operation.",
    ),
    (
        "HELSINKI",
        "Finland's immigration service said on Friday it would give residence permits to "
        "workers who testify against traffickers, a step welcomed by Kenya's embassy in "
        "Stockholm.",
    ),
]

GAPS: list[Gap] = []

CASES = OFFICE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context135_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context135_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
