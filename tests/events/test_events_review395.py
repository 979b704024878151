"""Review 395 (session 66, W2): a walkout during another state's speech.

Decision 1 of tests/gold/README.md "Conventions decided (session 66)": a delegation that walks
out in protest during another party's speech acts against the speaker's state, roots 11, 14
and 16; this file codes it 11 (111, disapproval of the speech):

- "walked out during the Armenian minister's speech", "walked out of the Israeli prime
  minister's address": the speech noun's owner is the target (v.walk_out_speech);
- "walked out as the Armenian minister spoke", "when the Russian envoy took the floor", "as
  Russia's foreign minister began his address": the speaker of a time clause that tells a
  speech (v.walk_out_speaker, slot speaker_subj, rules speech_clause_words);
- "staged a walkout during ... speech", "staged a walkout as ... spoke": the same act told as
  a noun; left as gaps in session 66 (its verb patterns, dropped at the merge, lent 11 to
  every "staged"), coded since session 67 by a noun pattern (n.walkout_speech), with "in
  protest at the Iranian president's remarks" (slot speech_owner).

Near misses: walking out of talks stays a break-off of negotiations (v.walk_out, 164) even
while a minister speaks; workers walking out (a strike), a walkout from a building during a
visit, a walkout by a domestic party, a walkout as a minister arrives (no speech).

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "BAKU",
        "The Azerbaijani delegation walked out during the Armenian foreign minister's speech.",
        "AZE>ARM:11",
    ),
    (
        "TEHRAN",
        "Iranian diplomats walked out of the Israeli prime minister's address on Thursday.",
        "IRN>ISR:11",
    ),
    (
        "ANKARA",
        "The Turkish delegation walked out when the Cypriot minister took the floor.",
        "TUR>CYP:11",
    ),
    (
        "VIENNA",
        "The British and French delegations walked out as Russia's foreign minister began his "
        "address.",
        "GBR>RUS:11 FRA>RUS:11",
    ),
    (
        "KYIV",
        "Ukraine's delegation walked out of the chamber when the Russian envoy rose to speak.",
        "UKR>RUS:11",
    ),
    # walking out of talks stays a break-off of negotiations, whoever speaks
    (
        "ADDIS ABABA",
        "Ethiopia walked out of talks with Egypt when the Egyptian minister spoke.",
        "ETH>EGY:16",
    ),
    # the noun form and the at-phrase, closed in session 67 (N67: n.walkout_speech, slot
    # speech_owner; tests/events/test_events_review412.py)
    (
        "BAKU",
        "Azerbaijan's delegation staged a walkout as the Armenian minister spoke.",
        "AZE>ARM:11",
    ),
    (
        "BELGRADE",
        "Serbia's delegation staged a walkout during the Kosovo foreign minister's speech.",
        "SRB>XKX:11",
    ),
    (
        "JERUSALEM",
        "The Israeli delegation walked out in protest at the Iranian president's remarks.",
        "ISR>IRN:11",
    ),
]
NONE: list[NearMiss] = [
    ("PARIS", "French dock workers walked out on Monday."),
    ("PARIS", "Workers staged a walkout as the French minister spoke."),
    ("PARIS", "Opposition lawmakers walked out during President Macron's speech."),
    (
        "GENEVA",
        "The Iranian delegation walked out of the building during the Israeli minister's visit.",
    ),
    ("GENEVA", "Ukraine's delegation walked out as Russia's foreign minister arrived."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review395_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review395_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
