"""Review 400 (session 67, P67): a passive talk whose subject is only the topic.

"Iran's nuclear programme was discussed by the IAEA board" coded IAEA>IRN 04: v.talk_with
names its partner only by a preposition ("talked with", "spoke to"), but an agentful passive
fell back to the passive's subject as the target, and "Iran's programme" gave its owner. The
active "The IAEA board discussed Iran's nuclear programme" codes nothing, so neither does the
passive now: for a reciprocal pattern whose targets hold no direct object, the passive's
subject is a target only when it is itself the actor named, not a thing an actor owns
(extract, the passive's patient fallback).

Near misses (still code): a state or an official consulted ("Turkey was consulted by the United
States"), and a with-phrase that names the partner beside a topic.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a party consulted, or a partner named by "with", still codes the talk
CASES: list[Case] = [
    ("ANKARA", "Turkey was consulted by the United States before the strikes.", "USA>TUR:04"),
    ("BERLIN", "Ukraine's foreign minister was consulted by Germany on Monday.", "DEU>UKR:04"),
    ("TOKYO", "Trade was discussed by Japan with South Korea on Monday.", "JPN>KOR:04"),
    ("ROME", "Libya's migration plan was discussed by Italy with Tunisia on Friday.", "ITA>TUN:04"),
]
# a topic owned by a state is no partner of the body that discusses it
NONE: list[NearMiss] = [
    ("VIENNA", "Iran's nuclear programme was discussed by the IAEA board on Monday."),
    ("NEW YORK", "North Korea's missile tests were discussed by the U.N. Security Council on Wednesday."),
    ("BRUSSELS", "The Serbian proposal was discussed by EU foreign ministers in Brussels."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review400_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review400_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
