"""Vocabulary 52 (session 34, R05): good names and trusted partners are praise (051).

"Chile called the deal 'good news for the whole region'", "called the visit 'constructive'",
"called it 'an example for the world'": an act named good is approved of (CAMEO 051), aimed at
its authors by the rules that find them (the deal's signers, the visitor). Kept uncoded: a bad
name beside the good word ("a bad example"), a negated one ("not good news"), a good name given
to nothing told before ("called the meeting 'good'" with no meeting told).

A state its speaker calls "a partner we can rely on" ("can count on", "can depend on") is a
trusted partner (v.say_partner, 051), as "a partner we trust" is; kept uncoded: the partner
denied ("is not a partner we can rely on"), reliance said of no partner ("We cannot rely on
Chile", "Chile's farmers count on the rain"), another's partner ("China's partner").
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "ASUNCION",
        "Argentina and Brazil signed a rail agreement on Monday. Chile's foreign minister called"
        ' the deal "good news for the whole region."',
        "ARG>BRA:05 BRA>ARG:05 CHL>ARG:05 CHL>BRA:05",
    ),
    (
        "RIYADH",
        "Iran's foreign minister visited Kuwait on Monday. Kuwait's emir called the visit"
        ' "constructive."',
        "IRN>KWT:04 KWT>IRN:05",
    ),
    (
        "DILI",
        'Laos and Vietnam signed a border treaty on Monday. Thailand called it "an example for'
        ' the world."',
        "LAO>VNM:05 VNM>LAO:05 THA>LAO:05 THA>VNM:05",
    ),
    (
        "QUITO",
        "Peru and Bolivia signed a water accord on Tuesday. Ecuador called the accord a positive"
        " step for the Andes.",
        "PER>BOL:05 BOL>PER:05 ECU>PER:05 ECU>BOL:05",
    ),
    # a bad or negated name is no praise: the signing alone is coded (v.sign)
    (
        "DILI",
        'Laos and Vietnam signed a border treaty on Monday. Thailand called it "a bad example for'
        ' the world."',
        "LAO>VNM:05 VNM>LAO:05",
    ),
    (
        "DILI",
        'Laos and Vietnam signed a border treaty on Monday. Thailand called it "not good news for'
        ' anyone."',
        "LAO>VNM:05 VNM>LAO:05",
    ),
    (
        "HANOI",
        "Cambodia and Thailand signed a fishing pact on Friday. Vietnam called the pact a poor"
        " example of regional cooperation.",
        "KHM>THA:05 THA>KHM:05",
    ),
]

CASES += [
    (
        "SEOUL",
        '"Mongolia is a partner we can rely on," the South Korean president told reporters.',
        "KOR>MNG:05",
    ),
    (
        "BERLIN",
        '"Chile is a partner we can count on in a hard region," the German chancellor said.',
        "DEU>CHL:05",
    ),
    (
        "BERLIN",
        "The German chancellor said Chile was a partner Berlin could depend on.",
        "DEU>CHL:05",
    ),
]

NONE: list[NearMiss] = [
    ("BERLIN", '"Chile is not a partner we can rely on," the German chancellor said.'),
    ("BERLIN", '"We cannot rely on Chile," the German chancellor said.'),
    ("BERLIN", '"Chile\'s farmers count on the rain," the German chancellor said.'),
    ("BERLIN", '"Chile is China\'s partner and relies on Beijing," the German chancellor said.'),
    # a good name with no act told before it names no author
    ("DILI", 'Thailand\'s prime minister called the meeting "good."'),
    ("LIMA", 'Peru\'s president called the weather "good news for farmers."'),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary52_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary52_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
