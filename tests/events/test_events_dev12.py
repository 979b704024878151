"""Set 12's misses as general forms (issue #5, dev set 12, session 13 H12).

PAIR: a numbered plural of states with a place after it ("signed by the two governments in
Rome", "both governments in Accra") is the pair, met in a capital; "the government in Kabul"
(no number) stays the seat's state.
COMMUNIQUE: a joint communique signed, sealed or inked is a signed agreement (057), both ways
for a joint subject; one only issued is not.
WHERE: a trip told in a "where" clause ("signed in Havana, where the minister arrived on
Sunday") goes to the place the clause hangs on; not a "where" of no place ("a situation where
ships arrived") nor a return home.
PORTRAIT: a third party's simple present inside a quotation ("Cuba 'offers help without
strings,' she said") is a portrait, not an act aimed at the speaker's state; the speaker's own
"we" and a past tense still tell an act.
SHIPMENT: shipments and consignments sent are goods given (07), and a promise of more goes to
the recipient of the delivery just told (03).
PROJECT: a gift "for the project" (a project noun told before: "the project", "this dam") with
no recipient goes to both states of the latest joint cooperative act; not a new project ("a
solar project in Senegal"), nor a gift for anything else.
PARTNER: a singular ally, partner or neighbour with a possessor and a demonym ("stood by its
Serbian ally", "Iran's Syrian ally") is that one state; a plural or a bloc ("its NATO allies",
"its Arab neighbours") and a firm's partner are none (a bloc's members as a group are the IGO
only as an optional event in the gold: convention 1 of "Conventions decided (session 63)" in
tests/gold/README.md; left uncoded, which costs nothing). Support in words (051-053) is no deed a
later "the move" or "the decision" sums up: the reaction reaches the deed before it.
DATELINE: a bare "President X" in a story whose dateline state is a party named in the body
is that state's, even when another state's president is named before ("ACCRA, Ghana — ...
Nigerian President A ... President B"); not at a venue the body never names as a state.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

PAIR: list[Case] = [
    (
        "ROME",
        "Italy and Libya held talks on Monday. The accord was signed by the two governments in "
        "Rome.",
        "ITA>LBY:04 LBY>ITA:04 ITA>LBY:05 LBY>ITA:05",
    ),
    (
        "ACCRA",
        "Ghana and Togo held talks on Monday. The border deal was signed by both governments in "
        "Lome on Friday.",
        "GHA>TGO:04 TGO>GHA:04 GHA>TGO:05 TGO>GHA:05",
    ),
    (
        "QUITO",
        "Ecuador and Peru held talks last week. A fishing treaty was signed by the two "
        "governments in Quito on Tuesday.",
        "ECU>PER:04 PER>ECU:04 ECU>PER:05 PER>ECU:05",
    ),
]

COMMUNIQUE: list[Case] = [
    ("KINGSTON", "Jamaica and Cuba signed a joint communique on Monday.", "JAM>CUB:05 CUB>JAM:05"),
    (
        "KINGSTON",
        "Jamaican Foreign Minister Dana Reid and Cuban Foreign Minister Pablo Ruiz inked a joint "
        "communique in Havana.",
        "JAM>CUB:05 CUB>JAM:05",
    ),
    ("HANOI", "Vietnam signed a joint communiqué with Laos on Friday.", "VNM>LAO:05"),
]

WHERE: list[Case] = [
    (
        "KINGSTON",
        "Jamaica restored ties with Cuba. The accord was signed in Havana, where Jamaican "
        "Foreign Minister Dana Reid arrived on Sunday for a three-day visit.",
        "JAM>CUB:05 JAM>CUB:04",
    ),
    (
        "ACCRA",
        "The deal was signed in Abuja, where Ghanaian President Kofi Mensah arrived on Monday for "
        "a state visit.",
        "GHA>NGA:04",
    ),
    (
        "TOKYO",
        "Japan hosted the meeting in Osaka, where Chinese Premier Li Wei landed on Monday.",
        "CHN>JPN:04",
    ),
]

PORTRAIT: list[Case] = [
    (
        "KINGSTON",
        "Jamaican Foreign Minister Dana Reid and Cuban Foreign Minister Pablo Ruiz signed a "
        "joint communique in Havana. Cuba \u201coffers help without strings,\u201d she said.",
        "JAM>CUB:05 CUB>JAM:05",
    ),
    (
        "MANAGUA",
        "Nicaragua and Venezuela signed an oil accord on Monday. Venezuela \u201csupplies "
        "friendship, not orders,\u201d the Nicaraguan minister said.",
        "NIC>VEN:05 VEN>NIC:05",
    ),
    (
        "KINGSTON",
        'Jamaica and Cuba signed a trade accord on Monday. "Cuba offered us help when we needed '
        'it," Reid said.',
        "JAM>CUB:05 CUB>JAM:05 CUB>JAM:03",
    ),
]

SHIPMENT: list[Case] = [
    (
        "DAMASCUS",
        "Iran delivered 2 million barrels of fuel to Syria on Monday. An Iranian spokesman said "
        "Iran would send three more shipments by March.",
        "IRN>SYR:07 IRN>SYR:03",
    ),
    (
        "DAMASCUS",
        "Iran delivered 2 million barrels of fuel to Syria on Monday. Tehran will send another "
        "consignment next month, the ministry said.",
        "IRN>SYR:07 IRN>SYR:03",
    ),
    ("CAIRO", "Russia sent a shipment of wheat to Egypt on Monday.", "RUS>EGY:07"),
]

PROJECT: list[Case] = [
    (
        "DAKAR",
        "Senegal and Gambia agreed on Monday to build a bridge over the river. Japan said it "
        "would provide 200 million dollars in loans for the project.",
        "SEN>GMB:03 GMB>SEN:03 JPN>SEN:03 JPN>GMB:03",
    ),
    (
        "NAIROBI",
        "Kenya and Uganda signed a deal on Tuesday to build a railway line linking their "
        "capitals. The World Bank pledged 300 million dollars for the railway.",
        "KEN>UGA:05 UGA>KEN:05 WB>KEN:03 WB>UGA:03",
    ),
    (
        "ASHGABAT",
        "Turkmenistan and Kazakhstan agreed to build a gas pipeline. The European Union will "
        "provide 100 million euros in grants for the pipeline, Commissioner Jan Ross said.",
        "TKM>KAZ:03 KAZ>TKM:03 EU>TKM:03 EU>KAZ:03",
    ),
    (
        "HANOI",
        "Vietnam and Laos signed an accord to build a dam on the Mekong. South Korea pledged 80 "
        "million dollars for this dam.",
        "VNM>LAO:05 LAO>VNM:05 KOR>VNM:03 KOR>LAO:03",
    ),
    # near-misses with a context that codes: the gift goes to neither side of the deal (only
    # to the state its project's place names, if any)
    (
        "NAIROBI",
        "Kenya and Uganda signed a deal on Tuesday to build a highway. France pledged 20 million "
        "dollars for a solar project in Senegal.",
        # the project's own place names its receiver (reactions._placed_recipient), as
        # "pledged $200 million for a railway in Kenya" does (test_events_context20)
        "KEN>UGA:05 UGA>KEN:05 FRA>SEN:03",
    ),
    (
        "LUSAKA",
        "Zambia and Malawi signed a deal on Tuesday to build a railway. China donated 20 million "
        "dollars for the flood victims.",
        "ZMB>MWI:05 MWI>ZMB:05",
    ),
    (
        "MAPUTO",
        "Mozambique and Zimbabwe signed a deal on Tuesday to build a pipeline. France pledged 20 "
        "million dollars for the project in Tanzania.",
        "MOZ>ZWE:05 ZWE>MOZ:05 FRA>TZA:03",
    ),
]

PARTNER: list[Case] = [
    (
        "MOSCOW",
        "A Kremlin spokesman said Russia stood by its Serbian ally.",
        "RUS>SRB:05",
    ),
    ("YEREVAN", "Moscow praised its Armenian ally on Monday.", "RUS>ARM:05"),
    ("TEHRAN", "Iran's Syrian ally condemned the Israeli strikes on Monday.", "SYR>ISR:11"),
    (
        "WASHINGTON",
        "The United States warned its Israeli ally against a strike on Iran.",
        "USA>ISR:13",
    ),
    (
        "BAKU",
        "Azerbaijan's Turkish ally urged Armenia to sign the peace deal.",
        "TUR>ARM:02",
    ),
    (
        "TALLINN",
        "Estonia closed its border with Russia on Monday. Poland said it stood by its Estonian "
        "ally. The European Union backed the move.",
        "EST>RUS:16 POL>EST:05 EU>EST:05",
    ),
    (
        "VILNIUS",
        "Lithuania expelled two Belarusian diplomats on Monday. Latvia praised its Lithuanian "
        "neighbour. Germany welcomed the decision.",
        "LTU>BLR:16 LVA>LTU:05 DEU>LTU:05",
    ),
]

DATELINE: list[Case] = [
    (
        "ACCRA, Ghana",
        "Ghana summoned Togo's ambassador on Monday. Nigerian President Bola Adeyemi called for "
        "calm. President Kofi Mensah, who took office in March, had promised a fresh start with "
        "Togo, and his government signed a border accord with Togo in May.",
        "GHA>TGO:11 GHA>TGO:03 GHA>TGO:05",
    ),
    (
        "LIMA, Peru",
        "Peru recalled its envoy from Bolivia on Monday. Chilean President Ana Ruiz urged "
        "dialogue. President Luis Vera later criticized Bolivia for closing the border.",
        "PER>BOL:16 PER>BOL:11",
    ),
    (
        "HANOI",
        "Vietnam protested to China over the seizure of a fishing boat. Philippine President "
        "Rosa Cruz arrived in Hanoi on Monday. President Tran Minh later accused Beijing of "
        "bullying.",
        "VNM>CHN:11 PHL>VNM:04 VNM>CHN:11",
    ),
]

CASES: list[Case] = PAIR + COMMUNIQUE + WHERE + PORTRAIT + SHIPMENT + PROJECT + PARTNER + DATELINE

NONE: list[NearMiss] = [
    ("PARIS", "The summit issued a joint communique on Monday."),
    ("HANOI", "It was a situation where Chinese ships arrived uninvited."),
    ("MOSCOW", "Russian President Vladimir Putin returned to Moscow, where he met his cabinet."),
    ("OTTAWA", "A shipment of cars from Japan arrived in Canada on Monday."),
    ("BERLIN", "Germany \u201cgives aid without conditions,\u201d the analyst said."),
    ("ANKARA", "Turkey praised its NATO allies on Monday."),
    ("CAIRO", "Egypt praised its Arab neighbours on Monday."),
    ("WOLFSBURG", "Volkswagen and its Chinese partner opened a plant."),
    ("GENEVA", "Iranian President Reza Tabari met President Anna Brun on Monday."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_dev12_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_dev12_codes_set12_forms(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
