"""Context 195 (session 67, A67): a door shut with no place named is the dateline state's.

"LA PAZ — An IAEA team arrived in La Paz last week. The team was refused entry to one
laboratory": an agentless refusal of entry or access read its doer only from a to/into state
(sides._entered_states) or a place held by one state (extract._held_places), so a door shut
"to one laboratory", "to two polling stations" had no source. The dateline's state shut it
(sides._dateline_door) when it is the one state the story names before the sentence besides
the kept-out's own. An expert team kept out refuses international involvement (1246), as
inspectors and monitors did (v.deny_entry's refine words gain team and expert).

Near misses: a dateline state the story does not name ("GENEVA —"), a second state named
before (which of the two shut it is not said), access to people (consular access, another
pattern's), the kept-out's own dateline, a trip put off (160, but no door: rules door_words).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "LA PAZ",
        "An IAEA team arrived in La Paz last week. The team was refused entry to one laboratory "
        "on Tuesday.",
        # the team's arrival is the IAEA's visit (session 66's decision 2; review496)
        "IAEA>BOL:04 BOL>IAEA:12",
    ),
    (
        "TEHRAN",
        "Iran agreed to new inspections last month. A team of IAEA inspectors was denied access "
        "to the Fordow site on Sunday.",
        "IRN>IAEA:12",
    ),
    (
        "MINSK",
        "Belarus said the border would stay open. A Lithuanian delegation was refused entry on "
        "Tuesday.",
        "BLR>LTU:16",
    ),
    (
        "HARARE",
        "Zimbabwe invited African Union observers for the vote. An AU observer team was refused "
        "access to two polling stations on Saturday.",
        "ZWE>AU:03 ZWE>AU:12",
    ),
    (
        "BISSAU",
        "The WHO accused Guinea-Bissau of hiding data. The dispute came a day after a WHO team "
        "was refused access to two treatment centres in the islands.",
        "WHO>GNB:11 GNB>WHO:12",
    ),
    # access to people stays consular access (v.refuse_consular_access), no door
    (
        "KABUL",
        "Afghanistan detained two Pakistani traders. A Pakistani consul was refused access to "
        "the men on Friday.",
        "AFG>PAK:17 AFG>PAK:12",
    ),
    # ... not a dateline state the story does not name, nor one of two states named before
    (
        "GENEVA",
        "The WHO said it had asked Syria for data. A WHO team was refused access to two clinics "
        "on Tuesday.",
        "WHO>SYR:02",
    ),
    (
        "BEIRUT",
        "Lebanon and Israel traded fire on Monday. A U.N. team was refused access to the border "
        "area on Tuesday.",
        "LBN>ISR:19 ISR>LBN:19",
    ),
    # ... nor a 160 that shuts no door (v.cancel_engagement's trip put off)
    (
        "MEXICO CITY",
        "Mexico criticized Spain's refusal to apologize. The minister said his trip to Madrid "
        "had been postponed.",
        "MEX>ESP:11",
    ),
]
NONE: list[NearMiss] = [
    # the kept-out's own dateline; a dateline the body never names
    ("YEREVAN", "Armenia hosted the talks. An Armenian lawmaker was refused entry on Monday."),
    ("GENEVA", "A team of WHO experts was refused access to two clinics on Tuesday."),
]
GAPS: list[Gap] = [
    (
        "LA PAZ",
        "An IAEA mission arrived in Bolivia last week. The mission was refused entry to one "
        "laboratory on Tuesday.",
        "IAEA>BOL:04 BOL>IAEA:12",
        "'the mission' named again resolves to no IGO (S66 dropped it as a guest noun)",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context195_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_context195_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
