"""Review 397 (session 67, O100): a state's prosecution service and a court named by its rank.

"Bosnia's state prosecutor asked Montenegro to extradite ...": "state prosecutor" was no role
of the gazetteer (roles.yaml JUD held "prosecutor" and "state court" but not the two together),
so the subject resolved to no one. "The Belgrade Higher Court rejected ...": "higher court"
joins the ranks of a court system (high, district, appeals ...) and the court is the seat's
state's judiciary, its speaker the court's whole name (test_events_review398).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("SARAJEVO", "Bosnia's state prosecutor asked Montenegro to extradite the former commander.", "BIH>MNE:02"),
    ("ZAGREB", "Croatia's state prosecutors urged Serbia to hand over the files.", "HRV>SRB:02"),
    (
        "BELGRADE",
        "The Belgrade Higher Court on Thursday rejected a request from Belarus to extradite the "
        "journalist.",
        "SRB>BLR:12 BLR>SRB:02",
    ),
    ("WARSAW", "The Warsaw Appellate Court rejected a request from Ukraine to extradite the banker.", "POL>UKR:12 UKR>POL:02"),
]
NONE: list[NearMiss] = [
    # a prosecutor of no named state
    ("SARAJEVO", "The state prosecutor said the former commander would face trial in Sarajevo."),
]
GAPS: list[Gap] = [
    (
        "SARAJEVO",
        "Montenegro arrested the former commander in November. Bosnia's state prosecutor "
        "requested his extradition in December.",
        "BIH>MNE:02",
        "a request for a handover whose holder the sentence does not name (v.seek_from wants "
        "its from-phrase; the arrest of a man of no named state codes nothing)",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review397_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review397_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
