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
        "ARM>AZE:05 AZE>ARM:05 FRA>ARM:05 FRA>AZE:05",
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
]

NONE: list[NearMiss] = [
    # no deal told: a reaction to nothing
    ("PARIS", "France welcomed the agreement, while the European Union said it would fund it."),
    ("TEHRAN", "Iran welcomed the treaty but repeated its opposition to any road through Armenia."),
]

GAPS: list[Gap] = []

CASES = CONTRAST + COMMITMENT + CONTRAST_KEPT + JOINED + RELATIVE + RELATIVE_ONE


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
