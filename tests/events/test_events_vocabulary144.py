"""Vocabulary 144 (session 66, V66): a flagged craft released is its flag state's.

- "Somalia released a Greek-flagged tanker and its 22 crew members", "Iran freed the
  Liberian-flagged tanker on Friday", "The British-flagged tanker was released by Iran": a
  craft set free is its flag state's, as a seized one is since session 37
  (test_events_vocabulary57): v.release reads the obj_mod slot, whose name before the flag's
  hyphen is the state (rules flag_participles), after the object itself ("a Greek tanker").
- "-made", "-funded", "-only" name no flag; pirates and firms are no state; a refusal or a
  negation releases nothing.

Found by the census of the open misses the form stage blocks: set 87 (a flagged tanker and
its crew released, "no-released-target"). Near misses: goods made in a state, a report
funded by one, pirates, a firm's charter, refusals.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "MOGADISHU",
        "Somalia released a Greek-flagged tanker and its 22 crew members.",
        "SOM>GRC:08",
    ),
    ("TEHRAN", "Iran released a British-flagged tanker.", "IRN>GBR:08"),
    ("TEHRAN", "Iran freed the Liberian-flagged tanker on Friday.", "IRN>LBR:08"),
    ("ATHENS", "Greece returned a Turkish-flagged fishing boat.", "GRC>TUR:08"),
    ("LONDON", "The British-flagged tanker was released by Iran on Friday.", "IRN>GBR:08"),
    ("MOGADISHU", "Somalia's coast guard released the Greek-flagged tanker.", "SOM>GRC:08"),
    ("TEHRAN", "Iran said it would release the British-flagged tanker.", "IRN>GBR:03"),
    # the object's own adjective, as before
    ("TEHRAN", "Iran released 20 Indian sailors.", "IRN>IND:08"),
]
NONE: list[NearMiss] = [
    ("CUPERTINO", "Apple released a China-made phone."),
    ("NAIROBI", "The ministry released a Kenya-funded study."),
    ("TOKYO", "Sony released its Japan-only edition of the game."),
    ("TEHRAN", "Iran refused to release the British-flagged tanker."),
    ("TEHRAN", "Iran has not released the Liberian-flagged tanker."),
    ("MOGADISHU", "Pirates released a Greek-flagged tanker off Somalia."),
    ("LONDON", "Shell released the Liberian-flagged tanker from its charter."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary144_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary144_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
