"""Third parties to an act and reactions to "its conclusions" (issue #5, part 11).

BYSTANDERS: a with-phrase that names a third party of a signing or talks, not a partner, is no
target: an absolute clause with a subject of its own ("with Canada and Japan acting as
witnesses") or a role under "as" (`bystander_roles`: "with Norway as guarantor"); the signers
then code each other (057 both ways), as "X and Y signed a deal" does. Witnesses and
guarantors themselves are coded nothing (the guidelines name no root for them), except one
"in the presence of" whom a signing or talks are held: a go-between for the sides (045,
n.presence, session 17: sets 11 and 12 code it, set 2 as optional).
MEDIATORS: a go-between's participle joined to another participle on the talks or the deal
("talks hosted by Ghana and mediated by Qatar", "a deal drafted by the AU and brokered by
Egypt") mediates for the parties (045), as a lone "mediated by X" does, and so does an
absolute clause of one ("resumed talks, with Brunei acting as a mediator"). POSSESSED: a reaction
to a report or decision noun with "its"/"their" (`reported_possessives`) that the resolver
ties to the reactor itself stands for the author told before ("A U.N. panel said Canada had
failed ... Ottawa dismissed its conclusions": CAN>UN 12); "its own", and a reactor that
defends or praises its own act, code nothing. Each row is (dateline, body, expected events of
the whole body as "SRC>TGT:RR"). Every sentence was written for this file; none is copied from
a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

BYSTANDERS: list[Case] = [
    (
        "QUITO, ECUADOR",
        "Ecuador and Colombia signed a fisheries accord on Friday, with Brazil and Mexico "
        "acting as witnesses.",
        "ECU>COL:05 COL>ECU:05",
    ),
    (
        "HANOI",
        "Vietnam and Laos signed a border protocol in Hanoi, with Cambodia serving as guarantor.",
        "VNM>LAO:05 LAO>VNM:05",
    ),
    (
        "MAPUTO, MOZAMBIQUE",
        "Mozambique and Malawi signed a water-sharing treaty, with South Africa as guarantor.",
        "MOZ>MWI:05 MWI>MOZ:05",
    ),
    (
        "ACCRA, GHANA",
        "Ghana signed a defense pact with Togo on Tuesday, with Nigeria acting as a witness.",
        "GHA>TGO:05",
    ),
    (
        "TBILISI, GEORGIA",
        "Armenia signed a transit deal with Georgia, with France and Germany as observers.",
        "ARM>GEO:05",
    ),
    (
        "DOHA, QATAR",
        "Sudan and Chad signed a ceasefire in the presence of Qatar's emir on Sunday.",
        "SDN>TCD:05 TCD>SDN:05 QAT>SDN:04 QAT>TCD:04",
    ),
    (
        "ASTANA, KAZAKHSTAN",
        "Kyrgyzstan and Tajikistan signed a border agreement witnessed by Kazakhstan.",
        "KGZ>TJK:05 TJK>KGZ:05",
    ),
    # a partner is still a partner
    (
        "SANTIAGO, CHILE",
        "Chile signed a trade agreement with Argentina, its largest neighbor, on Monday.",
        "CHL>ARG:05",
    ),
    (
        "SANTIAGO, CHILE",
        "Chile signed a lithium deal with Bolivia as its main partner in the venture.",
        "CHL>BOL:05",
    ),
]

MEDIATORS: list[Case] = [
    (
        "NIAMEY, NIGER",
        "The talks between Niger and Benin, hosted by Togo and mediated by the African Union, "
        "resumed on Wednesday.",
        "TGO>NER:04 TGO>BEN:04 AU>NER:04 AU>BEN:04 NER>BEN:04 BEN>NER:04",
    ),
    (
        "NIAMEY, NIGER",
        "Niger and Benin held talks hosted by Togo and brokered by the African Union.",
        "NER>BEN:04 BEN>NER:04 TGO>NER:04 TGO>BEN:04 AU>NER:04 AU>BEN:04",
    ),
    (
        "JUBA, SOUTH SUDAN",
        "South Sudan and Sudan signed an oil deal, drafted by the African Union and facilitated "
        "by Ethiopia.",
        "SSD>SDN:05 SDN>SSD:05 ETH>SSD:04 ETH>SDN:04",
    ),
]

# a go-between's absolute clause on a clause of taking part (_absolute_parties)
ABSOLUTE: list[Case] = [
    (
        "GAZA",
        "Israel and Hamas agreed to a truce on Monday, with Egypt and Qatar acting as mediators.",
        "ISR>PSE:05 PSE>ISR:05 EGY>ISR:04 EGY>PSE:04 QAT>ISR:04 QAT>PSE:04",
    ),
    (
        "MANILA, PHILIPPINES",
        "The Philippines signed a fisheries pact with Vietnam, with Indonesia serving as mediator.",
        "PHL>VNM:05 IDN>PHL:04 IDN>VNM:04",
    ),
    (
        "MANILA, PHILIPPINES",
        "Malaysia and the Philippines resumed maritime talks, with Brunei acting as a mediator.",
        "MYS>PHL:04 PHL>MYS:04 BRN>MYS:04 BRN>PHL:04",
    ),
]

POSSESSED: list[Case] = [
    (
        "OSLO, NORWAY",
        "The OSCE said Norway had failed to protect asylum seekers. Oslo dismissed its "
        "conclusions on Thursday.",
        "NOR>OSCE:12",
    ),
    (
        "OSLO, NORWAY",
        "A U.N. panel said Norway had failed to protect asylum seekers. The Norwegian "
        "government rejected their findings.",
        "NOR>UN:12",
    ),
    (
        "BRUSSELS",
        "The European Union ruled that Serbia could join the research program. Belgrade "
        "welcomed its decision.",
        "SRB>EU:05",
    ),
    (
        "SEOUL, SOUTH KOREA",
        "South Korea expelled a Chinese diplomat on Monday. Beijing condemned its decision.",
        "KOR>CHN:17|16 CHN>KOR:11",
    ),
]

NONE: list[NearMiss] = [
    (
        "OSLO, NORWAY",
        "The OSCE said Norway had failed to protect asylum seekers. Oslo defended its decision.",
    ),
    (
        "OSLO, NORWAY",
        "The OSCE said Norway had failed to protect asylum seekers. Oslo dismissed its "
        "own earlier report.",
    ),
    (
        "OSLO, NORWAY",
        "Norway published a report on asylum seekers. Oslo rejected its findings on Friday.",
    ),
    (
        "NIAMEY, NIGER",
        "Iran criticized the talks, hosted by Togo and mediated by the African Union.",
    ),
    (
        "MANILA, PHILIPPINES",
        "Malaysia criticized the maritime talks, with Brunei acting as mediator.",
    ),
    (
        "MANILA, PHILIPPINES",
        "Malaysia and the Philippines did not sign the deal, with Brunei acting as mediator.",
    ),
    (
        "MANILA, PHILIPPINES",
        "Malaysia and the Philippines refused to sign the deal, with Brunei acting as mediator.",
    ),
    (
        "NIAMEY, NIGER",
        "Niger and Benin did not sign the deal drafted by Togo and brokered by the African Union.",
    ),
]

# near-misses with an act: the reactor's own act, a bystander's joined participle, a
# partner before a witness's phrase
NEAR: list[Case] = [
    (
        "ANKARA, TURKEY",
        "Turkey held security talks with Iraq on Monday, with Iran in attendance.",
        "TUR>IRQ:04",
    ),
    (
        "ANKARA, TURKEY",
        "Turkey held security talks with Iraq, with Iran also in attendance.",
        "TUR>IRQ:04",
    ),
    (
        "ANKARA, TURKEY",
        "Turkey signed a water deal with Iraq in the presence of Iran's president.",
        "TUR>IRQ:05 IRN>TUR:04 IRN>IRQ:04",
    ),
    (
        "ANKARA, TURKEY",
        "Turkey signed a pipeline deal with Azerbaijan, with Georgia looking on.",
        "TUR>AZE:05",
    ),
    (
        "TEHRAN",
        "Iran signed a trade deal with China covering oil and gas.",
        "IRN>CHN:05",
    ),
    (
        "MANILA, PHILIPPINES",
        "Malaysia and the Philippines agreed to hold talks, with Brunei acting as mediator.",
        "MYS>PHL:03 PHL>MYS:03",
    ),
    (
        "BAKU, AZERBAIJAN",
        "Turkey held energy talks with Azerbaijan acting as host.",
        "TUR>AZE:04",
    ),
    (
        "TEHRAN",
        "Iran and Iraq signed a water accord with Turkey and Syria acting as witnesses.",
        "IRN>IRQ:05 IRQ>IRN:05",
    ),
    (
        "MANILA, PHILIPPINES",
        "Malaysia and the Philippines will sign a deal next week, with Brunei acting as mediator.",
        "MYS>PHL:03 PHL>MYS:03",
    ),
    (
        "MANILA, PHILIPPINES",
        "Malaysia held maritime talks with Vietnam, with Brunei serving as host.",
        "MYS>VNM:04",
    ),
    (
        "SEOUL, SOUTH KOREA",
        "South Korea expelled a Chinese diplomat on Monday. Seoul defended its decision.",
        "KOR>CHN:17|16",
    ),
    (
        "SEOUL, SOUTH KOREA",
        "South Korea expelled a Chinese diplomat on Monday. Seoul praised its decision.",
        "KOR>CHN:17|16",
    ),
    (
        "NIAMEY, NIGER",
        "Niger and Benin held talks hosted by Togo and welcomed by the African Union.",
        # the host of the talks acts on both sides (043), as "hosted by Togo" does above
        "NER>BEN:04 BEN>NER:04 TGO>NER:04 TGO>BEN:04",
    ),
    # a gap until session 13: the capitalised 'Talks' (NNPS) is the common noun now (c575e21)
    (
        "NIAMEY, NIGER",
        "Talks between Niger and Benin, mediated by the African Union, resumed on Wednesday.",
        "AU>NER:04 AU>BEN:04 NER>BEN:04 BEN>NER:04",
    ),
]

# (dateline, body, expected, why it fails today)
GAPS: list[Gap] = [
    (
        "BANGUI, CENTRAL AFRICAN REPUBLIC",
        "Chad and the Central African Republic agreed to a truce, with Angola as mediator.",
        "TCD>CAF:05 CAF>TCD:05 AGO>TCD:04 AGO>CAF:04",
        "a verbless 'with Angola as mediator' has no trigger to code (only kept from the parties)",
    ),
]

CASES = BYSTANDERS + MEDIATORS + ABSOLUTE + POSSESSED + NEAR  # ABSOLUTE run since session 28


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context11_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context11_codes_third_parties(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
