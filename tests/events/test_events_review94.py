"""Review 94 (session 34, R05): a state's coast guards, plural, act for it (actors roles.yaml MIL).

"The Thai and Cambodian coast guards signed an agreement": as "coast guard" and "border guards"
are, plural coast guards named by their state act for it, each state of a joined pair its own
side (057 both ways); "Indonesian coast guards detained a Malaysian boat" is Indonesia's arrest.
Kept uncoded: coast guards of no state ("regional coast guards", "Coast guards rescued 40
people off the coast of Libya": the place is no actor of theirs). Each row is (dateline, body,
expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "MANILA",
        "The Thai and Cambodian coast guards signed an agreement on Thursday to set up a hotline.",
        "THA>KHM:05 KHM>THA:05",
    ),
    (
        "JAKARTA",
        "Indonesian coast guards detained a Malaysian fishing boat near Natuna on Friday.",
        "IDN>MYS:17",
    ),
    (
        "BANGKOK",
        "The Thai coast guards held a drill with the Cambodian navy on Monday.",
        "THA>KHM:06",
    ),
]

NONE: list[NearMiss] = [
    ("TOKYO", "Officials said new boats would go to regional coast guards next year."),
    ("VALLETTA", "Coast guards rescued 40 people off the coast of Libya on Sunday."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review94_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review94_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
