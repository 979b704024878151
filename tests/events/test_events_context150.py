"""Context 150 (session 62, C62): a pledge told as one more ("also") naming no one.

"Japan agreed to lend Sri Lanka $900 million ... Officials said Japan would also send 30
engineers": a pledge or a gift with no target of its own, marked "also" (parallel_adverbs), is
made to the one state its source's own cooperative acts before it in the story were aimed at
(reactions._also_pledged_partner, rules also_pledged_roots); with none of its own, to the one
state other states' pledges and gifts before it were aimed at (rules also_given_roots: "Chile
and Peru have also promised officers" after Benin's police arrived in Haiti). A future pledge
already reached the context stage ("pledge": _joined_after_partner, same sentence only); a past
"also pledged to send" now does too (extract, rules also_given_roots).

Near misses: the acts before were aimed at two states; the pledge is kept at home ("engineers
of its own coast guard"); its clause names a third party ("within the European Union"); no
"also"; a state of things, not a gift ("Thousands of Bolivians also work in Chile's mines");
nothing given before.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# reactions._also_pledged_partner: the "also" ties the pledge to its source's own acts before
ALSO_PLEDGED: list[Case] = [
    (
        "COLOMBO",
        "Japan agreed on Monday to lend Sri Lanka $900 million for a new container terminal in "
        "Colombo, officials said. The loan carries an interest rate of 0.1% and runs for 40 "
        "years. Officials said Japan would also send 30 engineers to help run the terminal.",
        "JPN>LKA:07 JPN>LKA:03",
    ),
    (
        "BISHKEK",
        "Kazakhstan signed a $200 million grant to Kyrgyzstan for irrigation canals on Tuesday. "
        "Work on the canals will start in May. Astana also pledged to send 25 water engineers "
        "next spring.",
        "KAZ>KGZ:05 KAZ>KGZ:03",
    ),
    (
        "ULAANBAATAR",
        "Mongolia and Argentina signed a mining pact on Tuesday during a state visit. Mongolia "
        "also promised to send 40 young geologists to study in Salta.",
        "MNG>ARG:05 ARG>MNG:05 MNG>ARG:03",
    ),
    (
        "WINDHOEK",
        "Germany gave Namibia 20 million euros for a desalination plant on Friday. Berlin would "
        "also help pay for new water pipes, the embassy said.",
        "DEU>NAM:07 DEU>NAM:03",
    ),
]
# ... with no act of its own, one more of the pledges and gifts other states made before
ALSO_GIVEN_AS_OTHERS: list[Case] = [
    (
        "COLOMBO",
        "India lent Sri Lanka $500 million for a power plant on Monday. The plant will burn gas. "
        "Japan would also send 30 engineers to help run it.",
        "IND>LKA:07 JPN>LKA:03",
    ),
    (
        "PORT-AU-PRINCE",
        "The first 200 police officers from Benin arrived in Haiti on Tuesday to join the force. "
        "Chile and Peru have also promised officers.",
        "BEN>HTI:07 CHL>HTI:03 PER>HTI:03",
    ),
]
# ... not when the acts before name two states, or the pledge is at home
NOT_TIED: list[Case] = [
    (
        "HANOI",
        "Japan agreed on Monday to lend Vietnam $500 million for a highway. On Tuesday Japan "
        "agreed to lend Cambodia $300 million for a bridge. Japan would also send 30 engineers "
        "to train road crews.",
        "JPN>VNM:07 JPN>KHM:07",
    ),
    (
        "VIENTIANE",
        "Japan agreed on Monday to lend Vietnam $500 million for a highway and gave Laos a grant "
        "for a bridge. Japan would also send 30 engineers to train road crews.",
        "JPN>VNM:07 JPN>LAO:07",
    ),
    (
        "DHAKA",
        "Japan agreed on Monday to lend Bangladesh $900 million for a new port. Japan would also "
        "train 40 engineers of its own coast guard this year.",
        "JPN>BGD:07",
    ),
    (
        "LISBON",
        "Portugal signed a debt swap with Cape Verde on Monday. Portugal's prime minister also "
        "promised to push within the European Union for more debt relief for small island "
        "states.",
        "PRT>CPV:06",
    ),
    (
        "SANTIAGO",
        "Bolivia and Chile signed a gas deal on Monday. Thousands of Bolivians also work in "
        "Chile's copper mines.",
        "BOL>CHL:05 CHL>BOL:05",
    ),
    (
        "CHITTAGONG",
        "Japan agreed on Monday to lend Bangladesh $900 million for a new port. Japan would send "
        "30 engineers to train port crews, officials said.",
        "JPN>BGD:07",
    ),
]

CASES: list[Case] = ALSO_PLEDGED + ALSO_GIVEN_AS_OTHERS + NOT_TIED
NONE: list[NearMiss] = [
    (
        "SANTIAGO",
        "Chile's copper exports rose 4% last year, the central bank said. Prices are expected "
        "to climb again. Brazil said it would also send 30 engineers to train mine crews.",
    ),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context150_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context150_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
