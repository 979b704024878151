"""Mends from the session-10 review (issue #5), each with sentences written for this file.

- A statement the reactor answers may be the speaker's words about his own doings with it
  ("Britain said it would raise the issue with Egypt. Egypt condemned the statement") when
  no report about the reactor stands further back (_told_act, own_doings).
- A gapped second clause is no second subject when the first clause's "to" object (a
  preposition the parser calls dative) is an actor of the same kind ("sent drones to
  Azerbaijan in 2020 and Ukraine in 2022": Ukraine is a second recipient).
- "as Colombia did with Iran" repeats the kind of act, not its target: no echo is coded.
Each row is (dateline, body, expected events of the body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "CAIRO",
        "Britain said it would raise the issue with Egypt. Egypt condemned the statement.",
        "EGY>GBR:11",
    ),
    (
        "CARACAS",
        "France said it would not recognise the election in Venezuela. Venezuela condemned "
        "the statement.",
        "VEN>FRA:11",
    ),
    (
        "RABAT",
        "Spain said it would review its fishing ties with Morocco. Morocco rejected the remarks.",
        # ties reviewed ahead are threatened (13): ruled by the lead, session 36, to follow
        # the gold of sets 34 and 47
        "ESP>MAR:13 MAR>ESP:12",
    ),
    # a report about the reactor further back still wins over a nearer speaker's own doings
    (
        "CARACAS",
        "The EU's observer mission said the vote in Venezuela was flawed. A Brazilian envoy "
        "said he had met officials in Venezuela. Venezuela rejected the report.",
        "VEN>EU:12",
    ),
    # a second recipient is no second sender (the gapped TUR>UKR is not read yet either:
    # widen this row when it is)
    (
        "ANKARA",
        "Turkey sent drones to Azerbaijan in 2020 and Ukraine in 2022.",
        "TUR>AZE:07",
    ),
    # a gapped second subject is still read when no recipient of the same kind stands first
    (
        "TBILISI",
        "Georgia applied to join the EU in 2022 and Moldova in 2023.",
        "GEO>EU:02 MDA>EU:02",
    ),
    # an echo aimed elsewhere is no echo of the first act
    (
        "SANTIAGO",
        "Chile recalled its ambassador from Israel, as Colombia did with Iran.",
        "CHL>ISR:16",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    return code_audit(CASES, NONE, GAPS)


def test_events_review10_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review10_codes_exactly(
    coded: dict[str, list[str]], dateline: str, body: str, expected: str
) -> None:
    got = coded[body]
    assert matches(got, expected), f"{dateline} — {body}\n  got {got}\n  expected {expected}"
