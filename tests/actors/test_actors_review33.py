"""Review 33 (session 21, lead): a chamber many states have ("Congress", "the Senate"),
written alone with no chamber named before, is that of the state whose person or organ is a
subject before it in its sentence.

"Brazil's president asked Congress to approve aid to Bolivia" gave the U.S. Congress (the
fallback when neither a chamber nor a dateline state with such a chamber is told), so a
domestic request read as an act on the United States. A state named bare ("Australia urged
the Senate") addresses another's chamber, and a dateline state with such a chamber keeps a
visitor's request on the host's ("MANILA — Australia's prime minister urged the Senate").
Every sentence was written for this file; the cases run through the whole pipeline in one
batch (``audit_cases.code_audit``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import audit_params, code_audit, matches  # noqa: E402

# (dateline, body, expected events "SRC>TGT:RR")
CASES: list[tuple[str, str, str]] = [
    (
        "GENEVA",
        "Ukrainian President Volodymyr Zelenskyy asked Congress to approve more aid for Ukraine.",
        "UKR>USA:02",
    ),
    (
        "MANILA",
        "Australian Prime Minister John Reid urged the Senate to approve the defense pact "
        "with New Zealand.",
        "AUS>PHL:02",
    ),
    (
        "GENEVA",
        "Chile's foreign minister, Pedro Ortiz, said on Monday that Congress in Washington "
        "should lift the tariffs on Chilean copper.",
        "CHL>USA:02",
    ),
]

# a leader's or a ministry's request to its own chamber is no act on another state
NONE: list[tuple[str, str]] = [
    ("GENEVA", "Brazil's president asked Congress to approve emergency aid to Bolivia."),
    ("GENEVA", "Mexican President Ana Torres urged Congress to ratify the security pact."),
    ("GENEVA", "Colombia's foreign minister asked the Senate to approve the loan."),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, [])


def test_actors_review33_bodies_are_unique() -> None:
    bodies = [b for _, b, _ in CASES] + [b for _, b in NONE]
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, []))
def test_actors_review33_chamber_of_the_subject(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
