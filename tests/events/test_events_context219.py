"""Context 219 (session 69, JD69): a judgement of "the project" after an undertaking to build
(strict gaps and near misses; no rule).

"Greece and Bulgaria agreed to build a gas pipeline. Turkey criticized the project": the
undertaking codes 0311, and "the project" sums up only a signed deal that names works
(test_events_reactions25, WORKS). Giving "project" a class in reaction_matches (03/05/06/07/08,
as "cooperation") codes these, but also takes a deal with no works named, reactions25's near
miss ("signed a trade agreement ... criticized the project"); so it was dropped, and these stay
strict gaps. The next step is to let an undertaking verb whose infinitive names works
("agreed to build", "agreed to fund") count as such a deal.

Near misses that hold today: a domestic project (no act between states told: nothing); the
reactor's own project defended after a third party's later hostile act (no target).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = []
NONE_AFTER: list[Case] = [
    (
        "",
        "Egypt and Sudan signed a deal to build a railway on Monday. Ethiopia attacked a "
        "Sudanese border post on Tuesday. Egypt defended the project on Wednesday.",
        "EGY>SDN:05 SDN>EGY:05 ETH>SDN:19",
    ),
]
NONE: list[NearMiss] = [
    (
        "",
        "Kenya said on Monday it would build a new port in Lamu. Tanzania criticized the project.",
    ),
]
GAPS: list[Gap] = [
    (
        "",
        "Greece and Bulgaria agreed on Monday to build a gas pipeline. Turkey criticized the "
        "project on Tuesday.",
        "GRC>BGR:03 BGR>GRC:03 TUR>GRC:11 TUR>BGR:11",
        "an undertaking to build (0311, no signed deal) is no deal the works rule of reactions25 sums up",
    ),
    (
        "",
        "Ukraine and Moldova agreed on Monday to build a new bridge over the Dniester river. "
        "Russia criticized the project on Tuesday.",
        "UKR>MDA:03 MDA>UKR:03 RUS>UKR:11 RUS>MDA:11",
        "an undertaking to build (0311, no signed deal) is no deal the works rule of reactions25 sums up",
    ),
    (
        "",
        "Chile agreed to fund a new hospital in Bolivia on Monday. Peru praised the project.",
        "CHL>BOL:03 PER>CHL:05",
        "v.praise looks up a told act (context told), not the latest 03 the noun names",
    ),
]

ALL: list[Case] = CASES + NONE_AFTER


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(ALL, NONE, GAPS)


def test_events_context219_bodies_are_unique() -> None:
    bodies = audit_bodies(ALL, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(ALL, NONE, GAPS, strict=True)
)
def test_events_context219_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
