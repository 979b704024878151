"""Review 34 (session 22, builder S21): whose a person, a chamber and a ministry are, from
set 21's first run.

"Opposition Conservative leader X urged the government to ..." gave the leader his state's
government (the generic "leader" took GOV past the role word "opposition"), and the bare
"the government" then read as the other state's; a role word of the opposition before a
generic title now gives its role (resolve._LED_ROLES), so the request is domestic.
"Opposition lawmakers in La Paz ... asked Congress" gave the U.S. Congress, the United
States named before: legislators placed in or named by a state that has such a chamber ask
their own (Resolver._legislators_of). "Colombia's Mines and Energy Ministry" was no body
(two portfolios joined before "Ministry"), so its "it" went to the state named before
(Resolver._joined_portfolios). "In Libya, the Tripoli-based government welcomed the
agreements" was no actor: a capital's ruling body (roles.yaml seated) "based" there is its
state's (Resolver._based_at); a city that is no capital ("the Benghazi-based government") or
another role ("Doha-based leaders" of a movement) stays none. India's Border Security Force
and Border Guard Bangladesh are known by their names and initials (groups.yaml). Every
sentence was written for this file; the cases run
through the whole pipeline in one batch (``audit_cases.code_audit``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import audit_params, code_audit, matches  # noqa: E402

# (dateline, body, expected events "SRC>TGT:RR")
CASES: list[tuple[str, str, str]] = [
    # a ministry of two portfolios is its state's: its "it" is that state
    (
        "BOGOTA",
        "Quito imposed a levy on Colombian imports last week. Colombia's Mines and Energy "
        "Ministry said it had suspended exports to Ecuador.",
        "ECU>COL:16 COL>ECU:16",
    ),
    (
        "NEW DELHI",
        "Pakistan closed its airspace to Indian airlines on Sunday. India's Commerce and "
        "Industry Ministry said it had banned imports from Pakistan.",
        "PAK>IND:16 IND>PAK:16",
    ),
    # a capital's ruling body "based" there is its state's
    (
        "CAIRO",
        "Turkey and Egypt signed trade agreements on Tuesday. In Libya, the Tripoli-based "
        "government welcomed the agreements.",
        "TUR>EGY:05 EGY>TUR:05 LBY>TUR:05 LBY>EGY:05",
    ),
    (
        "DOHA",
        "Qatar and Egypt signed a gas deal on Monday. The Kabul-based authorities welcomed the "
        "accord.",
        "QAT>EGY:05 EGY>QAT:05 AFG>QAT:05 AFG>EGY:05",
    ),
    # kept: a city that is no capital, or another role based in a capital, is no state's body
    (
        "TRIPOLI",
        "Turkey and Libya signed a maritime deal. The Benghazi-based government rejected the deal.",
        "TUR>LBY:05 LBY>TUR:05",
    ),
    (
        "CAIRO",
        "Hamas's Doha-based leaders met Egyptian officials on Sunday.",
        "PSE>EGY:04",
    ),
    # border guards known by their own names
    (
        "DHAKA",
        "Border Guard Bangladesh said it had sent a protest letter to the BSF.",
        "BGD>IND:11",
    ),
    (
        "NEW DELHI",
        "The BSF chief spoke with his Bangladeshi counterpart by phone on Monday.",
        "IND>BGD:04",
    ),
    # an opposition leader's request to the government, legislators' to their own chamber:
    # only the first sentence's act
    (
        "OTTAWA",
        "Canada summoned China's ambassador. Opposition Conservative leader Dan Hewitt urged "
        "the government to cancel the minister's trip.",
        "CAN>CHN:11",
    ),
    (
        "CANBERRA",
        "Australia protested to China. Opposition Liberal leader Mark Dutton urged the "
        "government to recall its ambassador.",
        "AUS>CHN:11",
    ),
    (
        "LA PAZ",
        "The United States urged La Paz not to sign the lithium deal. Opposition lawmakers "
        "in La Paz have asked Congress to review it.",
        "USA>BOL:02",
    ),
    (
        "BRASILIA",
        "The United States offered its own jets to Brazil. Senators in Brasilia urged "
        "Congress to reject the Swedish deal.",
        "USA>BRA:03",
    ),
    # kept: a foreign state's chamber is still the one a state's lawmakers ask
    (
        "KYIV",
        "Ukraine asked for more weapons. Ukrainian lawmakers urged Congress to approve the "
        "aid package.",
        "UKR>USA:02",
    ),
]

NONE: list[tuple[str, str]] = [
    ("OTTAWA", "Opposition leader Dan Hewitt urged the government to cancel the canola deal."),
    ("LA PAZ", "Bolivian senators asked Congress to review the lithium contract."),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, [])


def test_actors_review34_bodies_are_unique() -> None:
    bodies = [c[1] for c in CASES] + [n[1] for n in NONE]
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, []))
def test_actors_review34_whose(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
