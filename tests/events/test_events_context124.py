"""Context 124 (session 56, helper O82, opening set 82): a reported clause after a time adverb.

"Chile said hours later that it had recalled its ambassador in Lima": the parser hung the
that-clause on "later", so "it" was not read as the reporter's and went to the state of the
sentence before (Peru), which made the recall Peru's own (same state, nothing coded).
nlp._reports_read_under_adverbs hangs a that-clause whose head is an adverb of a speech verb
before it on that verb. Near misses: a that-clause of "so ... that" under a verb that reports
nothing, and a clause with no adverb between, are read as before.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# nlp._reports_read_under_adverbs
REPORTED_KEPT: list[Case] = [
    (
        "PARIS",
        "Ghana on Monday cancelled a cocoa deal with an Ivorian trader. Ivory Coast said hours "
        "later that it had recalled its ambassador in Accra for consultations.",
        "GHA>CIV:16 CIV>GHA:16",
    ),
    (
        "PARIS",
        "Ghana on Monday cancelled a cocoa deal with an Ivorian trader. Ivory Coast announced two "
        "days later that it had recalled its ambassador in Accra.",
        "GHA>CIV:16 CIV>GHA:16",
    ),
    (
        "PARIS",
        "Ghana on Monday cancelled a cocoa deal with an Ivorian trader. Ivory Coast's foreign "
        "ministry said on Tuesday that it had recalled its ambassador in Accra.",
        "GHA>CIV:16 CIV>GHA:16",
    ),
    (
        "PARIS",
        "The talks went so well that Ivory Coast invited Ghana's president to Abidjan.",
        "CIV>GHA:03|04",
    ),
]

CASES: list[Case] = REPORTED_KEPT
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context124_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context124_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
