"""Clauses 57 (session 45, helper O63): a sentence's verb the parser hung, as a participle, on
the last noun of a relative clause about the subject.

"Oman, which mediated between the two neighbors during earlier disputes, called on Tehran and
Riyadh to resolve the matter" was parsed with "Oman" as the root and "called" as a participle
of "disputes": no subject, no call. nlp._verbs_read_as_participles restores the verb as the
root and the name as its subject when the root is a proper name with a relative clause and a
past verb right after the comma that closes it hangs inside that clause. Near misses: the
parse already right stays as it was, and a real participle of an apposition is left alone.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "MUSCAT",
        "Oman, which mediated between the two neighbors during earlier disputes, called on Tehran"
        ' and Riyadh to resolve the matter "through quiet diplomacy."',
        "OMN>IRN:02 OMN>SAU:02",
    ),
    (
        "DOHA",
        "Qatar, which mediated between the two neighbors during earlier disputes, called on Riyadh"
        " and Abu Dhabi to resolve the matter through dialogue.",
        "QAT>SAU:02 QAT>ARE:02",
    ),
    # the parse was right before: unchanged
    (
        "VIENNA",
        "Austria, which hosted the two sides during previous rounds, urged Serbia and Kosovo to"
        " return to talks.",
        "AUT>SRB:02 AUT>XKX:02",
    ),
]

# a real participle of an apposition after the clause
NONE: list[NearMiss] = [
    ("ACCRA", "Ghana, which chairs the regional bloc, a body founded in 1975, will host the summit."),
]

GAPS: list[Gap] = []

@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses57_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses57_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
