"""Review 342 (session 65, R65): help to patrol or guard another's waters is cooperation.

"has helped the island nation patrol its waters", "already help patrol Bulgaria's frontier"
were aid (v.help, 070); the open gold codes a share in another state's patrols as security
cooperation, 06 (sets 46, 48, 63, 67), 03 when pledged. v.help now refines an infinitive of
patrolling, guarding or policing to 062 before its military-aid words; protecting is left
out ("helped Jordan protect its reserves" is economic), and help with debts or arms keeps
its aid codes.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("WASHINGTON", "The United States has helped Palau patrol its waters for years.", "USA>PLW:06"),
    (
        "SOFIA",
        "About 500 officers of Frontex, the EU border agency, already help patrol Bulgaria's "
        "frontier with Turkey.",
        "EU>BGR:06",
    ),
    (
        "CANBERRA",
        "Australia helped Papua New Guinea guard its border with Indonesia.",
        "AUS>PNG:06",
    ),
    # pledged, the help is a pledge (03)
    ("TOKYO", "Japan will help the Philippines patrol the South China Sea.", "JPN>PHL:03"),
    # ... help with a debt or with arms stays aid (07)
    ("PARIS", "France helped Ghana restructure its debt.", "FRA>GHA:07"),
    ("WARSAW", "Poland helped Ukraine with ammunition and tanks.", "POL>UKR:07"),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review342_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, True))
def test_events_review342_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
