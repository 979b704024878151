"""Vocabulary 105 (session 56, helper O81): forms set 81's opening found, in sentences of our own.

A lender's or donor's payment approved or disbursed to a state is money given, as a tranche is
(v.approve_payment: "The IMF approved a $90 million payment to Kenya"); a payment for goods or
damages, or one merely made, is not. A state asked to do something that "did so" in the next
sentence complied: it does not return the appeal (rules complied_roots in
extract._echoed_acts), while "did the same" after an expulsion still returns it. A warning of
alerts or sirens passed on is information, no threat (v.warn's hazard words), while a warning
of consequences still threatens. An agentless arrest told in an after-clause of the verb that
undoes it is the undoer's, on the ones it frees ("released six Kenyan engineers, days after
they were detained": extract._undoer_of_done, _undone_in_clause). A trip's talks held "at" a
body name it as the trip's partner, as "with" does ("flew to Vienna for talks at the OSCE":
sides._talks_partners). An act of a subordinate clause's second verb ("..., a week after Greek
officers found the drugs and arrested two Albanians") is an occasion of its own beside the main
clause's act of the pair, as one of its first verb is (extract._subordinate_occasion). A place
name the parser read as an adverb right after a verb with no object ("X, a minister,
congratulated Bridgetown(npadvmod) on the review") is the verb's object
(nlp._objects_read_as_adverbs); a date there ("met Tuesday") is not.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# patterns v.approve_payment
PAYMENT_KEPT: list[Case] = [
    ("NAIROBI", "The IMF on Tuesday approved a $90 million payment to Kenya.", "IMF>KEN:07"),
    ("LUSAKA", "The World Bank disbursed the second payment to Zambia on Monday.", "WB>ZMB:07"),
]
PAYMENT_NOT: list[NearMiss] = [
    ("BAGHDAD", "Iraq approved a $1 billion payment to Iran for gas imports."),
    ("WINDHOEK", "Germany approved the payment of compensation to Namibia."),
    ("BAGHDAD", "Iraq made a $1 billion payment to Iran on Monday."),
]

# rules complied_roots (extract._echoed_acts)
COMPLIED_KEPT: list[Case] = [
    (
        "HANOI",
        "Laos asked Cambodia to return the boats. Cambodia did so on Friday.",
        "LAO>KHM:02",
    ),
    (
        "OSLO",
        "Sweden urged Norway to lift the ban on fish imports. Norway did so a week later.",
        "SWE>NOR:02",
    ),
    (
        "HANOI",
        "Thailand expelled two Cambodian diplomats. Cambodia did the same on Friday.",
        "THA>KHM:16 KHM>THA:16",
    ),
]

# patterns v.warn (hazard words: alert, siren)
ALERT_KEPT: list[Case] = [
    ("RIGA", "Estonia warned Latvia of consequences if it closed the border.", "EST>LVA:13"),
    ("WARSAW", "Poland warned Belarus of a firm response to any border incursion.", "POL>BLR:13"),
]
ALERT_NOT: list[NearMiss] = [
    (
        "TALLINN",
        "Finnish port authorities will warn Estonian officials of missile alerts affecting"
        " ships with Estonian crews.",
    ),
    ("WARSAW", "Lithuania will warn Polish authorities of air raid sirens near the border."),
]

# extract._undoer_of_done, _undone_in_clause
UNDONE_KEPT: list[Case] = [
    (
        "NAIROBI",
        "Ugandan soldiers on Monday released six Kenyan engineers, three days after they were"
        " detained at a roadblock.",
        "UGA>KEN:08 UGA>KEN:17",
    ),
    (
        "BAMAKO",
        "Malian police freed four Senegalese traders on Friday, a week after they were arrested"
        " near the border.",
        "MLI>SEN:08 MLI>SEN:17",
    ),
    # others arrested are not the ones freed: no arrest of theirs is read
    (
        "DAKAR",
        "Malian police freed four Senegalese traders on Friday, a week after two Guinean drivers"
        " were arrested near the border.",
        "MLI>SEN:08",
    ),
]
UNDONE_NOT: list[NearMiss] = [
    (
        "NIAMEY",
        "Chadian soldiers did not release the six Nigerien engineers, three days after they were"
        " detained.",
    ),
]
UNDONE_GAPS: list[Gap] = [
    (
        "NIAMEY",
        "Chadian soldiers released the Nigerien engineers, who had been detained for a week.",
        "TCD>NER:08 TCD>NER:17",
        "a relative clause's agentless detention is not read as the releaser's",
    ),
]

# sides._talks_partners ("at")
TALKS_AT_KEPT: list[Case] = [
    (
        "QUITO",
        "Peru's foreign minister will travel on Monday to Addis Ababa for talks at the African"
        " Union.",
        "PER>AU:04",
    ),
    ("LIMA", "Chile's foreign minister flew to Vienna on Monday for talks at the OSCE.", "CHL>OSCE:04"),
    (
        "QUITO",
        "Peru's foreign minister will travel on Monday to Addis Ababa for talks with Ethiopia's"
        " president.",
        "PER>ETH:04",
    ),
    ("TEHRAN", "Iran's foreign minister flew to Moscow for talks at the Kremlin.", "IRN>RUS:04"),
    ("SANTIAGO", "Chile's foreign minister flew to Geneva on Monday for talks at a hotel.", "CHL>CHE:04"),
]

# extract._subordinate_occasion (a verb joined to the clause's first verb)
JOINED_OCCASION_KEPT: list[Case] = [
    (
        "ATHENS",
        "Greece and Albania agreed on Monday to share police data, a week after Greek officers"
        " found 300 kilos of heroin in a truck and arrested two Albanian citizens.",
        "GRC>ALB:05 ALB>GRC:05 GRC>ALB:17",
    ),
    (
        "ATHENS",
        "Greece and Albania agreed on Monday to share police data, a week after Greek officers"
        " arrested two Albanian citizens.",
        "GRC>ALB:05 ALB>GRC:05 GRC>ALB:17",
    ),
    # near miss: two acts of one clause stay as before
    (
        "ATHENS",
        "Greece expelled an Albanian diplomat and summoned Albania's ambassador on Monday.",
        "GRC>ALB:16 GRC>ALB:11",
    ),
]

# nlp._objects_read_as_adverbs
PLACE_OBJECT_KEPT: list[Case] = [
    (
        "KINGSTON",
        "Jamaica's finance minister, Marcus Whyte, congratulated Bridgetown on the review.",
        "JAM>BRB:05",
    ),
    (
        "NASSAU",
        "The Bahamas' foreign minister, Carl Pinder, thanked Port of Spain for the help.",
        "BHS>TTO:05",
    ),
]
PLACE_OBJECT_NOT: list[NearMiss] = [
    ("KINGSTON", "Jamaica's finance minister, Marcus Whyte, met Tuesday with reporters."),
    ("LIMA", "Peru's president, Ana Ruiz, returned home on Monday."),
]

CASES: list[Case] = (
    PAYMENT_KEPT
    + COMPLIED_KEPT
    + ALERT_KEPT
    + UNDONE_KEPT
    + TALKS_AT_KEPT
    + JOINED_OCCASION_KEPT
    + PLACE_OBJECT_KEPT
)
NONE: list[NearMiss] = PAYMENT_NOT + ALERT_NOT + UNDONE_NOT + PLACE_OBJECT_NOT
GAPS: list[Gap] = UNDONE_GAPS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary105_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary105_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
