"""Said 17 (session 40, builder SAY2): a cooperation withheld until another state acts.

"Guinea-Bissau's foreign minister said Bissau would not discuss joint patrols until Dakar
apologized": the speaker's own state says it will not do an act of cooperation until (or
unless) another state acts, a conditional refusal (120) of that state, the subject of the
until- or unless-clause (patterns v.say_not_until, clauses._held_until with ``refused``).
The conventions make such refusals required (12/13/10, tests/gold/README.md). A forecast of
another state's act, a third party's report, a remark withheld, a condition that is no
state's act, a withheld act that is no cooperation and an affirmed act give none.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# the speaker's own act withheld until another state acts: a refusal of that state
WITHHELD: list[Case] = [
    (
        "BISSAU",
        "Guinea-Bissau's foreign minister said Bissau would not discuss joint patrols until"
        " Dakar apologized in writing.",
        "GNB>SEN:12",
    ),
    (
        "BAMAKO",
        "Mali said it would not attend the summit in Dakar unless Senegal released the detained"
        " soldiers.",
        "MLI>SEN:12",
    ),
    (
        "BAMAKO",
        '"We will not resume talks until Niger withdraws its troops," the Malian foreign'
        " minister said.",
        "MLI>NER:12",
    ),
    (
        "LUSAKA",
        "Zambia's president said his government would not reopen the railway until Malawi paid"
        " its debts.",
        "ZMB>MWI:12",
    ),
]

# no refusal told: a remark, a forecast, a third party's report, no state's act, no cooperation
NONE: list[NearMiss] = [
    ("BAMAKO", "Mali said it would not comment until Niger released the report."),
    ("BAMAKO", "Analysts said Mali would not attend the summit unless Senegal released the soldiers."),
    ("BAMAKO", "Mali said it would not reopen its embassy until security improved."),
    ("BAMAKO", "Mali said it would not stop its operations until Niger withdrew its troops."),
    ("BAMAKO", "Mali said it would attend the summit unless Senegal objected."),
]

GAPS: list[Gap] = [
    (
        "BAMAKO",
        "Mali will not sign the trade deal until Niger reopens the border, its minister said.",
        "MLI>NER:12",
        "a parenthetical 'its minister said' hangs under the refused act, which no say verb reports",
    ),
    (
        "BAMAKO",
        "Mali said it would not hold talks with Niger until Niamey apologized.",
        "MLI>NER:12",
        "'hold talks' is no withheld act of v.say_not_until's (hold alone is too wide)",
    ),
]

CASES: list[Case] = WITHHELD


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_said17_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_said17_rows(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
