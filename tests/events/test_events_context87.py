"""Context 87 (session 44, S62; from b/CTX7): a plural reaction that points back to several
acts named before.

- A plural "the agreements" sums up every deal the sentence of its nearest use tells, not that
  use only ("A and B signed a rail agreement, and A and C a power agreement. D welcomed the
  agreements": C too; events/coordination.py _sentence_deals); a deal told as background or
  as a kind ("a similar agreement ... in 2024") is passed over.
Near misses: a dated deal beside the news.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "HANOI",
        "Vietnam and Laos signed a rail agreement on Monday, and Vietnam and Cambodia signed a"
        " power agreement. Thailand's foreign ministry welcomed the agreements.",
        "VNM>LAO:05 LAO>VNM:05 VNM>KHM:05 KHM>VNM:05 THA>VNM:05 THA>LAO:05 THA>KHM:05",
    ),
    # near miss told with its own events: a dated deal of the same kind adds no welcome
    (
        "HANOI",
        "Vietnam signed a rail agreement with Laos on Monday, a year after China signed a"
        " similar agreement with Cambodia in 2024. Thailand's foreign ministry welcomed the"
        " agreements.",
        "VNM>LAO:05 CHN>KHM:05 THA>VNM:05 THA>LAO:05",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context87_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context87_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
