"""Review 72 (session 30, TWO3): a target-less pledge takes nothing from other rules.

The pledge partner rule (test_events_coord23) gives a will/would pledge naming no one the
partner of the act joined before it. It must not take a hit other rules code: an agreed
hand-over (an intent, not will/would) keeps its own pattern's target, and a pledge that a later
pattern of the same verb aims at the counterpart keeps that counterpart (the pledge is the
weakest guess). Gaps: pledges the census found whose own pattern is missing or names the
partner only as an adjective. Each row is (dateline, body, expected events of the whole body
as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "LUSAKA",
        "Under a separate accord, Zambia agreed to hand over 12 Malawian fishermen held in its "
        "jails, and Malawi will return Zambian traders who crossed the lake last year.",
        "ZMB>MWI:03 MWI>ZMB:03",
    ),
    (
        "OSLO",
        "Norway and Iceland signed a fisheries pact on Monday. Norway will also provide a coast "
        "guard training ship.",
        "NOR>ISL:05 ISL>NOR:05 NOR>ISL:03",
    ),
    (
        "OSLO",
        "Norway and Iceland signed a fisheries pact on Monday. Norway will also provide a patrol "
        "boat to the Icelandic coast guard.",
        "NOR>ISL:05 ISL>NOR:05 NOR>ISL:03",
    ),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = [
    (
        "RIGA",
        "Sweden welcomed Latvia's decision and said it would pay for new scanners on the Latvian "
        "side of the harbour.",
        "SWE>LVA:05 SWE>LVA:03",
        "'pay for' new equipment has no pattern of its own",
    ),
    (
        "TALLINN",
        "Finland thanked Estonia for its patience and said Helsinki would respect the rulings of "
        "Estonian courts.",
        "FIN>EST:05 FIN>EST:03",
        "'would respect the rulings' is no pledge pattern (gold gives such respect 03/05)",
    ),
    (
        "RIGA",
        "A Danish spokesman said Copenhagen supported the sovereign decision of Latvia and would "
        "work with Riga to open new markets for its farmers.",
        "DNK>LVA:05 DNK>LVA:03",
        "support of a decision 'of Latvia' and 'would work with Riga' both go uncoded",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review72_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review72_pledges_kept(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
