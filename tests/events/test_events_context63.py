"""Context 63 (session 33, helper S41): misses of set 41 by their general forms.

A host who "greeted his guest at the airport" or "greeted his Togolese counterpart" hosts the
visit (043), as "welcomed his guest" does (v.host_counterpart, v.host_delegation take greet);
greeting a decision codes nothing. Every sentence was written for this file; each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "LIMA",
        "Chile's president arrived in Lima on Monday for a state visit. Peru's prime minister "
        "greeted his guest at the airport.",
        "CHL>PER:04 PER>CHL:04",
    ),
    ("ACCRA", "Ghana's president greeted his Togolese counterpart at the airport on Friday.", "GHA>TGO:04"),
    ("ACCRA", "Ghana's president greeted a delegation from Togo on Friday.", "GHA>TGO:04"),
    (
        "SUVA",
        "Floods displaced 300,000 people in Fiji. New Zealand pledged 5 million New Zealand "
        "dollars on Friday.",
        "NZL>FJI:03",
    ),
    ("OTTAWA", "Canada pledged 8 million Canadian dollars to Haiti.", "CAN>HTI:03"),
    # "pound" the verb is no currency: the subject stays the attacker
    ("KYIV", "Russia pounded Ukrainian positions near Kharkiv on Monday.", "RUS>UKR:19"),
    (
        "PORT VILA",
        "Japan flew relief supplies to Vanuatu on Thursday after a cyclone. Tokyo also pledged "
        "$5 million in emergency grants. Australia pledged 4 million Australian dollars.",
        "JPN>VUT:07 JPN>VUT:03 AUS>VUT:03",
    ),
    (
        "PORT VILA",
        "Japan flew relief supplies to Vanuatu on Friday after a cyclone. Tokyo also pledged "
        "$5 million in grants and sent a medical team.",
        "JPN>VUT:07 JPN>VUT:03",
    ),
]

NONE: list[NearMiss] = [
    # a decision greeted is no guest
    ("ACCRA", "Ghana's president greeted the decision with caution."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context63_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context63_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
