"""Roots 19 (session 20, builder RC): the right root for a pair of actors already found.

Coded: an infinitive under a verb joined to the first act is a second act of its own ("met and
agreed to set up a joint commission": the meeting 04 and the intent 03, both ways;
extract._coordinated_act reads the conjunct through _infinitive_host); a second act of a root
the pair already has is weighed against the act of that root, not against the pair's first act
("dismissed the objection and offered to hold talks": one 03, not the offer and the talks);
an object of two words ("a joint working group") is matched as a compound and its head
(objects._object_candidates); proposing a joint body or undertaking ("proposed a joint
technical committee") is an intent to cooperate (03, pattern v.propose_joint), aimed at the
counterpart when no party is named; a deal told as under way ("had been negotiating a trade
agreement") is negotiation (046, the pattern's ongoing_code), not a deal struck (057). Each row is (dateline, body, expected events of the whole body
as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

AGREED_AFTER_MEETING: list[Case] = [
    (
        "VILNIUS",
        "Poland and Lithuania met on Friday and agreed to set up a joint commission on energy.",
        "POL>LTU:04 LTU>POL:04 POL>LTU:03 LTU>POL:03",
    ),
    (
        "NAIROBI",
        "Kenya and Ethiopia held talks in Nairobi and agreed to create a joint border committee.",
        "KEN>ETH:04 ETH>KEN:04 KEN>ETH:03 ETH>KEN:03",
    ),
    (
        "HANOI",
        "Vietnam and Laos signed a trade deal on Tuesday and agreed to launch a joint investment "
        "fund.",
        "VNM>LAO:05 LAO>VNM:05 VNM>LAO:03 LAO>VNM:03",
    ),
    (
        "LOME",
        "Ghana and Togo have held two rounds of talks and agreed to try to establish a joint "
        "patrol on the lagoon.",
        "GHA>TGO:04 TGO>GHA:04 GHA>TGO:03 TGO>GHA:03",
    ),
    (
        "SANTIAGO",
        "The foreign ministers of Chile and Bolivia spoke by phone on Sunday and agreed to form a "
        "working group on migration.",
        "CHL>BOL:04 BOL>CHL:04 CHL>BOL:03 BOL>CHL:03",
    ),
    (
        "ABUJA",
        "Nigeria and Niger agreed to set up a joint working group on border security.",
        "NGA>NER:03 NER>NGA:03",
    ),
]

ONE_ACT_PER_ROOT: list[Case] = [
    # near-misses of the second act: one root told twice, or one encounter
    (
        "PORT LOUIS",
        "Mauritius dismissed the Maldivian objection and offered to hold talks with the Maldives.",
        "MUS>MDV:12 MUS>MDV:03",
    ),
    (
        "LIMA",
        "Peru rejected the claim and offered to hold talks with Ecuador on the river.",
        "PER>ECU:03",
    ),
    (
        "JAKARTA",
        "Indonesia and Malaysia met on Monday and agreed to meet again in June.",
        "IDN>MYS:04 MYS>IDN:04",
    ),
    (
        "RABAT",
        "Morocco and Mauritania met in Rabat and agreed to reopen their border crossing.",
        "MAR>MRT:04 MRT>MAR:04 MAR>MRT:05 MRT>MAR:05",
    ),
    (
        "CAIRO",
        "Egypt and Sudan met in Cairo, creating a joint committee on the Nile dam.",
        "EGY>SDN:04 SDN>EGY:04",
    ),
    (
        "ALGIERS",
        "Algeria rejected the accusations and summoned Mali's envoy to hand him a protest note.",
        "DZA>MLI:11",
    ),
]

JOINT_PROPOSALS: list[Case] = [
    # a joint body or undertaking proposed: an intent to cooperate (03), to the party named or,
    # after a meeting or a call, to the counterpart
    (
        "SANTIAGO",
        "Chilean Foreign Minister Ana Rojas met Argentina's ambassador, Luis Perez, in Santiago "
        "on Monday and proposed a joint committee to review the water dispute.",
        "CHL>ARG:04 CHL>ARG:03",
    ),
    (
        "ACCRA",
        "Ghana's trade minister said she had spoken by phone with her Togolese counterpart and "
        "proposed a joint inspection of the border market.",
        "GHA>TGO:04 GHA>TGO:03",
    ),
    (
        "NAIROBI",
        "Kenya proposed a joint patrol with Tanzania on Lake Victoria.",
        "KEN>TZA:03",
    ),
    (
        "HANOI",
        "Vietnam has suggested a joint survey of the disputed reef to the Philippines.",
        "VNM>PHL:03",
    ),
    (
        "BUDAPEST",
        "Serbia's interior minister met his Hungarian counterpart in Budapest on Thursday and "
        "proposed joint police patrols along the border.",
        "SRB>HUN:04 SRB>HUN:03",
    ),
    (
        "TOKYO",
        "Japan's foreign minister held talks with South Korea's foreign minister on Tuesday. "
        "Japan later proposed a joint study of the wartime records.",
        "JPN>KOR:04 JPN>KOR:03",
    ),
]

ONGOING_NEGOTIATIONS: list[Case] = [
    # a deal being negotiated is talks under way (04); negotiated, it is an agreement (05)
    (
        "NEW DELHI",
        "India and Canada had been negotiating an early trade agreement until Ottawa paused the "
        "talks in 2023.",
        "IND>CAN:04 CAN>IND:04",
    ),
    (
        "BRUSSELS",
        "The European Union is negotiating a free trade agreement with Mongolia.",
        "EU>MNG:04",
    ),
    (
        "LIMA",
        "Chile and Peru are negotiating a new fisheries accord.",
        "CHL>PER:04 PER>CHL:04",
    ),
    (
        "TOKYO",
        "Japan and Vietnam were finalizing a defense pact, officials said.",
        "JPN>VNM:04 VNM>JPN:04",
    ),
    (
        "SANTIAGO",
        "Chile and Peru negotiated a new fisheries accord in 2019.",
        "CHL>PER:05 PER>CHL:05",
    ),
    (
        "NAIROBI",
        "Kenya has negotiated a debt deal with China.",
        "KEN>CHN:05",
    ),
]

NONE: list[NearMiss] = [
    (
        "BRASILIA",
        "Brazil's finance minister proposed a joint committee of lawmakers to study "
        "pension reform.",
    ),
    (
        "KATHMANDU",
        "Nepal proposed a joint investigation into the flood, officials in Kathmandu said.",
    ),
    (
        "LONDON",
        "The opposition proposed a joint committee to investigate the government's "
        "dealings with China.",
    ),
    ("BRASILIA", "Brazil set up a working group on tax reform."),
    (
        "MADRID",
        "Spain's prime minister met students in Madrid and agreed to set up a scholarship fund.",
    ),
]
GAPS: list[Gap] = []
CASES = AGREED_AFTER_MEETING + ONE_ACT_PER_ROOT + JOINT_PROPOSALS + ONGOING_NEGOTIATIONS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_roots19_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_roots19_roots(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
