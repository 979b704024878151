"""Domestic mode (``Settings(domestic=True)``, off by default): acts inside one state.

Under the flag the coder also codes an act between one state's actors of two different roles
(police and protesters, the government and rebels, a court and journalists), as PLOVER and
CAMEO do; a bare "protesters" or "rebels" belongs to the one state named from two sentences
before to one after it (else to nobody), unless the sentence's place, or for the state's forces
the dateline, lies outside it (or, for forces, no place is known). By default (our
guidelines) none of these sentences codes an act inside one state. Nothing in either mode when the state itself is a side, when
the act is negated or only possible, or when a second state named nearby may own the group.
Each row is (dateline, body, expected events as "SRCROLE>TGTROLE:RR", actor codes). Every
sentence was written for this file; none is copied from a gold set.
"""

from __future__ import annotations


import pytest

from audit_cases import (
    Case,
    Gap,
    NearMiss,
    all_rows,
    audit_bodies,
    audit_params,
    code_both_modes,
    matches,
)
from newsgraph.settings import Settings

CASES: list[Case] = [
    ("ANKARA", "Turkish authorities detained 40 journalists on Friday.", "TURGOV>TURMED:17"),
    (
        "DHAKA",
        "Bangladeshi opposition leaders demanded the resignation of the government.",
        "BGDOPP>BGDGOV:10",
    ),
    ("NAIROBI", "Kenyan riot police fired tear gas at demonstrators.", "KENCOP>KENOPP:19|17"),
    (
        "TEHRAN",
        "Iranian security forces have arrested hundreds of students since March.",
        "IRNCOP>IRNEDU:17",
    ),
    (
        "ADDIS ABABA",
        "Ethiopia's government signed a peace agreement with Tigrayan rebels on Wednesday.",
        "ETHGOV>ETHREB:05",
    ),
    ("KABUL", "Afghan forces killed twelve militants in Helmand province.", "AFGMIL>AFGREB:19|18"),
    (
        "CAIRO",
        "Egyptian protesters accused the government of rigging the vote.",
        "EGYOPP>EGYGOV:11",
    ),
    (
        "ISLAMABAD",
        "The Pakistani government accused opposition parties of inciting violence.",
        "PAKGOV>PAKOPP:11",
    ),
    ("BAMAKO", "Malian rebels rejected the government's offer of talks.", "MLIREB>MLIGOV:12"),
    (
        "KYIV",
        "Ukrainian lawmakers criticized the government over delays in military pay.",
        "UKRLEG>UKRGOV:11",
    ),
    (
        "BEIJING",
        "Chinese authorities sentenced a prominent dissident to ten years in prison.",
        "CHNGOV>CHNOPP:17",
    ),
    ("KINSHASA", "Congolese soldiers fought rebels near Goma for a third day.", "CODMIL>CODREB:19"),
    ("MOSCOW", "Russian police detained dozens of protesters on Sunday.", "RUSCOP>RUSOPP:17"),
    ("ANKARA", "Turkish prosecutors charged 20 students with terrorism.", "TURJUD>TUREDU:11|17"),
    (
        "ADDIS ABABA",
        "Ethiopian rebels attacked government troops in Amhara.",
        "ETHREB>ETHMIL:19|18",
    ),
    ("TEHRAN", "Iran's judiciary sentenced two journalists to prison.", "IRNJUD>IRNMED:17"),
    ("DHAKA", "Bangladesh's government met opposition leaders for talks.", "BGDGOV>BGDOPP:04"),
    # singulars and group words of data/events/domestic.yaml
    (
        "MOSCOW",
        "Russian prosecutors charged an opposition activist with extremism.",
        "RUSJUD>RUSOPP:11|17",
    ),
    (
        "HARARE",
        "Opposition groups in Zimbabwe accused the government of vote rigging.",
        "ZWEOPP>ZWEGOV:11",
    ),
    ("CAIRO", "Egyptian security forces arrested a student in Alexandria.", "EGYCOP>EGYEDU:17"),
    ("ALGIERS", "Algerian troops killed three gunmen near Tizi Ouzou.", "DZAMIL>DZAREB:19|18"),
    ("DHAKA", "Bangladeshi police detained an opposition candidate on Monday.", "BGDCOP>BGDOPP:17"),
    ("TUNIS", "Tunisian police clashed with youths in Kasserine.", "TUNCOP>TUNCVL:19"),
    ("YANGON", "Myanmar soldiers killed a villager in Sagaing.", "MMRMIL>MMRCVL:19|18"),
    ("OTTAWA", "Canada's largest union backed the government's budget.", "CANLAB>CANGOV:05"),
    ("CHISINAU", "Moldovan police detained 14 people after the rally.", "MDACOP>MDACVL:17"),
    # an act between two states is coded as by default, and only once
    ("KABUL", "Afghan police arrested Pakistani militants near the border.", "AFGCOP>PAKREB:17"),
    # two states named: the civilians are nobody's, the strike is Israel's on Gaza
    ("GAZA", "Israeli jets struck Gaza, killing civilians.", "ISRMIL>PSE:19|18"),
    # a second state in the sentence before: whose people, or which government, is not said
    (
        "GAZA",
        "Israel pounded Gaza for a third day. Hamas militants killed 40 people in a raid.",
        "ISR>PSE:19|18",
    ),
    (
        "HAVANA",
        "Cuba's state newspaper accused the United States of lying. "
        "The newspaper also criticized the government.",
        "CUB>USA:11",
    ),
]

NONE: list[NearMiss] = [
    ("ROME", "Italy's government said Italy would cut taxes."),  # the state and its government
    ("NAIROBI", "The Kenyan government thanked Kenya on Monday."),
    ("LIMA", "Peruvian police did not arrest the protesters."),
    ("CAIRO", "Egyptian police may detain opposition activists ahead of the vote."),
    ("BEIJING", "Chinese authorities said students who joined the rallies could be arrested."),
    # the state itself is no side of its own acts
    ("MOSCOW", "Russian troops advanced on Russia's Kursk region on Monday."),
    # two states named: whose soldiers is not said
    ("BOGOTA", "Colombian rebels kidnapped three soldiers near the Venezuelan border."),
    # a state's forces act abroad: no place in that state, no people of theirs
    # (test_events_review17.py)
    ("KHARKIV", "Russian troops shelled Kharkiv overnight, killing six civilians."),
]

GAPS: list[Gap] = [
    (
        "KHARTOUM",
        "Sudanese troops attacked rebel positions in the south.",
        "SDNMIL>SDNREB:19|18",
        "a role word modifying another noun ('rebel positions') makes no mention",
    ),
]


def _rows() -> list[tuple[str, str]]:
    return all_rows(CASES, NONE, GAPS)


@pytest.fixture(scope="module")
def coded(nlp) -> dict[bool, dict[str, list[str]]]:  # type: ignore[no-untyped-def]
    """Every row in both modes (the session model)."""
    del nlp
    return code_both_modes(_rows())


def test_domestic_mode_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


def test_domestic_setting_is_off_by_default_and_read_from_flags() -> None:
    from newsgraph.settings import load_settings

    assert Settings().domestic is False
    assert load_settings(domestic=True).domestic is True
    assert load_settings(domestic="false").domestic is False


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_domestic_mode_codes_acts_inside_one_state(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """With the flag the body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[True][body]
    assert matches(got, expected), (got, expected)


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body"), _rows(), ids=[b[:40] for _, b in _rows()])
def test_default_mode_codes_no_act_inside_one_state(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str
) -> None:
    """By default no row codes an act inside one state, and every default event is kept
    under the flag."""
    del dateline
    default = coded[False][body]
    assert not [e for e in default if e.split(">")[0][:3] == e.split(">")[1][:3]], default
    assert all(e in coded[True][body] for e in default), (default, coded[True][body])
