"""Announced measures, joint bodies frozen and acts summed up with their targets (session 13, L2).

ANNOUNCED: measures a state says it will take toward another are coded as the act (a cut,
16) or as the intent to give (033x) when the verb is known: a joint committee or commission
frozen ("would freeze the joint fisheries committee with Russia"), money added to aid for a
state, another state's budget funded, inspectors given access, a ban on imports from a state
lifted.
SUMMED: "banned rice exports to its neighbours, a step that angered Laos and Cambodia": the
unnamed neighbours are the states the summing apposition's relative clause names.
Near-misses: a domestic plan, a plan under discussion, a step that surprised analysts, a
budget of the state's own, an unnamed ban lifted.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

ANNOUNCED: list[Case] = [
    (
        "OSLO",
        "Norway said on Monday it would freeze the joint fisheries committee with Russia.",
        "NOR>RUS:16",
    ),
    (
        "VILNIUS",
        "Lithuania suspended the joint border commission with Belarus on Tuesday.",
        "LTU>BLR:16",
    ),
    (
        "TOKYO",
        "Japan will add 10 million dollars to its aid for Laos, the foreign ministry said on "
        "Tuesday.",
        "JPN>LAO:03",
    ),
    (
        "CANBERRA",
        "Australia added 5 million dollars to its humanitarian aid to Tonga last week.",
        "AUS>TON:07",
    ),
    (
        "BRUSSELS",
        "The European Union said on Wednesday it would fund half of Moldova's election budget.",
        "EU>MDA:03",
    ),
    (
        "RIYADH",
        "Saudi Arabia financed Yemen's budget deficit last year, the central bank said.",
        "SAU>YEM:07",
    ),
    (
        "TEHRAN",
        "Iran said it would give IAEA inspectors full access to the Fordow site.",
        "IRN>IAEA:03",
    ),
    (
        "TEHRAN",
        "Iran gave the IAEA full access to the Natanz plant on Sunday.",
        "IRN>IAEA:08",
    ),
    (
        "TOKYO",
        "Japan will lift its ban on beef imports from Brazil from April 1, the farm ministry said.",
        "JPN>BRA:03",
    ),
    (
        "SEOUL",
        "South Korea lifted its ban on fish imports from Norway on Monday.",
        "KOR>NOR:08",
    ),
]

ANNOUNCED_NONE: list[NearMiss] = [
    ("OSLO", "Officials said a new fisheries committee would be set up next year."),
    ("TOKYO", "Japan's parliament will debate a new budget for schools next month."),
    ("BRUSSELS", "A plan to fund Moldova's election budget is under discussion, officials said."),
    ("BERLIN", "Germany will fund its own defence budget with new borrowing."),
    ("LONDON", "Britain will add 5 million pounds to its aid budget, the Treasury said."),
    ("OSLO", "Norway suspended the work of the ethics committee."),
    ("BAMAKO", "Mali gave journalists access to the prison."),
    ("TOKYO", "Japan added two ministers to its cabinet."),
    ("TOKYO", "Japan lifted the ban on seafood from Fukushima on Monday."),
    ("MOSCOW", "Russia lifted its ban on grain exports from its ports."),
]

SUMMED: list[Case] = [
    (
        "HANOI",
        "Vietnam banned rice exports to its neighbours, a step that angered Laos and Cambodia.",
        "VNM>LAO:16 VNM>KHM:16",
    ),
    (
        "MOSCOW",
        "Russia cut gas supplies to its neighbours, a decision that hit Moldova and Georgia.",
        "RUS>MDA:16 RUS>GEO:16",
    ),
    (
        "ANKARA",
        "Turkey closed its borders with its southern neighbours on Monday, a step that "
        "infuriated Iraq and Syria.",
        "TUR>IRQ:16 TUR>SYR:16",
    ),
    (
        "NEW DELHI",
        "India halted onion exports to neighbouring countries, a measure that hurt Bangladesh "
        "and Nepal.",
        "IND>BGD:16 IND>NPL:16",
    ),
]

SUMMED_NONE: list[NearMiss] = [
    ("HANOI", "Vietnam banned rice exports, a step that surprised analysts."),
    ("HANOI", "Vietnam banned rice exports to its neighbours, a step that surprised analysts."),
    ("ANKARA", "The embargo on Armenia was lifted in 2009, officials recalled."),
]

# Kept: a known measure announced for the future keeps its code or its intent.
KEPT: list[Case] = [
    (
        "PARIS",
        "The French government said it would suspend its military cooperation with Mali.",
        "FRA>MLI:16",
    ),
    (
        "SEOUL",
        "South Korea will resume food aid to North Korea next year, the unification ministry said.",
        "KOR>PRK:03",
    ),
    (
        "HANOI",
        "Vietnam banned rice exports to Thailand, a step that angered Laos.",
        "VNM>THA:16",
    ),
    # an agentless passive restating the act told before: its doer (_told_doers)
    (
        "YEREVAN",
        "Turkey imposed an embargo on Armenia in 1993. The embargo was lifted in 2009.",
        "TUR>ARM:16 TUR>ARM:08",
    ),
]

GAPS: list[Gap] = [
    (
        "KYIV",
        "Ukraine said on Friday it would give the UN monitors full access to the plant.",
        "UKR>UN:03",
        "the parser reads 'the UN' and 'monitors' as two datives and hangs access on monitors",
    ),
    (
        "ROME",
        "Italy closed its ports to ships from its neighbours, a move that angered Tunisia and "
        "Libya.",
        "ITA>TUN:19 ITA>LBY:19",
        "ships from its neighbours: the group noun sits under the ships, no slot of the pattern",
    ),
]

CASES = ANNOUNCED + SUMMED + KEPT
NONE = ANNOUNCED_NONE + SUMMED_NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context22_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_context22_codes_announced_and_summed(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
