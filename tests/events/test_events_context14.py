"""Announced measures, terms of agreements, refusals stated now (issue #5, part 14).

ANNOUNCED: a coercive measure (17) or a closed border (191) told as decided now is coded as
the act itself, as a sanction announced for the future already was (16): its own actor says
or announces it ("Morocco said it would close its border with Algeria"), a deal holds it
("under the agreement"), it has a set start ("starting Saturday") or its actor agreed to it
("agreed to close its border"). A condition ("if the attacks go on", "unless ...", "should
the raids continue", "in case of"), another actor's forecast, a plan or an expectation, a
denial, a bare "will close" and any other conflictual act ("will attack") code nothing.
REFUSED: a cooperative act (05-08) its actor says it will not do is a refusal told now (12),
also "unless"/"until" something is done; not on an "if", not a visit left off an itinerary.
VOCABULARY: aid withheld from a state (162), a wharf or pier rebuilt in another state's place
(061; a term of a deal only as intent, 0311), "will hand over 12 prisoners" (the particle the
parser reads as the number's "over"; a handover only planned is intent, 0353).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

ANNOUNCED: list[Case] = [
    ("RABAT", "Morocco said it would close its border with Algeria from Monday.", "MAR>DZA:16"),
    (
        "TUNIS",
        "Tunisia announced that it will shut its airspace to Libyan flights.",
        "TUN>LBY:16",
    ),
    ("NIAMEY", "Niger will close its border with Benin starting Saturday.", "NER>BEN:16"),
    (
        "ASTANA",
        "Under the agreement, Kazakhstan will deport the Uzbek suspects to Uzbekistan.",
        "KAZ>UZB:17",
    ),
    # a measure agreed to is a term of the deal, told as done
    ("NIAMEY", "Niger agreed to close its border with Nigeria under the pact.", "NER>NGA:16"),
    (
        "ALGIERS",
        "Algeria's foreign minister said the country would close its border with Mali.",
        "DZA>MLI:16",
    ),
]

ANNOUNCED_NONE: list[NearMiss] = [
    ("RABAT", "Morocco could close its border with Algeria if the attacks continue."),
    ("RABAT", "Morocco would close its border with Algeria if the attacks continued."),
    ("RABAT", "Morocco will close its border with Algeria unless the raids stop."),
    ("RABAT", "Morocco said it would close its border with Algeria if Algiers did not act."),
    ("RABAT", "Analysts expect Morocco to close its border with Algeria."),
    ("RABAT", "Morocco plans to close its border with Algeria from Monday."),
    ("RABAT", "Morocco said it could close its border with Algeria."),
    ("RABAT", "Morocco will close its border with Algeria."),
    ("RABAT", "Morocco denied it would close its border with Algeria."),
    ("RABAT", "Morocco said it would not close its border with Algeria."),
    ("RABAT", "Morocco said Algeria would close its border with Mauritania."),
    ("RABAT", "Morocco will attack Algeria."),
    ("RABAT", "Morocco said it would strike Algerian bases."),
    ("RABAT", "Will Morocco close its border with Algeria from Monday?"),
    ("RABAT", "Morocco said it would close its border with Algeria should the raids continue."),
    ("RABAT", "Morocco said it would have closed its border with Algeria had the raids gone on."),
    ("RABAT", "Morocco said it would close its border with Algeria in case of new raids."),
    ("RABAT", "Morocco said it would close its border with Algeria in response to any raid."),
    ("NIAMEY", "Niger will agree to close its border with Nigeria."),
    ("NIAMEY", "Niger is expected to agree to close its border with Nigeria."),
    ("NIAMEY", "Niger agreed to close its border with Nigeria if Benin did the same."),
]

REFUSED: list[Case] = [
    ("BELGRADE", "Serbia said it would never recognize Kosovo.", "SRB>XKX:12"),
    (
        "SANTIAGO",
        "Chile will not recognize Venezuela's new government until free elections are held.",
        "CHL>VEN:12",
    ),
    (
        "CANBERRA",
        "Australia said it would not send troops to Papua New Guinea.",
        "AUS>PNG:12",
    ),
]

REFUSED_NONE: list[NearMiss] = [
    (
        "SANTIAGO",
        "Chile would not recognize Venezuela's new government if it jailed opposition figures.",
    ),
    ("SANTIAGO", "Chile did not recognize Venezuela's new government."),
    ("SANTIAGO", "Argentina said Chile would not recognize Venezuela's new government."),
    ("NEW DELHI", "The Indian envoy will not visit Pakistan on this trip."),
    # a receiver's "will not get" refuses nothing of the giver's
    ("KYIV", "Ukraine will not receive the promised jets from Norway this year."),
    ("MOSCOW", "Russia will not attack Ukraine, the Kremlin said."),
]

VOCABULARY: list[Case] = [
    ("SUVA", "Australia withheld 8 million dollars in budget support from Fiji.", "AUS>FJI:16"),
    ("SUVA", "Australia said it would withhold budget aid from Fiji.", "AUS>FJI:16"),
    ("HONIARA", "Japan rebuilt the old jetty in Honiara.", "JPN>SLB:06"),
    (
        "NUKU'ALOFA",
        "Under the deal, Australia will reconstruct the main pier in Nuku'alofa.",
        "AUS>TON:06|03",
    ),
    ("AMMAN", "Jordan will hand over 12 Iraqi prisoners to Iraq.", "JOR>IRQ:03"),
    (
        "AMMAN",
        "Jordan agreed to hand over 12 Iraqi prisoners to Iraq under the swap deal.",
        "JOR>IRQ:03",
    ),
    # the helped state rebuilds its own harbours: no works for the donor
    ("COLOMBO", "Japan announced a grant to help Sri Lanka rebuild its harbours.", "JPN>LKA:07"),
    # a guarantor's role names the sides under "as" (v.act_as_guarantor, session 12)
    (
        "ABU DHABI",
        "Qatar and Egypt agreed to act as guarantors of the truce between Sudan and Chad.",
        "QAT>SDN:04|03 QAT>TCD:04|03 EGY>SDN:04|03 EGY>TCD:04|03",
    ),
]

VOCABULARY_NONE: list[NearMiss] = [
    ("APIA", "Samoa rebuilt the main wharf in Apia."),
]

GAPS: list[Gap] = [
    (
        "MOSCOW",
        "Russia rebuilt the port in Mariupol.",
        "",
        "an occupied city's state is read as the recipient of the works",
    ),
]

CASES = ANNOUNCED + REFUSED + VOCABULARY
NONE = ANNOUNCED_NONE + REFUSED_NONE + VOCABULARY_NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context14_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_context14_codes_announced_refused_and_terms(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
