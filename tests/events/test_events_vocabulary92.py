"""Vocabulary 92 (session 49, P24): a body's findings called alarming are no rebuke of the body.

- A naming (v.call_names, v.describe_as, v.declare_wrong) of a body's findings (findings_nouns:
  "the IAEA report", "the WHO findings") whose only wrong named is alarm (alarm_names:
  "alarming", "deeply worrying") judges what the findings tell, not their author: "France
  called the IAEA report alarming" is alarm at what the report says Iran did (the guidelines'
  target is who is spoken about), no criticism of the agency (extract._findings_judged). A
  report named biased, a provocation or politically motivated still blames its author, and
  alarm at a deed ("called the Russian drills alarming") still blames the doer.

Every sentence was written for this file (new names and states); each row is (dateline,
body, expected events of the whole body as "SRC>TGT:RR"; "a|b" accepts either root).
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    # alarm at a report joined to an appeal: the appeal alone
    (
        "",
        "Spain called the IAEA report alarming and urged Syria to let inspectors in.",
        "ESP>SYR:02",
    ),
    # a report named a wrong blames its author
    ("", "Belarus called the OSCE report biased and politically motivated.", "BLR>OSCE:11"),
    ("", "Venezuela called the UN report a provocation.", "VEN>UN:11"),
    # alarm at a deed blames its doer
    ("", "Estonia called the Russian drills alarming.", "EST>RUS:11"),
]

NEAR_MISSES: list[NearMiss] = [
    ("", "Austria called the WHO report deeply worrying."),
    ("", "Norway described the UN findings on the famine as alarming."),
    ("", "Ireland called the latest IMF assessment sobering."),
]

GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    return code_audit(CASES, NEAR_MISSES, GAPS)


def test_events_vocabulary92_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NEAR_MISSES, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NEAR_MISSES, GAPS))
def test_events_vocabulary92_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
