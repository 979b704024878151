"""Review 270 (session 63, G63): a guess of the context gives way to a later direct target.

When a verb has several patterns, the first that matched used to end the verb's loop even if
it found no target of its own and left it to the context (a reaction's, a told act's, the
sides' of an appeal just before). "The OSCE urged Armenia and Azerbaijan to keep talking, and
Georgia's foreign minister called his Armenian counterpart ... to offer help": v.call_for took
the sides of the appeal (GEO>ARM:02, GEO>AZE:02) before v.phone_to, later among "call"'s
patterns, could name the counterpart (GEO>ARM:04). Such a guess now waits, as a _WEAK one
does, for a later pattern of the same verb that names its own target (extract._yielding_guess,
_named_targets); if none does, the guess stands. A gift's receiver left to the context
("delivery") keeps its place: a giving verb's later patterns read the owner of the gift as a
target ("financed Bhutan's dams").

Near misses: the second clause names no counterpart ("called for restraint on both sides":
the appeal to the sides stands); "called" names a judgement, not a person ("called it a
test").

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# the later pattern's counterpart wins over the sides of the appeal before
NAMED: list[Case] = [
    (
        "LUSAKA",
        "The Southern African Development Community urged Zambia and Malawi to keep talking, "
        "and Botswana's foreign minister called his Zambian counterpart on Friday to offer help "
        "in easing tensions.",
        "BWA>ZMB:04",
    ),
    (
        "TBILISI",
        "The OSCE urged Armenia and Azerbaijan to keep talking, and Georgia's foreign minister "
        "called his Armenian counterpart on Sunday to offer help in easing tensions.",
        "OSCE>ARM:02 OSCE>AZE:02 GEO>ARM:04",
    ),
    (
        "DOHA",
        "The Arab League urged Sudan and Chad to keep every channel open, and Qatar's foreign "
        "minister called his Chadian counterpart on Saturday to offer help in calming the "
        "border.",
        "QAT>TCD:04",
    ),
    (
        "MONTEVIDEO",
        "Mercosur urged Paraguay and Bolivia to keep talking, and Uruguay's foreign minister "
        "called her Bolivian counterpart on Thursday to offer help in easing tensions.",
        "URY>BOL:04",
    ),
]
# ... but with no counterpart named, the appeal to the sides stands
KEPT: list[Case] = [
    (
        "HANOI",
        "ASEAN urged Cambodia and Thailand to pull back their troops, and Vietnam's foreign "
        "minister called for restraint on both sides.",
        "ASEAN>KHM:02 ASEAN>THA:02 VNM>KHM:02 VNM>THA:02",
    ),
    (
        "QUITO",
        "Brazil called on Ecuador and Colombia to keep talking, and Argentina's foreign "
        "minister called for calm.",
        "BRA>ECU:02 BRA>COL:02 ARG>ECU:02 ARG>COL:02",
    ),
    (
        "LIMA",
        "Chile urged Peru and Bolivia to reopen the border, and Chile's president called it a "
        "test of regional trust.",
        "CHL>PER:02 CHL>BOL:02",
    ),
]

CASES: list[Case] = NAMED + KEPT
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review270_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review270_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
