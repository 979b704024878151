"""Actor rules from a blind audit, each checked on sentences written for it.

A bare head title takes the dateline's state only when no other state's holder
of that title is named; a minister or spokesperson stated with no state takes
the body the sentence before was about, or the capital they speak in; a
state's envoy to the U.N. is the state's; plural pair references; joined state
names ("U.S.-China"); "the island" for Taiwan. Near misses sit beside each rule.
All sentences are parsed in one batch (see ``test_actors_coverage``).
"""

from __future__ import annotations

import pytest

from test_actors_coverage import Case, problem

from newsgraph.model import Mention


def _check(case: Case, mentions: tuple[Mention, ...]) -> str | None:
    """``problem``, except that a near miss (``principal`` None) forbids its actor
    only on the mentions overlapping ``span``, not anywhere in the sentence;
    ``forbid`` "person:<name>" forbids that person there."""
    if case.principal is not None:
        return problem(case, mentions)
    start = case.text.find(case.span)
    assert start >= 0, f"{case.id}: span {case.span!r} not in the text"
    end = start + len(case.span)
    over = [m for m in mentions if m.start < end and start < m.end]
    if case.forbid.startswith("person:"):
        name = case.forbid.split(":", 1)[1]
        bad = [m.text for m in over if m.person == name]
        return f"{name} found on {bad}" if bad else None
    got = [m.actor.principal for m in over if m.actor] + [
        a.principal for m in over for a in m.members
    ]
    return (
        f"{case.forbid} found: {[(m.text, m.actor) for m in over]}" if case.forbid in got else None
    )


def run_cases(cases: list[Case]) -> dict[str, str | None]:
    """Parse every case (one batch) and check its mentions: case id -> problem."""
    from newsgraph.actors import resolve_mentions
    from newsgraph.model import Article
    from newsgraph.nlp import parse_texts
    from newsgraph.settings import Settings

    settings = Settings()
    out: dict[str, str | None] = {}
    for case, parse in zip(cases, parse_texts([c.text for c in cases], settings), strict=True):
        article = Article(id="b", text=case.text, date=case.date, dateline=case.dateline)
        out[case.id] = _check(case, resolve_mentions(article, parse, settings))
    return out


CASES = (
    # 2. a bare head title under a dateline
    Case(
        "head-cairo",
        "President Youssef Amer said the talks went well.",
        "Youssef Amer",
        "EGY",
        dateline="CAIRO",
    ),
    Case(
        "head-ottawa",
        "Prime Minister Daniel Rousseau spoke by phone with U.S. President Thomas Reed on Monday.",
        "Daniel Rousseau",
        "CAN",
        dateline="OTTAWA",
    ),
    Case(
        "head-nairobi",
        "President Grace Wanjiru will travel to the coast next week, her office said.",
        "Grace Wanjiru",
        "KEN",
        dateline="NAIROBI",
    ),
    # near misses: coreference wins; another state's president leaves a bare one unplaced
    Case(
        "head-coref",
        "French President Jean Moreau arrived on Monday. Later, President "
        "Moreau said the visit was a success.",
        "President Moreau",
        "FRA",
        dateline="WASHINGTON",
    ),
    Case(
        "head-coref-not-usa",
        "French President Jean Moreau arrived on Monday. Later, "
        "President Moreau said the visit was a success.",
        "President Moreau",
        None,
        forbid="USA",
        dateline="WASHINGTON",
    ),
    Case(
        "head-other-state",
        "Brazil's president will attend the summit. President Lucas "
        "Prado said on Monday that he would meet his hosts.",
        "Lucas Prado",
        None,
        forbid="USA",
        dateline="WASHINGTON",
    ),
    Case(
        "head-not-holder",
        "President Omar Haddad resigned on Sunday, his office said.",
        "Omar Haddad",
        None,
        forbid="USA",
        dateline="WASHINGTON",
    ),
    Case(
        "head-holder",
        "President Joe Biden spoke on Monday.",
        "Joe Biden",
        "USA",
        date="2023-06-01",
        dateline="WASHINGTON",
    ),
    # 8 and 3b. ministers and spokespeople placed by their sentence
    Case(
        "spokes-body",
        "China's Foreign Ministry rejected the criticism. Spokesperson Liu "
        "Wen said that the claims were false.",
        "Liu Wen",
        "CHN",
        dateline="JAKARTA",
    ),
    Case(
        "spokes-said-in",
        "Spokesperson Ana Duarte said in Lisbon that the talks would resume.",
        "Ana Duarte",
        "PRT",
        dateline="MADRID",
    ),
    Case(
        "spokes-said-in-2",
        "Spokesman Omar Haddad told reporters later and said in Amman "
        "that the border would stay open.",
        "Omar Haddad",
        "JOR",
        dateline="BEIRUT",
    ),
    Case(
        "minister-fronted",
        "In Caracas, Foreign Minister Alberto Mendez accused Chile of meddling.",
        "Alberto Mendez",
        "VEN",
        dateline="SANTIAGO",
    ),
    Case(
        "minister-fronted-2",
        "In Hanoi, Trade Minister Nguyen Lan said exports would grow.",
        "Nguyen Lan",
        "VNM",
    ),
    Case(
        "minister-fronted-3",
        "In Nairobi, Interior Minister Peter Kamau said police were on alert.",
        "Peter Kamau",
        "KEN",
        dateline="KAMPALA",
    ),
    # near misses: an ambassador in a capital is usually foreign; a mid-sentence place is not a seat
    Case(
        "ambassador-in-capital",
        "In Caracas, Ambassador Paul Dunne said the embassy would stay open.",
        "Paul Dunne",
        None,
        forbid="VEN",
    ),
    Case(
        "minister-visit",
        "Foreign Minister Lena Berg arrived on Monday for talks in Hanoi.",
        "Lena Berg",
        None,
        forbid="VNM",
        dateline="STOCKHOLM",
    ),
    # 3a. a state's envoy to an IGO is the state's
    Case(
        "mission-un", "Mali's U.N. envoy, Ibrahim Keita, welcomed the vote.", "Ibrahim Keita", "MLI"
    ),
    Case(
        "mission-nato",
        "Russia's NATO ambassador Oleg Petrov criticized the decision.",
        "Oleg Petrov",
        "RUS",
    ),
    Case(
        "mission-to",
        "Mali's ambassador to the United Nations, Ibrahim Keita, welcomed the vote.",
        "Ibrahim Keita",
        "MLI",
    ),
    Case("mission-unnamed", "Kenya's U.N. envoy said the council must act.", "U.N. envoy", "KEN"),
    Case(
        "mission-unnamed-not",
        "Kenya's U.N. envoy said the council must act.",
        "U.N. envoy",
        None,
        forbid="UN",
    ),
    # near miss: the IGO's own envoy stays the IGO's
    Case("mission-igo-unnamed", "The U.N. envoy said talks would resume.", "U.N. envoy", "UN"),
    Case(
        "mission-igo-own",
        "The U.N. envoy for Yemen, Hans Berg, said talks would resume.",
        "Hans Berg",
        "UN",
    ),
    # 1. a counterpart's nationality is the counterpart's; a comma-set name is that person
    Case(
        "counterpart-name",
        "Kenyan Foreign Minister Mary Achieng met her Rwandan "
        "counterpart, Olivier Nkurunziza, on Monday.",
        "Olivier Nkurunziza",
        "RWA",
    ),
    Case(
        "counterpart-owner",
        "Indian Trade Minister Rajan Mehta was received at the airport "
        "by his Egyptian counterpart, Sherif Adel.",
        "Rajan Mehta",
        "IND",
    ),
    Case(
        "counterpart-owner-not",
        "Indian Trade Minister Rajan Mehta was received at the "
        "airport by his Egyptian counterpart.",
        "Rajan Mehta",
        None,
        forbid="EGY",
    ),
    Case(
        "counterpart-signed",
        "The deal was signed by Kenyan Foreign Minister Mary Achieng "
        "and her Ugandan counterpart, John Okello, in the presence of Egypt's prime "
        "minister.",
        "John Okello",
        "UGA",
    ),
    Case(
        "counterpart-signed-not",
        "The deal was signed by Kenyan Foreign Minister Mary "
        "Achieng and her Ugandan counterpart, John Okello, in the presence of Egypt's prime "
        "minister.",
        "John Okello",
        None,
        forbid="EGY",
    ),
    # 4. plural references to a pair; "countries" are states only, the speaker's pair first
    Case(
        "pair-governments",
        "Armenia and Azerbaijan met in Geneva. Officials said the two "
        "governments had agreed to a truce.",
        "the two governments",
        "AZE",
    ),
    Case(
        "pair-sides",
        "Peru and Bolivia held talks on Monday. The two sides signed three agreements.",
        "The two sides",
        "PER",
    ),
    Case(
        "pair-delegations",
        "Norway hosted Colombia and Ecuador for talks. The foreign "
        "minister thanked both delegations.",
        "both delegations",
        "ECU",
    ),
    Case(
        "pair-no-igo",
        "Spain's prime minister and the European Commission president "
        "congratulated Chile. Pedro Sanchez said he hoped the two countries would deepen "
        "cooperation.",
        "the two countries",
        "CHL",
    ),
    Case(
        "pair-no-igo-not",
        "Spain's prime minister and the European Commission president "
        "congratulated Chile. Pedro Sanchez said he hoped the two countries would deepen "
        "cooperation.",
        "the two countries",
        None,
        forbid="EU",
    ),
    Case(
        "pair-speaker",
        "Chilean President Ana Ruiz met Spanish Prime Minister Pedro Sanchez "
        "and EU chief Ursula Berg. Sanchez said he hoped the two countries would deepen "
        "cooperation.",
        "the two countries",
        "CHL",
    ),
    Case(
        "pair-nations-igo",
        "Japan and the African Union held a summit in Tokyo. Kenya and "
        "Ghana attended. The two nations pledged aid.",
        "The two nations",
        None,
        forbid="AU",
    ),
    # near miss: "sides" may be an IGO
    Case(
        "pair-sides-igo",
        "Russia and NATO held talks in Vienna. The two sides agreed to meet again.",
        "The two sides",
        "NATO",
    ),
    # 7. a state's title never binds a person of another office; a comma-set name owns it
    Case(
        "office-other",
        "Pakistani Prime Minister Omar Khan spoke on Monday. Pakistan's "
        "finance minister said the budget would pass.",
        "finance minister",
        None,
        forbid="person:Omar Khan",
    ),
    Case(
        "office-named-after",
        "Pakistani Prime Minister Omar Khan spoke on Monday. "
        "Pakistan's finance minister, Ayesha Malik, said the budget would pass.",
        "Ayesha Malik",
        "PAK",
    ),
    Case(
        "office-egypt-pm",
        "The deal was signed by Kenyan Foreign Minister Mary Achieng and "
        "her Ugandan counterpart, John Okello, in the presence of Egypt's prime minister.",
        "Egypt's prime minister",
        "EGY",
    ),
    # near miss: another head word may still be the same post
    Case(
        "office-top-diplomat",
        "Russian Foreign Minister Sergei Orlov spoke on Monday. "
        "Russia's top diplomat said talks would go on.",
        "top diplomat",
        "RUS",
    ),
    # 5. two states joined in one token; a state that leads or backs
    Case("joined-first", "Tensions over U.S.-China trade rose on Monday.", "U.S.", "USA"),
    Case("joined-second", "Tensions over U.S.-China trade rose on Monday.", "China", "CHN"),
    Case("joined-border", "The U.S.-Mexico border was closed for a day.", "Mexico", "MEX"),
    Case("joined-led", "The U.S.-led coalition struck targets overnight.", "U.S.", "USA"),
    # near misses: a place of business is no act; a lower-case word is no name
    # 6. "the island" for Taiwan once Taiwan is named; another island state named later wins
    Case(
        "island-taiwan",
        "Taiwan held drills on Monday. China said the island must accept unification.",
        "the island",
        "TWN",
    ),
    Case(
        "island-self-ruled",
        "Taiwan held drills. Beijing sent warships toward the self-ruled island.",
        "self-ruled island",
        "TWN",
    ),
    Case(
        "island-after-china",
        "China warned Taiwan on Monday. Officials in Beijing said the island would pay a price.",
        "the island",
        "TWN",
    ),
    Case(
        "island-cuba-later",
        "Taiwan condemned the move. Cuba reported storms. The island lost power on Monday.",
        "The island",
        None,
        forbid="TWN",
    ),
    Case(
        "island-unnamed",
        "The ship sailed past the island on Monday.",
        "the island",
        None,
        forbid="TWN",
    ),
    Case(
        "island-of",
        "Taiwan held drills. Ships sailed near the island of Kinmen.",
        "the island",
        None,
        forbid="TWN",
    ),
    Case("joined-based", "The U.S.-based company reported profits.", "U.S.", None, forbid="USA"),
)


@pytest.fixture(scope="module")
def results() -> dict[str, str | None]:
    return run_cases(list(CASES))


def test_actors_blind_case_ids_are_unique() -> None:
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids))


@pytest.mark.model
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_actors_blind_resolves(case: Case, results: dict[str, str | None]) -> None:
    assert results[case.id] is None, f"{case.text}\n{results[case.id]}"
