"""A share of a project's cost paid by a third state (session 31, CTX2): "of the cost".

"Kenya and Tanzania signed a deal to build a highway ... Norway contributed 12 million dollars
of the cost": a sum paid, contributed or covered "of the cost" (rules project_cost_nouns, with
"the", "its" or "this" and no state named as its owner) is a gift for the project, as "for the
project" is (reactions._project_share, read by _for_project), so it goes to both sides of the
latest joint act (_project_sides). v.cover_cost reads "will cover 300 million euros of the
cost" (071; 03 when only promised). Kept: a cost named as a state's ("half of Kenya's costs"
is aid to Kenya alone, by the pattern's own of-slot), a domestic project (no pair), a sum with
no cost named. Each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "NAIROBI",
        "Kenya and Tanzania signed an agreement on Monday to build a railway between Mombasa "
        "and Dar es Salaam. The European Union will cover 300 million euros of the cost, the "
        "Commission said.",
        "KEN>TZA:05 TZA>KEN:05 EU>TZA:03 EU>KEN:03",
    ),
    (
        "NAIROBI",
        "Kenya and Tanzania signed an agreement on Monday to build a new highway across their "
        "border. Japan paid 90 million dollars of its 250 million-dollar cost.",
        "KEN>TZA:05 TZA>KEN:05 JPN>TZA:07 JPN>KEN:07",
    ),
    (
        "NAIROBI",
        "Kenya and Tanzania signed an agreement on Monday to build a new highway across their "
        "border. Norway contributed 12 million dollars of the cost.",
        "KEN>TZA:05 TZA>KEN:05 NOR>TZA:07 NOR>KEN:07",
    ),
    (
        "QUITO",
        "Ecuador and Colombia agreed on Friday to build a bridge over the San Miguel River. The "
        "bridge will carry trucks. Spain paid 40 million euros of its 60 million-euro cost.",
        "ECU>COL:03 COL>ECU:03 ESP>COL:07 ESP>ECU:07",
    ),
]

# a domestic project: no pair of states to give to
NONE: list[NearMiss] = [
    (
        "QUITO",
        "Ecuador's congress approved a new dam on Friday. Spain will pay 40 million euros of the "
        "cost.",
    ),
]
GAPS: list[Gap] = []

# a joint opening (v.open_joint_work) is the joint act whose sides the share goes to
CASES += [
    (
        "QUITO",
        "Ecuador and Colombia opened a new bridge over the San Miguel River on Friday. Spain paid "
        "40 million euros of its 60 million-euro cost.",
        "ECU>COL:06 COL>ECU:06 ESP>COL:07 ESP>ECU:07",
    ),
]

# a cost owned by a named state: the pattern's own of-slot gives that state alone
CASES += [
    (
        "NAIROBI",
        "Kenya and Tanzania signed an agreement on Monday to build a railway. Japan will cover "
        "half of Kenya's costs.",
        "KEN>TZA:05 TZA>KEN:05 JPN>KEN:03",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context56_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context56_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
