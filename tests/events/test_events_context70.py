"""Context 70 (session 35, helper S46): a hope for a pair's act is an appeal to both.

"A Commission spokesperson said Brussels hoped the two partners would find a solution quickly"
asks both of the pair named before (020), as "said the two countries should settle" does
(v.say_should): v.hope_would, an affirmed clause with a modal of will ("would", "will") whose
subject is a pair standing for its members (objects' pair_clause). A hope for a thing ("hope
the new reactor will start operating"), for the hoper's own act, for one state's act (its
intent, as test_events_context16 keeps "Ukraine hopes that ... Britain will provide it with
drones") or that another will not act codes no appeal. Each row is (dateline, body,
expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "BRUSSELS",
        "Peru and Chile traded accusations over the fishing ban on Monday. A Commission"
        " spokesperson said Brussels hoped the two partners would find a solution quickly.",
        "PER>CHL:11 CHL>PER:11 EU>PER:02 EU>CHL:02",
    ),
    (
        "BRUSSELS",
        "Peru and Chile traded accusations over the fishing ban on Monday. Brussels said it"
        " hoped the two countries would settle their dispute.",
        "PER>CHL:11 CHL>PER:11 EU>PER:02 EU>CHL:02",
    ),
]

NONE: list[NearMiss] = [
    # one state hoped to act: its own intent at most (test_events_context16), no appeal
    ("BRUSSELS", "Brussels said it hoped Peru would lift the ban on Chilean fish."),
    ("PRAGUE", "Czech officials hope the first new reactor at Dukovany will start operating in 2036."),
    ("LIMA", "Peru hoped it would win the vote."),
    ("BRUSSELS", "Brussels hoped relations between Peru and Chile would improve."),
    ("BRUSSELS", "Brussels hoped Peru would not retaliate."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context70_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context70_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
