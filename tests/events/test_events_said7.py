"""Said 7 (session 34, SAYJ): "the decision" a state condemns after its own answer to it.

"Peru recalled its ambassador to Chile a day after the Chilean government granted asylum to a
former minister. Peru's foreign minister said the decision to shelter him was 'a hostile
act'": the sentence before tells the speaker's own deed (the recall) and, in its after-clause,
the deed that caused it. "The decision" a third state judges is the main act (the recall);
but the speaker's own deed is no decision it condemns, so its judgement answers the cause's
author (reactions._latest_deed). Only a disapproval or a rejection (reaction_roots) reads so:
"said the decision had been approved by the president" is the speaker's own decision.
Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

EXPELLED = (
    "Ghana closed its embassy in Lome on Friday, two days after Togo expelled two Ghanaian "
    "diplomats it accused of spying for Burkina Faso."
)
SHELTERED = (
    "Peru recalled its ambassador to Chile on Thursday, a day after the Chilean government "
    "granted asylum to a former Peruvian minister wanted in Lima."
)

CAUSE_JUDGED: list[Case] = [
    (
        "ACCRA",
        f"{EXPELLED} Ghana's foreign minister said the decision was unjustified.",
        "GHA>TGO:16 TGO>GHA:16 TGO>GHA:11 GHA>TGO:11",
    ),
    (
        "LIMA",
        f'{SHELTERED} Peru\'s foreign minister said the decision to shelter Jorge Rojas was "a '
        'hostile act."',
        "PER>CHL:16 CHL>PER:07 PER>CHL:11",
    ),
]

KEPT: list[Case] = [
    # a third state's judgement answers the sentence's main act, as before
    (
        "ABUJA",
        f"{EXPELLED} Nigeria's foreign minister criticized the decision.",
        "GHA>TGO:16 TGO>GHA:16 TGO>GHA:11 NGA>GHA:11",
    ),
    # the speaker's own decision told, no judgement of the cause
    (
        "ACCRA",
        f"{EXPELLED} Ghana's foreign minister said the decision was final.",
        "GHA>TGO:16 TGO>GHA:16 TGO>GHA:11",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = []

CASES = CAUSE_JUDGED + KEPT


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_said7_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_said7_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
