"""Vocabulary 88 (session 48, P18): wire words for acts the dictionary had not seen, both
states named.

- "nixed a proposal" rejects it (v.reject, 12).
- A ship intercepted by a state's forces is held as one detained is (v.detain_vessel, 17).
- A tax laid on a state's goods is a tariff (v.impose_sanctions, 163): "levied a tax on
  goods from Benin"; a tax on no state's goods codes nothing.
- Openness to a deal with a state, its with-phrase under the to-phrase (v.express_readiness,
  03).
- A prisoner swap told by a light verb (v.hold_prisoner_swap, 0841): "held a prisoner swap
  with Russia", "carried out an exchange of prisoners"; a gas or currency swap returns no one.
- A deal entered into (v.enter_into_deal, 057): "entered into an agreement with Qatar".
- Another state's national put on trial (v.put_on_trial, 173).
- Ground taken inside or within a state (v.occupy_in, 192): "occupied a buffer zone inside
  Syria".
- Backing voiced for a state (v.express, 051), as support voiced is.
- A body's inspectors or monitors barred from a place or a vote (v.bar_monitors, 1246).
- "came to the defence of Armenia" as "came to Armenia's defence" (v.come_to_defence, 052;
  070 for aid).

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("BAKU", "Azerbaijan nixed a French peace proposal.", "AZE>FRA:12"),
    ("TEHRAN", "Iran intercepted a British tanker in the Gulf.", "IRN>GBR:17"),
    ("MANAMA", "Bahraini coast guards intercepted two Qatari fishing boats.", "BHR>QAT:17"),
    ("ABUJA", "Nigeria levied a tax on goods from Benin.", "NGA>BEN:16"),
    ("RIYADH", "Saudi Arabia signalled openness to a deal with Iran.", "SAU>IRN:03"),
    ("KYIV", "Ukraine held a prisoner swap with Russia.", "UKR>RUS:08"),
    (
        "KYIV",
        "Russia and Ukraine carried out an exchange of prisoners on Friday.",
        "UKR>RUS:08 RUS>UKR:08",
    ),
    ("ANKARA", "Turkey entered into an agreement with Qatar.", "TUR>QAT:05"),
    ("HANOI", "Vietnam entered into a defence pact with the Philippines.", "VNM>PHL:05"),
    ("MOSCOW", "Russia put a Canadian businessman on trial.", "RUS>CAN:17"),
    ("DAMASCUS", "Israel occupied a buffer zone inside Syria.", "ISR>SYR:19"),
    ("BAKU", "Azerbaijani troops occupied hilltops within Armenian territory.", "AZE>ARM:19"),
    ("ANKARA", "Turkey voiced backing for Azerbaijan.", "TUR>AZE:05"),
    ("ANKARA", "Turkey expressed strong backing for Azerbaijan's position.", "TUR>AZE:05"),
    ("PARIS", "France came to the defence of Armenia.", "FRA>ARM:05"),
    ("PARIS", "France came to the aid of Armenia after the quake.", "FRA>ARM:07"),
    ("TEHRAN", "Iran barred IAEA inspectors from the site.", "IRN>IAEA:12"),
    ("MINSK", "Belarus barred OSCE observers from the election.", "BLR>OSCE:12"),
]

NEAR_MISSES: list[NearMiss] = [
    ("YEREVAN", "Armenia completed a gas swap with Iran."),
    ("ABUJA", "Nigeria levied a tax on imported cars."),
    ("MOSCOW", "Russia put its own generals on trial."),
    ("MOSCOW", "Russia put the matter on the agenda with China."),
    ("TEHRAN", "Iran intercepted a phone call between two smugglers."),
    ("ANKARA", "Turkey did not enter into an agreement with Qatar."),
    ("BAKU", "Azerbaijan's parliament nixed the budget."),
    ("DAMASCUS", "Israel occupied a buffer zone inside its own territory."),
    ("PARIS", "France came to the defence of its own farmers."),
    ("ANKARA", "Turkey did not voice backing for Azerbaijan."),
    ("TEHRAN", "Iran barred inspectors from the site."),
    ("MINSK", "Belarus barred its own observers from the count."),
    ("MINSK", "Belarus did not bar OSCE observers from the election."),
]

GAPS: list[Gap] = [
    (
        "OSLO",
        "Norway ponied up 20 million dollars for Sudan.",
        "NOR>SDN:07",
        "slang phrasal verb of giving money, not in the dictionary",
    ),
    (
        "PARIS",
        "France stripped Niger of its aid.",
        "FRA>NER:16",
        "'strip X of' aid or rights is not read",
    ),
    (
        "MINSK",
        "Belarus handed a Lithuanian activist a 10-year sentence.",
        "BLR>LTU:17",
        "a sentence handed down as a double object is not read",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_vocabulary88_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_vocabulary88_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
