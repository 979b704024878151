"""Vocabulary 65 (session 43, builder RECV): receivers of payments, places and data, state
funds as their state, and a planned leg of a visit.

Forms the coder missed or misread, found in the opened sets 57 and 58 (their sentences are
not used here):
- a rate paid to a state per unit ("will pay Angola $4.50 for every tonne", "$9 per barrel",
  "8 dollars a barrel": objects._per_unit_price, rules per_unit_*): a fee for a service,
  economic cooperation (061, 03 when pledged), v.pay_per_unit; the same for-phrase on "pay
  for" (v.pay_for) is no works paid for ("the toll it will pay for each truck");
- a sum paid "toward" another state's works (v.pay_toward, 071), and works named by an
  on-phrase ("a tunnel on Slovenia's road") for v.pay_for too;
- places or scholarships at a state's colleges given to another state (v.give_places, 070);
- a receiver the parser hung on the object as a modifier ("will send Cambodia daily
  readings": clauses._compound_receiver, the dative slot of every pattern) and readings as
  data shared (v.share_intel);
- a state's sovereign wealth fund or its state trading firm for farm goods as the state
  (data/actors/state_companies.yaml: lenders, sectors);
- "is due to travel to Busan" after a visit to South Korea told: a leg of that visit, no new
  one, also when only planned (extract._leg_of_told_visit reads the pattern's root 04, not
  the 036 of a plan).
Near misses: a rate per unit with no state paying, "for a road" (no unit), a seat at a
table or on a board, an airline's name after "send", one's own works, a fund selling shares,
a university giving places, a planned trip to another state (kept, 036).

Every sentence was written for this file; each row is (dateline, body, expected events of
the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "LUANDA",
        "Zambia will pay Angola $4.50 for every tonne of copper loaded at Lobito, the two"
        " governments said.",
        "ZMB>AGO:03|06",
    ),
    (
        "COTONOU",
        "Niger will pay Benin $9 per barrel shipped through the port of Seme.",
        "NER>BEN:03|06",
    ),
    (
        "YAOUNDE",
        "Chad pays Cameroon 8 dollars a barrel for the crude it sends to Kribi.",
        "TCD>CMR:06",
    ),
    (
        "KAMPALA",
        "Uganda and Kenya signed an agreement on Friday fixing the toll Uganda will pay for each"
        " truck crossing at Malaba.",
        "UGA>KEN:05 KEN>UGA:05",
    ),
    (
        "VIENNA",
        "Austria will pay 90 million euros toward a new tunnel on Slovenia's Karawanks road.",
        "AUT>SVN:03|07",
    ),
    (
        "KATHMANDU",
        "India will give Nepal 200 places a year at its engineering colleges.",
        "IND>NPL:03|07",
    ),
    (
        "SUVA",
        "New Zealand on Monday granted Fiji 40 scholarships at its universities.",
        "NZL>FJI:07",
    ),
    (
        "VIENTIANE",
        "Laos will send Cambodia daily readings from its river stations during the rainy season.",
        "LAO>KHM:03|06",
    ),
    (
        "MUSCAT",
        "Oman's sovereign wealth fund will lend Jordan $300 million toward a new desalination"
        " plant.",
        "OMN>JOR:03|07",
    ),
    (
        "ACCRA",
        "Ghana's state cocoa company agreed on Tuesday to sell Egypt 50,000 tons of cocoa beans.",
        "GHA>EGY:03|06",
    ),
    (
        "SEOUL",
        "The accord was reached during a four-day visit by Thailand's prime minister, who was"
        " received on Monday by South Korea's president. The Thai leader is due to travel to"
        " Busan on Thursday to meet shipbuilders before flying home.",
        "KOR>THA:04 THA>KOR:04",
    ),
    (
        "BANGKOK",
        "The accord was reached during a four-day visit by Thailand's prime minister to South"
        " Korea. The Thai leader is due to travel to Tokyo on Thursday.",
        "THA>KOR:04 THA>JPN:04",
    ),
]

NONE: list[NearMiss] = [
    ("MOMBASA", "The Kenyan firm will pay $2 for every bag of tea it buys at the auction."),
    ("PARIS", "France gave Ukraine a place at the table in the talks."),
    ("ASUNCION", "Brazil gave Paraguay a seat on the board of the dam."),
    ("DOHA", "Qatar will send Kenya Airways planes to Doha for repairs."),
    ("GRAZ", "Austria will pay 90 million euros toward its own tunnel under the Brenner pass."),
    ("OSLO", "Norway's sovereign wealth fund sold its shares in an Israeli company on Monday."),
    ("LIMA", "The university gave 30 places to students from Bolivia."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary65_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary65_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
