"""Context 66 (session 33, helper NOTGT): a thanks to "the donors" is aimed at the givers told.

"Britain, Canada and the EU pledged emergency aid to Jamaica ... Jamaica's prime minister
thanked the donors": a thanks or praise (appraisal_roots) of a definite plural of giver_nouns
that names no actor is aimed at every state whose gift (gift_codes) to the thanker was told
before it (reactions._thanked_givers). Gifts to another state are not the thanker's; with none
told, no one. Every sentence was written for this file; each row is (dateline, body, expected
events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "HAVANA",
        "Mexico, Canada and Spain pledged emergency aid to Cuba after the hurricane. Cuba's "
        "president thanked the donors.",
        "MEX>CUB:03 CAN>CUB:03 ESP>CUB:03 CUB>MEX:05 CUB>CAN:05 CUB>ESP:05",
    ),
    # another act joined after it keeps its own target; the thanks is not aimed there
    (
        "HAVANA",
        "Mexico, Canada and Spain pledged emergency aid to Cuba after the hurricane. Cuba's "
        "president thanked the donors and said his government had asked the World Bank for a "
        "loan.",
        "MEX>CUB:03 CAN>CUB:03 ESP>CUB:03 CUB>MEX:05 CUB>CAN:05 CUB>ESP:05 CUB>WB:02",
    ),
    (
        "HAVANA",
        "Mexico and Canada pledged emergency aid to Cuba after the hurricane. Cuba's president "
        "praised its donors.",
        "MEX>CUB:03 CAN>CUB:03 CUB>MEX:05 CUB>CAN:05",
    ),
    # near miss inside a story: a gift to another state is not the thanker's
    (
        "HAVANA",
        "Mexico pledged emergency aid to Cuba after the hurricane. Japan sent 20 tons of tents "
        "to Haiti. Cuba's president thanked the donors.",
        "MEX>CUB:03 JPN>HTI:07 CUB>MEX:05",
    ),
    (
        "HAVANA",
        "Mexico pledged emergency aid to Haiti after the hurricane. Cuba's president thanked "
        "the donors.",
        "MEX>HTI:03",
    ),
]

NONE: list[NearMiss] = [
    # no gift told: the donors are no one named
    (
        "HAVANA",
        "A hurricane killed 30 people in Cuba on Monday. Cuba's president thanked the donors "
        "who had sent blankets.",
    ),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context66_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context66_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
