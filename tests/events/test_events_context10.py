"""Structural forms around a reaction or an act (issue #5, part 10).

DECIDED: an infinitive under a noun of deciding is done by the noun's agent, named by a
possessive or a by-phrase ("welcomed the decision by Poland to send tanks": Poland sends),
never by the one who reacts to it. Each row is (dateline, body, expected events of the whole
body as "SRC>TGT:RR"). Every sentence was written for this file; none is copied from a gold
set.

OFFERED: a meeting someone offers to host is not held: the governing verb of a meeting noun
is found through an infinitive tagged as a noun ("to host talks") and a noun of quantity ("a
round of talks").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

DECIDED: list[Case] = [
    (
        "WARSAW, POLAND",
        "Lithuania welcomed the decision by Poland to send more tanks to Ukraine.",
        "LTU>POL:05 POL>UKR:07",
    ),
    (
        "BUDAPEST, HUNGARY",
        "Sweden criticized a move by Hungary on Tuesday to block military aid to Ukraine.",
        "SWE>HUN:11 HUN>UKR:16",
    ),
    (
        "ATHENS, GREECE",
        "Cyprus praised the decision by the Greek government to send food aid to Lebanon.",
        "CYP>GRC:05 GRC>LBN:07",
    ),
]

# OFFERED: a meeting a third party offers, plans or proposes to host was not held; the offer is
# the host's intent (03), the parties' talks are not coded.
OFFERED: list[Case] = [
    (
        "DOHA, QATAR",
        "Qatar offered to host talks between Ethiopia and Eritrea.",
        "QAT>ETH:03 QAT>ERI:03",
    ),
    (
        "BERN, SWITZERLAND",
        "Switzerland offered on Friday to host a second round of negotiations between Armenia "
        "and Azerbaijan.",
        "CHE>ARM:03 CHE>AZE:03",
    ),
    (
        "CAIRO, EGYPT",
        "Egypt hosted talks between Russia and Ukraine on Thursday.",
        "EGY>RUS:04 EGY>UKR:04 RUS>UKR:04 UKR>RUS:04",
    ),
]

# PARTICIPLE: a passive participle with an agent on a noun: "a plan backed by France" backs the
# plan's author; a step, move or decision with no author of its own sums up its clause's act
# ("in a step welcomed by A and condemned by B", ", a move condemned by B"), so the agent
# reacts to the clause's subject; the summing noun is no second object of the clause's verb.
PARTICIPLE: list[Case] = [
    (
        "JERUSALEM",
        "Guatemala opened an embassy in Jerusalem on Sunday, in a step welcomed by Israel and "
        "condemned by the Palestinians.",
        "GTM>ISR:05 ISR>GTM:05 PSE>GTM:11",
    ),
    (
        "ACCRA, GHANA",
        "Ghana unveiled a debt plan backed by the IMF on Wednesday.",
        "IMF>GHA:05",
    ),
    (
        "ACCRA, GHANA",
        "Ghana's debt plan, endorsed by the World Bank, goes to parliament next week.",
        "WB>GHA:05",
    ),
    (
        "TEHRAN, IRAN",
        "Iran detained a Greek tanker in the Gulf on Friday, a move denounced by Greece.",
        "IRN>GRC:17 GRC>IRN:11",
    ),
    (
        "CARACAS, VENEZUELA",
        "Venezuela recalled its ambassador from Guyana in a move criticized by Brazil and "
        "praised by Cuba.",
        "VEN>GUY:16 BRA>VEN:11 CUB>VEN:05",
    ),
    (
        "BELGRADE, SERBIA",
        "Serbia expelled a Croatian diplomat, a decision condemned by Zagreb and the EU.",
        "SRB>HRV:16 HRV>SRB:11 EU>SRB:11",
    ),
    # a summing noun's relative clause that draws a reaction, and one hung on the last noun
    (
        "HANOI, VIETNAM",
        "China sent a survey ship into Vietnam's waters on Monday, a step that drew a sharp "
        "protest from Hanoi.",
        "CHN>VNM:15 VNM>CHN:11",
    ),
    (
        "MANILA, PHILIPPINES",
        "Washington moved new missile launchers to Luzon, a move that drew criticism from Beijing.",
        "CHN>USA:11",
    ),
]

# REACTED: "the decision", "the move" answer the deed aimed at the reactor when the latest
# one was not (a condemnation a hostile deed, a welcome a friendly one); a report's author is
# the one who said something of the reactor, not a nearer speaker telling his own doings.
REACTED: list[Case] = [
    # session 11: a reaction that names no act answers the decision told just before
    # (_decided_before: "adopted" is a deciding word), not the joined participle's agent
    (
        "PYONGYANG, NORTH KOREA",
        "A resolution adopted by the U.N. Security Council and condemned by North Korea "
        "tightens the oil embargo.",
        "PRK>UN:11",
    ),
    (
        "BAKU, AZERBAIJAN",
        "Azerbaijan expelled two Armenian diplomats on Monday. Georgia then recalled its envoy "
        "from Baku. Yerevan condemned the decision.",
        "AZE>ARM:16 GEO>AZE:16 ARM>AZE:11",
    ),
    (
        "ODESA, UKRAINE",
        "Russia shelled Odesa on Monday. Britain then imposed new sanctions on Moscow. Kyiv "
        "welcomed the move.",
        "RUS>UKR:19 GBR>RUS:16 UKR>GBR:05",
    ),
    (
        "TOKYO",
        "China banned fish imports from Japan on Monday. South Korea lifted its own ban on "
        "Japanese fish on Tuesday. Tokyo condemned the move.",
        "CHN>JPN:16 KOR>JPN:08 JPN>CHN:11",
    ),
    (
        "CARACAS, VENEZUELA",
        "The Dutch foreign ministry said on Monday that Venezuelan troops had fired on a Dutch "
        "patrol boat. Brazil said it would raise the matter with Venezuela. Caracas rejected "
        "the report.",
        "VEN>NLD:19 VEN>NLD:12",
    ),
]

# CHAIRED: chairing talks between two sides is hosting them (v.host_talks reads chair and
# co-chair), in a participle too.
CHAIRED: list[Case] = [
    (
        "ADDIS ABABA, ETHIOPIA",
        "The talks between Ethiopia and Egypt, co-chaired by Kenya and the African Union, ended "
        "without a deal.",
        "KEN>ETH:04 KEN>EGY:04 AU>ETH:04 AU>EGY:04 ETH>EGY:04 EGY>ETH:04",
    ),
]

NONE: list[NearMiss] = [
    ("ADDIS ABABA, ETHIOPIA", "The inquiry, chaired by a retired judge, met for the first time."),
    ("PARIS", "The mayor unveiled a housing plan backed by 40 percent of voters."),
    (
        "NAIROBI, KENYA",
        "The conference, hosted by Kenya and backed by the African Union, opened on Monday.",
    ),
    ("PARIS", "The band released a new album, a move that drew criticism from fans in Russia."),
    ("PARIS", "The minister drew on experience from earlier talks with Berlin to draft the plan."),
    (
        "PARIS",
        "The mayor closed the old bridge on Monday, in a step welcomed by residents and "
        "condemned by shop owners.",
    ),
    ("PARIS", "The tanker left port on Monday, a move that surprised analysts."),
    ("PARIS", "Rebel fighters, backed by tanks, advanced on the town of Kidal."),
    (
        "NAIROBI, KENYA",
        "Talks between Sudan and South Sudan, which never took place, were to be held in Nairobi.",
    ),
    ("NAIROBI, KENYA", "Kenya proposed talks between Sudan and South Sudan on Monday."),
    # a noun of asking: whoever is asked acts, not the caller; nothing is coded for the act
    (
        "LONDON",
        "Officials met on Monday, and the minister rejected a call by activists to "
        "send aid to Yemen.",
    ),
]

GAPS: list[Gap] = []

CASES = DECIDED + OFFERED + PARTICIPLE + REACTED + CHAIRED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context10_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_context10_codes_each_form(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
