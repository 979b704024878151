"""Review 81 (session 46, O65): the armed men of a movement that governs its state.

The guidelines code a ruling movement as its state (the Taliban = AFG). Its "fighters" or
"gunmen" were given the rebels' role (REB, a private party), so "Taliban fighters opened fire
on a Tajik patrol" coded nothing. Under a group that governs its state (groups.yaml, role GOV,
not nonstate) the armed role words now give the state's military (gazetteer.Entry.actor); the
fighters of a nonstate group ("Pakistani Taliban fighters") and of a people ("Sudanese
rebels") stay rebels. Every sentence was written for this file.
"""

from __future__ import annotations

import pytest

from newsgraph.model import RawDocument, Result
from newsgraph.pipeline import analyse, prepare
from newsgraph.settings import Settings

# (body, words of the mention, its actor code or None when no mention has those words)
ROWS: list[tuple[str, str, str | None]] = [
    ("Taliban fighters opened fire on a Kyrgyz convoy near the border.", "Taliban", "AFGMIL"),
    ("Taliban gunmen stopped two Turkmen trucks at the crossing.", "Taliban", "AFGMIL"),
    ("Taliban officials met the Qatari envoy in Kabul.", "Taliban", "AFGGOV"),
    # a nonstate group's and a people's armed men stay rebels
    ("Pakistani Taliban fighters attacked a police post in the north.", "Taliban", None),
    ("Sudanese rebels attacked a Chadian border post overnight.", "Sudanese", "SDNREB"),
]

# (body, events of the body as "SRC>TGT:RR")
EVENTS: list[tuple[str, set[str]]] = [
    ("Taliban fighters opened fire on a Kyrgyz convoy near the border.", {"AFG>KGZ:19"}),
    ("The ministry said Taliban fighters had fired on Iranian border guards.", {"AFG>IRN:19"}),
    ("Sudanese rebels attacked a Chadian border post overnight.", set()),
]


def _analyse(bodies: list[str]) -> list[Result]:
    settings = Settings()
    articles = [
        prepare(
            RawDocument(
                f"<case {i}>",
                f"World news in brief\n\nDUSHANBE — {body}\n",
                (("date", "2026-05-14"),),
            ),
            settings,
        )
        for i, body in enumerate(bodies)
    ]
    out = list(analyse(articles, settings))
    assert all(isinstance(r, Result) for r in out)
    return out


@pytest.fixture(scope="module")
def results() -> list[Result]:
    return _analyse([body for body, *_ in ROWS] + [body for body, _ in EVENTS])


@pytest.mark.model
@pytest.mark.parametrize("k", range(len(ROWS)), ids=[r[0][:40] for r in ROWS])
def test_actors_review81_governing_movement_fighters(results: list[Result], k: int) -> None:
    body, word, code = ROWS[k]
    result = results[k]
    codes = {
        m.actor.code
        for m in result.mentions
        if m.actor is not None and word in result.article.text[m.start : m.end]
    }
    assert codes == ({code} if code else set()), (body, codes)


@pytest.mark.model
@pytest.mark.parametrize("k", range(len(EVENTS)), ids=[r[0][:40] for r in EVENTS])
def test_actors_review81_fighters_events(results: list[Result], k: int) -> None:
    body, wanted = EVENTS[k]
    result = results[len(ROWS) + k]
    got = {f"{e.source}>{e.target}:{e.root}" for e in result.events if e.sentence_index >= 1}
    assert got == wanted, (body, got)
