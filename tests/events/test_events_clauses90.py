"""Clauses 90 (session 63, K63): "regretted the decision and called for talks": the ask is the
second act of the pair.

"Uzbekistan said it regretted the decision and called for talks": one sentence, two acts of one
pair (11 and 02). The call for talks names no one (no between-phrase for v.call_for_talks), so
it is asked of whom its source just complained (reactions._asked_of_complained, context
"asked"). That rule was barred because the ask looked addressed (extract._addressed_ask): "for"
is a target preposition of other patterns of "call" ("called for Israel to withdraw"), but the
for-phrase here holds the pattern's own object word ("talks", "negotiations"): what is asked
for, not whom.

Near misses: an approval before the call (no complaint: asked of no one); a for-phrase whose
talks are with a third party named ("talks with the European Union").

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# the complained-of state is asked for talks: two acts of the pair
ASKED: list[Case] = [
    (
        "YEREVAN",
        "Georgia banned imports of Armenian brandy on Tuesday. Armenia's foreign ministry said "
        "it regretted the ban and called for talks.",
        "GEO>ARM:16 ARM>GEO:11 ARM>GEO:02",
    ),
    (
        "BANGKOK",
        "Vietnam expelled two Thai fishing boats from its waters last week. Thailand said it "
        "deplored the decision and called for negotiations.",
        "VNM>THA:16 THA>VNM:11 THA>VNM:02",
    ),
]
# ... not after an approval, nor for talks with a third party
NOT_ASKED: list[Case] = [
    (
        "TBILISI",
        "Georgia lifted a ban on Armenian brandy on Tuesday. Armenia's foreign ministry said "
        "it welcomed the decision and called for talks.",
        "GEO>ARM:08 ARM>GEO:05",
    ),
    (
        "GYUMRI",
        "Georgia banned imports of Armenian brandy on Tuesday. Armenia's foreign ministry said "
        "it regretted the ban and called for talks with the European Union.",
        "GEO>ARM:16 ARM>GEO:11",
    ),
]

CASES: list[Case] = ASKED + NOT_ASKED
NONE: list[NearMiss] = [
    ("SANTIAGO", "Chile's fishing industry called for talks on the new quotas."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses90_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses90_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
