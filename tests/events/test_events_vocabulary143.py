"""Vocabulary 143 (session 66, V66): a team told by its craft, sent to another state.

- "South Korea will send a technical team to Tanzania in September", "Japan sent an
  engineering team to Tonga", "China dispatched a veterinary team to Laos": a team named by
  its craft (technical, engineering, expert, scientific, veterinary, agricultural, advisory,
  training) is staff lent to another state's work, as "a team of engineers" is (v.send_staff:
  060, 03 when pledged); "agreed to send" is told by the infinitive's own act as before.
- A sports side's "technical team" sent to a tournament is no state's cooperation
  (unless_words: the game words), and a team sent to a venue for talks names no receiver.

Found by the census of the open misses the form stage blocks (object words missing): set 71
("agreed to send a technical team in September", whose target is told sentences before), and
sets 27, 68, 80 (experts and technicians sent). Near misses: sports, a firm, talks at a venue.

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "SEOUL",
        "South Korea will send a technical team to Tanzania in September.",
        "KOR>TZA:03",
    ),
    ("TOKYO", "Japan sent an engineering team to Tonga.", "JPN>TON:06"),
    ("BEIJING", "China dispatched a veterinary team to Laos.", "CHN>LAO:06"),
    ("JERUSALEM", "Israel sent an expert team to Kenya.", "ISR>KEN:06"),
    ("SEOUL", "South Korea agreed to send a technical team to Tanzania.", "KOR>TZA:03"),
    (
        "HANOI",
        "Japan will send a technical team to Vietnam to help inspect the railway.",
        "JPN>VNM:03",
    ),
    # a medical team is relief (v.send_rescue), as before
    ("ABUJA", "Nigeria sent a medical team to Chad.", "NGA>TCD:07"),
]
NONE: list[NearMiss] = [
    ("DOHA", "Brazil sent its technical team to Qatar for the World Cup."),
    (
        "SANTIAGO",
        "Argentina's football federation sent a technical team to Chile ahead of the qualifier.",
    ),
    ("VIENNA", "Iran sent a technical team to Vienna for talks with the IAEA."),
    ("MONACO", "Ferrari sent a technical team to Monaco."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_vocabulary143_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_vocabulary143_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
