"""Pair references overtaken by a later meeting, each checked on articles written
for it.

"Both governments", "the two countries", "both allies" stand for the list
named before them, unless a later sentence tells of a meeting (met, visited,
held talks, called, signed) between other parties, as many as the list has:
then for those, when none of them is in the list and the paragraph no longer
names it, or when the meeting is in the plural's own paragraph and the list in
an earlier one. Acts of third states one by one ("Trump praised the deal"), a
hostile act between third states and a list still named nearby keep the list.
All articles are parsed in one batch.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest


@dataclass(frozen=True, slots=True)
class PairCase:
    """An article and the members its plural ``span`` must stand for (empty: none)."""

    id: str
    text: str
    span: str
    members: tuple[str, ...]


CASES = (
    # a meeting of new parties, in a new paragraph
    PairCase("new-paragraph-meeting",
             "Armenia and Azerbaijan signed a peace deal in Washington in August.\n\n"
             "In a separate development, Pakistan's foreign minister met his Afghan "
             "counterpart in Kabul on Tuesday. Both governments agreed to reopen the border "
             "crossing.", "Both governments", ("PAK", "AFG")),
    PairCase("new-paragraph-leaders",
             "Australia and Japan are close partners.\n\nPresident William Ruto met Tanzanian "
             "President Samia Suluhu Hassan on Monday. Both allies vowed to fight terrorism.",
             "Both allies", ("KEN", "TZA")),
    PairCase("phone-call",
             "Ethiopia and Eritrea signed a peace deal in 2018.\n\nOn Monday, Egypt's foreign "
             "minister called his Sudanese counterpart. The two governments discussed the war.",
             "The two governments", ("EGY", "SDN")),
    PairCase("same-paragraph-meeting",
             "Chile and Peru signed a fishing accord last year. Separately, Bolivia's president "
             "visited Paraguay's president on Monday. The two countries pledged to build a "
             "railway.", "The two countries", ("BOL", "PRY")),
    # one member shared, the meeting in the plural's own paragraph
    PairCase("shared-member-new-paragraph",
             "Serbia and Kosovo agreed to normalize ties in 2023.\n\nHungarian Prime Minister "
             "Viktor Orban visited Belgrade on Tuesday and met Serbian President Aleksandar "
             "Vucic. Both governments signed an energy deal.", "Both governments",
             ("HUN", "SRB")),
    # near misses: the list stays
    PairCase("third-party-praise",
             "Russia and Ukraine agreed to a 30-day ceasefire on Tuesday. U.S. President Donald "
             "Trump praised the deal. Both sides said they would free prisoners.", "Both sides",
             ("RUS", "UKR")),
    PairCase("two-reactions",
             "India and Pakistan agreed to a ceasefire on Saturday.\n\nThe United States welcomed "
             "the truce. China urged restraint. Both countries should talk, Beijing said.",
             "Both countries", ("IND", "PAK")),
    PairCase("hostile-third-states",
             "Vietnam and the Philippines held talks on the South China Sea on Monday. China "
             "warned Japan against interfering. Both countries said the talks were useful.",
             "Both countries", ("VNM", "PHL")),
    PairCase("mediator-with-members",
             "Thailand and Cambodia clashed along their border in July.\n\nMalaysian Prime "
             "Minister Anwar Ibrahim met Thai and Cambodian leaders in Kuala Lumpur. Both sides "
             "agreed to a ceasefire.", "Both sides", ("THA", "KHM")),
    PairCase("call-on-is-no-meeting",
             "Chile and Peru signed a fishing accord last year. Separately, Bolivia called on "
             "Paraguay to open its border. The two countries said the accord was working.",
             "The two countries", ("CHL", "PER")),
    PairCase("list-named-again",
             "Armenia and Azerbaijan signed a peace deal in August.\n\nRussia's foreign minister "
             "met his Iranian counterpart in Baku on Tuesday. Both countries have opened a border "
             "crossing.", "Both countries", ("ARM", "AZE")),
)


def _members(case: PairCase, mentions: tuple) -> tuple[str, ...]:  # type: ignore[type-arg]
    start = case.text.find(case.span)
    assert start >= 0, f"{case.id}: span {case.span!r} not in the text"
    over = [m for m in mentions if m.start == start and m.members]
    return tuple(a.principal for m in over for a in m.members)


@pytest.fixture(scope="module")
def results() -> dict[str, tuple[str, ...]]:
    from newsgraph.actors import resolve_mentions
    from newsgraph.model import Article
    from newsgraph.nlp import parse_texts
    from newsgraph.settings import Settings

    settings = Settings()
    out: dict[str, tuple[str, ...]] = {}
    for case, parse in zip(CASES, parse_texts([c.text for c in CASES], settings), strict=True):
        article = Article(id="p", text=case.text, date="2025-06-15")
        out[case.id] = _members(case, resolve_mentions(article, parse, settings))
    return out


def test_actors_pairs2_case_ids_are_unique() -> None:
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids))


@pytest.mark.model
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_actors_pairs2_resolves(case: PairCase, results: dict[str, tuple[str, ...]]) -> None:
    assert sorted(results[case.id]) == sorted(case.members), case.text
