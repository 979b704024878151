"""Recall and precision rules of issue #5 on sentences we wrote: each rule with cases and near misses."""

from __future__ import annotations

import pytest

from newsgraph.events import code_events
from newsgraph.model import Article, Mention, Parse
from newsgraph.settings import Settings

from hand_mentions import hand_mentions  # tests/events/, on sys.path through conftest

# entity or token text -> (principal, mention kind)
ACTORS = {
    "australia": ("AUS", "name"),
    "beijing": ("CHN", "metonym"),
    "china": ("CHN", "name"),
    "chinese": ("CHN", "name"),
    "belarus": ("BLR", "name"),
    "canada": ("CAN", "name"),
    "egypt": ("EGY", "name"),
    "estonia": ("EST", "name"),
    "estonian": ("EST", "name"),
    "mali": ("MLI", "name"),
    "warsaw": ("POL", "metonym"),
    "afghanistan": ("AFG", "name"),
    "kabul": ("AFG", "metonym"),
    "the european union": ("EU", "name"),
    "european union": ("EU", "name"),
    "kremlin": ("RUS", "metonym"),
    "georgia": ("GEO", "name"),
    "india": ("IND", "name"),
    "iran": ("IRN", "name"),
    "iranian": ("IRN", "name"),
    "israel": ("ISR", "name"),
    "israeli": ("ISR", "name"),
    "japan": ("JPN", "name"),
    "tokyo": ("JPN", "metonym"),
    "lebanon": ("LBN", "name"),
    "moscow": ("RUS", "metonym"),
    "pakistan": ("PAK", "name"),
    "pakistani": ("PAK", "name"),
    "philippine": ("PHL", "name"),
    "the philippines": ("PHL", "name"),
    "poland": ("POL", "name"),
    "polish": ("POL", "name"),
    "qatar": ("QAT", "name"),
    "korea": ("KOR", "name"),
    "russia": ("RUS", "name"),
    "russian": ("RUS", "name"),
    "ukraine": ("UKR", "name"),
    "the united states": ("USA", "name"),
    "united states": ("USA", "name"),
    "washington": ("USA", "metonym"),
}


def _code(nlp, text: str) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    from newsgraph.nlp import to_parse

    article = Article(id="t", text=text, date="2025-02-04")
    parse: Parse = to_parse(nlp(text))
    mentions: tuple[Mention, ...] = hand_mentions(article, parse, ACTORS, pairs=True)
    events = code_events(article, parse, mentions, Settings())
    return sorted((e.source, e.target, e.code[:2]) for e in events)


CASES = [
    # 1. a direct object under "no" negates the act
    ("Iran offered no condolences to Israel after the attack.", []),
    ("Beijing imposed no new sanctions on Australia.", []),
    ("Russia sent no troops to Georgia last year.", []),
    ("Pakistan made no offer of aid to India.", []),
    # near misses: the same acts without "no" still code
    ("Beijing imposed new sanctions on Australia.", [("CHN", "AUS", "16")]),
    ("Iran offered condolences to Israel after the attack.", [("IRN", "ISR", "01")]),
    # 5. the object of "in the presence of" witnesses the act and is no party to it
    ("Egypt signed a deal in the presence of Qatar's emir.", []),
    # (no party to the signing, but a go-between for its sides: n.presence)
    ("Egypt and Israel signed the accord in the presence of Qatar.", [("EGY", "ISR", "05"), ("ISR", "EGY", "05"), ("QAT", "EGY", "04"), ("QAT", "ISR", "04")]),
    ("Japan apologized to Korea in the presence of Chinese diplomats.", [("JPN", "KOR", "05")]),
    # near miss: a partner named by "with" is a party
    ("Egypt signed a deal with Qatar.", [("EGY", "QAT", "05")]),
    # 7. ships, vessels and commandos stand for their state; a sports team does not
    ("Chinese coast guard ships fired water cannon at Philippine vessels.", [("CHN", "PHL", "17")]),
    ("Israeli commandos attacked a village in Lebanon.", [("ISR", "LBN", "19")]),
    ("Pakistan's cricket team toured India last month.", []),
    ("The Pakistani cricket team visited India last month.", []),
    ("Israel's national football team visited Qatar in June.", []),
    # near misses: negotiating teams and delegations are the state's
    ("Pakistan's negotiating team visited India last month.", [("PAK", "IND", "04")]),
    ("A Pakistani delegation visited India last month.", [("PAK", "IND", "04")]),
    # 2. a "by" the parser left as a preposition under a passive verb is its agent
    ("Sanctions were slapped on Iranian oil firms by Washington.", [("USA", "IRN", "16")]),
    ("Tariffs were imposed on Chinese steel by the United States.", [("USA", "CHN", "16")]),
    ("New sanctions were imposed on Russia by the European Union.", [("EU", "RUS", "16")]),
    # near miss: "by" naming a means is no agent
    ("The sanctions were imposed on Russia by decree.", []),
    # 3. a reaction to an earlier act its object names ("the criticism", "the expulsion")
    (
        "The Philippines accused China of harassing its fishermen. "
        "China's Foreign Ministry rejected the criticism.",
        [("PHL", "CHN", "11"), ("CHN", "PHL", "12")],
    ),
    (
        "Estonia expelled a Russian diplomat on Monday. Russia denounced the expulsion.",
        [("EST", "RUS", "16"), ("RUS", "EST", "11")],
    ),
    (
        "Russia expelled two Polish diplomats. Poland called the expulsions \"absurd.\"",
        [("RUS", "POL", "16"), ("POL", "RUS", "11")],
    ),
    # a third party criticising the named act criticises its author
    (
        "The European Union imposed new sanctions on Belarus on Monday. "
        "The Kremlin criticized the sanctions.",
        [("EU", "BLR", "16"), ("RUS", "EU", "11")],
    ),
    # near misses: an act of another kind, or one long before, is not what a third party answers
    (
        "Estonia expelled a Russian diplomat on Monday. Canada criticized the attack.",
        [("EST", "RUS", "16")],
    ),
    (
        "The European Union imposed new sanctions on Belarus on Monday. The talks went on. "
        "The rain fell. The markets closed. The Kremlin criticized the sanctions.",
        [("EU", "BLR", "16")],
    ),
    # 4. a trailing "accusing X of ..." after a deed is a charge of its own
    (
        "Belarus expelled two Polish diplomats, accusing Warsaw of lobbying for the measures.",
        [("BLR", "POL", "16"), ("BLR", "POL", "11")],
    ),
    (
        "Russia expelled an Estonian diplomat on Monday, accusing Estonia of espionage.",
        [("RUS", "EST", "16"), ("RUS", "EST", "11")],
    ),
    # near miss: after a charge or a rejection, the participle restates it
    ("Japan dismissed the Chinese claims, calling China a bully.", [("JPN", "CHN", "12")]),
    # a past verb joined to a reported clause is the speaker's own act
    (
        "Mali's president said his government had never refused help and thanked Moscow.",
        [("MLI", "RUS", "05")],
    ),
    ("Pakistan's prime minister said the aid had arrived and thanked China.", [("PAK", "CHN", "05")]),
    ("Japan said the talks were useful and praised China.", [("JPN", "CHN", "05")]),
    # near misses: the clause's own actor acts; "neither ... nor" shares its negation
    (
        "Japan said Chinese ships had entered the zone and attacked the Philippines.",
        [("CHN", "PHL", "19")],
    ),
    ("The president said Kabul has neither anticipated nor sought any aid from Washington.", []),
    # 8. a reaction to an act its object's relative clause tells: both events
    (
        "China criticized the sanctions Washington imposed on Chinese firms.",
        [("CHN", "USA", "11"), ("USA", "CHN", "16")],
    ),
    (
        "China criticized the sanctions that Washington imposed on Chinese firms.",
        [("CHN", "USA", "11"), ("USA", "CHN", "16")],
    ),
    ("Japan rejected the claims China made about the islands.", [("JPN", "CHN", "12")]),
    # near miss: no author named, nothing earlier to answer
    ("China criticized the sanctions on Chinese firms.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", CASES)
def test_events_recall4_codes(nlp, text: str, expected: list[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _code(nlp, text) == sorted(expected)
