"""Adverbial participle clauses and second verbs with no target of their own (session 12).

FRONTED: an -ing clause set before its host by a comma tells an act of its host's subject
("Visiting Kyiv on Tuesday, the Dutch prime minister pledged ..."), also when the parser takes
it as the host's subject (csubj) or tags its preposition SCONJ ("Upon arriving in Seoul").
"Instead of visiting Poland", "rather than meeting X" deny the gerund as "without" does.
BARE VERBS: a second verb, or a trailing -ing clause, with no subject and no actor of its own
but an object or complement ("and threatened to retaliate", "and warned of further measures",
"..., threatening further measures") acts on its host's one target, only a hostile act after a
hostile one: praise lends no target to a threat, and a deal lends none to a pledge.
MET PARTNERS: a deal signed with no partner named and no deal told before is with the one
state its signer met or visited in the same sentence ("visited Turkey and signed a gas deal").
SEQUELS: "Pakistan accused India of backing militants. It also suspended trade": a verb with a
parallel adverb and no target continues the same source's act told just before when that act
had one target, as hostile as this one, and no other state was named since.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

FRONTED: list[Case] = [
    (
        "KYIV",
        "Visiting Kyiv on Tuesday, the Dutch prime minister pledged new military aid to Ukraine.",
        "NLD>UKR:04 NLD>UKR:03|07",
    ),
    (
        "THE HAGUE",
        "Criticizing Russia's latest strikes, the Dutch prime minister pledged new military aid "
        "to Ukraine.",
        "NLD>RUS:11 NLD>UKR:03|07",
    ),
    (
        "SEOUL",
        "Upon arriving in Seoul, the US defense secretary criticized North Korea's missile "
        "launches.",
        "USA>KOR:04 USA>PRK:11",
    ),
    (
        "SEOUL",
        "Upon meeting South Korea's president, the U.S. defense secretary criticized North "
        "Korea's missile launches.",
        "USA>KOR:04 USA>PRK:11",
    ),
    (
        "DOHA",
        "After meeting Secretary of State Antony Blinken in Doha, Qatar's emir urged Israel to "
        "allow more aid into Gaza.",
        "QAT>USA:04 QAT>ISR:02",
    ),
    (
        "BERLIN",
        "Germany's foreign minister met her Chinese counterpart on Monday, two days after "
        "visiting Japan.",
        "DEU>CHN:04 DEU>JPN:04",
    ),
    # near-misses: a gerund denied by "instead of"/"rather than"/"without"; a gerund that is
    # the subject; a hypothetical one
    (
        "BERLIN",
        "Instead of visiting Poland, the German chancellor flew to Paris.",
        "DEU>FRA:04",
    ),
    (
        "BERLIN",
        "The German chancellor flew to Paris instead of meeting Poland's president.",
        "DEU>FRA:04",
    ),
    (
        "PARIS",
        "France recalled its ambassador from Mali rather than expelling Mali's envoy.",
        "FRA>MLI:16",
    ),
]

FRONTED_NONE: list[NearMiss] = [
    ("SEOUL", "Without meeting North Korea's envoy, the South Korean minister left Beijing."),
    ("TOKYO", "Visiting China remains difficult for Japanese leaders, the minister said."),
    ("THE HAGUE", "Visiting Kyiv would be a mistake, the Dutch prime minister said."),
    (
        "CAIRO",
        "The minister's trip to Egypt, after meeting Antony Blinken, drew criticism at home.",
    ),
]

BARE: list[Case] = [
    (
        "BEIJING",
        "China sanctioned three U.S. defense firms and threatened to retaliate.",
        "CHN>USA:16 CHN>USA:13",
    ),
    (
        "BEIJING",
        "China sanctioned three U.S. defense firms and warned of further measures.",
        "CHN>USA:16 CHN>USA:13",
    ),
    (
        "MOSCOW",
        "Russia expelled two Estonian diplomats, threatening further measures.",
        "RUS>EST:16 RUS>EST:13",
    ),
    (
        "BEIJING",
        "China condemned Japan's decision, vowing to respond firmly.",
        "CHN>JPN:11 CHN>JPN:13",
    ),
    (
        "ANKARA",
        "Turkey criticized Sweden, demanding the extradition of militants.",
        "TUR>SWE:11 TUR>SWE:10",
    ),
    # near-misses: praise or a deal lends no target; a verb with its own other target; a
    # second verb of saying; a participle whose subject is no state
    ("ANKARA", "Turkey welcomed Greece's offer and threatened to walk out.", "TUR>GRC:05"),
    ("CAIRO", "Egypt signed a gas deal with Israel, pledging to boost trade.", "EGY>ISR:05"),
    (
        "BEIJING",
        "China summoned Japan's envoy and thanked South Korea for its support.",
        "CHN>JPN:11 CHN>KOR:05",
    ),
    (
        "MANILA",
        "Manila summoned Beijing's envoy and said it would take the matter further.",
        "PHL>CHN:11",
    ),
]

BARE_NONE: list[NearMiss] = [
    ("DAMASCUS", "Rebels attacked the town, killing five Syrian soldiers."),
    ("MADRID", "Spain did not recall its ambassador and kept the border open."),
    (
        "N'DJAMENA, CHAD",
        "Chad could recall its ambassador from Niger and close the border, an adviser said.",
    ),
]

SEQUELS: list[Case] = [
    (
        "ISLAMABAD",
        "Pakistan accused India of backing militants. It also suspended trade.",
        "PAK>IND:11 PAK>IND:16",
    ),
    (
        "ISLAMABAD",
        "Pakistan accused India of backing militants. Islamabad also recalled its ambassador.",
        "PAK>IND:11 PAK>IND:16",
    ),
    (
        "SEOUL",
        "North Korea fired two missiles toward Japan on Sunday. Pyongyang also threatened to "
        "retaliate.",
        "PRK>JPN:19 PRK>JPN:13",
    ),
    # near-misses: praise before; two targets before; a state named before but not coded; a
    # state of its own named; another actor's act; a negated sequel
    ("MOSCOW", "Russia praised China's peace plan. It also expelled two diplomats.", "RUS>CHN:05"),
    (
        "ISLAMABAD",
        "Pakistan accused India and Afghanistan of backing militants. It also suspended trade.",
        "PAK>IND:11 PAK>AFG:11",
    ),
    (
        "MOSCOW",
        "Russia condemned the sanctions imposed by Japan and South Korea. It also froze flights.",
        "RUS>JPN:11",
    ),
    (
        "MOSCOW",
        "Russia condemned Japan's sanctions. It also expelled two South Korean diplomats.",
        "RUS>JPN:11 RUS>KOR:16",
    ),
    (
        "ABUJA",
        "Nigeria expelled Ghana's envoy on Monday. Togo also withdrew its ambassador the same day.",
        "NGA>GHA:16",
    ),
    (
        "MOSCOW",
        "Russia condemned Japan's sanctions. Moscow also did not expel any diplomats.",
        "RUS>JPN:11",
    ),
]

MET: list[Case] = [
    (
        "TOKYO",
        "While visiting Japan, Indian Prime Minister Narendra Modi signed a deal on high-speed "
        "rail.",
        "IND>JPN:04 IND>JPN:05",
    ),
    (
        "ANKARA",
        "The Hungarian prime minister visited Turkey and signed a gas deal.",
        "HUN>TUR:04 HUN>TUR:05",
    ),
    (
        "ANKARA",
        "The Hungarian foreign minister signed an energy pact while visiting Turkey.",
        "HUN>TUR:04 HUN>TUR:05",
    ),
    (
        "HANOI",
        "During a visit to Vietnam, the Australian prime minister signed a maritime security pact.",
        "AUS>VNM:04 AUS>VNM:05",
    ),
    # near-misses: two states met; a partner of its own; no one met; a deal told before
    (
        "ANKARA",
        "The Hungarian prime minister met the leaders of Turkey and Greece and signed a gas deal.",
        "HUN>TUR:04 HUN>GRC:04",
    ),
    (
        "ANKARA",
        "The Hungarian prime minister visited Turkey and signed a gas deal with Azerbaijan.",
        "HUN>TUR:04 HUN>AZE:05",
    ),
    (
        "ANKARA",
        "Turkey and Azerbaijan signed a gas deal last year. The Hungarian prime minister visited "
        "Turkey and welcomed the deal.",
        "TUR>AZE:05 AZE>TUR:05 HUN>TUR:04 HUN>TUR:05 HUN>AZE:05",
    ),
]

# the brief's sentence: an investment raised "in" a state (v.boost_investment), as an intent
INVESTMENT: list[Case] = [
    (
        "RABAT",
        "Seeking to mend ties, Spain also promised to boost investment in Morocco.",
        "ESP>MAR:03",
    ),
    ("RABAT", "Madrid boosted its investment in Morocco last year.", "ESP>MAR:06"),
]

INVESTMENT_NONE: list[NearMiss] = [
    ("BEIJING", "China increased investment in renewable energy."),
    ("BERLIN", "Germany raised investment in its army."),
    ("NAIROBI", "Chinese state firms increased their investment in Kenya."),
]

MET_NONE: list[NearMiss] = [
    ("BUDAPEST", "Hungary signed a gas deal on Monday."),
]

GAPS: list[Gap] = [
    (
        "MOSCOW",
        "Meeting Ukraine's president in Kyiv, the Dutch prime minister pledged new military aid.",
        "NLD>UKR:04 NLD>UKR:03|07",
        "the tagger reads the sentence-initial 'Meeting' as a name",
    ),
    (
        "ATHENS",
        "Greek police arrested two men after they attacked the Turkish consulate.",
        "",
        "'they' resolves to the main clause's subject, not the men",
    ),
]

CASES = FRONTED + BARE + MET + INVESTMENT + SEQUELS
NONE = FRONTED_NONE + BARE_NONE + MET_NONE + INVESTMENT_NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_coord13_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_coord13_codes_participles_bare_verbs_and_sequels(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
