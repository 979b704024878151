"""Pronoun coreference that quote speakers rest on (actors/coref.py), on passages
written for these tests: "its" never stands for a person, a comma-set name after a
title is the person a later "she"/"he" means, a later "he"/"she" shows a gender."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.model import Article, Mention
from newsgraph.settings import Settings

pytestmark = pytest.mark.model

Run = Callable[[str], tuple[Mention, ...]]


@pytest.fixture(scope="module")
def run() -> Run:
    from newsgraph.actors import resolve_mentions
    from newsgraph.nlp import parse_text

    settings = Settings()

    def go(text: str) -> tuple[Mention, ...]:
        article = Article(id="t", text=text, date="2025-02-04")
        return resolve_mentions(article, parse_text(text, settings), settings)

    return go


def _pronoun(mentions: tuple[Mention, ...], word: str) -> Mention:
    """The first pronoun mention written ``word``."""
    hits = [m for m in mentions if m.kind == "pronoun" and m.text == word]
    assert hits, f"no pronoun {word!r} in {[(m.text, m.kind) for m in mentions]}"
    return hits[0]


@pytest.mark.parametrize(
    ("text", "principal"),
    [
        (
            "Latvia on Friday expelled a Belarusian diplomat, a week after its border "
            "guards detained two smugglers.",
            "LVA",
        ),
        (
            "Norway summoned a Russian envoy on Tuesday after its coast guard spotted "
            "a submarine near Svalbard.",
            "NOR",
        ),
        (
            "Japan lodged a protest with a Chinese ambassador, saying its fishing boats "
            "had been harassed.",
            "JPN",
        ),
    ],
)
def test_coref3_its_is_never_a_person(run: Run, text: str, principal: str) -> None:
    mentions = run(text)
    # "its" alone, or the office it opens ("its coast guard") read as one mention
    owned = [m for m in mentions if m.kind != "pronoun" and m.text.lower().startswith("its ")]
    its = owned[0] if owned else _pronoun(mentions, "its")
    assert its.actor is not None and its.actor.principal == principal
    assert its.person is None


@pytest.mark.parametrize(
    ("text", "word", "person"),
    [
        (
            "Kenyan President Samuel Otieno opened the summit on Monday.\n\n"
            "Kenya's health minister, Grace Wanjiru, asked donors for vaccines. "
            "She said the need was urgent.",
            "She",
            "Grace Wanjiru",
        ),
        (
            "Finnish Prime Minister Sanna Virtanen visited the border. She inspected fences.\n\n"
            "Finland's interior minister, Mikko Lahtinen, asked Brussels for money. "
            "He said the border was Europe's too.",
            "He",
            "Mikko Lahtinen",
        ),
        (
            "Chilean President Jorge Salas spoke first.\n\n"
            "Chile's foreign minister, Camila Rojas, then met her Peruvian counterpart. "
            "She said the talks were useful.",
            "She",
            "Camila Rojas",
        ),
    ],
)
def test_coref3_comma_set_name_after_title_is_the_antecedent(
    run: Run, text: str, word: str, person: str
) -> None:
    mentions = run(text)
    last = [m for m in mentions if m.kind == "pronoun" and m.text == word][-1]
    assert last.person == person


def test_coref3_he_in_a_persons_own_sentence_shows_his_gender(run: Run) -> None:
    text = (
        "Egyptian President Youssef Amer greeted the visitors, whom he called friends. "
        "Egypt's tourism minister, Salma Farouk, joined the talks.\n\n"
        "She said the deal would bring jobs."
    )
    she = [m for m in run(text) if m.kind == "pronoun" and m.text == "She"][-1]
    assert she.person == "Salma Farouk"


@pytest.mark.parametrize(
    ("text", "principal"),
    [
        (
            "The alliance said it was in close contact with Lithuanian authorities and "
            "praised their response.",
            "LTU",
        ),
        (
            "The European Union welcomed Kenyan officials and praised their efforts to "
            "end the drought.",
            "KEN",
        ),
        (
            "Brazilian diplomats met the Chinese envoy and said their government would "
            "buy more soybeans.",
            "BRA",
        ),
    ],
)
def test_coref3_their_is_the_nearest_plural_group(run: Run, text: str, principal: str) -> None:
    their = _pronoun(run(text), "their")
    assert their.actor is not None and their.actor.principal == principal


def test_coref3_their_takes_no_singular_state(run: Run) -> None:
    text = "Germany told Poland that their border would stay open."
    assert not [m for m in run(text) if m.kind == "pronoun" and m.text == "their"]
