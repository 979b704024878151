"""Refs 28 (session 44, P2): the name a wire story's lede left unnamed.

A lede often tells an office and its state ("Chile's foreign minister urged Peru ...") and
gives the holder's name only as the next sentence's subject ("Ana Rojas thanked Bolivia
..."). Nothing else ties that name to a state, so its acts were lost. The actors stage
(described.find_met_names, _named_next_subject) now takes such a name, told with no office,
state or description, as the one nameless office holder of the story so far, when the title
was its sentence's subject and the name is the very next sentence's subject (or that of what
a trailing report tells: "X met Y, the ministry said").
Near misses: a name described as someone else ("Ana Rojas, a trucker ..."), a name two
sentences on, a name that is no subject, a title that was no subject, a name inside what
others are said to report ("Officials said Ana Rojas had ..."), two nameless office holders.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "SANTIAGO",
        "Chile's foreign minister urged Peru on Monday to reopen the border crossing at"
        " Chacalluta. Ana Rojas thanked Bolivia for keeping its own crossings open.",
        "CHL>PER:02 CHL>BOL:05",
    ),
    (
        "DUBLIN",
        "Ireland's foreign minister apologized to Iceland on Monday for a leaked memo. Siobhan"
        " Keane met Iceland's ambassador in Dublin, the ministry said.",
        "IRL>ISL:05 IRL>ISL:04",
    ),
    (
        "LIMA",
        "Peru's trade minister arrived in Quito on Tuesday for two days of talks. Jorge Salas"
        " signed a customs agreement with Ecuador on Wednesday.",
        "PER>ECU:04 PER>ECU:05",
    ),
    (
        "SANTIAGO",
        "Chile's foreign minister and Peru's trade minister spoke on Monday. Ana Rojas thanked"
        " Bolivia for its help.",
        "CHL>PER:04 PER>CHL:04",
    ),
    (
        "SANTIAGO",
        "Peru thanked Chile's foreign minister on Monday. Ana Rojas praised Bolivia for its help.",
        "PER>CHL:05",
    ),
]

NONE: list[NearMiss] = [
    (
        "SANTIAGO",
        "Chile's foreign minister spoke on Monday. Ana Rojas, a trucker stranded at the crossing,"
        " thanked Bolivia for its help.",
    ),
    (
        "SANTIAGO",
        "Chile's foreign minister spoke on Monday. The call lasted an hour. Ana Rojas thanked"
        " Bolivia for its help.",
    ),
    (
        "SANTIAGO",
        "Chile's foreign minister spoke on Monday. Bolivia thanked Ana Rojas for her help.",
    ),
    (
        "SANTIAGO",
        "Chile's foreign minister spoke on Monday. Officials said Ana Rojas had praised Bolivia.",
    ),
]

GAPS: list[Gap] = [
    (
        "NEW DELHI",
        "India's prime minister welcomed the president of Sri Lanka to New Delhi on Monday."
        " Narendra Modi received Anura Dissanayake at Hyderabad House. Dissanayake thanked India"
        " for its help.",
        "IND>LKA:04 LKA>IND:04 LKA>IND:05",
        "'the president of Sri Lanka' is read as a group, not a nameless title, so the name met"
        " next (find_met_names) is tied to nothing",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_refs28_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_refs28_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
