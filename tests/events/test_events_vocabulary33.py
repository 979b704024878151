"""Vocabulary 33 (session 29, S28): forms read from set 28's misses, each tested on sentences
written here.

Coded: a state its speaker says is a trusted partner, friend or ally is approved of
(v.say_partner, 051), in a quotation as in a reported clause, as v.call_friend codes the name
given; another's partner ("an ally of France", "Beijing's closest ally"), a trading partner, a
partner denied, one named with no word of trust or closeness ("a key partner": a standing told)
and the speaker's own state ("we want to be a partner") are none. "Korea" alone
names South Korea once South Korea was named (states_extra ctx). A name that denies its
thing a ground ("a stunt without legal substance", "with no legal basis"; rules merit_nouns)
is a wrong named, so v.call_names codes it (111) although "legal" alone would defend the act.
Visa fees, requirements or visas waived for a state's people ease a barrier to their state
(v.waive_visas, 081), announced too: an act announced (03) is done to the people as the act
itself would be (extract._private_party reads the pattern's own root). Ground lent to another
state's organs is lent when they are let go onto it ("will allow Chilean police to pursue gangs
into its territory", "allowed Turkish troops to operate in its territory"; rules crossing_verbs and
crossed_preps), as when they are let use it (v.allow_use_ground, 06). Joining a case or dispute
"on the side of" a state backs it (v.join_on_side, 051), and leave asked for one's own act ("would
ask the court for permission to join the case", "sought permission to"; rules leave_nouns,
seeking_verbs, parties._leave_seeker) is the intent to do it (03), done by the seeker, where the
noun of permission blocked it; refused or not sought, it is none.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

PARTNERS_SAID: list[Case] = [
    (
        "ACCRA",
        '"Togo is a reliable partner we trust," Ghana\'s foreign minister told reporters.',
        "GHA>TGO:05",
    ),
    ("ACCRA", '"Benin is our closest ally," Niger\'s president said on Monday.', "NER>BEN:05"),
    ("LIMA", "Peru's president said Bolivia was a partner Lima trusted.", "PER>BOL:05"),
    # "true" is a word of the list, not YAML's boolean (the lead, at landing)
    ("THIMPHU", '"Nepal is a true partner," Bhutan\'s foreign minister said.', "BTN>NPL:05"),
    (
        "SEOUL",
        "South Korea's president arrived in Hanoi on Monday. Vietnam's president welcomed his"
        ' guest at the palace. "Korea is a strategic partner we trust," he told reporters.',
        "KOR>VNM:04 VNM>KOR:04 VNM>KOR:05",
    ),
]

NAMED_BASELESS: list[Case] = [
    (
        "ZAGREB",
        "Slovenia filed a lawsuit against Croatia on Monday. Croatia's justice minister called"
        ' the lawsuit "a stunt without legal substance."',
        "SVN>HRV:11 HRV>SVN:11",
    ),
    (
        "SKOPJE",
        "Greece filed a case against North Macedonia on Monday. North Macedonia's foreign"
        ' minister called the case "a maneuver with no legal basis."',
        "GRC>MKD:11 MKD>GRC:11",
    ),
]

VISAS_WAIVED: list[Case] = [
    (
        "MANILA",
        "The Philippines will also waive visa fees for Vietnamese students and tourists.",
        "PHL>VNM:03",
    ),
    ("NAIROBI", "Kenya scrapped visa requirements for Ghanaians on Monday.", "KEN>GHA:08"),
    ("NIAMEY", "Niger dropped visas for citizens of Chad on Monday.", "NER>TCD:08"),
    # kept: visa-free travel scrapped is a cut
    ("ASTANA", "Kazakhstan scrapped visa-free travel for Mongolian nationals.", "KAZ>MNG:16"),
]

GROUND_ENTERED: list[Case] = [
    (
        "LA PAZ",
        "Bolivia will allow Chilean police to pursue gangs into its territory.",
        "BOL>CHL:03",
    ),
    ("ASUNCION", "Paraguay will also let Brazilian troops cross into its territory.", "PRY>BRA:03"),
    ("BAGHDAD", "Iraq allowed Turkish troops to operate in its territory on Monday.", "IRQ>TUR:06"),
    # kept: the ground used
    ("SOFIA", "Bulgaria allowed Romania to use its airspace.", "BGR>ROU:06"),
]

SIDES_TAKEN: list[Case] = [
    ("BRATISLAVA", "Slovakia joined the case on the side of Poland on Monday.", "SVK>POL:05"),
    (
        "BRATISLAVA",
        "Slovakia's foreign minister said Bratislava would ask the court for permission to join"
        " the case on the side of Warsaw.",
        "SVK>POL:03",
    ),
    ("VALLETTA", "Malta sought permission to join the case on the side of Italy.", "MLT>ITA:03"),
    # kept: leave asked of a state is a request to it
    (
        "LISBON",
        "Portugal asked Spain for permission to send firefighters to Morocco.",
        "PRT>ESP:02 PRT>MAR:03",
    ),
]

NONE: list[NearMiss] = [
    # leave refused or not sought, a side of a pitch
    ("RIGA", "Latvia refused to seek permission to join the case on the side of Lithuania."),
    ("TALLINN", "Estonia did not ask for permission to join the case on the side of Finland."),
    ("BRATISLAVA", "Slovakia's goalkeeper joined the team on the side of the pitch."),
    # a people's travel or study, no state's organs on the ground
    ("ROME", "Italy let Albanian tourists travel in its territory."),
    ("ROME", "Italy allowed Albanian students to enter its universities."),
    # fees waived for no state's people, for the state's own
    ("TOKYO", "Japan waived visa fees for foreign students on Monday."),
    ("LIMA", "Peru waived the visa fee for its own citizens returning home."),
    # a deal with a private firm, refined to another root than the one announced
    ("ACCRA", "Ghana signed a contract with a Turkish contractor to build the port."),
    # another's partner or ally, a partner in trade, one denied, the speaker's own state
    ("ACCRA", "\"Togo is China's closest ally,\" Ghana's president said."),
    ("ACCRA", '"Burkina Faso is an ally of Russia," Ivory Coast\'s president said.'),
    ("LOME", "Togo's president said Ghana was a key partner in the region."),
    ("DAKAR", "\"Mali is Beijing's largest trading partner,\" Senegal's president said."),
    ("QUITO", '"Colombia is no longer a partner we trust," Ecuador\'s president said.'),
    (
        "CAIRO",
        '"Sudan is a gateway to Africa, and Egypt wants to be a partner it can count on,"'
        " Egypt's foreign minister told reporters.",
    ),
    # "Korea" before South Korea is named; a company's name
    ("TOKYO", "Korea Electric Power Corp. opened an office in Tokyo on Monday."),
]

GAPS: list[Gap] = []
CASES = PARTNERS_SAID + NAMED_BASELESS + VISAS_WAIVED + GROUND_ENTERED + SIDES_TAKEN


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary33_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary33_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
