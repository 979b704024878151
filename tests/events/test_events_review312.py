"""Review 312 (session 64, O94): a lender's money held back from a programme in a state.

"The World Bank said it had frozen disbursements on a $350 million road programme in Kenya"
(opened set 94, article 03) coded no cut in aid. The form itself is already read (v.halt_aid:
a lender's money "for" or "on" a programme or project in a state, 1621 at that state); a
pattern of its own (v.halt_lending_in) was written and dropped as a duplicate. What fails is the
parse: "it had frozen disbursements" is read as "had" the verb and "frozen" a modifier of its
object (the gap below; set 94's row stays missed).

Near misses: no state named; the funder's own works.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# v.halt_aid: the state of the programme or project whose loan is held back
CASES: list[Case] = [
    ("WASHINGTON", "The World Bank suspended a loan for a dam project in Laos on Friday.", "WB>LAO:16"),
    ("NAIROBI", "The World Bank has frozen disbursements on a road programme in Kenya.", "WB>KEN:16"),
    ("YANGON", "The World Bank halted lending for projects in Myanmar after the coup.", "WB>MMR:16"),
    ("PARIS", "France suspended a loan for a school project in Mali after the coup.", "FRA>MLI:16"),
]
# ... no state named, or the funder's own works
NONE: list[NearMiss] = [
    ("LUSAKA", "The World Bank froze disbursements on a road programme after an audit."),
    ("TOKYO", "Japan froze funding for its embassy project in Kenya."),
]
GAPS: list[Gap] = [
    (
        "KAMPALA",
        "The World Bank said it had frozen disbursements on a road programme in Uganda after an "
        "audit found irregularities.",
        "WB>UGA:16",
        "the parser reads 'had' as the verb and 'frozen' as a modifier of its object",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review312_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True))
def test_events_review312_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
