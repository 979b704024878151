"""Review 213 (session 60, helper C60): a demand or request joined after a summons or a protest.

"Summoned X's envoy and asked for an explanation", "delivered a protest note to X and asked for
the reports", "accused X of ... and demanded that its engineers be allowed to join ...": the
second verb names no one asked, and is asked of the state the first act was aimed at (a summons
or a note delivered is an address, as a talk is: rules talk_address_verbs, extract._after_talk;
the speaker's own people let act in a passive clause are no one asked: rules let_asked_roots,
extract._own_side_told). Near misses: a second verb with another party for object (asked of
it), one with the speaker's own people for object (asked of no state), an intransitive one, a
saying with a quote, a summons of one's own envoy, and a handing of goods (no address).
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

ASKED_OF_THE_ADDRESSED: list[Case] = [
    # a request naming no one after a summons: of the envoy's state
    (
        "SANTIAGO",
        "Chile summoned Peru's ambassador on Monday and asked for an explanation of the arrests.",
        "CHL>PER:11 CHL>PER:02|10",
    ),
    # a demand whose clause lets the speaker's own officials act: of the envoy's state
    (
        "VIENTIANE",
        "Laos summoned Thailand's ambassador and demanded that Lao officials be allowed to visit"
        " the detained workers.",
        "LAO>THA:11 LAO>THA:10",
    ),
    # "called in" is a summons too; the permitted ones unnamed
    (
        "SANTIAGO",
        "Chile called in Peru's consul and demanded that the detained sailors be permitted to"
        " phone their families.",
        "CHL>PER:11 CHL>PER:10",
    ),
    # a request in a that-clause after a summons of a charge d'affaires
    (
        "LA PAZ",
        "Bolivia's foreign ministry summoned the Paraguayan charge d'affaires and asked that"
        " Bolivian consuls be allowed to see the pilot.",
        "BOL>PRY:11 BOL>PRY:02|10",
    ),
    # a protest note delivered is an address
    (
        "NAIROBI",
        "Kenya's embassy in Kampala delivered a protest note to Uganda's foreign ministry on"
        " Monday and asked for the inspection reports.",
        "KEN>UGA:11 KEN>UGA:02|10",
    ),
    # a note handed to an envoy unnamed: whose envoy the context tells (the envoy rule)
    (
        "LIBREVILLE",
        "Gabon summoned Chad's ambassador on Monday. Gabon's foreign ministry said it had handed"
        " the ambassador a note demanding an explanation.",
        "GAB>TCD:11 GAB>TCD:10",
    ),
    # after an accusation: the demand letting its own engineers act is aimed as the charge is
    (
        "ACCRA",
        "Ghana's environment ministry accused Togo of acting too slowly and demanded that"
        " Ghanaian engineers be allowed to join the survey.",
        "GHA>TGO:11 GHA>TGO:10",
    ),
]
ONE_ACT_OR_OTHERS: list[Case] = [
    # the second verb's own object is another party: asked of it
    (
        "VIENTIANE",
        "Laos summoned Thailand's ambassador and asked Cambodia to mediate.",
        "LAO>THA:11 LAO>KHM:02",
    ),
    # an intransitive second verb is no act on anyone
    ("VIENTIANE", "Laos summoned Thailand's ambassador and left for Geneva.", "LAO>THA:11"),
    # its own people asked (a nationality, not "its"): advice at home, of no state
    (
        "VIENTIANE",
        "Laos summoned Thailand's ambassador and asked Lao citizens to avoid the border area.",
        "LAO>THA:11",
    ),
    (
        "NAIROBI",
        "Kenya's president met Uganda's envoy and asked Kenyan citizens to stay away from the"
        " border.",
        "KEN>UGA:04",
    ),
    # a saying with a quote after the summons: the summons only
    ("ACCRA", 'Ghana summoned Togo\'s ambassador and said: "We want answers."', "GHA>TGO:11"),
    # goods delivered are no address: the request after them is asked of no one named
    (
        "NAIROBI",
        "Kenya delivered 2,000 tonnes of maize to Uganda and asked for a new trade deal.",
        "KEN>UGA:07",
    ),
]
NOTHING: list[NearMiss] = [
    # its own envoy summoned home: no act, and no one asked
    ("VIENTIANE", "Laos summoned its own ambassador home and asked for a full report."),
    # a demand letting its own people act, with no act before it: asked of no one named
    ("LIMA", "Peru demanded that its fishermen be allowed to return home."),
]
GAPS: list[Gap] = [
    (
        "ACCRA",
        "Togolese police detained 14 Ghanaian traders in Lome on Friday, prompting Accra to"
        " summon Togo's envoy and demand that the traders be freed.",
        "TGO>GHA:17 GHA>TGO:11 GHA>TGO:10",
        "the bare infinitive 'demand' after 'summon' is tagged a noun (n.demand), no verb",
    ),
    (
        "HANOI",
        "Hanoi lodged a protest with Cambodia's embassy on Tuesday, the foreign ministry said,"
        " and asked for the names of the guards involved.",
        "VNM>KHM:11 VNM>KHM:02|10",
        "the request is parsed as joined to the parenthetical 'said', not to 'lodged'",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(ASKED_OF_THE_ADDRESSED + ONE_ACT_OR_OTHERS, NOTHING, GAPS)


def test_events_review213_bodies_are_unique() -> None:
    bodies = audit_bodies(ASKED_OF_THE_ADDRESSED + ONE_ACT_OR_OTHERS, NOTHING, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"),
    audit_params(ASKED_OF_THE_ADDRESSED + ONE_ACT_OR_OTHERS, NOTHING, GAPS),
)
def test_events_review213_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
