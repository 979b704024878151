"""Acts held in passive, relative, participial and subordinate clauses (issue #5).

An agentless passive that restates an act the story already tied to one doer codes that
doer ("Saudi Arabia's ban on Lebanese fruit ... The ban was imposed in 2021": SAU > LBN),
with the passive verb's own code ("The sanctions were lifted": 08); no doer told before, or
two doers, codes nothing. A participle with a with-partner ("a plan agreed with Jordan") is
the deal of the subject of the verb governing its noun, unless that verb answers the deal
("rejected a plan agreed with Egypt"). "at the request of" and "a mission requested by" name
who asked the clause's subject. "intervene in" a state is force (190). A passive's subject is
the direct object a pattern reads before its later slots ("were expelled from Kuwait by").
"Officials from Kosovo" opening a sentence are Kosovo's, whatever state a relative clause
after it names.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # agentless passives restating an act whose doer was told before
    (
        "BEIRUT",
        "Saudi Arabia's ban on Lebanese fruit has hurt farmers in the Bekaa valley. The ban "
        "was imposed in 2021 after customs officers found drugs in a shipment.",
        "SAU>LBN:16 SAU>LBN:16",
    ),
    (
        "MOSCOW",
        "The United States imposed sanctions on Russia's largest bank in March. The sanctions "
        "were lifted on Friday.",
        "USA>RUS:16 USA>RUS:08",
    ),
    (
        "YEREVAN",
        "Turkey's blockade of Armenia began in 1993. The blockade was tightened last year.",
        "TUR>ARM:19 TUR>ARM:19",
    ),
    (
        "HAVANA",
        "Washington's embargo on Cuba remains in force. The embargo was extended by one year "
        "in September.",
        "USA>CUB:16 USA>CUB:16",
    ),
    (
        "CANBERRA",
        "China slapped tariffs on Australian barley in 2020, citing dumping. The tariffs were "
        "removed in August, trade officials said.",
        "CHN>AUS:16 CHN>AUS:08",
    ),
    # a deal told in a participle with a with-partner: the governing verb's subject
    (
        "DAMASCUS",
        "Syria unveiled a refugee return plan agreed with Saudi and Jordanian officials.",
        "SYR>SAU:05 SYR>JOR:05",
    ),
    ("BAGHDAD", "Iraq adopted a water-sharing deal reached with Turkey last year.", "IRQ>TUR:05"),
    ("ROME", "Italy implemented a migration pact signed with Tunisia in July.", "ITA>TUN:05"),
    # who asked: "requested by", "at the request of"
    (
        "GENEVA",
        "The United Nations sent monitors to the border, a mission requested by Kyrgyzstan "
        "and Tajikistan.",
        "KGZ>UN:02 TJK>UN:02",
    ),
    (
        "BISHKEK",
        "The United Nations sent monitors to the border at the request of Kyrgyzstan and "
        "Tajikistan.",
        "KGZ>UN:02 TJK>UN:02",
    ),
    # intervening in a state
    (
        "ABUJA",
        "Nigeria, whose army intervened in Liberia in 1990, offered to mediate.",
        "NGA>LBR:19",
    ),
    (
        "DAMASCUS",
        "Officials praised Russia, whose troops intervened in Syria in 2015.",
        "SYR>RUS:05 RUS>SYR:19",
    ),
    ("MOSCOW", "Russia's intervention in Syria began in 2015.", "RUS>SYR:19"),
    (
        "BEIJING",
        "China accused the United States of intervening in Taiwan.",
        "CHN>USA:11 USA>TWN:19",
    ),
    # meddling in affairs is no force (the accusation alone); a future step asked for is a
    # pledge, not the request
    (
        "BEIJING",
        "China accused the United States of intervening in its internal affairs.",
        "CHN>USA:11",
    ),
    ("TALLINN", "Britain will send troops at the request of Estonia.", "GBR>EST:03"),
    # a territory handed over, in a "by which" clause
    (
        "PANAMA CITY",
        "Panama marked the anniversary of the treaty by which the United States handed the "
        "canal to Panama.",
        "USA>PAN:08",
    ),
    # a land named by its own code is handed to the state it goes to, not freed
    (
        "BEIJING",
        "Officials recalled the 1997 deal under which Britain returned Hong Kong to China.",
        "GBR>CHN:08",
    ),
    (
        "SEOUL",
        "North Korea returned the South Korean fishermen to Seoul on Friday.",
        "PRK>KOR:08",
    ),
    # an agentless refusal of entry: the state whose door is shut
    (
        "ISLAMABAD",
        "A Pakistani diplomat said he was barred from entering India because he had "
        "criticized New Delhi.",
        "PAK>IND:11 IND>PAK:16",
    ),
    ("MOSCOW", "A British journalist was denied entry to Russia last week.", "RUS>GBR:16"),
    ("KYIV", "Hungarian officials were refused entry into Ukraine.", "UKR>HUN:16"),
    (
        "TBILISI",
        "Russian tourists were barred from entering Georgia after the war.",
        "GEO>RUS:16",
    ),
    # a passive's subject before a later slot
    (
        "KUWAIT CITY",
        "Iraqi forces were expelled from Kuwait by a U.S.-led coalition in 1991.",
        "USA>IRQ:16|19",
    ),
    # the relative clause's state is no source of the main verb
    (
        "PRISTINA",
        "Officials from Kosovo, which the United States recognized in 2008, met EU envoys.",
        "USA>XKX:05 XKX>EU:04",
    ),
    # forms that coded before and must keep coding
    (
        "ATHENS",
        "The Greek ambassador returned home after being expelled by Turkey on Monday.",
        "TUR>GRC:16",
    ),
    ("TEHRAN", "Iran complained after being criticized by the IAEA in a report.", "IAEA>IRN:11"),
    (
        "BERLIN",
        "The German envoy, who was expelled by Poland last year, returned to Berlin.",
        "POL>DEU:16",
    ),
    (
        "WASHINGTON",
        "Washington lifted the sanctions that it had imposed on Cuba in 1962.",
        "USA>CUB:08 USA>CUB:16",
    ),
    (
        "LONDON",
        "Britain's envoy, summoned by Beijing on Monday, delivered a protest note.",
        "CHN>GBR:11|13",
    ),
    # two doers of the act told (one of them uncoded): the restating passive names neither
    (
        "NICOSIA",
        "Turkey blockaded the ports of Cyprus and Russia blockaded Ukraine's ports. The "
        "blockade was tightened on Monday.",
        "RUS>UKR:19",
    ),
    (
        "TBILISI",
        "Turkey imposed a blockade on Cyprus and Russia imposed a blockade on Georgia. The "
        "blockade was tightened on Monday.",
        "TUR>CYP:19 RUS>GEO:19",
    ),
    # a reaction in the passive is no restating of the act by its doer
    (
        "TRIPOLI",
        "Saudi Arabia banned Lebanese fruit imports in April. The ban was criticized by farmers.",
        "SAU>LBN:16",
    ),
]

NONE: list[NearMiss] = [
    ("PARIS", "The ban was imposed in 2021 after a series of outbreaks."),
    ("LONDON", "The sanctions were lifted on Friday, officials said."),
    (
        "BRUSSELS",
        "Farmers in France and Germany protested against the tariffs on steel. The tariffs "
        "were imposed in March.",
    ),
    ("GENEVA", "The truce, agreed on May 2, has largely held."),
    ("VIENNA", "The diplomat said he was barred from the meeting because of a scheduling error."),
    ("ROME", "The treaty by which the two sides ended the dispute was signed in 1990."),
    ("MADRID", "Officials said they had been warned about the storm last month."),
    # the deal's verb answers it: who agreed is not said
    ("CAIRO", "Israel rejected a plan agreed with Egypt."),
    ("TUNIS", "Italy criticized a migration pact signed with Tunisia in July."),
    # entry to a place or a meeting that is no state
    ("GENEVA", "Russian athletes were barred from entering the stadium."),
    ("LONDON", "The reporter was denied entry to the summit."),
    ("LAHORE", "Indian fans were refused entry into the stadium in Lahore."),
    # a market: no force
    ("ANKARA", "Turkey's central bank intervention in the lira market failed."),
]

GAPS: list[Gap] = [
    (
        "KHARTOUM",
        "Sudan and South Sudan traded accusations on Monday. The truce, agreed on May 2, has "
        "largely held.",
        "SDN>SSD:11 SSD>SDN:11 SDN>SSD:05 SSD>SDN:05",
        "an agentless participle agreeing a deal is not given the pair told before",
    ),
    (
        "MOSCOW",
        "Russian troops entered Kazakhstan in January at the request of its president.",
        "KAZ>RUS:02",
        "'its president' is resolved to the troops' state, not the state just named",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses22_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_clauses22_codes_clause_acts(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
