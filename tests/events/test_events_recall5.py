"""Rules of issue #5 (session 4) on sentences we wrote: each rule with cases and near misses."""

from __future__ import annotations

import pytest

from newsgraph import process
from newsgraph.events import code_events
from newsgraph.events.patterns import compile_patterns, load_patterns, parse_patterns
from newsgraph.model import Article, Mention, Parse
from newsgraph.settings import Settings

from hand_mentions import hand_mentions  # tests/events/, on sys.path through conftest

pytestmark = pytest.mark.model

# entity or token text -> (principal, mention kind)
ACTORS = {
    "armenia": ("ARM", "name"),
    "azerbaijan": ("AZE", "name"),
    "egypt": ("EGY", "name"),
    "the european union": ("EU", "name"),
    "european union": ("EU", "name"),
    "belarus": ("BLR", "name"),
    "kremlin": ("RUS", "metonym"),
    "ethiopia": ("ETH", "name"),
    "iran": ("IRN", "name"),
    "israel": ("ISR", "name"),
    "lebanon": ("LBN", "name"),
    "qatar": ("QAT", "name"),
    "russia": ("RUS", "name"),
    "somalia": ("SOM", "name"),
    "sudan": ("SDN", "name"),
    "turkey": ("TUR", "name"),
    "ukraine": ("UKR", "name"),
    "ukrainian": ("UKR", "name"),
    "the united states": ("USA", "name"),
    "united states": ("USA", "name"),
    "the united arab emirates": ("ARE", "name"),
    "united arab emirates": ("ARE", "name"),
    "the imf": ("IMF", "name"),
    "imf": ("IMF", "name"),
    "kenya": ("KEN", "name"),
    "sweden": ("SWE", "name"),
    "japan": ("JPN", "name"),
    "china": ("CHN", "name"),
}

# a reverse pattern naming its giver through "from", as the patterns file may write one
_RECEIVE = """
verbs:
  - id: t.receive_aid
    lemmas: [receive, get, obtain]
    object: [loan, aid, vehicle, weapon, grant]
    code: "070"
    reverse: true
    target: ["prep:from"]
    refine:
      - {words: [loan, grant], code: "071"}
  - id: t.worried
    lemmas: [worry, complain]
    code: "111"
    reverse: true
    target: ["prep:about|over"]
"""


def _code(nlp, text: str, patterns=None) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    from newsgraph.nlp import to_parse

    article = Article(id="t", text=text, date="2025-02-04")
    parse: Parse = to_parse(nlp(text))
    mentions: tuple[Mention, ...] = hand_mentions(article, parse, ACTORS, pairs=True)
    events = code_events(article, parse, mentions, Settings(), patterns)
    return sorted((e.source, e.target, e.code[:3]) for e in events)


def _pipeline(text: str) -> list[tuple[str, str, str]]:
    return sorted((e.source, e.target, e.code[:3]) for e in process(text).events)


# 1. mentions the parser nests in one another ("Trump" inside "Putin"'s phrase) are each a party
TILED = [
    (
        "HELSINKI — U.S. President Donald Trump and Russian President Vladimir Putin met in "
        "Helsinki on Monday.",
        [("USA", "RUS", "040"), ("RUS", "USA", "040")],
    ),
    (
        "U.S. President Joe Biden and Chinese President Xi Jinping met in Lima on Saturday.",
        [("USA", "CHN", "040"), ("CHN", "USA", "040")],
    ),
    (
        "Japanese Prime Minister Shigeru Ishiba and South Korean President Yoon Suk Yeol held "
        "talks in Lima.",
        [("JPN", "KOR", "040"), ("KOR", "JPN", "040")],
    ),
    (
        "Japan's foreign minister and his Chinese counterpart held talks in Beijing on Tuesday.",
        [("JPN", "CHN", "040"), ("CHN", "JPN", "040")],
    ),
    # near miss: a phrase with a word that is no actor ("his wife") adds nobody
    (
        "U.S. President Donald Trump and his wife met Russian President Vladimir Putin.",
        [("USA", "RUS", "040")],
    ),
]


@pytest.mark.parametrize("text,expected", TILED)
def test_events_recall5_nested_coordinated_subjects(text: str, expected: list) -> None:
    assert _pipeline(text) == sorted(expected)


# 3. a go-between named by a participle's agent acts on the parties of the clause
MEDIATED = [
    (
        "Armenia and Azerbaijan held talks mediated by Qatar on Monday.",
        [
            ("ARM", "AZE", "040"),
            ("AZE", "ARM", "040"),
            ("QAT", "ARM", "045"),
            ("QAT", "AZE", "045"),
        ],
    ),
    (
        "Israel and Lebanon agreed to a ceasefire brokered by the United States.",
        [
            ("ISR", "LBN", "057"),
            ("LBN", "ISR", "057"),
            ("USA", "ISR", "045"),
            ("USA", "LBN", "045"),
        ],
    ),
    (
        "Ethiopia and Somalia signed a deal brokered by Turkey.",
        [
            ("ETH", "SOM", "057"),
            ("SOM", "ETH", "057"),
            ("TUR", "ETH", "045"),
            ("TUR", "SOM", "045"),
        ],
    ),
    (
        "Russia and Ukraine swapped prisoners in an exchange mediated by the United Arab Emirates.",
        [
            ("RUS", "UKR", "084"),
            ("UKR", "RUS", "084"),
            ("ARE", "RUS", "045"),
            ("ARE", "UKR", "045"),
        ],
    ),
    (
        "Armenia and Azerbaijan agreed on Saturday to a ceasefire after two days of talks "
        "mediated by Qatar.",
        [
            ("ARM", "AZE", "057"),
            ("AZE", "ARM", "057"),
            ("QAT", "ARM", "045"),
            ("QAT", "AZE", "045"),
        ],
    ),
    (
        "Sudan and Egypt signed a border deal after three rounds of negotiations brokered by Qatar.",
        [
            ("EGY", "SDN", "057"),
            ("SDN", "EGY", "057"),
            ("QAT", "EGY", "045"),
            ("QAT", "SDN", "045"),
        ],
    ),
    # near misses: a bystander's verb, a planned meeting
    ("Iran criticized the talks mediated by Qatar.", []),
    ("Iran criticized two days of talks mediated by Qatar.", []),
    (
        "Armenia and Azerbaijan will hold talks mediated by Qatar.",
        [("ARM", "AZE", "040"), ("AZE", "ARM", "040")],  # talks to come keep 04 (session 57),
    ),
]


@pytest.mark.parametrize("text,expected", MEDIATED)
def test_events_recall5_mediator_acts_on_parties(nlp, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert _code(nlp, text) == sorted(expected)


# 2. a reverse pattern's giver named by "from" is the source
GIVEN = [
    ("Ukraine received a $2 billion loan from the IMF.", [("IMF", "UKR", "071")]),
    ("Kenya has received loans from the IMF.", [("IMF", "KEN", "071")]),
    ("Ukraine received 40 armored vehicles from Sweden.", [("SWE", "UKR", "070")]),
    # near miss: a reverse pattern's other prepositions are not swapped
    ("Japan complained about China.", [("JPN", "CHN", "111")]),
]


@pytest.mark.parametrize("text,expected", GIVEN)
def test_events_recall5_reverse_giver_is_source(nlp, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    patterns = compile_patterns(parse_patterns(_RECEIVE))
    assert _code(nlp, text, patterns) == sorted(expected)


def test_events_recall5_reverse_dobj_unchanged(nlp) -> None:  # type: ignore[no-untyped-def]
    """The shipped patterns still reverse a direct object ("shot down Ukrainian drones")."""
    assert _code(nlp, "Russia shot down Ukrainian drones.", load_patterns()) == [
        ("UKR", "RUS", "195")
    ]


# 5. a transcript turn's speaker label names whom "we" stands for
_TRANSCRIPT = (
    "WASHINGTON — State Department spokesman Matthew Miller spoke to VOA on Monday.\n\n"
    "VOA: We asked Iran about the drones. Did the U.S. talk to Egypt?\n\n"
    "Miller: We hosted the Egyptian foreign minister in Washington last week. "
    "We also condemned the Russian strikes on Kyiv.\n\n"
    "Matthew Miller, State Department spokesman: We imposed new sanctions on Iran in March.\n\n"
    "Sarah Jones, an analyst at the Atlantic Council: We criticized China for that."
)


def test_events_recall5_transcript_label_speaks() -> None:
    got = _pipeline(_TRANSCRIPT)
    assert ("USA", "EGY", "043") in got  # "Miller: We hosted ..."
    assert ("USA", "RUS", "111") in got  # "We also condemned ..."
    assert ("USA", "IRN", "163") in got  # "Matthew Miller, State Department spokesman: We ..."
    # near misses: the interviewer's "we", and a label naming no state's person
    assert not any(e[1] == "IRN" and e[2] != "163" for e in got)
    assert not any(e[1] == "CHN" for e in got)


# 6. a third party's reaction to a named act chains through an earlier reaction to it
CHAINED = [
    (
        "The European Union imposed new sanctions on Russia on Monday. The measures target "
        "Russian banks. The EU said the measures were needed. Russia condemned the sanctions. "
        "Japan and Egypt signed a deal. The talks went on. The rain fell. The markets closed. "
        "Iran criticized the sanctions.",
        [
            ("EU", "RUS", "163"),
            ("RUS", "EU", "111"),
            ("EGY", "JPN", "057"),
            ("JPN", "EGY", "057"),
            ("IRN", "EU", "111"),
        ],
    ),
    (
        "The European Union imposed sanctions on Belarus. Officials met in Brussels. The "
        "ministers spoke for hours. Belarus denounced the sanctions. The talks went on. The rain "
        "fell. The markets closed. The Kremlin criticized the sanctions.",
        [("EU", "BLR", "163"), ("BLR", "EU", "111"), ("RUS", "EU", "111")],
    ),
    (
        "The European Union imposed sanctions on Belarus. Belarus rejected the sanctions. The "
        "talks went on. The rain fell. The markets closed. Iran condemned the sanctions.",
        [("EU", "BLR", "163"), ("BLR", "EU", "120"), ("IRN", "EU", "111")],
    ),
    # near misses: no earlier reaction to chain through; a reaction to another act
    (
        "The European Union imposed new sanctions on Russia on Monday. The talks went on. "
        "The rain fell. The markets closed. Iran criticized the sanctions.",
        [("EU", "RUS", "163")],
    ),
    (
        "The European Union imposed new sanctions on Russia on Monday. Russia condemned the "
        "sanctions. The talks went on. The rain fell. The markets closed. Iran criticized the "
        "attack.",
        [("EU", "RUS", "163"), ("RUS", "EU", "111")],
    ),
]


@pytest.mark.parametrize("text,expected", CHAINED)
def test_events_recall5_reaction_chains_to_author(nlp, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert _code(nlp, text) == sorted(expected)
