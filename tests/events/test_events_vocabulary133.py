"""Vocabulary 133 (session 65, N65): "will cut handling fees on goods bound for Burundi", a
service word before a charge read as a verb.

Right after a verb, the parser read "handling" as the verb's complement (xcomp) and "fees" as
its object, so v.cut_fees found no object on "cut"
(nlp._charges_read_as_gerund_objects: a service word of nlp/charged_nouns.yaml right after its
verb whose object right after it is a charge becomes the charge's compound, the charge the
verb's object with the service word's phrases).

Near misses: an -ing verb with a real object ("stopped handling shipments"); fees cut for one's
own exporters; an act, no service word, before a charge ("began lifting tariffs": a first
version read any -ing word and lost this event in set 11).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "DAR ES SALAAM",
        "Tanzania will cut handling fees on goods bound for Burundi.",
        "TZA>BDI:03",
    ),
    ("DAR ES SALAAM", "Tanzania will waive docking charges for Ugandan ships.", "TZA>UGA:03"),
    # an act before a charge is no service word: the tariffs stay the lifting's object
    ("CANBERRA", "China began lifting tariffs on Australian barley and wine in March.", "CHN>AUS:08"),
]
NONE: list[NearMiss] = [
    ("DAR ES SALAAM", "Tanzania stopped handling shipments for Burundi."),
    ("DAR ES SALAAM", "Tanzania will cut handling fees for its own exporters."),
]
GAPS: list[Gap] = [
    (
        "DAR ES SALAAM",
        "Tanzania cut handling fees on Burundian goods.",
        "TZA>BDI:06",
        "the parser tags the past 'cut' after a bare name as a noun, which no verb pattern reads",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary133_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary133_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
