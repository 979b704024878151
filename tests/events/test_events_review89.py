"""Review 89 (session 33, helper TWOACT): the demand a handed protest note carries.

"Togo's foreign minister handed Ghana's ambassador a protest note demanding the withdrawal of
the troops": the note's demand (10) is the act, and the handing of a protest note (114)
restates it, as "handed him a note demanding ..." codes the demand alone. The demand is put
before the handing among the sentence's hits (extract._carried_demands_first), so the pair's
one act is the demand; a protest note whose words are no demand stays the protest. Every
sentence was written for this file; each row is (dateline, body, expected events of the whole
body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "LIMA",
        "The Polish foreign minister handed Ambassador Juan Soto a protest note demanding the "
        "immediate release of the fishermen.",
        "POL>PER:10",
    ),
    (
        "LIMA",
        "Chile's foreign minister handed Ambassador Juan Soto a protest note demanding that Lima "
        "free the fishermen.",
        "CHL>PER:10",
    ),
    (
        "QUITO",
        "Ecuador's foreign minister handed Colombia's ambassador a formal protest note demanding "
        "compensation for the damaged boats.",
        "ECU>COL:10",
    ),
    # a summons before it: the summons and the demand, as before
    (
        "QUITO",
        "Ecuador's foreign minister summoned Peru's ambassador and handed him a protest note "
        "demanding that Lima reopen the bridge.",
        "ECU>PER:11 ECU>PER:10",
    ),
    # the note's words are no demand: the protest
    (
        "LIMA",
        "The Polish foreign minister handed Ambassador Juan Soto a protest note listing the "
        "seized boats.",
        "POL>PER:11",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = [
    (
        "QUITO",
        "Ecuador's foreign minister handed Colombia's ambassador a protest note about the boats.",
        "ECU>COL:11",
        "a protest note handed to an envoy named by his state's possessive codes nothing",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review89_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review89_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
