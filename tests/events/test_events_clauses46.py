"""Clauses 46 (session 38, SRC): a hyphenated name early in a sentence is no dateline.

1. "Senegal, Guinea-Bissau's northern neighbor, put its troops on alert": a sentence's
   dateline ends at a dash after capitalised words only ("SEOUL —"); the hyphen glued inside
   "Guinea-Bissau" or "Timor-Leste" was taken for that dash, so every mention before it
   ("Senegal", the subject) counted as the dateline and gave no actor
   (extract._dateline_end). A hyphen glued on both sides joins a word; a spaced dash (or a
   dash after a dateline word) still ends a dateline.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "DAKAR",
        "Troops seized the presidential palace in Bissau on Sunday. Senegal, Guinea-Bissau's "
        "northern neighbor, condemned the coup and urged Guinea-Bissau to restore order.",
        "SEN>GNB:11 SEN>GNB:02",
    ),
    (
        "DAKAR",
        "Rebels attacked a border post on Monday. Gambia, Guinea-Bissau's small neighbor, "
        "praised Guinea-Bissau for its restraint.",
        "GMB>GNB:05",
    ),
    (
        "DILI",
        "Talks on the sea border resumed on Monday. Australia, Timor-Leste's largest donor, "
        "promised Timor-Leste new aid for its schools.",
        "AUS>TLS:03",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses46_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses46_hyphenated_names(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
