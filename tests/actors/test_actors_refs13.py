""" "The office of the U.N. envoy urged ...": the office of an office holder acts for it
(session 35, task CEAS; the rule of S44's 74b341f7, taken back in session 34).

"The office of <a holder> called on X to ..." had no source: "office" names no actor. It now
speaks and acts for the holder its of-phrase names, as "a spokesman for" a body does
(rules.yaml mouth_nouns take "office"; parties._actors_of). Its appeal made the speaking
body the counterpart of a truce declared with no party just after it; a truce now takes
its counterpart only from the source's armed hostility (tests/events/test_events_context71),
so the office's appeal is no truce with the U.N. Kept: an office that is a place or a
building ("gathered outside the office of the U.N. envoy", "was closed") acts for no one.
Every sentence was written for this file; each row is (dateline, body, expected events of
the whole body as "SRC>TGT:RR"); the cases run through the whole pipeline in one batch
(``audit_cases.code_audit``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "events"))

from audit_cases import (  # noqa: E402
    Case,
    Gap,
    NearMiss,
    audit_bodies,
    audit_params,
    code_audit,
    matches,
)

# the office of an office holder acts for the holder's body or state
CASES: list[Case] = [
    (
        "LUSAKA",
        "The office of the U.N. special envoy for the Great Lakes called on Zambia to protect"
        " civilians.",
        "UN>ZMB:02",
    ),
    (
        "LILONGWE",
        "The office of Malawi's president said it was following the case and called on Zambia"
        " to free the fishermen.",
        "MWI>ZMB:02",
    ),
    (
        "NIAMEY",
        "The office of the Nigerien prime minister urged Chad to reopen the border.",
        "NER>TCD:02",
    ),
]

# the office's appeal is no party to a truce declared after it (context71's narrowing)
TRUCES: list[Case] = [
    (
        "WINDHOEK",
        "The office of the U.N. envoy urged Namibia to show restraint. Namibia observed a"
        " 72-hour truce.",
        "UN>NAM:02",
    ),
    (
        "WINDHOEK",
        "Angolan troops shelled Namibian border posts on Friday. The office of the U.N. envoy"
        " urged Namibia to show restraint. Namibia proclaimed a ceasefire on Sunday.",
        "AGO>NAM:19 UN>NAM:02 NAM>AGO:08",
    ),
]
CASES += TRUCES

# an office that is a place acts for no one
NONE: list[NearMiss] = [
    ("LUSAKA", "Protesters gathered outside the office of the U.N. envoy in Lusaka on Monday."),
    ("LUSAKA", "The office of the Zambian president was closed on Monday."),
]

GAPS: list[Gap] = [
    (
        "WINDHOEK",
        "The office of the African Union envoy said it had urged Angola to withdraw its troops.",
        "AU>AGO:02",
        "'it' after the office's saying is not read as the office (parties._speaker_mention)",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once."""
    return code_audit(CASES, NONE, GAPS)


def test_actors_refs13_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_actors_refs13_offices(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
