"""Context 155 (session 63, C63): an ask for a help, a mission or a review the story told given.

"The World Health Organization flew 30 doctors to Chad ... Chad's minister said his government
had asked for help in May": an ask (rules asked_after_roots and asked_after_verbs) naming no one,
of a help, a mission or a review (rules asked_done_nouns), told after the one party its source
dealt with so far gave it (acts of rules asked_done_roots aimed at the source), is made of that
party (reactions._asked_of_doer). So is one told in a relative clause on its own source ("Ghana's
energy ministry, which asked for the review": reactions._asker_relative).

Near misses: two parties dealt with the source before; the source's dealings were hostile; none
was aimed at the source (its own visit only); the ask is of a thing no help noun names (a delay);
the ask is denied ("no one had asked for the visit"); a speaker recalls its own ask ('"We asked
for help, and the African Union answered"').

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# reactions._asked_of_doer: the ask goes to the one party that gave what is asked for
ASKED: list[Case] = [
    (
        "ACCRA",
        "A team from the International Atomic Energy Agency urged Ghana on Friday to tighten "
        "safety checks at a research reactor near Accra. The eight-member mission spent ten days "
        "at the site at the invitation of Ghana's energy ministry, which asked for the review in "
        "March.",
        "IAEA>GHA:02 GHA>IAEA:02",
    ),
    (
        "N'DJAMENA",
        "The World Health Organization flew 30 doctors and two tonnes of medicine to Chad on "
        "Monday. Chad's health minister said his government had asked for help in May, after a "
        "cholera outbreak in the east.",
        "WHO>TCD:07 TCD>WHO:02",
    ),
    (
        "LILONGWE",
        "The European Union will deploy 80 observers to monitor Malawi's election in September, "
        "after the two sides signed an agreement on Friday. The foreign minister said Malawi had "
        "asked for the mission to show voters that the count would be fair.",
        "EU>MWI:05 MWI>EU:05 MWI>EU:02",
    ),
]
# ... not when two parties gave, the dealings were hostile, none was aimed at the source, the
# thing asked is no help, the ask is denied, or a speaker recalls its own ask
NOT_ASKED: list[Case] = [
    (
        "NUKU'ALOFA",
        "Japan sent 20 engineers to Tonga on Monday, and New Zealand gave Tonga 5 million dollars "
        "for water tanks. Tonga's prime minister said his government had asked for help after "
        "the eruption.",
        "JPN>TON:06|07 NZL>TON:07",
    ),
    (
        "YAOUNDE",
        "Cameroon accused Nigeria of letting gunmen cross the border, the foreign ministry said. "
        "Nigeria sent 100 soldiers to the border on Tuesday. Three days later, Cameroon's "
        "minister said his government had asked for help.",
        "CMR>NGA:11",
    ),
    (
        "BANJUL",
        "Gambia's president visited France on Monday and met President Macron. Gambia had asked "
        "for help with its debt, a spokesman said.",
        "GMB>FRA:04",
    ),
    (
        "MAPUTO",
        "The European Union sent 40 observers to Mozambique's election on Sunday. The foreign "
        "minister said Mozambique had asked for a delay in the vote.",
        "",
    ),
    (
        "BUJUMBURA",
        "The African Union sent 200 police officers to Burundi on Monday. \"We asked for help, "
        "and the African Union answered,\" Burundi's interior minister told reporters.",
        "AU>BDI:06|07",
    ),
    (
        "DHAKA",
        "A team from the World Bank visited flood-hit districts of Bangladesh last week. "
        "Officials in Dhaka said no one had asked for the visit.",
        "WB>BGD:04",
    ),
]
CASES: list[Case] = ASKED + [c for c in NOT_ASKED if c[2]]
NONE: list[NearMiss] = [(d, b) for d, b, e in NOT_ASKED if not e]
GAPS: list[Gap] = [
    (
        "PORT LOUIS",
        "India gave Mauritius two patrol boats on Monday, the navy said. The minister said "
        "Mauritius had asked for the boats in 2023.",
        "IND>MUS:07 MUS>IND:02",
        "the boats asked for are no help noun (asked_done_nouns): what a gift gave is not matched",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context155_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context155_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
