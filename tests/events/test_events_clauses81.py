"""Clauses 81 (session 60, helper C60): a judgement of nothing told, then an appeal joined after.

"Said it was disappointed by the escalation and called on Peru to resume talks": the dismay
names no one and no deed told before, and its source appeals to a state in a verb joined after
it; the judgement (11) is aimed at whom the appeal is, as a bare "said it was disappointed and
urged ..." already was (extract._appeal_joined_after, context "appealed", resolved only by
reactions._appeal_partner). One appeal naming two states aims it at both, unless a deed is
named in its by-phrase ("by the escalation": only the side the story told doing it, review366,
session 65); two appeals to two
states (whose escalation?), an appeal to the speaker's own people, a loss or a hazard judged,
and a dismay with no appeal after it aim it at no one.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

JUDGED_AS_APPEALED: list[Case] = [
    (
        "OTTAWA",
        'Canada\'s environment ministry said it was "disappointed" by the escalation and called'
        " on Peru to resume talks.",
        "CAN>PER:02 CAN>PER:11",
    ),
    (
        "STOCKHOLM",
        "Sweden said it was alarmed by the violence and urged Ghana to hold an inquiry.",
        "SWE>GHA:02 SWE>GHA:11",
    ),
    # a dismay at a deed told as fact in a clause of its own
    (
        "GENEVA",
        'The U.N. refugee agency said it was "deeply concerned" that the migrants\' claims had'
        " been judged on board ships, and urged Rome to give each of them a full hearing.",
        "UN>ITA:02 UN>ITA:11",
    ),
    # a naming of a place, a group in its phrase (no state named)
    (
        "ACCRA",
        'Ghana\'s foreign ministry called the detention centre "unfit for minors" and asked'
        " Lome to move the families elsewhere.",
        "GHA>TGO:02 GHA>TGO:11",
    ),
    # a state named in a phrase of the verb that is no judging phrase (rules judging_preps)
    (
        "ACCRA",
        "In a letter sent to Togo's consulate in Abidjan, Ghana's foreign ministry called the"
        ' detention centre "unfit for minors" and asked Lome to move the families elsewhere.',
        "GHA>TGO:02 GHA>TGO:11",
    ),
    # one appeal naming two states: the judgement of a deed in the by-phrase is aimed at the
    # side the story told doing it, and with none told at no one (session 65, review366: open
    # sets 26 and 58 aim such a judgement at the one side whose deed the story told)
    (
        "OSLO",
        "Norway said it was disappointed by the escalation and called on Peru and Chile to"
        " resume talks.",
        "NOR>PER:02 NOR>CHL:02",
    ),
]
APPEALS_ONLY: list[Case] = [
    # two appeals to two states: whose escalation is judged is not told
    (
        "TOKYO",
        "Japan said it was disappointed by the escalation, urged Peru to show restraint and"
        " called on Chile to resume talks.",
        "JPN>PER:02 JPN>CHL:02",
    ),
    # the naming judges the actor its object names, not the one appealed to after it
    (
        "BEIJING",
        'China called Japan\'s aid "a bribe" and urged Palau to reject it.',
        "CHN>JPN:11 CHN>PLW:02",
    ),
    # a worry told in a clause only foreseen ("could"), a risk to the speaker only
    (
        "VIENNA",
        "Austria has long worried that it could face lawsuits alone, and has asked Germany to"
        " share the risk.",
        "AUT>DEU:02",
    ),
    # a loss mourned blames no one
    (
        "STOCKHOLM",
        "Sweden said it was saddened by the loss of life and urged Ghana to accept help.",
        "SWE>GHA:02",
    ),
]
NOTHING: list[NearMiss] = [
    # its own people urged: no state appealed to
    ("OTTAWA", "Canada said it was disappointed by the escalation and urged its citizens to leave Peru."),
    # no appeal after the dismay
    ("OTTAWA", "Canada said it was concerned about the delays."),
]
GAPS: list[Gap] = [
    (
        "BRUSSELS",
        "Peru and Chile closed their shared border crossing on Monday. The European Union said it"
        " remained concerned about the stranded truck drivers and called on both governments to"
        " reopen the crossing.",
        "EU>PER:02 EU>CHL:02 EU>PER:11 EU>CHL:11",
        "the drivers are a noun told before (_told_noun), read before the appeal after it",
    ),
    (
        "LONDON",
        "Britain said it regretted that the vote had gone ahead and urged Georgia to reconsider.",
        "GBR>GEO:02 GBR>GEO:11",
        "the parser joins the appeal to the regretted clause ('gone'), not to 'regretted'",
    ),
]


@pytest.fixture(scope="module")
def coded() -> dict[str, list[str]]:
    """Every row through the whole pipeline at once (one nlp.pipe batch)."""
    return code_audit(JUDGED_AS_APPEALED + APPEALS_ONLY, NOTHING, GAPS)


def test_events_clauses81_bodies_are_unique() -> None:
    bodies = audit_bodies(JUDGED_AS_APPEALED + APPEALS_ONLY, NOTHING, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(JUDGED_AS_APPEALED + APPEALS_ONLY, NOTHING, GAPS)
)
def test_events_clauses81_codes_exactly(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the expected events (none for a near miss)."""
    assert matches(coded[body], expected), (body, coded[body], expected)
