"""Context 219 (session 69, JD69): a judgement of "the project" answers the joint undertaking
told before it (rules reaction_matches: project, venture).

"Greece and Bulgaria agreed to build a gas pipeline. Turkey criticized the project": the noun
named no class of act (reaction_matches had no entry), so the reaction was no bystander's
(`reactions._context_target` wants a named act for a third party) and found nothing. A project
or venture is a pledge, deal or help (03, 05, 06, 07, 08), as "cooperation" is: its doers, the
two who agreed to build, are the reaction's targets (both, by `_co_authored`).

Near misses: a domestic project (no act between states told: nothing); the reactor's own
project defended after a third party's later hostile act (no target: the attack is of another
class, and the reactor's own deed gives none).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "",
        "Greece and Bulgaria agreed on Monday to build a gas pipeline. Turkey criticized the "
        "project on Tuesday.",
        "GRC>BGR:03 BGR>GRC:03 TUR>GRC:11 TUR>BGR:11",
    ),
    (
        "",
        "Ukraine and Moldova agreed on Monday to build a new bridge over the Dniester river. "
        "Russia criticized the project on Tuesday.",
        "UKR>MDA:03 MDA>UKR:03 RUS>UKR:11 RUS>MDA:11",
    ),
]
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
