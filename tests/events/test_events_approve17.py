"""Approvals of a deal told far back whose sentence goes on about something else (session 17).

CONTRAST: a reaction to "the agreement" told only in the story's lead ("France welcomed the
agreement, while the European Union said it would fund border crossings") answers the deal's
signers although a clause set against it (while, whereas: contrast_marks) names another
actor: that clause is a second statement, not a party to the reaction. A clause of another
kind ("after Bolivia signed ...") still keeps the reaction from reaching back.
JOINED: a verb joined to the reaction ("welcomed the treaty but repeated its opposition to
any road through Armenia") keeps only the deal's authors it names when it names them as
parties ("... and warned Yerevan", "... and called on Baku"), not when a name only sits in a
phrase of one of its nouns ("a road through Armenia").
COMMITMENT: a verb that tells "the agreement" by its own word but commits its subjects to
do something about the deal named by a noun ("agreed to act as guarantors of the accord") is
no telling of the deal: the signers told before stay its authors.
RELATIVE: an act of the pair told in a relative clause on the source ("The EU, which signed
its own memorandum with Tunisia in 2023, welcomed the agreement") is another occasion than
the main verb's act of the same root, so both are coded; two acts of one root in main
clauses stay one event.
OUTCOME: "the outcome" sums up the deed just told as "the move" does (deed_nouns).
PARTNER: the state a with-phrase names on a verb of an act family made the act too ("Zambia
reached a debt deal with France", "Ghana has agreed with Nigeria to reopen the border"); a
with-phrase naming a view ("agreed with the findings") tells no deal at all.
SIDES: an appeal with no target ("The United States urged restraint") after another third
party's appeal to two or more states is made to the same states.
KIN: a pronoun owner ("our", "its") of a noun whose demonym names a state ("We thank our
Togolese brothers", "stands with our Philippine allies") says only whose friends they are:
the target is the demonym's state, for a plural membership noun too.
COUNTED: "both donors", "the two lenders", "both mediators" stand for the set of states
named before, as "both countries" does; "the donors" uncounted stands for no one.
The deal is told in the lead and the reaction many sentences later (FILLER), so that no
nearer use of the noun names its authors. Each row is (dateline, body, expected events of
the whole body as "SRC>TGT:RR"). Every sentence was written for this file; none is copied
from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# sentences with no actor, to put the reaction beyond any nearer telling of the deal
FILLER = (
    " The ceremony lasted about an hour. Several speeches were given in the main hall."
    " Hundreds of guests attended. Rain fell for most of the afternoon. Crowds waited"
    " outside the gates. A band played in the square. Schools closed early. Many shops"
    " stayed open late. Traffic was heavy on the ring road."
)

CONTRAST: list[Case] = [
    (
        "ABU DHABI",
        "Armenia and Azerbaijan signed a peace treaty on Tuesday." + FILLER + " France welcomed"
        " the agreement, while the European Union said it would fund border crossings.",
        "ARM>AZE:05 AZE>ARM:05 FRA>ARM:05 FRA>AZE:05",
    ),
    (
        "TIRANA",
        "Albania and Kosovo signed an energy pact on Monday." + FILLER + " Italy praised the"
        " pact, while Serbia said it had not been consulted.",
        "ALB>XKX:05 XKX>ALB:05 ITA>ALB:05 ITA>XKX:05",
    ),
    (
        "LIMA",
        "Peru and Chile signed a fisheries accord on Friday." + FILLER + " Ecuador's foreign"
        " ministry welcomed the accord, whereas Bolivia said it would study the text.",
        "PER>CHL:05 CHL>PER:05 ECU>PER:05 ECU>CHL:05",
    ),
    (
        "SEOUL",
        "South Korea and Japan signed an intelligence-sharing deal on Monday." + FILLER + " The"
        " White House hailed the deal, while Beijing warned that it would raise tensions.",
        "KOR>JPN:05 JPN>KOR:05 USA>KOR:05 USA>JPN:05",
    ),
]

# a commitment about the deal told between ("agreed to act as guarantors of the accord") is
# no telling of "the agreement": the deal's signers remain its authors
COMMITMENT: list[Case] = [
    (
        "PARIS",
        "Armenia and Azerbaijan signed a peace treaty on Tuesday." + FILLER + " The United"
        " States and the UAE agreed to act as guarantors of the accord. France welcomed the"
        " agreement, while the European Union said it would fund border crossings.",
        "ARM>AZE:05 AZE>ARM:05 USA>ARM:03 USA>AZE:03 ARE>ARM:03 ARE>AZE:03 FRA>ARM:05 "
        "FRA>AZE:05",
    ),
    (
        "OTTAWA",
        "Ethiopia and Eritrea signed a border accord on Monday." + FILLER + " Kenya and Uganda"
        " agreed to help monitor the accord. Canada praised the agreement.",
        "ETH>ERI:05 ERI>ETH:05 CAN>ETH:05 CAN>ERI:05",
    ),
]

CONTRAST_KEPT: list[Case] = [
    # a clause of time, not of contrast: which deal is meant is not said
    (
        "QUITO",
        "Peru and Chile signed a border accord on Friday." + FILLER + " Ecuador welcomed the"
        " accord after Bolivia said it would join the talks.",
        "PER>CHL:05 CHL>PER:05",
    ),
]

JOINED: list[Case] = [
    (
        "TEHRAN",
        "Armenia and Azerbaijan signed a peace treaty on Tuesday." + FILLER + " Iran welcomed"
        " the treaty but repeated its opposition to any road through Armenia run by foreign"
        " troops.",
        "ARM>AZE:05 AZE>ARM:05 IRN>ARM:05 IRN>AZE:05",
    ),
    (
        "BERLIN",
        "Serbia and Hungary signed a gas pipeline agreement on Monday." + FILLER + " Germany"
        " praised the agreement and stressed the need for more links to Hungary's neighbors.",
        "SRB>HUN:05 HUN>SRB:05 DEU>SRB:05 DEU>HUN:05",
    ),
    # the joined verb names one author as a party: only that one
    (
        "MOSCOW",
        "Armenia and Azerbaijan signed a transit treaty on Tuesday." + FILLER + " Russia"
        " criticized the treaty and warned Yerevan.",
        "ARM>AZE:05 AZE>ARM:05 RUS>ARM:11 RUS>ARM:13",
    ),
]

# an act of the pair told in a relative clause on the source is another occasion than the
# main verb's act of the same root: both are coded
RELATIVE: list[Case] = [
    (
        "BRUSSELS",
        "Italy and Tunisia signed a migration deal on Wednesday. The European Commission, which"
        " signed its own memorandum with Tunisia in 2023, welcomed the agreement.",
        "ITA>TUN:05 TUN>ITA:05 EU>TUN:05 EU>TUN:05 EU>ITA:05",
    ),
    (
        "ANKARA",
        "Armenia and Azerbaijan signed a peace treaty on Tuesday. Turkey, which backed"
        " Azerbaijan in the 2020 war, praised both leaders.",
        "ARM>AZE:05 AZE>ARM:05 TUR>AZE:05 TUR>AZE:05 TUR>ARM:05",
    ),
    (
        "TOKYO",
        "North Korea fired a missile on Friday, drawing protests from Japan, which called the"
        " launch a threat to peace.",
        "JPN>PRK:11 JPN>PRK:11",
    ),
    (
        "NEW DELHI",
        "India, which has criticized Pakistan for years, accused Islamabad of sheltering"
        " militants on Tuesday.",
        "IND>PAK:11 IND>PAK:11",
    ),
]

# two acts of one root in main clauses, or the relative clause on the target: one event
RELATIVE_ONE: list[Case] = [
    ("PARIS", "France praised Germany and thanked Berlin for its help.", "FRA>DEU:05"),
    ("PARIS", "France praised Germany, which it thanked for its help.", "FRA>DEU:05"),
    # an encounter in the relative clause is the same occasion as the main one
    (
        "ANKARA",
        "The Dutch foreign minister, who flew in on Monday for a two-day visit, met Erdogan.",
        "NLD>TUR:04",
    ),
]

# "the outcome" sums up the deed just told, as "the move" does (deed_nouns)
OUTCOME: list[Case] = [
    (
        "KIGALI",
        "Hungary vetoed new EU sanctions on Rwanda on Tuesday. Rwanda welcomed the outcome.",
        "HUN>EU:12 RWA>HUN:05",
    ),
    (
        "ANKARA",
        "Russia vetoed a Security Council resolution on Cyprus on Wednesday. Turkey welcomed the"
        " outcome.",
        "RUS>UN:12 TUR>RUS:05",
    ),
    (
        "BERLIN",
        "Iran and the IAEA agreed on a new inspection plan on Monday. Germany welcomed the"
        " outcome.",
        "IRN>IAEA:05 IAEA>IRN:05 DEU>IRN:05 DEU>IAEA:05",
    ),
    (
        "DAKAR",
        "The African Union suspended Mali on Friday. Senegal criticized the outcome.",
        "AU>MLI:16 SEN>AU:11",
    ),
]

# the partner a with-phrase names made the deal too ("reached a deal with France")
PARTNER: list[Case] = [
    (
        "LUSAKA",
        "Zambia reached a debt deal with France and Germany on Monday. The World Bank welcomed"
        " the deal.",
        "ZMB>FRA:05 ZMB>DEU:05 WB>ZMB:05 WB>FRA:05 WB>DEU:05",
    ),
    (
        "ACCRA",
        "Ghana has agreed with Nigeria to reopen the border crossing at Seme, the foreign"
        " ministry said on Friday. The African Union hailed the agreement.",
        "GHA>NGA:05 AU>GHA:05 AU>NGA:05",
    ),
    (
        "BAKU",
        "Azerbaijan signed a transit accord with Georgia on Friday. Officials said the text ran"
        " to 40 pages. Turkey praised the accord.",
        "AZE>GEO:05 TUR>AZE:05 TUR>GEO:05",
    ),
    (
        "HANOI",
        "Vietnam held naval exercises with India in the South China Sea. China criticized the"
        " drills.",
        "VNM>IND:06 CHN>VNM:11 CHN>IND:11",
    ),
]

# an appeal with no target of its own after another third party's appeal to two states is
# made to the same two, whatever their quarrel
SIDES: list[Case] = [
    (
        "THE HAGUE",
        "The World Court drew a new sea border between Gabon and Cameroon on Wednesday. The"
        " African Union urged both governments to respect the ruling. The United States urged"
        " restraint.",
        "AU>GAB:02 AU>CMR:02 USA>GAB:02 USA>CMR:02",
    ),
    (
        "BRASILIA",
        "Brazil urged Peru and Ecuador to settle their border quarrel through talks. Argentina"
        " called for calm.",
        "BRA>PER:02 BRA>ECU:02 ARG>PER:02 ARG>ECU:02",
    ),
    # an appeal to one state only, and an appeal by one of the two sides: answer nothing
    (
        "BUENOS AIRES",
        "Brazil urged Peru to release the detained fishermen. Argentina called for calm.",
        "BRA>PER:02",
    ),
    (
        "QUITO",
        "Brazil urged Peru and Ecuador to settle their river quarrel through talks. Ecuador"
        " called for calm.",
        "BRA>PER:02 BRA>ECU:02",
    ),
]

# a pronoun owner ("our", "its") of a noun whose demonym names a state only says whose
# friends they are: the demonym's state is the target; a plural membership noun names the
# one state its demonym names too ("our Indonesian friends", not "its Arab neighbours")
KIN: list[Case] = [
    (
        "ABIDJAN",
        '"We thank our Togolese brothers for their help," Ivorian Foreign Minister Kouadio said'
        " on Monday.",
        "CIV>TGO:05",
    ),
    (
        "KUALA LUMPUR",
        '"We congratulate our Indonesian friends on this agreement," Malaysian Trade Minister'
        " Aziz said.",
        "MYS>IDN:05",
    ),
    (
        "MANILA",
        'The U.S. ambassador wrote that Washington "stands with our Philippine allies" after'
        " the collision.",
        "USA>PHL:05",
    ),
    (
        "ROME",
        '"We will stand with our Ukrainian friends," Italian Prime Minister Rossi said on Friday.',
        "ITA>UKR:03",
    ),
    ("NAIROBI", "Kenya thanked its Ugandan brothers for their support.", "KEN>UGA:05"),
    ("WARSAW", "Poland praised its Lithuanian allies on Monday.", "POL>LTU:05"),
]


# a counted role noun ("both donors", "the two lenders", "both mediators") stands for the
# set of states named before, as "both countries" does (plurals.yaml)
COUNTED: list[Case] = [
    (
        "LUANDA",
        "Britain and Japan pledged $38 million to Angola on Wednesday. Angola thanked both donors.",
        "GBR>AGO:03 JPN>AGO:03 AGO>GBR:05 AGO>JPN:05",
    ),
    (
        "LILONGWE",
        "China and India agreed to restructure Malawi's loans. Malawi thanked the two lenders.",
        "CHN>MWI:03 IND>MWI:03 MWI>CHN:05 MWI>IND:05",
    ),
    (
        "JERUSALEM",
        "Egypt and Qatar brokered a truce in Gaza. Israel praised both mediators.",
        "ISR>EGY:05 ISR>QAT:05",
    ),
    # uncounted, "the donors" may be anyone
    (
        "MAPUTO",
        "Britain and Japan pledged $40 million to Mozambique on Friday. Mozambique thanked the"
        " donors.",
        "GBR>MOZ:03 JPN>MOZ:03",
    ),
]


NONE: list[NearMiss] = [
    # no deal told: a reaction to nothing
    ("PARIS", "France welcomed the agreement, while the European Union said it would fund it."),
    ("TEHRAN", "Iran welcomed the treaty but repeated its opposition to any road through Armenia."),
    # an outcome of nothing coded, or of an act the noun names itself
    ("LONDON", "Voters in Chile went to the polls on Sunday. Britain welcomed the outcome."),
    ("GENEVA", "Britain welcomed the outcome of the climate talks."),
    # a pronoun owner of a state's own people, a demonym of no one state, a bloc, a client
    # (a bloc's members as a group, "its NATO allies", are the IGO only as an optional event
    # in the gold, convention 1 of "Conventions decided (session 63)" in tests/gold/README.md:
    # left uncoded, which costs nothing)
    ("ROME", '"We will protect our Italian citizens abroad," Italian Prime Minister Rossi said.'),
    ("CAIRO", "Egypt thanked its Arab neighbours for their support."),
    ("ANKARA", "Turkey praised its NATO allies."),
    # gratitude told as only to come is no pledge and no thanks yet (v.grateful no_intent)
    (
        "NIAMEY",
        "Niger's foreign minister said his country would always be grateful to our Chadian"
        " brothers.",
    ),
    # counted donors with no set of states named before
    ("LUANDA", "Angola thanked both donors for the new school."),
    # agreeing with a view makes no deal (claim_nouns, content_nouns)
    ("STOCKHOLM", "Norway agreed with the findings of the panel. Sweden welcomed the agreement."),
    (
        "ABUJA",
        "Ghana agreed with the assessment of Nigeria's central bank. The African Union welcomed"
        " the agreement.",
    ),
]

GAPS: list[Gap] = []

CASES = (
    CONTRAST
    + COMMITMENT
    + CONTRAST_KEPT
    + JOINED
    + RELATIVE
    + RELATIVE_ONE
    + OUTCOME
    + PARTNER
    + SIDES
)


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_approve17_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_approve17_codes_approvals_of_far_deals(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
