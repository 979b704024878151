"""Review 308 (session 64, P64): "the first deployment of NATO peacekeeping troops arrived".

A force told by its sending or a part of it ("a contingent of", "a batch of") was read through
the of-phrase (rules partitive_heads), but "deployment" is left out there: "a response to the
deployment of North Korean troops" would make the force a party. As the subject of a verb of
coming down (landing_verbs) the deployment is the force: parties._arriving_part reads its
of-phrase, and the peacekeepers' words count for v.peacekeepers_arrive (074) as a crew's do
(rules arriving_partitives: deployment, wave, rotation).

Near misses: a deployment that is protested or discussed; troops of no peacekeeping force
arriving (no event, as "British troops arrived in Estonia").

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("", "The first deployment of NATO peacekeeping troops arrived in Kosovo on Monday.", "NATO>XKX:07"),
    ("", "The second rotation of Rwandan peacekeepers arrived in Bangui on Friday.", "RWA>CAF:07"),
    ("", "A new wave of AU peacekeepers landed in Mogadishu overnight.", "AU>SOM:07"),
]
NONE: list[NearMiss] = [
    ("", "A deployment of British troops arrived in Estonia on Sunday."),
    ("", "The first deployment of Chinese troops arrived in Serbia for a joint drill."),
    ("", "Officials discussed the deployment of Kenyan police to Haiti."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review308_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review308_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
