"""Review 158 (session 48, P18): fire and weapons of a state told by their noun, both sides
named, that coded nothing or coded a wrong act.

- A state's fire kills or wounds (rules agent_nouns + fire, gunfire): "killed by Israeli
  fire", "Chadian gunfire killed two Sudanese herders" are the state's forces' acts, as
  "Israeli shelling" is; a fire that is a blaze ("a fire at the Russian embassy") names no
  state's fire.
- A state's weapons coming down on another's ground (v.weapons_land, 190): "Israeli shells
  landed in southern Lebanon" was coded as police arriving (v.police_arrive, 074: a state named
  alone passes as its craft's modifier); weapons are no police (unless_subject, read on the
  subject noun the state modifies: extract._modified_subject, as subject_words now are).
- A weapon that slammed into a building in a city (v.slam_into) hits the city's state:
  the in-phrase under its object.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("GAZA", "Four Palestinians were killed by Israeli fire in Gaza.", "ISR>PSE:19"),
    ("GAZA", "Israeli fire killed four Palestinians in Khan Younis.", "ISR>PSE:19"),
    ("KHARTOUM", "Chadian gunfire killed two Sudanese herders.", "TCD>SDN:19"),
    ("BEIRUT", "Israeli shells landed in southern Lebanon.", "ISR>LBN:19"),
    ("BEIRUT", "Israeli shells fell on a village in southern Lebanon.", "ISR>LBN:19"),
    (
        "KYIV",
        "A Russian missile slammed into a shopping centre in Kharkiv.",
        "RUS>UKR:19",
    ),
    # police and leaders still land and arrive as before
    ("KINSHASA", "Rwandan police officers arrived in Haiti.", "RWA>HTI:07"),
    ("RIGA", "The Latvian president landed in Kyiv on Monday.", "LVA>UKR:04"),
]

NEAR_MISSES: list[NearMiss] = [
    ("PARIS", "A fire at the Russian embassy killed two French workers."),
    ("BEIRUT", "Rockets fired from Lebanon landed in northern Israel."),
    ("TOKYO", "A North Korean missile fell into the sea off Japan."),
    ("KYIV", "A Russian missile slammed into a ship in the Black Sea."),
    ("BEIRUT", "Lebanese police arrived in southern Lebanon."),
    ("BEIRUT", "No Israeli shells landed in southern Lebanon on Sunday."),
]

GAPS: list[Gap] = [
    (
        "BEIRUT",
        "Israeli artillery shells fell on the outskirts of Khiam in Lebanon.",
        "ISR>LBN:19",
        "the state sits four phrases under the verb, past what under:in reads",
    ),
    (
        "TAIPEI",
        "Chinese warplanes crossed the median line of the Taiwan Strait.",
        "CHN>TWN:15",
        "a strait named after a state is no place of it, so the line has no other side",
    ),
    (
        "ACCRA",
        "Ghana came under fire from Nigeria over the expulsions.",
        "NGA>GHA:11",
        "criticism told as coming under fire from a state is not read",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_review158_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_review158_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
