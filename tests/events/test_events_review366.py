"""Review 366 (session 65, D2): a judgement of a deed named in its by-phrase, joined before a
two-party appeal.

"said it was disappointed by the escalation and called on Reykjavik and Oslo to resume talks":
a judgement naming no state is aimed at whom its source appeals to in a verb joined after it
(context "appealed", reactions._appeal_partner), and when the one appeal names two states it
was aimed at both. A deed named in the feeling's by-phrase ("by the escalation", "by reports
that workers had been held") is one side's, not both sides': the judgement now goes to the one
appealed state the story told doing a hostile deed (deed_roots) to another of them
(reactions._appealed_doer), and to no one when the story tells no such deed or tells both
sides doing one (a tit for tat: whose escalation?).

Near misses: a by-phrase naming a state's deed ("dismayed by Russia's decision") keeps that
state; a topic after "about" ("concerned about compensation for displaced families") is the
appealed parties' own and keeps both; an appeal to one state keeps it.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# a judgement of a deed in its by-phrase before a two-party appeal: the deed's doer only
CASES: list[Case] = [
    (
        "REYKJAVIK",
        "Iceland barred Norwegian fishing vessels from its ports on Monday. Britain said it was "
        "disappointed by the escalation and called on Reykjavik and Oslo to resume talks.",
        "ISL>NOR:16 GBR>ISL:02 GBR>NOR:02 GBR>ISL:11",
    ),
    (
        "DHAKA",
        "The Maldives deported 300 Bangladeshi workers last week. The United Nations said it was "
        "concerned by reports that workers had been held for weeks, and urged Dhaka and Male to "
        "respect their rights.",
        "MDV>BGD:17 UN>BGD:02 UN>MDV:02 UN>MDV:11",
    ),
    # a deed noun the dictionary knows already answered its doer ("deed"), and still does
    (
        "ABUJA",
        "Chad closed its border with Niger on Friday. The African Union said it was alarmed by "
        "the move and urged N'Djamena and Niamey to reopen talks.",
        "TCD>NER:16 AU>TCD:02 AU>NER:02 AU>TCD:11",
    ),
    (
        "HANOI",
        "Cambodian police detained 14 Vietnamese fishermen on Sunday. Japan said it was worried "
        "by the detentions and urged Phnom Penh and Hanoi to settle the matter through dialogue.",
        "KHM>VNM:17 JPN>KHM:02 JPN>VNM:02 JPN>KHM:11",
    ),
    # ... near misses: no deed told, or both sides' deeds told: the appeal only
    (
        "LONDON",
        "Britain said it was disappointed by the escalation and called on Reykjavik and Oslo to "
        "resume talks.",
        "GBR>ISL:02 GBR>NOR:02",
    ),
    (
        "OSLO",
        "Iceland barred Norwegian fishing vessels from its ports on Monday. Norway barred "
        "Icelandic vessels from its ports on Tuesday. Britain said it was disappointed by the "
        "escalation and called on Reykjavik and Oslo to resume talks.",
        "ISL>NOR:16 NOR>ISL:16 GBR>ISL:02 GBR>NOR:02",
    ),
    # ... a state's deed named keeps that state; a topic after "about" keeps both appealed
    (
        "WASHINGTON",
        "The United States said it was dismayed by Russia's decision and called on Moscow and "
        "Kyiv to resume talks.",
        "USA>RUS:11 USA>RUS:02 USA>UKR:02",
    ),
    (
        "KAMPALA",
        "Uganda and Tanzania began building an oil pipeline last year. The European Union said "
        "it remained concerned about compensation for displaced families and called on both "
        "governments to publish audits.",
        "EU>UGA:02 EU>TZA:02 EU>UGA:11 EU>TZA:11",
    ),
    # ... an appeal to one state keeps it
    (
        "TROMSO",
        "Iceland barred Norwegian fishing vessels from its ports on Monday. Britain said it was "
        "disappointed by the escalation and called on Reykjavik to lift the ban.",
        "ISL>NOR:16 GBR>ISL:02 GBR>ISL:11",
    ),
]
NONE: list[NearMiss] = []
GAPS: list[Gap] = [
    (
        "LIMA",
        "Ecuador expelled Peru's ambassador on Tuesday, and trade groups in both countries warned "
        "of losses. Chile said it was concerned by the dispute and urged Quito and Lima to "
        "restore ties.",
        "ECU>PER:16 CHL>ECU:02 CHL>PER:02 CHL>ECU:11",
        "a judgement of 'the dispute' before a two-party appeal codes nothing (it did before this "
        "rule too): the judgement never reaches _appeal_partner",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review366_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review366_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
