"""Vocabulary 173 (session 69, OU69): aid projects and schemes halted, and their place.

"Spain was suspending three aid projects in Honduras", "Japan froze an assistance scheme in
Myanmar", "cancelled a development aid project in Malawi" reduce material aid (162) as an aid
programme halted does (v.halt_aid_program): a project is the programme's unit, and the state it
is carried out in receives it, as a for- or to-phrase names the recipient. A silent sentence of
set 77 told it so ("suspending two projects in El Salvador", its aid told before: a strict gap).

Near misses: an aid project halted in one's own provinces or by a charity names no other state,
and a housing project with no aid is no aid cut.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("MADRID", "Spain said it was suspending three aid projects in Honduras.", "ESP>HND:16"),
    ("TOKYO", "Japan froze an assistance scheme in Myanmar.", "JPN>MMR:16"),
    ("BERLIN", "Germany halted two aid projects for Niger.", "DEU>NER:16"),
    ("OSLO", "Norway cancelled a development aid project in Malawi.", "NOR>MWI:16"),
]
NONE: list[NearMiss] = [
    ("MADRID", "Spain suspended an aid project in its southern provinces."),
    ("PORT-AU-PRINCE", "The charity suspended its aid projects in Haiti."),
    ("CAIRO", "Egypt suspended a housing project in Sudan's capital district."),
]
GAPS: list[Gap] = [
    ("MADRID", "Spain cut its aid to Honduras last year. It also suspended two projects in "
     "Honduras on Monday.", "ESP>HND:16 ESP>HND:16",
     "a project with no aid word of its own is read by no pattern (object_words)"),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary173_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary173_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
