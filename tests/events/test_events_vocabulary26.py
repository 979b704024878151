"""Vocabulary 26 (session 22, builder FR1): forms found on fresh wire stories of our own.

Coded: a noun that names a kind of act ("such agreements", "any deal": kind_determiners,
generic_determiners, negating_determiners) tells no act, so a reaction to "the pact" far from
the signing is not aimed at who spoke of such pacts, nor at who signed "similar" ones or "no
such" one (coordination._kind_only, read by reactions._tellings and
coordination._family_author). A call for, or an urging of, the release of people
(v.call_for_release, v.urge_release, 0253) with no holder named answers the arrest or seizure
just told, as "demanded their release" does (undoing_asking_roots; objects._matched_object
reads the object under a pattern's own "for"). A state that comes under fire or attack from another's forces is attacked by them
(v.come_under_fire, reversed; fire over a deed or of words is none). A pair named before
quarrels over a topic as named states do (v.clash_over takes a "group" subject: "the two
governments have clashed over the ELN" was a fight, 190). A same-sentence subject before
"its" keeps the office it owns ("The Arab League said its secretary-general had spoken ...":
coref, no longer the previous sentence's speaker). What access is sought to names no
addressee ("demanded consular access to the detainees": access_nouns, sides._reached), and
"their release" names the freed, not the freer (sides._freed_owner): both answer the
counterpart or the arrest just told. "The meeting" or "the session" a state hosts after
a pair met is that pair's, as "the talks" is (negotiation_nouns take meeting and session;
v.host_talks takes session). Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# eight sentences that tell no act, between a signing and a reaction far from it
_FILLER = (
    "The ceremony lasted an hour. Officials toured the port afterwards. Fishermen gathered on "
    "the quay. The weather was calm. Prices of fish rose in the capital. Local radio carried "
    "the speeches live. Schools closed early for the day. Traffic was heavy near the harbor. "
)

KIND_NOUNS: list[Case] = [
    (
        "LOME",
        "Ghana and Togo signed a maritime border treaty on Monday. "
        + _FILLER
        + 'Nigeria said it had no objection but warned against "outside powers" using such '
        "treaties to stir tensions. Benin welcomed the treaty.",
        "GHA>TGO:05 TGO>GHA:05 BEN>GHA:05 BEN>TGO:05",
    ),
    (
        "JAKARTA",
        "Vietnam and Indonesia signed a coast guard agreement on Tuesday. "
        + _FILLER.replace("Fishermen", "Sailors")
        + "Malaysia has long pushed for such agreements across the region. "
        "The Philippines, whose own disputes with China have grown, praised the agreement.",
        "VNM>IDN:05 IDN>VNM:05 PHL>VNM:05 PHL>IDN:05",
    ),
    (
        "SANTIAGO",
        "Chile and Peru signed a fisheries pact on Friday. "
        + _FILLER.replace("Fishermen", "Crowds")
        + "Argentina, which has signed no such pact, said it would study the text. "
        "Bolivia criticized the pact.",
        "CHL>PER:05 PER>CHL:05 BOL>CHL:11 BOL>PER:11",
    ),
    (
        "ACCRA",
        "Ghana and Ivory Coast signed a cocoa pricing accord on Wednesday. "
        + _FILLER.replace("Fishermen", "Farmers")
        + "Cameroon said it had signed similar accords with Nigeria. "
        "Liberia welcomed the accord.",
        "GHA>CIV:05 CIV>GHA:05 CMR>NGA:05 LBR>GHA:05 LBR>CIV:05",
    ),
]

RELEASE_CALLS: list[Case] = [
    (
        "NAIROBI",
        "Ethiopia arrested two Kenyan journalists on Monday. Kenya's foreign ministry called "
        "for their immediate release.",
        "ETH>KEN:17 KEN>ETH:02",
    ),
    (
        "ATHENS",
        "Iran seized a Greek tanker in the Gulf on Sunday. Athens called for the "
        "release of the ship and its crew.",
        "IRN>GRC:17 GRC>IRN:02",
    ),
    (
        "DHAKA",
        "Myanmar's navy detained 14 Bangladeshi fishermen near the maritime border. Bangladesh "
        "has called for the fishermen's release.",
        "MMR>BGD:17 BGD>MMR:02",
    ),
    (
        "NAIROBI",
        "Kenya called for the release of the two men by Ethiopia.",
        "KEN>ETH:02",
    ),
    (
        "CANBERRA",
        "Myanmar's junta detained an Australian economist in 2021. Canberra has repeatedly "
        "urged his release.",
        "MMR>AUS:17 AUS>MMR:02",
    ),
    (
        "NAIROBI",
        "Ethiopia arrested two Kenyan journalists on Tuesday. Kenya urged the release of the "
        "journalists.",
        "ETH>KEN:17 KEN>ETH:02",
    ),
    # near-misses: nothing held by another state, a release of things
    (
        "TOKYO",
        "Japan signed a trade deal with India. Japan called for the release of the full text.",
        "JPN>IND:05",
    ),
]

UNDER_FIRE: list[Case] = [
    (
        "NAIROBI",
        "Kenyan police officers came under fire from Somali troops near the border on Monday.",
        "SOM>KEN:19",
    ),
    (
        "BANGKOK",
        "Thai soldiers came under attack from Cambodian soldiers on Tuesday.",
        "KHM>THA:19",
    ),
    (
        "NEW DELHI",
        "Indian border guards came under heavy fire from Pakistani positions overnight, the "
        "army said.",
        "PAK>IND:19",
    ),
]

QUARRELING_PAIRS: list[Case] = [
    (
        "BOGOTA",
        "Colombia and Venezuela restored relations in 2022, but the two governments have "
        "clashed repeatedly over the ELN.",
        # session 24 (lead): a standing quarrel told in the perfect is background, no act
        "COL>VEN:05 VEN>COL:05",
    ),
    (
        "KAMPALA",
        "Relations between Kenya and Uganda are warm, but the two governments have quarreled "
        "over fishing on the lake.",
        "KEN>UGA:11 UGA>KEN:11",
    ),
    # kept: armies at odds over a border fight
    (
        "NEW DELHI",
        "Indian and Chinese troops clashed in the valley. The two armies have clashed over the "
        "border before.",
        "IND>CHN:19 CHN>IND:19 IND>CHN:19 CHN>IND:19",
    ),
]

OWN_OFFICES: list[Case] = [
    (
        "LIMA",
        "Peru expelled a Bolivian diplomat. Brazil's Foreign Ministry offered to mediate. The "
        "Arab League said its secretary-general had spoken with both foreign ministers.",
        "PER>BOL:16 BRA>PER:03 BRA>BOL:03",
    ),
]

ACCESS_DEMANDS: list[Case] = [
    (
        "PRETORIA",
        "Mozambican police detained three South African contractors on Sunday. South Africa "
        "demanded immediate consular access to the men.",
        "MOZ>ZAF:17 ZAF>MOZ:10",
    ),
    (
        "OTTAWA",
        "China detained a Canadian businessman last week. Canada has demanded consular access "
        "to him.",
        "CHN>CAN:17 CAN>CHN:10",
    ),
    (
        "PARIS",
        "Iran arrested a French tourist on Monday. France demanded access to the detainee.",
        "IRN>FRA:17 FRA>IRN:10",
    ),
]

RELEASE_DEMANDS: list[Case] = [
    (
        "BOGOTA",
        "Venezuelan troops detained four Colombian soldiers on Monday, and Colombia demanded "
        "their release.",
        "VEN>COL:17 COL>VEN:10",
    ),
    (
        "NAIROBI",
        "Ethiopia arrested two Kenyan journalists on Monday, prompting Kenya to demand their "
        "immediate release.",
        "ETH>KEN:17 KEN>ETH:10",
    ),
    (
        "MANILA",
        "China's coast guard seized three Philippine fishing boats near the shoal. Manila "
        "demanded the crews' release.",
        "CHN>PHL:17 PHL>CHN:10",
    ),
    # kept: the freer named by its possessive with an of-phrase
    (
        "NAIROBI",
        "Kenya demanded Ethiopia's release of the two journalists.",
        "KEN>ETH:10",
    ),
]

HOSTED_SESSIONS: list[Case] = [
    (
        "DOHA",
        "Eritrean and Djiboutian delegations met in Doha on Sunday. Qatar's foreign minister "
        "hosted the opening session.",
        "ERI>DJI:04 DJI>ERI:04 QAT>ERI:04 QAT>DJI:04",
    ),
    (
        "ASTANA",
        "Armenia and Georgia held talks in Astana on Monday. Kazakhstan hosted the meeting.",
        "ARM>GEO:04 GEO>ARM:04 KAZ>ARM:04 KAZ>GEO:04",
    ),
    # kept: a meeting of its own participants, a session on a topic, a bystander's summit
    (
        "CAIRO",
        "Egypt hosted the meeting of Arab League foreign ministers.",
        "",
    ),
    (
        "NAIROBI",
        "Sudan and Chad traded accusations on Monday. Kenya's president spoke at a meeting "
        "hosted by Djibouti.",
        "SDN>TCD:11 TCD>SDN:11",
    ),
]

NONE: list[NearMiss] = [
    ("LAGOS", "The union called for the release of the funds on Monday."),
    ("ABUJA", "Nigeria urged the release of the report on Monday."),
    ("BUDAPEST", "Hungary came under fire from the European Union over its media law."),
    ("TOKYO", "The prime minister came under fire from opposition lawmakers on Monday."),
    ("VIENNA", "The IAEA demanded access to the sites."),
    ("ACCRA", "Ghana hosted a session on climate finance on Monday."),
    ("MANILA", "The Philippines warned that such agreements rarely last."),
]

GAPS: list[Gap] = [
    (
        "LA PAZ",
        "Peru expelled a Bolivian diplomat. Brazil offered to mediate. The Red Cross said its "
        "president had spoken with both foreign ministers.",
        "PER>BOL:16",
        "a reporter that is no actor leaves 'its' to the speaker before (coref; tried: a "
        "named body as the reporter gives no state, but it lost set 11's 'The Eastern "
        "Theater Command ... said it had sent warships')",
    ),
]

CASES = (
    KIND_NOUNS
    + RELEASE_CALLS
    + UNDER_FIRE
    + QUARRELING_PAIRS
    + OWN_OFFICES
    + ACCESS_DEMANDS
    + RELEASE_DEMANDS
    + HOSTED_SESSIONS
)


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary26_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary26_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
