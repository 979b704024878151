"""Review 17 (R1 of session 13): senses a verb has only with the right object, and whose people
a bare group is.

"Occupy" codes an occupation of a state from an in-phrase only after a place noun, and never of
an IGO ("occupies a key position in NATO" ranks Turkey); "cover" pays for another state's
budget only as a share or an amount of its gap ("state media covered Taiwan's defence budget"
reports it); a client noun ("Iran's Lebanese partner", "Tehran's Yemeni proxy") names a
militia unless the article names the state itself; a rebuke sent is no handover and a
judgement's of-phrase is what is judged ("registered its condemnation of Russia's strike"); a
verb whose act its target's kind makes ("left the OSCE") answers nothing without such a target
("the envoy, who was expelled by Lithuania, left on Friday"). In domestic mode a bare group is
the named state's only where the sentence's place, or for its forces the dateline, is in that
state, and a prosecutor's office is a court actor.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"); the domestic
rows' events are actor codes ("SRCROLE>TGTROLE:RR"). Every sentence was written for this file;
none is copied from a gold set.
"""

from __future__ import annotations


import pytest

from audit_cases import (
    Case,
    Gap,
    NearMiss,
    audit_bodies,
    audit_params,
    code_actor_codes,
    code_audit,
    matches,
)
from newsgraph.settings import Settings

CASES: list[Case] = [
    # occupation in a place: the place's state
    ("DAMASCUS", "Israel occupied the buffer zone in southern Syria.", "ISR>SYR:19"),
    ("BEIRUT", "Israeli troops occupied five hilltops in southern Lebanon.", "ISR>LBN:19"),
    ("ZAGREB", "Serbia occupied a strategic area in Croatia in 1991.", "SRB>HRV:19"),
    ("KYIV", "Russia occupied several villages in eastern Ukraine.", "RUS>UKR:19"),
    # a share or an amount of another state's gap covered is aid
    ("CAIRO", "Saudi Arabia will cover part of Egypt's budget deficit.", "SAU>EGY:03"),
    ("KYIV", "Japan will cover $2 billion of Ukraine's budget shortfall.", "JPN>UKR:03"),
    ("CAIRO", "Saudi Arabia covered half of Egypt's budget deficit last year.", "SAU>EGY:07"),
    ("RAMALLAH", "Qatar will finance the Palestinian Authority's budget deficit.", "QAT>PSE:03"),
    # a client noun names the state when the article names it too
    (
        "DAMASCUS",
        "Israel struck targets near Damascus on Monday. Russia's Syrian partner called the "
        "strikes a crime.",
        "ISR>SYR:19 SYR>ISR:11",
    ),
    # a patron is no client: the state
    (
        "SANAA",
        "Saudi Arabia accused the rebels' Iranian backer of arming them.",
        "SAU>IRN:11",
    ),
    # a rebuke sent is disapproval, not a handover; a judgement's of-phrase is judged
    ("LONDON", "Britain sent a formal rebuke to Iran over the detention.", "GBR>IRN:11"),
    ("PARIS", "France sent a sharp reprimand to Algeria over the arrest.", "FRA>DZA:11"),
    ("KYIV", "Ukraine registered its condemnation of Russia's strike.", "UKR>RUS:11"),
    ("KYIV", "Ukraine expressed its condemnation of Russia's drone attack.", "UKR>RUS:11"),
    ("KYIV", "Poland voiced its support of Ukraine's bid.", "POL>UKR:05"),
    ("TRIPOLI", "Libya handed over two suspects to Britain over the bombing.", "LBY>GBR:06"),
    # a person leaving answers nothing; a state leaving a body breaks with it
    (
        "VILNIUS",
        "The Russian envoy, who was expelled by Lithuania, left on Friday.",
        "LTU>RUS:16",
    ),
    (
        "RIGA",
        "The Russian ambassador, who was expelled by Latvia, left the country on Sunday.",
        "LVA>RUS:16",
    ),
    (
        "TALLINN",
        "The Russian envoy, who was expelled by Estonia, quit his post.",
        "EST>RUS:16",
    ),
    ("BUDAPEST", "Hungary left the OSCE on Monday.", "HUN>OSCE:16"),
    # a state quitting a body the dictionary does not know answers no earlier act
    (
        "MOSCOW",
        "Lithuania expelled two Russian diplomats. Russia quit the Council of the Baltic Sea "
        "States in response.",
        "LTU>RUS:16",
    ),
]

NONE: list[NearMiss] = [
    # a rank or a seat is no place; an IGO is no state to occupy
    ("ANKARA", "Turkey occupies a key position in NATO."),
    ("NEW DELHI", "India occupies a central place in Russia's foreign policy."),
    ("BERLIN", "Germany occupied the top spot in the EU's growth rankings in 2024."),
    ("PARIS", "France occupies a permanent seat in the U.N. Security Council."),
    ("TOKYO", "Japan occupies third place in the G7's debt table."),
    # reporting on a budget pays for nothing
    ("TAIPEI", "Chinese state media covered Taiwan's record defence budget on Monday."),
    ("KYIV", "U.S. newspapers covered Ukraine's budget crisis extensively."),
    ("BEIJING", "Chinese state media covered part of Taiwan's budget debate."),
    # a patron's client is a militia
    ("TEL AVIV", "Iran's Lebanese partner fired rockets at Israel."),
    ("TEL AVIV", "Tehran's Yemeni proxy fired missiles at Israel."),
    ("JERUSALEM", "Iran's Iraqi partner sent drones toward Israel."),
    # who feels a feeling is no target of it
    ("PARIS", "The minister voiced the anger of French farmers at the deal."),
]

GAPS: list[Gap] = []

# Domestic mode: (dateline, body, expected actor-code events); "" as dateline: none
DOMESTIC: list[Case] = [
    ("DUBAI", "Iranian police arrested dozens of protesters on Tuesday.", "IRNCOP>IRNOPP:17"),
    (
        "LONDON",
        "Iranian police arrested dozens of students in Tehran, activists said.",
        "IRNCOP>IRNEDU:17",
    ),
    ("LAGOS", "Nigerian troops killed 20 militants on Monday.", "NGAMIL>NGAREB:18|19"),
    (
        "MOSCOW",
        "The prosecutor's office charged Russian opposition activists with treason.",
        "RUSJUD>RUSOPP:11",
    ),
]

DOMESTIC_NONE: list[NearMiss] = [
    (
        "KYIV",
        "Russian troops shelled the village overnight, killing three civilians, residents said.",
    ),
    ("JENIN", "Israeli soldiers killed two militants in a raid on Tuesday."),
    ("", "U.S. troops killed four militants in a raid on Tuesday, the Pentagon said."),
    ("ISLAMABAD", "Indian soldiers killed three militants in a raid on Friday."),
    ("", "Turkish troops killed 12 militants in a raid in Iraq, officials said."),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review17_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS) + [b for _, b, _ in DOMESTIC]
    bodies += [b for _, b in DOMESTIC_NONE]
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review17_codes_senses_by_object(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)


@pytest.fixture(scope="module")
def domestic(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    del nlp
    return code_actor_codes(
        [(d, b) for d, b, _ in DOMESTIC] + list(DOMESTIC_NONE), Settings(domestic=True)
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"),
    [pytest.param(d, b, e, id=b[:40]) for d, b, e in DOMESTIC]
    + [pytest.param(d, b, "", id="none-" + b[:40]) for d, b in DOMESTIC_NONE],
)
def test_events_review17_domestic_groups_by_place(  # type: ignore[no-untyped-def]
    domestic, dateline: str, body: str, expected: str
) -> None:
    """In domestic mode a bare group is the named state's only where the place is in it:
    exactly the listed acts inside one state (foreign pairs are no domestic event)."""
    del dateline
    inside = [e for e in domestic[body] if e.split(">")[0][:3] == e.split(">")[1][:3]]
    assert matches(inside, expected), (domestic[body], expected)
