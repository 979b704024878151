"""Context 220 (session 69, JD69): "the decision" sums up an approval told as a noun with its
owner (rules deciding_words: approval), as it sums up the verb "approved".

"The visit came a week after the World Bank's approval of a $100 million grant to Togo.
Burkina Faso criticized the decision": no act was coded (the approval is a noun), and the
noun "approval" was no word of deciding, so `reactions._tellings` found no decision told and
the criticism found no target. The approval's owner is the decider, as the subject of
"approved" is.

The reactor's own earlier act (an accusation) is no decision it criticizes.

Near misses: an approval with no owner (nothing); the decider's own defence of it (nothing).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "",
        "Ghana's president visited Lome on Monday. The trip came a week after the World Bank's "
        "approval of a $100 million grant to Togo. Burkina Faso criticized the decision.",
        "GHA>TGO:04 BFA>WB:11",
    ),
    (
        "",
        "The World Bank's approval of a $100 million grant to Togo came on Tuesday. Burkina "
        "Faso criticized the decision.",
        "BFA>WB:11",
    ),
    (
        "",
        "The European Union's approval of a 2 billion euro loan to Egypt came on Friday. "
        "Ethiopia regretted the decision.",
        "ETH>EU:11",
    ),
    (
        "",
        "Eritrea accused the IMF of bias on Thursday. The visit coincided with the IMF's "
        "approval of a $260 million loan to Ethiopia. Eritrea's information minister criticized "
        "the decision.",
        "ERI>IMF:11 ERI>IMF:11",
    ),
]
NONE_AFTER: list[Case] = [
    (
        "",
        "Ghana's president visited Lome on Monday. The World Bank approved a $100 million grant "
        "to Togo on Tuesday. Burkina Faso criticized the decision.",
        "GHA>TGO:04 WB>TGO:07 BFA>WB:11",
    ),
]
NONE: list[NearMiss] = [
    (
        "",
        "The approval of a new constitution came on Tuesday after months of debate. Uganda "
        "criticized the decision.",
    ),
    (
        "",
        "The World Bank's approval of a $100 million grant to Togo came on Tuesday. The World "
        "Bank defended the decision on Wednesday.",
    ),
]
GAPS: list[Gap] = [
    (
        "",
        "Eritrea accused the IMF of bias on Thursday. The visit coincided with the fund's "
        "approval of a $260 million payment to Ethiopia. Eritrea's information minister "
        "criticized the decision as rewarding a government that threatens its neighbors, a "
        "reference to Ethiopian leaders' calls for access to the sea.",
        "ERI>IMF:11 ERI>IMF:11",
        "a state named in the reaction's own sentence (an aside) stops the told decision's owner",
    ),
]

ALL: list[Case] = CASES + NONE_AFTER


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(ALL, NONE, GAPS)


def test_events_context220_bodies_are_unique() -> None:
    bodies = audit_bodies(ALL, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(ALL, NONE, GAPS, strict=True)
)
def test_events_context220_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
