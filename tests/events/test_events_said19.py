"""Said 19 (session 42, lead): praise in a speaker's quoted words without a praise verb.

The quoted-friendship reading (events/affirmed.py, data/events/affirmed.yaml) codes 051 from
the quotation's speaker's state to the state a word of friendship is said of. Two forms it
missed, found in the opened sets 57 and 58 (their sentences are not used here):
- the speaker's own kin told doing a deed done ("Our brothers in Algeria have stood up for us",
  "Our Thai friends opened their hospitals to our flood victims"): calling them "our
  brothers" while telling what they did praises them (_kin_deed; deed_kin); a deed to come,
  supposed or denied is not read ("our friends will respond", "did not answer");
- a reliable, dependable, loyal, faithful or steadfast one of any kind said of a state
  ("Australia has been a dependable source of lithium"), and "a natural partner" (closeness
  "natural").
Near misses: a reproach ("Our Emirati brothers gave us no other option"), a relation denied
("has never been a reliable supplier"), supposed ("would be a reliable mediator"), no state
named ("our brothers in the diaspora"), a general need.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "TUNIS",
        "Tunisia's prime minister spoke on Tuesday. \"Our brothers in Algeria have stood up for us"
        ' when the crisis hit," he said.',
        "TUN>DZA:05",
    ),
    (
        "RABAT",
        "Senegal's foreign minister visited Rabat on Wednesday. \"Morocco is a proud African nation"
        ' and a natural partner for Dakar," she said.',
        "SEN>MAR:04 SEN>MAR:05",
    ),
    (
        "SEOUL",
        "South Korea's trade minister spoke on Thursday. \"Australia has been a dependable source of"
        ' lithium for our battery makers," he said.',
        "KOR>AUS:05",
    ),
    (
        "PHNOM PENH",
        "Cambodia's prime minister spoke on Friday. \"Our Thai friends opened their hospitals to our"
        ' flood victims," he said.',
        "KHM>THA:05",
    ),
    (
        "SOFIA",
        'Bulgaria\'s prime minister spoke on Monday. "Russia has been a loyal customer for decades,"'
        " he said.",
        "BGR>RUS:05",
    ),
    # a gap until session 43 (affirmed.py _good_faith, tests/events/test_events_judged1.py)
    (
        "JAKARTA",
        "Malaysia's trade minister spoke on Monday. \"Indonesia is a partner that has never let us"
        ' down," he said.',
        "MYS>IDN:05",
    ),
    # a gap until session 43 (objects.py stood_by_clause: a lasting "has been with us")
    (
        "LUANDA",
        'Angola\'s president spoke on Monday. "Brazil has been with us through every hardship," he'
        " said.",
        "AGO>BRA:05",
    ),
]

NONE: list[NearMiss] = [
    (
        "DOHA",
        'Qatar\'s energy minister spoke on Monday. "Our Emirati brothers gave us no other option,"'
        " he said.",
    ),
    (
        "DAMASCUS",
        'Syria\'s foreign minister spoke on Monday. "Our Iraqi brothers gave us nothing," he said.',
    ),
    (
        "MINSK",
        'Belarus\'s president spoke on Monday. "Our Russian friends will respond to any provocation," he said.',
    ),
    (
        "BAGHDAD",
        'Iraq\'s prime minister spoke on Monday. "Our brothers in Kuwait did not answer our call," he said.',
    ),
    (
        "BERLIN",
        'Germany\'s economy minister spoke on Monday. "Russia has never been a reliable supplier of gas," he said.',
    ),
    (
        "BERLIN",
        'Germany\'s economy minister spoke on Monday. "Russia is not a reliable supplier," he said.',
    ),
    (
        "BERLIN",
        'Germany\'s economy minister spoke on Monday. "Europe needs reliable suppliers of gas," he said.',
    ),
    (
        "DHAKA",
        'Bangladesh\'s foreign minister spoke on Monday. "Our brothers in the diaspora have sent money home," he said.',
    ),
    (
        "ANKARA",
        'Turkey\'s foreign minister spoke on Monday. "Qatar would be a reliable mediator," he said.',
    ),
]

GAPS: list[Gap] = [
    (
        "GEORGETOWN",
        'Suriname signed the accord on Monday. "It is a partner that delivers on its promises,"'
        " Guyana's president said.",
        "SUR>GUY:05|04 GUY>SUR:05",
        "'a partner that delivers on its promises': a relative clause of good faith, as above",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_said19_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_said19_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
