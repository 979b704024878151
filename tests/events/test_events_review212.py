"""Review 212 (session 60, O90): help accepted after an offer; duties left undone; a wish
with no one asked; a line said to be crossed.

"Japan offered Samoa technical help ... Samoa accepted the help in principle": the help (or
assistance) offered and taken up is cooperation with its giver (patterns.yaml
v.accept_proposal, 050), the offer told before, or the from-phrase; help of no party
("the help of volunteers") is none.

"suspended visa-free travel for Tongans, saying the island nation had failed to close
loopholes": a loophole left open, a report or a disclosure not made are duties left undone, a
reproach (v.say_failed's clause words, 111); a team failing to close a gap is none.

"'We want to lift this warning,' the commissioner said": a wish for one's own act (an
infinitive with no subject of its own) asks no one (v.want_of forbids the xcomp), while "wants
China to withdraw" still demands.

"the minister later said the agency had 'crossed a line'", "said Greece had crossed a red
line", "had overstepped his mandate": a party said to have gone past what is allowed is
reproached (v.say_crossed_line, 111); a line of control or a finish line crossed, and a line
that would be crossed, are none.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

HELP: list[Case] = [
    (
        "APIA",
        "Japan offered Samoa technical help to repair its port. Samoa accepted the help in "
        "principle on Monday.",
        "JPN>WSM:03 WSM>JPN:05",
    ),
    (
        "NUKU'ALOFA",
        "Australia offered assistance to Tonga after the cyclone. Tonga accepted the assistance "
        "on Friday.",
        "AUS>TON:03 TON>AUS:05",
    ),
    (
        "NUKU'ALOFA",
        "Tonga accepted help from New Zealand after the cyclone.",
        "TON>NZL:05",
    ),
]
FAILED: list[Case] = [
    (
        "BRUSSELS",
        "The EU suspended visa-free travel for Tongans, saying the Pacific island nation had "
        "failed to close loopholes in its passport scheme.",
        "EU>TON:16 EU>TON:11",
    ),
    (
        "SANTIAGO",
        "Chile recalled its ambassador from Lima on Monday, saying Peru had failed to report the "
        "spill to its neighbours.",
        "CHL>PER:16 CHL>PER:11",
    ),
]
WANTED: list[Case] = [
    (
        "BRUSSELS",
        "The EU warned Ghana over its fishing fleet on Monday. \"We want to lift this warning, "
        "not to make it worse,\" the commissioner said.",
        "EU>GHA:13",
    ),
    (
        "MANILA",
        "The Philippines wants China to withdraw its ships from the shoal.",
        "PHL>CHN:10",
    ),
]

CROSSED: list[Case] = [
    (
        "LILONGWE",
        "The WHO criticized Malawi's cholera figures on Monday. Malawi's health minister later "
        "said the agency had \"crossed a line.\"",
        "WHO>MWI:11 MWI>WHO:11",
    ),
    (
        "ANKARA",
        "Turkey's foreign ministry said Greece had crossed a red line with the drills.",
        "TUR>GRC:11",
    ),
    (
        "BAGHDAD",
        "Iraq said the Turkish commander had overstepped his mandate in the north.",
        "IRQ>TUR:11",
    ),
]

CASES: list[Case] = HELP + FAILED + WANTED + CROSSED
NONE: list[NearMiss] = [
    ("APIA", "Samoa accepted the help of volunteers to clean the beaches."),
    ("ACCRA", "Ghana's coach said the team had failed to close the gap on the leaders."),
    ("ACCRA", "The minister said the talks had failed to fix the dispute over the border."),
    ("SRINAGAR", "India said Pakistani troops had crossed the line of control on Sunday."),
    ("ACCRA", "Ghana's sprinter said he had crossed the finish line in first place."),
    ("ANKARA", "Turkey said Greece would cross a red line if it armed the islands."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review212_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review212_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
