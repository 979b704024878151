"""Review 105 (session 38, helper S51): requests announced by their own actor.

1. "Chile said it would ask Argentina to extradite the two men", "the minister said Chile
   would also ask Argentina for help": a request its own actor announces is the request made
   (02), as an announced arrest or sanction is the act (rules.yaml announced_kept_roots, now
   with "02"; modality._announced_measure); a bare plan ("Chile will ask ..."), another's
   forecast ("an analyst said Chile would ask") or a request on a condition ("if the talks
   failed") stays uncoded.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# 1. a request announced by its own actor
ANNOUNCED: list[Case] = [
    (
        "SANTIAGO",
        "The foreign minister said Chile would also ask Argentina for help in tracing the"
        " suspects.",
        "CHL>ARG:02",
    ),
    ("SANTIAGO", "Chile said it would ask Argentina to extradite the two men.", "CHL>ARG:02"),
    (
        "WARSAW",
        "Poland's foreign ministry said it would ask Lithuania to reopen the rail crossing.",
        "POL>LTU:02",
    ),
]

CASES: list[Case] = ANNOUNCED

NONE: list[NearMiss] = [
    # a bare plan, another's forecast, a request on a condition
    ("SANTIAGO", "Chile will ask Argentina to extradite the two men."),
    ("SANTIAGO", "An analyst said Chile would ask Argentina for help."),
    ("SANTIAGO", "Chile said it would ask Argentina for help if the talks failed."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review105_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review105_roots(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
