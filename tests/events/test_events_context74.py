"""Context 74 (session 37, helper S49): acts read back from the story, and asides told as news.

1. "Kenya turned down Uganda's request, and Kampala recalled its ambassador ... Uganda called
   the decision a hostile act": the reactor's own deed told after the one it answers, in the
   same lead sentence, stopped the search for "the decision" (reactions._latest_deed); no state
   blames or rejects its own deed (_BLAMING_ROOTS), so the search goes on to the deed before.
   A defence of the decision still names no one.
2. "Norway asked the EU to reopen talks ... The Commission welcomed the request": a request
   told by its asking (a Gap in session 37, when "request ask" was taken out at landing; a case
   since session 38 brought the act derivation back).
3. "The note was delivered to Chile's ambassador, who was summoned to the ministry": a passive
   relative clause set off by a comma on a noun the told clause acts on is news as well
   (extract._told_aside), so an agentless summons there takes the patient's counterpart.
4. '"We expect Lithuania to do the same"': an expectation that another state do in return what
   the speaker did is an appeal to follow the speaker's lead (020, v.expect_restraint; sets 2
   and 49 code it 02), where one that it comply is a demand (100).

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

_LEAD = (
    "Kenya on Monday turned down a request from Uganda to extradite a former Ugandan general,"
    " and Kampala recalled its ambassador from Nairobi within hours. Kenya said the request did"
    " not meet the terms of the treaty. The general has lived in Nairobi since March. He has"
    " applied for asylum."
)

CASES: list[Case] = [
    # 1. the decision answered past the reactor's own deed
    (
        "NAIROBI",
        _LEAD + ' Uganda called the decision "a hostile act."',
        "KEN>UGA:12 UGA>KEN:16 UGA>KEN:02 UGA>KEN:11",
    ),
    (
        "NAIROBI",
        _LEAD + " Uganda defended the decision.",
        "KEN>UGA:12 UGA>KEN:16 UGA>KEN:02",
    ),
    # 2. a request told by its asking (session 38: "request ask" is back, helper CTX2; the
    # restated request it added to set 51 is optional there by the conventions)
    (
        "OSLO",
        "Norway asked the European Union on Monday to reopen fishing talks. The request was"
        " handed to the EU envoy in Oslo. The minister said the talks were overdue. The European"
        " Commission welcomed the request on Tuesday.",
        "NOR>EU:02 EU>NOR:05",
    ),
    # 3. a summons in a relative aside
    (
        "LIMA",
        "Peru handed Chile a protest note on Monday. The note was delivered by the foreign"
        " minister to Chile's ambassador, who was summoned to the ministry on Monday morning.",
        "PER>CHL:11 PER>CHL:11",
    ),
    # 4. another state expected to do the same
    (
        "WARSAW",
        '"Poland has paid its share of the pipeline," Polish Foreign Minister Adam Nowak told'
        ' reporters. "We expect Lithuania to do the same."',
        "POL>LTU:02",
    ),
    ("LIMA", "Peru expects Chile to honor the ruling, the minister said.", "PER>CHL:10"),
]

NONE: list[NearMiss] = [
    ("TOKYO", "Analysts expect Japan to do the same."),
    ("LIMA", "The minister met Chile's ambassador, who was appointed in March."),
]

GAPS: list[Gap] = [
    (
        "LIMA",
        "The note was handed to Chile's ambassador, who was summoned to the ministry on Monday.",
        "PER>CHL:11",
        "with no act told before, the summons has no counterpart to take as its source (the"
        " dateline's state is not read as the summoner)",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context74_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context74_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
