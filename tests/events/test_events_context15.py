"""Demands told through their noun; threats put to the actor of a condition (issue #5, part 15).

DEMANDED: a demand, call or appeal repeated through its noun ("reiterated its demand that",
"renewed its call for X to", "repeated its appeal that") is coded on the one the that-clause
(base form or should/must) or the for-infinitive names: a demand 10, a call or appeal 02. The
demanded act is not coded as done. A relative clause on the noun ("the demand that Israel
rejected") names no one asked.
THREATENED: a threat that names no target of its own is put to the actor of its if/unless
clause ("threatened to stop the talks if the United States deployed the missiles": 13); a
condition with no actor ("if the weather allowed", "if talks failed") codes nothing, and a
target named in the threat itself wins.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

DEMANDED: list[Case] = [
    (
        "AMMAN",
        "Jordan reiterated its demand that Israel ease restrictions on the crossing.",
        "JOR>ISR:10",
    ),
    (
        "AMMAN",
        "Jordan renewed its demand for Israel to pull its troops back from the valley.",
        "JOR>ISR:10",
    ),
    (
        "DOHA",
        "Qatar repeated its demand that Egypt should free the detained sailors.",
        "QAT>EGY:10",
    ),
    (
        "AMMAN",
        "Jordan renewed its call for Israel to reopen the bridge crossing.",
        "JOR>ISR:02",
    ),
    (
        "BEIRUT",
        "Lebanon repeated its appeal that Syria open the border to returning families.",
        "LBN>SYR:02",
    ),
]

DEMANDED_NONE: list[NearMiss] = [
    # relative clauses on the noun: no one is asked
    ("AMMAN", "Jordan repeated the demand that Israel had rejected."),
    ("AMMAN", "Jordan made a demand that Israel found unacceptable."),
    # the subject of the clause is no actor
    ("AMMAN", "Jordan reiterated its demand that the crossing stay open."),
]

THREATENED: list[Case] = [
    (
        "MOSCOW",
        "Russia threatened to stop the talks if the United States deployed the missiles.",
        "RUS>USA:13",
    ),
    (
        "BEIJING",
        "China threatened retaliation unless Japan withdrew the radar units.",
        "CHN>JPN:13",
    ),
    # the threat's own target wins over the condition's actor
    (
        "MOSCOW",
        "Russia threatened to halt gas talks with Ukraine if Poland hosted the missiles.",
        "RUS>UKR:13",
    ),
    # a state's own word that it will answer another's act threatens it (session 22, lead's
    # list: v.respond_if reads "it" under the state's own saying, parties._own_word)
    (
        "MOSCOW",
        "Russia said it would respond if the United States placed the missiles there.",
        "RUS>USA:13",
    ),
]

THREATENED_NONE: list[NearMiss] = [
    ("MOSCOW", "Russia threatened to stop the talks if the weather allowed."),
    ("MOSCOW", "Russia threatened to stop the talks if talks failed."),
]

GAPS: list[Gap] = []

CASES = DEMANDED + THREATENED
NONE = DEMANDED_NONE + THREATENED_NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context15_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_context15_codes_demand_nouns_and_conditional_threats(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
