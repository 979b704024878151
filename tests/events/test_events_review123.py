"""Review 123 (session 44, O59): "his host" of a visit told in the story's opening.

"His host" is the state a visit named before took place in (actors/described.py find_hosts).
Two forms it missed, found in the opened set 59 (its sentences are not used here):
- the host told only as the by-agent of a passive guest verb whose subject is the visitor
  ("a visit by Chile's president, who was welcomed at the airport by Peru's president"):
  the one who receives the visitor hosts him (_receives_visitor); a thing received or
  welcomed ("the plan was welcomed by Nigeria's president") makes no host;
- the story's visit told in the third sentence that names actors, after a dateline line
  that names none: the story sentences are counted among the sentences naming actors.
Near misses: a proposal welcomed, a plan received, with no visit told.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "LIMA",
        "Peru and Chile signed a water agreement on Monday. The deal was signed in Lima during a"
        " visit by Chile's president, who was welcomed at the airport by Peru's president. The two"
        " countries will share the cost. Chile's president thanked his host for the welcome.",
        "PER>CHL:05 CHL>PER:05 PER>CHL:04 CHL>PER:04 CHL>PER:05",
    ),
    (
        "HANOI, Vietnam (AP)",
        "Vietnam and Laos signed a rail accord on Friday. The 400-kilometer line will carry coal"
        " and rice. Both governments will pay for the track. The accord was signed during a"
        " three-day visit to Hanoi by the Laotian prime minister. Laos will buy 20 locomotives."
        " Work on the line will take four years."
        " Vietnam's transport minister said work would start in May. Vietnam's rice exports rose"
        " last year. The Laotian prime minister praised his host for a generous welcome.",
        "VNM>LAO:05 LAO>VNM:05 LAO>VNM:04 LAO>VNM:05",
    ),
    (
        "ACCRA",
        "Togo's foreign minister arrived in Accra on Tuesday for a two-day visit, and was greeted"
        " by Ghana's president, who received him at Jubilee House. Togo's foreign minister thanked"
        " his host for the reception.",
        # a visitor greeted and received by the host is hosted (04), as the first row's
        # welcome is (the guidelines: host -> 04); "greet" hosts since session 48 (O69)
        "TGO>GHA:04 GHA>TGO:04 TGO>GHA:05",
    ),
]

NONE: list[NearMiss] = [
    (
        "ABUJA",
        "The proposal was welcomed by Nigeria's president on Monday. Benin's president thanked his"
        " host for the dinner.",
    ),
    (
        "DAKAR",
        "A budget plan was received by Senegal's president, who was briefed by the finance"
        " minister. Gambia's president later thanked his host.",
    ),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review123_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review123_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
