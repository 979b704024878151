"""Context 132 (session 57, helper R57c): a reaction to a craft is no reaction to a deed.

"Kuwait sent food aid to Qatar. Tehran accused the ship of smuggling fuel": "ship" is a noun
a verb spells too, so sides._deed_word read "the ship" as a deed of shipping, and the
accusation answered the latest coded act of those roots (the aid) and was aimed at its
giver. A craft (rules craft_nouns) judges the craft, no deed just told: nothing is coded
unless its source's state held the craft, whose flag then names the state charged (session 66,
test_events_context184: FLAGGED below, once a gap).

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a craft accused: no deed of the verb it spells
CRAFT: list[Case] = [
    (
        "DOHA",
        "Kuwait sent 20 tons of food aid to Qatar on Monday. Tehran accused the ship of "
        "smuggling fuel.",
        "KWT>QAT:07",
    ),
    (
        "MUSCAT",
        "Iranian forces seized a Panama-flagged tanker in the Gulf in March. Oman's minister "
        "said Kuwait had worked with Oman for weeks to free the crew. Tehran accused the ship "
        "of smuggling fuel.",
        # the ship its own state seized: the flag's state (test_events_context184), still
        # no deed of Kuwait's
        "IRN>PAN:17 KWT>OMN:06 IRN>PAN:11",
    ),
]

# guards, coded before and kept: a deed noun of the same verb, a deed the dictionary knows
KEPT: list[Case] = [
    (
        "ATHENS",
        "Greece shipped 40 tons of flour to Lebanon on Monday. Syria criticized the shipment.",
        "GRC>LBN:07 SYR>GRC:11 SYR>LBN:11",
    ),
    (
        "ATHENS",
        "Turkey blockaded the port of Limassol on Monday. Greece condemned the blockade.",
        "GRC>TUR:11",
    ),
]

NONE: list[NearMiss] = []

# the craft's flag state, told before, is whom the accusation is aimed at
# the gap this file kept, closed by test_events_context184's rule: the craft its source's
# state seized is the flagged craft told before
FLAGGED: list[Case] = [
    (
        "MUSCAT",
        "Iranian forces seized a Liberia-flagged tanker in the Gulf in March. Tehran accused "
        "the ship of smuggling fuel.",
        "IRN>LBR:17 IRN>LBR:11",
    ),
]
GAPS: list[Gap] = []

CASES = CRAFT + KEPT + FLAGGED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context132_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context132_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
