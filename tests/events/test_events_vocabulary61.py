"""Vocabulary 61 (session 39, helper OBJ): papers, maps, recordings and samples handed to
another state.

Documents, maps, archives, footage, recordings or samples shared with, given or sent to
another state ("shared colonial-era maps with Benin", "gave Peru footage of the crash", "sent
DNA samples to Ukraine") are shared as data and evidence are (v.share_intel, 064; 03 when
pledged), and so are copies of them; a paper sent to one's own parliament, or a map shown to reporters, names no state.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "NAIROBI",
        "Tanzania handed Kenya the documents on the disputed border on Monday.",
        "TZA>KEN:06",
    ),
    ("COTONOU", "Niger shared colonial-era maps with Benin.", "NER>BEN:06"),
    ("LIMA", "Chile gave Peru footage of the crash.", "CHL>PER:06"),
    ("KYIV", "Poland sent DNA samples to Ukraine for identification.", "POL>UKR:06"),
    ("PARIS", "France will share its archives with Algeria.", "FRA>DZA:03"),
    ("MANILA", "Vietnam passed the recordings to the Philippines last week.", "VNM>PHL:06"),
    # copies of maps are the maps (the of-phrase names them)
    ("BEIRUT", "France gave Lebanon copies of maps from its archives.", "FRA>LBN:06"),
]

NONE: list[NearMiss] = [
    # a paper for one's own parliament, a map shown to reporters
    ("ROME", "The minister sent a paper to parliament."),
    ("BERLIN", "Germany shared its map of the region with reporters."),
    # copies of a book are no data
    ("ALGIERS", "France gave Algeria copies of the novel."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary61_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary61_roots(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
