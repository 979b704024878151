"""Vocabulary 67 (session 44, P2): "the proposal" a reaction answers is the offer or appeal
just told.

"Turkey offered to host talks between Armenia and Azerbaijan ... Armenia welcomed the
proposal": the offer was coded (to its targets) but "the proposal" found no act of its own
family ("propose"), so the welcome was lost. "proposal" is now a deed noun (rules.yaml
deed_nouns, as "the move") that answers only an offer (03) or an appeal (02)
(reaction_matches), never a deal signed.
Near misses: a deal signed just before ("signed a trade deal ... welcomed the proposal"), a
hostile act just before, a proposal with a named author of its own, a proposal with content
of its own ("the proposal of a new bridge"), a proposal only talked about.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "VIENNA",
        "Hungary urged Slovakia on Monday to reopen the border. Austria welcomed the proposal of a"
        " new bridge over the Danube.",
        "HUN>SVK:02",
    ),
    (
        "DOHA",
        "Qatar offered on Sunday to host talks between Sudan and Chad. Chad welcomed the proposal.",
        "QAT>SDN:03 QAT>TCD:03 TCD>QAT:05",
    ),
    (
        "OSLO",
        "Norway offered on Monday to host talks between Colombia and Venezuela. Its foreign"
        " minister later spoke with Colombia's president, who welcomed the proposal.",
        "NOR>COL:03 NOR>VEN:03 NOR>COL:04 COL>NOR:05",
    ),
    (
        "ABUJA",
        "Nigeria urged Niger on Monday to reopen the border. Benin backed the proposal.",
        "NGA>NER:02 BEN>NGA:05",
    ),
    (
        "NAIROBI",
        "Kenya and Tanzania signed a trade deal on Monday. Rwanda welcomed the proposal.",
        "KEN>TZA:05 TZA>KEN:05",
    ),
    (
        "ANKARA",
        "Turkey criticized Greece on Thursday. Bulgaria welcomed the proposal.",
        "TUR>GRC:11",
    ),
    (
        "DOHA",
        "Qatar offered on Sunday to host talks between Sudan and Chad. Chad welcomed the proposal"
        " of a ceasefire by Egypt.",
        "QAT>SDN:03 QAT>TCD:03 TCD>EGY:05",
    ),
]

NONE: list[NearMiss] = [

    (
        "NAIROBI",
        "Officials said a proposal for a customs union was discussed. Rwanda welcomed the proposal.",
    ),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary67_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary67_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
