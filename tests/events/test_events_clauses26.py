"""Clauses 26 (session 16, BA5): field vocabulary for acts whose both actors are named.

CARRIERS: a tanker, freighter or convoy named by its load ("an oil tanker", "a convoy of food
trucks") sent to a state is the load sent (v.ship_tons: 07); a carrier with no load word
("a navy convoy", "warships") is no delivery.
FINDINGS: an inquiry's findings shared or handed to a state are information shared
(v.share_intel: 064); findings published, or concerns shared, are not.
BOUND_FOR: a vessel or convoy blocked on its way to a state is aimed at that state
(v.block_vessel: 191), whether "heading to" or "bound for" it.
PURPOSE: a demand in an infinitive purpose clause of a coded act ("summoned X's envoy to
demand that Y act") is told besides the act (_purpose_demand); other purposes ("visited
Moscow to sign a deal") stay planned, not coded.
EMBARGO: blocking or vetoing a body's embargo blocks the body's measure (v.veto: 129), as
blocking its sanctions package does.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CARRIERS: list[Case] = [
    ("MOSCOW", "Russia sent an oil tanker to Cuba on Friday.", "RUS>CUB:07"),
    ("DOHA", "Qatar sent a convoy of food trucks to Gaza.", "QAT>PSE:07"),
    ("CARACAS", "Venezuela sent two tankers of diesel to Cuba.", "VEN>CUB:07"),
    ("TEHRAN", "Iran dispatched two fuel tankers to Lebanon last week.", "IRN>LBN:07"),
]

FINDINGS: list[Case] = [
    (
        "SAN JOSE",
        "Costa Rica said it would share its findings with Nicaraguan authorities.",
        "CRI>NIC:03",
    ),
    (
        "PARIS",
        "France shared the findings of its inquiry with Lebanon on Monday.",
        "FRA>LBN:06",
    ),
    ("ANKARA", "Turkey handed its findings to Swedish investigators.", "TUR>SWE:06"),
]

EMBARGO: list[Case] = [
    (
        "BRUSSELS",
        "Hungary on Tuesday blocked a proposed European Union arms embargo on Israel.",
        "HUN>EU:12",
    ),
    ("BRUSSELS", "Slovakia blocked an EU embargo on Russian oil.", "SVK>EU:12 EU>RUS:16"),
    ("NEW YORK", "China blocked a U.N. arms embargo on Myanmar.", "CHN>UN:12 UN>MMR:16"),
]

# A ship stopped on its way is aimed at the state it is bound for, as one heading to it is.
BOUND_FOR: list[Case] = [
    (
        "CARACAS",
        "Venezuelan warships blocked two supply vessels bound for Guyana.",
        "VEN>GUY:19",
    ),
    ("CAIRO", "Egyptian forces blocked an aid convoy bound for Gaza on Sunday.", "EGY>PSE:19"),
    ("TEL AVIV", "Israel's navy blocked a flotilla bound for Gaza.", "ISR>PSE:19"),
]

# A demand voiced by the summons it is the purpose of is told as well as the summons.
PURPOSE: list[Case] = [
    (
        "TOKYO",
        "Japan summoned the South Korean ambassador to demand that Seoul prevent such visits.",
        "JPN>KOR:11 JPN>KOR:10",
    ),
    (
        "MANILA",
        "The Philippines summoned China's envoy on Monday to demand that Beijing withdraw its "
        "ships.",
        "PHL>CHN:11 PHL>CHN:10",
    ),
    (
        "SEOUL",
        "The Japanese foreign minister phoned the South Korean ambassador to demand that Seoul "
        "prevent such visits.",
        "JPN>KOR:04 JPN>KOR:10",
    ),
    ("NEW DELHI", "Modi visited Moscow to sign a defense deal with Russia.", "IND>RUS:04"),
    ("ANKARA", "Turkey met Greek officials to discuss the dispute.", "TUR>GRC:04"),
]

NONE: list[NearMiss] = [
    (
        "LIMA",
        "Peruvian truckers blocked the highways to demand that the government cut fuel taxes.",
    ),
    ("ATHENS", "Greek port officials blocked a ferry for three hours."),
    ("ROME", "Italian police blocked a ship for safety checks."),
    ("MOSCOW", "Russia sent a navy frigate to Cuba on Friday."),
    ("CARACAS", "Venezuela sent an oil tanker through the strait."),
    ("BEIJING", "China sent a convoy of military trucks to the border with India."),
    ("BERLIN", "Germany shared its concerns with Poland."),
    ("ROME", "Italy shares a maritime border with Tunisia."),
    ("OSLO", "Norway published its findings on the crash."),
    ("ATHENS", "Greek customs blocked a shipment that broke the embargo on Libya."),
    ("BRUSSELS", "Hungary said it would block any European Union embargo on Russian gas."),
]

GAPS: list[Gap] = []

CASES = CARRIERS + FINDINGS + EMBARGO + BOUND_FOR + PURPOSE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses26_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_clauses26_codes_carriers_findings_and_embargoes(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; near-misses code nothing."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
