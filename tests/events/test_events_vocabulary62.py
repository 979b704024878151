"""Vocabulary 62 (session 40, builder OBJ2): goods, forces and names the object lists lacked.

The census of missed events in silent development sentences (``newsgraph eval --blocked``) puts
``object-unmatched`` first: a trigger verb is there, but its object is not among the pattern's
object words. Three meaning classes the CAMEO codebook supports were short:

- relief goods (070/073): medical, shelter and farm goods ("sent ventilators and water
  purifiers", "flew a field hospital", "provided fertilizer") are aid as food and tents are;
- armed forces (154): gendarmes and commandos deployed or massed are armed forces as troops
  are (a gendarmerie belongs to the armed forces where it serves; police and border guards
  stay out, as v.reinforce_border keeps them), and sent to a state they are aid as troops are;
- information (064): the names or identities of people in a case, and coordinates, handed to
  another state are information shared (v.share_names, v.share_intel), but not the name of an
  envoy or nominee put forward.

Near misses keep what changes the sense uncoded: a note or a message sent, police deployed,
a list of demands, a candidate's name, "seeds of doubt".

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# medical, shelter and farm goods sent are relief (07)
RELIEF_GOODS: list[Case] = [
    ("KINGSTON", "Japan sent 40 ventilators to Jamaica on Monday.", "JPN>JAM:07"),
    ("KINGSTON", "Japan flew water purifiers to Jamaica on Monday.", "JPN>JAM:07"),
    ("KINGSTON", "Japan sent tarpaulins and mattresses to Jamaica on Monday.", "JPN>JAM:07"),
    ("LIMA", "The United States flew a field hospital to Peru on Tuesday.", "USA>PER:07"),
    ("HARARE", "Zambia sent 5,000 bags of fertilizer to Zimbabwe.", "ZMB>ZWE:07"),
    ("DHAKA", "India shipped oxygen concentrators to Bangladesh on Friday.", "IND>BGD:07"),
]

# gendarmes and commandos: deployed at a border or state (15), sent to a state (07, as troops)
FORCES: list[Case] = [
    ("YAOUNDE", "Cameroon deployed 200 gendarmes to the border with Chad on Monday.", "CMR>TCD:15"),
    ("YAOUNDE", "Cameroon deployed commandos to the border with Chad on Monday.", "CMR>TCD:15"),
    ("NIAMEY", "Niger moved 300 gendarmes to its border with Mali on Sunday.", "NER>MLI:15"),
    ("YAOUNDE", "Cameroon sent 200 gendarmes to Chad on Monday.", "CMR>TCD:07"),
]

# names, identities and coordinates handed to another state are information shared (06)
NAMES: list[Case] = [
    ("AMMAN", "Jordan gave Saudi Arabia the names of the smugglers on Monday.", "JOR>SAU:06"),
    (
        "AMMAN",
        "Jordan shared the names of the suspects with Saudi Arabia on Monday.",
        "JOR>SAU:06",
    ),
    ("NAIROBI", "Rwanda passed the identities of the attackers to Kenya.", "RWA>KEN:06"),
    ("AMMAN", "Jordan gave Saudi Arabia the coordinates of the camp on Monday.", "JOR>SAU:06"),
]

# an object that changes the sense: nothing coded
NONE: list[NearMiss] = [
    ("KINGSTON", "Japan sent a message to Jamaica on Monday."),
    ("KINGSTON", "Japan sent seeds of doubt to Jamaica on Monday."),
    ("YAOUNDE", "Cameroon deployed police officers to the border with Chad on Monday."),
    ("YAOUNDE", "Cameroon deployed border guards to the frontier with Chad on Monday."),
    ("AMMAN", "Jordan gave Saudi Arabia a list of demands on Monday."),
    ("AMMAN", "Jordan gave Saudi Arabia the name of its new ambassador on Monday."),
    ("AMMAN", "Jordan sent Saudi Arabia the name of its candidate for the post on Monday."),
    ("AMMAN", "Jordan gave the new bridge the name of King Salman on Monday."),
]

GAPS: list[Gap] = [
    (
        "AMMAN",
        "Jordan gave Saudi Arabia a list of the suspects on Monday.",
        "JOR>SAU:06",
        "'list' is no information noun ('a list of demands' is no sharing); the list's content"
        " is not read",
    ),
]

CASES: list[Case] = RELIEF_GOODS + FORCES + NAMES


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary62_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary62_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
