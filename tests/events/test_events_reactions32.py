"""Reactions 32 (session 29, helper CTX): a stock threat answers hostile words aimed at the
vower, as a vowed measure does.

'Warned that Moscow would "draw the appropriate conclusions"': a threat pattern whose code
is its own (130: v.draw_conclusions, v.warn_of, v.reserve_right ...) answered deeds only
(reaction_matches "retaliation"), so a vow told after the vower's own summons of the other
side's envoy, with no deed of that side coded, found no target. Since session 25 a measure
only vowed ("would take all necessary measures", a future_code threat) answers hostile words
as well ("vowed retaliation": the vower's own criticism just told places it,
reactions._own_answer); a stock threat whose object is its idiom's own ("the appropriate
conclusions") now reads the same (extract: ``stock``). One that names what it answers
("would answer any further Moldovan steps in kind") keeps the deed reading, so a third
party's charge told since ("Russia accused Kyiv ...") does not take its target; a bare
"would respond" or "would not remain indifferent" keeps it too (after the source's own
criticism of two states it answers neither: test_events_clauses32). Each row is (dateline, body, expected events of
the whole body as "SRC>TGT:RR").

A deed said to be answered ("it will not go unanswered", "will not remain unpunished")
threatens its doer as "will not leave this aggression unanswered" does (v.say_unanswered reads
it in the saying verb's clause or quote); losses to floods are no deed of a state.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# the vower's own summons just told places the stock threat (the second row, placed before too
# by the counterpart rule, guards it)
OWN: list[Case] = [
    (
        "LISBON",
        "Portugal refused on Monday to let a Brazilian navy ship dock in Lisbon. Brazil's "
        "Foreign Ministry said it had summoned Ambassador Rui Costa and handed him a protest "
        'note. A ministry spokesperson warned that Brasilia would "draw the appropriate '
        'conclusions."',
        "BRA>PRT:11 BRA>PRT:13",
    ),
    (
        "ACCRA",
        "Ghana's Foreign Ministry summoned Togo's ambassador on Wednesday over remarks by "
        "a Togolese minister. Officials said Accra would not remain indifferent.",
        "GHA>TGO:11 GHA>TGO:13",
    ),
]

# near-misses: a threat naming what it answers keeps its deed's doer; lessons drawn from an
# inquiry threaten no one
KEPT: list[Case] = [
    (
        "KYIV",
        "Ukraine ordered a Moldovan diplomat to leave the country on Thursday. Moldova "
        "expelled a Ukrainian diplomat in return within hours. Russia's Foreign Ministry "
        "spokeswoman said the quarrel showed the real face of the government in Kyiv, which "
        "she accused of persecuting ethnic minorities. Ukrainian officials said Kyiv would "
        'answer any further Moldovan steps "in kind."',
        "UKR>MDA:16 MDA>UKR:16 RUS>UKR:11 UKR>MDA:13",
    ),
    (
        "WINDHOEK",
        "Botswana's Foreign Ministry summoned Namibia's ambassador on Monday over a river "
        "dispute. Namibia said it would draw conclusions from the inquiry into last year's "
        "crash.",
        "BWA>NAM:11",
    ),
]

# "it will not go unanswered": the deed told is to be answered (v.say_unanswered), a threat to
# whoever last acted on the speaker; the quote may come before its attribution
UNANSWERED: list[Case] = [
    (
        "KHARTOUM",
        "Sudan's army said Monday that Eritrean forces had shelled two of its posts near the "
        "border, killing three soldiers. Army spokesman Ali Musa said the shells were fired "
        'from Eritrean territory. "This was a deliberate attack on Sudanese soil, and it will '
        'not go unanswered," he said in a statement.',
        "ERI>SDN:19 ERI>SDN:19 SDN>ERI:13",
    ),
    (
        "PORT SUDAN",
        "Sudan's army said Monday that Eritrean forces had shelled two of its posts near the "
        'border, killing three soldiers. "The aggression will not remain unpunished," Army '
        "spokesman Ali Musa said.",
        "ERI>SDN:19 SDN>ERI:13",
    ),
]

# near-miss: losses to floods are no deed of a state
NONE: list[NearMiss] = [
    (
        "KASSALA",
        "Heavy rains flooded farms near the border on Monday. \"Our farmers' losses will not "
        'go unanswered," the agriculture minister said.',
    ),
]

GAPS: list[Gap] = []

CASES = OWN + KEPT + UNANSWERED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_reactions32_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_reactions32_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
