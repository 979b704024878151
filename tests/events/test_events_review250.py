"""Announced conflictual acts and accusations of spying (issue #5, session 63 D63).

Two conventions decided in session 63 (tests/gold/README.md, "Conventions decided (session
63)", 2 and 4), held here with sentences written for this file:

ANNOUNCED: a state that says or announces it will do a conflictual act of its own, with no
condition ("said it would boycott the summit in Manila", "announced that it would suspend
flights to Somalia", "will impose tariffs on Chilean copper"), is coded as the act (16), as the
open sets code such announcements (sets 1, 20, 42, 44, 52, 93 required; sets 2 and news-dev
optional); it is neither a threat (13) nor an intent (03, which CAMEO keeps for cooperation).
CONDITIONAL: the same act told under a condition on the other state ("if Lome did not release
the detainees", "unless Baku reopened the road") or as retaliation is a threat, 13 (sets 1,
73, 78). A denied act ("would not cut ties") and an act with no state on the other side code
nothing; a conditioned act told in no one's words ("Ankara will retaliate if Athens expels its
diplomats", test_events_clauses19) reads as a forecast and stays a near miss (v.respond_if).
SPYING: an accusation of spying or espionage keeps its root 11 and takes CAMEO's specific code
1125 (accusation of espionage), as sets 4, 11 and 16 code it and as sets 19, 24, 78, 89 and 93
now do.
Each audit row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches
from newsgraph import process

ANNOUNCED: list[Case] = [
    ("HANOI", "Vietnam said it would boycott the summit in Manila.", "VNM>PHL:16"),
    ("NAIROBI", "Kenya said it would expel two Ugandan diplomats.", "KEN>UGA:16"),
    (
        "NAIROBI",
        "Kenya announced on Monday that it would suspend flights to Somalia.",
        "KEN>SOM:16",
    ),
    ("LIMA", "Peru will impose tariffs on Chilean copper from next month.", "PER>CHL:16"),
]

CONDITIONAL: list[Case] = [
    (
        "ACCRA",
        "Ghana said it would expel two Togolese diplomats if Lome did not release the detainees.",
        "GHA>TGO:13",
    ),
    ("MOSCOW", "Russia said Moscow would retaliate against Estonia.", "RUS>EST:13"),
    (
        "ANKARA",
        "Turkey said it would retaliate if Greece expelled its diplomats.",
        "TUR>GRC:13",
    ),
]

CASES: list[Case] = ANNOUNCED + CONDITIONAL

NONE: list[NearMiss] = [
    # a denied act; an act aimed at no state
    ("OSLO", "Norway said it would not cut ties with Iceland."),
    ("LUSAKA", "Zambia said it would impose a new tax on mining firms."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review250_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review250_codes_announced_acts(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)


#: (text, "SRC>TGT", full CAMEO code): an accusation of spying is 1125
SPYING: list[tuple[str, str, str]] = [
    ("DAKAR — Senegal accused Gambia of spying on its ports.", "SEN>GMB", "1125"),
    ("ASTANA — Kazakhstan accused Kyrgyzstan of espionage.", "KAZ>KGZ", "1125"),
    # the general accusation stays 112
    ("DAKAR — Senegal accused Gambia of meddling in its elections.", "SEN>GMB", "112"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "pair", "code"), SPYING)
def test_events_review250_spying_is_1125(text: str, pair: str, code: str) -> None:
    got = [(f"{e.source}>{e.target}", e.code) for e in process(text, date="2026-03-02").events]
    assert got == [(pair, code)]
