"""Roots 21 (session 22, builder OL): open gaps of the lead's list, each a general form.

A state returned to a list of sanctioned states or state sponsors of terrorism is put on it
again (v.blacklist takes "return", 163), not released (v.release, 084); people returned stay
a release. Every sentence was written for this file; each row is (dateline, body, expected
events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

RELISTED: list[Case] = [
    (
        "WASHINGTON",
        "In March, Washington returned North Korea to its list of state sponsors of terrorism.",
        "USA>PRK:16",
    ),
    (
        "LONDON",
        "Britain returned two Russian banks to its sanctions list on Thursday.",
        "GBR>RUS:16",
    ),
    # near misses: people sent back are released; a state added is listed as before
    ("TEHRAN", "Iran returned two British sailors to London on Monday.", "IRN>GBR:08"),
    (
        "WASHINGTON",
        "The United States added Venezuela to its list of state sponsors of terrorism.",
        "USA>VEN:16",
    ),
]

NONE: list[NearMiss] = [
    ("CARACAS", "Venezuela returned to the list of top oil exporters in May."),
]
GAPS: list[Gap] = []
CASES = RELISTED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_roots21_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_roots21_codes(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
