"""Refs 26 (session 42, lead): "and the invitation was accepted" after the inviting clause.

An agentless passive that restates an act ("The invitation was accepted") takes its sides from
the act told before (sides._told_doers), and an answer such as an acceptance is given by the
one the act was aimed at. Only earlier sentences were searched, so the common wire form that
tells both in one sentence ("X invited Y's president to a forum in May, and the invitation was
accepted on the spot") coded the invitation alone. A clause before the noun in the same
sentence that tells the act now gives the pair (sides._told_here): its one subject and one
object, of two states; a telling denied or planned, one with several invitees or several
tellings give nothing. Found in the opened sets 54 and 58 (session 42), written here anew.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

SAME_SENTENCE: list[Case] = [
    (
        "ROME",
        "Italy's prime minister invited Greece's prime minister to a summit in Naples in May, and"
        " the invitation was accepted, officials said.",
        "ITA>GRC:04|03 GRC>ITA:03|04|05",
    ),
    (
        "TASHKENT",
        "The Uzbek president invited Bangladesh's prime minister to Tashkent for a trade fair in"
        " October, and the invitation was accepted at once.",
        "UZB>BGD:04|03 BGD>UZB:03|04|05",
    ),
    (
        "LIMA",
        "Peru's president invited his Chilean counterpart to Lima, and the invitation was"
        " accepted.",
        "PER>CHL:04|03 CHL>PER:03|04|05",
    ),
]

# unchanged: the telling in an earlier sentence, as before
KEPT: list[Case] = [
    (
        "QUITO",
        "Ecuador's president invited Colombia's president to Quito. The invitation was accepted.",
        "ECU>COL:04|03 COL>ECU:03|04|05",
    ),
]

NONE: list[NearMiss] = [
    (
        "MONTEVIDEO",
        "Uruguay's president did not invite Paraguay's president to the forum, and the invitation"
        " was accepted.",
    ),
    ("BRUSSELS", "Belgium was accepted into the club on Monday."),
]

GAPS: list[Gap] = [
    (
        "SANTIAGO",
        "Chile's president met Argentina's president on Monday. He invited him to Santiago in"
        " June, and the invitation was accepted.",
        "CHL>ARG:04 CHL>ARG:04|03 ARG>CHL:03|04|05",
        "'He invited him': the invitation with two pronouns is not coded, so nothing answers it",
    ),
]

CASES: list[Case] = SAME_SENTENCE + KEPT


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_refs26_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_refs26_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
