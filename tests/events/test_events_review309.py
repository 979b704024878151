"""Review 309 (session 64, P64): a counted actor phrase left hanging after its preposition.

"granted asylum to five Panamanian army officers holed up in a residence since ...": the parser
may make the officers the subject of the participle after them, leaving "to" with no object;
context._stray_object takes a whole actor phrase that starts right after the preposition as
its object, and now also one after a count ("five", "12").

Near misses: a count before people of no state ("to five men", "to five reporters").

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "",
        "Ecuador has granted diplomatic asylum to four Colombian army officers holed up in a "
        "diplomatic residence since last week's coup attempt.",
        "ECU>COL:07",
    ),
    (
        "",
        "Chile granted asylum to three Bolivian officers holed up in an embassy since the coup.",
        "CHL>BOL:07",
    ),
]
NONE: list[NearMiss] = [
    ("", "The envoy spoke to five reporters gathered outside the embassy since dawn."),
    ("", "Norway granted asylum to five men holed up in a church since the raid."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review309_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review309_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
