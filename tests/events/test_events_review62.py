"""A demand voiced as the purpose of a summons (session 29, ROOT3): 11 beside 10.

"summoned Y's ambassador to demand an explanation", "... to demand that the crew be freed": a
purpose infinitive of demand (demand_roots) with no target of its own is made to the one
summoned (sides._purpose_host_targets with rules demand_host_verbs), and the summons and the
demand are two acts (extract._purpose_demand). Kept: a demand naming its own target ("to demand
that Z halt ..." goes to Z), a summons of no state ("summoned journalists"), and a deed's aim
("blocked roads to demand ...", no demand of the blockers). Each row is (dateline, body,
expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "MADRID",
        "Spain summoned Morocco's ambassador on Thursday to demand an explanation.",
        "ESP>MAR:11 ESP>MAR:10",
    ),
    (
        "COPENHAGEN",
        "Denmark had summoned Latvia's ambassador, Janis Ozols, to demand the sailors' release.",
        "DNK>LVA:11 DNK>LVA:10",
    ),
    (
        "WARSAW",
        "Poland had also summoned Hungary's charge d'affaires to demand that the suspect be "
        "handed over.",
        "POL>HUN:11 POL>HUN:10",
    ),
    # near-misses
    (
        "VIENNA",
        "Austria summoned the Slovak ambassador to demand that Hungary halt the dam.",
        "AUT>SVK:11 AUT>HUN:10",
    ),
    (
        "MADRID",
        "Spain summoned journalists to demand an explanation from Morocco.",
        "ESP>MAR:10",
    ),
    (
        "SANTIAGO",
        "Chilean protesters blocked roads to demand the release of the fishermen.",
        "",
    ),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = [
    (
        "LIMA",
        "Peru summoned the Chilean ambassador to demand the release of two Peruvian fishermen.",
        "PER>CHL:11 PER>CHL:10",
        "a nationality of the demander's own in the demanded thing is read as the demand's "
        "target, so the summoned state is not reached (as review59's explanation row)",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review62_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review62_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
