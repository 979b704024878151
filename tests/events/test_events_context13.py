"""Reactions with no named target, criticism in reported speech, relative clauses (issue #5, part 13).

UNNAMED: a reaction that names no act ("Austria expressed regret", "Poland said it was deeply
disappointed", "Romania said it was pleased") or only "the decision" answers the act just told;
when no coded act is in reach, a decision told in the sentences just before (a deciding word,
or a saying verb that announces its subject's own future doing: "Hungary announced it would
...") gives its author. A bare concern is milder than a condemnation, but stated in answer to
another state's act it is that act's disapproval (111, as "expressed concern over the move").
A feeling about a disaster, a decision with no state author, the act's own author's feeling,
or a feeling about a party named outright (coded to it) are the near-misses.
SAID: a reported charge about "the move", "the decision" ("said the move was unjustified",
"said the decision violated the treaty") or "it" ("said it was a violation of law") answers
the deed just told, as "called the move unjustified" does; "described X as a provocation"
disapproves of X. A neutral word ("expected", "final"), a disaster or the speaker's own act
code nothing.
RELATIVE: a statement named after a body ("a U.N. report that blamed ...") is said by it.
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

UNNAMED: list[Case] = [
    # an announced decision that codes nothing by itself
    (
        "VIENNA",
        "Hungary said on Tuesday it would raise tolls on foreign trucks. Austria regretted "
        "the decision.",
        "AUT>HUN:11",
    ),
    (
        "VIENNA",
        "Hungary announced on Tuesday that it would double tolls on foreign lorries. Austria "
        "said it was deeply disappointed.",
        "AUT>HUN:11",
    ),
    (
        "BRATISLAVA",
        "Hungary said on Friday it would shut two border crossings at night. Slovakia "
        "expressed concern.",
        "SVK>HUN:11",
    ),
    (
        "BRATISLAVA",
        "Hungary announced it would cut the number of night trains. Slovakia voiced alarm.",
        "SVK>HUN:11",
    ),
    (
        "ZAGREB",
        "Hungarian lawmakers voted on Monday to build a dam upstream on the Drava. Croatia "
        "expressed regret.",
        "HRV>HUN:11",
    ),
    (
        "BUCHAREST",
        "Hungary announced its decision to reopen the old rail link. Romania said it was pleased.",
        "ROU>HUN:05",
    ),
    (
        "BRATISLAVA",
        "Hungary said it would extend the night curfew at its border posts. Slovakia said "
        "it understood the move.",
        "SVK>HUN:05",
    ),
    (
        "LJUBLJANA",
        "Hungary said it would keep its consulate in Maribor closed. Slovenia respected the "
        "decision.",
        "SVN>HUN:05",
    ),
    (
        "VIENNA",
        "Hungary said it would charge foreign drivers a new road fee. Austria voiced its "
        "disappointment.",
        "AUT>HUN:11",
    ),
    (
        "VIENNA",
        "Hungary announced it would stop issuing transit permits. Austria was alarmed by the step.",
        "AUT>HUN:11",
    ),
    (
        "VIENNA",
        "Hungary said it would close the Sopron crossing to lorries. Austria reacted angrily.",
        "AUT>HUN:11",
    ),
    (
        "VIENNA",
        "Hungary said it would cap Danube shipping at night. Austria criticized the plan.",
        "AUT>HUN:11",
    ),
    (
        "VIENNA",
        "Hungary said it would tax Austrian-owned shops more heavily. Vienna said the decision "
        "was discriminatory.",
        "AUT>HUN:11",
    ),
    # after a coded act
    (
        "WARSAW",
        "Belarus expelled a Polish military attache on Monday. Poland reacted with dismay.",
        "BLR>POL:16 POL>BLR:11",
    ),
    (
        "WARSAW",
        "Belarus expelled a Polish consul on Friday. Poland was dismayed.",
        "BLR>POL:16 POL>BLR:11",
    ),
    (
        "WARSAW",
        "Belarus expelled two Polish diplomats on Monday. Poland expressed concern.",
        "BLR>POL:16 POL>BLR:11",
    ),
    (
        "RIGA",
        "Belarus expelled a Lithuanian consul on Monday. Latvia said it was pleased.",
        "BLR>LTU:16 LVA>BLR:05",
    ),
]

UNNAMED_NONE: list[NearMiss] = [
    ("WARSAW", "Heavy snow closed roads across Poland. Lithuania reacted with dismay."),
    ("WARSAW", "Poland reopened its airports after the storm. Lithuania responded quickly."),
    ("WARSAW", "Floods swept through southern Poland on Monday. Poland expressed deep concern."),
    ("WARSAW", "Storms battered the Baltic coast. Lithuania said it was deeply disappointed."),
    (
        "WARSAW",
        "Protesters in Budapest decided to block the Danube bridges. Austria expressed concern.",
    ),
    (
        "BUDAPEST",
        "Hungary said it would lower taxes on diesel. Hungary said it was proud of the decision.",
    ),
    ("BUDAPEST", "Hungary said it would raise pensions. Hungary said it was pleased."),
    (
        "VIENNA",
        "Hungary said it would raise tolls on foreign trucks. Austria expressed concern over "
        "the floods in Styria.",
    ),
]

UNNAMED_NAMED: list[Case] = [
    # a feeling about a party named outright is coded to it, not to the decision's author
    (
        "VIENNA",
        "Hungary said it would close its airspace to private jets. Austria said it was deeply "
        "disappointed with Russia.",
        "AUT>RUS:11",
    ),
]

SAID: list[Case] = [
    (
        "TRIPOLI",
        "Malta expelled three Libyan diplomats on Sunday. Tripoli said the move was unjustified.",
        "MLT>LBY:16 LBY>MLT:11",
    ),
    (
        "TRIPOLI",
        "Malta expelled two Libyan envoys on Sunday. Tripoli said it was a violation of "
        "diplomatic norms.",
        "MLT>LBY:16 LBY>MLT:11",
    ),
    (
        "TRIPOLI",
        "Malta expelled a Libyan attache on Sunday. Tripoli said the decision violated the "
        "Vienna Convention.",
        "MLT>LBY:16 LBY>MLT:11",
    ),
    (
        "TRIPOLI",
        "Malta expelled four Libyan officials on Sunday. Tripoli described the expulsion as a "
        "provocation.",
        "MLT>LBY:16 LBY>MLT:11",
    ),
    (
        "TRIPOLI",
        "Malta expelled a Libyan military attache. Tripoli described the move as unwarranted.",
        "MLT>LBY:16 LBY>MLT:11",
    ),
    (
        "TRIPOLI",
        "Malta expelled a second Libyan envoy. Tripoli said this was unacceptable.",
        "MLT>LBY:16 LBY>MLT:11",
    ),
    # an act noun's possessor is its author (_clause_authors, session 14)
    (
        "TRIPOLI",
        "Malta expelled seven Libyan diplomats. Tripoli said Malta's decision was unjustified.",
        "MLT>LBY:16 LBY>MLT:11",
    ),
]

SAID_NEUTRAL: list[Case] = [
    (
        "TRIPOLI",
        "Malta expelled five Libyan diplomats on Sunday. Tripoli said the move was expected.",
        "MLT>LBY:16",
    ),
    (
        "TRIPOLI",
        "Malta expelled six Libyan diplomats on Sunday. Tripoli said the decision was final.",
        "MLT>LBY:16",
    ),
    (
        "TRIPOLI",
        "Malta expelled a Libyan trade envoy. Tripoli said its own decision was lawful.",
        "MLT>LBY:16",
    ),
    (
        "TRIPOLI",
        "Malta expelled a Libyan press attache. Tripoli described the talks as useful.",
        "MLT>LBY:16",
    ),
]

SAID_NONE: list[NearMiss] = [
    # a word judging an act charges no state the clause names as its object
    ("MOSCOW", "Moscow's envoy said pressure on Tehran was counterproductive."),
    ("TRIPOLI", "A storm hit the coast on Sunday. Tripoli said the storm was a catastrophe."),
    ("TRIPOLI", "Tripoli said it was responsible for the port's security."),
]

RELATIVE: list[Case] = [
    (
        "KHARTOUM",
        "The findings echo a U.N. report that blamed Sudanese soldiers for the massacre.",
        "UN>SDN:11",
    ),
    (
        "KHARTOUM",
        "The U.N. report, which blamed Sudanese police for the deaths, was released in May.",
        "UN>SDN:11",
    ),
    (
        "ASMARA",
        "Delegates from Eritrea, which recalled its ambassador from Addis Ababa in 2024, "
        "arrived on Monday.",
        "ERI>ETH:16",
    ),
    (
        "MINSK",
        "The sanctions that the EU imposed on Minsk last year have hurt potash exports.",
        "EU>BLR:16",
    ),
]

RELATIVE_NONE: list[NearMiss] = [
    ("GENEVA", "A report that was published on Monday said food prices rose."),
    ("KYIV", "The Ukraine report, which runs to 90 pages, criticized local courts."),
    ("DOHA", "Qatar's envoy met a banker who criticized the new tax rules."),
]

GAPS: list[Gap] = []

CASES = UNNAMED + UNNAMED_NAMED + SAID + SAID_NEUTRAL + RELATIVE
NONE = UNNAMED_NONE + SAID_NONE + RELATIVE_NONE


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context13_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_context13_codes_reactions_said_and_relative(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
