"""Review 33 (session 20, auditor FA): misfires found by coding eight wire stories of our own.

Coded: a noun of an agreement last governed by a verb that only answers it ("did not comment
on the agreement", "responded to the pact", "reacted warmly to the deal") tells no author,
so a later "welcomed the agreement" reaches the signers (answering_verbs, _telling_authors);
a pledge of the source's own doing towards some group or state of things ("promised to hand
over to civilians", "pledged to return to civilian rule") is aimed at no counterpart
(_counterpart_fits), while a pledge about another's doing ("promised that inspectors would
return to ...") still reaches the one met; two states that agreed to share, split, pool or
connect something settled it between them (v.agree_joint, 057 both ways); a state that
complained that another did something disapproves of it (v.complain_that, 111). Each row is (dateline, body, expected events of
the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

ANSWERED_DEALS: list[Case] = [
    (
        "OSLO",
        "Norway and Iceland agreed on Friday to split fishing quotas. Denmark declined to "
        "comment on the agreement. Sweden welcomed the agreement.",
        "NOR>ISL:05 ISL>NOR:05 SWE>NOR:05 SWE>ISL:05",
    ),
    (
        "JAKARTA",
        "Indonesia and Malaysia agreed on Wednesday to hold joint patrols. Singapore responded "
        "positively to the agreement. Brunei praised the agreement.",
        "IDN>MYS:03 MYS>IDN:03 BRN>IDN:05 BRN>MYS:05",
    ),
    (
        "NAIROBI",
        "Kenya and Tanzania agreed on Thursday to open a new border post. Uganda reacted calmly "
        "to the agreement, and Rwanda welcomed the agreement.",
        "KEN>TZA:03 TZA>KEN:03 RWA>KEN:05 RWA>TZA:05",
    ),
    (
        "BOGOTA",
        "Colombia and Ecuador agreed on Monday to share a power grid. Peru has not commented on "
        "the agreement. Panama hailed the agreement.",
        "COL>ECU:05 ECU>COL:05 PAN>COL:05 PAN>ECU:05",
    ),
    (
        "WARSAW",
        "Poland and Lithuania agreed on Tuesday to build a rail link. Germany reacted warmly to "
        "the agreement and offered funding. Latvia praised the agreement.",
        "POL>LTU:05 LTU>POL:05 LVA>POL:05 LVA>LTU:05",
    ),
    # signed deals told in the lead keep their signers as before
    (
        "HANOI",
        "Vietnam and Laos signed a power deal on Monday. Thailand did not comment on the deal. "
        "Cambodia criticized the deal.",
        "VNM>LAO:05 LAO>VNM:05 KHM>VNM:11 KHM>LAO:11",
    ),
]

HOME_PLEDGES: list[Case] = [
    (
        "CONAKRY",
        "Guinea's military government expelled Senegal's ambassador on Monday. Togo offered to "
        "mediate between Guinea and ECOWAS. The junta seized power in a coup in 2021 and "
        "promised to hand over to civilians.",
        "GIN>SEN:16 TGO>GIN:03",
    ),
    (
        "BAMAKO",
        "Mali's junta expelled Algeria's ambassador on Friday. Mauritania offered to mediate "
        "between Mali and the African Union. The junta pledged to return to civilian rule by "
        "2027.",
        "MLI>DZA:16 MRT>MLI:03 MRT>AU:03",
    ),
    # near-misses: a pledge to the state met, or about another's doing, keeps its counterpart
    (
        "ANKARA",
        "Turkey met Egypt's foreign minister on Monday. Turkey pledged to cooperate with Egypt "
        "on trade.",
        "TUR>EGY:04 TUR>EGY:03",
    ),
    (
        "ABUJA",
        "Nigeria recalled its ambassador from Niger on Monday. Ghana offered to mediate between "
        "Nigeria and Niger. Niger promised to respond to the move.",
        "NGA>NER:16 GHA>NGA:03 GHA>NER:03 NER>NGA:13",
    ),
    (
        "VIENNA",
        "The IAEA chief met Egypt's foreign minister in Cairo in May. The minister promised that "
        "inspectors would return to the site within weeks.",
        "IAEA>EGY:04 EGY>IAEA:03",
    ),
    (
        "RIYADH",
        "Saudi Arabia's foreign minister met his Iranian counterpart on Monday. Iran promised to "
        "return to the talks.",
        "SAU>IRN:04 IRN>SAU:03",
    ),
]

JOINT_UNDERTAKINGS: list[Case] = [
    (
        "DHAKA",
        "India and Bangladesh agreed on Monday to share flood data from their rivers.",
        "IND>BGD:05 BGD>IND:05",
    ),
    (
        "CAIRO",
        "Egypt and Sudan agreed to split the water of the Nile under a new formula, officials "
        "said.",
        "EGY>SDN:05 SDN>EGY:05",
    ),
    (
        "PARIS",
        "France agreed with Germany on Wednesday to pool their orders of fire engines.",
        "FRA>DEU:05",
    ),
    (
        "SKOPJE",
        "North Macedonia and Albania have agreed to connect their power grids by 2028.",
        "MKD>ALB:05 ALB>MKD:05",
    ),
    # intelligence shared is v.exchange_intel's, not a second agreement
    (
        "TOKYO",
        "Japan and South Korea agreed on Monday to share intelligence.",
        "JPN>KOR:06 KOR>JPN:06",
    ),
]

COMPLAINTS: list[Case] = [
    (
        "DHAKA",
        "Bangladesh complained on Monday that India had delayed a water treaty for a decade.",
        "BGD>IND:11",
    ),
    (
        "ASUNCION",
        "Paraguay's president complained that Brazil was paying too little for power from the "
        "Itaipu dam.",
        "PRY>BRA:11",
    ),
    (
        "TBILISI",
        "Georgia complained on Friday that Armenia had closed a border crossing to its trucks.",
        "GEO>ARM:11",
    ),
]

NONE: list[NearMiss] = [
    # a complaint naming no state's deed, or one done to a state, aims at no one
    ("DHAKA", "Bangladesh complained that its exports to India faced long delays."),
    ("HANOI", "Laos complained that Vietnam had not been invited to the summit."),
    ("QUITO", "Ecuador complained that the weather had delayed the talks with Peru."),
    ("MADRID", "Spain agreed to share the cost of the new bridge."),
    ("LIMA", "Analysts agreed that Chile and Peru would share the prize."),
    ("ROME", "Italy and Spain agreed to share the hosting of the football championship."),
]
GAPS: list[Gap] = []
CASES = ANSWERED_DEALS + HOME_PLEDGES + JOINT_UNDERTAKINGS + COMPLAINTS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review33_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review33_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
