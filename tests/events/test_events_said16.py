"""Said 16 (session 39, SAY): a defence vowed on another state's deed threatens it.

The census of required misses in silent sentences where a say-pattern is among the nearest
(all development sets) found the speaker's own answer vowed on a condition told with
"defend": '"If Bangui cannot control its north, we will defend our border ourselves," he
said' threatens the Central African Republic (13), as "we will respond if ..." does.

1. v.respond_if gains the lemma "defend": in the speaker's own words (first person, or the
   state that speaks telling its own act), on an if- or unless-clause whose subject is another
   state, which is the target; its unless_words keep a friendly condition ("if the Commission
   asks") from being a threat.
2. A defence told as done ("we defended the border when Poland asked") or on a condition that
   names no state ("if the price falls") threatens no one.

Every sentence was written for this file; each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

DEFENCE_VOWED: list[Case] = [
    (
        "N'DJAMENA",
        '"If Bangui cannot control its north, we will defend our border ourselves," the Chadian '
        "minister said.",
        "TCD>CAF:13",
    ),
    (
        "N'DJAMENA",
        '"If the Central African Republic sends troops, we will defend our territory," the '
        "Chadian minister said.",
        "TCD>CAF:13",
    ),
    ("N'DJAMENA", "Chad said it would defend its territory if Sudan attacked.", "TCD>SDN:13"),
    (
        "HANOI",
        '"If China sends its ships again, we will defend our waters," Vietnam\'s defence minister '
        "said.",
        "VNM>CHN:13",
    ),
    (
        "HANOI",
        "Vietnam said it would defend its sovereignty if Chinese ships returned.",
        "VNM>CHN:13",
    ),
]

NONE: list[NearMiss] = [
    # a condition naming no state, or a friendly one
    ("PARIS", '"We will defend our farmers if the price falls," the French minister said.'),
    (
        "PARIS",
        '"We will defend our decision if the European Commission asks about it," the French '
        "minister said.",
    ),
    # told as done
    ("BERLIN", '"We defended the border when Poland asked," the German minister said.'),
    # rebels are no state
    ("N'DJAMENA", "Chad said it would defend its border if Central African rebels crossed again."),
]

GAPS: list[Gap] = [
    (
        "BERLIN",
        '"We will defend Estonia if Russia attacks," the German defence minister said.',
        "DEU>EST:03 DEU>RUS:13",
        "the defended ally takes the defence as a pledge (03); the condition's state is not "
        "threatened beside it",
    ),
]

CASES = DEFENCE_VOWED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_said16_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_said16_defence_vowed(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
