"""Said 10 (session 36, SAY): a matter its speaker declares closed to talks.

A state that says a matter is "not negotiable", "not on the table", "not for sale", "not in
question" or "not up for negotiation" turns down (v.say_not_negotiable, 120) the claim, demand,
threat or appeal of whoever last pressed it (reaction: rules reaction_matches "closed matter"),
or the one it tells so ("told the Canadian president that the island is not for sale"). The
predicate, or the object of its phrase, must be of the words and denied (objects
closed_clause, which shares _denied_predicate with unanswered_clause: the parser hangs the
"not" on the adjective or the preposition).

Kept uncoded: nothing asked of the speaker before, a matter said to be open ("the offer was on
the table"), a predicate noun ("it was not a question of money"), one who speaks for no state
(an analyst), and one told who is the speaker's own. Every sentence was written for this file;
each row is (dateline, body, expected events of the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

DEMANDED = "Finland demanded on Monday that Norway hand back the islands."

CLOSED: list[Case] = [
    (
        "OSLO",
        f"{DEMANDED} Norway's Foreign Ministry said in a statement that its sovereignty over "
        'the islands was "not negotiable."',
        "FIN>NOR:10 NOR>FIN:12",
    ),
    (
        "WELLINGTON",
        "Fiji's prime minister urged Wellington to let Fijians visit without a visa. New "
        'Zealand\'s foreign minister said visa-free travel was "not on the table" for now.',
        "FJI>NZL:02 NZL>FJI:12",
    ),
    (
        "REYKJAVIK",
        "Canada said on Monday that Iceland should sell the island to Ottawa. Iceland's prime "
        'minister told reporters that the island is "not for sale."',
        "CAN>ISL:02 ISL>CAN:12",
    ),
    (
        "GEORGETOWN",
        "Venezuela accused Guyana of stealing its oil. Guyana's Foreign Ministry said its "
        'sovereignty over the area was "not in question."',
        "VEN>GUY:11 GUY>VEN:12",
    ),
    (
        "LONDON",
        "Argentina demanded that Britain open talks on the islands. Britain's Foreign Office "
        "said sovereignty was not up for negotiation.",
        "ARG>GBR:10 GBR>ARG:12",
    ),
    # the one told is whom it turns down
    (
        "REYKJAVIK",
        "Iceland's prime minister has told the Canadian president that the island is "
        '"not for sale."',
        "ISL>CAN:12",
    ),
]

NOT_CLOSED: list[Case] = [
    # open, not closed
    (
        "OSLO",
        f"{DEMANDED} Norway's Foreign Ministry said in a statement that the offer of talks "
        "was on the table.",
        "FIN>NOR:10",
    ),
    # a predicate noun, no closed matter
    (
        "OSLO",
        f"{DEMANDED} Norway's foreign minister said it was not a question of money.",
        "FIN>NOR:10",
    ),
    # an analyst speaks for no state
    (
        "OSLO",
        f"{DEMANDED} An analyst at a think tank in Oslo said Norway's sovereignty was "
        '"not negotiable."',
        "FIN>NOR:10",
    ),
]

NONE: list[NearMiss] = [
    # nothing asked of the speaker before, nobody told: no one turned down
    (
        "OSLO",
        "Norway's Foreign Ministry said in a statement that its sovereignty over the islands "
        'was "not negotiable."',
    ),
    # the one told is the speaker's own
    (
        "OSLO",
        "Norway's foreign minister told Norwegian lawmakers that sovereignty over the islands "
        "was not negotiable.",
    ),
]

GAPS: list[Gap] = []

CASES = CLOSED + NOT_CLOSED


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_said10_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_said10_closed_matters(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
