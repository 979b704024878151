"""Review 384 (session 66, O99): officials barred, workers' travel suspended, open to ties.

"days after Tallinn barred 28 Georgian officials, including two ministers": officials of another
state barred with no clause of what from are an entry ban (v.bar_officials, 160, as
v.bar_from_entering codes "barred two U.S. lawmakers from entering the country"; set 19 codes
"barred several Thai officials from entering" 16). "Ethiopia suspended the travel of domestic
workers to Kuwait": the workers' travel is their deployment (v.halt_worker_deployment's object
words now hold "travel" and "departure").

"remained open to normal relations with Estonia": an adjective "open to" ties is a stated
willingness (v.open_to, now with relation, relationship, tie: 030), no ties established (it was
read by v.establish_ties, 054).

Near misses: a from-phrase that tells another ban, a state's own officials.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "SANTIAGO",
        "Chile ordered a Peruvian diplomat to leave, days after Lima barred 28 Chilean officials, "
        "including two ministers, over the jailing of activists.",
        "CHL>PER:16 PER>CHL:16",
    ),
    ("LIMA", "Peru banned 30 Bolivian lawmakers over the crackdown.", "PER>BOL:16"),
    (
        "MANILA",
        "The Philippines on Monday suspended the travel of domestic workers to Kuwait, after the "
        "deaths of three women.",
        "PHL>KWT:16",
    ),
    ("DHAKA", "Bangladesh halted the departure of nurses to Oman.", "BGD>OMN:16"),
    (
        "TBILISI",
        "Armenia's foreign ministry said it remained \"open to normal relations with Turkey based "
        "on mutual respect.\"",
        "ARM>TUR:03",
    ),
    ("SANTIAGO", "Chile said it was open to closer ties with Peru.", "CHL>PER:03"),
    # ... ties opened are still established
    ("VIENTIANE", "Laos opened diplomatic relations with Palau.", "LAO>PLW:05"),
]
# ... not a ban told by its from-phrase, nor a state's own officials
NONE: list[NearMiss] = [
    ("QUITO", "Ecuador barred Colombian officials from speaking to the press."),
    ("LA PAZ", "Bolivia barred its own officials from travelling."),
]
GAPS: list[Gap] = []

@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review384_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review384_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
