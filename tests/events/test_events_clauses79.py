"""Clauses 79 (session 58, S58): judgements told in a said-clause.

Three forms of a judgement or a defence that a saying verb's clause carries:

- a want of goodwill an act is said to show ("said Minsk's decision showed a lack of respect
  for its neighbours", "showed an unwillingness to compromise"): a reproach of the act's owner
  (111), though the good it lacks (respect, compromise) is a word that keeps v.say_shows from
  praise (its outweigh_words; rules shown_want_nouns give the owner as the one shown);
- dismay that another state keeps a side of a fight going ("was concerned that Moscow was
  arming the rebels", "funding the separatists"): v.dismayed_that's deeds (111);
- the speaker's own measure said, in a reply, to single out or punish no one ("replied that
  the levy was not aimed at any one country", "did not target any third party", "retorted
  that the freeze was not a punishment"), or said to apply to all alike ("said the law applied
  equally to all citizens", v.say_lawful): an answer to the complaint about it (120), aimed at
  whoever last acted against the speaker;
- an act the speaker's state holds back until a deed is done, told as an agentless passive
  ("said his government would not sign new fisheries deals with Taiwan until the debts were
  paid", v.say_not_until): the partner of the act held back is the one asked (120);
- a state said to spy ("said Romania was trying to collect military information about our
  country", "had gathered intelligence"): a charge (112, v.say_spies; an attempt reported
  as the act, rules attempt_verbs).

Near misses code nothing more: a good shown ("showed respect"), the speaker's own want ("its
own decision showed a lack of patience"), a report that shows a want (no act), a clause
denied or only possible, a doer that is no state ("the rebels were arming themselves"), a
measure said not to aim at a state named, another state's measure, a pledge ("would not be
aimed"), a defence with no complaint before it, "said the exercise was not aimed at any third
party" (as often the formula that announces drills as a reply), a law said not to apply
equally, data or information gathered with no secret about it, and an act held back with no partner
named or held back by another state.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

_PROTEST = "China lodged a protest with the Philippines over the joint drills. "

WANT_SHOWN: list[Case] = [
    (
        "VILNIUS",
        "Lithuania's Foreign Ministry said Minsk's decision showed a lack of respect for its "
        "neighbours.",
        "LTU>BLR:11",
    ),
    (
        "ASTANA",
        "Kazakhstan's Foreign Ministry said Moscow's veto showed an unwillingness to compromise.",
        "KAZ>RUS:11",
    ),
    (
        "TBILISI",
        'Georgia\'s Foreign Ministry said Yerevan\'s reaction showed "a refusal to accept that '
        'Georgia has the right to choose its partners."',
        "GEO>ARM:11",
    ),
    (
        "RIGA",
        "Latvia's government said the Russian blockade showed contempt for international law.",
        "LVA>RUS:11",
    ),
]

ARMING: list[Case] = [
    (
        "OSLO",
        "Norway said it was concerned that Iran was arming the rebels in Yemen.",
        "NOR>IRN:11",
    ),
    (
        "BERLIN",
        "Germany said it was alarmed that Belarus was funding the separatists.",
        "DEU>BLR:11",
    ),
]

UNAIMED: list[Case] = [
    (
        "ACCRA",
        "Nigeria protested on Monday against Ghana's new levy on foreign traders. Ghana's Trade "
        "Ministry replied that the levy applied to all traders and was not aimed at any one "
        "country.",
        "NGA>GHA:11 GHA>NGA:12",
    ),
    (
        "CANBERRA",
        "China criticized the defense pact between Australia and Japan. Australia's Defence "
        'Ministry replied that the pact was "not directed at any country."',
        "CHN>AUS:11 CHN>JPN:11 AUS>CHN:12",
    ),
    (
        "MANILA",
        _PROTEST + "The Philippine Defense Ministry responded that the drills did not target any "
        "third party.",
        "CHN>PHL:11 PHL>CHN:12",
    ),
    (
        "QUEZON CITY",
        _PROTEST + "The Philippine Defense Ministry retorted that the drills were aimed at no one.",
        "CHN>PHL:11 PHL>CHN:12",
    ),
]

_LAW = "Greece protested to Bulgaria over a new land law. "

APPLIED_ALIKE: list[Case] = [
    (
        "SOFIA",
        _LAW + "Bulgaria's Foreign Ministry said in a statement that the law applied equally to "
        "all citizens.",
        "GRC>BGR:11 BGR>GRC:12",
    ),
    (
        "PLOVDIV",
        _LAW + "Bulgaria's Foreign Ministry said the rules were applied uniformly to every buyer.",
        "GRC>BGR:11 BGR>GRC:12",
    ),
    (
        "APIA",
        "Tonga criticized Australia's decision to suspend budget support. Australia's Foreign "
        'Minister replied that the freeze was "not a punishment" and would be reviewed in March.',
        "TON>AUS:11 AUS>TON:12",
    ),
    (
        "NUKU'ALOFA",
        "Tonga criticized Australia's decision to suspend budget support. Australia's Foreign "
        "Minister responded that the suspension was not punitive.",
        "TON>AUS:11 AUS>TON:12",
    ),
]

SPYING: list[Case] = [
    (
        "KYIV",
        '"Romania is trying to collect military information about our country," Foreign '
        "Minister Ivan Petrenko said.",
        "UKR>ROU:11",
    ),
    (
        "WARSAW",
        "Poland's Interior Ministry said Belarus had gathered intelligence on the border crossings.",
        "POL>BLR:11",
    ),
]

UNTIL_PASSIVE: list[Case] = [
    (
        "KOROR",
        "Palau's President said his government would not sign any new fisheries agreements "
        "with Taiwan until the debts were paid.",
        "PLW>TWN:12",
    ),
    (
        "NAIROBI",
        "Kenya's Foreign Ministry said it would not resume talks with Uganda until its "
        "fishermen were released.",
        "KEN>UGA:12",
    ),
]

# the rows' other events, with nothing from the form
BESIDE: list[Case] = [
    (
        "MANILA",
        _PROTEST + "The Philippine Defense Ministry replied that the drills were not aimed at China.",
        "CHN>PHL:11",
    ),
    (
        "SUBIC",
        _PROTEST + "The Philippine Defense Ministry replied that Japan's drills were not aimed at "
        "any country.",
        "CHN>PHL:11",
    ),
    (
        "CEBU",
        _PROTEST + "The Philippine Defense Ministry replied that the drills would not be aimed at "
        "any country.",
        "CHN>PHL:11",
    ),
    (
        "DAVAO",
        _PROTEST + "The Philippine Defense Ministry replied that the drills were aimed at any "
        "country that threatened it.",
        "CHN>PHL:11",
    ),
    (
        "ILOILO",
        _PROTEST + "The Philippine Defense Ministry said the drills were not aimed at any third "
        "party.",
        "CHN>PHL:11",
    ),
    (
        "VARNA",
        _LAW + "Bulgaria's Foreign Ministry said the law did not apply equally to all citizens.",
        "GRC>BGR:11",
    ),
    (
        "BURGAS",
        _LAW + "Bulgaria's Foreign Ministry said the law would apply equally to all citizens.",
        "GRC>BGR:11",
    ),
    (
        "RUSE",
        _LAW + "Bulgaria's Foreign Ministry said Greece's own law applied equally to all citizens.",
        "GRC>BGR:11",
    ),
    (
        "HA'APAI",
        "Tonga criticized Australia's decision to suspend budget support. Fiji's Foreign "
        "Minister replied that the suspension was not a punishment.",
        "TON>AUS:11",
    ),
]

NONE: list[NearMiss] = [
    ("ASTANA", "Kazakhstan's Foreign Ministry said Moscow's offer showed a willingness to compromise."),
    ("LIMA", "Peru's Foreign Ministry said Bolivia's decision showed respect for its neighbours."),
    ("RIGA", "Latvia's Foreign Ministry said its own decision showed a lack of patience."),
    ("TALLINN", "Estonia said the report showed a lack of evidence."),
    ("VILNIUS", "Lithuania said Minsk's decision did not show a lack of respect for its neighbours."),
    ("OSLO", "Norway said it was concerned that the rebels were arming themselves."),
    ("BERGEN", "Norway said it was concerned that Iran might fund the separatists."),
    ("TROMSO", "Norway said it was not concerned that Iran was funding the port."),
    ("SINGAPORE", "Singapore's Foreign Ministry replied that the pact was not directed at any country."),
    ("SOFIA", "Bulgaria's Foreign Ministry said the law applied equally to all citizens."),
    ("OSLO", "Norway's ministry said Iceland was collecting data on fish stocks."),
    ("BERGEN", "Norway's ministry said Iceland had gathered information about the crash."),
    ("TROMSO", "Norway's ministry said Iceland was not trying to collect military information."),
    ("STAVANGER", "Norway's ministry said Iceland would collect intelligence if needed."),
    ("MOMBASA", "Kenya's Foreign Ministry said it would not resume talks until the border was reopened."),
    (
        "KISUMU",
        "Kenya's Foreign Ministry said Uganda would not resume talks with Rwanda until the border "
        "was reopened.",
    ),
]

GAPS: list[Gap] = []

CASES: list[Case] = WANT_SHOWN + ARMING + UNAIMED + APPLIED_ALIKE + SPYING + UNTIL_PASSIVE + BESIDE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses79_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses79_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
