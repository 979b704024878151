"""Review 84 (session 32, helper GSR): a demand renewed in a light verb ("reiterated its
demand that X ...") names who is asked when the parser misreads the clause.

Three misreadings left the asked state out (v.voice_demand, slot obj_clause_subj): the
clause's "that" hung as the clause verb's object instead of its mark ("its demand that
Somalia hand over ..."); a base-form verb tagged as a noun ("that Sudan ease restrictions");
and a time phrase after the noun, which hangs the clause on the verb ("its demand on Friday
that ..."). A clause opened by a conjunction "that" (a relative "that" is tagged WDT), a
"noun" with a subject, and a mandative that-clause on the verb after the noun are now read
(clauses._that_opened, _mandative, obj_clause_subj). Every sentence was written for this
file; each row is (dateline, body, expected events as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import (
    audit_bodies,
    audit_params,
    code_audit,
    matches,
)  # tests/events/, on sys.path through conftest

CASES: list[tuple[str, str, str]] = [
    ("NAIROBI", "Kenya renewed its demand that Somalia hand over the suspects.", "KEN>SOM:10"),
    (
        "ADDIS ABABA",
        "The African Union reiterated its demand that Sudan ease restrictions on aid convoys.",
        "AU>SDN:10",
    ),
    (
        "LUSAKA",
        "Zambia reiterated its demand on Friday that Malawi hand over the two fugitives.",
        "ZMB>MWI:10",
    ),
    (
        "N'DJAMENA",
        "Chad repeated its demand today that Niger ease checks on Chadian traders.",
        "TCD>NER:10",
    ),
]

NONE: list[tuple[str, str]] = [
    # a relative clause on the demand names no one asked
    ("GABORONE", "Botswana renewed its demand that Namibia rejected last year."),
    ("MAPUTO", "Mozambique reiterated its demand on Monday that Tanzania had ignored for months."),
    # a purpose clause is no request put to anyone
    ("BANJUL", "Gambia repeated its demand so that Senegal would ease checks on its traders."),
    # a fact told after the demand is no request
    ("KIGALI", "Rwanda reiterated its demand on Friday, saying that Burundi had freed the crew."),
]

GAPS: list[tuple[str, str, str, str]] = [
    (
        "NIAMEY",
        "Chad repeated its demand that Niger ease restrictions on Chadian traders.",
        "TCD>NER:10",
        "the restrictions the demand asks to ease are coded as imposed (NER>TCD:163) and the "
        "demand is lost; so before this change too",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(CASES, NONE, GAPS)


def test_events_review84_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review84_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near-miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
