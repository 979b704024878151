"""Recall 9 (session 30, helper SILENT): two forms found in the census of silent sentences
that name both actors (misses where the coder coded nothing).

A converted sum in brackets: "withheld 20 million euros ($22 million) in budget support
from Moldova" codes BGR>MDA 162. After the bracketed aside the parser hangs "in budget
support" on the verb, not on the sum as it does without the brackets, and the from-phrase
under it was no phrase of the sum's (clauses._content_after_aside reads the content phrase
right after the aside as the sum's, as "$50 million in aid for Ukraine" is read).
Niue and the Cook Islands are Pacific island states: "the Pacific nation" after Niue is
named is Niue (descriptions.yaml kind_regions; Pacific island states had been listed
without the two self-governing states New Zealand answers for).
Near-misses: a sum withheld from no state, a refusal to withhold, and "the Pacific nation"
after two Pacific states are named code nothing of theirs.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

BRACKETED_SUMS: list[Case] = [
    (
        "SOFIA",
        "Bulgaria said Wednesday it would withhold 20 million euros ($22 million) in budget "
        "support from Moldova.",
        "BGR>MDA:16",
    ),
    (
        "OSLO",
        "Norway withheld 40 million kroner ($4 million) in development aid from Mali on "
        "Monday.",
        "NOR>MLI:16",
    ),
    (
        "TOKYO",
        "Japan will withhold 900 million yen ($6 million) in grants from Myanmar until the "
        "junta frees the detained lawmakers.",
        "JPN>MMR:16",
    ),
    # the same sums without the aside, as before
    (
        "SOFIA",
        "Bulgaria said Wednesday it would withhold 20 million euros in budget support from "
        "Moldova.",
        "BGR>MDA:16",
    ),
]

PACIFIC_STATES: list[Case] = [
    (
        "WELLINGTON",
        "New Zealand said it would cut aid to Niue after the Pacific nation signed a "
        "fisheries agreement with China.",
        "NZL>NIU:16 NIU>CHN:05",
    ),
    (
        "CANBERRA",
        "Australia said it would withhold 8 million Australian dollars ($5 million) in "
        "budget support from the Cook Islands after the Pacific nation signed a seabed mining "
        "agreement with China.",
        "AUS>COK:16 COK>CHN:05",
    ),
]

NOT_WITHHELD: list[NearMiss] = [
    (
        "OSLO",
        "Norway said it would withhold 30 million kroner ($3 million) in fees from shipping "
        "companies.",
    ),
    (
        "SOFIA",
        "Bulgaria said it would not withhold 20 million euros ($22 million) in budget "
        "support from Moldova.",
    ),
]

TWO_PACIFIC: list[Case] = [
    # two Pacific states named before: "the Pacific nation" is neither
    (
        "SUVA",
        "Fiji said it would cut aid to Tonga after the Pacific nation signed a fisheries "
        "agreement with China.",
        "FJI>TON:16",
    ),
]

NONE: list[NearMiss] = NOT_WITHHELD
GAPS: list[Gap] = [
    (
        "WELLINGTON",
        "New Zealand said it would cut aid to Niue after Niue signed a fisheries deal with "
        "China.",
        "NZL>NIU:16 NIU>CHN:05",
        "'signed a fisheries deal' codes no signing where 'a fisheries agreement' does",
    ),
]
CASES = BRACKETED_SUMS + PACIFIC_STATES + TWO_PACIFIC


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_recall9_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_recall9_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
