"""Plural references to actors named before ("the two countries", "both leaders")
and coordinated adjectives sharing a role ("U.S. and Chinese officials")."""

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

    def run(text: str, date: str = "2024-11-15") -> tuple[Mention, ...]:
        article = Article(id="t", text=text, date=date)
        return resolve_mentions(article, parse_text(text, settings), settings)

    return run


def _at(mentions: tuple[Mention, ...], text: str, nth: int = 0) -> Mention:
    hits = [m for m in mentions if m.text == text]
    assert len(hits) > nth, f"no mention {text!r} in {[m.text for m in mentions]}"
    return hits[nth]


def _members(mentions: tuple[Mention, ...], text: str, nth: int = 0) -> list[str]:
    return [a.principal for a in _at(mentions, text, nth).members]


# -- numbered references ---------------------------------------------------


def test_groups_two_countries_take_the_pair_named_before(resolve: Resolve) -> None:
    ms = resolve(
        "The president said Canada and Mexico had not done enough. "
        "On Saturday he imposed 25% tariffs on the two countries."
    )
    m = _at(ms, "the two countries")
    assert m.kind == "group" and m.actor is None
    assert [a.code for a in m.members] == ["CAN", "MEX"]


def test_groups_three_countries_skip_a_nearer_pair(resolve: Resolve) -> None:
    ms = resolve(
        "The White House announced tariffs on Brazil, Argentina and Chile.\n\n"
        "Officials said Brazil and Argentina had been warned. "
        "The three countries rejected the charge."
    )
    assert _members(ms, "The three countries") == ["BRA", "ARG", "CHL"]


def test_groups_three_leaders_take_the_people_of_a_meeting(resolve: Resolve) -> None:
    ms = resolve(
        "President Joe Biden hosted South Korean President Yoon Suk Yeol and Japanese "
        "Prime Minister Shigeru Ishiba at Camp David. The three leaders agreed to hold "
        "annual drills."
    )
    m = _at(ms, "The three leaders")
    assert [a.code for a in m.members] == ["USAGOV", "KORGOV", "JPNGOV"]


def test_groups_both_leaders_after_a_meeting_in_a_capital(resolve: Resolve) -> None:
    ms = resolve(
        "Biden met Chinese President Xi Jinping in Lima on Saturday. "
        "Both leaders pledged to keep talking."
    )
    assert [a.code for a in _at(ms, "Both leaders").members] == ["USAGOV", "CHNGOV"]


def test_groups_all_three_nations(resolve: Resolve) -> None:
    ms = resolve(
        "U.S. officials accused Russia, China and Iran of meddling. "
        "All three nations have denied the accusations."
    )
    assert _members(ms, "All three nations") == ["RUS", "CHN", "IRN"]


def test_groups_both_sides_after_a_hyphenated_pair(resolve: Resolve) -> None:
    ms = resolve(
        "Fighting on the Armenia-Azerbaijan border flared again on Monday. "
        "Both sides blamed each other for the clashes."
    )
    assert _members(ms, "Both sides") == ["ARM", "AZE"]


def test_groups_two_neighbors_with_an_adjective(resolve: Resolve) -> None:
    ms = resolve(
        "India and Pakistan exchanged fire along the border. "
        "The two nuclear-armed neighbors have fought three wars."
    )
    m = next(m for m in ms if m.text.endswith("neighbors"))
    assert [a.principal for a in m.members] == ["IND", "PAK"]


def test_groups_two_governments_take_the_government_role(resolve: Resolve) -> None:
    ms = resolve(
        "Norway and Sweden signed an energy accord on Friday. "
        "The two governments will meet again in March."
    )
    assert [a.code for a in _at(ms, "The two governments").members] == ["NORGOV", "SWEGOV"]


def test_groups_igo_member_keeps_its_own_code(resolve: Resolve) -> None:
    ms = resolve(
        "China and the European Union resumed trade talks. "
        "The two sides agreed to meet in Brussels."
    )
    assert [a.code for a in _at(ms, "The two sides").members] == ["CHN", "EU"]


# -- unnumbered references -------------------------------------------------


def test_groups_the_leaders_take_the_latest_list(resolve: Resolve) -> None:
    ms = resolve(
        "German Chancellor Olaf Scholz and French President Emmanuel Macron met in "
        "Berlin on Tuesday. The leaders discussed aid to Ukraine."
    )
    assert [a.code for a in _at(ms, "The leaders").members] == ["DEUGOV", "FRAGOV"]


def test_groups_the_leaders_chain_to_an_earlier_plural(resolve: Resolve) -> None:
    ms = resolve(
        "Biden hosted Yoon Suk Yeol and Shigeru Ishiba on Friday. The three leaders "
        "condemned the launch. Analysts were not surprised. Markets were calm. "
        "The leaders also announced a new secretariat."
    )
    assert _members(ms, "The leaders") == ["USA", "KOR", "JPN"]


def test_groups_their_countries_take_the_coordinated_subject(resolve: Resolve) -> None:
    ms = resolve(
        "President Biden and President Yoon said their countries would deepen cooperation."
    )
    assert _members(ms, "their countries") == ["USA", "KOR"]


def test_groups_those_countries_then_a_list_with_a_plural_in_it(resolve: Resolve) -> None:
    ms = resolve(
        "Trump said he would speak with the leaders of Canada and Mexico, days after "
        "announcing tariffs on goods from those countries and China. "
        "Trump claimed the three countries were not doing enough."
    )
    assert _members(ms, "those countries") == ["CAN", "MEX"]
    assert _members(ms, "the three countries") == ["CAN", "MEX", "CHN"]


def test_groups_the_leaders_of_named_states_is_no_plural(resolve: Resolve) -> None:
    ms = resolve("Trump will speak with the leaders of Canada and Mexico on Monday.")
    assert not any(m.text.lower().startswith("the leaders") for m in ms)


def test_groups_the_two_standing_alone(resolve: Resolve) -> None:
    ms = resolve(
        "Biden has not hosted Erdogan at the White House, though the two have met "
        "on the sidelines of summits."
    )
    assert [a.code for a in _at(ms, "the two").members] == ["USAGOV", "TURGOV"]


def test_groups_both_standing_alone(resolve: Resolve) -> None:
    ms = resolve("Russia and China held naval drills on Monday. Both denied any threat.")
    assert _members(ms, "Both") == ["RUS", "CHN"]


# -- no members when unsure ------------------------------------------------


def test_groups_wrong_size_list_gives_no_members(resolve: Resolve) -> None:
    ms = resolve(
        "Canada and Mexico condemned the tariffs on Sunday. "
        "The three countries said they would respond."
    )
    assert _at(ms, "The three countries").members == ()


def test_groups_same_state_twice_is_no_pair(resolve: Resolve) -> None:
    # (session 53: "... flew to Peru" before made the trip's end a party, the United States
    # and Peru, as "the two sides" after a visit are: plurals._trip_destination; the list of
    # one state's two people is still no pair where no trip ends)
    ms = resolve(
        "Secretary of State Antony Blinken and President Joe Biden spoke in Lima. "
        "The two countries signed nothing."
    )
    assert _at(ms, "The two countries").members == ()


def test_groups_list_too_far_back_is_not_used(resolve: Resolve) -> None:
    ms = resolve(
        "Chile and Peru signed a water accord.\n\nThe weather was mild.\n\n"
        "Crowds gathered early.\n\nMusic played.\n\nSpeeches ran long.\n\n"
        "Then the two countries announced a second deal."
    )
    assert _at(ms, "the two countries").members == ()


def test_groups_list_in_an_earlier_paragraph(resolve: Resolve) -> None:
    ms = resolve(
        "Chile and Peru signed a water accord on Monday.\n\n"
        "The deal ends a long dispute over a river.\n\n"
        "The two countries will share its flow."
    )
    assert _members(ms, "The two countries") == ["CHL", "PER"]


def test_groups_both_sides_of_the_aisle_is_no_reference(resolve: Resolve) -> None:
    ms = resolve(
        "Russia and Ukraine traded fire. Lawmakers on both sides of the aisle criticized the plan."
    )
    assert not any(m.text.lower() == "both sides" for m in ms)


def test_groups_unnumbered_leaders_ignore_places_and_summit_names(resolve: Resolve) -> None:
    ms = resolve(
        "Biden arrived in Lima, Peru, for the APEC summit on Friday. "
        "The leaders will discuss trade."
    )
    assert _at(ms, "The leaders").members == ()


def test_groups_numbered_reference_without_any_named_set(resolve: Resolve) -> None:
    ms = resolve("The two countries have argued over fishing rights for decades.")
    assert _at(ms, "The two countries").members == ()


def test_groups_news_agency_is_not_a_side(resolve: Resolve) -> None:
    ms = resolve(
        "Xinhua said Chinese and Philippine vessels collided near the shoal. "
        "Both sides blamed each other."
    )
    assert _members(ms, "Both sides") == ["CHN", "PHL"]


# -- counterparts and coordinated adjectives -------------------------------


def test_groups_counterparts_from_a_list_of_states(resolve: Resolve) -> None:
    ms = resolve(
        "Secretary of State Antony Blinken spoke with his counterparts from France, "
        "Germany and Britain on Tuesday."
    )
    m = _at(ms, "counterparts")
    assert [a.code for a in m.members] == ["FRAGOV", "DEUGOV", "GBRGOV"]
    assert _at(ms, "his").person == "Antony Blinken"


def test_groups_coordinated_adjectives_share_the_role(resolve: Resolve) -> None:
    ms = resolve("U.S. and Chinese officials met in Geneva on Monday.")
    codes = [(m.text, m.actor.code) for m in ms if m.actor is not None]
    assert codes == [("U.S.", "USAGOV"), ("Chinese officials", "CHNGOV")]


def test_groups_three_adjectives_before_a_role_noun(resolve: Resolve) -> None:
    ms = resolve("Russian, Belarusian and Chinese forces held joint drills.")
    codes = [m.actor.code for m in ms if m.actor is not None]
    assert codes == ["RUSMIL", "BLRMIL", "CHNMIL"]


def test_groups_a_full_state_name_is_not_an_adjective(resolve: Resolve) -> None:
    ms = resolve("The sanctions hit Russia and Iranian officials.")
    assert _at(ms, "Russia").actor.code == "RUS"  # type: ignore[union-attr]


def test_groups_demonym_plural_stays_a_state_group(resolve: Resolve) -> None:
    ms = resolve("The Turks have long resisted the plan.")
    m = _at(ms, "Turks")
    assert m.kind == "group" and m.actor is not None and m.actor.principal == "TUR"


def test_groups_the_two_koreas_are_a_fixed_pair(resolve: Resolve) -> None:
    ms = resolve("Tension between the two Koreas rose on Monday.")
    m = _at(ms, "the two Koreas")
    assert [a.principal for a in m.members] == ["PRK", "KOR"] and m.antecedent is None


def test_groups_the_two_men_take_their_governments(resolve: Resolve) -> None:
    ms = resolve(
        "Chinese President Xi Jinping received Russian President Vladimir Putin in Beijing. "
        "The two men signed a joint statement."
    )
    assert [a.code for a in _at(ms, "The two men").members] == ["CHNGOV", "RUSGOV"]


def test_groups_the_states_alone_are_no_reference(resolve: Resolve) -> None:
    ms = resolve("Germany and Austria tightened controls. The states of the region watched.")
    assert not any(m.text.lower().startswith("the states") for m in ms)


def test_groups_hyphenated_headline_pair_is_no_dateline(resolve: Resolve) -> None:
    ms = resolve(
        "Lawmakers hope to end Russia-Ukraine war\n\n"
        "Republicans say the president wants to get both sides to the table."
    )
    assert _at(ms, "Russia").actor is not None
    assert _members(ms, "both sides") == ["RUS", "UKR"]
