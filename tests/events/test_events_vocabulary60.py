"""Vocabulary 60 (session 39, helper OBJ): fees cut for another state's goods, and water or
power counted by its unit sold to a state.

1. A charge a state takes for its port, road, bridge or transit cut or waived for
   another state's goods or carriers ("will cut port fees for Ugandan cargo", "scrapped
   transit tolls on Malian trucks") is economic cooperation with that state (061,
   v.cut_fees; 03 when pledged), as the development sets code such cuts (sets 32, 35, 50:
   06 beside 08 or 07); visa fees stay v.waive_visas' (081), fees owed v.forgive_debt's
   (071); fees for students, or charges with no port or transit word, name no state's trade; a cap
   or a freeze keeps a fee.
2. Power counted in megawatts sold or supplied to a state is electricity traded (v.supply_energy,
   061); water is not read so: "to pump water from the sea to the capital" is a state's own
   works.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# 1. fees cut for another state's goods or carriers
FEES: list[Case] = [
    (
        "DAR ES SALAAM",
        "Tanzania will cut port fees for Ugandan cargo from next month.",
        "TZA>UGA:03",
    ),
    ("BAMAKO", "Senegal scrapped transit tolls on Malian trucks on Monday.", "SEN>MLI:06"),
    ("DAKAR", "Gambia has halved the bridge toll for Senegalese lorries.", "GMB>SEN:06"),
    ("LOME", "Togo waived transit charges for Nigerien freight this year.", "TGO>NER:06"),
    # visa fees and fees owed keep their own patterns
    ("ISLAMABAD", "Pakistan abolished visa fees for Bangladeshi traders.", "PAK>BGD:08"),
    ("KHARTOUM", "Egypt waived port fees owed by Sudan.", "EGY>SDN:07"),
]

# 2. power counted by its unit sold to a state
SUPPLY: list[Case] = [
    ("BAGHDAD", "Turkey will sell 300 megawatts to Iraq from next year.", "TUR>IRQ:03"),
    ("TIRANA", "Greece supplied Albania with 200 megawatts during the drought.", "GRC>ALB:06"),
]

CASES: list[Case] = FEES + SUPPLY

NONE: list[NearMiss] = [
    # fees no state's trade pays
    ("NAIROBI", "Kenya cut fees for foreign students."),
    ("ACCRA", "Ghana lowered port fees for shipping companies."),
    # charges of a court, no fee
    ("HANOI", "Vietnam dropped charges against two Chinese fishermen."),
    # water pumped to a state's own city: its own works
    ("AMMAN", "Jordan will build a plant to pump water from the Red Sea to Amman."),
    # a ceiling keeps the fee
    ("BAKU", "Azerbaijan capped port fees for Kazakh cargo at last year's level."),
]

GAPS: list[Gap] = [
    (
        "TBILISI",
        "Georgia will cut the fees it charges for Azerbaijani oil shipped to Turkey.",
        "GEO>AZE:03",
        "the goods' destination, deeper in the for-phrase, is read before their owner's"
        " nationality (GEO>TUR)",
    ),
    (
        "KIGALI",
        "Kenya lowered handling charges on goods bound for Rwanda.",
        "KEN>RWA:06",
        "the goods' destination hangs under a participle of the on-phrase's noun, which no"
        " target slot of v.cut_fees reads",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary60_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary60_roots(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
