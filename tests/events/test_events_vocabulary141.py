"""Vocabulary 141 (session 66, V66): water sold to another state, and gas by its unit.

- "Malaysia will supply 40 million liters of water a day to Brunei", "Lesotho sells water to
  South Africa": water sold or supplied to another state is economic cooperation (061, 03
  when pledged), as energy is (v.supply_water beside v.supply_energy); a volume with no word
  for what flows is water once the energy and relief patterns found no fuel or goods.
  Drinking water delivered is relief (073).
- "will supply 2 billion cubic meters a year to Italy": gas counted by its unit with no fuel
  word is energy sold (v.supply_energy reads "cubic" among its words).
- Dropped: fuel counted in barrels, liters or gallons sent as tons of it are (v.ship_tons).
  "Russia sent 10 million barrels of oil to China" is trade and codes nothing
  (test_events_vocabulary23), and "barrel" as an energy word turned "delivered 2 million
  barrels of fuel to Syria" from aid into trade (test_events_dev12): the sentence does not
  tell aid from sale, so the barrels stay gaps.

Found by the census of the open misses the form stage blocks (object words missing): sets 36,
44, 47 (water) and 55 (fuel oil in barrels, a gap). Near misses: a state's own output or works, a
market with no state, water released into a river, a private firm's sale, a negated or
conditional supply, water drunk.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "KUALA LUMPUR",
        "Malaysia will supply 40 million liters of water a day to Brunei.",
        "MYS>BRN:03",
    ),
    (
        "SINGAPORE",
        "Malaysia supplies Singapore with 250 million gallons of water a day.",
        "MYS>SGP:06",
    ),
    ("MASERU", "Lesotho sells water to South Africa under a 1986 treaty.", "LSO>ZAF:06"),
    # a release of water to a state was coded before (not by v.supply_water, which leaves
    # "release" out: "welcomed the release" of hostages reads a deed by its lemma's roots)
    (
        "DUSHANBE",
        "Tajikistan will release 4.2 billion cubic meters of water to Uzbekistan.",
        "TJK>UZB:03",
    ),
    (
        "BANDAR SERI BEGAWAN",
        "Malaysia will supply up to 40 million liters a day to Brunei's Temburong district.",
        "MYS>BRN:03",
    ),
    ("JOHOR BAHRU", "Malaysia's Johor state supplies raw water to Singapore.", "MYS>SGP:06"),
    # water given in an emergency is relief, not trade
    ("DOHA", "Qatar delivered 2 million liters of drinking water to Gaza.", "QAT>PSE:07"),
    # a sale of fuel is trade (v.supply_energy), as before
    ("CARACAS", "Venezuela shipped two million barrels of oil to China.", "VEN>CHN:06"),
    # gas counted by its unit alone (v.supply_energy: cubic)
    ("ALGIERS", "Algeria will supply 2 billion cubic meters a year to Italy.", "DZA>ITA:03"),
    ("ALGIERS", "Algeria supplied Italy with 20 billion cubic meters last year.", "DZA>ITA:06"),
]
NONE: list[NearMiss] = [
    ("RIYADH", "Saudi Arabia pumped 9 million barrels a day in June."),
    ("VIENNA", "OPEC will supply 2 million more barrels a day to the market."),
    ("AMMAN", "Jordan will pump water from the Red Sea to Amman."),
    ("CAIRO", "Egypt released water from the Aswan dam into the Nile."),
    ("KUCHING", "The Sarawak utility supplies water to 2 million residents."),
    ("LONDON", "Shell sold 2 million barrels of crude to India."),
    ("SINGAPORE", "Malaysia will not supply water to Singapore after 2061, the minister said."),
    ("SINGAPORE", "If Malaysia stopped supplying water, Singapore would face a crisis."),
    ("DOHA", "Kenya's athletes drank 40 liters of water on the track in Doha."),
    ("SINGAPORE", "Singapore's national water agency buys water from Malaysia."),
    ("BORDEAUX", "The winery shipped 5,000 barrels to France."),
    ("OSLO", "Norway supplies 30% of the gas Germany burns."),
]
GAPS: list[Gap] = [
    (
        "MEXICO CITY",
        "Mexico will send 300,000 barrels of fuel oil to Cuba.",
        "MEX>CUB:03",
        "fuel sent by the barrel is read as trade ('sent 10 million barrels of oil to China' "
        "codes nothing, test_events_vocabulary23); the sentence does not tell aid from sale",
    ),
    (
        "MOSCOW",
        "Russia will deliver 100,000 barrels a day to Hungary.",
        "RUS>HUN:03",
        "'barrel' as an energy word made aid ('delivered 2 million barrels of fuel to Syria', "
        "test_events_dev12) into trade; left out",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary141_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary141_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
