"""Reactions and gifts whose target is told only in an earlier sentence (session 15, builder IT).

LEAD: wire copy tells a story's act in its lead and the reactions to it paragraphs later,
after quotes, answers and background: "The European Union criticized the move", "welcomed
the step", "condemned the blockade" answer the lead's deed however far back it was told
(_latest_deed), as long as no deed of the kind was coded between the lead
and the reaction's window (which one is meant is then not said) and the lead's deed is not
the reactor's own.
ALSO: a reaction that says "also" of a definite thing no one is named to have done ("The
United States also backed the project", "France also condemned the coup") joins the
reaction of the same root told just before by another actor, as a bare "also" reaction
does (_parallel); a thing with a topic of its own ("the floods in Libya") joins nothing.
GIFTS: a gift with no recipient joins the other givers' gifts told just before when all
went to one state ("Japan gave Pakistan $10 million ... The United States announced $30
million in aid": _fellow_recipient); gifts to two states, or another state named since the
first of them (a gift to it may have gone uncoded), or the giver a party to an act in reach,
give nothing.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every
sentence was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

LEAD: list[Case] = [
    (
        "ASTANA",
        "Kazakhstan recognised the Taliban government on Monday. Its foreign minister received "
        'the Afghan envoy the same day. "We deal with those who govern," the minister told '
        'reporters. "Isolation feeds no one." The Taliban thanked Astana for the step. The '
        "European Union criticized the move.",
        "KAZ>AFG:05 KAZ>AFG:04 AFG>KAZ:05 EU>KAZ:11",
    ),
    (
        "VILNIUS",
        "Lithuania banned three Belarusian state television channels on Tuesday. "
        '"These channels are propaganda," the culture minister said. Belarus called the ban '
        "censorship. Russia accused Vilnius of waging a war on journalism. The European Union "
        "backed the move.",
        "LTU>BLR:17 BLR>LTU:11 RUS>LTU:11 EU>LTU:05",
    ),
    (
        "KUALA LUMPUR",
        'Malaysia joined the International Criminal Court on Thursday. "Justice has no '
        'borders," the foreign minister said in a statement. "Every new member makes us '
        "stronger,\" the court's president said in The Hague. Rights groups were pleased. The "
        "European Union welcomed the step.",
        "MYS>ICC:05 EU>MYS:05",
    ),
    (
        "NAIROBI",
        'Kenya expelled two Ugandan diplomats on Monday, accusing them of spying. "They abused '
        'their status," the interior minister said. "Kenya will not be a playground for '
        'spies." Uganda denied the charge. Tanzania urged calm. The African Union criticized '
        "the decision.",
        "KEN>UGA:16 KEN>UGA:11 UGA>KEN:12 TZA>KEN:02 TZA>UGA:02 AU>KEN:11",
    ),
    (
        "WELLINGTON",
        'New Zealand suspended fishing talks with China on Monday. "We need a pause," the trade '
        'minister told reporters. "Our fishermen deserve better terms." Beijing said it '
        "regretted the suspension. The fishing industry was divided. Australia's prime "
        "minister praised the decision.",
        "NZL>CHN:16 CHN>NZL:11 AUS>NZL:05",
    ),
    (
        "MANILA",
        "Chinese coast guard ships blocked a Philippine supply boat near Second Thomas Shoal on "
        'Monday, the Philippine military said. China said its ships had acted lawfully. "We '
        "will not back down,\" Manila's defense secretary said. The boat returned to port. "
        "Analysts expect more standoffs. Japan condemned the blockade.",
        "CHN>PHL:19 PHL>CHN:12 JPN>CHN:11",
    ),
]

# the reaction codes nothing: only the other acts of the body
LEAD_NOT: list[Case] = [
    # the lead's deed is the reactor's own; its defence after the criticism rejects it (12, as
    # the hand-made sets 35-48 code "defended the duties" after a criticism in words)
    (
        "PARIS",
        'France expelled two Russian diplomats on Monday. "They were spies," the French '
        'foreign minister said. Russia called the expulsion hostile. "This is a witch hunt," '
        "a Kremlin spokesman said. French officials defended the move.",
        "FRA>RUS:16 RUS>FRA:11 FRA>RUS:12",
    ),
    # a deed of the kind told between the lead and the window: which one is meant?
    (
        "CAIRO",
        "Egypt expelled two Turkish diplomats on Monday. Turkey called the expulsion hostile. "
        'On Wednesday, Sudan closed its border with Chad. "We had no choice," the Sudanese '
        "interior minister said. Analysts were divided. Markets were calm. The Arab League "
        "criticized the move.",
        "EGY>TUR:16 TUR>EGY:11 SDN>TCD:16",
    ),
    # two authors of the kind in the lead: which one is meant is not said
    (
        "TBILISI",
        "Armenia expelled an Azerbaijani diplomat on Friday, and Azerbaijan expelled two "
        'Armenian diplomats hours later. "They were spies," officials in both capitals said. '
        "The envoys left on Saturday. Traders at the border were calm. Georgia condemned the "
        "expulsions.",
        "ARM>AZE:16 AZE>ARM:16",
    ),
    # no deed in the lead
    (
        "LIMA",
        "Peru's economy grew by 3 percent last year, officials said on Monday. \"We are on "
        "track,\" the finance minister said. Chile praised the figures. Bolivia's president "
        "visited Lima. Unions were divided. Brazil welcomed the move.",
        "BOL>PER:04",
    ),
]

ALSO: list[Case] = [
    (
        "ASHGABAT",
        "Turkmenistan and Azerbaijan signed a deal on Thursday to build a gas pipeline under the "
        "Caspian Sea. Iran objected. Turkey welcomed the deal. The United States also backed "
        "the project.",
        "TKM>AZE:05 AZE>TKM:05 IRN>TKM:11 IRN>AZE:11 TUR>TKM:05 TUR>AZE:05 USA>TKM:05 USA>AZE:05",
    ),
    (
        "BISSAU",
        "Soldiers seized power in Guinea-Bissau on Sunday. The African Union condemned "
        "Guinea-Bissau's junta. France also condemned the coup.",
        "AU>GNB:11 FRA>GNB:11",
    ),
]

ALSO_NOT: list[Case] = [
    # a thing of its own, not the act the earlier reaction answered
    (
        "NAIROBI",
        "Kenya's president praised Uganda for its help. Tanzania also welcomed the rain.",
        "KEN>UGA:05",
    ),
    (
        "ATHENS",
        "Greece criticized Turkey on Monday. Italy also condemned the floods in Libya.",
        "GRC>TUR:11",
    ),
]

GIFTS: list[Case] = [
    (
        "ISLAMABAD",
        "Floods swept through Sindh province last week. Japan gave Pakistan $10 million in "
        "emergency aid on Monday. China sent tents and water pumps. The United States announced "
        "$30 million in humanitarian aid.",
        "JPN>PAK:07 CHN>PAK:07 USA>PAK:07",
    ),
    (
        "DHAKA",
        "Saudi Arabia donated 50,000 tonnes of rice to Bangladesh on Tuesday. Kuwait pledged "
        "$20 million.",
        "SAU>BGD:07 KWT>BGD:03|07",
    ),
    (
        "BEIRUT",
        "Qatar gave Lebanon $20 million for its army on Monday. Lebanon thanked Doha. The "
        "Emirates pledged $15 million.",
        "QAT>LBN:07 LBN>QAT:05 ARE>LBN:03|07",
    ),
]

GIFTS_NOT: list[Case] = [
    # another state named since the first gift: a gift to it may have gone uncoded
    (
        "NAIROBI",
        "Britain gave Kenya $5 million for drought relief on Monday. Germany sent 10 million "
        "euros to Somalia. Norway pledged $8 million.",
        # the sum sent is coded since session 20 (v.give_money's send); the pledge still none
        "GBR>KEN:07 DEU>SOM:07",
    ),
    (
        "KYIV",
        "Germany sent Ukraine two air defense systems on Monday. Russia condemned the delivery. "
        "France pledged 300 million euros.",
        # a delivery is both parties' act: its condemnation answers the receiver too
        "DEU>UKR:07 RUS>DEU:11 RUS>UKR:11",
    ),
    # the giver a party to an act in reach: its own business
    (
        "HANOI",
        "South Korea gave Vietnam $20 million in flood aid on Monday. Japan signed a port deal "
        "with Cambodia. Japan pledged $50 million.",
        "KOR>VNM:07 JPN>KHM:05 JPN>KHM:03",
    ),
]

GAPS: list[Gap] = []

CASES = LEAD + LEAD_NOT + ALSO + ALSO_NOT + GIFTS + GIFTS_NOT
NONE: list[NearMiss] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context27_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_context27_codes_earlier_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
