"""Review 175 (session 53, lead): subjects behind an opening phrase, by-phrases, bare
authorities and IGOs told by their kind.

"In a letter to Kenya's president, Uganda's foreign minister, Sam Okello, asked ...": the
parser reads the subject as an apposition of the opening phrase's last noun and leaves the verb
with no subject; the noun is the verb's subject again (nlp._subjects_read_as_appositions).
"Rejected the accusation by Senegal", "praised the offer by Ghana": a by-phrase the parser
hangs on the active verb names the author of the object, as v.criticize's does. "The
authorities" standing alone are the context state's, as "the government" and
"officials" are (roles.yaml bare). "The lender" is the IMF or the World Bank named before (igos.yaml contextual;
"the organization" is left out, as an NGO is meant as often).
"Namibian officials were in Gaborone for talks": a state's travelling officials or a body of
envoys stay as a person does (v.be_in_body, told as done only); troops or tourists do not.
"Malawi's president arrived in Maputo. The two sides/presidents agreed ...": where a trip ends
is its host, a party to the latest act between two that "the two sides" and a numbered pair
with no list named take (actors.plurals._trip_destination, _interaction_pair). A request filed
with, sent or made to a state is an appeal (v.lodge_request), and a request complied with is
granted (v.accede). Leaving a joint project, programme or exercises with a named partner
reduces relations as leaving a deal does (v.withdraw_treaty). "Finland agreed to help Estonia"
is an intent to help (v.help, objects need "helper"), as "promised to help" is.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# nlp._subjects_read_as_appositions
OPENING: list[Case] = [
    (
        "NAIROBI",
        "In a letter to Tanzania's president, Uganda's foreign minister, Sam Okello, asked for "
        "the release of the fishermen.",
        "UGA>TZA:02|10",
    ),
    (
        "SANTIAGO",
        "During a visit to Montevideo, Argentina's foreign minister, Luis Benitez, thanked "
        "Uruguay for its help.",
        "ARG>URY:05 ARG>URY:04",
    ),
    # the subject read as the head of a list with the opening phrase's last noun
    (
        "ASUNCION",
        "During a visit to Bolivia, Paraguay's foreign minister thanked La Paz for its help.",
        "PRY>BOL:05",
    ),
    (
        "ACCRA",
        "In a statement on Friday, Benin's interior minister, Koffi Adjovi, condemned the raid "
        "by Nigerien soldiers.",
        "BEN>NER:11",
    ),
    (
        "HANOI",
        "At a news conference in Hanoi, Vietnam's deputy foreign minister, Le Thi Hoa, urged "
        "Cambodia to return the boats.",
        "VNM>KHM:02",
    ),
]
# the parser's apposition kept: the named phrase is no subject
OPENING_NOT: list[NearMiss] = [
    ("NAIROBI", "In a letter to Tanzania's president, the ruling party's chairman, said nothing."),
    (
        "NAIROBI",
        "In Arusha, the Tanzanian city, a court hearing on the fishermen's case was postponed.",
    ),
]

# "prep:by" of v.reject and v.praise
BY_PHRASE: list[Case] = [
    ("DAKAR", "Gambia rejected the accusation by Guinea-Bissau on Monday.", "GMB>GNB:12"),
    ("DAKAR", "Gambia denied the claims by Guinea on Monday.", "GMB>GIN:12"),
    ("DAKAR", "Gambia praised the offer by Mauritania on Monday.", "GMB>MRT:05"),
]
BY_PHRASE_NOT: list[NearMiss] = [
    ("DAKAR", "Gambia rejected the accusation by phone on Monday."),
    ("DAKAR", "Gambia's president praised the speech by the opposition leader."),
]

# roles.yaml bare: authorities
AUTHORITIES: list[Case] = [
    (
        "NIAMEY",
        "Niger expelled Benin's ambassador on Tuesday. The authorities accused Cotonou of "
        "harbouring rebels.",
        "NER>BEN:16 NER>BEN:11",
    ),
    # bare "authorities" with no article is left alone: it may share a nationality with a
    # noun joined to it ("Syrian farmers and authorities built dams": no context state's)
    (
        "AMMAN",
        "Jordan will supply Lebanon with electricity. Lebanese farmers and authorities built "
        "dozens of small dams on the river in the 1980s.",
        "JOR>LBN:03",
    ),
]

# igos.yaml contextual: "the lender"
DESCRIBED_IGO: list[Case] = [
    (
        "WASHINGTON",
        "The International Monetary Fund approved a $200 million loan to Malawi on Monday. The "
        "lender praised Lilongwe's progress on reforms.",
        "IMF>MWI:07 IMF>MWI:05",
    ),
    (
        "WASHINGTON",
        "The World Bank approved a $90 million grant to Haiti on Monday. The lender criticized "
        "delays in the audit of an earlier project by Port-au-Prince.",
        "WB>HTI:07 WB>HTI:11",
    ),
]
# "the lender" named by no IGO before is no one
DESCRIBED_IGO_NOT: list[NearMiss] = [
    ("NAIROBI", "The lender praised Kenya's progress on reforms."),
]

# v.be_in: a body of envoys or a state's travelling officials stay as a person does
STAYING: list[Case] = [
    (
        "GABORONE",
        "Namibian officials were in Gaborone on Thursday for talks on the water pipeline.",
        "NAM>BWA:04",
    ),
    (
        "GABORONE",
        "A Zimbabwean delegation was in Gaborone on Thursday for talks on cattle exports.",
        "ZWE>BWA:04",
    ),
]
STAYING_NOT: list[NearMiss] = [
    ("GABORONE", "Zimbabwean troops were in Gaborone on Thursday."),
    ("GABORONE", "Namibian officials will be in Gaborone next week for talks on the pipeline."),
    ("GABORONE", "Namibian tourists were in Gaborone on Thursday."),
]

# plurals._trip_destination, _interaction_pair: the end of a trip is the host, a party to
# the latest act a later "the two sides" or "the two presidents" takes
TRIP_PAIR: list[Case] = [
    (
        "MAPUTO",
        "Malawi's president arrived in Maputo on Monday. The two sides agreed to reopen the "
        "border crossing at Mwanza.",
        "MWI>MOZ:04 MWI>MOZ:05|03 MOZ>MWI:05|03",
    ),
    (
        "MAPUTO",
        "Malawi's president arrived in Maputo on Monday. The two presidents held talks behind "
        "closed doors.",
        "MWI>MOZ:04 MWI>MOZ:04 MOZ>MWI:04",
    ),
    (
        "MAPUTO",
        "Malawi's president flew to Mozambique on Monday. The two leaders signed three "
        "agreements on rail transport.",
        "MWI>MOZ:04 MWI>MOZ:05 MOZ>MWI:05",
    ),
]
# a place that ends no trip stays a place
TRIP_PAIR_KEPT: list[Case] = [
    (
        "MAPUTO",
        "Malawi's president spoke to reporters in Maputo on Monday. The two sides agreed to "
        "reopen the border crossing.",
        "",
    ),
]

# v.lodge_request; v.accede "comply"
REQUEST: list[Case] = [
    (
        "RABAT",
        "Morocco filed a request with Spain for the extradition of the two suspects.",
        "MAR>ESP:02",
    ),
    ("RABAT", "Morocco sent Madrid a request for the extradition of the two suspects.", "MAR>ESP:02"),
    ("RABAT", "Spain complied with Morocco's request on Friday.", "ESP>MAR:08"),
]
REQUEST_NOT: list[NearMiss] = [
    ("RABAT", "Morocco filed a request with the court for more time."),
    ("RABAT", "Morocco has not yet sent a request to Spain."),
]

# v.withdraw_treaty: a joint undertaking with a named partner left
PULLED_OUT: list[Case] = [
    ("VIENNA", "Austria pulled out of a joint rail project with Slovenia on Monday.", "AUT>SVN:16"),
    (
        "VIENNA",
        "Austria withdrew from joint border exercises with Hungary on Monday.",
        "AUT>HUN:16",
    ),
]
PULLED_OUT_NOT: list[NearMiss] = [
    ("VIENNA", "Austria withdrew from a rail project in Slovenia on Monday."),
]

# objects need "helper": help agreed to is the agreeing subject's intent
AGREED_HELP: list[Case] = [
    ("HELSINKI", "Finland agreed to help Estonia train border guards.", "FIN>EST:03"),
]
AGREED_HELP_NOT: list[NearMiss] = [
    ("HELSINKI", "Finland did not agree to help Estonia."),
    ("HELSINKI", "Finland agreed to help."),
]

CASES: list[Case] = (
    OPENING + BY_PHRASE + AUTHORITIES + DESCRIBED_IGO + STAYING + TRIP_PAIR + TRIP_PAIR_KEPT
    + REQUEST + PULLED_OUT + AGREED_HELP
)
NONE: list[NearMiss] = (
    OPENING_NOT + BY_PHRASE_NOT + DESCRIBED_IGO_NOT + STAYING_NOT + REQUEST_NOT + PULLED_OUT_NOT
    + AGREED_HELP_NOT
)
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review175_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review175_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
