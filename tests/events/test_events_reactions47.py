"""Reactions 47 (session 38, S52): an apology for a hardship, and acts named by their object.

"South Korea's Foreign Ministry said it deeply regrets the inconvenience to Thai visitors"
regrets what its own checks did to the visitors: CAMEO codes that an apology (055), as
v.express_remorse codes regret told to the wronged side. Regret of a hardship word
(inconvenience, hardship, distress, suffering, misunderstanding, discomfort, trouble) is
v.regret_harm; regret of another's act ("regretted Algeria's decision") stays disapproval
(v.regret, 111).

Acts of set 52's shapes that no pattern read, each now a pattern or a word of one: a call to
explain or inform (v.phone_to's purposes; "his Libyan counterpart" is a group mention, as in
v.phone); a state's workers' deployment or recruitment to another suspended
(v.halt_worker_deployment, 160; troops are no labor); "would take Morocco to the World Trade
Organization unless ..." (v.take_to_court reads the body spelled out; the held condition makes
it a threat, 13).

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

HARM_REGRETTED: list[Case] = [
    (
        "SEOUL",
        "South Korea's Foreign Ministry said on Friday that it deeply regrets the inconvenience "
        "to Thai visitors.",
        "KOR>THA:05",
    ),
    (
        "TOKYO",
        "Japan regretted the distress caused to Chinese tourists at Narita airport, the ministry said.",
        "JPN>CHN:05",
    ),
    (
        "MADRID",
        "Spain's interior ministry said it regretted any hardship to Moroccan travelers stuck at the port.",
        "ESP>MAR:05",
    ),
    (
        "BERLIN",
        "Germany regrets the inconvenience to Polish drivers, a spokesman for the transport "
        "ministry said.",
        "DEU>POL:05",
    ),
]

# another's act regretted: disapproval, as before
ACT_REGRETTED: list[Case] = [
    (
        "PARIS",
        "France regretted Algeria's decision to expel two French diplomats.",
        "FRA>DZA:11 DZA>FRA:16",
    ),
    (
        "ANKARA",
        "Turkey regretted Greece's refusal to reopen the border crossing.",
        "TUR>GRC:11",
    ),
]

OBJECT_NAMED: list[Case] = [
    (
        "TRIPOLI",
        "Chad's foreign minister called his Libyan counterpart on Wednesday night to explain the "
        "operation, state television reported.",
        "TCD>LBY:04",
    ),
    (
        "ABUJA",
        "Nigeria's president called his Ghanaian counterpart to inform him of the border closure.",
        "NGA>GHA:04",
    ),
    (
        "BAKU",
        "Azerbaijan's president called his Armenian counterpart to discuss the border.",
        "AZE>ARM:04",
    ),
    ("PARIS", "France called on Mali to explain the expulsion of its ambassador.", "FRA>MLI:02"),
    (
        "KUWAIT CITY",
        "The Philippines on Wednesday suspended the deployment of new domestic workers to Kuwait "
        "after a maid was found dead.",
        "PHL>KWT:16",
    ),
    ("DHAKA", "Bangladesh banned the recruitment of its nurses to Libya on Monday.", "BGD>LBY:16"),
    (
        "ANKARA",
        "Turkey said Tuesday it would take Morocco to the World Trade Organization unless Rabat "
        "withdrew new duties on Turkish steel.",
        "TUR>MAR:13",
    ),
]

NONE: list[NearMiss] = [
    ("MANILA", "The Philippines suspended the deployment of troops to Kuwait."),
    ("ANKARA", "Turkey took the matter to the World Trade Organization."),
]

GAPS: list[Gap] = []

CASES = HARM_REGRETTED + ACT_REGRETTED + OBJECT_NAMED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions47_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions47_regret(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
