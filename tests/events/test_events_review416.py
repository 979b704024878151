"""Review 416 (session 67, K67): a judgement of a told deed is not lent to the body its
source then asks to act.

"said the settlement plans violated international law and urged the U.N. Security Council to
act": the judgement (v.say_accuse, 112) names a deed told in its own clause whose doer the
sentence does not give; reactions._appeal_partner aimed it at the one party the joined appeal
names, so the Council was "accused" beside the appeal (a wrong root for the pair: 02 and 112).
A body asked to act (an IGO, no state) is no author of a deed the judgement names or tells, as
"called the strike 'a flagrant violation' and urged the UN Security Council to act" already
kept out; the appeal stays, and the deed's doer comes from the story when it tells one.

Near misses that keep their root: a state asked to act after a judgement of a deed with no doer
named (it may be the author: "said the closure was illegal and urged Togo to reopen it"); a
feeling with no deed ("said it was deeply disappointed and urged Togo ..."); a body's own
decision told before, judged and appealed to ("urged the World Bank to reverse it").

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a deed judged with no doer named, then an IGO asked to act: the appeal alone
CASES: list[Case] = [
    (
        "AMMAN",
        "In a joint statement, Jordan and Egypt said the settlement plans violated international "
        "law and urged the U.N. Security Council to act.",
        "JOR>UN:02 EGY>UN:02",
    ),
    (
        "DAKAR",
        "Senegal said the new border law was illegal and called on the African Union to "
        "intervene.",
        "SEN>AU:02",
    ),
    (
        "BERN",
        "Switzerland said the blockade was a breach of the convention and urged the European "
        "Union to respond.",
        "CHE>EU:02",
    ),
    # ... the doer told before still takes the judgement
    (
        "ACCRA",
        "Togo closed its border with Ghana on Monday. Ghana said the closure was illegal and "
        "urged the African Union to act.",
        "TGO>GHA:16 GHA>AU:02 GHA>TGO:11",
    ),
    # near misses: a state asked (possibly the author), a feeling, the body's own deed
    (
        "AMMAN",
        "Jordan said the settlement plans violated international law and urged Egypt to act.",
        "JOR>EGY:02 JOR>EGY:11",
    ),
    (
        "ACCRA",
        "Ghana said it was deeply disappointed and urged Togo to reopen the border.",
        "GHA>TGO:02 GHA>TGO:11",
    ),
    (
        "NAIROBI",
        "The World Bank froze its loan to Kenya. Kenya said the decision was a mistake and urged "
        "the World Bank to reverse it.",
        "WB>KEN:16 KEN>WB:02 KEN>WB:11",
    ),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review416_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review416_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
