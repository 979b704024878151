"""Vocabulary 25 (session 21, builder GL): forms other builders found and left.

Coded: a verb joined after a denial is an act of its own when the parser tags it a
participle ("denied the charge and accused Pakistani troops of ..."): a past tense with a
noun for object governs no conjunct (parties._own_conjunct), as "disputed the charge and"
already did. Talks mediated by a third state that a step followed ("reopened the bridge after
talks mediated by Brazil") make the step's subjects the sides (mediated_host_verbs), as
"signed the deal after talks mediated by" did. Each row is (dateline, body, expected events
of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

DENIALS_JOINED: list[Case] = [
    (
        "KABUL",
        "Afghanistan denied the charge and accused Pakistani troops of crossing the border.",
        "AFG>PAK:11",
    ),
    (
        "KABUL",
        "Afghanistan denied the report and accused Pakistani troops of crossing the border.",
        "AFG>PAK:11",
    ),
    (
        "ADDIS ABABA",
        "Ethiopia denied the report and accused Eritrean troops of looting the town.",
        "ETH>ERI:11",
    ),
    (
        "TBILISI",
        "Georgia denied the charge and condemned Russian troops for moving the fence.",
        "GEO>RUS:11",
    ),
    # kept (the parser reads these verbs as past tenses already)
    (
        "BAKU",
        "Azerbaijan denied the charge and accused Armenian forces of shelling its positions.",
        "AZE>ARM:11 ARM>AZE:19",
    ),
]

# kept: the denial still governs its own gerunds (a denial, no attack), a refusal its
# infinitive (a rejection, no accusation)
DENIALS_KEPT: list[Case] = [
    (
        "KABUL",
        "Afghanistan denied attacking Pakistani posts and shelling their villages.",
        "AFG>PAK:12",
    ),
    ("MINSK", "Belarus refused to accuse Poland of arming the opposition.", "BLR>POL:12"),
]

# near-misses: an accusation denied in a that-clause
DENIALS_NONE: list[NearMiss] = [
    ("CARACAS", "Venezuela denied that it had accused Guyana of anything."),
]

MEDIATED_STEPS: list[Case] = [
    (
        "BOGOTA",
        "Colombia and Venezuela reopened the bridge on Monday after talks mediated by Brazil.",
        "BRA>COL:04 BRA>VEN:04 COL>VEN:04 VEN>COL:04",
    ),
    (
        "NAIROBI",
        "Ethiopia and Eritrea withdrew troops from the border following negotiations brokered "
        "by Kenya.",
        "KEN>ETH:04 KEN>ERI:04 ETH>ERI:04 ERI>ETH:04",
    ),
    (
        "CAIRO",
        "Israel and Hamas extended the truce after talks mediated by Egypt.",
        "EGY>ISR:04 EGY>PSE:04 ISR>PSE:04 PSE>ISR:04",
    ),
    # kept: a step agreed on is the agreeing clause's
    (
        "LIMA",
        "Peru and Chile agreed to reopen the border after talks mediated by Brazil.",
        "PER>CHL:05|03 CHL>PER:05|03 BRA>PER:04 BRA>CHL:04",
    ),
]

# near-misses: a bystander's reaction, a planned step
MEDIATED_NONE: list[NearMiss] = [
    ("TEHRAN", "Iran criticized the talks mediated by Qatar."),
    ("MUSCAT", "Iran will reopen the crossing after talks mediated by Oman."),
]

NONE: list[NearMiss] = DENIALS_NONE + MEDIATED_NONE
GAPS: list[Gap] = []
CASES = DENIALS_JOINED + DENIALS_KEPT + MEDIATED_STEPS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary25_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary25_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
