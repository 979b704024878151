"""Reactions 45 (session 37, helper CTX): reactions whose target the sentence does not name.

1. "Norway refused a Russian ship permission to dock ... [answers to it] ... Finland welcomed
   the decision": refusing permission, access, clearance or entry turns down what another
   asked for (asked_nouns), a decision of the refuser's that "the decision" far below may
   sum up, not an answer only, as a refused protest is (reactions._refused_request). Another
   deed told between still stops it.
2. "Hungary's MOL agreed to buy a stake in Serbia's oil company. The deal was announced by
   Serbia's president, who thanked Hungary ... A State Department spokesperson welcomed the
   agreement": "the agreement" that no telling in reach placed is the story's one deal, told
   both ways in the lead (reactions._deal_reaction_parties, _story_deal), only when the lead
   or that sentence tells a deal (agreement_nouns, undertaking_verbs): thanks and praise both
   ways alone are no agreement.
3. A dateline with its agency ("BELGRADE, Serbia (AP)") parsed as a sentence of its own is
   no lead sentence where the story's deal is sought: that lead is the first body sentences
   with a verb (reactions._lead_end with verbs).

Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

_REFUSED = (
    "Norway on Monday refused a Russian research ship permission to dock in Tromso, the "
    "foreign ministry said. The ship had planned to change crews there. "
)
_MOL = (
    "Hungarian energy group MOL agreed on Wednesday to buy a majority stake in Serbia's oil "
    "company. The deal was announced in Belgrade by Serbia's president, who thanked Hungary's "
    'prime minister for "standing by Serbia when others were telling us what to do." '
)
_FILLER = "The company runs the country's only refinery. It employs 4,000 people. "

# a refusal of what another asked for is a decision
REFUSED: list[Case] = [
    (
        "OSLO",
        "Norway on Monday denied a Russian research ship access to its waters near Svalbard, "
        "the foreign ministry said. The ship had planned a survey of the seabed. Russia "
        "protested. Norway's foreign minister rejected the protest. The European Union praised "
        "the decision.",
        "NOR>RUS:12 NOR>RUS:12 EU>NOR:05",
    ),
    (
        "OSLO",
        "Norway has refused a Russian cargo plane clearance to land at Tromso, officials said. "
        "The plane had asked to refuel on its way to Svalbard. Moscow called the refusal "
        "hostile. Oslo rejected the charge. It said the rules were old. Sweden backed the "
        "decision.",
        "NOR>RUS:12 RUS>NOR:11 NOR>RUS:12 SWE>NOR:05",
    ),
    (
        "OSLO",
        _REFUSED + "Russia criticized the decision. Norway's foreign minister rejected the "
        "criticism. He said the rules applied to every flag. Finland welcomed the decision.",
        "NOR>RUS:12 RUS>NOR:11 NOR>RUS:12 FIN>NOR:05",
    ),
    # another deed told between: which decision is meant is not said
    (
        "OSLO",
        _REFUSED + "Russia criticized the decision. Norway's foreign minister rejected the "
        "criticism. Separately, Sweden expelled a Russian diplomat. Finland welcomed the "
        "decision.",
        "NOR>RUS:12 RUS>NOR:11 NOR>RUS:12 SWE>RUS:16",
    ),
]

# "the agreement" far below the story's one deal
STORY_DEAL: list[Case] = [
    (
        "BELGRADE, Serbia (AP)",
        _MOL + _FILLER + "Its profits fell last year. A State Department spokesperson welcomed "
        "the agreement.",
        "SRB>HUN:05 HUN>SRB:05 USA>HUN:05 USA>SRB:05",
    ),
    # thanks and praise both ways, no deal told: nothing
    (
        "BELGRADE, Serbia (AP)",
        "Serbia's president on Wednesday thanked Hungary's prime minister for \"standing by "
        'Serbia when others were telling us what to do." ' + _FILLER + "Prices rose. A State "
        "Department spokesperson welcomed the agreement.",
        "SRB>HUN:05 HUN>SRB:05",
    ),
]

NONE: list[NearMiss] = []

GAPS: list[Gap] = [
    (
        "BELGRADE, Serbia (AP)",
        _MOL + _FILLER + "Its profits fell last year. Croatia criticized the deal.",
        "SRB>HUN:05 HUN>SRB:05 HRV>HUN:11 HRV>SRB:11",
        "a criticism of the deal takes another path than the welcome (v.criticize) and does "
        "not reach _deal_reaction_parties yet",
    ),
]

CASES = REFUSED + STORY_DEAL


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions45_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions45_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
