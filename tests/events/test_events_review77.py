"""Review seventy-seven (session 31, POS05): acts of root 05 the development sets missed in
sentences that code nothing. Built: a state's choice or decision respected with the state in
an of-phrase ("respects the choices of Iceland", 051 as with a possessive). The other forms of
the census (/tmp/s31/POS05/census.md) span fewer than three sets or need more than a pattern;
each stands below as a Gap with its reason, so a later change that codes it shows up.

Same harness as test_events_vocabulary9.py; every sentence is invented. NONE holds
near-misses (negation, a non-state doer, a court or the speaker's own voters) that must code
nothing.
"""

from __future__ import annotations

import pytest

from audit_cases import (
    audit_bodies,
    audit_params,
    code_audit,
    matches,
)  # tests/events/, on sys.path through conftest

# (dateline, body, expected events)
CASES: list[tuple[str, str, str]] = [
    ("OSLO, NORWAY", "Denmark said it respects the choices of Iceland.", "DNK>ISL:05"),
    ("OSLO, NORWAY", 'Finland said it "respects the choices" of Sweden.', "FIN>SWE:05"),
    (
        "LISBON, PORTUGAL",
        "Spain respects the decision of Portugal to leave the pact.",
        "ESP>PRT:05",
    ),
    # the possessive and adjective forms already coded; kept as a check
    ("VIENNA, AUSTRIA", "Austria backed the Slovenian move.", "AUT>SVN:05"),
    ("RIGA, LATVIA", "Latvia praised Estonia's decision to expel the diplomats.", "LVA>EST:05"),
    # a gap until session 46: debt relief agreed to is given (rules agreed_done_patterns)
    (
        "MAPUTO, MOZAMBIQUE",
        "Malawi agreed to roll over $200 million in Zambian debt.",
        "MWI>ZMB:05|07",
    ),
]

# (dateline, body): near-misses that must code nothing
NONE: list[tuple[str, str]] = [
    ("LISBON, PORTUGAL", "Spain does not respect the decision of Portugal."),
    ("LISBON, PORTUGAL", "The club respects the decision of Portugal."),
    ("MADRID, SPAIN", "Spain respects the decision of the court in Andorra."),
    ("MADRID, SPAIN", "Spain respects the decision of its own voters."),
]

# (dateline, body, expected, reason): expected failures
GAPS: list[tuple[str, str, str, str]] = [
    (
        "HELSINKI, FINLAND",
        "Estonia said it had approved their export to Latvia.",
        "EST>LVA:05|07",
        "vocabulary: an export approved is coded only as an arms sale named with its weapons "
        "(v.arms_sale); 'their export' names none",
    ),
    (
        "MADRID, SPAIN",
        "Portugal has opened the door, and we thank it for that, the Spanish minister said.",
        "ESP>PRT:05",
        "actors: thanks to a pronoun ('thank it') whose state is the subject of the clause "
        "before; the speaker's state comes from the attribution after the quote",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NONE, GAPS)


def test_events_review77_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review77_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near-miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
