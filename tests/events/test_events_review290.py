"""Review 290 (session 64, B64): a denial told "within hours that ...".

"Ivory Coast's government denied within hours that its gendarmes had been spying": the parser
hung the denied clause on "hours" as a relative clause ("that" its object), so the rebuttal had
no clause and no target. With the clause restored to the denying verb
(nlp._reports_read_under_phrases; parse tests in tests/nlp/test_nlp_phrase_mends.py) the
rebuttal answers the charge told before, as "denied that ..." already did (12 at the accuser).

Near misses: a denial of what no state said (opposition groups, a newspaper).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a denial after a time phrase answers the accuser told before
CASES: list[Case] = [
    (
        "ACCRA",
        "Ghana accused Togo of spying on Monday. Togo's government denied within hours that its "
        "soldiers had been spying.",
        "GHA>TGO:11 TGO>GHA:12",
    ),
    (
        "BUJUMBURA",
        "Burundi accused Rwanda on Monday of training rebels. Rwanda's army denied within hours "
        "that its officers had trained anyone.",
        "BDI>RWA:11 RWA>BDI:12",
    ),
]
# ... but a denial of what no state said codes nothing
NONE: list[NearMiss] = [
    (
        "ACCRA",
        "Opposition groups said the election had been rigged. Ghana's government denied within "
        "hours that the vote had been rigged.",
    ),
    (
        "LOME",
        "A newspaper in Accra reported that Togolese soldiers had crossed the border. Togo's army "
        "denied within hours that its soldiers had crossed.",
    ),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review290_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review290_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
