"""Context 69 (session 35, helper S45), from set 45's misses: an offer to talk beside the
offerer's own rejection and an expectation of calm.

"Spain's ministry ... rejected what it called 'a misreading' of the 1998 text and offered to
convene the joint commission" had no target for the offer: the counterpart search answers a
hostile act only in kind, and an offer is cooperative. An offer to talk (rules.yaml
talks_offer_codes, 036) now takes the other side of its offerer's own hostile act in the same
sentence (reactions._talks_offered); across sentences it still answers only cooperation (a
protest, then "ready to discuss compensation", may be meant for a firm). v.offer's and
v.ready_to_work's 036 refine reads "discuss" and "convene" as talks. "An EU spokesperson
said the bloc expected 'both Belgrade and Zagreb to lower the temperature'" is an appeal to each
(v.expect_restraint, 020: temperature, restraint, calm, de-escalate, tension). "Jamaica rejected
a U.S. decision to revoke the visas of three Jamaican officials" stays a gap: a state's
adjective on a judged decision names no doer of its infinitive by an earlier test's convention
(test_events_vocabulary8). Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# an offer to talk beside the offerer's own rejection goes to the rejected side
CASES: list[Case] = [
    (
        "HELSINKI",
        "Finland protested to Estonia on Monday over a fishing quota. Estonia's ministry rejected"
        " the claim and offered to convene the joint commission within two weeks.",
        "FIN>EST:11 EST>FIN:12 EST>FIN:03",
    ),
    (
        "VILNIUS",
        "Lithuania complained to Latvia about the new tolls on Friday. Latvia's ministry dismissed"
        " the complaint and offered to discuss the fees.",
        "LTU>LVA:11 LVA>LTU:12 LVA>LTU:03",
    ),
]

# an expectation of calm is an appeal to each side named
EXPECTED: list[Case] = [
    (
        "BRUSSELS",
        'An EU spokesperson said the bloc expected "both Vilnius and Riga to lower the'
        ' temperature," and noted that the talks mattered.',
        "EU>LTU:02 EU>LVA:02",
    ),
    (
        "ADDIS ABABA",
        "The African Union said it expected Ghana and Togo to show restraint.",
        "AU>GHA:02 AU>TGO:02",
    ),
]
CASES += EXPECTED
# a state's adjective on 'a ... decision' names the doer of its infinitive: passes since session 36 (S47: clauses._noun_agent)
CASES += [
    (
        "TALLINN",
        "Estonia rejected a Finnish decision to revoke the visas of three senior Estonian"
        " health officials.",
        "EST>FIN:12 FIN>EST:16",
    ),
]

NONE: list[NearMiss] = [
    # a forecast, no appeal
    ("ACCRA", "Analysts expect tensions to rise between Ghana and Togo."),
]

GAPS: list[Gap] = [
    (
        "RIGA",
        "Lithuania complained to Latvia about the new tolls on Friday. Latvia rejected the"
        " complaint and said it was ready to discuss the tolls at a joint meeting.",
        "LTU>LVA:11 LVA>LTU:12 LVA>LTU:03",
        "an offer reported by a saying verb joined to the rejection: sides._told reads only a"
        " saying verb that is the sentence's root, so no counterpart is sought",
    ),
    (
        "HELSINKI",
        "Finland protested to Estonia on Monday over a herring quota. Estonia's fisheries minister"
        " said Tallinn was ready to discuss the quotas at the next meeting of the joint council.",
        "FIN>EST:11 EST>FIN:03",
        "across sentences an offer answers only cooperation (reactions._counterpart); opening"
        " it there made an offer to a firm ('ready to discuss compensation') an offer to its state",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context69_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context69_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
