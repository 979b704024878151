"""Review 75 (session 31, helper S36): two statements that charged the wrong party.

NO RIGHT TO REMARK: "said Japan had no right to comment on it" coded an accusation, as "had
no right to grant licences" or "had no legal basis" do (objects._wants_merit, rules
merit_nouns). A standing to remark denied (the infinitive a remark verb, rules remark_verbs)
dismisses the state's words; it charges no wrong, so the clause judges nothing.
ACTED ON: "said any cooperation that violates Security Council resolutions is unacceptable"
accused the United Nations, the first mention in the judged subject. What a relative clause
on the judged subject does its deed to (its objects and prepositions) is no doer
(clauses._done_to); the relative clause's own subject still is ("the drones that Russia
flew over its villages were a provocation").
SIDES RESTATED: "Germany urged both countries to show restraint. 'All sides should avoid
steps that could escalate it,' its spokesman said": the appeal to the sides (v.say_should,
context "sides") restates the appeal just coded for the same pair and root, as a
restating pattern does (extract._told_pair); with no such appeal before it is still coded.
Every sentence was written for this file; each row is (dateline, body, expected events of
the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "OSLO",
        "Iceland protested the whaling quota on Monday. Norway rejected the protest. A Foreign "
        "Ministry spokeswoman told a briefing in Oslo that Iceland had no right to comment on "
        "it.",
        "NOR>ISL:12",
    ),
    # kept: a right to act denied, and a want of basis, still charge the subject
    (
        "LISBON",
        "Portugal said on Friday that Morocco had no right to grant licences in the disputed "
        "waters.",
        "PRT>MAR:11",
    ),
    (
        "LISBON",
        "Portugal said on Friday that Morocco's claims had no legal basis.",
        "PRT>MAR:11",
    ),
    # kept: the relative clause's own subject is the doer judged
    (
        "KYIV",
        "Moldova said the drones that Russia flew over its villages were a provocation.",
        "MDA>RUS:11",
    ),
    # the appeal to "all sides" after the same appeal to both: restated, not coded again
    (
        "ATHENS",
        "Greece seized a Turkish trawler on Thursday. Turkey accused Athens of piracy. Germany "
        'urged both countries to show restraint. "All sides should avoid steps that could '
        'escalate it," German Foreign Ministry spokesman Jan Vogel said.',
        "GRC>TUR:17 TUR>GRC:11 DEU>TUR:02 DEU>GRC:02",
    ),
    # kept: no appeal before it, or one of another root
    (
        "ATHENS",
        'Greece seized a Turkish trawler on Thursday. Turkey accused Athens of piracy. "All '
        'sides should avoid steps that could escalate it," German Foreign Ministry spokesman '
        "Jan Vogel said.",
        "GRC>TUR:17 TUR>GRC:11 DEU>GRC:02 DEU>TUR:02",
    ),
    (
        "ATHENS",
        "Greece seized a Turkish trawler on Thursday. Turkey accused Athens of piracy. Germany "
        'criticized both countries. "All sides should avoid steps that could escalate it," '
        "German Foreign Ministry spokesman Jan Vogel said.",
        "GRC>TUR:17 TUR>GRC:11 DEU>TUR:11 DEU>GRC:11 DEU>GRC:02 DEU>TUR:02",
    ),
]

NONE: list[NearMiss] = [
    (
        "LISBON",
        "Portugal said on Friday that Morocco had no right to comment on its fishing quotas.",
    ),
    ("OTTAWA", "Canada said any shipment that breaches Security Council resolutions is illegal."),
    ("BERLIN", "Germany said any deal that props up Belarus is unacceptable."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review75_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review75_judged(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
