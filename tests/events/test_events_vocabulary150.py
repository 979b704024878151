"""Vocabulary 150 (session 66, W2): consular access or visits refused.

"Peru refused consular visits to the Indonesian fishermen", "Russia denied consular access to
the detained Americans", "denied Kenya's consular officers access to the men", "blocked
consular visits by the Kenyan embassy": a state that keeps another's consuls from its held
nationals refuses (120), as the open sets code it (root 12: set 67's request for consular
access rejected, set 86's consular officers turned away, set 92's consular officers refused
access), not the door shut of v.deny_entry (160, which "denied consular access" fell to
before). The target is the visitors' state: a dative, the held men of a to-phrase, the
visitors' from- or by-phrase, or a modifier of the visits (v.refuse_consular_access, tried
before v.reject and v.deny_entry).

Near misses: an entry denied to lawmakers stays 160; a negated refusal, a denied refusal,
family visits and journalists' access code nothing. Gaps: a pronoun owner of the consuls
("its consular officers") and "refused to allow consular visits".

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("MOSCOW", "Russia denied consular access to the detained Americans.", "RUS>USA:12"),
    ("KAMPALA", "Uganda denied Kenya's consular officers access to the men.", "UGA>KEN:12"),
    (
        "HANOI",
        "Vietnam refused Cambodian consular officials access to the detained students.",
        "VNM>KHM:12",
    ),
    ("MINSK", "Belarus blocked consular visits by the Lithuanian embassy.", "BLR>LTU:12"),
    (
        "TUNIS",
        "Algerian consular officers were denied access to the men by Tunisia.",
        "TUN>DZA:12",
    ),
    ("MANAGUA", "Nicaragua has refused Costa Rica consular access for three weeks.", "NIC>CRI:12"),
    # an entry denied to a state's lawmakers stays a door shut (v.deny_entry)
    ("KAMPALA", "Uganda denied entry to two Kenyan lawmakers.", "UGA>KEN:16"),
]
NONE: list[NearMiss] = [
    ("KAMPALA", "Uganda did not deny consular access to the Kenyan students."),
    ("KAMPALA", "Uganda denied that it had refused consular access to the Kenyan students."),
    ("KAMPALA", "Uganda denied family visits to the Kenyan students."),
    ("KAMPALA", "Uganda denied Kenyan journalists access to the prison."),
]
GAPS: list[Gap] = [
    (
        "NAIROBI",
        "Kenya said Uganda had refused its consular officers access to the students.",
        "UGA>KEN:12",
        "the pronoun owner of the consuls ('its consular officers') is not read as the "
        "speaker's state in the dative slot",
    ),
    (
        "KAMPALA",
        "Uganda refused to allow consular visits to the Kenyan students.",
        "UGA>KEN:12",
        "v.refuse_consular_access reads the refusing verb's own object; an allowance "
        "refused in an infinitive is read by no pattern",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary150_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary150_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
