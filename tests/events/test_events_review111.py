"""Review 111 (session 40, builder S55): people flown home by demonym, and deeds defended.

Opened set 55 missed "Jamaica flew 112 Haitians ... back to Port-au-Prince" (a state's people
named by a plural demonym alone are its nationals: v.send_nationals_home's "demonym" object,
objects._demonym_people) and "Cameroon's transport minister defended the fee" after the
protest against it (a fee, a flight, a toll, a ban defended by the state that imposed it
rejects the protest: defended_act_nouns in rules.yaml, reactions._defended_deed). A flight
from a third place is an evacuation, one's own people flown home are no other state's, and a
defence no one protested rejects no one. Armed forces that "crossed into its northern Cacheu
region" show force on another state's ground as "crossed into Ukrainian territory" does
(v.cross_border's objects: region, province, district, village, town).

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a state's people flown or sent back by demonym: deported
FLOWN: list[Case] = [
    ("BERLIN", "Germany flew 28 Afghans back to Kabul on Friday.", "DEU>AFG:17"),
]

# armed forces crossing into a named part of another state: a show of force
CROSSED: list[Case] = [
    (
        "BISSAU",
        "Guinea-Bissau summoned Senegal's ambassador on Tuesday after Senegalese troops crossed"
        " into its northern Cacheu region while pursuing gunmen.",
        "GNB>SEN:11 SEN>GNB:15",
    ),
    ("CHISINAU", "Moldovan soldiers crossed into the Odesa region of Ukraine on Sunday.", "MDA>UKR:15"),
]

# a flight, a fee defended after the protest against it: the protest rejected
DEFENDED: list[Case] = [
    (
        "KINGSTON",
        "Jamaica flew 112 Haitians who had landed on its southern coast back to Port-au-Prince"
        " on Thursday, drawing a protest from Haiti's government. Jamaica's national security"
        " minister, Everton Shakes, defended the flight, saying every passenger had been"
        " screened.",
        "JAM>HTI:17 HTI>JAM:11 JAM>HTI:12",
    ),
    (
        "NASSAU",
        "The Bahamas sent 80 Cuban migrants back to Havana on a chartered plane on Friday,"
        " drawing a protest from Cuba. The Bahamian foreign minister defended the flight on"
        " Saturday.",
        "BHS>CUB:17 CUB>BHS:11 BHS>CUB:12",
    ),
    (
        "BANGUI",
        "Cameroon began charging a fee for every truck bound for the Central African Republic"
        " on July 1. The Central African Republic summoned Cameroon's ambassador on Thursday."
        " Cameroon's transport minister defended the fee on Friday.",
        "CAF>CMR:11 CMR>CAF:12",
    ),
]

# an evacuation, one's own people, a defence no one protested: nothing
NONE: list[NearMiss] = [
    ("NEW DELHI", "India flew 300 Nepalis home from Kyiv on Friday."),
    ("TOKYO", "Japan flew 200 Japanese back home from Khartoum on Monday."),
    ("YAOUNDE", "Cameroon's transport minister defended the fee on Friday."),
    ("LIMA", "Peruvian migrants crossed into the Tacna region on Sunday."),
]

GAPS: list[Gap] = []

CASES: list[Case] = FLOWN + CROSSED + DEFENDED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review111_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review111_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
