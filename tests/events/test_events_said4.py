"""Said 4 (session 31, JUDGE): a state its speaker tells to have stood by the speaker's own
state is praised, each tested on sentences written here.

Coded: '"Chile has stood with Peru when others turned their backs," Peru's minister said' is
Peru's praise of Chile (v.say_stood_by, 051, stood_by_clause) beside Chile's support told in it
(v.stand_with); "us" is the speaker's state as well. Kept uncoded as praise: another state stood
by (a report of support only), a denial, a stand to come, the speaker's own stand, and a
non-state speaker. Each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

STOOD_BY_SPEAKER: list[Case] = [
    (
        "LIMA",
        '"Chile has stood with Peru when others turned their backs," Peru\'s foreign minister'
        " said.",
        "CHL>PER:05 PER>CHL:05",
    ),
    (
        "COLOMBO",
        '"Japan has stood by Sri Lanka in its hardest years," Sri Lanka\'s president told'
        " reporters.",
        "JPN>LKA:05 LKA>JPN:05",
    ),
    (
        "COLOMBO",
        "Sri Lanka's president said India had stood by Colombo in its hardest years.",
        "IND>LKA:05 LKA>IND:05",
    ),
    (
        "COLOMBO",
        '"India has stood with us from the start," Sri Lanka\'s president said.',
        "LKA>IND:05",
    ),
]

NOT_PRAISE: list[Case] = [
    # another state stood by: Chile's support only
    (
        "LIMA",
        "Peru's foreign minister said Chile had stood with Bolivia in the dispute.",
        "CHL>BOL:05",
    ),
    # a stand to come is a promise told, no praise
    (
        "LIMA",
        "Peru's foreign minister said Chile would stand with Peru if the dispute went to court.",
        "CHL>PER:03",
    ),
    # a non-state speaker
    ("LIMA", "A Lima historian said Chile had stood with Peru in the war.", "CHL>PER:05"),
    # the speaker's own stand
    ("LIMA", "The United States said it stood with its ally Peru.", "USA>PER:05"),
]

NONE: list[NearMiss] = [
    ("LIMA", "Peru's foreign minister said Chile had not stood with Peru in the dispute."),
    ("LIMA", '"Peru has always stood with its neighbors," Peru\'s foreign minister said.'),
]

GAPS: list[Gap] = [
    (
        "COLOMBO",
        '"Japan has stood by Sri Lanka in its hardest years, and we have not forgotten it," Sri'
        " Lanka's president told reporters.",
        "JPN>LKA:05 LKA>JPN:05",
        "a quoted clause joined to a second one before 'told reporters': the parse gives"
        " 'told' no reported clause that holds 'stood' (with 'said' it does)",
    ),
]
CASES = STOOD_BY_SPEAKER + NOT_PRAISE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_said4_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_said4_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
