"""Review 418 (session 67, K67): "our" kin asked in the speaker's own appeal are praised beside it.

'"We call on our Tajik friends ... to resolve this through dialogue," the spokesman said', '"We
ask our Bahamian friends for patience"', '"We expect our Georgian friends to return them"': the
appeal (02) or demand (10) was coded and the friendship it names left out, as any other act of
the pair is what quoted words of friendship go with (extract._affirmed_hits); the open gold
codes the naming 051 beside the appeal (the right pair, a missing root). Kin named by the
speaker's side as the ones it asks (affirmed.py _kin_addressed: appealing_verbs, a first-person
subject, "our" and a kin word of deed_kin) are praised as kin told doing a deed are
(_kin_deed), beside the appeal (rules asked_kin_beside_roots: 02, 10).

Near misses: a friendship supposed of the future ("confident our friends will respond"), an
appeal denied, one made by others ("They asked our friends to leave"), neighbours (no kin word),
a state asked by its name.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# an appeal to "our" kin: the appeal and the praise
CASES: list[Case] = [
    (
        "MOSCOW",
        '"We call on our Tajik friends and on the Afghan authorities to settle this through '
        'talks," a Russian Foreign Ministry spokesman told a briefing.',
        "RUS>TJK:02 RUS>AFG:02 RUS>TJK:05",
    ),
    (
        "PORT-AU-PRINCE",
        '"We ask our Bahamian friends for patience and humanity," Haiti\'s foreign minister said.',
        "HTI>BHS:02 HTI>BHS:05",
    ),
    (
        "ANKARA",
        '"We expect our Georgian friends to return the sailors to their families at once," a Turkish '
        "Foreign Ministry spokesman told reporters.",
        "TUR>GEO:10 TUR>GEO:05",
    ),
    (
        "NAIROBI",
        '"We urge our Ugandan brothers to reopen the border," Kenya\'s foreign minister said.',
        "KEN>UGA:02 KEN>UGA:05",
    ),
    (
        "NAIROBI",
        '"We appeal to our Ugandan brothers to free the men," Kenya\'s foreign minister said.',
        "KEN>UGA:02 KEN>UGA:05",
    ),
    # near misses: neighbours, a state by its name (the appeal alone)
    (
        "NAIROBI",
        '"We ask our Ugandan neighbours to reopen the border," Kenya\'s foreign minister said.',
        "KEN>UGA:02",
    ),
]
# ... nothing for kin supposed to act, an appeal denied, or one of others
NONE: list[NearMiss] = [
    ("NAIROBI", '"We are confident our Ugandan friends will respond," Kenya\'s foreign minister said.'),
    ("NAIROBI", '"We do not ask our Ugandan friends for anything," Kenya\'s foreign minister said.'),
    ("NAIROBI", '"They asked our Ugandan friends to leave," Kenya\'s foreign minister said.'),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review418_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review418_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
