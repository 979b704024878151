"""Vocabulary 26 (session 22, builder FR1): forms found on fresh wire stories of our own.

Coded: a noun that names a kind of act ("such agreements", "any deal": kind_determiners,
generic_determiners, negating_determiners) tells no act, so a reaction to "the pact" far from
the signing is not aimed at who spoke of such pacts, nor at who signed "similar" ones or "no
such" one (coordination._kind_only, read by reactions._tellings and
coordination._family_author). A call for the release of people (v.call_for_release, 0253)
with no holder named answers the arrest or seizure just told, as "demanded their release"
does (undoing_asking_roots; objects._matched_object reads the object under a pattern's own
"for"). Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
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
    # near-misses: nothing held by another state, a release of things
    (
        "TOKYO",
        "Japan signed a trade deal with India. Japan called for the release of the full text.",
        "JPN>IND:05",
    ),
]

NONE: list[NearMiss] = [
    ("LAGOS", "The union called for the release of the funds on Monday."),
    ("MANILA", "The Philippines warned that such agreements rarely last."),
]

GAPS: list[Gap] = [
    (
        "PRETORIA",
        "Mozambican police detained three South African contractors on Sunday. South Africa "
        "demanded immediate consular access to the men.",
        "MOZ>ZAF:17 ZAF>MOZ:10",
        "a to-phrase naming no actor stops the demand's search for the act it answers",
    ),
    (
        "BOGOTA",
        "Venezuelan troops detained four Colombian soldiers on Monday, and Colombia demanded "
        "their release.",
        "VEN>COL:17 COL>VEN:10",
        "a demand joined in the sentence of the arrest answers no act told in that sentence",
    ),
    (
        "DOHA",
        "Eritrean and Djiboutian delegations met in Doha on Sunday. Qatar's foreign minister "
        "hosted the opening session.",
        "ERI>DJI:04 DJI>ERI:04 QAT>ERI:04 QAT>DJI:04",
        "a session or meeting hosted takes no sides told before (negotiation_nouns)",
    ),
]

CASES = KIND_NOUNS + RELEASE_CALLS


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
