"""The yield, retreat, investigate, alert, support and assault patterns on sentences we wrote.

Mentions are built by hand from a small actor table, so these tests exercise the patterns
(and which one fired), not the actors stage.
"""

from __future__ import annotations

import pytest

from newsgraph.events import code_events
from newsgraph.model import Article, Mention, Parse
from newsgraph.settings import Settings

from hand_mentions import hand_mentions  # tests/events/, on sys.path through conftest

# entity or token text -> (principal, mention kind)
ACTORS = {
    "serbia": ("SRB", "name"),
    "montenegro": ("MNE", "name"),
    "israel": ("ISR", "name"),
    "israeli": ("ISR", "name"),
    "lebanon": ("LBN", "name"),
    "egypt": ("EGY", "name"),
    "libya": ("LBY", "name"),
    "britain": ("GBR", "name"),
    "iran": ("IRN", "name"),
    "germany": ("DEU", "name"),
    "russia": ("RUS", "name"),
    "russian": ("RUS", "name"),
    "ukraine": ("UKR", "name"),
    "iraqi": ("IRQ", "name"),
    "iraq": ("IRQ", "name"),
    "france": ("FRA", "name"),
    "chinese": ("CHN", "name"),
    "china": ("CHN", "name"),
    "japan": ("JPN", "name"),
    "poland": ("POL", "name"),
    "moscow": ("RUS", "metonym"),
    "belarus": ("BLR", "name"),
    "palestinian": ("PSE", "name"),
    "the united states": ("USA", "name"),
    "united states": ("USA", "name"),
    "nigeria": ("NGA", "name"),
    "ghana": ("GHA", "name"),
    "pakistani students": ("PAK", "group"),
    "india": ("IND", "name"),
    "guinean": ("GIN", "name"),
    "liberian": ("LBR", "name"),
    "norway": ("NOR", "name"),
    "saudi arabia": ("SAU", "name"),
    "syria": ("SYR", "name"),
    "the european union": ("EU", "name"),
    "european union": ("EU", "name"),
    "argentina": ("ARG", "name"),
    "brazil": ("BRA", "name"),
    "turkey": ("TUR", "name"),
    "greece": ("GRC", "name"),
    "bosnia": ("BIH", "name"),
    "polish protesters": ("POL", "group"),
    "palestinian workers": ("PSE", "group"),
    "ukrainian": ("UKR", "name"),
    "south africa": ("ZAF", "name"),
    "ukrainian workers": ("UKR", "group"),
    "qatar": ("QAT", "name"),
    "the emirates": ("ARE", "name"),
    "emirates": ("ARE", "name"),
    "south african": ("ZAF", "name"),
    "the iaea": ("IAEA", "name"),
    "iaea": ("IAEA", "name"),
    "pakistan": ("PAK", "name"),
    "afghanistan": ("AFG", "name"),
    "bangladesh": ("BGD", "name"),
    "sierra leone": ("SLE", "name"),
    "north korea": ("PRK", "name"),
    "the united nations": ("UN", "name"),
    "united nations": ("UN", "name"),
}


def _mentions(article: Article, parse: Parse) -> tuple[Mention, ...]:
    return hand_mentions(article, parse, ACTORS, pairs=True)


def _code(nlp, text: str) -> list[tuple[str, str, str, str]]:  # type: ignore[no-untyped-def]
    from newsgraph.nlp import to_parse

    article = Article(id="t", text=text, date="2024-05-01")
    parse = to_parse(nlp(text))
    events = code_events(article, parse, _mentions(article, parse), Settings())
    return [(e.source, e.target, e.code, e.rule) for e in events]


CASES = [
    # 08 yield
    ("Serbia lifted a night curfew in Montenegro.", [("SRB", "MNE", "0813", "v.ease_curfew")]),
    ("Israel eased restrictions in Lebanon on Monday.", [("ISR", "LBN", "081", "v.ease_curfew")]),
    ("Egypt lifted martial law in Libya.", [("EGY", "LBY", "0814", "v.ease_martial_law")]),
    (
        "Britain accepted demands from Iran for the release of the tanker.",
        [("GBR", "IRN", "080", "v.accede")],
    ),
    ("Germany conceded to Russia's demands.", [("DEU", "RUS", "080", "v.accede")]),
    ("Libya handed over two suspects to Britain.", [("LBY", "GBR", "063", "v.hand_over")]),
    ("The Iraqi army surrendered to Iran.", [("IRQ", "IRN", "0874", "v.surrender")]),
    (
        "Russian forces withdrew from Ukraine last year.",
        [("RUS", "UKR", "0874", "v.withdraw_from")],
    ),
    (
        "Israel completed the withdrawal of its forces from Lebanon.",
        [("ISR", "LBN", "0874", "v.complete_withdrawal")],
    ),
    (
        "Russia's withdrawal from Syria surprised analysts.",
        [("RUS", "SYR", "0874", "n.withdrawal")],
    ),
    ("Russia declared a ceasefire in Ukraine.", [("RUS", "UKR", "0871", "v.declare_ceasefire")]),
    (
        "Syria granted humanitarian access to the European Union.",
        [("SYR", "EU", "0863", "v.allow_access")],
    ),
    # 09 investigate
    (
        "France opened an investigation into Chinese hackers.",
        [("FRA", "CHN", "090", "v.open_investigation")],
    ),
    (
        "Poland launched a corruption probe against Russian firms.",
        [("POL", "RUS", "091", "v.open_investigation")],
    ),
    (
        "Russia's investigation into Ukraine's role continued.",
        [("RUS", "UKR", "090", "n.investigation")],
    ),
    # 10 demand, 12 reject
    ("Poland demanded an admission by Moscow.", [("POL", "RUS", "100", "v.demand")]),
    ("Germany rejected calls by Belarus for economic aid.", [("DEU", "BLR", "120", "v.reject")]),
    ("China refused to lift restrictions on Japan.", [("CHN", "JPN", "124", "v.reject")]),
    # 15 force posture
    (
        "Britain mobilized army reservists for a possible war against Iraq.",
        [("GBR", "IRQ", "154", "v.mobilize")],
    ),
    ("Israel has strengthened its forces in Lebanon.", [("ISR", "LBN", "154", "v.reinforce")]),
    ("Israeli troops remained on alert in Lebanon.", [("ISR", "LBN", "152", "v.on_alert")]),
    # 05 and 16
    ("Nigeria forgave Ghana.", [("NGA", "GHA", "056", "v.forgive")]),
    (
        "Germany upheld the right of Poland to build a fence.",
        [("DEU", "POL", "051", "v.defend_right")],
    ),
    ("Turkey boycotted all contact with Greece.", [("TUR", "GRC", "163", "v.sanction")]),
    # 07: a contribution of troops is military aid
    ("France contributed 4,000 troops to Lebanon.", [("FRA", "LBN", "072", "v.provide_aid")]),
    # 14 protest, 17 and 18 violence against people and property
    ("Pakistani students rioted against India.", [("PAK", "IND", "145", "v.protest")]),
    ("Palestinian riots against Israeli policies continued.", [("PSE", "ISR", "145", "n.riot")]),
    ("Guinean soldiers tortured Liberian refugees.", [("GIN", "LBR", "1822", "v.torture")]),
    ("Israeli soldiers beat up Palestinian detainees.", [("ISR", "PSE", "182", "v.beat_up")]),
    (
        "Israeli soldiers demolished Palestinian homes.",
        [("ISR", "PSE", "1712", "v.destroy_property")],
    ),
    # 16 reduce relations, 19 restrict movement
    (
        "The United States suspended part of a military aid program for Bosnia.",
        [("USA", "BIH", "1622", "v.halt_aid_program")],
    ),
    ("Norway will prohibit all aid to Belarus.", [("NOR", "BLR", "162", "v.halt_aid")]),
    (
        "Russia closed its borders with Iran and Turkey.",
        [("RUS", "IRN", "163", "v.close_border"), ("RUS", "TUR", "163", "v.close_border")],
    ),
    ("Poland closed its airspace to Russian planes.", [("POL", "RUS", "163", "v.close_border")]),
    # 14 strikes and blockades by protesters
    (
        "Palestinian workers began a general strike against Israel.",
        [("PSE", "ISR", "143", "v.hold_strike")],
    ),
    (
        "Polish protesters blocked the border crossing with Ukraine.",
        [("POL", "UKR", "144", "v.block_road")],
    ),
    (
        "Ukrainian workers began a hunger strike to protest against Russia's decision.",
        [("UKR", "RUS", "142", "v.hold_strike")],
    ),
    # 07 and 08 through objects and modifiers
    ("Japan forgave $4 billion of Iraqi debt.", [("JPN", "IRQ", "071", "v.forgive_debt")]),
    ("The United States will forgive Ukrainian debt.", [("USA", "UKR", "0331", "v.forgive_debt")]),
    ("Germany gave Ukraine military aid.", [("DEU", "UKR", "072", "v.provide_aid")]),
    (
        "Britain agreed to lift embargoes on medical sales to Iran.",
        [("GBR", "IRN", "0354", "v.ease_sanctions")],
    ),
    # 074 peacekeeping, and troops sent elsewhere still mobilize (154)
    (
        "Bangladesh deployed peacekeepers to Sierra Leone.",
        [("BGD", "SLE", "074", "v.deploy_peacekeepers")],
    ),
    ("India sent peacekeeping troops to Lebanon.", [("IND", "LBN", "074", "v.provide_aid")]),
    ("Russia deployed troops to Belarus.", [("RUS", "BLR", "154", "v.mobilize")]),
    # 13: a threat to stop aid
    (
        "The United States threatened to withdraw funding from South Africa.",
        [("USA", "ZAF", "1311", "v.threaten")],
    ),
    (
        "China issued a stern warning to Japan on Monday.",
        [("CHN", "JPN", "130", "v.issue_warning")],
    ),
    # 04 mediation and hosting, 09 inspections, 12 rejected offers
    (
        "Qatar launched a mediation effort between the Emirates and Saudi Arabia.",
        [("QAT", "ARE", "045", "v.launch_mediation"), ("QAT", "SAU", "045", "v.launch_mediation")],
    ),
    (
        "France gave a warm welcome to the South African president.",
        [("FRA", "ZAF", "043", "v.give_welcome")],
    ),
    ("The IAEA has dispatched inspectors to Iran.", [("IAEA", "IRN", "090", "v.send_inspectors")]),
    (
        "Pakistan rejected a fresh offer from Afghanistan for direct talks.",
        [("PAK", "AFG", "125", "v.reject")],
    ),
    (
        "The United States threatened further action against Russia.",
        [("USA", "RUS", "130", "v.threaten")],
    ),
    ("North Korea defied the United Nations.", [("PRK", "UN", "128", "v.defy")]),
    # leaving a body or a deal is no retreat (0874): it reduces relations with the body, or
    # with the deal's named partner (160)
    ("Britain withdrew from the European Union.", [("GBR", "EU", "160", "v.withdraw_body")]),
    (
        "Russia withdrew from the grain deal with Ukraine.",
        [("RUS", "UKR", "160", "v.withdraw_treaty")],
    ),
    # a military strike is no labour strike
    ("Russia launched a strike against Ukraine.", [("RUS", "UKR", "190", "v.launch_attack")]),
    # 19: the object's of-phrase names the attacked
    ("Israel mounted an invasion of Lebanon.", [("ISR", "LBN", "192", "v.launch_attack")]),
]

NONE = [
    # speculation is not coded (leaving a body or a deal is no retreat: see CASES)
    "Iran said the United States would soon be withdrawing from Syria.",
    # sports
    "Argentina beat Brazil 2-1 in the final.",
    # accepting an invitation is no concession
    "Japan accepted China's invitation.",
    # a weather warning threatens no one
    "Japan issued a tsunami warning after the quake.",
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_patterns_more_code_sentence(nlp, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert _code(nlp, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", NONE)
def test_patterns_more_skip_non_events(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _code(nlp, text) == []
