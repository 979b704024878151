"""Roots 41 (session 39, ROOT): a state called a neighbour is praised (051), not blamed.

"Turkey's president called Iraq 'a neighbor whose stability is our stability'" names a state
a neighbour: a friendly name, approved of (051) as v.call_friend codes "a trusted partner".
v.call_names coded every name without a praise word as a wrong (111), so such a sentence gave
the wrong root for the right pair (sets 33 and 53: gold 05, coded 11). A foe's word beside the
neighbour still makes it a wrong ("an aggressive neighbor", "a hostile neighbour": 111), and a
hard one ("a difficult neighbour") is no praise. Every sentence was written for this file;
each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

NEIGHBOURS: list[Case] = [
    (
        "ANKARA",
        'Turkey\'s president called Iraq "a neighbor whose fate is tied to ours."',
        "TUR>IRQ:05",
    ),
    (
        "PRAGUE",
        'The German minister called the Czech Republic "a neighbor we can trust."',
        "DEU>CZE:05",
    ),
    (
        "WARSAW",
        "Poland's prime minister called Lithuania a good neighbour on Monday.",
        "POL>LTU:05",
    ),
    ("ACCRA", "Ghana called Togo its closest neighbour and friend.", "GHA>TGO:05"),
    (
        "MADRID",
        'Spain\'s king called Portugal "our neighbor and brother" on Thursday.',
        "ESP>PRT:05",
    ),
]

# a foe's word beside the neighbour keeps the wrong
FOES: list[Case] = [
    (
        "VILNIUS",
        'Latvia\'s president called Russia "an aggressive neighbor" on Friday.',
        "LVA>RUS:11",
    ),
    ("SEOUL", "South Korea called North Korea a hostile neighbor on Tuesday.", "KOR>PRK:11"),
    ("TALLINN", "Estonia's defence minister called Belarus a dangerous neighbour.", "EST>BLR:11"),
]

NONE: list[NearMiss] = [
    ("HANOI", "Vietnam's foreign minister called Laos a difficult neighbor."),
]

GAPS: list[Gap] = [
    (
        "PRAGUE",
        'The German minister called the Czech Republic "a neighbor we can rely on."',
        "DEU>CZE:05",
        "the parser reads the name as the object of the stranded 'on' (pobj), so call has no"
        " predicate (oprd) and nothing is coded",
    ),
]

CASES = NEIGHBOURS + FOES


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_roots41_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_roots41_neighbours_named(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
