"""Context 72 (session 36, helper S47): set 47's nominal decisions and the people "its" owns.

A decision, move, order or step named with an actor's adjective or name ("a U.S. decision to
refuse visas", "a British move to expel two diplomats") was taken by that actor, as a
possessive or a by-phrase already tells (rules.yaml state_decision_nouns,
clauses._noun_agent); a bid, effort or campaign so named is mostly a firm's and is left out,
and "the U.S. decision" refers back to a decision told where it was news (as
test_events_vocabulary8 has it).
An "its" that owns a state's people ("refused visas to 23 members of its delegation",
"expelled two of its diplomats") stands for the state it was resolved to, as one owning a
government does: no decision or deal has diplomats (state_people_nouns,
parties._ruled_owner). Each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# the actor named on a decision took it
CASES: list[Case] = [
    (
        "KINGSTON",
        "Jamaica protested a British decision to refuse visas to 12 Jamaican athletes.",
        "JAM>GBR:11 GBR>JAM:16",
    ),
    (
        "KINGSTON",
        "Jamaica condemned a British decision to expel two Jamaican diplomats.",
        "JAM>GBR:11 GBR>JAM:16",
    ),
    (
        "LUSAKA",
        "Zambia criticized a Malawian move to close the border to Zambian traders.",
        "ZMB>MWI:11 MWI>ZMB:16",
    ),
    # a possessive already named the decider
    (
        "KINGSTON",
        "Jamaica criticized Britain's decision to suspend aid to Kingston.",
        "JAM>GBR:11 GBR>JAM:16",
    ),
]

# "its" owning a state's people is the state
OWNED: list[Case] = [
    (
        "KINGSTON",
        "Jamaica protested a British decision to refuse visas to 12 members of its World Cup"
        " delegation.",
        "JAM>GBR:11 GBR>JAM:16",
    ),
    (
        "ACCRA",
        "Ghana protested a Nigerian decision to expel two of its diplomats.",
        "GHA>NGA:11 NGA>GHA:16",
    ),
]
CASES += OWNED

# a decision referred back to is told where it was news
REFERRED: list[Case] = [
    (
        "KINGSTON",
        "Jamaica condemned the British decision to sell arms to Belize.",
        "JAM>GBR:11",
    ),
]
CASES += REFERRED

NONE: list[NearMiss] = []

GAPS: list[Gap] = [
    (
        "KINGSTON",
        "Jamaica on Friday protested a British decision to refuse visas to 12 members of its"
        " Olympic team.",
        "JAM>GBR:11 GBR>JAM:16",
        "a team is no state_people noun (a company's or a club's too): its members name none",
    ),
    (
        "KINGSTON",
        "Jamaica said Britain refused visas to 12 members of its delegation.",
        "GBR>JAM:16",
        "'its' in the reported clause is resolved to Britain, the clause's subject",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context72_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context72_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
