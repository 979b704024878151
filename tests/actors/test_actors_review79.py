"""Review 79 (session 41, lead): later names of a list in apposition to a plural title.

"signed by the two countries' foreign ministers, Ana Ruiz of Peru and Luis Vera of Ecuador":
the first name stands in apposition to the title and held its office; the second, a conjunct
of the first (or, as the model often parses it, of the first's state: "Dorji of Bhutan and
Rezaul Haque"), held nothing, so its "of Ecuador" was never read and a welcome of the accord
reached only one signer. A later name followed by "of" now holds the list's title
(resolve._listed_office) and "of" gives its state (_of_state). With no "of" the names' states
are not told apart and nothing is said. Every sentence was written for this file.
"""

from __future__ import annotations

import pytest

from newsgraph.model import RawDocument, Result
from newsgraph.pipeline import analyse, prepare
from newsgraph.settings import Settings

ROWS: list[tuple[str, str, set[str], set[str]]] = [
    (
        "The accord was signed by the two countries' foreign ministers, Ana Ruiz of Peru and"
        " Luis Vera of Ecuador.",
        "Vera",
        {"ECU"},
        {"PER"},
    ),
    (
        "The foreign ministers, Ana Ruiz of Peru and Luis Vera of Ecuador, signed the accord.",
        "Vera",
        {"ECU"},
        {"PER"},
    ),
    (
        "The pact was signed by the two trade ministers, Sonam Dorji of Bhutan and Rezaul Haque"
        " of Bangladesh.",
        "Haque",
        {"BGD"},
        {"BTN"},
    ),
    # the first name keeps its own state
    (
        "The foreign ministers, Ana Ruiz of Peru and Luis Vera of Ecuador, met in Quito.",
        "Ruiz",
        {"PER"},
        {"ECU"},
    ),
]


@pytest.fixture(scope="module")
def results() -> list[Result]:
    settings = Settings()
    articles = [
        prepare(
            RawDocument(
                f"<case {i}>",
                f"World news in brief\n\nLIMA — {body}\n",
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
def test_listed_name_holds_the_title(results: list[Result], k: int) -> None:
    body, word, wanted, unwanted = ROWS[k]
    codes = {
        m.actor.principal
        for m in results[k].mentions
        if m.actor is not None and word in results[k].article.text[m.start : m.end]
    }
    assert wanted <= codes, (body, codes)
    assert not (unwanted & codes), (body, codes)
