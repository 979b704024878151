"""Review 103 (session 57, lead): a force that acts at home, named bare.

"Police arrested two Uzbek men in Tijuana" in a story from Mexico City: the police, border
guards or coast guard of no named state are the dateline's or the state just named, as "the
authorities" are (roles.yaml bare), and "police in Kabul" the capital's (placed); their act on
another state's nationals is then coded as "Mexican police arrested ..." is. An act on the
force's own nationals stays domestic (no event).

Every sentence was written for this file.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _events(text: str) -> set[tuple[str, str, str]]:
    from newsgraph.pipeline import process

    result = process(text + "\n", date="2026-05-12")
    return {(e.source, e.target, e.root) for e in result.events}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Migrants held\n\nMEXICO CITY (AP) - Police arrested two Uzbek men in Tijuana on "
            "Tuesday.",
            ("MEX", "UZB", "17"),
        ),
        (
            "Border\n\nTASHKENT, Uzbekistan (Reuters) - Border guards detained two Afghan men near "
            "Termez on Tuesday.",
            ("UZB", "AFG", "17"),
        ),
        (
            "Boat held\n\nKINGSTON, Jamaica (AP) - The coast guard seized a Honduran fishing boat "
            "off the Pedro Cays on Tuesday.",
            ("JAM", "HND", "17"),
        ),
        (
            "Spies\n\nLONDON (Reuters) - Britain said on Tuesday that police had arrested two "
            "Russian men suspected of spying.",
            ("GBR", "RUS", "17"),
        ),
        # placed in a capital: that capital's state, not the dateline's
        (
            "Traders\n\nTASHKENT, Uzbekistan (Reuters) - Uzbekistan accused Afghanistan of "
            "ignoring smugglers on Tuesday. Police in Kabul arrested two Uzbek traders, the "
            "Afghan interior ministry said.",
            ("AFG", "UZB", "17"),
        ),
    ],
)
def test_review103_bare_force_is_the_home_state(text: str, event: tuple[str, str, str]) -> None:
    assert event in _events(text), _events(text)


@pytest.mark.parametrize(
    "text",
    [
        # the force's own nationals: domestic, no event
        "Riot\n\nLIMA, Peru (AP) - Police arrested two Peruvian men in Cusco on Tuesday.",
        # placed in another capital: not the dateline's state acting on its own people
        "Traders\n\nTASHKENT, Uzbekistan (Reuters) - Police in Kabul arrested two Afghan "
        "traders on Tuesday.",
    ],
)
def test_review103_no_event_at_home(text: str) -> None:
    assert not {e for e in _events(text) if e[2] == "17"}, _events(text)
