"""A naming read as a noun's participle (session 30, S35): 'His guest called X "a friend"'.

The parser reads "His guest called Romania" as a guest named Romania (a participle with
the name as its complement) and hangs the name given after ("a brotherly nation") on the
noun as its apposition; with "and thanked ..." after, the noun becomes the subject of the
later verb only. context._called_names makes the participle the verb again, its noun the
subject, the name its object and the apposition its complement (v.call_friend, 051), and a
verb joined after with "and" a conjunct of it (context._joined_after), so both acts are
coded; so too when the participle hangs on a name set off by commas after the role ("Chile's
foreign minister, Pablo Rojas, called Peru ...": context._named_subject). Kept: a phone call with no name given ("called Austria on Monday" names no one), a
name given as a foe (v.call_names, 111). Each row is (dateline, body, expected events of
the whole body as "SRC>TGT:RR").
"""

from __future__ import annotations

import pytest

from audit_cases import Case, Gap, NearMiss, audit_bodies, audit_params, code_audit, matches

CASES: list[Case] = [
    (
        "BUCHAREST",
        "Romania and Moldova signed a gas agreement on Thursday during a visit by Moldova's "
        "president. His guest called Romania \"a brotherly nation\".",
        "ROU>MDA:05 MDA>ROU:05 MDA>ROU:04 MDA>ROU:05",
    ),
    (
        "BUCHAREST",
        "Romania and Moldova signed a power deal on Friday during a visit by Moldova's "
        "president. His guest called Romania \"a brotherly nation\" and thanked the European "
        "Union for its support.",
        "ROU>MDA:05 MDA>ROU:05 MDA>ROU:04 MDA>ROU:05 MDA>EU:05",
    ),
    (
        "VIENNA",
        "The Slovak premier called Austria \"a trusted friend\" on Monday.",
        "SVK>AUT:05",
    ),
    (
        "VIENNA",
        "The Slovak premier called Austria \"a rival\" on Tuesday.",
        "SVK>AUT:11",
    ),
]

# the name set off by commas after its role: the participle hangs on the name
CASES += [
    (
        "LIMA",
        "Chile's foreign minister, Pablo Rojas, called Peru \"a trusted friend\" on Wednesday.",
        "CHL>PER:05",
    ),
    (
        "ASUNCION",
        "Paraguay's president, Luis Benitez, called Uruguay \"a brotherly country\" and thanked "
        "Brazil for its help.",
        "PRY>URY:05 PRY>BRA:05",
    ),
]

NONE: list[NearMiss] = []
GAPS: list[Gap] = [
    (
        "PRAGUE",
        "The Czech premier called Poland on Monday.",
        "CZE>POL:04",
        "a call to a state named alone, with no verb at the sentence's root, is read as a "
        "person named Poland (v.phone: object-kind)",
    ),
]


@pytest.fixture(scope="module")
def coded(nlp) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Every row through the whole pipeline at once (the session model)."""
    del nlp  # loaded once for the session; the pipeline reuses it
    return code_audit(CASES, NONE, GAPS)


def test_events_context52_bodies_are_unique() -> None:
    bodies = audit_bodies(CASES, NONE, GAPS)
    assert len(bodies) == len(set(bodies))


@pytest.mark.model
@pytest.mark.parametrize(("dateline", "body", "expected"), audit_params(CASES, NONE, GAPS))
def test_events_context52_targets(  # type: ignore[no-untyped-def]
    coded, dateline: str, body: str, expected: str
) -> None:
    """The body codes exactly the listed events."""
    del dateline
    got = coded[body]
    assert matches(got, expected), (got, expected)
