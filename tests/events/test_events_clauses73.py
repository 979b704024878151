"""Clauses 73 (session 57, helper R57a): a naming whose named thing the parser hangs on the
name given, and a deal that sums up the signing clause it is set in.

'Benin called Nigeria's ban "unacceptable"', "called Nigeria's stance unacceptable": the
parser reads the thing named as a modifier of the adjective given (amod, npadvmod), with
the quotation mark between them, so "call" had no object and the naming no target.
context._small_clause_names took only a compound there; it now takes those relations too
and looks past the quotation mark (_FUSED_DEPS).

"Italy and Albania signed a pact, in a deal that drew criticism from Tunisia": a deal,
agreement, pact or accord set after the signing clause sums it up as "a move" does
(rules summing_nouns), so the reaction drawn is aimed at the signers. The parser may hang
the summing noun on a relative clause of the deal ("signed an agreement that gives the navy
access ..., in a deal that drew criticism": parties._relative_main climbs to "signed"), or
on a saying verb after the clause it sums up ("Greece will send troops, officials said, a
move that drew condemnation": parties._reported_before takes the reported clause). Each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# the thing named, read as a modifier of the name given
NAMED: list[Case] = [
    ("COTONOU", "Benin called Togo's ban \"unacceptable\".", "BEN>TGO:11"),
    ("COTONOU", "Benin's trade minister called Togo's ban unacceptable.", "BEN>TGO:11"),
    (
        "LUSAKA",
        "Zambia's mines minister on Tuesday called Congo's stance \"unacceptable\" and said "
        "Lusaka would appeal.",
        "ZMB>COD:11",
    ),
    ("DHAKA", "Bangladesh called the Indian embargo \"unlawful\".", "BGD>IND:11"),
]

# a deal summing up the signing clause it follows
SUMMED: list[Case] = [
    (
        "LISBON",
        "Portugal and Morocco signed a fisheries pact on Monday, in a deal that drew swift "
        "criticism from Spain.",
        "PRT>MAR:05 MAR>PRT:05 ESP>PRT:11 ESP>MAR:11",
    ),
    (
        "TIRANA",
        "Albania and Kosovo signed a border accord on Friday, an accord that drew sharp "
        "condemnation from Serbia.",
        "ALB>XKX:05 XKX>ALB:05 SRB>ALB:11 SRB>XKX:11",
    ),
    (
        "LISBON",
        "Portugal and Morocco signed a fisheries pact on Monday, in a deal welcomed by the "
        "European Union.",
        "PRT>MAR:05 MAR>PRT:05 EU>PRT:05 EU>MAR:05",
    ),
]

# the summing noun hung by the parser on a relative clause of the deal, or on the saying verb
# of the clause it sums up
HUNG: list[Case] = [
    (
        "MANILA",
        "Japan and the Philippines signed an agreement on Monday that gives Japanese ships "
        "access to the port of Subic, in a deal that drew swift criticism from China.",
        "JPN>PHL:05 PHL>JPN:05 CHN>JPN:11 CHN>PHL:11",
    ),
    (
        "ATHENS",
        "Greece will send 80 troops to Bulgaria next month, Greek officials said, a move "
        "that drew sharp condemnation from Turkey.",
        "GRC>BGR:03 TUR>GRC:11",
    ),
]

# near-misses: a fair or plain name is no blame; a call on the phone names nothing; a deal
# that drew no one's reaction, or one another state spoke of in a sentence of its own
KEPT: list[Case] = [
    (
        "LISBON",
        "Portugal and Morocco signed a fisheries pact on Monday, a deal that drew little "
        "attention in Spain.",
        "PRT>MAR:05 MAR>PRT:05",
    ),
    (
        "LISBON",
        "Portugal and Morocco signed a fisheries pact on Monday. Spain said the deal would "
        "draw more trawlers to the strait.",
        "PRT>MAR:05 MAR>PRT:05",
    ),
]

NONE: list[NearMiss] = [
    ("COTONOU", "Benin's trade minister called Togo's offer \"generous\"."),
    ("COTONOU", "Benin's trade minister called Togo's ban \"technical\"."),
    ("COTONOU", "Benin's trade minister called Togo's stance \"reasonable\"."),
    ("COTONOU", "Benin's foreign minister called the meeting \"useful\"."),
]

GAPS: list[Gap] = []

CASES = NAMED + SUMMED + HUNG + KEPT


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses73_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_clauses73_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
