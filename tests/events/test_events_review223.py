"""Review 223 (session 61, G61): consular access asked of the state that holds the people.

"Fiji seized three Chinese boats ..., and China asked for consular access to the fishermen":
the ask names no one asked, and the holder slot read only a participle on the people ("the
fishermen held by Fiji"), so the ask had no target, or took the seat of the asking embassy
("its embassy in Stockholm") for the holder. An earlier clause of the same sentence whose
coded hit holds people (rules detaining_verbs) names the one holder (clauses._holder_here).

Near misses: two holders in the sentence, a holder told only in another clause of speech
("Fiji's police said"), and an ask negated.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# clauses._holder_here: the one state an earlier clause says holds the people
HELD_HERE: list[Case] = [
    (
        "SUVA",
        "Fiji has seized three Chinese fishing boats and detained 40 crew members off its "
        "northern islands, and China asked on Monday for consular access to the fishermen.",
        "FJI>CHN:17 CHN>FJI:02",
    ),
    (
        "RIGA",
        "Latvian border guards detained 12 Iraqi citizens who had crossed from Russia, the "
        "ministry said, and Iraq's embassy in Stockholm asked for urgent consular access to "
        "them.",
        "LVA>IRQ:17 IRQ>LVA:02",
    ),
]
# ... two holders, or none in a clause before the ask, or no ask told as made
NO_HOLDER: list[Case] = [
    (
        "SUVA",
        "Fiji and Tonga detained Chinese fishermen in separate raids, and China asked on Monday "
        "for consular access to the fishermen.",
        "FJI>CHN:17 TON>CHN:17",
    ),
    (
        "SUVA",
        "Fiji detained 40 Chinese fishermen on Sunday, and China said it would not ask for "
        "consular access to them.",
        "FJI>CHN:17",
    ),
]

CASES: list[Case] = HELD_HERE + NO_HOLDER
NONE: list[NearMiss] = [
    ("SUVA", "China asked on Monday for consular access to the fishermen, Fiji's police said."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review223_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review223_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
