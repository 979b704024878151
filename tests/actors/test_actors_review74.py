"""Review 74 (session 38, ORG): an IGO's body named in short form as a modifier.

"A Commission spokesman urged Warsaw ...", "a Council official criticised Hungary": a body's
short name written bare and capitalised, opening its noun phrase, stands for the IGO the
story named before it, as "the Commission" does (igos.yaml contextual "Commission",
"Council"; resolve._opens_phrase). Within another name ("the Election Commission of
Poland", "Poland's Commission") it is no IGO's, and in a story that names no IGO with such a
body it is no one's. "Called the rail link a European priority" names no wrong (v.call_names
unless_words: priority).
Every sentence was written for this file; each row is (dateline, body, expected events of
the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import (  # noqa: E402
    Case,
    Gap,
    NearMiss,
    audit_bodies,
    audit_params,
    code_audit,
    matches,
)

CASES: list[Case] = [
    (
        "BRUSSELS",
        "The European Union warned Poland on Monday over its courts. A Commission spokesman"
        " urged Warsaw to cooperate with the inquiry.",
        "EU>POL:13 EU>POL:02",
    ),
    (
        "BRUSSELS",
        "The European Union warned Poland on Monday over its courts. A Council official"
        " criticised Hungary for blocking the aid.",
        "EU>POL:13 EU>HUN:11",
    ),
    (
        "NEW YORK",
        "The United Nations condemned Syria on Monday. A Council diplomat urged Turkey to"
        " withdraw its troops.",
        "UN>SYR:11 UN>TUR:02",
    ),
    (
        "BRUSSELS",
        'The European Union fined Italy on Monday. "We expect Rome to comply," a Commission'
        " spokeswoman said.",
        "EU>ITA:16 EU>ITA:10",
    ),
    # within another body's name: that body's, no IGO's
    (
        "BRUSSELS",
        "The European Union warned Poland on Monday over its courts. The Election Commission"
        " of Poland accused Hungary of blocking the aid.",
        "EU>POL:13",
    ),
    (
        "BRUSSELS",
        "The European Union met Spain on Monday. A Commission spokesperson called the new rail"
        ' link "a European priority."',
        "EU>ESP:04",
    ),
    (
        "MADRID",
        "Spain called the French blockade a provocation on Monday.",
        "ESP>FRA:11",
    ),
]

NONE: list[NearMiss] = [
    # no IGO with such a body named: no one's
    (
        "NAIROBI",
        "Kenya's election body met on Monday. A Commission spokesman urged Uganda to"
        " cooperate with the inquiry.",
    ),
    ("ANKARA", "A Council diplomat urged Turkey to withdraw its troops on Monday."),
    # a priority is no wrong
    ("MADRID", "Spain called the French pipeline a priority for the whole region on Monday."),
]

GAPS: list[Gap] = [
    (
        "BRUSSELS",
        "The European Union warned Poland on Monday over its courts. Commission officials"
        " accused Hungary of blocking the aid.",
        "EU>POL:13 EU>HUN:11",
        "the plural 'officials' also takes the state named last (Poland) as a second"
        " speaker, which no rule tells apart from the Commission's yet",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, GAPS)


def test_actors_review74_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_actors_review74_short_bodies(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
