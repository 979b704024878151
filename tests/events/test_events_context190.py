"""Context 190 (session 66, O99): "Its leader" after an aside on a movement's name.

"The Vatan Alliance, which Tajikistan banned as a terrorist group in 2015, says it is a peaceful
movement. Its leader, who lives in Europe, called the transfer 'a crime ...'": coref's
_state_antecedent skips a state told in an aside on another state's name (_told_aside), but
took the state in an aside on a name that stands for no actor, so the movement's leader spoke
for the state that banned it. A mention of the sentence before in an aside hung on that
sentence's main subject, when the subject is a name of no actor, is no longer what an opening
"Its" stands for (_aside_on_unnamed_subject).

Near miss (something else): an aside on a state's name, whose "Its" is still the state.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "DOHA",
        "Qatar has handed a prominent Egyptian activist over to Egypt. The Nile Alliance, which "
        "Egypt banned as a terrorist group in 2015, says it is a peaceful movement. Its leader, "
        "who lives in Europe, called the transfer a crime shared by two governments.",
        "QAT>EGY:17",
    ),
    (
        "MUSCAT",
        "Oman has handed two Yemeni citizens over to Yemen. The Sanaa Front, which Yemen banned in "
        "2015, says it is peaceful. Its leader called the handover a crime.",
        "OMN>YEM:08",
    ),
    # ... an aside on a state's own name leaves "Its" the state's
    (
        "ANKARA",
        "Turkey, which Greece accused of provocations, rejected the charge. Its foreign minister "
        "called Greece's claim absurd.",
        "GRC>TUR:11 TUR>GRC:12",
    ),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = []

@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context190_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context190_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
