"""Vocabulary 128 (session 63, V63): a state said to push its troubles onto others.

'"Chile is exporting its problem to Peru," the minister said', "said Colombia was dumping
its crisis on Ecuador": a state said to export or dump its own problems, crisis or
instability on another is blamed for them (111, v.say_exports_problems: the speaker at the
clause's subject). The verb and the trouble noun must meet in the clause: goods exported, a
crisis that spreads by itself, a future or a denial judge nothing.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest
from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "TEGUCIGALPA",
        '"Nicaragua is exporting its problem to Honduras," the Honduran minister said.',
        "HND>NIC:11",
    ),
    (
        "QUITO",
        "Ecuador's president said Colombia was exporting its crisis to Ecuador.",
        "ECU>COL:11",
    ),
    (
        "PORT-AU-PRINCE",
        "Haiti's foreign minister said the Dominican Republic was dumping its problems on Haiti.",
        "HTI>DOM:11",
    ),
    (
        "NAIROBI",
        "The Kenyan minister told reporters that Somalia was exporting its instability.",
        "KEN>SOM:11",
    ),
    (
        "NUKU'ALOFA",
        '"Fiji is exporting its problems, and that is not what friends do," Tonga\'s prime '
        "minister said.",
        "TON>FJI:11",
    ),
]
NONE: list[NearMiss] = [
    ("BRASILIA", "The minister said Brazil was exporting more beef."),
    ("LIMA", "Peru's minister said Bolivia had exported copper worth $2 billion."),
    ("QUITO", "Ecuador's president said Peru would export its crisis to Ecuador."),
    ("QUITO", "Ecuador's president said Peru was not exporting its crisis to Ecuador."),
    ("QUITO", "Ecuador's president said the crisis was spreading to Peru."),
]
GAPS: list[Gap] = [
    (
        "LA PAZ",
        '"Chile is exporting its problem to Bolivia, and Bolivia will not accept it," the '
        "Bolivian minister said.",
        "BOL>CHL:11",
        "a future modal in a joined clause of the quote (unless_words reads the whole clause) "
        "stops the judgement told in the first",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary128_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary128_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
