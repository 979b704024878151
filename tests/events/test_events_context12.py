"""Reactions in contact relative clauses on an act noun; subject roles in patterns (issue #5, part 12).

SUMMED: an act noun appended to a clause after a comma, with a reduced relative clause of
reaction ("Israel freed 50 prisoners, a step Washington welcomed"), sums up that clause: the
reaction is aimed at the clause's subject (a statement noun, "a claim", at the one who said it,
not at who is said to have acted). The parser may make the noun a second subject of the
reaction, its object, or glue it onto the reactor ("a step Brussels criticized" with
"criticized" the root): the clause summed up is then the reaction's complement. A reactor that is the act's own author
("a decision Cairo defended"), or no actor ("analysts", "the court"), codes nothing.
ROLES: a pattern's `subject_roles` keeps only sources of those roles: v.sail_near
([MIL]) codes "Chinese bombers flew near Japan" (150) but not a minister's flight; a state
named alone passes as the modifier of a craft ("a Russian submarine") or with a direct object
("China sailed an aircraft carrier near Taiwan").
Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR"). Every sentence
was written for this file; none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

SUMMED: list[Case] = [
    (
        "CAIRO",
        "Egypt accused Sudan of arming the rebels, a charge Khartoum denies.",
        "EGY>SDN:11 SDN>EGY:12",
    ),
    (
        "TEHRAN, IRAN",
        "Israel struck a consulate in Damascus on Monday, a move Tehran called hostile.",
        "ISR>SYR:19 IRN>ISR:11",
    ),
    (
        "BEIJING",
        "Washington accused China of hacking its grid, an accusation Beijing dismissed.",
        "USA>CHN:11 CHN>USA:12",
    ),
    (
        "WASHINGTON",
        "Israel freed 50 prisoners on Monday, a step Washington welcomed.",
        "USA>ISR:05",
    ),
    ("WASHINGTON", "Israel reopened the Rafah crossing, a step Washington welcomed.", "USA>ISR:05"),
    (
        "WASHINGTON",
        "Israel agreed to reopen the crossing, a step that Washington welcomed.",
        "USA>ISR:05",
    ),
    ("PARIS", "Germany agreed to lift the export ban, a decision Paris praised.", "FRA>DEU:05"),
    (
        "BUDAPEST, HUNGARY",
        "Hungary vetoed the aid package, a step Brussels criticized.",
        "EU>HUN:11",
    ),
    ("KYIV, UKRAINE", "Russia annexed four regions, a move Kyiv condemned.", "UKR>RUS:11"),
    # the parser makes "a step" the object of "welcomed", the clause its complement
    ("BELGRADE, SERBIA", "Serbia lifted the trade embargo, a step Kosovo welcomed.", "XKX>SRB:05"),
    (
        "JERUSALEM",
        "Iran said Israel spied on its scientists, a claim Israel denies.",
        "IRN>ISR:11 ISR>IRN:12",
    ),
    (
        "TEHRAN, IRAN",
        "Iran said Israel had hacked its banks, a claim no one has verified.",
        "IRN>ISR:11",
    ),
    # the tagger reads "rejects" as a plural noun compounded with "Seoul": read from the words
    # (session 15, _appended_denials)
    (
        "SEOUL",
        "Pyongyang accused South Korea of violating the truce, a claim Seoul rejects.",
        "PRK>KOR:11 KOR>PRK:12",
    ),
]

ROLES: list[Case] = [
    ("TOKYO", "Chinese bombers flew near Japan on Monday.", "CHN>JPN:15"),
    ("TOKYO", "Chinese warplanes circled near Okinawa on Friday.", "CHN>JPN:15"),
    ("STOCKHOLM", "Russian warships sailed near Gotland overnight.", "RUS>SWE:15"),
    ("TAIPEI, TAIWAN", "China sailed an aircraft carrier near Taiwan on Monday.", "CHN>TWN:15"),
    ("DUBLIN", "A Russian submarine sailed near Ireland last week.", "RUS>IRL:15"),
    # a trip, not a show of force: only the visit is coded
    ("MANILA", "The Japanese prime minister flew near Taiwan on his way to Manila.", "JPN>PHL:04"),
    ("SEOUL", "The Chinese foreign minister flew near Japan on his way to Seoul.", "CHN>KOR:04"),
]

NONE: list[NearMiss] = [
    ("KHARTOUM, SUDAN", "The court charged Sudan's envoy with fraud, a charge the court dropped."),
    ("TEHRAN, IRAN", "Iran moved troops to the border, a move analysts called risky."),
    ("CAIRO", "Egypt lifted the ban on imports, a decision Egypt defended."),
    ("CAIRO", "Egypt lifted the ban on imports, a decision Cairo defended."),
    ("MANILA", "Manila lifted the ban on rice imports, a decision farmers criticized."),
    ("STOCKHOLM", "Russia's defense minister sailed along the Baltic coast on a yacht."),
    ("TOKYO", "A Chinese airliner flew near Japan on Tuesday."),
]

# (dateline, body, expected, why it fails today)
GAPS: list[Gap] = [
    (
        "TOKYO",
        "Russia flew two bombers near Japan on Monday.",
        "RUS>JPN:15",
        "the parser hangs 'near Japan' on the object, and v.sail_near needs it on the verb",
    ),
]

# a gap until session 21 (CP's 0451b12: the wrong names, piracy among them, are v.call_names')
NAMED: list[Case] = [
    ("LONDON", "Iran seized a British tanker, a move London called piracy.", "IRN>GBR:17 GBR>IRN:11"),
]

CASES = SUMMED + ROLES + NAMED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context12_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context12_codes_summed_reactions_and_roles(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events; gaps are expected to fail."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
