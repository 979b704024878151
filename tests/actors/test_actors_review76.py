"""Review 76 (session 40): a listed office holder's surname that opens a longer state name.

"Costa Rica-bound cargo": the model may take "Costa Rica-bound" for a person's name, and
"Costa" is an alias of a listed office holder (the European Council's president), so the
holder search (resolve._find_holders) took "Costa" for him and the state was lost: the
sentence's events went to the EU. The state's longer name found at the same word wins
(_inside_longer_state). The holder named alone keeps his office. Every sentence was written
for this file.
"""

from __future__ import annotations

import pytest

from newsgraph.model import RawDocument, Result
from newsgraph.pipeline import analyse, prepare
from newsgraph.settings import Settings

ROWS: list[tuple[str, str, set[str], set[str]]] = [
    # body, words of a mention, codes that must be among the mentions, codes that must not
    ("Panama held up Costa Rica-bound trucks on Monday.", "Costa", {"CRI"}, {"EU"}),
    ("Panama let Costa Rica-bound cargo wait at the border.", "Costa", {"CRI"}, {"EU"}),
    ("Nicaragua fined a Costa Rica-based company on Friday.", "Costa", {"CRI"}, {"EU"}),
    # the holder himself, named with his office, is still the EU's
    (
        "European Council President Antonio Costa met Panama's president in Brussels on Monday"
        " to discuss trade, migration and the canal.",
        "Costa",
        {"EU"},
        set(),
    ),
]


@pytest.fixture(scope="module")
def results() -> list[Result]:
    settings = Settings()
    articles = [
        prepare(
            RawDocument(
                f"<case {i}>",
                f"World news in brief\n\nPANAMA CITY — {body}\n",
                (("date", "2026-03-14"),),
            ),
            settings,
        )
        for i, (body, *_rest) in enumerate(ROWS)
    ]
    out = list(analyse(articles, settings))
    assert all(isinstance(r, Result) for r in out)
    return out


@pytest.mark.model
@pytest.mark.parametrize("k", range(len(ROWS)), ids=[r[0][:40] for r in ROWS])
def test_longer_state_name_wins(results: list[Result], k: int) -> None:
    body, word, wanted, unwanted = ROWS[k]
    codes = {
        m.actor.principal
        for m in results[k].mentions
        if m.actor is not None and word in results[k].article.text[m.start : m.end]
    }
    assert wanted <= codes, (body, codes)
    assert not (unwanted & codes), (body, codes)
