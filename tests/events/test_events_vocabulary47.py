"""Event vocabulary, forty-seventh set (session 31, POS05): acts of root 05 missed in
sentences that name both actors, first an offer of help taken up ("accepted offers of help
from Colombia"), whose from-phrase hangs on the help inside the offer.

Same harness as test_events_vocabulary9.py: each body must code exactly the listed
"SRC>TGT:RR" events ("a|b" accepts either root). Every sentence is invented. NONE holds
near-misses (a non-state doer, a refusal, a clause's from-phrase, an employer's offer) that
must code nothing; GAPS are expected failures with their reason.
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
    (
        "QUITO, ECUADOR",
        "Quito accepted offers of help from Colombia and Peru after the floods.",
        "ECU>COL:05 ECU>PER:05",
    ),
    (
        "MANAGUA, NICARAGUA",
        "Nicaragua has accepted an offer of rescue assistance from Costa Rica and Panama.",
        "NIC>CRI:05 NIC>PAN:05",
    ),
    # a refusal is a rejection (12), a possibility an intent (03), as elsewhere
    ("TBILISI, GEORGIA", "Georgia would not accept offers of help from Russia.", "GEO>RUS:12"),
    ("ACCRA, GHANA", "Ghana may accept offers of help from Benin.", "GHA>BEN:03"),
    # a gap until session 46 (P7: v.reject reads a from-phrase hung on the verb)
    ("YEREVAN, ARMENIA", "Armenia refused offers of help from Azerbaijan.", "ARM>AZE:12"),
]

# (dateline, body): near-misses that must code nothing
NONE: list[tuple[str, str]] = [
    ("TUNIS, TUNISIA", "Tunisia accepted an offer that would bar imports from Algeria."),
    ("LOME, TOGO", "The Red Cross accepted offers of help from Togo."),
    ("RABAT, MOROCCO", "The engineer accepted a job offer from a firm in Spain."),
]

# (dateline, body, expected, reason): expected failures
GAPS: list[tuple[str, str, str, str]] = [
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary47_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary47_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near-miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
