"""Context 181 (session 65, O95): a body asked to act on a deed is not the deed's author.

"Syria's foreign ministry called the strike 'a flagrant violation of Syrian sovereignty' and
urged the UN Security Council to act": reactions._appeal_partner aims a judgement with no
target of its own at the one state its source appeals to in a joined verb ("said it was deeply
disappointed and urged Lome to ..."). When the judgement names the deed ("the strike") and the
appeal goes to a body (an IGO: the Security Council, the EU), the body is asked to act on the
deed's doer, not blamed; the context gives the doer (Israel). Found opening blind set 95
(article 04).

Near misses: a judgement of nothing named keeps the appealed state; a body that made the
decision judged is still its target (from the context).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a named deed judged, a body appealed to: the deed's doer
CASES: list[Case] = [
    (
        "DAMASCUS",
        "Israel struck a clinic in Quneitra on Saturday. Syria's foreign ministry called the "
        'strike "a flagrant violation of Syrian sovereignty" and urged the UN Security Council '
        "to act.",
        "ISR>SYR:19 SYR>UN:02 SYR>ISR:11",
    ),
    (
        "BEIRUT",
        "Israel shelled a village in southern Lebanon on Sunday. Lebanon condemned the shelling "
        "and urged the European Union to press Israel.",
        "ISR>LBN:19 LBN>EU:02 LBN>ISR:11",
    ),
    # ... a state appealed to after a judgement of nothing named is still its target
    (
        "LOME",
        "Ghana said it was deeply disappointed and urged Lome to honor its obligations.",
        "GHA>TGO:02 GHA>TGO:11",
    ),
    # ... and a body whose own decision is judged is its target
    (
        "ACCRA",
        "The IMF halted a loan to Ghana on Monday. Ghana criticized the decision and urged the "
        "IMF to reconsider.",
        "IMF>GHA:16 GHA>IMF:02 GHA>IMF:11",
    ),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context181_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context181_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
