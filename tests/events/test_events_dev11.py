"""Set 11's misses as general forms (issue #5, dev set 11): hosts and witnesses of a signing
ceremony, gifts told by a contribution or donation noun, and lesser diplomatic offices opened.

CEREMONY: a ceremony or signing hosted or witnessed by a third party ("signed the accord at a
ceremony hosted by Egypt", "in a ceremony witnessed by Turkey's foreign minister") acts on the
signers (host 043, witness 045: root 04), as talks hosted or mediated by one do; the signers may
be a passive's agents ("was signed by A and B at a ceremony hosted by ...") and the place may
hang on a trailing -ing clause ("signed a pact, formally ending ..., at a ceremony hosted by
..."). Nothing for a ceremony with no signers, a guest's welcome, a speech at one or a planned
signing.
CONTRIBUTION: "announced a contribution of 80 million euros to the WHO's fund", "made a
donation of 5 million dollars to the UNHCR": a gift (07x, 03x when promised) to the to-phrase's
state or body; nothing for a contribution to a debate, a negated one or a firm's donation.
OFFICE: a diplomatic, representative, liaison or consular office or mission opened, set up or
established in another state's capital raises ties with that state (054 as an embassy opened);
nothing for a firm's or a body's plain office or a peacekeeping mission; a receiver of aid
with no giver named ("and has received grants") gives nothing to the state told before.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CEREMONY: list[Case] = [
    # a witness "in the presence of" (n.presence, session 17: set 12 codes it too)
    (
        "DOHA",
        "Sudan and Chad signed the truce in the presence of the Qatari emir.",
        "SDN>TCD:05 TCD>SDN:05 QAT>SDN:04 QAT>TCD:04",
    ),
    (
        "DOHA",
        "Sudan and Chad signed a ceasefire deal on Monday at a ceremony hosted by Qatar.",
        "SDN>TCD:05 TCD>SDN:05 QAT>SDN:04 QAT>TCD:04",
    ),
    (
        "ASTANA",
        "Kyrgyzstan and Tajikistan sealed a border treaty in a ceremony hosted by Kazakhstan's "
        "president.",
        "KGZ>TJK:05 TJK>KGZ:05 KAZ>KGZ:04 KAZ>TJK:04",
    ),
    (
        "ANKARA",
        "Serbia and Kosovo signed the protocol in a ceremony witnessed by Turkish Foreign "
        "Minister Hakan Demir.",
        "SRB>XKX:05 XKX>SRB:05 TUR>SRB:04 TUR>XKX:04",
    ),
    (
        "CAIRO",
        "Ethiopia and Eritrea signed a peace accord at a ceremony hosted by Egypt and witnessed "
        "by the Kenyan president.",
        "ETH>ERI:05 ERI>ETH:05 EGY>ETH:04 EGY>ERI:04 KEN>ETH:04 KEN>ERI:04",
    ),
    (
        "MUSCAT",
        "The prisoner swap deal was signed by Iran and Britain at a ceremony hosted by Oman.",
        "IRN>GBR:05 GBR>IRN:05 OMN>IRN:04 OMN>GBR:04",
    ),
    (
        "NAIROBI",
        "Rwanda and Burundi signed a security pact on Friday, formally ending a decade of "
        "hostility, at a ceremony hosted by Kenya.",
        "RWA>BDI:05 BDI>RWA:05 KEN>RWA:04 KEN>BDI:04",
    ),
    (
        "BRASILIA",
        "Bolivia and Paraguay signed a water-sharing agreement, ending years of dispute, at "
        "talks hosted by Brazil.",
        "BOL>PRY:05 PRY>BOL:05 BRA>BOL:04 BRA>PRY:04",
    ),
    (
        "DOHA",
        "Somalia and Kenya will sign a maritime deal next week at a ceremony hosted by Qatar.",
        "SOM>KEN:03 KEN>SOM:03",
    ),
]

CEREMONY_NONE: list[NearMiss] = [
    ("BEIJING", "China hosted a welcome ceremony on Monday."),
    ("PARIS", "France hosted a ceremony marking the end of the war."),
    ("DOHA", "Qatar's emir spoke at a ceremony hosted by Kuwait."),
    ("ROME", "Italy witnessed a moving ceremony at the Colosseum."),
]

CONTRIBUTION: list[Case] = [
    (
        "HELSINKI",
        "Finland announced a contribution of 80 million euros to the WHO's vaccine fund.",
        "FIN>WHO:07",
    ),
    ("STOCKHOLM", "Sweden made a donation of 5 million dollars to the UNHCR.", "SWE>UN:07"),
    ("OTTAWA", "Canada made a 40 million dollar contribution to Jordan on Tuesday.", "CAN>JOR:07"),
    ("DUBLIN", "Ireland announced a donation of 2 million euros to UNRWA.", "IRL>UN:07"),
    ("TOKYO", "Japan will make a contribution of 3 million dollars to UNICEF.", "JPN>UN:03|07"),
]

CONTRIBUTION_NONE: list[NearMiss] = [
    ("OSLO", "Norway made a contribution to the debate on climate."),
    ("BERLIN", "Germany did not make a contribution to the fund."),
    ("OSLO", "Norway's contribution to the talks was praised by analysts."),
    ("WARSAW", "Polish firms made donations to local hospitals."),
]

OFFICE: list[Case] = [
    ("SUVA", "Fiji opened a diplomatic office in Beijing in 2023.", "FJI>CHN:05"),
    ("ABUJA", "Nigeria set up a liaison office in Addis Ababa last year.", "NGA>ETH:05"),
    ("TAIPEI", "Paraguay will open a representative office in Seoul next month.", "PRY>KOR:03|05"),
    ("RIYADH", "Saudi Arabia reopened its consular office in Damascus on Sunday.", "SAU>SYR:05"),
    ("DOHA", "Qatar established a diplomatic mission in Kabul.", "QAT>AFG:05"),
    (
        "APIA",
        "Samoa opened a liaison office in Wellington and has since received grants for schools.",
        "WSM>NZL:05",
    ),
]

OFFICE_NONE: list[NearMiss] = [
    ("PARIS", "Toyota opened an office in Paris."),
    ("GENEVA", "The UN opened a peacekeeping mission in Haiti."),
    ("BERLIN", "Germany closed a liaison office for refugees in Berlin."),
    ("LONDON", "Britain opened a new tax office in Leeds."),
]

GAPS: list[Gap] = [
    (
        "DOHA",
        "Niger and Benin signed a border accord on Monday. Togo hosted the ceremony.",
        "NER>BEN:05 BEN>NER:05 TGO>NER:04 TGO>BEN:04",
        "a ceremony host with the signers told before takes no sides from context",
    ),
]

CASES = CEREMONY + CONTRIBUTION + OFFICE
NONE = CEREMONY_NONE + CONTRIBUTION_NONE + OFFICE_NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_dev11_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_dev11_codes_set11_forms(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
