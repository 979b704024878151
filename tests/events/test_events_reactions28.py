"""Reactions 28 (session 26, builder RX): reactions to an earlier act named by a noun, aimed
at the act's doer.

A reaction aimed back at whoever acted on the reacting state (the counterpart: "Israel
rejected the case") is a verbal answer like any other, no deed a later "the move" sums up
(reactions._ANSWERING), and legal action (115: a case filed, a state sued) is a deed that
"the decision", "the move" or "the step" sum up (rules.yaml reaction_matches): "South Africa
filed a case against Israel ... Israel rejected the case. Namibia supported the move" is
NAM>ZAF, not NAM>ISR. "The announcement" sums up the deed just told as "the decision" does
(deed_nouns), unless an announcement by another was told since (reactions._told_since: "A
Thai farm group announced record exports. Vietnam welcomed the announcement" names no
state's act). A stance noun with a preposition naming the act ("expressed support for the
decision", "voiced opposition to the move") reacts to it as a feeling over it does
(sides._felt_act, rules.yaml stance_nouns). An act told by a noun under the verb of another
deed ("Hungary blocked the EU aid package for Ukraine") is what that deed acted on, no deed
"the move" sums up (reactions._object_of_deed). A plural act noun ("the closures") sums up
every act of that code on the same target told in reach (reactions._plural_deeds). Each row is (dateline, body, expected events of
the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

LEGAL_ACTIONS: list[Case] = [
    (
        "PRETORIA",
        "South Africa filed a genocide case against Israel at the International Court of "
        "Justice. Israel rejected the case as baseless. Namibia supported the move.",
        "ZAF>ISR:11 ISR>ZAF:12 NAM>ZAF:05",
    ),
    (
        "ACCRA",
        "Ghana sued Ivory Coast at the International Court of Justice over an oil field. "
        "Ivory Coast rejected the lawsuit. Togo welcomed the decision.",
        "GHA>CIV:11 CIV>GHA:12 TGO>GHA:05",
    ),
    (
        "QUITO",
        "Ecuador took Colombia to the International Court of Justice on Tuesday over the "
        "spraying of herbicides near the border. Venezuela criticized the step.",
        "ECU>COL:11 VEN>ECU:11",
    ),
]

ANNOUNCEMENTS: list[Case] = [
    (
        "RABAT",
        "Morocco and Spain agreed on Monday to reopen their border crossings. The European "
        "Union welcomed the announcement.",
        "MAR>ESP:05 ESP>MAR:05 EU>MAR:05 EU>ESP:05",
    ),
    (
        "HANOI",
        "Vietnam and Laos signed a deal on Friday to build a railway between their capitals. "
        "Cambodia and Thailand praised the announcement.",
        "VNM>LAO:05 LAO>VNM:05 KHM>VNM:05 KHM>LAO:05 THA>VNM:05 THA>LAO:05",
    ),
    (
        "ALGIERS",
        "Morocco announced on Monday it would reopen its border with Algeria next month. The "
        "European Union welcomed the announcement.",
        "MAR>DZA:03 EU>MAR:05",
    ),
    (
        "OTTAWA",
        "Canada lifted its sanctions on three Iranian oil firms on Wednesday. The move "
        "surprised analysts. Israel criticized the announcement.",
        "CAN>IRN:08 ISR>CAN:11",
    ),
    # kept: an announcement told since by another, no state, is what the noun names
    (
        "BANGKOK",
        "Japan lifted its ban on Thai chicken on Monday. A Thai farm group announced record "
        "exports. Vietnam welcomed the announcement.",
        "JPN>THA:08",
    ),
]

TOLD_ANNOUNCEMENTS: list[Case] = [
    # an announced decision coded as no act: the announcing verb tells it
    (
        "ADDIS ABABA",
        "Ethiopia announced it would fill the dam's reservoir in July. Egypt rejected the "
        "announcement.",
        "EGY>ETH:12",
    ),
    (
        "ASTANA",
        "Kazakhstan announced on Friday that it would stop wheat shipments across its "
        "territory. Kyrgyzstan criticized the announcement.",
        "KGZ>KAZ:11",
    ),
    # kept: a plan only said by another since is no announcement ("said it would host")
    (
        "CAIRO",
        "Ethiopia announced it would fill the dam's reservoir in July. Kenya said it would "
        "host talks on the Nile. Egypt rejected the announcement.",
        "EGY>ETH:12",
    ),
]

SAME_DEED: list[Case] = [
    # a group's reaction to the same deed, told between, is no other act "the move" names
    (
        "OUAGADOUGOU",
        "Burkina Faso withdrew from the International Criminal Court on Monday. Amnesty "
        "International criticized the decision. The European Union said it regretted the "
        "move.",
        "BFA>ICC:16 EU>BFA:11",
    ),
    (
        "BAMAKO",
        "Mali expelled the French ambassador on Tuesday. Human Rights Watch condemned the "
        "move. Germany criticized the decision.",
        "MLI>FRA:16 DEU>MLI:11",
    ),
]

STANCES: list[Case] = [
    # a stance expressed on "the decision" reacts to it as a feeling over it does
    (
        "RIGA",
        "Latvia expelled two Belarusian diplomats on Tuesday. Estonia and Lithuania "
        "expressed support for the decision.",
        "LVA>BLR:16 EST>LVA:05 LTU>LVA:05",
    ),
    (
        "N'DJAMENA",
        "Chad closed its border with Sudan on Friday. Niger voiced opposition to the move.",
        "TCD>SDN:16 NER>TCD:11",
    ),
    (
        "SEOUL",
        "Japan imposed sanctions on three Russian banks on Monday. South Korea expressed "
        "support for the step.",
        "JPN>RUS:16 KOR>JPN:05",
    ),
    # kept: support for people no state's deed names gives nothing new
    (
        "TALLINN",
        "Latvia expelled two Belarusian diplomats on Tuesday. Estonia expressed support for "
        "the Baltic fishermen.",
        "LVA>BLR:16",
    ),
]

BLOCKED_THINGS: list[Case] = [
    # an act told by a noun under another deed's verb is what that deed acted on: "the move"
    # is the deed's own
    (
        "BUDAPEST",
        "Hungary blocked the EU aid package for Ukraine on Thursday. Kyiv condemned the move. "
        "The Netherlands also criticized the decision.",
        "HUN>EU:12 EU>UKR:07 UKR>HUN:11 NLD>HUN:11",
    ),
    (
        "VALLETTA",
        "Malta vetoed the EU's military training mission for Libya on Tuesday. Italy "
        "criticized the move.",
        "ITA>MLT:11",
    ),
]

PLURAL_DEEDS: list[Case] = [
    # a plural act noun sums up every act of the code on the same target told in reach
    (
        "MINSK",
        "Poland closed its border with Belarus on Sunday. Lithuania did the same a day later. "
        "Belarus condemned the closures.",
        "POL>BLR:16 LTU>BLR:16 BLR>POL:11 BLR>LTU:11",
    ),
    (
        "VIENTIANE",
        "Thailand closed its border with Laos on Monday. Cambodia closed its border with Laos "
        "on Tuesday. Laos criticized the closures.",
        "THA>LAO:16 KHM>LAO:16 LAO>THA:11 LAO>KHM:11",
    ),
    # kept: one closure named, the latest's doer alone
    (
        "HARARE",
        "Zambia closed its border with Zimbabwe on Monday. Mozambique closed its border with "
        "Zimbabwe on Tuesday. Zimbabwe criticized the closure.",
        "ZMB>ZWE:16 MOZ>ZWE:16 ZWE>MOZ:11",
    ),
]

# near-misses: an announcement of no act on another state
OTHER_ANNOUNCEMENTS: list[NearMiss] = [
    (
        "LIMA",
        "Chile's president announced a cabinet reshuffle on Monday. Peru welcomed the "
        "announcement.",
    ),
    (
        "ADDIS ABABA",
        "Ethiopia's prime minister announced he would retire next year. Egypt welcomed the "
        "announcement.",
    ),
    (
        "ABUJA",
        "Nigeria's electoral commission announced the results of the vote on Sunday. Ghana "
        "welcomed the announcement.",
    ),
]

NONE: list[NearMiss] = OTHER_ANNOUNCEMENTS
GAPS: list[Gap] = []
CASES = LEGAL_ACTIONS + ANNOUNCEMENTS + TOLD_ANNOUNCEMENTS + SAME_DEED + STANCES + BLOCKED_THINGS + PLURAL_DEEDS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions28_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions28_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
