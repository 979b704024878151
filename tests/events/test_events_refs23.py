"""References 23 (session 37, S50): a visit "during" a pair's statement goes to the dateline.

"Kuwait will lend Egypt $4 billion, the two governments said on Tuesday during a visit by
Egypt's prime minister" (datelined Kuwait City) tells a visit to Kuwait, as a visit told as the
frame of the news with no place named is made to the dateline's state (n.visit's
"dateline:during|on"). That reading stands aside when the sentence names a third actor; a
plural reference counted as one unknown ("" actor) and stopped it, though it names the host and
the visitor themselves: a plural now names its members (nominals._named_principals), and a
plural of other states still stops it. A territory's dateline ("NUUK, Greenland") stands for
no government, as in a place slot (context._territories). Each row is (dateline, body,
expected events of the whole body as "SRC>TGT:RR"); every sentence was written for this file.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

DATELINE_VISITS: list[Case] = [
    (
        "DOHA",
        "Qatar will lend Jordan $2 billion, the two governments said on Monday during a visit by"
        " Jordan's prime minister.",
        "QAT>JOR:03 JOR>QAT:04",
    ),
    (
        "MUSCAT",
        "Oman will build a port in Yemen, both governments said on Sunday during a visit by"
        " Yemen's president.",
        "OMN>YEM:03 YEM>OMN:04",
    ),
    # a single speaker, as before
    (
        "DOHA",
        "Qatar will lend Jordan $2 billion, Qatar's finance ministry said on Monday during a"
        " visit by Jordan's prime minister.",
        "QAT>JOR:03 JOR>QAT:04",
    ),
    # a pair of other states named: no place told
    (
        "NAIROBI",
        "Kenya and Uganda signed a rail deal, the two governments said on Monday during a visit"
        " by Ethiopia's prime minister.",
        "KEN>UGA:05 UGA>KEN:05",
    ),
    # a territory's dateline: no host
    (
        "NUUK",
        "The rescue station was opened by the two ministers during a visit by Canada's defense"
        " minister.",
        "",
    ),
]

CASES: list[Case] = DATELINE_VISITS

NONE: list[NearMiss] = []

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_refs23_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_refs23_dateline_visits(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
