"""Context 191 (session 67, O100): a protest "at the time" answers the background act just told.

"In 2023 its navy seized two Spanish-flagged longliners ... Madrid protested at the time": a
bare protest with no target looks back for the act it answers (reactions._uncoded_authors),
passing over sentences told as background; a reaction set at that time ("at the time", "back
then": coeval_nouns, reactions._set_then) answers the background act itself. In set 100's
article the pass went on to a later-told dispute and gave the protest to the wrong state; in
the short bodies below the protest also finds its target by the counterpart of the seizure, so
these rows pass with and without the change and hold the form, not the failure.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "BOGOTA",
        "Colombia summoned Ecuador's ambassador on Wednesday. Ecuador has long guarded the tuna "
        "stocks at the edge of its waters. In 2021 its navy seized two "
        "Peruvian-flagged trawlers in the same area. Lima protested at the time but the boats were "
        "never returned.",
        "COL>ECU:11 ECU>PER:17 PER>ECU:11",
    ),
    (
        "QUITO",
        "Ecuador summoned Colombia's ambassador on Monday. In 2021 its navy seized two Peruvian "
        "trawlers near the Galapagos. Lima protested back then.",
        "ECU>COL:11 ECU>PER:17 PER>ECU:11",
    ),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context191_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context191_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
