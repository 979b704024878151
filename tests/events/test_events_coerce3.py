"""Coercion 3 (session 30, TWO2): border crossings and ships held, alone or in an after-clause.

"Laos summoned Thailand's envoy after Thai soldiers crossed the border": armed forces (subject
role MIL) crossing or entering another state's border, frontier or territory show force (150,
patterns v.cross_border; the gold sets list 15 or 19); with no side named, the protester
whose protest answers the act is its target (rules protested_party_patterns). A ship
detained, seized or impounded is property seized (171, v.detain_vessel); a flagged ship's
seizure is done to the flag state (session 37: the row of a flagged ship held with no protest
expected nothing before, against the gold of sets 5, 18, 31 and 49), and to the protester
when a protest answers it, whose own nationality in the act's phrase is no third state
(nominals._protested_state). Kept out: migrants crossing, a hypothetical or denied crossing,
patrolling one's own border, one's own navy holding one's own ship, pirates. Each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # crossings, alone and answered
    ("VIENTIANE", "Thai soldiers crossed the border into Laos on Sunday.", "THA>LAO:15"),
    (
        "VIENTIANE",
        "Thai troops entered Laotian territory near the Mekong on Sunday.",
        "THA>LAO:15",
    ),
    ("VIENTIANE", "Thai troops crossed into Laotian territory overnight.", "THA>LAO:15"),
    (
        "VIENTIANE",
        "Laos summoned Thailand's ambassador on Sunday after Thai soldiers crossed the border "
        "near the village of Ban Pak.",
        "LAO>THA:11 THA>LAO:15",
    ),
    (
        "VIENTIANE",
        "Laos protested on Sunday after Thai soldiers crossed the border into Cambodia.",
        "THA>KHM:15 LAO>THA:11",
    ),
    # ships held: by a demonym, or answered by the flag state's protest
    (
        "SUVA",
        "The Fijian navy impounded two Tongan fishing boats on Thursday.",
        "FJI>TON:17",
    ),
    (
        "SUVA",
        "Tonga summoned Fiji's high commissioner on Thursday after the Fijian navy detained a "
        "Tongan-flagged trawler and its crew.",
        "TON>FJI:11 FJI>TON:17",
    ),
    (
        "SUVA",
        "Tonga summoned Fiji's envoy on Thursday after the Fijian coast guard seized a "
        "Tongan-flagged cargo ship in waters between Fiji and Samoa.",
        "TON>FJI:11 FJI>TON:17",
    ),
    # a flagged ship held with no protest (session 37, S49: the gold of sets 5, 18, 31 and 49
    # codes the flag state; test_events_vocabulary57)
    (
        "SUVA",
        "The Fijian navy detained a Tongan-flagged trawler near Lau on Thursday.",
        "FJI>TON:17",
    ),
    (
        "SUVA",
        "Tonga protested on Thursday after the Fijian coast guard seized a Tongan-flagged "
        "cargo ship.",
        "FJI>TON:17 TON>FJI:11",
    ),
    # near-misses: coded only as the other act, or nothing
    (
        "VIENTIANE",
        "Thailand denied that its soldiers had crossed the border into Laos.",
        "THA>LAO:12",
    ),
    (
        "SUVA",
        "Tonga summoned Fiji's high commissioner after pirates seized a Tongan-flagged tanker "
        "off Somalia.",
        "TON>FJI:11",
    ),
]

NONE: list[NearMiss] = [
    ("VIENTIANE", "Hundreds of Thai migrants crossed the border into Laos on Sunday."),
    ("VIENTIANE", "Laos said Thai soldiers might cross the border."),
    ("VIENTIANE", "Laotian soldiers patrolled the border with Thailand on Sunday."),
    ("SUVA", "The Fijian navy detained a Fijian-flagged trawler in Fijian waters on Thursday."),
    ("SUVA", "Tonga said the Fijian navy could detain Tongan-flagged trawlers."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_coerce3_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_coerce3_acts(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
