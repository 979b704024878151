"""Review 187 (session 57, O85): "the two ministers" after a background list of states.

Wire copy names the two ministers of a deal early ("signed by Peruvian Foreign Minister X and
her Ghanaian counterpart Y"), tells background later ("Peru has signed similar agreements
with Chile and Bolivia") and then writes "The two ministers also discussed ...": a pair of
people is not that list of states, none of whose people is named since; it is the story's
pair, whose ministers were named (plurals._choose, _people_named, _story_pair). A list whose
own ministers are named ("Chile's foreign minister met Bolivia's foreign minister") is still
the pair taken, and with no minister of the story's pair named the nearest list stands.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

_STORY = (
    "Peru and Ghana signed a trade agreement on Monday. It was signed by Peruvian Foreign "
    "Minister Ana Ruiz and her Ghanaian counterpart Kofi Mensah. Ghana's president received "
    "Ruiz at the Jubilee House. Mensah thanked Lima for its patience. Chile criticized the "
    "deal. Accra dismissed the remark. "
)
_STORY_EVENTS = "PER>GHA:05 GHA>PER:05 GHA>PER:04 GHA>PER:05 CHL>PER:11 CHL>GHA:11 GHA>CHL:12 "

STORY_PAIR: list[Case] = [
    (
        "LIMA",
        _STORY + "Peru has signed similar agreements with Chile and Bolivia. The two ministers "
        "also discussed direct flights between Lima and Accra.",
        _STORY_EVENTS + "PER>CHL:05 PER>BOL:05 PER>GHA:04 GHA>PER:04",
    ),
    (
        "ACCRA",
        _STORY + "Ghana has signed similar agreements with Brazil and Argentina. The two "
        "ministers also discussed a visa waiver.",
        _STORY_EVENTS + "GHA>BRA:05 GHA>ARG:05 PER>GHA:04 GHA>PER:04",
    ),
]
LIST_KEPT: list[Case] = [
    # the list's own ministers are named: the list is the pair
    (
        "LIMA",
        _STORY + "Chile's foreign minister met Bolivia's foreign minister on Sunday. The two "
        "ministers also discussed direct flights.",
        _STORY_EVENTS + "CHL>BOL:04 CHL>BOL:04 BOL>CHL:04",
    ),
    # a plural of states, not of people: the nearest list, as before
    (
        "QUITO",
        _STORY + "Chile and Bolivia held talks on a gas pipeline on Sunday. The two countries "
        "also discussed direct flights.",
        _STORY_EVENTS + "CHL>BOL:04 BOL>CHL:04 CHL>BOL:04 BOL>CHL:04",
    ),
]

CASES: list[Case] = STORY_PAIR + LIST_KEPT
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review187_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review187_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
