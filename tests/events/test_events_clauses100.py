"""Clauses 100 (session 69, SA69): an offer or pledge naming no one, joined after a talk,
"called his Somali counterpart and proposed talks in Nairobi".

An appeal (02, 10) or a complaint (11) with no target of its own, joined bare after a talk or
another address, was already made to whom the talk was with (extract._after_talk,
talk_sequel_roots, talk_complaint_roots). An offer, pledge or proposal (03) told so is made to
that partner too (rules talk_offer_roots): what one offers in a call is offered to the one
called. With it, a parse repair: "and proposed talks" read as a noun ("talks", a conjunct of
"called") with "proposed" its modifier is restored as the second verb with its object
(nlp._verbs_read_as_conjoined_nouns; a noun is never the conjunct of a verb).

Near misses: another doer ("and Ethiopia proposed talks"), a negated offer, an offer naming
its own receiver ("offered Uganda help": Uganda's, as before), and a judgement joined after a
meeting ("condemned the attack on a Nigerian town": no complaint to the partner).

Strict gap: "received the Bolivian foreign minister and promised to reopen the border":
"receive" is no verb of a talk or address (talk_verbs, talk_address_verbs), and the host
reading of a reception is left as it is.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "NAIROBI",
        "Kenya's foreign minister called his Somali counterpart on Monday and proposed talks in "
        "Nairobi.",
        "KEN>SOM:04 KEN>SOM:03",
    ),
    (
        "ACCRA",
        "Ghana's foreign minister met his Togolese counterpart and offered help with the floods.",
        "GHA>TGO:04 GHA>TGO:03",
    ),
    (
        "HANOI",
        "Vietnam's premier telephoned his Lao counterpart and pledged to send engineers.",
        "VNM>LAO:04 VNM>LAO:03",
    ),
    # ... near misses: another doer, a negated offer, an offer with its own receiver
    (
        "MOMBASA",
        "Kenya's minister called his Somali counterpart and Ethiopia proposed talks in Addis "
        "Ababa.",
        "KEN>SOM:04",
    ),
    (
        "KISUMU",
        "Kenya's minister called his Somali counterpart but did not propose talks.",
        "KEN>SOM:04",
    ),
    (
        "ELDORET",
        "Kenya's minister called his Somali counterpart and offered Uganda help with the floods.",
        "KEN>SOM:04 KEN>UGA:03",
    ),
    # ... a judgement after a meeting names no complaint to the partner
    (
        "KUMASI",
        "Ghana's minister met his Togolese counterpart and condemned the attack on a Nigerian "
        "town.",
        "GHA>TGO:04",
    ),
]
NONE: list[NearMiss] = [
    ("TAMALE", "The farmers met the traders and proposed new prices."),
]
GAPS: list[Gap] = [
    (
        "LIMA",
        "Peru's president received the Bolivian foreign minister and promised to reopen the "
        "border crossing at Desaguadero.",
        "PER>BOL:04 PER>BOL:03",
        "receive is no verb of a talk or address (talk_verbs, talk_address_verbs)",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses100_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_clauses100_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
