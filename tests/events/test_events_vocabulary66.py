"""Vocabulary 66 (session 44, lead): the heads of a state's armed services as titles, and
praise told by the manner of speaking.

"Lebanon's army commander", "the Pakistani navy chief", "the Libyan military commander": the
actor stage read only "Lebanon's army" (a group, role MIL) and left the head noun out, so a
pattern that wants a person ("received", "welcomed", v.host) found none. The service heads
are titles now (data/actors/offices.yaml, MIL: army/navy/naval/air force/military/coast guard
+ chief/commander), as "army chief" already was. Found on a miss of a development set (its
sentence is not used here).
"spoke highly of Togo's role", "spoke warmly of the people of ...": praise (051) told by
the manner of speaking (v.speak_highly, feeling_manner), found by a probe of new sentences.
Near misses: a commander with no state named, a rebel group's commander, a host receiving
its own state's commander; speaking of a state with no manner or an angry one.

Every sentence was written for this file; each row is (dateline, body, expected events of
the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("CAIRO", "Egypt's president received Sudan's army commander in Cairo on Monday.", "EGY>SDN:04"),
    ("CAIRO", "Egypt's president hosted the Libyan military commander on Monday.", "EGY>LBY:04"),
    ("DOHA", "Qatar's emir welcomed the Pakistani navy chief to Doha on Sunday.", "QAT>PAK:04"),
    (
        "MANILA",
        "The Philippine coast guard commander accused China on Friday of ramming a supply boat"
        " near the shoal.",
        "PHL>CHN:11",
    ),
    ("ANKARA", "Turkey's air force commander met his Azerbaijani counterpart in Baku.", "TUR>AZE:04"),
    ("ACCRA", "Ghana's president spoke highly of Togo's role in the border talks.", "GHA>TGO:05"),
    ("LUSAKA", "Zambia's president spoke warmly of the people of Malawi on Monday.", "ZMB>MWI:05"),
]

NONE: list[NearMiss] = [
    ("CAIRO", "Egypt's president received the army commander on Monday."),
    ("CAIRO", "Egypt's president received a commander of a Sudanese rebel group on Monday."),
    ("ABUJA", "Nigeria's president received the Nigerian navy chief at his residence."),
    ("ACCRA", "Ghana's president spoke of Togo's role in the border talks."),
    ("ACCRA", "Ghana's president spoke angrily of Togo's decision to close the border."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary66_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary66_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
