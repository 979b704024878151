"""Review 380 (session 66, X66): a bare organ protesting what was done to its own people.

"France summoned the Iranian ambassador on Tuesday. The ministry protested the detention of two
French teachers": "The ministry" was read as Iran's (IRN>FRA 11), since a state named in the
organ's object phrase ("French") is taken as one its verb acts on, and no organ acts on its own
state (resolve._objects_of). A state named in the of-phrase of a deed done to people (the
detention, release, killing ... of its nationals: descriptions.yaml own_people_deeds) is the
people's own state, the one the organ most often speaks for; it no longer rules that state out.

Near misses: an organ summoning another state's envoy after that state's act stays the victim's
("China's coast guard rammed a Vietnamese boat. The Foreign Ministry summoned the Chinese
ambassador").

Every sentence was written for this file (X66's battery). Each row is (dateline, body,
expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "PARIS",
        "France summoned the Iranian ambassador on Tuesday. The ministry protested the detention "
        "of two French teachers.",
        "FRA>IRN:11",
    ),
    (
        "TALLINN",
        "Estonia summoned Russia's envoy on Friday. The ministry demanded the release of three "
        "Estonian sailors.",
        "EST>RUS:11 EST>RUS:10",
    ),
    (
        "HANOI",
        "China detained Vietnamese fishermen. The Foreign Ministry demanded the release of the "
        "Vietnamese crew.",
        "CHN>VNM:17 VNM>CHN:10",
    ),
    (
        "KYIV",
        "Russia launched drones at Kyiv. The Foreign Ministry condemned the killing of four "
        "Ukrainian civilians.",
        "RUS>UKR:19 UKR>RUS:11",
    ),
    # ... the victim's organ still
    (
        "BEIJING",
        "China's coast guard rammed a Vietnamese boat. The Foreign Ministry summoned the "
        "Chinese ambassador.",
        "CHN>VNM:19 VNM>CHN:11",
    ),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review380_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review380_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
