"""Role nouns and titles that refer back to a person or body named earlier."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsgraph.actors import resolve_mentions
from newsgraph.model import Article, Mention
from newsgraph.settings import Settings

pytestmark = pytest.mark.model

Resolve = Callable[..., tuple[Mention, ...]]


@pytest.fixture(scope="module")
def resolve() -> Resolve:
    from newsgraph.nlp import parse_text

    settings = Settings()

    def run(text: str, date: str = "2025-02-04") -> tuple[Mention, ...]:
        article = Article(id="t", text=text, date=date)
        return resolve_mentions(article, parse_text(text, settings), settings)

    return run


def _at(mentions: tuple[Mention, ...], text: str, nth: int = 0) -> Mention:
    hits = [m for m in mentions if m.text == text]
    assert len(hits) > nth, f"no mention {text!r} in {[m.text for m in mentions]}"
    return hits[nth]


def test_refer_back_the_president_to_latest_office_holder(resolve: Resolve) -> None:
    ms = resolve(
        "U.S. President Donald Trump spoke in the morning. Later, Volodymyr Zelenskyy "
        "addressed his nation. “We hold the line,” the president said."
    )
    m = _at(ms, "the president")
    assert m.person == "Volodymyr Zelenskyy"
    assert m.actor is not None and m.actor.principal == "UKR"


def test_refer_back_state_title_to_its_holder(resolve: Resolve) -> None:
    ms = resolve(
        "U.S. President Donald Trump met Ukrainian officials on Monday. "
        "“We will see,” the U.S. president said."
    )
    assert _at(ms, "the U.S. president").person == "Donald Trump"


def test_refer_back_title_split_by_the_parser_after_abbreviation(resolve: Resolve) -> None:
    ms = resolve("U.S. President Donald Trump said he would visit Kyiv.")
    m = next(m for m in ms if m.person == "Donald Trump")
    assert m.actor is not None and m.actor.code == "USAGOV"


def test_refer_back_unnamed_official_keeps_no_name(resolve: Resolve) -> None:
    ms = resolve(
        "President Joe Biden met Xi Jinping in Lima. A senior administration official "
        "said the talks were candid.",
        date="2024-11-16",
    )
    assert all(m.person is None for m in ms if "official" in m.text)


def test_refer_back_shared_surname_goes_to_the_one_described_so(resolve: Resolve) -> None:
    ms = resolve(
        "Kim Dae-sung, a professor at Yonsei University, said talks would help. "
        "Later, Kim Min-ho, a former trade minister, disagreed. "
        "The plan makes sense, according to Kim, the Seoul-based professor. "
        "Kim said so again on Friday."
    )
    kims = [m for m in ms if m.text == "Kim"]
    assert [m.person for m in kims] == ["Kim Dae-sung", "Kim Dae-sung"]


def test_refer_back_junior_is_another_person(resolve: Resolve) -> None:
    ms = resolve(
        "President Donald Trump spoke on Monday. His son, Donald Trump Jr., "
        "criticized the decision."
    )
    jr = _at(ms, "Donald Trump Jr.")
    assert jr.person == "Donald Trump Jr."
    assert jr.actor is None
    assert _at(ms, "President Donald Trump").person == "Donald Trump"


def test_refer_back_surname_with_swapped_letters(resolve: Resolve) -> None:
    ms = resolve(
        "Alan Makovsky, a senior fellow at a research center, spoke on Monday. "
        '"We will see," Makovksy said.'
    )
    assert _at(ms, "Makovksy").person == "Alan Makovsky"


def test_refer_back_first_person_in_a_quote_is_the_speaker(resolve: Resolve) -> None:
    ms = resolve(
        "Mexican President Claudia Sheinbaum answered the tariff threat on Monday.\n\n"
        "“We categorically reject this, and I will defend our economy,” Sheinbaum said.",
        date="2025-02-03",
    )
    we, our, i = _at(ms, "We"), _at(ms, "our"), _at(ms, "I")
    assert we.actor is not None and we.actor.code == "MEX"
    assert our.actor is not None and our.actor.code == "MEX"
    assert i.person == "Claudia Sheinbaum"
    assert i.actor is not None and i.actor.code == "MEXGOV"


def test_refer_back_first_person_of_a_speaker_without_actor_is_left(resolve: Resolve) -> None:
    ms = resolve("“We are worried,” said Maria Lopez, a senior fellow at a research center.")
    assert not any(m.text == "We" for m in ms)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "Netanyahu met U.S. Middle East envoy Steve Witkoff on Monday.",
            "Steve Witkoff",
            "USAGOV",
        ),
        (
            "Argentinian right-wing President Javier Milei rejected the plan.",
            "Javier Milei",
            "ARGGOV",
        ),
        (
            "Assistant Secretary of State for East Asian and Pacific Affairs Daniel Kritenbrink "
            "told reporters the talks went well.",
            "Daniel Kritenbrink",
            "USAGOV",
        ),
    ],
)
def test_refer_back_titles_with_regions_leanings_and_portfolios(
    resolve: Resolve, text: str, name: str, code: str
) -> None:
    m = next(m for m in resolve(text) if m.person == name)
    assert m.actor is not None and m.actor.code == code


def test_refer_back_regional_adjectives_are_no_state(resolve: Resolve) -> None:
    ms = resolve("Xi visited 11 Latin American countries and one Central American country.")
    assert not any(m.actor is not None and m.actor.principal == "USA" for m in ms)


def test_refer_back_indefinite_title_is_nobody_named(resolve: Resolve) -> None:
    ms = resolve(
        "Russian President Vladimir Putin spoke on Monday. A top Russian diplomat "
        "said on Thursday that the plan was dangerous."
    )
    m = next(m for m in ms if "diplomat" in m.text)
    assert m.person is None
    assert m.actor is not None and m.actor.principal == "RUS"


def test_refer_back_it_in_a_states_own_quote_is_not_the_state(resolve: Resolve) -> None:
    ms = resolve(
        "In a statement on Monday, Iran called the naval drill a “provocation, as it "
        "brings warships closer to our shores.”"
    )
    assert not any(m.text == "it" for m in ms)
    assert _at(ms, "our").actor is not None and _at(ms, "our").actor.principal == "IRN"


def test_refer_back_its_of_a_state_named_in_its_own_quote_stays(resolve: Resolve) -> None:
    ms = resolve(
        "The embassy issued a statement.\n\n“China will safeguard its rights,” "
        "the Chinese Embassy said."
    )
    its = _at(ms, "its")
    assert its.actor is not None and its.actor.principal == "CHN"


def test_refer_back_nameless_state_title_names_the_holder_who_follows(resolve: Resolve) -> None:
    ms = resolve(
        "U.S. President Donald Trump spoke on Monday. In his daily address, Ukraine's "
        "president urged allies to act. He said Russia was attacking power plants. "
        '"We need air defense," Volodymyr Zelenskyy said.'
    )
    assert _at(ms, "Ukraine's president").person == "Volodymyr Zelenskyy"
    assert _at(ms, "He").person == "Volodymyr Zelenskyy"
