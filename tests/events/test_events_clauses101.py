"""Clauses 101 (session 70, TW70): a second act joined bare after a visit, a meeting or a
praise, made to the same partner ("visited Hanoi and signed a $50 million grant").

Session 69 counted 228 open misses that are a second act of a pair already coded in the
sentence. One form of them: the second verb, joined bare after a talk of its subject, names
no partner of its own. An appeal, complaint or offer told so was already made to whom the
talk was with (extract._after_talk). Now:

- a visit is a talk too (rules talk_verbs: "visited Hanoi and offered help with the floods"
  offers it to Vietnam, as "met Vietnam's minister and offered help" did);
- a joint act of a reciprocal pattern (rules talk_joint_roots: a signing) naming no partner is
  done with the one talked with ("met his Vietnamese counterpart and signed a grant");
- (tried and left as a strict gap: a praise of a state as an address, like a thanks;
  test_events_clauses89 decides an appeal after a praise of a state's aid is aimed at no one).

Near misses: another doer ("..., and Sweden signed"), a signing that names its own partner
("signed a trade deal with Laos"), a negated or conditional signing, a judgement of a deed
after a visit ("condemned the attack on a fishing village"), others told to act after a
praise ("urged other East African states to follow"), a praise of a thing ("praised the
agreement and asked for ..."), others called on ("praised Kenya and called on other countries
to ..."), an aid received after a talk ("met his Emirati counterpart and received a loan
pledge": v.receive_aid reads its subject as the receiver, so the talker gave nothing; before,
it coded the receiver's 03 to the giver), and a visit told in a relative clause.

Strict gap: an agreement to act ("visited Quito and agreed to expand Ecuadorean access to the
port") has no pattern that codes it with no partner named.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "OSLO",
        "Norway's foreign minister visited Hanoi on Monday and signed a $50 million grant for "
        "clean water.",
        "NOR>VNM:04 NOR>VNM:05",
    ),
    (
        "BERGEN",
        "Norway's trade minister met his Vietnamese counterpart on Tuesday and signed a $20 "
        "million grant for rural schools.",
        "NOR>VNM:04 NOR>VNM:05",
    ),
    (
        "STAVANGER",
        "Norway's foreign minister visited Hanoi on Wednesday and offered help with the floods.",
        "NOR>VNM:04 NOR>VNM:03",
    ),
    (
        "TROMSO",
        "Norway's foreign minister visited Hanoi on Thursday and lodged a protest over the "
        "arrest of a reporter.",
        "NOR>VNM:04 NOR>VNM:11",
    ),
    # ... near misses: a partner of its own, another doer, a negated or conditional signing
    (
        "BODO",
        "Norway's foreign minister visited Hanoi on Monday and signed a trade deal with Laos.",
        "NOR>VNM:04 NOR>LAO:05",
    ),
    (
        "MOLDE",
        "Norway's foreign minister visited Hanoi on Monday, and Sweden signed a $50 million "
        "grant for clean water.",
        "NOR>VNM:04",
    ),
    (
        "HAMAR",
        "Norway's foreign minister visited Hanoi on Monday but did not sign the grant.",
        "NOR>VNM:04",
    ),
    (
        "SKIEN",
        "Norway's foreign minister visited Hanoi on Monday and said Oslo would sign the grant if "
        "the vote was fair.",
        "NOR>VNM:04",
    ),
    (
        "ALTA",
        "Norway's foreign minister visited Hanoi on Friday and condemned the attack on a fishing "
        "village.",
        "NOR>VNM:04",
    ),
    (
        "NARVIK",
        "Norway's foreign minister visited Hanoi on Friday and offered Laos help with the floods.",
        "NOR>VNM:04 NOR>LAO:03",
    ),
    # ... after a praise: others told to act, a praise of a thing, another asker
    (
        "TAMALE",
        "Ghana's president praised Kenya for its help and urged other East African states to "
        "follow.",
        "GHA>KEN:05",
    ),
    (
        "SUNYANI",
        "Ghana's president praised Kenya for its help, and Togo asked for more trucks to be "
        "built in Lome.",
        "GHA>KEN:05",
    ),
    (
        "HO",
        "Ghana's president commended Kenya for its help and asked Togo to send more trucks.",
        "GHA>KEN:05 GHA>TGO:02",
    ),
    (
        "YENDI",
        "Ghana also praised Kenya and called on other countries to cut fishing ties with Togo.",
        "GHA>KEN:05",
    ),
    # ... an act whose pattern reads its subject as the receiver (reverse) is not the talker's
    (
        "NDJAMENA",
        "Chad's president met his Emirati counterpart in June and received a $1.5 billion loan "
        "pledge.",
        "TCD>ARE:04",
    ),
    (
        "ABECHE",
        "Chad's president visited Abu Dhabi in May and received a $2 billion credit pledge.",
        "TCD>ARE:04",
    ),
]
NONE: list[NearMiss] = [
    ("WA", "Ghana's president praised the agreement and asked for more trucks to be built."),
    ("TEMA", "The Norwegian minister, who visited the port last year, offered help."),
]
GAPS: list[Gap] = [
    (
        "KUMASI",
        "Ghana's president praised Kenya for its patience and asked for more trucks to be built "
        "in Ghana.",
        "GHA>KEN:05 GHA>KEN:02",
        "praise is no address (thanks_address_verbs): clauses89 keeps 'praised Japan's new coast "
        "guard aid and called for the remaining boats to be delivered' unaimed",
    ),
    (
        "LIMA",
        "Peru's president visited Quito and agreed to expand Ecuadorean access to the port of "
        "Callao.",
        "PER>ECU:04 PER>ECU:03",
        "an agreement to act with no partner named has no pattern (v.agree_* need their words)",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_clauses101_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_clauses101_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
