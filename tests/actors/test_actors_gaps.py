"""Ministerial portfolios, abbreviated titles, multi-word titles and object control,
on sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.actors import resolve_mentions
from newsgraph.actors.gazetteer import load_gazetteer, title_key
from newsgraph.model import Article, Mention
from newsgraph.settings import Settings

Resolve = Callable[..., tuple[Mention, ...]]


@pytest.fixture(scope="module")
def resolve() -> Resolve:
    from newsgraph.nlp import parse_text

    settings = Settings()

    def run(
        text: str, date: str = "2024-11-20", dateline: str | None = None
    ) -> tuple[Mention, ...]:
        article = Article(id="g", text=text, date=date, dateline=dateline)
        return resolve_mentions(article, parse_text(text, settings), settings)

    return run


def _person(mentions: tuple[Mention, ...], name: str) -> Mention:
    hits = [m for m in mentions if m.person == name and m.kind == "person"]
    assert hits, f"no person {name!r} in {[(m.text, m.person) for m in mentions]}"
    return hits[0]


def _code(m: Mention) -> str | None:
    return m.actor.code if m.actor else None


def test_actors_gaps_portfolios_are_generated_titles() -> None:
    gaz = load_gazetteer()
    assert gaz.titles[title_key("energy minister")] == "GOV"
    assert gaz.titles[title_key("minister of the interior")] == "GOV"
    assert gaz.titles[title_key("minister for digital affairs")] == "GOV"
    assert gaz.titles[title_key("national defense minister")] == "MIL"
    assert gaz.roles[title_key("ministry of agriculture")] == "GOV"


def test_actors_gaps_abbreviated_titles_keyed_as_running_text() -> None:
    gaz = load_gazetteer()
    assert gaz.titles[("sen.",)] == "LEG"
    assert gaz.titles[("gen.",)] == "MIL"
    assert gaz.titles[("lt", ".", "gen.")] == "MIL"
    assert gaz.titles[("commander", "in", "chief")] == "MIL"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "Peruvian Transport Minister Elena Quispe said the road was closed.",
            "Elena Quispe",
            "PERGOV",
        ),
        (
            "Kenya's Education Minister Daniel Otieno announced new exams.",
            "Daniel Otieno",
            "KENGOV",
        ),
        (
            "Polish Minister of Agriculture Tomasz Nowak criticized the import deal.",
            "Tomasz Nowak",
            "POLGOV",
        ),
        (
            "The Finnish Health Minister, Aino Virtanen, visited hospitals.",
            "Aino Virtanen",
            "FINGOV",
        ),
        ("Chilean Defense Minister Pablo Rojas met the navy chiefs.", "Pablo Rojas", "CHLMIL"),
    ],
)
def test_actors_gaps_portfolio_minister_with_state(
    resolve: Resolve, text: str, name: str, code: str
) -> None:
    assert _code(_person(resolve(text), name)) == code


@pytest.mark.model
def test_actors_gaps_portfolio_minister_takes_the_article_state(resolve: Resolve) -> None:
    text = "Trade Minister Jorge Salas said exports of copper had risen in March."
    ms = resolve(text, dateline="LIMA, Peru")
    assert _code(_person(ms, "Jorge Salas")) == "PERGOV"


@pytest.mark.model
def test_actors_gaps_senator_with_party_marker_is_us_lawmaker(resolve: Resolve) -> None:
    ms = resolve("Sen. Laura Whitfield (D-Ore.) criticized the arms sale to Saudi Arabia.")
    m = _person(ms, "Laura Whitfield")
    assert m.text.startswith("Sen.")
    assert _code(m) == "USALEG"
    ms = resolve("Rep. Tom Hadley (R-Texas) said China was stealing American jobs.")
    assert _code(_person(ms, "Tom Hadley")) == "USALEG"


@pytest.mark.model
def test_actors_gaps_lawmaker_without_marker_takes_context_or_none(resolve: Resolve) -> None:
    ms = resolve("Rep. Tom Hadley said the bill would pass.", dateline="WASHINGTON")
    assert _code(_person(ms, "Tom Hadley")) == "USALEG"
    ms = resolve("Rep. Tom Hadley said the bill would pass.")
    assert _person(ms, "Tom Hadley").actor is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Ukrainian Gen. Petro Melnyk said the offensive had stalled.", "Petro Melnyk", "UKRMIL"),
        ("Russian Lt. Gen. Igor Sokolov visited the front line.", "Igor Sokolov", "RUSMIL"),
        ("Japanese Adm. Kenji Sato inspected the destroyer.", "Kenji Sato", "JPNMIL"),
    ],
)
def test_actors_gaps_abbreviated_military_title_with_nationality(
    resolve: Resolve, text: str, name: str, code: str
) -> None:
    assert _code(_person(resolve(text), name)) == code


@pytest.mark.model
def test_actors_gaps_title_with_in_keeps_the_full_name(resolve: Resolve) -> None:
    text = "In a Telegram post, Commander in Chief Oleksandr Syrskyi wrote that Russia had lost 1,500 soldiers."
    ms = resolve(text, dateline="KYIV, Ukraine")
    m = _person(ms, "Oleksandr Syrskyi")
    assert m.text == "Commander in Chief Oleksandr Syrskyi"
    assert _code(m) == "UKRMIL"
    assert not [x for x in ms if x.person == "Oleksandr"]


@pytest.mark.model
def test_actors_gaps_titles_with_of_inside(resolve: Resolve) -> None:
    text = "Minister of Defense Rustem Umerov and Chief of Staff Andriy Yermak met the troops."
    ms = resolve(text, dateline="KYIV, Ukraine")
    assert _person(ms, "Rustem Umerov").text == "Minister of Defense Rustem Umerov"
    assert _code(_person(ms, "Rustem Umerov")) == "UKRMIL"
    assert _person(ms, "Andriy Yermak").text == "Chief of Staff Andriy Yermak"


def _pronoun(ms: tuple[Mention, ...], word: str) -> Mention:
    hits = [m for m in ms if m.text == word and m.kind == "pronoun"]
    assert hits, f"no pronoun {word!r} in {[(m.text, m.kind) for m in ms]}"
    return hits[0]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "principal"),
    [
        (
            "Seoul urged Tokyo to release the detained fishermen and lift its ban on Korean fruit.",
            "JPN",
        ),
        ("The EU asked Beijing to reconsider its decision.", "CHN"),
        ("The G7 called on Russia to withdraw its troops from Ukrainian territory.", "RUS"),
        ("Brazil pressed Argentina to cut its tariffs on steel.", "ARG"),
    ],
)
def test_actors_gaps_possessive_in_controlled_clause_is_the_object(
    resolve: Resolve, text: str, principal: str
) -> None:
    m = _pronoun(resolve(text), "its")
    assert m.actor is not None and m.actor.principal == principal


@pytest.mark.model
def test_actors_gaps_their_for_coordinated_objects_stands_for_each(resolve: Resolve) -> None:
    m = _pronoun(
        resolve("Washington pressed Israel and Egypt to open their borders to aid."), "their"
    )
    assert {a.principal for a in m.members} == {"ISR", "EGY"}


@pytest.mark.model
def test_actors_gaps_possessive_in_a_clause_with_its_own_subject(resolve: Resolve) -> None:
    m = _pronoun(resolve("The U.S. urged China to ensure that Japan lifts its ban."), "its")
    assert m.actor is not None and m.actor.principal == "JPN"


@pytest.mark.model
def test_actors_gaps_local_official_takes_the_state_of_the_sentence(resolve: Resolve) -> None:
    text = (
        "Drones struck a power plant near Kharkiv, in eastern Ukraine, overnight, "
        "regional Gov. Ivan Marchenko said."
    )
    ms = resolve(text, dateline="WASHINGTON")
    assert _code(_person(ms, "Ivan Marchenko")) == "UKRGOV"


@pytest.mark.model
def test_actors_gaps_portfolio_word_before_a_name_makes_no_person(resolve: Resolve) -> None:
    text = "Lawmakers on the Senate Foreign Relations Committee approved the Forced Labor Prevention Act."
    ms = resolve(text, dateline="WASHINGTON")
    assert not [m for m in ms if m.person in ("Relations Committee", "Prevention Act")]


@pytest.mark.model
def test_actors_gaps_two_portfolios_joined_by_and(resolve: Resolve) -> None:
    ms = resolve("Japan's Economy and Industry Minister Kenta Mori said exports rose.")
    m = _person(ms, "Kenta Mori")
    assert m.text == "Japan's Economy and Industry Minister Kenta Mori"
    assert _code(m) == "JPNGOV"


@pytest.mark.model
def test_actors_gaps_sentence_period_is_no_part_of_a_name(resolve: Resolve) -> None:
    ms = resolve("Indian Defence Minister Rajnath Singh met his Chinese counterpart Dong Jun.")
    assert [m for m in ms if m.person == "Dong Jun"]


@pytest.mark.model
def test_actors_gaps_party_word_before_a_lawmaker_title(resolve: Resolve) -> None:
    ms = resolve("Republican Sen. Dana Price said Russia must pay for the war.")
    assert _code(_person(ms, "Dana Price")) == "USALEG"
    ms = resolve(
        "Democratic Party lawmaker Park Min-ho said the plan had failed.", dateline="SEOUL"
    )
    assert _code(_person(ms, "Park Min-ho")) == "KORLEG"
