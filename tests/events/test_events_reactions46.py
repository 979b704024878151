"""Reactions 46 (session 37, helper REACT): "the move" a bystander judges far below the lead.

1. "Panama renamed a canal pier after a Taiwanese donor, a move that prompted a protest from
   Beijing. ... [answers to it] ... Washington welcomed the decision": the lead's act no
   pattern codes, summed up by a noun whose relative clause tells the protest it drew
   (rules summing_nouns, eliciting_verbs), is "the move" that a reaction told beyond the
   window answers; its author is the protest's target (reactions._elicited_by_uncoded with
   parties._summed_clause), as with "..., prompting a protest from Beijing". Only the main
   act of the sentence is summed so ("let Taiwan open an office, a step that ...": which act
   is meant is not said), and no act denied.

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

_ANSWERS = "said it would review its ties with {0}. A spokesman accused {0} of provocation. "

SUMMED_ACT: list[Case] = [
    (
        "PANAMA CITY",
        "Panama renamed a canal pier after a Taiwanese donor, a move that prompted a protest "
        "from Beijing. The pier handles grain. Beijing " + _ANSWERS.format("Panama") + "Ships "
        "waited. Rain fell. Washington welcomed the decision.",
        "CHN>PAN:11 CHN>PAN:13 USA>PAN:05",
    ),
    (
        "MONROVIA",
        "Liberia on Tuesday struck 31 tankers from its shipping registry, a step that drew a "
        "protest from Moscow. The ships now have 30 days to find another flag. Moscow "
        + _ANSWERS.format("Monrovia")
        + "Prices rose. Oil fell. The European Union welcomed the move.",
        "RUS>LBR:11 RUS>LBR:13 EU>LBR:05",
    ),
]

# an act denied is no move
DENIED: list[Case] = [
    (
        "MONROVIA",
        "Liberia on Tuesday did not strike any tankers from its shipping registry, a step that "
        "drew a protest from Washington. The ships now have 30 days to find another flag. "
        "Washington " + _ANSWERS.format("Monrovia") + "Prices rose. Oil fell. The European "
        "Union criticized the move.",
        "USA>LBR:11 USA>LBR:13",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = [
    (
        "VILNIUS",
        "Lithuania let Taiwan open an office in Vilnius under the island's own name, a step "
        "that drew a sharp protest from Beijing. The office opened in November. Beijing "
        + _ANSWERS.format("Vilnius")
        + "Trade fell. Rain fell. The European Commission backed the decision.",
        "CHN>LTU:11 CHN>LTU:13 EU>LTU:05",
        "the protest is aimed at the subject of 'open' (Taiwan), not of the main act 'let'; "
        "the step is only read as the sentence's main act, so the decision finds no author",
    ),
]

CASES = SUMMED_ACT + DENIED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions46_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions46_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
