"""Vocabulary 177 (session 68, K68): figures, data and estimates rejected.

"OPEC said Libya had exceeded its quota in March. The Libyan Oil Ministry rejected the figures"
coded nothing: a rejection of "the remarks", "that account" or "that version" answers the voice
just heard (reactions._remarked_just_before, rules remarked_nouns), but numbers told were no
such words, and no act noun (rules act_nouns) either, so the rejection had no target. Figures,
data, numbers, estimates, statistics and tallies are words told as a remark is: both lists
take them.

Near misses: figures confirmed (no rejection), and figures of one's own.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "ABUJA",
        "OPEC said Nigeria had pumped above its quota in May. Nigeria's oil ministry rejected "
        "the figures.",
        "NGA>OPEC:12",
    ),
    (
        "KYIV",
        "Russia's army said 400 Ukrainian troops had been killed near Kupiansk. Kyiv dismissed "
        "the figures as propaganda.",
        "UKR>RUS:12",
    ),
    (
        "LUSAKA",
        "The IMF said Zambia's debt had reached 120 percent of output. Zambia disputed the "
        "estimate.",
        "ZMB>IMF:12",
    ),
    (
        "DHAKA",
        "Bangladesh said 30,000 people had crossed from Myanmar this month. Myanmar rejected the "
        "numbers.",
        "MMR>BGD:12",
    ),
    (
        "ROME",
        "Spain criticized the figures published by Italy on Monday.",
        "ESP>ITA:11",
    ),
]
# ... figures confirmed, and one's own figures
NONE: list[NearMiss] = [
    (
        "LILONGWE",
        "The WHO said 40 people had died of cholera in Malawi. Malawi's health ministry "
        "confirmed the figures.",
    ),
    ("QUITO", "Ecuador published new export figures on Monday. Ecuador later revised the data."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary177_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True))
def test_events_vocabulary177_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
