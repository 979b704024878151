"""Review 476 (session 69, helper IN69): officers of another state let in at work (060), and the promise or readiness to let them in (031).

Census (open sets, batteries 104/105 and news-dev, start table of session 69): 124 missed
events of root 03; of the silent ones with both actors named, a permission promised or
agreed ("was prepared to let Azerbaijani customs officers work at the station", "agreed to let
British Border Force officers join French police patrols", "promised to let Turkish firms
build", "would allow Romanian power to flow") is one form of four rows. v.allow_nationals knew
officials, diplomats and workers but not officers, so nothing was
coded. Inspectors and experts stay out: an IGO's inspectors let in yield to it (08,
test_events_gaps6), which the nationality rule would take. The people's nationality names the target, as before; told as a promise or readiness
it is the intent (03, intent_codes 06 -> 031), told done it is 06 (police or army officers let
into patrols or drills: 062). Refusals, urgings, one's own people and "foreign officers" (no
state) give no cooperation. Conditioned offers ("would let ... if Santiago lifted its ban")
are coded: the guidelines make hypothetical acts optional, not wrong.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

LET_IN: list[Case] = [
    (
        "TBILISI",
        "Georgia allowed Armenian customs officers to work at the Sadakhlo station on Monday.",
        "GEO>ARM:06",
    ),
    (
        "LIMA",
        "Peru let Chilean police officers visit the copper mine near Tacna last week.",
        "PER>CHL:06",
    ),
    (
        "LA PAZ",
        "Bolivia said Brazil would let Bolivian customs officers inspect the dam on the Madeira river.",
        "BRA>BOL:03",
    ),
    (
        "TBILISI",
        "Georgia was prepared to let Armenian customs officers work at the border station.",
        "GEO>ARM:03|06",
    ),
    (
        "MADRID",
        "Spain agreed on Monday to let Portuguese police officers join Spanish patrols on the"
        " border river.",
        "ESP>PRT:03|06",
    ),
    (
        "ACCRA",
        "Ghana promised to let Togolese customs officers work at the port of Tema.",
        "GHA>TGO:03",
    ),
]

NONE: list[NearMiss] = [
    ("TBILISI", "Georgia did not allow Armenian customs officers to work at the station."),
    ("TBILISI", "Georgia allowed its own customs officers to work at the new station."),
    ("TBILISI", "Georgia allowed foreign officers to inspect the dam on Tuesday."),
    ("TBILISI", "Georgia allowed the officers to visit the dam on Tuesday."),
]

# a refusal is the rejection (v.reject), an urging the appeal: no cooperation
OTHER: list[Case] = [
    (
        "SANTIAGO",
        "Chile refused to let Peruvian officers visit the mine at Calama.",
        "CHL>PER:12",
    ),
    (
        "SANTIAGO",
        "Chile urged Peru to let Bolivian officers visit the mine at Ilo.",
        "CHL>PER:02",
    ),
]

GAPS: list[Gap] = [
    (
        "ALGIERS",
        "Algeria promised to let Tunisian firms build solar plants in the Sahara.",
        "DZA>TUN:03",
        "a state's firms are a private party the actor stage leaves out",
    ),
    (
        "KYIV",
        "Ukraine said it would allow Romanian power to flow to Moldova.",
        "UKR>MDA:03",
        "power let through to a third state: the target is where it flows, no object's state",
    ),
]

CASES: list[Case] = LET_IN + OTHER


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review476_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review476_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
