"""Review 459 (session 68, C2): a ", which" naming clause whose target is the host clause's doer.

"Russia banned Moldovan wine, which Chisinau called a provocation": the parser made the name a
second object beside "which" (no oprd, so v.call_names never ran); nlp
`_relative_names_read_as_objects` restores it as the name. The judgement is of the act done to
the judge's own thing, so it aims at the host clause's subject (events/sides.py `_judges_own` in
`_relative_maker`; the first of joined nouns, "imports of Moldovan wine and fruit"). The free
relative "condemned what it called a provocation by Greece" gains the same repair.

An as-phrase naming the wrong through a try, an act or a kind ("described the patrols as an
attempt at intimidation", "as a form of blackmail": objects `_has_need` as_phrase, rules
judged_attempt_nouns) judges as the bare wrong does; intimidation and harassment join the wrong
names (patterns.yaml wrong_names).

Near misses: a name of praise or a plain name; a saying clause ("which Lima said was routine").
A third party's thing so named ("China bought Russian gas, which Japan called a mistake") is
the buying: clauses `_judged_own_thing` gives the doer when the clause names the thing (oprd).
Gaps: the object under "halted imports of", "restricted exports of".

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "CHISINAU",
        "Russia banned Moldovan wine, which Chisinau called a provocation.",
        "RUS>MDA:16 MDA>RUS:11",
    ),
    (
        "CHISINAU",
        "In March, Russia barred imports of Moldovan wine and fruit, which Chisinau called "
        "political punishment.",
        "RUS>MDA:16 MDA>RUS:11",
    ),
    (
        "ATHENS",
        "Turkey seized a Greek fishing boat on Monday, which Athens called an act of piracy.",
        "TUR>GRC:17 GRC>TUR:11",
    ),
    (
        "HANOI",
        "China detained ten Vietnamese fishermen, which Hanoi described as a violation of "
        "international law.",
        "CHN>VNM:17 VNM>CHN:11",
    ),
    (
        "CARACAS",
        "Guyana expelled two Venezuelan diplomats, which Caracas called an unfriendly act.",
        "GUY>VEN:16 VEN>GUY:11",
    ),
    ("ANKARA", "Turkey condemned what it called a provocation by Greece.", "TUR>GRC:11"),
    # a third party's thing named a wrong: the act of the host's subject is judged
    ("TOKYO", "China bought Russian gas, which Japan called a mistake.", "JPN>CHN:11"),
    (
        "WASHINGTON",
        "Turkey bought the Russian S-400 system, which Washington called a threat to NATO.",
        "USA>TUR:11",
    ),
]
# an as-phrase naming a wrong through a try, an act or a kind ("an attempt at intimidation")
CASES += [
    (
        "ATHENS",
        "Turkey's navy increased patrols in the eastern Aegean, which Athens described as an "
        "attempt at intimidation.",
        "GRC>TUR:11",
    ),
    ("HANOI", "Vietnam described China's drills as an attempt at intimidation.", "VNM>CHN:11"),
    ("LIMA", "Peru described Chile's new tariff as a form of blackmail.", "PER>CHL:11"),
    ("RIGA", "Latvia described Russia's flights near its border as harassment.", "LVA>RUS:11"),
]
# ... not praise, nor a saying clause, nor a try at a good end
NONE: list[NearMiss] = [
    ("SEOUL", "Seoul described the talks with Tokyo as an attempt at reconciliation."),
    ("ACCRA", "Ghana described Togo's visit as an act of friendship."),
    ("ACCRA", "Togo renamed its main port, which Ghana called a surprise."),
    ("LIMA", "Chile sent a navy ship near the border, which Lima said was routine."),
]
GAPS: list[Gap] = [
    (
        "CHISINAU",
        "Russia halted imports of Moldovan apples, which Chisinau called a provocation.",
        "RUS>MDA:16 MDA>RUS:11",
        "codes RUS>MDA:16 only: the judgement's maker is not found under 'halted imports of'",
    ),
    (
        "SEOUL",
        "Japan restricted exports of Korean chips, which Seoul called economic retaliation.",
        "JPN>KOR:16 KOR>JPN:11",
        "codes JPN>KOR:16 only, as 'halted imports of'",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review459_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review459_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
