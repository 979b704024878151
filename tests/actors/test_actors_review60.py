"""Review 60 (session 32, helper STATECO): state companies and state banks act for their state.

The guidelines count organs of a state as the state, and the session-32 ruling extends that to
a company or bank the article calls state-run, state-owned or state ("Norway's state oil
company", "a Chinese state-owned builder") and to the state firms and lenders the actor data
knows by name (data/actors/state_companies.yaml). They resolve to their state with role GOV;
a private firm ("a Norwegian company") keeps BUS, and a firm whose owner is not given is no
actor. Every sentence was written for this file; each row is (dateline, body, the start of a
mention's text, its expected actor code or None).
"""

from __future__ import annotations

import pytest

from newsgraph.model import Mention

Row = tuple[str, str, str, str | None]

ROWS: list[Row] = [
    # a description with a state-ownership word and a firm noun: the state's organ
    (
        "OSLO",
        "Norway's state oil company will drill two wells off Ghana.",
        "Norway's state oil",
        "NORGOV",
    ),
    (
        "LUANDA",
        "Angola's national oil company opened an office in Windhoek.",
        "Angola's national oil",
        "AGOGOV",
    ),
    (
        "DODOMA",
        "A Chinese state-owned builder won the tender in Dodoma.",
        "Chinese state-owned builder",
        "CHNGOV",
    ),
    (
        "ACCRA",
        "Ghana's state power company cut supplies to Lome.",
        "Ghana's state power company",
        "GHAGOV",
    ),
    # a hyphenated ownership word before the firm's own name
    (
        "SANTIAGO",
        "Chile's state-owned Andina Copper Corporation opened an office in Lima.",
        "Chile's state-owned Andina",
        "CHLGOV",
    ),
    # a state's policy lender named by its kind
    (
        "LIMA",
        "India's Export-Import Bank will lend Peru $300 million.",
        "India's Export-Import Bank",
        "INDGOV",
    ),
    (
        "LIMA",
        "Brazil's development bank will lend Peru $300 million.",
        "Brazil's development bank",
        "BRAGOV",
    ),
    # firms the actor data knows as state-owned
    ("LUANDA", "Sonangol opened an office in Windhoek.", "Sonangol", "AGOGOV"),
    ("BELGRADE", "Gazprom opened an office in Belgrade.", "Gazprom", "RUSGOV"),
    ("SEOUL", "KEPCO opened an office in Hanoi.", "KEPCO", "KORGOV"),
    # private firms and firms of no given owner stay no state organ
    ("OSLO", "A Norwegian company will drill two wells off Ghana.", "Norwegian company", "NORBUS"),
    ("OSLO", "Nordfjell Energy will drill two wells off Ghana.", "Nordfjell Energy", None),
    # "state" or "national" without a firm noun is left to the role words
    (
        "MOSCOW",
        "Russia's State Duma approved the treaty with Minsk.",
        "Russia's State Duma",
        "RUSLEG",
    ),
    (
        "CAIRO",
        "Egypt's state news agency reported the talks with Khartoum.",
        "Egypt's state news agency",
        "EGYMED",
    ),
]


# A firm's name the model reads as a person's is claimed before the state's words are read
# (resolve: find_people runs before find_groups); the sentence's event is still the state's.
GAPS: list[Row] = [
    ("NEW DELHI", "India's state-run KHPL will build the plant near Thimphu.", "KHPL", "INDGOV"),
]
PARAMS = [pytest.param(*r, id=r[2]) for r in ROWS] + [
    pytest.param(*r, id="gap-" + r[2], marks=pytest.mark.xfail(reason="name read as a person"))
    for r in GAPS
]


def _mention(mentions: tuple[Mention, ...], start: str) -> Mention | None:
    return next((m for m in mentions if m.text.startswith(start)), None)


@pytest.fixture(scope="module")
def resolved() -> dict[str, tuple[Mention, ...]]:
    """Every row's body through the whole pipeline at once: its mentions."""
    from newsgraph.model import RawDocument, Result
    from newsgraph.pipeline import analyse, prepare
    from newsgraph.settings import Settings

    settings = Settings()
    articles = [
        prepare(
            RawDocument(
                f"<row {i}>", f"World news in brief\n\n{d} — {b}\n", (("date", "2026-03-14"),)
            ),
            settings,
        )
        for i, (d, b, _, _) in enumerate(ROWS + GAPS)
    ]
    out: dict[str, tuple[Mention, ...]] = {}
    for (_, body, _, _), result in zip(ROWS + GAPS, analyse(articles, settings)):
        assert isinstance(result, Result), result
        out[body] = result.mentions
    return out


def test_actors_review60_bodies_are_unique() -> None:
    bodies = [r[1] for r in ROWS + GAPS]
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "span", "want"), PARAMS)
def test_actors_review60_state_firms(
    resolved: dict[str, tuple[Mention, ...]], dateline: str, body: str, span: str, want: str | None
) -> None:
    """The mention opening with ``span`` has the expected actor (None: no mention or no actor)."""
    del dateline
    found = _mention(resolved[body], span)
    got = found.actor.code if found is not None and found.actor is not None else None
    assert got == want, [(m.text, m.kind, m.actor) for m in resolved[body]]
