"""Review 80 (session 46, O64): the minister of a state whose name is two names joined by "and".

"Trinidad and Tobago's foreign minister, X,": the parser may hang the title on the name's last
word alone ("Trinidad" a subject, "minister" its conjunct, "Tobago" the title's possessor), so
the office read from "Tobago's foreign minister" named no state and the person took the
dateline's. The title phrase now starts where the state's name starts
(resolve._office_before_comma through hit_at). Every sentence was written for this file.
"""

from __future__ import annotations

import pytest

from newsgraph.model import RawDocument, Result
from newsgraph.pipeline import analyse, prepare
from newsgraph.settings import Settings

#: (body, a word of the person's name, states it must hold, states it must not)
ROWS: list[tuple[str, str, set[str], set[str]]] = [
    (
        "Trinidad and Tobago's foreign minister, Dexter Ramdial, defended the decision.",
        "Ramdial",
        {"TTO"},
        {"GBR"},
    ),
    (
        "Antigua and Barbuda's foreign minister, Calvin Roberts, spoke on Friday.",
        "Roberts",
        {"ATG"},
        {"GBR"},
    ),
    # a one-word state before the title stays as it was
    (
        "Jamaica's foreign minister, Paula Brown, spoke on Friday.",
        "Brown",
        {"JAM"},
        {"GBR"},
    ),
]


@pytest.fixture(scope="module")
def results() -> list[Result]:
    settings = Settings()
    articles = [
        prepare(
            RawDocument(
                f"<case {i}>",
                f"World news in brief\n\nLONDON — {body}\n",
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
def test_two_name_state_holds_the_title(results: list[Result], k: int) -> None:
    body, word, wanted, unwanted = ROWS[k]
    codes = {
        m.actor.principal
        for m in results[k].mentions
        if m.actor is not None and word in results[k].article.text[m.start : m.end]
    }
    assert wanted <= codes, (body, codes)
    assert not (unwanted & codes), (body, codes)
