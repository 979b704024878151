"""Consult 17 (session 17, C04): go-betweens told in phrases (root 04).

FOLLOWING TALKS: "freed the men following talks mediated by Togo": the parser makes
"following" a verb heading a prepositional phrase; the talks' sides are still the subjects of
the clause that holds them (_mediated_parties), as after "after talks mediated by", and
(session 18, nominal15) the people its object names ("four Ivorian soldiers": CIV).
PRESENCE: "The deal was signed by A and B in the presence of Qatar's emir": one who stands
by a signing or talks acts as a go-between for its sides (045, as "witnessed by"), only for
a verb of taking part (mediated_host_verbs) told as done (n.presence, _witnesses); the
phrase may hang on the last agent ("by A and his Syrian counterpart in the presence of"), and
the deal needs two named sides; a go-between of the same sides told before is restated, not
coded again (restating_patterns).
TO AND FROM: "closed its airspace to all flights to and from Mali", "suspended flights to and
from Panama" (root 16/19): the parser hangs the object on the joined "from" only (_pobjs).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

FOLLOWING_TALKS: list[Case] = [
    (
        "ADDIS ABABA",
        "Ethiopia and Eritrea signed a border accord on Monday following talks mediated by Kenya.",
        "ETH>ERI:05 ERI>ETH:05 ETH>ERI:04 ERI>ETH:04 KEN>ETH:04 KEN>ERI:04",
    ),
    (
        "ABIDJAN",
        "Burkina Faso freed four Ivorian soldiers on Wednesday following negotiations brokered "
        "by Togo.",
        "BFA>CIV:08 TGO>BFA:04 TGO>CIV:04",
    ),
    (
        "BOGOTA",
        "Venezuela released 20 Colombian prisoners on Sunday, following talks mediated by the "
        "Vatican.",
        "VEN>COL:08 VAT>VEN:04 VAT>COL:04",
    ),
]

PRESENCE: list[Case] = [
    (
        "BAKU",
        "Armenia and Azerbaijan signed the agreement in the presence of Turkish Foreign "
        "Minister Hakan Fidan.",
        "ARM>AZE:05 AZE>ARM:05 TUR>ARM:04 TUR>AZE:04",
    ),
    (
        "JEDDAH",
        "The deal was signed in Jeddah by Lebanese Defense Minister Michel Haddad and his "
        "Syrian counterpart in the presence of Saudi Foreign Minister Prince Faisal.",
        "LBN>SYR:05 SYR>LBN:05 SAU>LBN:04 SAU>SYR:04",
    ),
    (
        "ASHGABAT",
        "The accord was signed by Turkmen Foreign Minister Berdi Annayev and Azerbaijani Energy "
        "Minister Rauf Mammadli in the presence of European Commission Vice President Katrin "
        "Vogt.",
        "TKM>AZE:05 AZE>TKM:05 EU>TKM:04 EU>AZE:04",
    ),
    (
        "KINSHASA",
        "Congo and Rwanda initialed the peace deal on Friday in the presence of Qatar's prime "
        "minister.",
        "COD>RWA:05 RWA>COD:05 QAT>COD:04 QAT>RWA:04",
    ),
    (
        "BRUSSELS",
        "Serbian and Kosovar negotiators met in Brussels on Tuesday in the presence of the "
        "European Union's envoy.",
        "SRB>XKX:04 XKX>SRB:04 EU>SRB:04 EU>XKX:04",
    ),
    (
        "NAIROBI",
        "Kenya and Uganda reached a deal on fishing rights in the presence of the African "
        "Union commission chairman.",
        "KEN>UGA:05 UGA>KEN:05 AU>KEN:04 AU>UGA:04",
    ),
    # a go-between told before: the presence restates it (restating_patterns)
    (
        "KAMPALA",
        "Uganda and Kenya agreed on Friday to end their fishing dispute after talks mediated by "
        "Tanzania. The accord was signed by the two foreign ministers in the presence of "
        "Tanzania's president.",
        "UGA>KEN:05 KEN>UGA:05 TZA>UGA:04 TZA>KEN:04",
    ),
    # the signing verb's with-partner is a side too
    (
        "CAIRO",
        "Egypt signed a gas deal with Cyprus on Monday in the presence of the European Union's "
        "energy commissioner.",
        "EGY>CYP:05 EU>EGY:04 EU>CYP:04",
    ),
    # a signing told in a relative clause is still told as done
    (
        "RABAT",
        "Morocco protested against the accord Spain and Algeria signed in the presence of "
        "French officials.",
        "MAR>ESP:11 ESP>DZA:05 DZA>ESP:05 FRA>ESP:04 FRA>DZA:04",
    ),
]

# "to and from X": the object hangs on the joined "from" only (_pobjs)
TO_AND_FROM: list[Case] = [
    (
        "ALGIERS",
        "Algeria closed its airspace to all flights to and from Mali on Monday.",
        "DZA>MLI:19|16",
    ),
    ("CARACAS", "Venezuela suspended all flights to and from Panama on Tuesday.", "VEN>PAN:16"),
    ("KYIV", "Ukraine banned all trade to and from Russia in 2023.", "UKR>RUS:16"),
    ("ANKARA", "Turkey halted shipments to and from Israel.", "TUR>ISR:16"),
    ("WARSAW", "Poland closed its border to trucks to and from Belarus.", "POL>BLR:19|16"),
    ("BAMAKO", "Mali suspended rail traffic to and from Senegal after the attack.", "MLI>SEN:16"),
]

NONE: list[NearMiss] = [
    # one side only: the deal may be with the one present
    (
        "CAIRO",
        "Egypt signed a grain deal on Monday in the presence of Russia's agriculture minister.",
    ),
    (
        "SANTIAGO",
        "Chile's president spoke to reporters on Monday following talks mediated by Brazil.",
    ),
    ("CAIRO", "Egypt's president spoke in the presence of the Saudi foreign minister."),
    ("DAMASCUS", "Russia's presence in Syria angered Turkey."),
    ("LONDON", "The treaty was signed in the presence of journalists."),
    ("BAGHDAD", "The U.S. military presence in Iraq was reduced on Monday."),
    ("NAIROBI", "Kenya Airways cancelled flights to and from Mogadishu because of fog."),
    ("LONDON", "Travel to and from Iran was disrupted by the storm."),
    ("DOHA", "Qatar Airways resumed flights to and from Beirut."),
]

# near-misses that code another event: the talks or signing only planned, or a side present
OTHER: list[Case] = [
    # the one present is of a signing side: no go-between
    (
        "ROME",
        "The deal was signed in Rome by Italy's interior minister and his Tunisian counterpart "
        "in the presence of Italy's prime minister.",
        "ITA>TUN:05 TUN>ITA:05",
    ),
    (
        "LIMA",
        "Peru and Ecuador may sign an accord following talks mediated by Brazil.",
        "PER>ECU:03",
    ),
    (
        "YEREVAN",
        "Armenia and Azerbaijan will sign the accord in the presence of Turkey's president.",
        "ARM>AZE:03 AZE>ARM:03",
    ),
]

# a step the talks led to (mediated_host_verbs, session 21: was a gap)
STEPS: list[Case] = [
    (
        "JUBA",
        "Sudan and South Sudan reopened two border crossings on Friday following weeks of talks "
        "hosted by Ethiopia.",
        "SDN>SSD:08 SSD>SDN:08 ETH>SDN:04 ETH>SSD:04",
    ),
]

GAPS: list[Gap] = []

CASES = FOLLOWING_TALKS + PRESENCE + OTHER + TO_AND_FROM + STEPS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_consult17_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_consult17_codes_go_betweens(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; near-misses code nothing."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
