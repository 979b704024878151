"""Review 91 (session 33, NOCODE): training of another state's forces told as a plan with a
plain "will" is pledged help (v.train_forces, 062 as intent 03), each tested on sentences
written here.

v.train_forces codes nothing only planned (no_intent: "plans to train", "could train"), but
help told as fixed is an intent (extract._pledged_help): "said it would train" by the actor
itself, and now a plain will told by anyone ("Indian officers will train 40 Maldivian coast
guard sailors", rules.pledging_modals). Kept uncoded: a could, a would told of another, a
condition, training beside the other side ("train with"), the actor's own sailors, a plan
noun. Each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "MALE",
        "Indian officers will train about 40 Maldivian coast guard sailors to operate the vessel"
        " over the next six months.",
        "IND>MDV:03",
    ),
    (
        "DILI",
        "Australian soldiers will also train East Timorese troops at a new base.",
        "AUS>TLS:03",
    ),
    # still coded as before: its own actor announces it
    ("CANBERRA", "Australia said it would train Fijian police officers next year.", "AUS>FJI:03"),
    # a term of a deal only drafted binds no one yet: the signing alone is coded
    (
        "MALE",
        "India and the Maldives signed a draft deal under which India will train 300 Maldivian"
        " police officers.",
        "IND>MDV:05 MDV>IND:05",
    ),
    # a gap until session 37: instructors are their state's military (roles.yaml, AID), and
    # backing another state's army is 072 (v.back_forces), no longer 051
    (
        "WARSAW",
        "German instructors will also train Polish crews at a new center near Krakow.",
        "DEU>POL:03",
    ),
]

NONE: list[NearMiss] = [
    ("MALE", "Indian officers could train Maldivian coast guard sailors."),
    (
        "MALE",
        "The Maldivian minister said Indian officers would train Maldivian sailors if the deal"
        " is signed.",
    ),
    ("MALE", "Indian officers will train Maldivian sailors if parliament approves the deal."),
    ("MALE", "Indian officers will train with Maldivian coast guard sailors next month."),
    ("MALE", "Indian officers will train Indian sailors at the new base."),
    ("MALE", "India's plans to train Maldivian sailors were shelved."),
]

GAPS: list[Gap] = [
    (
        "ULAANBAATAR",
        "Chinese engineers will train Mongolian crews to run the plant, the ministry said.",
        "CHN>MNG:03",
        "actor: engineers with a nationality are no state's (they may be a firm's)",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review91_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_review91_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
