"""Forces 1 (session 43, lead): forces based in another state, and a package or grant signed,
found in the opened sets 53, 57 and 62 (their sentences are not used here).

- "Romania will station two fighter squadrons and 300 troops in eastern Bulgaria": forces
  based in another state, with its leave, are military cooperation (062, 0312 when pledged;
  v.station_forces, only "station", "base" and "post"); the place may hang on the forces.
  Troops stationed in one's own regions or near a border are no cooperation (a border is
  v.reinforce_border's show of force).
- "signed the aid package with Samoa's minister", a grant agreement signed: a written
  instrument (v.sign_package; "agreed on a new sanctions package" stays the sanctions').

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "SOFIA",
        "Romania will station two fighter squadrons and about 300 troops in eastern Bulgaria"
        " from next spring.",
        "ROU>BGR:03",
    ),
    ("TALLINN", "Finland based 200 soldiers in Estonia last year under a 2024 accord.", "FIN>EST:06"),
    (
        "APIA",
        "New Zealand signed the aid package with Samoa's health minister on Wednesday.",
        "NZL>WSM:05",
    ),
]

NONE: list[NearMiss] = [
    ("WARSAW", "Poland stationed more troops in its eastern regions on Monday."),
    ("BERLIN", "Germany based its new frigates in the Baltic port of Rostock."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_forces1_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_forces1_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
