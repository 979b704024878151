"""Vocabulary 163 (session 67, V2): "reaffirmed its recognition of X", recognition said again.

"Kenya reaffirmed its recognition of Kosovo" coded nothing: v.recognize needs the verb
"recognize", and v.express has no "recognition". v.reaffirm_recognition codes a reaffirmed,
reiterated or confirmed recognition of a state 054 (CAMEO "grant diplomatic recognition"; a
renewal takes the root of what it renews, as decision 1 of "Conventions decided (session 67)"
reasons), the of-phrase's state (or the owner of what is recognised: "Morocco's sovereignty").

Near misses: negated, hypothetical under a condition, the noun as a topic, recognition of a
breakaway part of the state named, and recognition of a role or a need (praise of no
recognised party). A withdrawal of recognition is another pattern's cut (16), kept as a case.
A plan told by others ("may reaffirm ... next week") is intent (03), as for "may recognize".

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

# v.reaffirm_recognition: the recognised state (05)
CASES: list[Case] = [
    ("PRISTINA", "Kenya reaffirmed its recognition of Kosovo on Monday.", "KEN>XKX:05"),
    (
        "RAMALLAH",
        "Spain reiterated its recognition of Palestine during the minister's visit.",
        "ESP>PSE:05",
    ),
    (
        "RABAT",
        "France reaffirmed its recognition of Morocco's sovereignty over Western Sahara.",
        "FRA>MAR:05",
    ),
    (
        "PRISTINA",
        "Kenya confirmed its recognition of Kosovo, the foreign ministry said.",
        "KEN>XKX:05",
    ),
    # ... a plan told by others is intent, as for the verb "recognize"
    (
        "PRISTINA",
        "Kenya may reaffirm its recognition of Kosovo next week, diplomats said.",
        "KEN>XKX:03",
    ),
    # ... a withdrawal is a cut (another pattern's)
    ("PRISTINA", "Kenya withdrew its recognition of Kosovo on Monday.", "KEN>XKX:16"),
]
# ... not negated, hypothetical, a topic, a breakaway part, a role or a need
NONE: list[NearMiss] = [
    ("PRISTINA", "Kenya did not reaffirm its recognition of Kosovo."),
    (
        "PRISTINA",
        "Kenya could reaffirm its recognition of Kosovo if talks go well, analysts said.",
    ),
    ("PRISTINA", "The recognition of Kosovo was the topic of a debate in Nairobi."),
    ("TBILISI", "Russia reaffirmed its recognition of Georgia's breakaway region of Abkhazia."),
    ("NAIROBI", "Kenya reaffirmed its recognition of Ethiopia's role in regional security."),
    ("BEIJING", "China reaffirmed its recognition of the need for talks with India."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary163_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary163_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
