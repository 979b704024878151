"""Review 256 (session 63, O92): thanks told as "grateful that X did ...".

"We are grateful that Manila has listened": an adjective of thanks (v.grateful, 051) whose
thanked party is told not in a to-phrase but as the first actor of the that-clause saying what
was done (target ccomp_actor, as v.grateful's "grateful to Chad" names it in its to-phrase).

Near misses: a that-clause naming no state; a feeling with no that-clause; "grateful" said of
nothing done.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "ACCRA",
        "Ghana's president said he was grateful that Nigeria had reopened the border at Seme.",
        "GHA>NGA:05",
    ),
    (
        "HANOI",
        "Vietnam's foreign minister said Vietnam was grateful that Japan had sent rescue "
        "teams within hours.",
        "VNM>JPN:05 JPN>VNM:07",
    ),
    (
        "DHAKA",
        "Bangladesh's foreign ministry said it was thankful that India had released the "
        "fishermen.",
        "BGD>IND:05|08",
    ),
]
NONE: list[NearMiss] = [
    (
        "SEOUL",
        "South Korea's prime minister said he was grateful that the ceasefire had held "
        "through the night.",
    ),
    (
        "NAIROBI",
        "Kenya's foreign minister said she was grateful for the rain that fell on Tuesday.",
    ),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review256_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review256_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
