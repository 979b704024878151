"""Actor references from set 4's miss categories (session 5, second round), each
checked on sentences written for it, with near misses.

A person tied to an international body only by an appositive title that a
relative clause follows ("Marisol Ibarra, the U.N. official who brokered the
talks,") acts for that body, and so does a pronoun for her; an official named
with "of/at" an international body ("Judge Anna Novak of the International
Court of Justice") is that body's, never the dateline's state ("THE HAGUE —").
All sentences are parsed in one batch (see ``test_actors_coverage``).
"""

from __future__ import annotations

import pytest

from test_actors_blind import run_cases
from test_actors_coverage import Case

CASES = (
    # an appositive title with a relative clause after it
    Case("appos-who-un", "Marisol Ibarra, the U.N. official who brokered the talks, spoke in "
         "Istanbul on Monday. She thanked Ankara for its help.", "Marisol Ibarra", "UN"),
    Case("appos-who-pronoun", "Marisol Ibarra, the U.N. official who brokered the talks, spoke "
         "in Istanbul on Monday. She thanked Ankara for its help.", "She", "UN"),
    Case("appos-who-state", "Jonas Berg, the Swedish diplomat who led the mission, left Kabul on "
         "Friday. Berg criticized the Taliban.", "Berg", "SWE"),
    Case("appos-that-igo", "Amina Diallo, the African Union envoy that mediated the ceasefire, "
         "arrived in Khartoum.", "Amina Diallo", "AU"),
    # near misses: no title before the relative word, or the appositive is a clause
    Case("appos-who-no-title", "Maria Lopez, the woman who found the body, spoke to Mexican "
         "police.", "Maria Lopez", None, forbid="MEX"),
    Case("appos-who-first", "Peter Hall, who met U.N. officials on Monday, said the talks "
         "failed.", "Peter Hall", None, forbid="UN"),
    # an international body's official under that body's seat as dateline
    Case("judge-of-icj", "Judge Anna Novak of the International Court of Justice said the "
         "ruling was binding.", "Judge Anna Novak", "ICJ", dateline="THE HAGUE"),
    Case("judge-of-icj-not-nld", "Judge Anna Novak of the International Court of Justice said "
         "the ruling was binding.", "Judge Anna Novak", None, forbid="NLD",
         dateline="THE HAGUE"),
    Case("judge-at-icc", "Judge Tomas Varga at the International Criminal Court said the "
         "warrants stood.", "Judge Tomas Varga", "ICC", dateline="THE HAGUE"),
    Case("official-of-igo-appos", "Anna Novak, a judge at the International Court of Justice, "
         "said the ruling was binding.", "Anna Novak", "ICJ", dateline="THE HAGUE"),
    # near misses: a national court keeps the dateline's state; a national head too
    Case("judge-national-court", "Judge Pieter Smit of the Dutch Supreme Court said the ruling "
         "was binding.", "Judge Pieter Smit", "NLD", dateline="THE HAGUE"),
    Case("dutch-premier", "Dutch Prime Minister Dick Schoof said the ICJ ruling was welcome.",
         "Dick Schoof", "NLD", dateline="THE HAGUE"),
)


@pytest.fixture(scope="module")
def results() -> dict[str, str | None]:
    return run_cases(list(CASES))


@pytest.mark.model
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_actors_refs3_case(case: Case, results: dict[str, str | None]) -> None:
    assert results[case.id] is None, results[case.id]
