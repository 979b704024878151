"""Review 35 (session 23, builder S22): whose a minister stated with no state is, from set 22.

"Nigeria summoned Ghana's high commissioner after Ghanaian authorities shut shops. Foreign
Minister Aisha Bello asked Accra to reopen the shops" gave the minister Ghana: the body the
sentence before had as subject (Resolver._placed_state) was read in the after-clause. A
subject of an adverbial or relative clause is no body the next sentence goes on with
(resolve._SUBORDINATE_DEPS), so the minister is the dateline's state's. A body that is the
main clause's subject still places the spokesperson after it. Every sentence was written for
this file; the cases run through the whole pipeline in one batch (``audit_cases.code_audit``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import audit_params, code_audit, matches  # noqa: E402

# (dateline, body, expected events "SRC>TGT:RR")
CASES: list[tuple[str, str, str]] = [
    (
        "ABUJA",
        "Nigeria summoned Ghana's high commissioner on Wednesday after Ghanaian authorities "
        "shut 300 shops owned by Nigerian traders. Foreign Minister Aisha Bello asked Accra to "
        "reopen the shops.",
        "NGA>GHA:11 NGA>GHA:02",
    ),
    (
        "NAIROBI",
        "Kenya summoned Uganda's envoy on Monday after Ugandan police detained 12 Kenyan "
        "fishermen. Foreign Minister Grace Wambui urged Kampala to free them.",
        "KEN>UGA:11 UGA>KEN:17 KEN>UGA:02",
    ),
    (
        "LIMA",
        "Peru recalled its ambassador to Chile after Chilean troops crossed the border. Defense "
        "Minister Jorge Salas accused Santiago of provocation.",
        # the troops' crossing is itself coded since session 30 (v.cross_border)
        "PER>CHL:16 CHL>PER:15 PER>CHL:11",
    ),
    # kept: the main clause's body places the spokesperson, past a relative clause on it
    (
        "HANOI",
        "Vietnam's Foreign Ministry, which Hanoi reorganized last year, protested to Beijing on "
        "Monday. Spokesperson Pham Thu Hang said China must withdraw its ships.",
        "VNM>CHN:11 VNM>CHN:10",
    ),
]

NONE: list[tuple[str, str]] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, [])


def test_actors_review35_bodies_are_unique() -> None:
    bodies = [c[1] for c in CASES] + [n[1] for n in NONE]
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, []))
def test_actors_review35_whose(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
