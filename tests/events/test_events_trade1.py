"""Trade 1 (session 43, lead): goods sold and property leased between states, and troops sent
read as aid, found in the opened sets 57 and 58 (their sentences are not used here).

- A sale is economic cooperation (061) whatever the goods of trade, not only aid goods
  (v.sell_goods: maize, locomotives, tons of any crop); an idea "sold" is none, nor is the
  trade's standing make-up ("mainly sells tea to India", as for v.export_to).
- A lease or rent between states (v.lease, 061; 0311 when pledged): the receiver as an
  indirect object, a to-phrase, a from-phrase (the lessor) or the first of two objects; "a new
  lease of life" is none.
- Troops sent, told in an agentless passive ("South Sudanese troops had been sent to the
  border"), are the goods sent, from their own state, no receiver of aid from the story's
  other side (extract.py, the passive-patient reading; rules goods_nouns, sent_force_nouns);
  troops given tanks still receive them.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("NAIROBI", "Kenya sold 12 locomotives to Uganda last year, the ministry said.", "KEN>UGA:06"),
    ("ACCRA", "Ghana sold 30,000 tons of maize to Burkina Faso in March.", "GHA>BFA:06"),
    ("COLOMBO", "Sri Lanka leased a deep-water berth to India for 35 years.", "LKA>IND:06"),
    (
        "DAR ES SALAAM",
        "Tanzania will also lease Zambia a 20-hectare dry port at the terminal.",
        "TZA>ZMB:03",
    ),
    ("DJIBOUTI", "Italy leased a second plot from Djibouti in 2024.", "ITA>DJI:06"),
    (
        "KYIV",
        "Ukraine asked Poland for help. Ukrainian troops were given 40 tanks, its army said.",
        "UKR>POL:02 POL>UKR:07",
    ),
]

NONE: list[NearMiss] = [
    # the trade's standing make-up, background ("mainly", "mostly")
    ("KAMPALA", "Uganda mainly sells coffee, fish and gold to Kenya, officials said."),
    ("KIGALI", "Rwanda mostly exports tin and tea to Tanzania, its trade office said."),
    ("KAMPALA", "Uganda's finance minister sold the plan to skeptical lawmakers on Monday."),
    ("NAIROBI", "The port deal gave the old railway a new lease of life, Kenya's minister said."),
    ("ADDIS ABABA", "Ethiopia's army said South Sudanese troops had been sent to the border."),
    (
        "BUJUMBURA",
        "Rwanda's army spoke on Monday. Burundian soldiers were sent to the lake shore, it said.",
    ),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_trade1_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_trade1_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
