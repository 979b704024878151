"""Review 417 (session 67, K67): a letter written to propose or offer is the offer it carries.

"had written to Vietnam's public security minister proposing to sign it before the summer": a
letter to a government was a consultation (v.write_to, 040), the offer it carries left out (the
gold's 03 beside an appeal's 02: a wrong root for the pair). As a letter "asking for ..." is the
appeal it carries (v.write_to_asking, 020), one whose proposing or offering participle names no
one is the offer (v.write_to_proposing, 030), put to whom it goes.

Near misses that keep their root: a letter about something (040), a letter asking (020).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a letter proposing or offering: the offer (03) to whom it goes
CASES: list[Case] = [
    (
        "RIGA",
        "Latvia's interior minister said she had written to Vietnam's public security minister "
        "proposing to sign the accord before the summer.",
        "LVA>VNM:03",
    ),
    (
        "RIGA",
        "Latvia wrote to Vietnam's foreign minister proposing that the two sides meet in May.",
        "LVA>VNM:03",
    ),
    (
        "OSLO",
        "Norway's foreign minister wrote to his Icelandic counterpart last week proposing to "
        "extend the fisheries accord.",
        "NOR>ISL:03",
    ),
    # near misses: a letter about a matter, a letter asking
    (
        "RIGA",
        "Latvia wrote to Vietnam's foreign minister about the detainees.",
        "LVA>VNM:04",
    ),
    (
        "RIGA",
        "Latvia wrote to Vietnam's foreign minister asking for the release of the men.",
        "LVA>VNM:02",
    ),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = [
    (
        "RIGA",
        "Latvia wrote to Vietnam's foreign minister on Monday offering to host the next round.",
        "LVA>VNM:03",
        "the parser hangs the participle on the date phrase and its infinitive on the verb",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review417_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review417_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
