"""Review 44 (session 25, lead): a firm's state is no party to "the two countries".

"Malawi granted a fishing permit to a French firm. Mozambique urged the two countries to
talk": the act before the pair reference has Malawi and a French firm as its sides, so two
pairs stood in the story and "the two countries" took none (or the firm's state). A
business mention (role BUS) makes no party to a plural reference, as a reporting news
agency does not (plurals.yaml excluded_roles). Each row is (dateline, body, expected
events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, NearMiss, audit_bodies, audit_params, code_audit, matches

FIRMS: list[Case] = [
    (
        "LUSAKA",
        "Zambia lodged a protest with Malawi after Malawi granted a fishing permit to a French "
        "firm. Mozambique urged the two countries to talk.",
        "ZMB>MWI:11 MOZ>ZMB:02 MOZ>MWI:02",
    ),
    (
        "SANTIAGO",
        "Peru protested to Chile on Monday after Chile sold a copper concession to a Canadian "
        "company. Brazil called on both countries to settle the matter.",
        "PER>CHL:11 BRA>PER:02 BRA>CHL:02",
    ),
    (
        "HANOI",
        "Vietnam lodged a protest with Cambodia after Cambodia leased an island to a Chinese "
        "developer. Laos urged both countries to show restraint.",
        "VNM>KHM:11 LAO>VNM:02 LAO>KHM:02",
    ),
]
# Officials of a third state stay parties: two pairs stand, so "the two countries" takes none.
KEPT: list[Case] = [
    (
        "ACCRA",
        "Ghana protested to Togo after Togo detained two French diplomats. Nigeria urged the "
        "two countries to talk.",
        "GHA>TGO:11 TGO>FRA:17",
    ),
]
NONE: list[NearMiss] = [
    ("NAIROBI", "A British firm won a contract in Kenya. Analysts said the two companies would merge."),
]
CASES = FIRMS + KEPT


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, [])


def test_events_review44_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, [])
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, []))
def test_events_review44_pairs(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
