"""Silent sentences that name both actors (session 17, builder BN).

PARTNERED: a verb of commitment with a with-phrase over an act it governs ("Zambia agreed
with Kenya to share intelligence") tells what "Zambia and Kenya agreed to share
intelligence" tells: the partner commits too, so the act is coded as the joined subjects'
act (both ways when it is mutual). Only the commitment verb's own with-phrase counts, and
only over an infinitive it governs: agreeing with a view, a proposal or a request is no
partner. Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
Every sentence was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

PARTNERED: list[Case] = [
    (
        "LUSAKA, ZAMBIA",
        "Zambia agreed with Kenya on Monday to share intelligence on arms smuggling.",
        "ZMB>KEN:03 KEN>ZMB:03",
    ),
    (
        "BRUSSELS",
        "The European Union agreed with Canada on Thursday to deepen cooperation on "
        "critical minerals.",
        "EU>CAN:03 CAN>EU:03",
    ),
    (
        "SEOUL, SOUTH KOREA",
        "South Korea's defense minister agreed with his Japanese counterpart to share "
        "intelligence on missile launches.",
        "KOR>JPN:03 JPN>KOR:03",
    ),
    (
        "CANBERRA, AUSTRALIA",
        "Australia said it had agreed with Indonesia to hold regular talks on maritime security.",
        "AUS>IDN:03 IDN>AUS:03",
    ),
    (
        "TOKYO",
        "Japan has agreed with the Philippines to hold joint naval drills next year.",
        "JPN>PHL:03 PHL>JPN:03",
    ),
    (
        "DODOMA, TANZANIA",
        "Tanzania agreed with Uganda to expand trade along the lake.",
        "TZA>UGA:03 UGA>TZA:03",
    ),
    (
        "BERLIN",
        "Germany's foreign minister agreed with her French counterpart to send more aid to "
        "Ukraine.",
        "DEU>UKR:03 FRA>UKR:03",
    ),
]

NONE: list[NearMiss] = [
    # agreeing with a proposal or with a domestic party names no partner state
    ("LUSAKA, ZAMBIA", "Zambia agreed with the proposal to expand trade."),
    ("NAIROBI, KENYA", "Kenya agreed with the opposition to hold new talks."),
    ("LIMA, PERU", "Peru agreed with its lawyers to appeal the ruling."),
    # agreeing with a view: no act to share
    ("ACCRA, GHANA", "Ghana agreed with critics that the reforms had gone too far."),
]

GAPS: list[Gap] = [
    (
        "LILONGWE, MALAWI",
        "Malawi has agreed with China and India to restructure $900 million of its loans.",
        "MWI>CHN:03 MWI>IND:03",
        "a restructuring with no debtor named goes to the one actor its clause names "
        "(delivery); with two partners besides the source none is chosen",
    ),
]

CASES = PARTNERED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_silent17_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_silent17_codes_each_form(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
