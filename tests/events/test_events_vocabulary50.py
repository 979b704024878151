"""Event vocabulary, fiftieth set (session 33, NOCODE): another state's craft let into or
through one's ports, waters or roads (v.allow_ships, 060; 062 for warships), the mirror of
v.not_allow_ships (163): "Oman allowed Indian warships to dock at Duqm", "agreed to let
Senegalese trucks use a second weighing station". The allowed craft of a bare infinitive
after "let" is the verb's object as the to-infinitive's is (objects._object_candidates: "let
British warships refuel", which the tagger may read as VBP).

Same harness as test_events_vocabulary9.py: each body must code exactly the listed
"SRC>TGT:RR" events ("a|b" accepts either root). Every sentence is invented. NONE holds
near-misses that must code nothing; GAPS are expected failures with their reason.
"""

from __future__ import annotations

import pytest

from audit_cases import (
    audit_bodies,
    audit_params,
    code_audit,
    matches,
)  # tests/events/, on sys.path through conftest

# (dateline, body, expected events)
CASES: list[tuple[str, str, str]] = [
    ("MUSCAT", "Oman allowed Indian warships to dock at Duqm.", "OMN>IND:06"),
    ("MUSCAT", "Oman let British warships refuel at Duqm last week.", "OMN>GBR:06"),
    (
        "ABIDJAN",
        "Ivory Coast allowed Ghanaian fishing boats to land their catch at San Pedro.",
        "CIV>GHA:06",
    ),
    # pledged: an intent (03)
    (
        "BANJUL",
        "Gambia agreed to let Senegalese trucks use a second weighing station.",
        "GMB>SEN:03",
    ),
    ("MUSCAT", "Oman will also let British warships refuel at the port of Duqm.", "OMN>GBR:03"),
    # refused: the ban as before (v.not_allow_ships, 163)
    ("MUSCAT", "Oman will not allow Indian warships to dock at Duqm.", "OMN>IND:16"),
]

# (dateline, body): near-misses that must code nothing
NONE: list[tuple[str, str]] = [
    # the state's own craft, or people rather than craft
    ("MUSCAT", "Oman allowed its own ships to dock at Duqm."),
    ("MUSCAT", "Oman allowed Indian tourists to visit Duqm."),
    # only possible
    ("MUSCAT", "Oman could allow Indian warships to dock at Duqm."),
    # craft of no state
    ("MUSCAT", "Oman let the cargo ships dock at Duqm after the storm."),
    # aid let in is humanitarian access, another pattern's (v.allow_access)
    ("CAIRO", "Egypt allowed Qatari aid trucks to enter Gaza."),
]

# (dateline, body, expected, reason): expected failures
GAPS: list[tuple[str, str, str, str]] = [
    # "Peruvian customs will also let sealed Bolivian cargo pass": closed in session 65
    # (nlp._subjects_read_as_compounds), see test_events_vocabulary132
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary50_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary50_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near-miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
