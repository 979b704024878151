"""Vocabulary 141 (session 66, V66): fuel counted by its volume, and water sold or let through.

- "Mexico will send 300,000 barrels of fuel oil to Cuba", "Venezuela will send Cuba 50,000
  barrels of crude a day": fuel counted in barrels, liters or gallons is sent as tons of it
  are (v.ship_tons, whose of-phrase words still decide: 07, 03 when pledged).
- "Malaysia will supply 40 million liters of water a day to Brunei", "Lesotho sells water to
  South Africa": water sold or supplied to another state is economic cooperation (061, 03
  when pledged), as energy is (v.supply_water beside v.supply_energy); a volume with no word
  for what flows is water once the energy and relief patterns found no fuel or goods.
  Drinking water delivered is relief (073).
- "Russia will deliver 100,000 barrels a day to Hungary", "will supply 2 billion cubic meters
  a year to Italy": oil and gas counted by their units with no fuel word are energy sold
  (v.supply_energy reads "barrel" and "cubic" among its words).

Found by the census of the open misses the form stage blocks (object words missing): sets 36,
44, 47 (water) and 55 (fuel oil in barrels). Near misses: a state's own output or works, a
market with no state, water released into a river, a private firm's sale, a negated or
conditional supply, water drunk.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("MEXICO CITY", "Mexico will send 300,000 barrels of fuel oil to Cuba.", "MEX>CUB:03"),
    ("MEXICO CITY", "Mexico sent 300,000 barrels of oil to Cuba.", "MEX>CUB:07"),
    ("CARACAS", "Venezuela will send Cuba 50,000 barrels of crude a day.", "VEN>CUB:03"),
    (
        "ANKARA",
        "Turkey sent 2,000 tents to Syria on Monday. Turkey will also send 50,000 barrels of "
        "diesel next week, the ministry said.",
        "TUR>SYR:07 TUR>SYR:03",
    ),
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
    # oil and gas counted by their units alone (v.supply_energy: barrel, cubic)
    ("MOSCOW", "Russia will deliver 100,000 barrels a day to Hungary.", "RUS>HUN:03"),
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
GAPS: list[Gap] = []


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
