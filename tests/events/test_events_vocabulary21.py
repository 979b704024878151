"""Vocabulary 21 (session 19, builder RN): forms of real news sentences the PLOVER gold
standard records showed missing, each written anew in modern wire style.

OF_STATE_TITLES: a bare title or role whose of-phrase names a state or IGO ("met the
president of Azerbaijan", "the government of the Philippines") is that state's, not the one
of a person named before who bears the title ("Vladimir Putin met the president of ...":
actors/resolve.py _owner_of, in _add_title and find_bare_roles).
SHIFTED_OBJECTS: an object told after a short "as" predicate ("denounced as a provocation
Russia's decision", "rejected as baseless the accusations"): the parser hangs the object
inside the "as" phrase; the events' parse makes it the verb's direct object
(context._shifted_objects). A passive verb, a verb with an object of its own, or a relative
clause whose object is the noun it hangs on keeps its parse.
PLACE_AIMED: fire aimed at a thing in a place ("fired shells at targets in Rafah") hits the
place's state (slot prep_place, last in v.fire_at and v.launch_attack; only target nouns
of place, rules aimed_place_nouns).
PLACED_FORCES: police or security forces "in" a state are that state's (rules
placed_force_nouns, read as seat_nouns are in parties._actors_of).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"); NONE holds
near-misses that must code nothing. Every sentence was written for this file.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

OF_STATE_TITLES: list[Case] = [
    ("BAKU", "Vladimir Putin met the president of Azerbaijan in Sochi on Monday.", "RUS>AZE:04"),
    (
        "ANKARA",
        "Recep Tayyip Erdogan telephoned the prime minister of Greece on Friday.",
        "TUR>GRC:04",
    ),
    (
        "MANILA",
        "China's foreign ministry criticized the government of the Philippines over the shoal.",
        "CHN>PHL:11",
    ),
    (
        "BRUSSELS",
        "Germany's chancellor praised the president of the European Commission.",
        "DEU>EU:05",
    ),
    # kept: an IGO's head, and a bare title with no of-phrase, refer as before
    ("LONDON", "Britain's foreign secretary met the head of the IAEA in Vienna.", "GBR>IAEA:04"),
    (
        "KYIV",
        "Volodymyr Zelenskyy said on Monday that the president would visit Poland.",
        "UKR>POL:04",
    ),
    # a monarch named by the realm (a gap until session 54: rules role_nouns)
    ("DOHA", "The Turkish president hosted the emir of Qatar in Istanbul.", "TUR>QAT:04"),
]

SHIFTED_OBJECTS: list[Case] = [
    (
        "WARSAW",
        "Poland on Monday denounced as a provocation Russia's decision to station nuclear "
        "weapons in Belarus.",
        "POL>RUS:11",
    ),
    (
        "SEOUL",
        "South Korea condemned as reckless North Korea's latest missile launch.",
        "KOR>PRK:11",
    ),
    (
        "TEHRAN",
        "Iran rejected as baseless the accusations made by the United States.",
        "IRN>USA:12",
    ),
    (
        "NEW DELHI",
        "India welcomed as a positive step Pakistan's decision to reopen the border crossing.",
        "IND>PAK:05",
    ),
    ("ATHENS", "Greece dismissed as propaganda Turkey's claims over the islands.", "GRC>TUR:12"),
    # kept: forms the coder read before
    (
        "BEIJING",
        "China denounced as interference the sanctions imposed by the European Union.",
        "CHN>EU:11",
    ),
    (
        "MANILA",
        "The Philippines denounced as dangerous the Chinese coast guard's use of water cannon.",
        "PHL>CHN:11",
    ),
    # kept: a relative clause's object is the noun it hangs on, not a quoted predicate
    (
        "LONDON",
        "Britain asked Norway to sell more gas, a request the Norwegian minister brushed aside "
        'last week as "not our concern."',
        "GBR>NOR:02 NOR>GBR:12",
    ),
]

# a strike aimed at a thing in a place ("at targets in Rafah") hits the place's state, as
# "struck targets in southern Lebanon" does (prep_place in v.fire_at, v.launch_attack)
PLACE_AIMED: list[Case] = [
    ("GAZA", "Israeli tanks fired shells at targets in Rafah on Sunday.", "ISR>PSE:19"),
    ("KYIV", "Russian forces fired missiles at targets in Kharkiv overnight.", "RUS>UKR:19"),
    (
        "BEIRUT",
        "Israeli jets fired rockets at targets in southern Lebanon on Tuesday.",
        "ISR>LBN:19",
    ),
    ("MOSCOW", "Ukraine launched drones at targets in Russia's Belgorod region.", "UKR>RUS:19"),
    (
        "DAMASCUS",
        "Turkish artillery fired at Kurdish positions in northern Syria.",
        "TUR>SYR:19",
    ),
    # kept: the aimed-at phrase's own actor comes first
    (
        "KYIV",
        "Russian forces fired missiles at Ukraine from positions in Belarus.",
        "RUS>UKR:19",
    ),
    # a thing aimed at that another may own there is no place (aimed_place_nouns): not
    # Lebanon. Its user, told by a participle, is whom the fire is aimed at (session 48, P18:
    # parties._holders), as "an Irish observation post" and "Irish peacekeepers" code on
    # main; the guidelines make a state's troops that state. Was a near miss.
    (
        "BEIRUT",
        "Israeli tanks fired at an observation post in southern Lebanon used by Irish "
        "peacekeepers.",
        "ISR>IRL:19",
    ),
]

# police or security forces "in" a state are that state's, as "the authorities in Somalia"
# are (placed_force_nouns, read as seat_nouns); troops are often sent abroad, and a
# nationality before the noun says whose they are
PLACED_FORCES: list[Case] = [
    ("CONAKRY", "Police in Guinea arrested dozens of Sierra Leonean migrants.", "GIN>SLE:17"),
    (
        "BAGHDAD",
        "Security forces in Iraq arrested three Iranian nationals near the border.",
        "IRQ>IRN:17",
    ),
    ("MINSK", "Riot police in Belarus detained a Polish journalist on Sunday.", "BLR>POL:17"),
]

NONE: list[NearMiss] = [
    ("DAMASCUS", "Troops in Syria shelled a Turkish convoy."),
    ("NAIROBI", "Police in Kenya arrested dozens of protesters in Nairobi."),
    # a place the fire comes from, and words fired, are no place aimed at
    ("MINSK", "Russian forces fired missiles at civilians from positions in Belarus."),
    ("BRUSSELS", "The minister fired a salvo of criticism at officials in Brussels."),
    # a sea named after a state is no place of that state's
    ("TOKYO", "North Korea fired a ballistic missile at a target in the Sea of Japan."),
    # an of-phrase naming no state
    ("MOSCOW", "Vladimir Putin met the president of the Russian Academy of Sciences on Monday."),
    # an "as" phrase that is a role, not a predicate before a moved object
    ("NAIROBI", "Kenya served as the host of the summit."),
    ("OSLO", "Norway acted as a mediator between the two sides."),
    ("CANBERRA", "Australia emerged as a key partner of the United States."),
]
GAPS: list[Gap] = [
    (
        "CARACAS",
        "Venezuela ignored a demand from Guyana to withdraw its troops.",
        "VEN>GUY:12",
        "v.defy reads no from-phrase author; adding obj_sub:from (tried) also coded 'ignoring "
        "an appeal from Brussels' in test_events_roots18's ELICITED row, which expects only "
        "the criticism drawn",
    ),
]
CASES = OF_STATE_TITLES + SHIFTED_OBJECTS + PLACE_AIMED + PLACED_FORCES


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary21_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary21_forms(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
