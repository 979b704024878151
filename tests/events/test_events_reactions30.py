"""Reactions 30 (session 28, builder S27): answers to an act told before, read from set 27's
misses and extras.

A name that says an act is a good turn ("called the reopening 'a turning point for our
traders'", "a lifeline for the Chaco", "a gateway to Europe") is no name-calling (v.call_names
unless_words), as "a milestone" or "a pillar" is not; a wrong beside it still outweighs it
("a gateway for occupation" and "a provocation"). More time given to a state to repay its
debt is economic aid (071; agreed to, 03: v.give_time_to_repay), as easing its repayments
is; a firm or the giver's own people given time is none. Each row is (dateline, body, expected
events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a good turn named is no disapproval
GOOD_TURNS: list[Case] = [
    (
        "PORTO-NOVO",
        "Benin and Niger reopened their border on Monday. Niger's president called the "
        'reopening "a turning point for our traders."',
        "BEN>NER:08 NER>BEN:08",
    ),
    # kept: a wrong beside it outweighs it
    (
        "RABAT",
        "Spain and Morocco signed a port deal on Tuesday. Algeria's Foreign Ministry called the "
        'deal "a gateway for occupation" and "a provocation."',
        "ESP>MAR:05 MAR>ESP:05 DZA>ESP:11 DZA>MAR:11",
    ),
    (
        "VILNIUS",
        "Lithuania closed two border crossings with Belarus on Monday. Belarus's Foreign "
        'Ministry called the closure "a turning point toward confrontation" and a provocation.',
        "LTU>BLR:16 BLR>LTU:11",
    ),
]

# more time to repay a debt is aid to the debtor state
DEBT_TIME: list[Case] = [
    (
        "APIA",
        "China agreed on Thursday to give the Samoan government five more years to repay its "
        "loans.",
        "CHN>WSM:03",
    ),
    ("TOKYO", "Japan granted Sri Lanka two extra years to repay its yen loans.", "JPN>LKA:07"),
    # kept: a deadline to do something else is an ultimatum
    (
        "ABUJA",
        "Nigeria gave Niger's junta two weeks to release the detained diplomats.",
        "NGA>NER:13",
    ),
]

NONE: list[NearMiss] = [
    (
        "ACCRA",
        "Ghana will give its cocoa farmers two more years to repay state loans, the finance "
        "ministry said.",
    ),
    ("LIMA", "Peru gave the Chinese mining firm three more years to repay its tax debts."),
    (
        "ASUNCION",
        "Paraguay and Bolivia opened a gas pipeline on Friday. Brazil's energy minister called "
        'the pipeline "a lifeline for the Chaco."',
    ),
]

GAPS: list[Gap] = []

CASES = GOOD_TURNS + DEBT_TIME


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions30_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions30_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
