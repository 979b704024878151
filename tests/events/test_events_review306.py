"""Review 306 (session 64, P64): a matter said to be "out of the question" or "off the table".

v.say_not_negotiable (120) read a matter declared closed only when its predicate was denied
("was not on the table", "is not negotiable"); "out of the question" and "off the table" close
it with no "not" (rules closing_preps, objects._denied_predicate). And a closed matter that
names a party ("lifting the sanctions on Syria", "a summit with Pyongyang") turns that party
down (target closed_act: the on- or with-phrases of the clause's subject noun, or of a gerund
subject and its objects), before the reaction's lookback to whoever last pressed the speaker.

Near misses: an open matter ("was on the table"); talks between two others a third calls out
of the question (n.talks: nominals._closed_host, rules closed_nouns); "out of" another phrase ("out of Nairobi's
hands"); a closed matter that names no party in those phrases ("military action against Iran":
ruling out force turns no one down; "a trip to Mali").

Every sentence was written for this file. Each row is (dateline, body, expected events of the
whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    ("", "Britain said easing the sanctions on Syria was out of the question.", "GBR>SYR:12"),
    ("", "The EU said on Monday that lifting sanctions on Belarus was off the table.", "EU>BLR:12"),
    ("", "Seoul said a summit with Pyongyang was off the table for now.", "KOR>PRK:12"),
    ("", "Moscow said that talks with Georgia were not on the table.", "RUS>GEO:12"),
    # a matter that names no party still answers whoever pressed the speaker before
    (
        "",
        "Britain summoned Argentina's ambassador on Friday. Argentina said its sovereignty over "
        "the islands was out of the question.",
        "GBR>ARG:11 ARG>GBR:12",
    ),
]
NONE: list[NearMiss] = [
    ("", "Japan said a trade deal with Vietnam was on the table."),
    ("", "Kenya said the talks were out of Nairobi's hands."),
    ("", "The White House said military action against Iran was off the table."),
    ("", "The minister said a trip to Mali was out of the question for now."),
    ("", "Chile said its sovereignty over the islands was out of the question."),
    # a noun subject so closed is no act told as done (nominals._closed_host)
    ("", "Kenya said talks between Sudan and Chad were out of the question."),
    ("", "Kenya said talks between Sudan and Chad were off the agenda."),
]
GAPS: list[Gap] = []


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_review306_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(
    ("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS, strict=True)
)
def test_events_review306_events(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
