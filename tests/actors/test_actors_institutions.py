"""Institutions as actors, each checked on sentences written for it.

A summit document that acts ("The declaration urges ...", "The communique
criticized ...", "Their joint statement urged ...") is the IGO named just
before it; a statement or declaration whose issuer said or issued it in an
earlier sentence ("said in a statement") is that issuer. EU institutions, an
IGO with a relative clause before its verb, ministries and state media act for
their body or state; "its" never stands for a plural role ("Chinese warships").
Near misses sit beside each rule. All sentences are parsed
in one batch (see ``test_actors_coverage``).
"""

from __future__ import annotations

import pytest

from test_actors_blind import run_cases
from test_actors_coverage import Case

CASES = (
    # 1. summit documents: the IGO named last
    Case("declaration-g20", "Leaders of the Group of 20 ended their summit in Johannesburg on "
         "Sunday. The declaration urges Russia to end the war.", "The declaration", "G20"),
    Case("communique-g7", "G7 leaders met in Canada on Monday. They agreed on a joint text. The "
         "final communique criticized Iran for its nuclear program.", "The final communique",
         "G7"),
    Case("joint-statement-asean", "ASEAN foreign ministers met in Kuala Lumpur. Their joint "
         "statement urged Myanmar to end the violence.", "Their joint statement", "ASEAN"),
    Case("declaration-au", "The African Union summit ended on Sunday in Addis Ababa. The "
         "declaration called on Sudan's army to accept a truce.", "The declaration", "AU"),
    Case("summit-possessive", "Leaders of the Group of 20 met in Johannesburg. The summit's "
         "final declaration urged Russia to end the war.", "The summit's final declaration",
         "G20"),
    Case("executive-branch", "The European Union's executive branch criticized Hungary on "
         "Monday.", "The European Union's executive branch", "EU"),
    # 2. a document its issuer announced before
    Case("statement-ministry", "China's foreign ministry said in a statement on Monday that the "
         "visit was a provocation. The statement accused Japan of interfering.", "The statement",
         "CHN"),
    Case("statement-state", "Iran said in a statement that the strikes were illegal. The "
         "statement also criticized the IAEA.", "The statement", "IRN"),
    # near misses: no issuer named, or an indefinite document
    Case("declaration-no-body", "Hundreds of scholars signed an open letter. The declaration "
         "urges Russia to free political prisoners.", "The declaration", None, forbid="RUS"),
    Case("statement-not-summit", "Turkey's president spoke to reporters on Monday. The "
         "statement criticized Israel.", "The statement", None, forbid="TUR"),
    Case("statement-indefinite", "NATO leaders met in The Hague. A statement criticized Russia.",
         "A statement", None, forbid="NATO"),
    # 3. EU institutions, relative clauses, ministries, state media
    Case("european-commission", "The European Commission said on Tuesday it would fine the "
         "Chinese carmaker.", "The European Commission", "EU"),
    Case("commission-back", "Brussels said it would sanction Russia. The commission urged "
         "Hungary to drop its veto.", "The commission", "EU"),
    Case("world-bank-relative", "The World Bank, which has lent Ukraine $40 billion since 2022, "
         "said on Monday it would give Kyiv another $2 billion.", "The World Bank", "WB"),
    Case("ministry-relative", "The Chinese Commerce Ministry, which oversees trade talks, said "
         "it would retaliate against the United States.", "The Chinese Commerce Ministry", "CHN"),
    Case("state-media", "North Korean state media criticized South Korea on Friday.",
         "North Korean state media", "PRK"),
    Case("state-agency", "Russia's state news agency TASS said Moscow had warned Finland.",
         "Russia's state news agency", "RUS"),
    Case("its-not-plural-group", "Japan's defense ministry said Chinese warships had entered "
         "its waters.", "its", "JPN"),
    Case("its-not-warships", "Japan's defense ministry said Chinese warships had entered its "
         "waters.", "its", None, forbid="CHN"),
    Case("defense-ministry", "Japan's defense ministry said Chinese warships had entered its "
         "waters.", "Japan's defense ministry", "JPN"),
)


@pytest.fixture(scope="module")
def results() -> dict[str, str | None]:
    return run_cases(list(CASES))


def test_actors_institutions_case_ids_are_unique() -> None:
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids))


@pytest.mark.model
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_actors_institutions_resolves(case: Case, results: dict[str, str | None]) -> None:
    assert results[case.id] is None, f"{case.text}\n{results[case.id]}"
