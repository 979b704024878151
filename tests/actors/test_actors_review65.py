"""Review 65 (session 34, helper S43): a minister named by a bare title in a story with no
dateline, who acts on the state the story names most.

"Jamaica asked the Netherlands to open talks ... The note was delivered to the Dutch embassy in
Kingston by Foreign Minister Andrea Brown": with no dateline, the story's state is the one it
names most (here the Netherlands), and a bare title took it; an official who acts on that
state (as the agent of a passive too: "delivered to the Dutch embassy by ...") is not its
official (resolve._aims_at_home), so her "we" is Jamaica's. Every sentence was written for this
file; each row is (dateline, body, expected events of the whole body with full actor codes).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_actor_codes, matches  # noqa: E402

from newsgraph.settings import Settings  # noqa: E402

CASES: list[Case] = [
    (
        "",
        "Jamaica on Wednesday formally asked the Netherlands to open talks on reparations, sending"
        " a diplomatic note. The note was delivered to the Dutch embassy in Kingston by Foreign"
        ' Minister Andrea Brown, her ministry said. "If The Hague will not talk to us, we will take'
        ' our case to every forum that will hear it," Brown said.',
        "JAM>NLD:02 JAM>NLDGOV:13",
    ),
    # a minister of no other state's stays the story's
    (
        "",
        "Ghana asked Togo to extradite a former minister, sending a note. The note was delivered"
        " to the Togolese embassy by Foreign Minister Kofi Mensah. Mensah said the two countries"
        " would meet in March.",
        "GHA>TGO:02 GHA>TGO:04 TGO>GHA:04",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once, with no dateline."""
    rows = [(d, b) for d, b, _ in CASES] + list(NONE) + [(d, b) for d, b, _, _ in GAPS]
    return code_actor_codes(rows, Settings())


def test_actors_review65_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_actors_review65_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
