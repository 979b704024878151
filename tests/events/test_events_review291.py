"""Review 291 (session 64, B64): "the decision" after a cut and a friendly offer.

"The IMF suspended its loan program for Sri Lanka. India offered Colombo a credit line. China
criticized the decision": the latest-deed search (reactions._latest_deed) took India's offer,
the act told last, as the decision blamed. A blaming reaction (11, 12) to "the decision" or
"the move" now skips a friendly act (friendly_roots) to a state that another's hostile deed
(conflict_roots) hit within the bystander window: the help to the one cut off is no decision a
critic blames (reactions._relief_after_deed; reactions26's gap).

Near misses (kept as they were): a welcome of "the decision" after both still answers the
offer; a criticism with no hostile deed before the offer still blames the offer.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a blaming reaction after a cut and help to the one cut off: the cut's author
CASES: list[Case] = [
    (
        "OTTAWA",
        "Canada froze development aid to Mali on Monday. Germany offered Bamako 20 million "
        "euros. Russia condemned the decision.",
        "CAN>MLI:16 DEU>MLI:03 RUS>CAN:11",
    ),
    (
        "BRUSSELS",
        "The European Union suspended budget support to Niger on Tuesday. Turkey pledged to "
        "fund the country's schools. Algeria criticized the move.",
        "EU>NER:16 TUR>NER:03 DZA>EU:11",
    ),
    # ... kept: an approval answers the friendly act; with no hostile deed, the offer is blamed
    (
        "PARIS",
        "Canada froze development aid to Chad on Monday. Germany offered N'Djamena 20 million "
        "euros. France welcomed the decision.",
        "CAN>TCD:16 DEU>TCD:03 FRA>DEU:05",
    ),
    (
        "MOSCOW",
        "Germany offered Mali 20 million euros on Monday. Russia criticized the decision.",
        "DEU>MLI:03 RUS>DEU:11",
    ),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review291_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review291_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
