"""Vocabulary 22 (session 20, builder N19): acts the coder did not read at all in the newest
development sets, each written anew.

FUNDED_WORKS: paying to enlarge or renew what another state owns ("China financed the
expansion of Gabon's port", "paid for the modernization of Ghana's main airport") is aid
(071), as paying to rebuild it already was: the works nouns of v.fund_reconstruction (the
object) and v.pay_for (under its for-phrase). Planned, it is the intent (033). One's own
works, works of no state, and a state only criticising the works code no aid.
RECIPROCAL_ENVOYS: two states naming, appointing or nominating envoys "to each other's
capitals" raise their ties to full level (054, as exchanging ambassadors; pattern
v.name_ambassadors, only coordinated subjects, both ways); planned, it is the intent (030).
One state naming its envoy to another is routine staffing and codes nothing, nor do two
states naming envoys to a third body.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"); NONE holds
near-misses that must code nothing. Every sentence was written for this file.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

FUNDED_WORKS: list[Case] = [
    ("NAIROBI", "Japan funded the expansion of Kenya's Mombasa port last year.", "JPN>KEN:07"),
    (
        "CAIRO",
        "Saudi Arabia will finance the upgrade of Egypt's power grid, officials said.",
        "SAU>EGY:03",
    ),
    (
        "ACCRA",
        "The United States paid for the modernization of Ghana's main airport.",
        "USA>GHA:07",
    ),
    ("COLOMBO", "India financed the extension of Sri Lanka's northern railway.", "IND>LKA:07"),
    (
        "TUNIS",
        "Italy bankrolled the renovation of Tunisia's largest port in 2023, the ministry said.",
        "ITA>TUN:07",
    ),
    (
        "HANOI",
        "South Korea underwrote the overhaul of Vietnam's coastal radar network.",
        "KOR>VNM:07",
    ),
]

RECIPROCAL_ENVOYS: list[Case] = [
    (
        "OTTAWA",
        "Canada and Peru named new ambassadors to each other's capitals on Tuesday.",
        "CAN>PER:05 PER>CAN:05",
    ),
    (
        "CAIRO",
        "Egypt and Turkey appointed ambassadors to each other's capitals for the first time "
        "in a decade.",
        "EGY>TUR:05 TUR>EGY:05",
    ),
    (
        "ISLAMABAD",
        "Pakistan and Bangladesh will nominate new high commissioners to each other's capitals "
        "next month.",
        "PAK>BGD:03 BGD>PAK:03",
    ),
]

NONE: list[NearMiss] = [
    ("NEW DELHI", "India named a new high commissioner to Canada on Tuesday."),
    ("BRASILIA", "Brazil and Argentina named new ambassadors to the United Nations."),
    ("SANTIAGO", "Chile appointed a special envoy to the talks."),
    # one's own works, works of no state named
    ("DOHA", "Qatar financed the expansion of its own port in Doha."),
    ("BERLIN", "Germany financed the expansion of the program in 2024."),
    ("LIMA", "Peru paid for the upgrade of the highway from its own budget."),
]

GAPS: list[Gap] = []
CASES = FUNDED_WORKS + RECIPROCAL_ENVOYS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary22_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary22_codes(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
