"""Vocabulary 48 (session 32, helper SIL11): a defence of one's own deed as lawful told by a
verb of answering, "responded that the swap was lawful", "replied that the fence followed the
law", "retorted that ...", "countered that ...".

v.say_lawful (a state defending its own deed as lawful rejects, 120, the complaint of whoever
last acted against it) read only verbs of saying; an answer told as one is the same defence.
Its needs are unchanged: a clause of law of the speaker's own deed, affirmed and told as fact,
after a complaint aimed at the speaker.

An act or a state held a wrong ("regards Warsaw's drills as a provocation", "views the move as
hostile") is disapproved of (111), as v.describe_as names one (v.regard_as_wrong, the verbs of
v.regard_as_friend): not held a threat (a fear, no verdict), not denied, not hypothetical, not
a passive with no holder, not by analysts. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

ANSWERED: list[Case] = [
    (
        "BEIJING",
        "Kazakhstan protested China's suspension of wheat imports from Kazakhstan. China "
        'responded that the suspension was "a necessary step to protect our farmers."',
        # the suspension of imports from Kazakhstan is itself a cut in trade (163; X62,
        # session 62: n.suspension's goods slot)
        "KAZ>CHN:11 CHN>KAZ:16 CHN>KAZ:12",
    ),
    (
        "YEREVAN",
        "Washington criticized Armenia over its gas swap with Iran. Armenia's Foreign Ministry "
        "responded that the swap was lawful.",
        "USA>ARM:11 ARM>USA:12",
    ),
    (
        "TBILISI",
        "Moscow summoned Georgia's ambassador over the new border fence. Georgia's government "
        "replied that the fence followed the law.",
        "RUS>GEO:11 GEO>RUS:12",
    ),
    (
        "MINSK",
        "Lithuania criticized Belarus over the new border checkpoint. Belarus's Foreign "
        "Ministry countered that the checkpoint met international standards.",
        "LTU>BLR:11 BLR>LTU:12",
    ),
]

# near-misses: another's deed, a denial, a future, no complaint before, no clause at all
COMPLAINT_ONLY: list[Case] = [
    (
        "YEREVAN",
        "Washington criticized Armenia over its gas swap with Iran. Armenia's Foreign Ministry "
        "responded that Iran's swap was lawful.",
        "USA>ARM:11",
    ),
    (
        "GYUMRI",
        "Washington criticized Armenia over its gas swap with Iran. Armenia's Foreign Ministry "
        "responded that the swap was not lawful.",
        "USA>ARM:11",
    ),
    (
        "VANADZOR",
        "Washington criticized Armenia over its gas swap with Iran. Armenia's Foreign Ministry "
        "responded that the swap would be lawful.",
        "USA>ARM:11",
    ),
]

NONE: list[NearMiss] = [
    ("YEREVAN", "Armenia's Foreign Ministry responded that the swap was lawful."),
    ("DILIJAN", "Armenia's trade minister replied that the new tariff followed the law."),
]

GAPS: list[Gap] = []

# an act or a state held a wrong
REGARDED: list[Case] = [
    ("MINSK", "Belarus regards Poland's drills as a provocation.", "BLR>POL:11"),
    ("ULAANBAATAR", "Mongolia views the Chinese move as hostile.", "MNG>CHN:11"),
    (
        "DHAKA",
        "Bangladesh regards Myanmar's shelling of the border village as reckless.",
        "BGD>MMR:11",
    ),
]

REGARD_NONE: list[NearMiss] = [
    ("VILNIUS", "Belarus sees Poland as a threat to its security."),
    ("GRODNO", "Belarus does not regard Poland's drills as a provocation."),
    ("BREST", "Belarus would regard any Polish drills as a provocation."),
    ("GOMEL", "Analysts regard Poland's drills as a provocation."),
    ("MOGILEV", "Poland's drills are seen as a provocation in Minsk."),
]

REGARD_GAPS: list[Gap] = [
    (
        "VITEBSK",
        "Belarus sees Poland's drills as a provocation and a threat.",
        "BLR>POL:11",
        "'threat' beside the wrong name stops the pattern (unless_words); wrong names do not "
        "outweigh it as v.call_names' outweigh_words do",
    ),
    (
        "PINSK",
        'Poland and Lithuania held joint drills near the border on Monday. "We regard these '
        "drills as a deliberate provocation,\" Belarus's foreign minister told reporters.",
        "POL>LTU:06 LTU>POL:06 BLR>POL:11 BLR>LTU:11",
        "a quoted 'we' with a demonstrative deed noun ('these drills') finds neither the "
        "speaker's state nor the drills' authors",
    ),
]

CASES = ANSWERED + COMPLAINT_ONLY + REGARDED
# a phrase of conformity with a verb of no law word: passes since session 36 (SAY: objects._conforming_clause)
CASES += [
    (
        "BANJUL",
        "Senegal summoned Gambia's ambassador over the new bridge toll. Gambia's president said "
        "in a statement that the toll had been set in line with the law.",
        "SEN>GMB:11 GMB>SEN:12",
    ),
]
NONE += REGARD_NONE
GAPS += REGARD_GAPS


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary48_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_vocabulary48_answers(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
