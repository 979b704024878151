"""Said 19 (session 42, lead): praise in a speaker's quoted words without a praise verb.

The quoted-friendship reading (events/affirmed.py, data/events/affirmed.yaml) codes 051 from
the quotation's speaker's state to the state a word of friendship is said of. Two forms it
missed, found in the opened sets 57 and 58 and written here anew:
- the speaker's own kin told doing a deed done ("Our brothers in Qatar have answered our call",
  "Our Vietnamese brothers have opened the road to the sea for us"): calling them "our
  brothers" while telling what they did praises them (_kin_deed; deed_kin); a deed to come,
  supposed or denied is not read ("our friends will respond", "did not answer");
- a reliable, dependable, loyal, faithful or steadfast one of any kind said of a state
  ("Kazakhstan has been a reliable supplier"), and "a natural partner" (closeness "natural").
Near misses: a reproach ("Our Pakistani brothers left us no choice"), a relation denied ("has never been a reliable supplier"), supposed ("would be a
reliable mediator"), no state named ("our brothers in the diaspora"), a general need.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "MUSCAT",
        'Oman\'s foreign minister praised the Emirates on Monday. "Our brothers in Abu Dhabi have kept every promise they made," he told reporters.',
        "OMN>ARE:05 OMN>ARE:05",
    ),
    (
        "BAGHDAD",
        'Iraq\'s prime minister spoke on Monday. "Our brothers in Qatar have answered our call at a difficult time," he said.',
        "IRQ>QAT:05",
    ),
    (
        "CAIRO",
        'Iran\'s foreign minister visited Cairo on Monday. "Egypt is a great Muslim nation and a natural partner," he said.',
        "IRN>EGY:04 IRN>EGY:05",
    ),
    (
        "NEW DELHI",
        'India\'s energy minister spoke on Monday. "Kazakhstan has been a reliable supplier for our reactors," he said.',
        "IND>KAZ:05",
    ),
    (
        "VIENTIANE",
        'Laos\' prime minister spoke on Monday. "Our Vietnamese brothers have opened the road to the sea for us," he said.',
        "LAO>VNM:05",
    ),
]

NONE: list[NearMiss] = [
    (
        "TEHRAN",
        'Iran\'s oil minister spoke on Monday. "Our Pakistani brothers left us no choice," he said.',
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
        "ISLAMABAD",
        'Pakistan\'s trade minister spoke on Monday. "Kazakhstan is a partner that has never made us wait," he said.',
        "PAK>KAZ:05",
        "a standing noun ('a partner') praised only by a relative clause of good faith ('that has never made us wait') is not read as closeness",
    ),
    (
        "HANOI",
        'Vietnam\'s prime minister spoke in Tokyo on Monday. "Japan has been with us at every stage of our development," he said.',
        "VNM>JPN:05",
        "'has been with us' (standing by the speaker's side) has no word of friendship",
    ),
    (
        "PORT OF SPAIN",
        'Trinidad and Tobago\'s prime minister spoke of Guyana on Monday. "It is a partner that keeps its word," she said.',
        "TTO>GUY:05",
        "'a partner that keeps its word': a relative clause of good faith, as above",
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
