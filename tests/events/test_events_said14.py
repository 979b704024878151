"""Said 14 (session 38, N11): a deed said to be a kind of wrong, with no event before.

The census of required misses in silent sentences that name both actors (roots 11, 12, 16
and 10) put reported criticism first (v.say_accuse and its kin); two shapes of it are now read:

1. A deed said to be "an example", "a form", "an instance" or "a case" of a wrong judges as
   the wrong the of-phrase names (rules judged_kind_nouns, read by objects._judged_clauses as
   the light act nouns are): "said the drills were another example of Beijing's bullying" is
   an accusation (112) of the deed's author; an example of friendship or good planning is no
   reproach.
2. Bullying told as a noun and a deed "inconsistent with" the law are wrongs (v.say_accuse
   clause_words gain bullying and inconsistent).

Criticism of one's own government or party is no event between states. Every sentence was
written for this file; each row is (dateline, body, expected events of the whole body as
"SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

KINDS: list[Case] = [
    (
        "TAIPEI",
        "Taiwan said the Chinese drills were another example of Beijing's bullying.",
        "TWN>CHN:11",
    ),
    ("WARSAW", "Poland said the Russian gas cut was a form of blackmail.", "POL>RUS:11"),
    (
        "VILNIUS",
        '"The closure of the border by Belarus is a clear case of aggression," the Lithuanian '
        "foreign minister said.",
        "LTU>BLR:11",
    ),
    (
        "TBILISI",
        "Georgia's foreign ministry said the Russian troop drills were an instance of "
        "interference in its affairs.",
        "GEO>RUS:11",
    ),
]

WORDS: list[Case] = [
    (
        "HANOI",
        "Vietnam said China's new fishing ban was inconsistent with international law.",
        "VNM>CHN:11",
    ),
    ("ATHENS", "Greece said the Turkish survey was more bullying.", "GRC>TUR:11"),
]

NONE: list[NearMiss] = [
    # a kind that is no wrong
    ("SANTIAGO", "Chile said the Peruvian visit was an example of friendship."),
    ("NAIROBI", "Kenya said the Ugandan rail plan was an example of good planning."),
    # one's own government or party: no event between states
    ("WARSAW", "Poland's opposition leader said the government's plan was a form of blackmail."),
    (
        "NAIROBI",
        "Kenya's finance minister said the budget was inconsistent with the ruling party's "
        "promises.",
    ),
]

GAPS: list[Gap] = [
    (
        "TOKYO",
        "\"The measures are inconsistent with Indonesia's obligations,\" Japan's trade ministry "
        "said.",
        "JPN>IDN:11",
        'the clause\'s subject names no author ("the measures"): ccomp_actor reads the '
        "subject only, not the state whose obligations the with-phrase names",
    ),
]

CASES = KINDS + WORDS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_said14_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_said14_judged_kinds(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
