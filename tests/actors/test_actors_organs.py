"""IGO organs named by their field, and former office holders, each checked on sentences
written for it.

An IGO's office, mission or staff named after a field word or two ("the OSCE's election
office", "the OSCE's monitoring mission", "the U.N.'s election observation mission") acts for
the IGO, as the guidelines have organs act for their principal. A former official of a state
or an IGO ("a former U.N. official", "a former Chinese diplomat", "former Chinese officials")
acts for no one: the stretch is claimed with no actor, so neither the IGO nor the demonym
inside it is read as the speaker. Near misses sit beside each rule: an IGO's event
("a U.N. climate conference") is no organ, and a serving official keeps the actor. All
sentences are parsed in one batch (see ``test_actors_coverage``).
"""

from __future__ import annotations

import pytest

from test_actors_blind import run_cases
from test_actors_coverage import Case

CASES = (
    # 1. organs named by their field
    Case(
        "election-office",
        "The OSCE's election office criticized Armenia on Monday for restricting its observers.",
        "election office",
        "OSCE",
    ),
    Case(
        "monitoring-mission",
        "The OSCE's monitoring mission accused Russia of violating the ceasefire near Donetsk.",
        "monitoring mission",
        "OSCE",
    ),
    Case(
        "observation-mission",
        "The OSCE's election observation mission criticized Georgia over pressure on voters.",
        "election observation mission",
        "OSCE",
    ),
    Case(
        "un-monitoring-team",
        "The U.N. monitoring team said on Friday that Yemen's Houthis had seized another ship.",
        "monitoring team",
        "UN",
    ),
    Case(
        "sanctions-committee",
        "The U.N. Security Council's sanctions committee blacklisted two North Korean ships.",
        "sanctions committee",
        "UN",
    ),
    Case(
        "eu-executive",
        "The EU executive criticized Hungary on Monday over its media law.",
        "executive",
        "EU",
    ),
    Case(
        "health-agency-back",
        "The World Health Organization said on Monday that cases were rising. The agency's "
        "chief urged Congo to speed up vaccinations.",
        "The agency",
        "WHO",
    ),
    # near miss: an IGO's event is no organ (only the IGO's own name is its mention)
    Case(
        "climate-conference",
        "A U.N. climate conference in Belem praised the Amazon pledge.",
        "climate conference",
        None,
        forbid="UN",
    ),
    # 2. former officials act for no one
    Case(
        "former-un-official",
        "A former U.N. official criticized Sudan's army in an interview on Monday.",
        "former U.N. official",
        None,
        forbid="UN",
    ),
    Case(
        "former-chinese-diplomat",
        "A former Chinese diplomat criticized Japan in a newspaper column.",
        "former Chinese diplomat",
        None,
        forbid="CHN",
    ),
    Case(
        "former-chinese-officials",
        "Former Chinese officials criticized Japan at a forum in Beijing.",
        "Former Chinese officials",
        None,
        forbid="CHN",
    ),
    # near misses: serving officials keep their actor
    Case(
        "senior-chinese-official",
        "A senior Chinese official criticized Japan on Monday.",
        "Chinese official",
        "CHN",
    ),
    Case(
        "un-official", "A U.N. official criticized Sudan's army on Monday.", "U.N. official", "UN"
    ),
)


@pytest.fixture(scope="module")
def results() -> dict[str, str | None]:
    return run_cases(list(CASES))


def test_actors_organs_case_ids_are_unique() -> None:
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids))


@pytest.mark.model
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_actors_organs_resolves(case: Case, results: dict[str, str | None]) -> None:
    assert results[case.id] is None, f"{case.text}\n{results[case.id]}"
