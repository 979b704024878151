"""Said 2 (session 29, SAY): a state defending its own deed as lawful in reported speech, each
tested on sentences written here.

Coded: a state that says its own deed kept the law ("said the flight followed the law",
"said the dam met European safety standards", "said the deportation complied with European
law", "said the officers had acted lawfully", "said Estonian boats sailed lawfully") rejects
(v.say_lawful, 120) the complaint of whoever last acted against it: a summons, a protest.
Kept uncoded: the same words with no complaint against the speaker before (nothing to
answer, only aid, or a measure), another state's deed called lawful, a deed just told summed
up as "the decision", a denial, a modal, a question, and a speaker that is no state. Each
row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

SUMMONS = "Angola summoned Portugal's ambassador on Monday over a deportation flight."

OWN_DEED_DEFENDED: list[Case] = [
    (
        "LISBON",
        f"{SUMMONS} Portugal's government said the flight followed the law.",
        "AGO>PRT:11 PRT>AGO:12",
    ),
    (
        "LISBON",
        f"{SUMMONS} Portugal's government said the flight was legal.",
        "AGO>PRT:11 PRT>AGO:12",
    ),
    (
        "LISBON",
        f"{SUMMONS} Portugal's interior minister said the officers had acted lawfully.",
        "AGO>PRT:11 PRT>AGO:12",
    ),
    (
        "LISBON",
        f"{SUMMONS} Portugal's interior minister said the deportation complied with European law.",
        "AGO>PRT:11 PRT>AGO:12",
    ),
    (
        "ZAGREB",
        "Slovenia lodged a formal protest with Croatia over a planned dam. Croatia's ministry"
        " said the dam met European safety standards.",
        "SVN>HRV:11 HRV>SVN:12",
    ),
    (
        "OSLO",
        "Finland summoned Estonia's ambassador on Monday over the patrols. Estonia's embassy"
        " said Estonian boats sailed lawfully in international waters.",
        "FIN>EST:11 EST>FIN:12",
    ),
]

NONE: list[NearMiss] = [
    # nothing done to the speaker before: no complaint to answer
    ("LISBON", "Portugal's government said the new ferry service followed the law."),
    ("LIMA", "Peru's trade minister said the export licences were legal."),
]

NOT_DEFENDED: list[Case] = [
    # only aid before: a refusal answers no friendly act
    (
        "LISBON",
        "Angola sent aid to Portugal on Monday. Portugal's government said the aid flight"
        " followed the law.",
        "AGO>PRT:07",
    ),
    # a measure, no complaint, before
    (
        "LISBON",
        "Angola expelled two Portuguese journalists on Monday. Portugal's government said its"
        " own flight followed the law.",
        "AGO>PRT:17|16",
    ),
    # another state's deed called lawful; the deed just told, summed up
    (
        "LISBON",
        "Angola expelled two Portuguese diplomats on Monday. Portugal's government said"
        " Angola's decision was legal.",
        "AGO>PRT:16",
    ),
    (
        "LISBON",
        "Angola expelled two Portuguese diplomats on Monday. Portugal's government said the"
        " decision was legal.",
        "AGO>PRT:16",
    ),
    (
        "LISBON",
        f"{SUMMONS} Portugal's interior minister said Angola's complaint followed the rules.",
        "AGO>PRT:11",
    ),
    # another state's craft, or a passage with no word of law
    (
        "OSLO",
        "Finland summoned Estonia's ambassador on Tuesday over the patrols. Estonia's embassy"
        " said Finnish boats sailed lawfully in international waters.",
        "FIN>EST:11",
    ),
    (
        "OSLO",
        "Finland summoned Estonia's ambassador on Tuesday over the drills. Estonia's embassy"
        " said Estonian boats sailed to the Baltic.",
        "FIN>EST:11",
    ),
    # denied, only possible, asked
    (
        "LISBON",
        f"{SUMMONS} Portugal's government said the flight had not followed the law.",
        "AGO>PRT:11",
    ),
    ("LISBON", f"{SUMMONS} Portugal's government said the flight might be legal.", "AGO>PRT:11"),
    (
        "LISBON",
        f"{SUMMONS} Portugal's interior minister asked whether the flight had followed the law.",
        "AGO>PRT:11",
    ),
    # no state speaks
    (
        "LISBON",
        f"{SUMMONS} A spokesman for the charter airline said the flight followed the law.",
        "AGO>PRT:11",
    ),
]

GAPS: list[Gap] = [
    (
        "ZAGREB",
        "Slovenia lodged a formal protest with Croatia over a planned dam. Croatia's ministry"
        " defended the plan, saying the site had been studied for years and met European"
        " safety standards.",
        "SVN>HRV:11 HRV>SVN:12",
        "a second clause joined to the first shares its subject: _worded_clause reads only"
        " clauses with a subject of their own",
    ),
]
CASES = OWN_DEED_DEFENDED + NOT_DEFENDED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_said2_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_said2_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
