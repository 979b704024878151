"""Vocabulary 166 (session 68, V68): a plan, bid or talks wrecked (v.thwart) and a vessel
torpedoed (v.ram).

"Serbia scuppered Kosovo's bid", "Germany scuttled Poland's plan", "derailed Egypt's ceasefire
proposal", "torpedoed France's proposal", "stymied Sweden's bid", "thwarted Ukraine's bid":
another party's proposal, bid or talks wrecked is a rejection (120; a plan or deal 127, talks
125), as v.veto's "blocked". No pattern held these verbs (the CAMEO codebook lists them under
reject and obstruct). v.thwart needs such an object; "torpedoed a South Korean warship" is an
attack (190), v.ram's "sank" with a vessel.

Near misses: a plot or an attack foiled is no proposal of the target's ("thwarted a Russian
attack" codes the attack noun only); a navy scuttling its own ship, a plan of no named party.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("BELGRADE", "Serbia scuppered Kosovo's bid to join the Council of Europe.", "SRB>XKX:12"),
    ("BERLIN", "Germany scuttled Poland's plan for reparations talks.", "DEU>POL:12"),
    ("JERUSALEM", "Israel derailed Egypt's ceasefire proposal.", "ISR>EGY:12"),
    ("MOSCOW", "Russia torpedoed France's proposal for a truce.", "RUS>FRA:12"),
    ("ANKARA", "Turkey stymied Sweden's bid to join NATO.", "TUR>SWE:12"),
    ("BUDAPEST", "Hungary thwarted Ukraine's bid for membership.", "HUN>UKR:12"),
    ("SEOUL", "North Korea torpedoed a South Korean warship.", "PRK>KOR:19"),
    ("KYIV", "Ukraine thwarted a Russian attack on Kharkiv.", "RUS>UKR:19"),
]
NONE: list[NearMiss] = [
    ("CAIRO", "Egyptian police foiled a plot to attack a church."),
    ("ADEN", "The navy scuttled its own damaged ship."),
    ("ROME", "Heavy rain derailed the plan for an outdoor ceremony."),
    ("LIMA", "Peru's congress torpedoed the pension bill."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary166_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary166_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
