"""Coordination 20 (session 26, builder GR): groups of states and nationality adjectives as
actors.

Coded: coordinated nationality adjectives before a noun of an act one state does to another
name each state ("condemned Israeli and American strikes", "praised British and French
support": rules.yaml listed_thing_nouns); an unnumbered plural with a region word ("the Nordic
countries", "the Baltic governments", "the Central Asian states") is the latest list of that
region's states, and a plural with a region word, numbered or not, takes no list with a state
outside the region (plurals.yaml region_nouns, plurals._region); a weak possessive on the place
of a reported or answered act is the speaker's or the reactor's ("Iraq protested after Turkish
warplanes struck targets in its northern region": objects._owned_targets on the place slot, as
on the object before; "their" tied to the act's own doer or to one of a joined subject of
reactors is every one of them: "Estonia and Latvia protested after Russian jets violated their
airspace", objects._joint_owners), and so on an attack noun's on-phrase when the protest's
subject owns it ("Yemen recalled its envoy after Saudi strikes on its ports", "Iraq condemned
Turkish raids on its villages": nominals._reactor_owned), and on a state's hostile deed's
prepositional phrase ("Russia said Ukrainian forces fired rockets at its border towns":
objects._state_deed, since session 27; an armed group's deed keeps test_events_refs11's
reading); the object of a free relative a speaker's "be" clause tells ("struck what the army
said were drug gangs in southern Syria": clauses._named_what, also for the place slot); a
state's police arriving in another state come to help keep order ("Rwandan police officers
arrived in Haiti": v.police_arrive, 074).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

LISTED_ACTS: list[Case] = [
    (
        "DOHA",
        "Qatar condemned Israeli and American strikes on Iran.",
        "QAT>ISR:11 QAT>USA:11 ISR>IRN:19 USA>IRN:19",
    ),
    ("SANAA", "Yemen condemned the Saudi and Emirati strikes.", "YEM>SAU:11 YEM>ARE:11"),
    ("KYIV", "Ukraine praised British and French support for its army.", "UKR>GBR:05 UKR>FRA:05"),
    (
        "CARACAS",
        "Venezuela denounced American and Colombian interference in its election.",
        "VEN>USA:11 VEN>COL:11",
    ),
    (
        "ISLAMABAD",
        "Pakistan welcomed Chinese and Saudi aid after the floods.",
        "PAK>CHN:05 PAK>SAU:05",
    ),
]

REGIONS: list[Case] = [
    (
        "OSLO",
        "Norway, Denmark and Iceland offered aid to Ukraine. Moscow criticized the Nordic "
        "countries on Tuesday.",
        "NOR>UKR:03 DNK>UKR:03 ISL>UKR:03 RUS>NOR:11 RUS>DNK:11 RUS>ISL:11",
    ),
    (
        "RIGA",
        "Estonia, Latvia and Lithuania pledged aid to Moldova. Moscow condemned the Baltic "
        "governments.",
        "EST>MDA:03 LVA>MDA:03 LTU>MDA:03 RUS>EST:11 RUS>LVA:11 RUS>LTU:11",
    ),
    (
        "ASTANA",
        "Kazakhstan and Uzbekistan signed a water deal on Monday. Russia praised the Central "
        "Asian states.",
        "KAZ>UZB:05 UZB>KAZ:05 RUS>KAZ:05 RUS>UZB:05",
    ),
    # near-misses: a list with a state outside the region is not "the Nordic countries"
    (
        "STOCKHOLM",
        "Sweden and Germany signed a defense pact on Monday. Russia criticized the Nordic "
        "countries.",
        "SWE>DEU:05 DEU>SWE:05",
    ),
]

OWNED_PLACES: list[Case] = [
    (
        "BAGHDAD",
        "Iraq protested after Turkish warplanes struck targets in its northern region.",
        "TUR>IRQ:19 IRQ>TUR:11",
    ),
    (
        "BEIRUT",
        "Lebanon complained to the U.N. after Israeli jets struck villages in its south.",
        "LBN>UN:11 ISR>LBN:19",
    ),
    (
        "DAMASCUS",
        "Syria said Israeli warplanes bombed military sites near its capital.",
        "ISR>SYR:19",
    ),
    (
        "KABUL",
        "The Taliban said Pakistani jets struck targets in its eastern provinces.",
        "PAK>AFG:19",
    ),
]

NONE: list[NearMiss] = [
    # people of two states are no states ("fans"), a region's plural with no list of it
    ("NEW DELHI", "Police broke up clashes between Indian and Pakistani fans after the match."),
    ("DOHA", "Qatar and Egypt mediated the talks. Israel thanked the Gulf states on Sunday."),
    # "their" is the militants', "its neighbor's" no reactor's
    (
        "BAGHDAD",
        "Iraq protested after Turkish warplanes struck militants in their mountain hideouts.",
    ),
    ("ANKARA", "Turkey said its warplanes struck militant camps in its neighbor's territory."),
    # a protest foreseen, a missile fired at no one's place
    ("BAGHDAD", "Iraq said it would condemn any Turkish raids on its villages."),
    ("SEOUL", "North Korea fired what Seoul said were two ballistic missiles into the sea."),
    # "their" of a plain act, no harm
    ("TALLINN", "Estonia and Latvia said Russian officials had raised their concerns."),
    # police at home, troops (who may come to fight)
    ("NAIROBI", "Kenyan police arrived in Mombasa on Monday."),
    ("BANGUI", "Chadian troops arrived in the Central African Republic on Monday."),
]

NOUN_OWNED: list[Case] = [
    ("SANAA", "Yemen recalled its envoy after Saudi strikes on its ports.", "SAU>YEM:19"),
    ("BAGHDAD", "Iraq condemned Turkish raids on its villages.", "IRQ>TUR:11 TUR>IRQ:19"),
    (
        "BAGHDAD",
        "Iraq summoned Turkey's ambassador over Turkish airstrikes on its territory.",
        "IRQ>TUR:11 TUR>IRQ:19",
    ),
    (
        "MOSCOW",
        "Russia condemned Ukrainian drone attacks on its refineries.",
        "RUS>UKR:11 UKR>RUS:19",
    ),
    # near-miss: "their" is the militants'
    ("BAGHDAD", "Iraq condemned Turkish raids on militants in their camps.", "IRQ>TUR:11"),
]

WHAT_SAID: list[Case] = [
    (
        "ANKARA",
        "Turkish drones hit what Ankara said was a militant hideout in northern Iraq.",
        "TUR>IRQ:19",
    ),
    (
        "MOSCOW",
        "Russian missiles struck what Kyiv said was a grain terminal in Odesa.",
        "RUS>UKR:19",
    ),
    (
        "JERUSALEM",
        "Israeli jets struck what the military said were weapons depots in southern Lebanon.",
        "ISR>LBN:19",
    ),
    (
        "CAIRO",
        "Egyptian warplanes bombed what Cairo said were smuggling camps in eastern Libya.",
        "EGY>LBY:19",
    ),
]

JOINT_OWNERS: list[Case] = [
    (
        "TALLINN",
        "Estonia and Latvia protested after Russian jets violated their airspace.",
        "RUS>EST:15 RUS>LVA:15 EST>RUS:11 LVA>RUS:11",
    ),
    (
        "HANOI",
        "Vietnam and the Philippines protested after Chinese ships rammed their boats.",
        "CHN>VNM:19 CHN>PHL:19 VNM>CHN:11 PHL>CHN:11",
    ),
    (
        "ATHENS",
        "Greece and Cyprus protested after Turkish warships entered their waters.",
        "TUR>GRC:15 TUR>CYP:15 GRC>TUR:11 CYP>TUR:11",
    ),
]

POLICE: list[Case] = [
    (
        "PORT-AU-PRINCE",
        "Rwandan police officers arrived in Haiti on Monday to join the U.N.-backed force.",
        "RWA>HTI:07",
    ),
    ("PORT-AU-PRINCE", "Kenyan police officers landed in Port-au-Prince on Tuesday.", "KEN>HTI:07"),
    (
        "MOGADISHU",
        "Ethiopian police arrived in Somalia last week to train local recruits.",
        "ETH>SOM:07",
    ),
]

# a weak possessive on a state's hostile deed's prepositional phrase is the speaker's or the
# reactor's (objects._state_deed, session 27; gaps until then): an armed group's deed keeps
# its own reading (test_events_refs11's "said the Houthis had fired drones at its oil sites")
PREP_OWNED: list[Case] = [
    (
        "MOSCOW",
        "Russia said Ukrainian forces fired rockets at its border towns.",
        "UKR>RUS:19",
    ),
    (
        "SANAA",
        "Yemen recalled its envoy after Saudi forces launched strikes on its ports.",
        "SAU>YEM:19",
    ),
]

GAPS: list[Gap] = []
CASES = (
    LISTED_ACTS
    + REGIONS
    + OWNED_PLACES
    + NOUN_OWNED
    + WHAT_SAID
    + JOINT_OWNERS
    + PREP_OWNED
    + POLICE
)


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_coord20_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_coord20_groups(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
