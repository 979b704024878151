"""Clauses 50 (session 44, O59): a region split off a state is recognized against it.

v.recognize codes recognition granted (054) to the state its object names. A breakaway,
separatist or rebel region, province or enclave of a state recognized (as independent) is
recognized against that state, no recognition granted to it: such words keep v.recognize
silent (its unless_words). In a relative clause ("a separatist Georgian province that Russia
recognized") the noun the clause hangs on is read already; the words qualifying it (its
adjectives and compounds) are now judged by a pattern's unless_words as well (extract.py).
Found in the opened set 59 (its sentences are not used here); "region" or "province" alone
is no such word ("the first country to recognize Palestine in the region").
Cases: a state itself recognized, its new government recognized.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("PRISTINA", "Oman recognized Kosovo on Monday, the foreign ministry said.", "OMN>XKX:05"),
    ("BOGOTA", "Colombia recognized the new government of Syria on Tuesday.", "COL>SYR:05"),
    (
        "MANILA",
        "The Philippines released 12 Vietnamese fishermen on Monday. The men, whom Manila freed"
        " after a month, flew home to Hanoi.",
        "PHL>VNM:08",
    ),
]

NONE: list[NearMiss] = [
    (
        "TBILISI",
        "Russia recognized Georgia's breakaway region of South Ossetia as a sovereign state on"
        " Tuesday.",
    ),
    (
        "SUKHUMI",
        "Abkhazia, a separatist Georgian province that Russia and Syria recognized in 2008, held"
        " elections on Saturday.",
    ),
    (
        "BAKU",
        "Karabakh, a rebel enclave that Armenia recognized in 1992, was retaken by Azerbaijan's"
        " army.",
    ),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses50_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses50_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
