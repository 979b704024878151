"""A readiness told after another act of the pair (session 29, ROOT4): 03 beside 05 or 11.

"praised X ... and said it was ready to work with X": the saying verb shares its conjunct's
subject, so its "it" is that subject (parties._speaker_mention), and a predicative adjective
(v.ready_to_work) with a target named under it is an act of its own after the first
(extract._coordinated_act; the copula's clause anchors it, _clause_anchor). Kept: a
readiness whose target only the first act gives ("said it was ready to help"), one with no
act named ("said it was ready"), and one of the first act's root ("would send experts ...
and was prepared to share data": one 03). Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "SOFIA",
        "Bulgaria praised Romania for its handling of the floods and said it was ready to work "
        "with Bucharest on flood defences.",
        "BGR>ROU:05 BGR>ROU:03",
    ),
    (
        "LISBON",
        "Portugal welcomed Spain's decision and said it was ready to cooperate with Madrid.",
        "PRT>ESP:05 PRT>ESP:03",
    ),
    (
        "VALLETTA",
        "Malta thanked Tunisia for the rescue and said it stood ready to work with the "
        "Tunisian government.",
        "MLT>TUN:05 MLT>TUN:03",
    ),
    (
        "VIENNA",
        "Austria praised Slovenia and was willing to talk with Ljubljana.",
        "AUT>SVN:05 AUT>SVN:03",
    ),
    (
        "ATHENS",
        "Greece criticized Cyprus's decision and said it was prepared to negotiate with Nicosia.",
        "GRC>CYP:11 GRC>CYP:03",
    ),
    # near-misses: no target of its own, no act, or the first act's root
    ("DUBLIN", "Ireland praised Iceland's efforts and said it was ready to help.", "IRL>ISL:05"),
    ("OSLO", "Norway condemned Finland's decision and said it was ready to respond.", "NOR>FIN:11"),
    ("TALLINN", "Estonia praised Latvia's response and said it was ready.", "EST>LVA:05"),
    (
        "ZAGREB",
        "Croatia said it would send experts to Serbia and that it was prepared to share data "
        "with Belgrade.",
        "HRV>SRB:03",
    ),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = [
    (
        "BEIJING",
        "Laos elected Sisavath as president on Sunday. Vietnam, Laos's largest trading partner, "
        "congratulated Sisavath and said it was ready to work with the new government.",
        "VNM>LAO:05 VNM>LAO:03",
        "'the new government' after an election told before is not resolved as the elected "
        "state, so the readiness has no target",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review63_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review63_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
