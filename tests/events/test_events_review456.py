"""Review 456 (session 68, P68): "U.N. nuclear inspectors" are the IAEA's.

Wire copy names the IAEA's inspectors by the U.N. ("Iran barred U.N. nuclear inspectors from
its Fordow site"); the mention read as the UN gave IRN>UN where the guidelines' IGO is the
IAEA, as "the U.N. nuclear watchdog" already is (actors/igos.yaml names of IAEA).

Near misses: other U.N. staff stay the UN's ("U.N. human rights investigators"), and the
IAEA's inspectors by its own name code as before.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "VIENNA",
        "Iran allowed U.N. nuclear inspectors to return to its Fordow site on Monday.",
        "IRN>IAEA:08",
    ),
    ("VIENNA", "Iran on Friday barred U.N. nuclear inspectors from its Fordow site.", "IRN>IAEA:12"),
    ("TEHRAN", "Iran expelled two U.N. nuclear inspectors on Friday.", "IRN>IAEA:16"),
    (
        "DAMASCUS",
        "UN nuclear inspectors visited a former Syrian reactor site on Tuesday.",
        "IAEA>SYR:04",
    ),
    # ... the agency's own name as before; other U.N. staff stay the UN's
    ("VIENNA", "Iran barred IAEA inspectors from its Fordow site on Friday.", "IRN>IAEA:12"),
    (
        "GENEVA",
        "Eritrea barred U.N. human rights investigators from entering the country on Monday.",
        "ERI>UN:12",
    ),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review456_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review456_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
