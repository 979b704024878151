"""Coordination 25 (session 33, helper TWOACT): a verb joined after an object, read as an adjective.

"Norway regretted the outcome but respected Sweden's choice" is parsed with "choice" a conjunct
of "outcome" and "respected" its modifier (at times tagged an adjective), so the second act had
no verb and its object was read as the regret's. The verb is made the first verb's conjunct
with the noun as its object (context._conjoined_verbs_read_as_adjectives): the acceptance (05)
is coded, and the regret of an outcome is aimed at whose choice is accepted
(rules conceding_patterns, conceded_nouns). "Peru said the deployment of the rig was
'provocative' and urged Santiago to withdraw it": the parser joins the appeal to the reported
clause, not to "said", and the judgement the clause tells is aimed at whom the appeal is, as
with "said it was disappointed and urged Lome to ..." (reactions._appeal_after); a judgement of
a deed the context tells, or of claims ("said the claims were false": rules
claim_judging_patterns), is not. Every sentence was written for this file; each row is
(dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "OSLO",
        "Norway said it regretted the outcome but respected Sweden's choice.",
        "NOR>SWE:05 NOR>SWE:11",
    ),
    (
        "LA PAZ",
        "Chile's supreme court barred the lithium export on Monday. Bolivia's president said she "
        "regretted the decision but respected Chile's right to make its own laws.",
        "BOL>CHL:05 BOL>CHL:11",
    ),
    (
        "ACCRA",
        "Ghana's trade minister said he regretted the verdict but respected Togo's choice.",
        "GHA>TGO:05 GHA>TGO:11",
    ),
    # the regret of another's move answers that move, not whose decision is respected
    (
        "NAIROBI",
        "Russia expelled two Kenyan diplomats on Monday. Kenya said it regretted the move but "
        "respected Ghana's decision to stay neutral.",
        "RUS>KEN:16 KEN>RUS:11 KEN>GHA:05",
    ),
    (
        "LIMA",
        'Peru said in a statement that the deployment of the rig was "provocative" and urged '
        "Santiago to withdraw it.",
        "PER>CHL:11 PER>CHL:02",
    ),
    (
        "QUITO",
        "Ecuador said the fishing ban was illegal and urged Peru to lift it.",
        "ECU>PER:11 ECU>PER:02",
    ),
    # the judged deed is told before: its doer, not whom the appeal is
    (
        "TEHRAN",
        "Britain deployed two warships to the Gulf on Monday. Iran said the presence of foreign "
        "fleets threatened the security of the region and urged Oman to reconsider.",
        "IRN>OMN:02",
    ),
    # a judgement of claims answers their maker, not whom the appeal is
    (
        "QUITO",
        "Ecuador protested to Peru over the seizure of two fishing boats. Peru's foreign "
        "minister said the claims were false and urged Quito to show restraint.",
        "ECU>PER:11 PER>ECU:02",
    ),
    # no judgement in the reported clause
    (
        "LA PAZ",
        "Peru said the talks were constructive and urged Bolivia to return next month.",
        "PER>BOL:02",
    ),
    # an adjective inside a noun phrase opened by a determiner is no verb
    (
        "LIMA",
        "Peru welcomed the deal and the revised Chilean plan.",
        "PER>CHL:05",
    ),
]

NONE: list[NearMiss] = [
    # a modifier of the first object's own conjunct with no trigger stem
    ("QUITO", "Ecuador's navy patrolled the coast and armored Colombian boats."),
]

GAPS: list[Gap] = [
    (
        "ACCRA",
        "Ghana's trade minister regretted the ruling and respected Togo's decision to keep the "
        "tariff.",
        "GHA>TGO:05 GHA>TGO:11",
        "parsed as 'the ruling and respected ... decision', both words modifiers of the object",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_coord25_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_coord25_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
