"""Actor references from set 4's miss categories (session 5, second round), each
checked on sentences written for it, with near misses.

A person tied to an international body only by an appositive title that a
relative clause follows ("Marisol Ibarra, the U.N. official who brokered the
talks,") acts for that body, and so does a pronoun for her; an official named
with "of/at" an international body ("Judge Anna Novak of the International
Court of Justice") is that body's, never the dateline's state ("THE HAGUE —").
The name in apposition to "its spokesman" holds the office, and that "its" is
the state the sentence before has as main-clause subject or passive agent.
"Both parties", "the two parties" stand for the pair named before, unless a
political party word stands earlier in the paragraph. "its neighbor" is the one
state in reach that no subject of its sentence names.
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
    # the name in apposition to "its <office>" holds that office, and "its" is the
    # state the previous sentence's main clause has as subject or passive agent
    Case("its-spokesman-name", "Ghana criticized Togo on Monday. Its spokesman, Maxime "
         "Balalou, said the border would stay shut. Balalou added that talks would resume.",
         "Balalou added", "GHA"),
    Case("its-spokesman-main-clause", "Togo's government said on Monday that Ghana had closed "
         "the border. Its spokesman, Maxime Balalou, said the decision was illegal.",
         "Maxime Balalou", "TGO"),
    Case("its-spokesman-main-clause-not-sub", "Togo's government said on Monday that Ghana had "
         "closed the border. Its spokesman, Maxime Balalou, said the decision was illegal.",
         "Its spokesman", None, forbid="GHA"),
    Case("its-spokesman-agent", "The decision was condemned by Togo, which said Ghana had "
         "broken the treaty. Its spokesman, Maxime Balalou, said talks would resume.",
         "Its spokesman", "TGO"),
    Case("its-spokesman-no-name", "Ghana criticized Togo on Monday. Its spokesman said the "
         "border would stay shut.", "Its spokesman", "GHA"),
    # "both parties", "the two parties" after a bilateral act
    Case("both-parties-first", "Armenia and Azerbaijan signed a peace framework in Washington. "
         "Both parties pledged to open the border.", "Both parties", "ARM"),
    Case("both-parties-second", "Armenia and Azerbaijan signed a peace framework in Washington. "
         "Both parties pledged to open the border.", "Both parties", "AZE"),
    Case("two-parties-met", "Ethiopia's prime minister met Kenya's president in Nairobi. The two "
         "parties agreed to build a road.", "The two parties", "KEN"),
    # near misses: political parties in the paragraph, or in Congress
    Case("parties-political", "Trump met Xi in Busan on Thursday. In Washington, Democrats and "
         "Republicans criticized the deal. Both parties said Congress must vote.",
         "Both parties", None, forbid="CHN"),
    Case("parties-in-congress", "Trump met Xi in Busan. Both parties in Congress welcomed the "
         "meeting.", "Both parties", None, forbid="CHN"),
    # "its neighbor": the one other state in reach, not the subject's own
    Case("neighbor-state", "Kenya won the regional football cup on Sunday. Tanzania "
         "congratulated its neighbor.", "its neighbor", "KEN"),
    Case("neighbor-person-subject", "Kenya won the regional football cup on Sunday. Tanzanian "
         "President Samia Suluhu Hassan congratulated its neighbor on the victory.",
         "its neighbor", "KEN"),
    Case("neighbor-same-sentence", "Pakistan held elections on Thursday. India said it would "
         "work with its neighbor.", "its neighbor", "PAK"),
    Case("neighbor-not-owner", "Kenya won the regional football cup on Sunday. Tanzania "
         "congratulated its neighbor.", "its neighbor", None, forbid="TZA"),
    # near miss: two other states in reach leave the neighbour unknown
    Case("neighbor-ambiguous", "Vietnam and Cambodia signed a border treaty. Thailand "
         "congratulated its neighbor.", "its neighbor", None, forbid="KHM"),
)


@pytest.fixture(scope="module")
def results() -> dict[str, str | None]:
    return run_cases(list(CASES))


@pytest.mark.model
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_actors_refs3_case(case: Case, results: dict[str, str | None]) -> None:
    assert results[case.id] is None, results[case.id]
