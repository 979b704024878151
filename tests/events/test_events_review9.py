"""Session 9 review: a reaction to "the decision" or "the move" answers the deed, never an
earlier reaction to it (nor a co-subject of the same reaction), with wire copy we wrote."""

from __future__ import annotations

import pytest

from newsgraph.pipeline import process

pytestmark = pytest.mark.model


def _events(text: str) -> set[tuple[str, str, str]]:
    return {(e.source_actor.principal, e.target_actor.principal, e.root) for e in process(text).events}


_CHAINED = [
    # co-subjects of one reaction, then a parallel reaction and a condemnation: all the deed's
    (
        "Portugal expelled two Moroccan diplomats on Tuesday. Belgium and Austria praised the "
        "decision on Wednesday. Estonia and Finland also expressed support for the step. The "
        "Moroccan foreign ministry condemned the move.",
        {("BEL", "PRT", "05"), ("AUT", "PRT", "05"), ("EST", "PRT", "05"), ("FIN", "PRT", "05"),
         ("MAR", "PRT", "11")},
    ),
    (
        "Chile recalled its ambassador from Peru on Monday. Argentina criticized the move. Brazil "
        "also criticized the decision.",
        {("ARG", "CHL", "11"), ("BRA", "CHL", "11")},
    ),
    # a deed of two authors: later reactors to it answer both
    (
        "Russia and China decided on Monday to form a new bloc. Britain rejected the move. "
        "France and Germany also criticized the decision.",
        {("GBR", "RUS", "12"), ("GBR", "CHN", "12"), ("FRA", "RUS", "11"), ("FRA", "CHN", "11"),
         ("DEU", "RUS", "11"), ("DEU", "CHN", "11")},
    ),
    (
        "Kenya closed its border with Somalia on Friday. Ethiopia and Djibouti condemned the "
        "decision, and Uganda criticized the step on Saturday.",
        {("ETH", "KEN", "11"), ("DJI", "KEN", "11"), ("UGA", "KEN", "11")},
    ),
]

_REFUSED = [
    # a reactor is never the target of the next reaction to the same deed
    ("BEL", "AUT"), ("AUT", "BEL"), ("EST", "AUT"), ("FIN", "EST"), ("MAR", "FIN"),
    ("BRA", "ARG"), ("DJI", "ETH"), ("UGA", "DJI"), ("UGA", "ETH"),
]


@pytest.mark.parametrize(("text", "expected"), _CHAINED)
def test_review9_reactions_to_one_deed_answer_its_author(
    text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = _events(text)
    assert expected <= found
    assert not {(s, t) for s, t, _ in found} & set(_REFUSED)


# a passive's agent is its source, never also a "by" target (which dropped the event)
_PASSIVES = [
    ("Kosovo was welcomed by Albania into the group.", ("ALB", "XKX", "05")),
    ("Ukraine was supported by Germany at the summit.", ("DEU", "UKR", "05")),
    ("Serbia welcomed the report by the OSCE.", ("SRB", "OSCE", "05")),
]


@pytest.mark.parametrize(("text", "event"), _PASSIVES)
def test_review9_passive_agent_is_the_source(text: str, event: tuple[str, str, str]) -> None:
    assert event in _events(text)


_REFUSED_PATTERNS = [
    # force on a front is no appeal; business visitors are no state's envoys
    ("Ukrainian forces faced mounting pressure from Russian troops near Pokrovsk.", "RUS", "UKR"),
    ("Xi Jinping received representatives of American companies in Beijing.", "CHN", "USA"),
]


@pytest.mark.parametrize(("text", "source", "target"), _REFUSED_PATTERNS)
def test_review9_refused_patterns(text: str, source: str, target: str) -> None:
    assert not {(s, t) for s, t, _ in _events(text)} & {(source, target), (target, source)}


def test_review9_pressure_from_a_state_is_still_an_appeal() -> None:
    assert ("USA", "IND", "02") in _events("Modi faced pressure from Washington to cut oil imports.")


def test_review9_a_joined_verb_naming_none_of_the_authors_keeps_them() -> None:
    found = _events(
        "NATO allies voted on Monday to admit Finland. Russia condemned the vote and summoned "
        "Finland's ambassador."
    )
    assert {("RUS", "NATO", "11"), ("RUS", "FIN", "11")} <= found
    kept = _events(
        "Greece and Cyprus voted on Monday to block the plan. Turkey condemned the vote and "
        "warned Athens."
    )
    assert ("TUR", "GRC", "11") in kept and ("TUR", "CYP", "11") not in kept


def test_review9_a_feeling_at_a_meeting_is_where_not_what() -> None:
    found = _events(
        "Japan and South Korea held a meeting in Tokyo on Monday. China expressed concern at the "
        "meeting of ASEAN ministers over Japan's military buildup."
    )
    assert ("CHN", "KOR", "11") not in found
    assert ("FRA", "IRN", "11") in _events(
        "Iran expelled two British diplomats on Monday. France expressed concern over the decision."
    )
