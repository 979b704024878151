"""Review 60 (session 29, RELAX): near-misses a loosened object check would code.

A light-verb pattern names its object nouns ("host talks", "respect the decision", "ban
trade", "hit with sanctions"). Taking a state's mention (or a noun a state's name modifies)
for the listed object, when the lemma's patterns agree on one root, coded no gold event on
any development set and only wrong ones: a country's people or smugglers read as the state
itself. Each row is (dateline, body); none codes an event.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = []

NONE: list[NearMiss] = [
    # refugees hosted are no counterpart hosted (v.host_counterpart)
    ("NAIROBI", "Kenya hosts about 500,000 Somalis in camps near the border, the government said."),
    # a people respected is no decision respected (v.respect_decision)
    (
        "QUITO",
        '"Ecuador respects the Colombian people," the Ecuadorean foreign minister said on Monday.',
    ),
    # smugglers stopped at a border are no trade banned (v.ban_trade)
    (
        "AMMAN",
        '"Our forces are blocking Iranian and Syrian smugglers along the frontier," a Jordanian'
        " general said.",
    ),
    # a people said to be punished is no sanction imposed (v.hit_with)
    (
        "HANOI",
        "Vietnam was punishing ordinary Cambodians with the new fees, a Cambodian minister said"
        " on Friday.",
    ),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review60_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review60_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
