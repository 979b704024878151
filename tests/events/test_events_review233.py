"""Review 233 (session 62, G62): a part of a force.

PART: "The first contingent of Zambian police officers arrived in Haiti": a contingent,
detachment or batch of a state's force is that force (rules.yaml partitive_heads, as "most
of Japan"). Near misses: a contingent of no state's people ("a contingent of volunteers")
names no one, and a deployment is an act, not a part of a force: talks on "a response to
the deployment of X troops" are no talks with X.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest
from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

PART: list[Case] = [
    (
        "PORT-AU-PRINCE",
        "The first contingent of Zambian police officers arrived in Haiti on Thursday.",
        "ZMB>HTI:07",
    ),
    (
        "BAMAKO",
        "A detachment of Chadian soldiers attacked rebel positions in Niger on Sunday.",
        "TCD>NER:19",
    ),
]
DEPLOYED: list[Case] = [
    (
        "SEOUL",
        "Japan's prime minister met his Australian counterpart to discuss a response to the "
        "deployment of thousands of Belarusian troops.",
        # the meeting only: Belarus is what the talks are about, no party
        "JPN>AUS:04",
    ),
]
CASES: list[Case] = PART + DEPLOYED

NONE: list[NearMiss] = [
    ("PORT-AU-PRINCE", "The first contingent of volunteers arrived in Haiti on Thursday."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review233_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review233_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
