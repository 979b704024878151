"""Roots 45 (session 40, builder R05): a state told to have kept its word is praised (051).

'"Peru has kept its word to a brother nation," the Bolivian minister told reporters', "said
Chile had honored every commitment it made": a state its speaker tells to have kept, honored
or fulfilled its word, promises, pledges or commitments is praised (051, v.say_kept_word,
objects.kept_clause), as one told to have stood by the speaker (v.say_stood_by). Census of the
development sets: silent sentences with both actors named, root 05 ("Peru has kept its word",
"Our brothers in Abu Dhabi have kept every promise", "a partner that keeps its word").
A word kept denied, demanded ("must keep"), foretold ("would keep") or supposed ("if Peru
keeps its word"), the speaker's own or no actor's, praises nothing.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a pledge kept by another state, told as fact by the speaker
KEPT: list[Case] = [
    (
        "LA PAZ",
        '"Peru has kept its word to a brother nation," the Bolivian foreign minister told'
        " reporters.",
        "BOL>PER:05",
    ),
    (
        "LA PAZ",
        "Bolivia's foreign minister said Peru had kept its promises on the port.",
        "BOL>PER:05",
    ),
    (
        "LA PAZ",
        '"Chile has honored every commitment it made," Bolivia\'s president said.',
        "BOL>CHL:05",
    ),
    (
        "ACCRA",
        "Ghana's president said Togo had fulfilled its pledges on the border road.",
        "GHA>TGO:05",
    ),
]

# denied, foretold, supposed, the speaker's own or no actor's
NONE: list[NearMiss] = [
    ("LA PAZ", '"Peru has not kept its word," the Bolivian foreign minister told reporters.'),
    ("LA PAZ", "Bolivia's foreign minister said Peru would keep its promises on the port."),
    ("LA PAZ", "Bolivia's foreign minister said Bolivia had kept its word to Peru."),
    ("LA PAZ", "Bolivia's foreign minister said the company had kept its promises."),
    (
        "LA PAZ",
        '"If Peru keeps its word, the port will open in May," the Bolivian minister said.',
    ),
]

# demanded: the demand only
DEMANDED: list[Case] = [
    (
        "LA PAZ",
        '"Peru must keep its word," the Bolivian foreign minister told reporters.',
        "BOL>PER:10",
    ),
]

# "our" kin told doing a deed done (a Gap until session 42: affirmed._kin_deed)
KIN_DEED: list[Case] = [
    (
        "MUSCAT",
        '"Our brothers in Riyadh have kept every promise they made," the Omani minister said.',
        "OMN>SAU:05",
    ),
]

GAPS: list[Gap] = [
    (
        "PORT OF SPAIN",
        'Guyana signed the deal on Monday. "It is a partner that keeps its word," the prime'
        " minister of Trinidad and Tobago said.",
        "TTO>GUY:05",
        "a word kept in a relative clause of the role noun is no kept_clause, and 'a partner'"
        " with no word of trust is a standing (v.say_partner)",
    ),
]

CASES: list[Case] = KEPT + DEMANDED + KIN_DEED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_roots45_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_roots45_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
