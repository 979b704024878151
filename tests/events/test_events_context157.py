"""Context 157 (session 63, C63): a warning naming no one, made of the state its source complained of.

"Iran summoned Canada's charge d'affaires and warned that Tehran could review its consular
accord": a warning (root 13, rules asked_after_roots; "warn", asked_after_verbs) that names no
one and that no threat rule aims, told after its source's complaint (held_complaint_roots) in
its sentence or the one before, is made of the one state complained of, as an ask is
(reactions._asked_of_complained). Such a warning answers the complaint's deed and is no deed
itself: a later reaction to "the sanctions" or "the move" still answers the deed before it
(reactions._complaint_warning, read by _latest_deed and _context_target; session 62 found a
later reaction taken to the warning's source in set 41).

Near misses: the complaint named two states; no complaint before; the source's act before was
friendly (a welcome is no complaint).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# reactions._asked_of_complained: the warning goes where the complaint went; the later reaction
# keeps the deed's author (reactions._complaint_warning)
WARNED: list[Case] = [
    (
        "OTTAWA",
        "Canada imposed sanctions on three Iranian banks on Friday. Iran summoned Canada's charge "
        "d'affaires and warned that Tehran could review its consular accord. Syria called the "
        "sanctions unjust.",
        "CAN>IRN:16 IRN>CAN:11 IRN>CAN:13 SYR>CAN:11",
    ),
    (
        "OSLO",
        "Norway expelled two Russian diplomats on Monday. Russia summoned Norway's ambassador and "
        "warned that Moscow could review its fishing accord. Belarus condemned the move.",
        "NOR>RUS:16 RUS>NOR:11 RUS>NOR:13 BLR>NOR:11",
    ),
]
# ... not after a complaint of two states, with no complaint, or after a friendly act
NOT_WARNED: list[Case] = [
    (
        "MOSCOW",
        "Russia summoned the ambassadors of Norway and Finland on Monday. It warned that Moscow "
        "could review its fishing accords.",
        "RUS>NOR:11 RUS>FIN:11",
    ),
    # joined to the summons in one sentence, the warning is aimed where the summons was (the
    # conjunct rule, extract._conjunct_targets), not by this file's rule
    (
        "MOSCOW",
        "Russia summoned the ambassadors of Norway and Finland on Monday and warned that Moscow "
        "could review its fishing accords.",
        "RUS>NOR:11 RUS>FIN:11 RUS>NOR:13 RUS>FIN:13",
    ),
    (
        "CANBERRA",
        "Australia welcomed Fiji's new police chief on Monday and warned that Canberra could "
        "review its aid.",
        "AUS>FJI:05",
    ),
]
CASES: list[Case] = WARNED + NOT_WARNED
NONE: list[NearMiss] = [
    ("SOFIA", "Bulgaria warned that Sofia could review a 2019 energy accord, the foreign ministry said."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context157_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context157_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
