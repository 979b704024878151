"""Reactions 27 (session 25, builder RX): reactions whose target is implied by the act they
name, with no party named.

Coded: a contract is a deal of the agreement family (act_families), so "the agreement",
"the deal" or "the project" after "A and B signed a contract to build ..." are the
signers' ("Ghana and Togo signed a contract to build a highway. Benin welcomed the
agreement": BEN>GHA, BEN>TGO 05); a contract of a firm or a club names no state. A
state's defence of a deed only it is named authoring ("Botswana's ban on imports ...
Botswana defended the ban") is no approval of its own act passed over: it goes on to
reactions._defended_deed, which aims it at the state that protested officially since
(extract._defends_own); a criticism in words only, or no protest, still gives nothing.
Understanding or respecting another state's position or stance is approval, as its
decision is (v.respect_decision). "Agreed to restart talks on a trade deal" tells the
agreement a reaction names: only a definite or owned deal in the infinitive is another act
made before (reactions._commitment_on_act). A ban or an arrest named with no doer, that a
protest to one state is made over, is that state's (nominals._protested_author, landed
meanwhile by another builder), so "Botswana's government defended the ban" after "South
Africa lodged a formal protest with Botswana over a ban on imports of South African
vegetables" rejects the protest. Each row is (dateline, body, expected events of the whole
body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CONTRACTS: list[Case] = [
    (
        "ACCRA",
        "Ghana and Togo signed a contract on Tuesday to build a highway between their "
        "capitals. Benin welcomed the agreement.",
        "GHA>TGO:05 TGO>GHA:05 BEN>GHA:05 BEN>TGO:05",
    ),
    (
        "MAPUTO",
        "Mozambique and Malawi signed a contract on Friday to build a rail bridge over the "
        "Shire River. Zambia praised the project.",
        "MOZ>MWI:05 MWI>MOZ:05 ZMB>MOZ:05 ZMB>MWI:05",
    ),
    (
        "YEREVAN",
        "Armenia signed a contract with Russia to buy two air defense systems. Azerbaijan "
        "condemned the deal.",
        "ARM>RUS:05 AZE>ARM:11 AZE>RUS:11",
    ),
    # a signer's own praise of the project answers no one (was MOZ>MWI 111)
    (
        "LILONGWE",
        "Mozambique and Malawi signed a contract on Friday to build a rail bridge over the "
        "Shire River. Mozambique's transport minister called the project a new chapter for "
        "the region.",
        "MOZ>MWI:05 MWI>MOZ:05",
    ),
]

# near-misses: a contract of a firm or a club is no state's deal
FIRMS: list[NearMiss] = [
    (
        "TEMA",
        "The French firm Bollore signed a contract on Tuesday to build a container port in "
        "Tema. Togo welcomed the agreement.",
    ),
    (
        "MADRID",
        "Real Madrid signed a contract with the Brazilian striker on Monday. Brazil welcomed "
        "the agreement.",
    ),
]

DEFENCES: list[Case] = [
    (
        "GABORONE",
        "Botswana's ban on imports of South African vegetables took effect in January. South "
        "Africa summoned Botswana's envoy on Thursday. Botswana defended the ban.",
        "BWA>ZAF:16 ZAF>BWA:11 BWA>ZAF:12",
    ),
    (
        "HANOI",
        "Vietnam's seizure of a Chinese fishing boat on Sunday angered Beijing. China lodged a "
        "formal protest with Vietnam. Hanoi defended the seizure, saying the boat was fishing "
        "illegally.",
        "VNM>CHN:17 CHN>VNM:11 VNM>CHN:12",
    ),
    (
        "KUMASI",
        "Ghana's ban on Togolese poultry took effect in May. Togo summoned Ghana's ambassador "
        "on Tuesday. Ghana's trade ministry defended the ban.",
        "GHA>TGO:16 TGO>GHA:11 GHA>TGO:12",
    ),
    # a criticism in words is answered too (session 34: "defended the duties" after a
    # criticism is 12, as the hand-made sets 35-48 code it)
    (
        "ACCRA",
        "Ghana's ban on Togolese poultry took effect in May. Togo called the ban unfair. "
        "Ghana defended the ban.",
        "GHA>TGO:16 TGO>GHA:11 GHA>TGO:12",
    ),
    # kept: no protest at all is none the defence answers
    (
        "TAMALE",
        "Ghana's ban on Togolese poultry took effect in May. Ghana's trade minister defended "
        "the ban on Monday.",
        "GHA>TGO:16",
    ),
]

# near-misses: a domestic deed defended answers no one
HOME_DEEDS: list[NearMiss] = [
    ("LIMA", "Peru's ban on plastic bags took effect in May. Lima defended the ban."),
]

POSITIONS: list[Case] = [
    (
        "WINDHOEK",
        "Botswana banned imports of South African vegetables on Monday. South Africa "
        "protested the ban. Namibia said it understood Botswana's position.",
        "BWA>ZAF:16 ZAF>BWA:11 NAM>BWA:05",
    ),
    (
        "BRATISLAVA",
        "Slovakia said on Friday that it respected Hungary's stance on the pipeline.",
        "SVK>HUN:05",
    ),
    ("DAKAR", "Senegal said it respected Mali's position as a sovereign state.", "SEN>MLI:05"),
]

# near-misses: a position not understood, or no state's
NO_POSITIONS: list[NearMiss] = [
    (
        "LIMA",
        "Peru's foreign minister said he did not understand Chile's position on the border.",
    ),
    ("ACCRA", "Ghana said it understood the position of the farmers' union."),
    ("NAIROBI", "Kenya said it understood its own position well and would not change it."),
]

AGREED_TO: list[Case] = [
    # a deal still to be made ("a trade deal") is no earlier act: the verb tells the agreement
    (
        "LIMA",
        "Chile and Peru agreed on Tuesday to restart talks on a trade deal. The United States "
        "welcomed the agreement.",
        "CHL>PER:03 PER>CHL:03 USA>CHL:05 USA>PER:05",
    ),
    (
        "ASUNCION",
        "Brazil and Paraguay agreed on Monday to start talks on a new energy treaty. Argentina "
        "welcomed the agreement.",
        "BRA>PRY:03 PRY>BRA:03 ARG>BRA:05 ARG>PRY:05",
    ),
]

PROTESTED: list[Case] = [
    # an authorless deed a complaint is made over is the addressee's
    (
        "PRETORIA",
        "South Africa lodged a formal protest with Botswana on Thursday over a ban on imports "
        "of South African vegetables. Botswana's government defended the ban.",
        "ZAF>BWA:11 BWA>ZAF:16 BWA>ZAF:12",
    ),
    (
        "NAIROBI",
        "Kenya summoned Uganda's envoy on Monday over the arrest of 12 Kenyan fishermen.",
        "KEN>UGA:11 UGA>KEN:17",
    ),
    (
        "WARSAW",
        "Poland protested to Belarus over the detention of a Polish journalist.",
        "POL>BLR:11 BLR>POL:17",
    ),
    # kept: violence may be no state's; two states addressed name no doer
    (
        "STOCKHOLM",
        "Sweden summoned Iran's envoy over attacks on its embassy in Tehran.",
        "SWE>IRN:11",
    ),
    (
        "BERLIN",
        "Germany summoned the ambassadors of Russia and Belarus over the expulsion of German "
        "journalists.",
        "DEU>RUS:11 DEU>BLR:11",
    ),
]

# near-misses: a complaint made to no one, or to one's own envoy
NO_ADDRESSEES: list[NearMiss] = [
    ("ROME", "Italy protested over a ban on Italian wine."),
    ("PARIS", "France summoned its own ambassador over the expulsion of French diplomats."),
]

NONE: list[NearMiss] = FIRMS + HOME_DEEDS + NO_POSITIONS + NO_ADDRESSEES
GAPS: list[Gap] = [
    (
        "SANTIAGO",
        "Chile complained to Argentina about a ban on Chilean fruit.",
        "CHL>ARG:11 ARG>CHL:16",
        "rules protesting_verbs has no complain and protest_preps no about: the ban's doer "
        "(_protested_author) is not read",
    ),
]
CASES = CONTRACTS + DEFENCES + POSITIONS + AGREED_TO + PROTESTED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions27_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions27_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
