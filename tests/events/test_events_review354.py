"""Review 354 (session 65, A65): a bare organ the article told before as a state's own.

"Cape Verde signed an agreement ... to train its coast guard ... The islands, which lie ... off
the coast of Senegal ... Last month, the coast guard seized a Brazilian-flagged fishing vessel
and arrested its seven Brazilian crew" coded Senegal's arrest: "the coast guard" took the state
named nearest (find_bare_roles runs before pronouns are resolved, so "its coast guard" owned
nothing yet). A bare organ ("the coast guard", "the army") whose words the article last told as
a pronoun's own is now that pronoun's state's (resolve.py ``Resolver.own_told_organs``).

Near misses: the organ last told with another owner ("China's coast guard", "A Chinese coast
guard ship") stays that owner's; the organ told before with its state named stays that state's;
a modifier ("its military cooperation program") tells no organ ("the military" after it is the
state named nearest, as before).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "PRAIA",
        "Cape Verde will train its coast guard with British help. The islands lie off the "
        "coast of Senegal. Last month, the coast guard arrested seven Brazilian fishermen.",
        "CPV>BRA:17",
    ),
    (
        "SUVA",
        "Fiji will buy two boats for its coast guard. The islands lie east of Vanuatu. The "
        "coast guard arrested nine Chinese fishermen on Monday.",
        "FJI>CHN:17",
    ),
    # ... the organ last told with another owner keeps that owner
    (
        "TOKYO",
        "Japan will train its coast guard. China's coast guard rammed a Philippine boat on "
        "Monday. The coast guard then detained its 12 Filipino crew.",
        "CHN>PHL:19 CHN>PHL:17",
    ),
    (
        "TOKYO",
        "Japan will train its coast guard. A Chinese coast guard ship rammed a Philippine boat "
        "on Monday. The coast guard then detained its 12 Filipino crew.",
        "CHN>PHL:19 CHN>PHL:17",
    ),
    # ... a modifier ("its military cooperation program") tells no organ
    (
        "BISSAU",
        "Portugal suspended its military cooperation program with Guinea-Bissau. The U.N. "
        "chief urged the military to return to the barracks.",
        "PRT>GNB:16 UN>GNB:02",
    ),
    (
        "PRAIA",
        "The coast guard of Senegal arrested seven Brazilian fishermen. Cape Verde said it "
        "would train its coast guard next year.",
        "SEN>BRA:17",
    ),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review354_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review354_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
