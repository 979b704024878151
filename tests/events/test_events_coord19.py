"""Coordination 19 (session 25, builder PT): actors given by pronoun, by title only, or as
a pair.

Coded: a pronoun whose gender an earlier pronoun of its sentence already takes ("She held
talks with X and thanked him for what she called his ...": the later "she" is the host's,
so it shows nothing of X's gender, and once "She" is the host and "him" the guest, "his" is
the guest's: coref._genders_before, resolve_pronouns); "it"/"its" after a sentence whose
subject the parser left as the root, its verb hung on it as a clause after an aside
("Senegal, which borders both countries, offered to mediate. Its foreign minister flew to
Bamako": coref._misread_root_verb); a name's own verb the parser joined to a relative clause
set off on the name ("Egypt, whose Nile Valley farms depend on the river's water, urged
Ethiopia ...": clauses._relative_run_on); "it" after a ministry of a portfolio now listed
("India's Water Resources Ministry said it ... It urged Bangladesh": offices.yaml
portfolios); a document issued by a role group of an IGO, or "the non-binding resolution" it
adopted ("Foreign ministers of ASEAN issued a joint statement ... The statement urged China":
described._role_group_issuer, _opener); "him"/"her" after a verb joined by "and" to one
whose object is a nameless title ("X met Togo's foreign minister and praised her":
coref._shared_subject_verbs); a description of an IGO ("the council", "the bloc") that is
the object of the IGO's own verb is another IGO ("The AU urged the council":
Resolver._acting_on); an appeal to a list of three or more names in plain ASCII text, no
longer read as speech that lost its quote marks ("Chile urged Argentina, Uruguay and
Paraguay to ratify": vanished._NAME_LIST).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

GENDERED_GUESTS: list[Case] = [
    (
        "MAPUTO",
        "Mozambican President Celia Nhantumbo opened the summit on Monday. She held talks "
        "with Rwandan President Paul Kagina and thanked him for what she called his "
        "country's sacrifice.",
        "MOZ>RWA:04 MOZ>RWA:05",
    ),
    (
        "DAR ES SALAAM",
        "Tanzanian President Zuhura Said hosted the forum. She held talks with Burundian "
        "President Pierre Ndayi and criticized him for what she called his delays.",
        "TZA>BDI:04 TZA>BDI:11",
    ),
    (
        "LA PAZ",
        "Bolivian President Nayra Mamani opened the fair. She received Chilean President Tomas "
        "Rojas and thanked him for what she called his generosity.",
        "BOL>CHL:04 BOL>CHL:05",
    ),
    # a later pronoun of the other gender is still the named one's
    (
        "NAIROBI",
        "Kenyan Foreign Minister Grace Wanjiru visited Kampala. She met Ugandan President "
        "Moses Okello, who thanked her for what he called Kenya's patience.",
        "KEN>UGA:04 KEN>UGA:04 UGA>KEN:05",
    ),
]

GENDERED_GUESTS_NOT: list[NearMiss] = [
    # "them" is the host's own people
    (
        "ACCRA",
        "Ghana's trade minister, Akosua Mensah, toured the port on Friday. She met dockworkers "
        "and thanked them for what she called their patience.",
    ),
    ("LILONGWE", "Malawian President Grace Banda opened the talks. She thanked her ministers."),
]

ROOTED_ASIDES: list[Case] = [
    (
        "DAKAR",
        "Senegal, which borders both countries, offered to mediate. Its foreign minister flew "
        "to Bamako on Friday.",
        "SEN>MLI:04",
    ),
    (
        "GABORONE",
        "Botswana, which borders both countries, offered to host talks. It sent its foreign "
        "minister to Harare on Monday.",
        "BWA>ZWE:04",
    ),
    (
        "MONTEVIDEO",
        "Uruguay, which borders both countries, offered to host the talks. Its president "
        "visited Asuncion on Tuesday.",
        "URY>PRY:04",
    ),
    (
        "MUSCAT",
        "Oman, which has ties to both sides, offered to mediate. Its foreign minister later met "
        "Iran's president in Tehran.",
        "OMN>IRN:04",
    ),
]

ROOTED_ASIDES_NOT: list[NearMiss] = [
    (
        "MONTEVIDEO",
        "Uruguay, which borders both countries, offered to host the talks. It was not clear "
        "whether Paraguay would accept.",
    ),
    (
        "VIENTIANE",
        "The dam, which Laos built with Chinese loans, opened on Monday. Its operator sold "
        "power to Thailand.",
    ),
]

RELATIVE_RUN_ONS: list[Case] = [
    (
        "CAIRO",
        "Egypt, whose Nile Valley farms depend on the river's water, urged Ethiopia and Sudan "
        "to sign a binding deal.",
        "EGY>ETH:02 EGY>SDN:02",
    ),
    (
        "PHNOM PENH",
        "Cambodia, whose Tonle Sap fishermen depend on the lake's floods, criticized Laos for "
        "building new dams.",
        "KHM>LAO:11",
    ),
    # a verb the relative clause joins with "and" is its own; the name's verb codes as before
    ("N'DJAMENA", "Chad, which hosts refugees and feeds them, criticized Sudan.", "TCD>SDN:11"),
]

RELATIVE_RUN_ONS_NOT: list[NearMiss] = [
    # a thing's own verb: no actor does it
    (
        "MUSCAT",
        "The ship, whose Filipino crew members depend on the owner's wages, sailed to Oman on "
        "Monday.",
    ),
]

MINISTRY_PRONOUNS: list[Case] = [
    (
        "NEW DELHI",
        "India's Water Resources Ministry said it was alarmed by the new dam. It urged "
        "Bangladesh to share flood data.",
        "IND>BGD:02",
    ),
    (
        "CAIRO",
        "Egypt's Irrigation Ministry said it had not been consulted. It asked Ethiopia to delay "
        "filling the reservoir.",
        "EGY>ETH:02",
    ),
]

MINISTRY_PRONOUNS_NOT: list[NearMiss] = [
    ("VIENTIANE", "The water resources of Laos are vast, officials said."),
]

ISSUED_DOCUMENTS: list[Case] = [
    (
        "MANILA",
        "Foreign ministers of the Association of Southeast Asian Nations issued a joint "
        "statement on Friday after their meeting in Manila. The statement urged China to "
        "respect the 2016 ruling.",
        "ASEAN>CHN:02",
    ),
    (
        "NEW YORK",
        "The U.N. General Assembly adopted a resolution on Tuesday. The landmark resolution "
        "also urged Myanmar to release political prisoners.",
        "UN>MMR:02",
    ),
    (
        "NEW YORK",
        "The U.N. Security Council adopted a resolution on Friday. The non-binding resolution "
        "urges Egypt to keep the Rafah crossing open.",
        "UN>EGY:02",
    ),
]

ISSUED_DOCUMENTS_NOT: list[NearMiss] = [
    (
        "BRUSSELS",
        "Delegates of the European Union drafted a statement on Monday. Reporters said the "
        "statement was leaked to Russia.",
    ),
    # a statement no one named before issued
    ("GENEVA", "A statement released on Monday urged Iran to free the detained journalists."),
]

TITLED_OBJECTS: list[Case] = [
    (
        "ACCRA",
        "Ghana's president, John Mahama, met Togo's foreign minister and praised her for her work.",
        "GHA>TGO:04 GHA>TGO:05",
    ),
    (
        "SANTIAGO",
        "Chile's president, Gabriel Boric, received Peru's prime minister and urged him to "
        "reopen the border.",
        "CHL>PER:04 CHL>PER:02",
    ),
    (
        "NAIROBI",
        "Kenya's president, William Ruto, phoned Ethiopia's prime minister and thanked him for "
        "the deal.",
        "KEN>ETH:04 KEN>ETH:05",
    ),
    # the subject's own people: no second event
    (
        "ACCRA",
        "Ghana's president, John Mahama, met Togo's foreign minister and praised his own aides "
        "for their work.",
        "GHA>TGO:04",
    ),
]

SELF_DESCRIPTIONS: list[Case] = [
    (
        "ADDIS ABABA",
        "The African Union suspended Mali. The U.N. Security Council also discussed the crisis, "
        "and the AU urged the council to impose sanctions.",
        "AU>MLI:16 AU>UN:02",
    ),
    (
        "JAKARTA",
        "Leaders of the European Union met in Brussels on Monday. In Jakarta, ASEAN urged the "
        "bloc to lift its curbs on palm oil.",
        "ASEAN>EU:02",
    ),
    # the body named last acts on the description when it is not the subject
    (
        "NEW YORK",
        "The U.N. Security Council extended the arms embargo on Sudan. The Arab League urged the "
        "council to lift it.",
        "UN>SDN:16",
    ),
]

LISTED_TARGETS: list[Case] = [
    (
        "SANTIAGO",
        "Chile urged Argentina, Uruguay and Paraguay to ratify the treaty.",
        "CHL>ARG:02 CHL>URY:02 CHL>PRY:02",
    ),
    (
        "NAIROBI",
        "Kenya warned Uganda, Tanzania, Rwanda and Burundi to stop the smuggling.",
        "KEN>UGA:13 KEN>TZA:13 KEN>RWA:13 KEN>BDI:13",
    ),
]

NONE: list[NearMiss] = (
    GENDERED_GUESTS_NOT
    + ROOTED_ASIDES_NOT
    + RELATIVE_RUN_ONS_NOT
    + MINISTRY_PRONOUNS_NOT
    + ISSUED_DOCUMENTS_NOT
)
GAPS: list[Gap] = [
    (
        "NOUAKCHOTT",
        "Mauritania, backed by France, offered to host talks. Its foreign minister flew to "
        "Algiers on Thursday.",
        "FRA>MRT:05 MRT>DZA:04",
        "a root name whose verb follows a passive participle with an agent is left alone "
        "(coref._misread_root_verb wants an aside that is a relative clause or apposition)",
    ),
]
CASES = (
    GENDERED_GUESTS
    + ROOTED_ASIDES
    + RELATIVE_RUN_ONS
    + MINISTRY_PRONOUNS
    + ISSUED_DOCUMENTS
    + TITLED_OBJECTS
    + SELF_DESCRIPTIONS
    + LISTED_TARGETS
)


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_coord19_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_coord19_pairs(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
