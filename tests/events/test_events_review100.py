"""Review 100 (session 36, helper S48): set 48's misses, in general form.

A measure put to another state's officials ("raised the decree with Iranian officials", "raised
the new restrictions with his Turkish counterpart") is consultation (040), as a matter or an
act raised already was: patterns.yaml v.raise_issue's raised_matters gain decree, decision,
law, restriction, curb and measure. A rate raised names no one and stays nothing.
Hydropower and hydroelectricity are energy as electricity is (v.supply_energy, v.buy_from,
v.halt_flow, n.delivery's unless_words): "will sell 300 megawatts of hydropower to Chile" is
trade (061). Consular access asked for ("asked for consular access to the fishermen",
"requested consular access to the crews") is an appeal (020) to the state holding them
(v.ask_consular_access, v.request_consular_access: the holder a participle names, clauses
"holder" now also under "access to", else none: the arrest just told is a Gap, see GAPS). A
facility paid for in another state ("will pay for a new training center in Nukualofa") is aid
(v.pay_for's works gain center, school, clinic, port, road and the like). Identity data
shared ("will share with Ecuador the fingerprints of people deported", "criminal records") is
intelligence shared, as data is (v.share_intel). Armed forces that set up positions,
outposts or trenches in another state's ground or the zone at its border show force (150:
v.set_up_positions, as v.cross_border; only armed forces, so a firm's new positions are none).
A state named as a side in dealings ("raised the matter with the Armenian side") is a target of
a pattern that needs a state, as its government or envoy is (rules.yaml side_nouns,
objects._state_kind_fits). Every
sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a measure raised with another state's officials
CASES: list[Case] = [
    (
        "OTTAWA",
        "Canada's foreign minister said Ottawa had raised the decree with Iranian officials in"
        " Oman on Monday.",
        "CAN>IRN:04",
    ),
    (
        "SOFIA",
        "Bulgaria's prime minister raised the new restrictions with his Turkish counterpart in a"
        " phone call.",
        "BGR>TUR:04",
    ),
    (
        "ACCRA",
        "Ghana's trade minister raised the import decision with Nigeria's ambassador on Tuesday.",
        "GHA>NGA:04",
    ),
]

# a state named as "the X side" in dealings is that state
CASES += [
    ("YEREVAN", "Georgia said it had raised the matter with the Armenian side.", "GEO>ARM:04"),
    (
        "GENEVA",
        "The U.N. observer mission said its patrols had seen the new trenches and that it had"
        " raised the matter with the Armenian side.",
        "UN>ARM:04",
    ),
]

# hydropower sold or bought is energy traded, as electricity is
CASES += [
    (
        "LIMA",
        "Peru and Chile signed an agreement on Monday under which Peru will sell up to 300"
        " megawatts of hydropower to Chile over the next five years.",
        "PER>CHL:05 CHL>PER:05 PER>CHL:06",
    ),
    (
        "KATHMANDU",
        "Bangladesh will buy hydroelectricity from Nepal under the deal.",
        "BGD>NPL:06",
    ),
]

# consular access asked for detained nationals: an appeal to their holder
CASES += [
    (
        "BANGKOK",
        "Thailand asked for consular access to the 40 fishermen held by Fiji.",
        "THA>FJI:02",
    ),
]

# a facility paid for in another state is aid (or its promise)
CASES += [
    (
        "NUKUALOFA",
        "Under the agreement, Australia will pay for a new vocational training center in"
        " Nukualofa, and Tonga will vet workers before they travel.",
        "AUS>TON:07|03",
    ),
    ("NUKUALOFA", "Japan will pay for a new school in Tonga.", "JPN>TON:07|03"),
]

# identity data shared: intelligence sharing (or its promise)
CASES += [
    (
        "LIMA",
        "Peru will share with Ecuador the fingerprints of people deported from Chile.",
        "PER>ECU:06|03",
    ),
    ("LIMA", "Peru will share criminal records with Ecuador under the deal.", "PER>ECU:06|03"),
]

# armed forces posting themselves on another state's ground: a show of force
CASES += [
    (
        "NICOSIA",
        "Turkish troops set up three new positions inside Cyprus's buffer zone on Tuesday.",
        "TUR>CYP:15",
    ),
    (
        "BEIRUT",
        "Israeli soldiers established two outposts in Lebanese territory on Monday.",
        "ISR>LBN:15",
    ),
    (
        "HANOI",
        "Vietnamese troops built new trenches near the Cambodian border village of Bavet.",
        "VNM>KHM:15",
    ),
]

# a rate raised, or a measure raised with no partner, is no consultation
NONE: list[NearMiss] = [
    ("SOFIA", "Bulgaria raised its interest rate on Monday."),
    ("GENEVA", "Aid groups asked for access to the flooded villages."),
    ("TOKYO", "Japan will pay for a new school in Osaka."),
    ("LIMA", "Peru sent a record number of troops to the border."),
    ("NICOSIA", "The company set up three new positions in Cyprus for engineers."),
    ("NICOSIA", "Residents on the Greek side of the island said they heard explosions."),
    ("LIMA", "Peru raised the fuel levy on Monday after the decree took effect."),
]

GAPS: list[Gap] = [
    (
        "SUVA",
        "Fiji has seized three Thai fishing boats and detained 40 crew members, and Thailand"
        " asked on Wednesday for consular access to the fishermen.",
        "FJI>THA:17 THA>FJI:02",
        "the holder from the arrest just told: access as an undoing noun (undoing_matches)"
        " was taken out at landing, it cost a blind set a required event",
    ),
    (
        "MALE",
        "The Maldives detained 12 Sri Lankan fishermen on Monday. Sri Lanka requested consular"
        " access to the crews on Tuesday.",
        "MDV>LKA:17 LKA>MDV:02",
        "the holder from the arrest just told: access as an undoing noun (undoing_matches)"
        " was taken out at landing, it cost a blind set a required event",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review100_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review100_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
